#!/usr/bin/env bash
# Set up (if needed) and run the whole test suite: lint, translations, unit/UI tests, bundle.
#   scripts/test.sh             everything, including the PyInstaller bundle and its self-test
#   scripts/test.sh --quick     skip the bundle
#   scripts/test.sh -- ARGS     extra arguments for pytest (e.g. -k idle, --hardware)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
QUICK=0
PYTEST_ARGS=()
while (($#)); do
  case "$1" in
    --quick) QUICK=1 ;;
    --) shift; PYTEST_ARGS=("$@"); break ;;
    *) PYTEST_ARGS+=("$1") ;;
  esac
  shift
done

scripts/setup.sh --dev
step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "ruff"
.venv/bin/ruff check .
.venv/bin/ruff format --check .

step "translations complete"
.venv/bin/python scripts/i18n.py check

step "PC/SC test environment (private pcscd + vpcd virtual reader)"
scripts/pcsc_test_env.sh check

step "pytest"
QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest "${PYTEST_ARGS[@]}"

if ((QUICK == 0)); then
  step "bundle (PyInstaller) and its self-test"
  scripts/build_bundle.sh
  QT_QPA_PLATFORM=offscreen dist/gov-kiosk/gov-kiosk --selftest --selftest-png out/selftest-home.png
fi
step "all checks passed"
