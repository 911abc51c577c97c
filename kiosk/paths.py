"""Where the kiosk finds its read-only resources and writes its data.

In a source checkout resources live in the repository; in the PyInstaller bundle they live
under ``sys._MEIPASS``. Writable data (store, logs, screenshots) never goes into either: it goes
to the configured data directory.
"""

from __future__ import annotations

import sys
from pathlib import Path


def resource_root() -> Path:
    """Directory holding ``config/``, ``screens/`` and ``i18n/`` (repo root or bundle root)."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root)
    return Path(__file__).resolve().parent.parent


def config_dir() -> Path:
    return resource_root() / "config"


def qml_dir() -> Path:
    return resource_root() / "screens" / "qml"


def i18n_dir() -> Path:
    return resource_root() / "i18n"
