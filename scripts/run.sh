#!/usr/bin/env bash
# Set up (if needed) and run the kiosk: simulated devices by default (config/default.toml).
# Any arguments go to `python -m kiosk` (--headless, --windowed, --screenshots DIR, --site FILE).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$ROOT/scripts/setup.sh"
cd "$ROOT"
exec .venv/bin/python -m kiosk "$@"
