"""Render the identity journey and 办件进度查询 screens to PNG (offscreen).

    .venv/bin/python scripts/identity_screenshots.py [OUT_DIR] [--all]   # docs/screenshots

Each scene in normal and elder mode, Chinese; a few also in English (``--all``: every scene,
every state of tests/gui/identity_support.py). The face and QR screens show the camera
simulator's live picture through the real driver. File names:
``identity-<scene>-<lang>-<mode>.png`` and ``progress-<scene>-...``.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

#: scenes rendered for the docs (the layout tests cover every state)
DOC_SCENES = (
    "consent",
    "face_consent",
    "place_card",
    "reading",
    "error_no_card",
    "error_expired_card",
    "error_reader_fault",
    "face_capture",
    "liveness",
    "verifying",
    "error_camera_fault",
    "qr_scan",
    "verified",
    "not_matched",
    "unavailable",
    "staff",
    "progress_chooser",
    "progress_keypad",
    "progress_loaded",
    "progress_offline",
)
ENGLISH = ("consent", "place_card", "liveness", "progress_loaded")
CAMERA_SCENES = ("face_capture", "liveness", "qr_scan")


def main() -> int:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    out = Path(args[0]) if args else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="kiosk-id-shots-"))

    from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
    from PySide6.QtGui import QGuiApplication

    from drivers.camera.capture import CameraDevice
    from drivers.camera.sim import CameraSimulator
    from kiosk.app import AppOptions, KioskApp, prepare_qt_environment
    from kiosk.config import load_config
    from tests.gui.identity_support import (
        IDENTITY_SCENES,
        PROGRESS_SCENES,
        show_identity,
        show_progress,
    )

    scenes = tuple(IDENTITY_SCENES + PROGRESS_SCENES) if "--all" in sys.argv else DOC_SCENES
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
    simulator = CameraSimulator(scene="photo").start()
    camera = CameraDevice("camera", port=simulator.url)
    camera.open()

    def settle(ms: int = 450) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    count = 0
    try:
        for scene in scenes:
            english = scene in ENGLISH or "--all" in sys.argv
            languages = ("zh_CN", "en_US") if english else ("zh_CN",)
            for language in languages:
                for elder in (False, True):
                    kiosk.camera.detach()
                    kiosk.router.reset("cancelled")
                    if scene.startswith("progress_"):
                        show_progress(kiosk, scene, kiosk.find)
                    else:
                        show_identity(kiosk, scene)
                    if scene in CAMERA_SCENES:
                        kiosk.camera.attach(camera)
                    if scene in CAMERA_SCENES and scene != "qr_scan":
                        # The face box the identity service would report for the astronaut.
                        box = {"x": 0.36, "y": 0.17, "w": 0.26, "h": 0.34}
                        kiosk.camera.set_progress({"guidance": "ok", "box": box})
                    kiosk.state.setLanguage(language)
                    kiosk.state.setElderMode(elder)
                    kiosk.state._set_reminder("")
                    settle(700 if scene in CAMERA_SCENES else 450)
                    mode = "elder" if elder else "normal"
                    prefix = "" if scene.startswith("progress_") else "identity-"
                    name = scene.replace("_", "-")
                    kiosk.grab(out / f"{prefix}{name}-{language}-{mode}.png")
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
