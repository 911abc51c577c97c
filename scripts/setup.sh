#!/usr/bin/env bash
# Set up everything the kiosk needs on a Debian machine. Safe to re-run: each step checks
# first and does nothing when it is already done.
#
#   scripts/setup.sh          runtime: system packages, .venv, pinned packages, translations
#   scripts/setup.sh --dev    also the test and build tools (pytest, ruff, pyinstaller...)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
DEV=0
[[ "${1:-}" == "--dev" ]] && DEV=1

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

# -- system packages ---------------------------------------------------------------------------
# Qt's xcb/offscreen platforms and the multimedia/text-to-speech plugins load these libraries;
# fonts-noto-cjk renders Chinese (without it every character is a box).
APT_PACKAGES=(
  python3 python3-venv python3-dev
  fonts-noto-cjk fontconfig
  libgl1 libegl1 libopengl0 libglib2.0-0 libfontconfig1 libfreetype6 libdbus-1-3
  libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0
  libxcb-keysyms1 libxcb-render-util0 libxcb-xinerama0 libxcb-shape0 libxcb-randr0
  libxcb-xfixes0 libxcb-shm0 libxcb-sync1 libxcb-xkb1 libx11-xcb1 libxrender1 libxi6
  libpulse0 libasound2 libnss3 libxcomposite1 libxdamage1 libxtst6 libxrandr2
  binutils
  # PC/SC smart-card readers: pcscd at run time; pyscard builds from source (swig, headers, gcc);
  # vsmartcard-vpcd is the virtual reader the tests use.
  pcscd libpcsclite1 libpcsclite-dev swig gcc vsmartcard-vpcd
)
missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if ((${#missing[@]})); then
  SUDO=""
  if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null || { echo "need root or sudo to install: ${missing[*]}" >&2; exit 1; }
    SUDO="sudo"
  fi
  say "installing system packages: ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# -- virtualenv with pinned packages --------------------------------------------------------------
PYTHON="${PYTHON:-python3}"
if [[ ! -x .venv/bin/python ]]; then
  say "creating .venv with $($PYTHON --version)"
  "$PYTHON" -m venv .venv
fi
extras=""
((DEV)) && extras="[dev]"
stamp_value="$(sha256sum pyproject.toml | cut -c1-16)${extras}"
if [[ "$(cat .venv/.setup-stamp 2>/dev/null || true)" != *"$stamp_value"* ]]; then
  say "installing pinned Python packages ${extras}"
  .venv/bin/python -m pip install -q --disable-pip-version-check -e ".${extras}"
  # A dev install also satisfies a runtime run: remember both.
  if ((DEV)); then
    printf '%s\n%s\n' "$stamp_value" "$(sha256sum pyproject.toml | cut -c1-16)" > .venv/.setup-stamp
  else
    echo "$stamp_value" > .venv/.setup-stamp
  fi
fi

# -- translations ---------------------------------------------------------------------------------
need_qm=0
for ts in i18n/*.ts; do
  qm="${ts%.ts}.qm"
  [[ ! -f "$qm" || "$ts" -nt "$qm" ]] && need_qm=1
done
if ((need_qm)); then
  say "building translations"
  .venv/bin/python scripts/i18n.py build >/dev/null
fi
say "ready"
