"""Render the 办件进度 screen's states to PNG (offscreen): the three ways in, the receipt QR
code (scanning with the camera simulator's live picture, a code that is not a receipt's,
timeout, camera not working), a receipt looked up, the offline last known state with its
banner, an application waiting in this kiosk's queue, and nothing known offline.

    .venv/bin/python scripts/progress_screenshots.py [OUT_DIR]      # docs/screenshots/progress

Every scene in normal and elder mode, Chinese and English: ``<scene>-<lang>-<mode>.png``.
Strings not yet merged into i18n/*.ts are translated from i18n/pending/*.tsv into a temporary
.qm (the committed files are not touched). The stores are real (an encrypted cache file and an
outbox in a temporary directory); the platform is a fixed list (tests/gui/progress_support.py).
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

CAMERA_SCENES = ("progress_scanning", "progress_scan_not_receipt")


def build_translations(work: Path) -> Path:
    """The .qm files of i18n/*.ts with the pending translations merged in, under ``work``."""
    spec = importlib.util.spec_from_file_location("kiosk_i18n_tool", ROOT / "scripts" / "i18n.py")
    assert spec is not None and spec.loader is not None
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    i18n = work / "i18n"
    shutil.copytree(ROOT / "i18n", i18n, ignore=shutil.ignore_patterns("*.qm"))
    tool.I18N = i18n
    tool.merge()
    tool.build(i18n)
    return i18n


def main() -> int:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    out = Path(args[0]) if args else ROOT / "docs" / "screenshots" / "progress"
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="kiosk-progress-shots-"))
    qm_dir = build_translations(work)

    from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
    from PySide6.QtGui import QGuiApplication

    from drivers.camera.sim import CameraSimulator
    from kiosk.app import AppOptions, KioskApp, prepare_qt_environment
    from kiosk.config import load_config
    from kiosk.services.device_host import DeviceHost
    from tests.gui.progress_support import MORE_SCENES, OfflineStores, StandInHost, show_more

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
    kiosk.translations._dir = qm_dir  # the build above, with the pending strings
    kiosk.translations.install(kiosk.state.language)
    kiosk.state.set_network("online")
    simulator = CameraSimulator(scene="empty").start()
    camera = DeviceHost.from_config("camera", "camera", "opencv", {"port": simulator.url})
    camera.start()

    def settle(ms: int = 450) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def wait(condition: Callable[[], bool], timeout_s: float = 15.0) -> None:
        deadline = time.monotonic() + timeout_s
        while not condition():
            if time.monotonic() > deadline:
                raise TimeoutError("the screen did not reach the scene")
            settle(20)

    wait(lambda: camera.status["state"] == "online")
    count = 0
    try:
        for number, scene in enumerate(MORE_SCENES):
            for language in ("zh_CN", "en_US"):
                for elder in (False, True):
                    stores = OfflineStores(work / f"stores-{number}-{language}-{elder}")
                    kiosk.router.reset("cancelled")
                    kiosk.state.setLanguage(language)
                    kiosk.state.setElderMode(elder)
                    kiosk.state.set_network("offline" if "offline" in scene else "online")
                    host = camera if scene in CAMERA_SCENES else StandInHost()
                    if scene == "progress_camera_unavailable":
                        host = StandInHost("offline")
                    show_more(kiosk, scene, stores, wait, host)
                    kiosk.state._set_reminder("")
                    settle(900 if scene in CAMERA_SCENES else 450)
                    mode = "elder" if elder else "normal"
                    name = scene.removeprefix("progress_").replace("_", "-")
                    kiosk.grab(out / f"{name}-{language}-{mode}.png")
                    count += 1
                    kiosk.progress.clear()
                    stores.close()
    finally:
        kiosk.camera.detach()
        camera.stop()
        simulator.stop()
        kiosk.close()
        QCoreApplication.processEvents()
        shutil.rmtree(work, ignore_errors=True)
    print(f"wrote {count} screenshots to {out}")
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
