#!/usr/bin/env bash
# Build the one-folder kiosk bundle (dist/gov-kiosk/) with PyInstaller from kiosk.spec.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
scripts/setup.sh --dev >/dev/null
.venv/bin/pyinstaller --noconfirm --log-level WARN kiosk.spec
du -sh dist/gov-kiosk
