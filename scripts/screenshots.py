"""Render the kiosk's screens to PNG for docs and review (offscreen, no devices started).

    .venv/bin/python scripts/screenshots.py [OUT_DIR]      # default docs/screenshots

Renders attract and home in normal and elder mode, Chinese and English; search, category, idle
countdown and out-of-service in both modes in Chinese (``--all``: everything in both languages).
File names: ``<screen>-<lang>-<mode>.png``.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    every_language = "--all" in sys.argv
    out = Path(args[0]) if args else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="kiosk-shots-"))

    from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
    from PySide6.QtGui import QGuiApplication

    from kiosk.app import AppOptions, KioskApp, prepare_qt_environment
    from kiosk.config import load_config

    options = AppOptions(
        headless=True, start_devices=False, start_network_probe=False, start_backend=False
    )
    prepare_qt_environment(options)
    app = QGuiApplication([])
    config = load_config(
        env={
            "KIOSK__KIOSK__DATA_DIR": str(work / "var"),
            "KIOSK__LOGGING__DIR": str(work / "log"),
            "KIOSK__UI__FULLSCREEN": "false",
        }
    )
    kiosk = KioskApp(config, options)
    kiosk.state.set_network("online")

    def settle(ms: int = 450) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    scenes: dict[str, Callable[[], None]] = {
        "attract": lambda: kiosk.router.reset("cancelled"),
        "home": kiosk.router.home,
        "search": lambda: (kiosk.router.home(), kiosk.router.go("search")),
        "category": lambda: (
            kiosk.router.home(),
            kiosk.router.go("category", {"theme": "social_security"}),
        ),
        "idle-countdown": lambda: (kiosk.router.home(), kiosk.idle._start_countdown()),
        "out-of-service": lambda: kiosk.state.setMaintenance(True),
    }
    count = 0
    for language in ("zh_CN", "en_US"):
        for elder in (False, True):
            for name, enter in scenes.items():
                if language != "zh_CN" and name not in {"attract", "home"} and not every_language:
                    continue
                kiosk.state.setMaintenance(False)
                kiosk.idle.stop()
                kiosk.router.reset("cancelled")
                enter()
                # reset() restores the site defaults, so choose the mode after entering.
                kiosk.state.setLanguage(language)
                kiosk.state.setElderMode(elder)
                kiosk.state._set_reminder("")
                settle()
                mode = "elder" if elder else "normal"
                kiosk.grab(out / f"{name}-{language}-{mode}.png")
                count += 1
    kiosk.close()
    QCoreApplication.processEvents()
    print(f"wrote {count} screenshots to {out}")
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
