"""Render every apply screen (and the 一件事 bundle journey) to PNG (offscreen).

    .venv/bin/python scripts/apply_screenshots.py [OUT_DIR]     # docs/screenshots/apply

Each step of tests/gui/apply_support.py in normal and elder mode, Chinese and English. The scan
screen shows the camera simulator's document scene through the real driver. File names:
``<case>-<lang>-<mode>.png`` (``apply-form-zh_CN-normal.png``...).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    out = Path(args[0]) if args else ROOT / "docs" / "screenshots" / "apply"
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="kiosk-apply-shots-"))

    from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
    from PySide6.QtGui import QGuiApplication

    from drivers.camera.capture import CameraDevice
    from drivers.camera.sim import CameraSimulator
    from kiosk.app import AppOptions, KioskApp, prepare_qt_environment
    from kiosk.config import load_config
    from tests.gui.apply_support import CASES

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
    simulator = CameraSimulator(scene="document").start()
    camera = CameraDevice("camera", port=simulator.url)
    camera.open()

    def settle(ms: int = 450) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    count = 0
    try:
        for case in sorted(CASES):
            for language in ("zh_CN", "en_US"):
                for elder in (False, True):
                    kiosk.camera.detach()
                    kiosk.router.reset("cancelled")
                    kiosk.state.setLanguage(language)
                    kiosk.state.setElderMode(elder)
                    CASES[case](kiosk)
                    if case.endswith("-scan"):
                        settle(100)  # the missing camera host reports a fault: undo it
                        kiosk.camera.attach(camera, mirror=False)
                        kiosk.apply.flow.problem = None
                        kiosk.apply.changed.emit()
                    kiosk.state._set_reminder("")
                    settle(700 if case.endswith("-scan") else 450)
                    mode = "elder" if elder else "normal"
                    kiosk.grab(out / f"{case}-{language}-{mode}.png")
                    count += 1
    finally:
        kiosk.camera.detach()
        camera.close()
        simulator.stop()
        kiosk.close()
        QCoreApplication.processEvents()
    print(f"wrote {count} screenshots to {out}")
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
