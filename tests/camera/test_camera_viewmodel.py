"""The preview view-model and the CameraPreview component, rendered offscreen with the sim."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QSize, QUrl
from PySide6.QtQml import QQmlApplicationEngine
from PySide6.QtQuick import QQuickItem, QQuickWindow

from drivers.camera.faces import FaceAnalyzer
from kiosk.paths import qml_dir
from screens.viewmodels.camera import CameraViewModel, prepare_preview

pytestmark = pytest.mark.gui

DEMO = b"""
import QtQuick
import QtQuick.Window
Window {
    width: 720; height: 640; visible: true; color: Theme.background
    CameraPreview { objectName: "preview"; anchors.fill: parent; anchors.margins: Theme.gap
                    camera: cameraVm }
}
"""


def test_prepare_preview_downscales_mirrors_and_converts():
    image = np.zeros((480, 640, 3), np.uint8)
    image[:, :10] = (255, 0, 0)  # a blue stripe on the left (BGR)
    rgb = prepare_preview(image, 320)
    assert rgb.shape == (240, 320, 3)
    assert tuple(rgb[0, -1]) == (0, 0, 255)  # mirrored to the right, now RGB


def test_overlay_box_is_mirrored_like_the_picture(qtbot):
    vm = CameraViewModel()
    with qtbot.waitSignal(vm.overlayChanged):
        vm.set_progress({"guidance": "ok", "box": {"x": 0.1, "y": 0.2, "w": 0.3, "h": 0.4}})
    assert vm.faceBox["x"] == pytest.approx(0.6)
    assert vm.guidance == "ok" and vm.hasFace


def test_frames_reach_the_provider_off_the_gui_thread(qtbot, sim, make_camera):
    camera = make_camera(sim.url)
    camera.open()
    vm = CameraViewModel(preview_width=320)
    vm.attach(camera)
    try:
        qtbot.waitUntil(lambda: vm.frameId >= 5, timeout=10_000)
        image = vm.provider.requestImage("preview/1", QSize(), QSize())
        assert (image.width(), image.height()) == (320, 240)
    finally:
        vm.detach()
    assert vm.provider.current().isNull()  # the last face is not kept after detach


def _qml_app_state() -> None:
    # Theme.qml reads App.elderMode: register the App singleton the way KioskApp does.
    from kiosk.app import _expose_to_qml
    from screens.viewmodels.app_state import AppState

    state = AppState(
        kiosk_id="TEST",
        site_name="test",
        version="0",
        default_language="zh_CN",
        default_elder_mode=False,
        notices=[],
        notice_interval_s=10,
    )
    _expose_to_qml({"App": state})
    return state


def test_camera_preview_renders_the_simulator(qtbot, sim, make_camera, tmp_path: Path):
    sim.set_scene("photo")  # a resident standing still: the guidance settles on "ok"
    camera = make_camera(sim.url)
    camera.open()
    state = _qml_app_state()
    vm = CameraViewModel()
    engine = QQmlApplicationEngine()
    engine.addImportPath(str(qml_dir()))
    engine.addImageProvider("camera", vm.provider)
    engine.rootContext().setContextProperty("cameraVm", vm)
    errors: list[str] = []
    engine.warnings.connect(lambda warnings: errors.extend(w.toString() for w in warnings))
    engine.loadData(DEMO, QUrl.fromLocalFile(str(qml_dir() / "CameraPreviewDemo.qml")))
    assert engine.rootObjects(), errors
    window = engine.rootObjects()[0]
    assert isinstance(window, QQuickWindow)
    vm.attach(camera, analyzer=FaceAnalyzer())
    try:
        qtbot.waitUntil(lambda: vm.frameId >= 10 and vm.hasFace, timeout=20_000)
        qtbot.waitUntil(lambda: vm.guidance == "ok", timeout=20_000)
        qtbot.wait(100)
        box = window.findChild(QQuickItem, "cameraFaceBox")
        assert box is not None and box.isVisible() and box.width() > 50
        shot = window.grabWindow()
        path = Path(os.environ.get("CAMERA_DEMO_PNG", tmp_path / "camera-preview.png"))
        assert shot.save(str(path))
        centre = shot.pixelColor(shot.width() // 2, shot.height() // 3)
        assert centre.value() > 40  # the picture, not the black placeholder
        assert vm.provider.requests > 0
        assert not errors, errors
    finally:
        vm.detach()
        del engine
        del state
