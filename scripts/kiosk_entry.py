"""Entry point of the PyInstaller bundle (kiosk.spec)."""

from kiosk.__main__ import main

raise SystemExit(main())
