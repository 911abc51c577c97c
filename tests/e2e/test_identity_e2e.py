"""The identity journey and 办件进度查询 end to end: real QML (offscreen), the real GA 467 driver
against the ID-card simulator on a pty, the real OpenCV camera driver against the MJPEG camera
simulator (scikit-image's astronaut, blinking), and the reference platform on loopback with its
sandbox residents (张三 match, 李四 no_match, 王五 unavailable, 赵六 with an application).

Every fault the simulators can inject ends in a clear message and a way forward, never a hang:
each wait below is bounded. Each test builds and closes its own kiosk.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from kiosk.app import AppOptions, KioskApp
from kiosk.config import load_config
from kiosk.flows.identity import IdentityTimeouts
from kiosk.logs import setup_logging, shutdown_logging
from kiosk.services.identity import FaceVerificationConfig
from kiosk.services.stall import StallMonitor
from tests.e2e.journey_support import host_state, journey_env
from tests.gui.conftest import item, tap

START_MS = 60_000  # platform seeding, device opening and the first frames on a busy 2-core box
FACE_MS = 60_000  # align + liveness + match on the live scene, with the catalogue syncing
STEP_MS = 15_000
ZHANG = "370102198503120118"  # 张三, a sandbox test resident


@pytest.fixture
def make_kiosk(qapp, qtbot, tmp_path: Path) -> Iterator[Callable[..., KioskApp]]:
    made: list[KioskApp] = []

    def build() -> KioskApp:
        config = load_config(env=journey_env(tmp_path, printer=False, cabinet=False))
        setup_logging(config.logging, console=False)
        app = KioskApp(
            config,
            AppOptions(
                headless=True, start_devices=True, start_backend=True, start_network_probe=False
            ),
        )
        made.append(app)
        app.simulators["idcard"].remove_card()  # type: ignore[attr-defined]  # no demo cycle
        qtbot.waitUntil(lambda: app.backend.platform is not None, timeout=START_MS)
        qtbot.waitUntil(lambda: host_state(app, "idcard") == "online", timeout=START_MS)
        qtbot.waitUntil(lambda: host_state(app, "camera") == "online", timeout=START_MS)
        # Faults must show within a test's patience; the flow's defaults are minutes.
        app.identity.timeouts = IdentityTimeouts(place_card_s=6, reading_s=10, verifying_s=20)
        app.identity.face_config = FaceVerificationConfig(align_timeout_s=40, liveness_timeout_s=20)
        return app

    yield build
    for app in made:
        app.close()
    shutdown_logging()


def card_sim(app: KioskApp) -> Any:
    return app.simulators["idcard"]


def camera_sim(app: KioskApp) -> Any:
    return app.simulators["camera"]


def wait_step(qtbot, app: KioskApp, *steps: str, timeout: int = STEP_MS) -> None:
    qtbot.waitUntil(lambda: app.identity.step in steps, timeout=timeout)


def text_of(app: KioskApp, name: str) -> str:
    return str(item(app, name).property("text"))


def place_card(qtbot, app: KioskApp, card: str, *steps: str) -> float:
    """Place ``card`` and wait for one of ``steps``; returns seconds from placing to the step.

    Lesson: on a loaded 2-core machine the simulator's pty is sometimes drained late and the
    driver's 0.5 s write times out (a reader fault). The resident then sees "the card reader is
    not working" and taps "try again": so does this helper, once.
    """
    placed = time.perf_counter()
    card_sim(app).place_card(card)
    wait_step(qtbot, app, "error", *steps)
    if app.identity.step == "error" and app.identity.problem == "reader_fault":
        qtbot.waitUntil(lambda: host_state(app, "idcard") == "online", timeout=STEP_MS)
        placed = time.perf_counter()
        tap(qtbot, app, "action_try_again")
        wait_step(qtbot, app, *steps)
    return time.perf_counter() - placed


def start_face_journey(qtbot, app: KioskApp, card: str) -> float:
    """Consent, place ``card``, wait for the face consent; returns seconds from card to record."""
    app.router.home()
    app.identity.begin("idcard_face", "")
    qtbot.waitUntil(lambda: app.find("action_agree") is not None)
    tap(qtbot, app, "action_agree")
    wait_step(qtbot, app, "place_card")
    seconds = place_card(qtbot, app, card, "face_consent")
    qtbot.waitUntil(lambda: app.find("faceConsentCard") is not None)
    qtbot.waitUntil(lambda: item(app, "faceConsentCard").isVisible())
    return seconds


def capture_face(qtbot, app: KioskApp) -> None:
    qtbot.waitUntil(lambda: app.find("action_agree_face") is not None)
    tap(qtbot, app, "action_agree_face")
    wait_step(qtbot, app, "face_capture", "liveness", "verifying")
    assert app.router.currentScreen == "face"


def face_outcome(qtbot, app: KioskApp, *wanted: str) -> None:
    """Wait for one of ``wanted`` after a capture started.

    Lesson: with the whole suite running on 2 cores the liveness check sometimes runs out of
    time on the simulator's blink loop; the resident then sees "the check was not completed"
    and taps "try again" - as this helper does, once.
    """
    wait_step(qtbot, app, "error", *wanted, timeout=FACE_MS)
    if app.identity.step == "error" and app.identity.problem in ("liveness_failed", "face_timeout"):
        tap(qtbot, app, "action_try_again")
        wait_step(qtbot, app, *wanted, timeout=FACE_MS)


# ------------------------------------------------------------------------------ happy path


def test_zhang_san_is_verified_by_card_and_face(qtbot, make_kiosk, record_property):
    app = make_kiosk()
    # Measure the journey's own stalls, after start-up (the first catalogue activation alone
    # blocks the GUI thread for most of a second on this machine: not part of this journey).
    qtbot.waitUntil(lambda: app.catalogue.property("ready"), timeout=START_MS)
    qtbot.wait(200)
    stalls = StallMonitor()
    stalls.start()
    card_s = start_face_journey(qtbot, app, "zhangsan")
    assert "张*" in text_of(app, "faceConsentCard")
    assert "370102198503120118" not in text_of(app, "faceConsentCard")
    capture_face(qtbot, app)
    qtbot.waitUntil(lambda: item(app, "cameraPreviewImage").isVisible(), timeout=STEP_MS)
    face_outcome(qtbot, app, "verified")
    qtbot.waitUntil(lambda: app.router.currentScreen == "identityResult")
    qtbot.waitUntil(lambda: app.find("resultTitle") is not None)
    assert text_of(app, "resultTitle") == "身份核验通过"
    assert text_of(app, "resultName") == "姓名：张*"
    assert text_of(app, "resultIdNumber") == "证件号码：3701**********0118"
    assert item(app, "takeCardReminder").isVisible()
    marks = app.identity.marks
    face_s = marks["verified"] - marks["face_start"]
    stall_ms = stalls.stop()["longest_ms"]
    record_property("card_to_record_s", round(card_s, 3))
    record_property("face_capture_to_verified_s", round(face_s, 3))
    record_property("longest_gui_stall_ms", round(stall_ms, 1))
    print(
        f"\ncard placed → record shown {card_s:.2f} s; face capture → verified {face_s:.2f} s;"
        f" longest GUI stall {stall_ms:.0f} ms"
    )
    assert app.sessions.current.identity.photo is None  # the chip photo is not kept
    assert not app.sessions.current.blobs  # nor the face picture
    card_sim(app).remove_card()
    qtbot.waitUntil(lambda: not item(app, "takeCardReminder").isVisible(), timeout=STEP_MS)
    tap(qtbot, app, "resultContinueButton")
    qtbot.waitUntil(lambda: app.router.currentScreen == "home")


# ------------------------------------------------------------------------------ card faults


def test_no_card_times_out_with_a_way_forward(qtbot, make_kiosk):
    app = make_kiosk()
    card_sim(app).inject("no_card")
    app.router.home()
    app.identity.begin("idcard", "")
    tap(qtbot, app, "action_agree")
    card_sim(app).place_card("zhangsan")  # lies there, but the field never sees it
    wait_step(qtbot, app, "error", timeout=STEP_MS)
    assert app.identity.problem == "no_card"
    assert item(app, "idCardError").isVisible()
    assert text_of(app, "problemTitle") == "未检测到身份证"
    card_sim(app).clear()
    tap(qtbot, app, "action_place_again")
    wait_step(qtbot, app, "verified")


def test_checksum_errors_say_the_reader_is_not_working(qtbot, make_kiosk):
    app = make_kiosk()
    app.router.home()
    app.identity.begin("idcard", "")
    tap(qtbot, app, "action_agree")
    wait_step(qtbot, app, "place_card")
    card_sim(app).inject("bad_checksum")
    card_sim(app).place_card("zhangsan")
    wait_step(qtbot, app, "error")
    assert app.identity.problem == "reader_fault"
    assert text_of(app, "problemTitle") == "读卡器无法使用"
    assert "try_again" in app.identity.actions and "staff" in app.identity.actions
    card_sim(app).clear()
    qtbot.waitUntil(lambda: host_state(app, "idcard") == "online", timeout=STEP_MS)
    tap(qtbot, app, "action_try_again")
    wait_step(qtbot, app, "verified")


def test_card_removed_mid_read_asks_to_place_it_again(qtbot, make_kiosk):
    app = make_kiosk()
    app.router.home()
    app.identity.begin("idcard", "")
    tap(qtbot, app, "action_agree")
    wait_step(qtbot, app, "place_card")
    card_sim(app).inject("remove_after_select")
    card_sim(app).place_card("zhangsan")
    wait_step(qtbot, app, "error")
    assert app.identity.problem == "card_removed"
    assert text_of(app, "problemTitle") == "身份证被移动了"
    card_sim(app).clear()
    card_sim(app).place_card("zhangsan")
    tap(qtbot, app, "action_place_again")
    wait_step(qtbot, app, "verified")


# ------------------------------------------------------------------------------ camera faults


@pytest.mark.parametrize("fault", ["unplug", "black"])
def test_camera_fault_during_capture_offers_staff(qtbot, make_kiosk, fault):
    app = make_kiosk()
    start_face_journey(qtbot, app, "zhangsan")
    camera_sim(app).set_scene("empty")  # nobody in front yet: capture keeps waiting
    capture_face(qtbot, app)
    camera_sim(app).inject(fault)
    wait_step(qtbot, app, "error", timeout=STEP_MS)
    assert app.identity.problem == "camera_fault"
    qtbot.waitUntil(lambda: item(app, "faceError").isVisible())
    assert text_of(app, "problemTitle") == "摄像头无法使用"
    assert not app.camera.active  # capture stopped, preview cleared
    with qtbot.waitSignal(app.state.helpRequested, timeout=STEP_MS):
        tap(qtbot, app, "action_staff")
    wait_step(qtbot, app, "staff")
    qtbot.waitUntil(lambda: app.router.currentScreen == "identityResult")
    assert text_of(app, "resultTitle") == "工作人员正在赶来"


# ------------------------------------------------------------------------------ platform answers


def test_li_si_does_not_match_retries_once_then_staff(qtbot, make_kiosk):
    app = make_kiosk()
    start_face_journey(qtbot, app, "lisi")
    capture_face(qtbot, app)
    face_outcome(qtbot, app, "not_matched")
    qtbot.waitUntil(lambda: app.router.currentScreen == "identityResult")
    assert text_of(app, "resultTitle") == "人脸与身份证不一致"
    tap(qtbot, app, "action_try_again")
    wait_step(qtbot, app, "face_capture", "liveness", "verifying")
    face_outcome(qtbot, app, "not_matched")
    qtbot.waitUntil(lambda: app.find("action_try_again") is None)
    assert app.identity.actions == ["staff", "cancel"]
    tap(qtbot, app, "action_staff")
    wait_step(qtbot, app, "staff")


def test_wang_wu_unavailable_goes_to_staff(qtbot, make_kiosk):
    app = make_kiosk()
    start_face_journey(qtbot, app, "wangwu")
    capture_face(qtbot, app)
    face_outcome(qtbot, app, "unavailable")
    qtbot.waitUntil(lambda: app.router.currentScreen == "identityResult")
    assert text_of(app, "resultTitle") == "暂时无法进行身份核验"
    with qtbot.waitSignal(app.state.helpRequested, timeout=STEP_MS):
        tap(qtbot, app, "action_staff")
    qtbot.waitUntil(lambda: text_of(app, "resultTitle") == "工作人员正在赶来")
    # The staff-assisted path keeps the card identity for the member of staff.
    assert app.sessions.current.identity.name == "王五"


# ------------------------------------------------------------------------------ 办件进度查询


def test_zhao_liu_sees_her_applications(qtbot, make_kiosk, record_property):
    app = make_kiosk()
    app.router.home()
    qtbot.waitUntil(lambda: app.find("homeProgressButton") is not None)
    qtbot.waitUntil(lambda: not item(app, "homeProgressReason").isVisible())
    tap(qtbot, app, "homeProgressButton")
    qtbot.waitUntil(lambda: app.router.currentScreen == "progress")
    tap(qtbot, app, "progressByCard")
    qtbot.waitUntil(lambda: app.router.currentScreen == "identityConsent")
    tap(qtbot, app, "action_agree")
    wait_step(qtbot, app, "place_card")
    placed = time.perf_counter()
    place_card(qtbot, app, "zhaoliu", "verified")
    qtbot.waitUntil(lambda: app.find("application_0") is not None, timeout=STEP_MS)
    shown = time.perf_counter() - placed
    record_property("card_to_list_s", round(shown, 3))
    print(f"\ncard placed → applications listed {shown:.2f} s")
    assert app.router.currentScreen == "progress"
    names = [a["itemName"] for a in app.progress.applications]
    assert any("社会保障卡" in name for name in names), names
    assert text_of(app, "progressHolder") == "查询人：赵*"
    assert item(app, "takeCardReminder").isVisible()
    tap(qtbot, app, "backButton")  # back leaves the results, not into the identity steps
    qtbot.waitUntil(lambda: app.router.currentScreen == "progress")
    assert app.router.stack[-2] == "home"


def test_query_by_application_number_on_the_keypad(qtbot, make_kiosk):
    app = make_kiosk()
    zhang = app.backend.platform.query_applications(id_number=ZHANG)
    number = zhang[0]["application_id"]
    app.router.home()
    app.router.go("progress")
    qtbot.waitUntil(lambda: app.find("progressByNumber") is not None)
    tap(qtbot, app, "progressByNumber")
    qtbot.waitUntil(lambda: item(app, "numberEntry").isVisible())
    for digit in number.removeprefix("SQ"):
        tap(qtbot, app, f"key_{digit}")
    assert text_of(app, "numberField") == "SQ " + number[2:]
    tap(qtbot, app, "numberSearch")
    qtbot.waitUntil(lambda: app.find("application_0") is not None, timeout=STEP_MS)
    assert app.progress.applications[0]["applicationId"] == number
    assert text_of(app, "applicationHolder") == "申请人证件号：3701**********0118"
    assert app.sessions.current.identity is None  # no identity was needed


# ------------------------------------------------------------------------------ mobile-app QR


def phone_showing(directory: Path, text: str) -> str:
    """Frames of a phone screen with the QR code ``text`` held up to a camera, as an image
    sequence (a file camera source): sensor noise on each frame, as a real camera has."""
    import cv2
    import numpy as np

    from drivers.camera.qr import make_qr_image

    directory.mkdir(parents=True, exist_ok=True)
    code = cv2.cvtColor(make_qr_image(text, module_px=6), cv2.COLOR_GRAY2BGR)
    rng = np.random.default_rng(7)
    for k in range(20):
        frame = np.full((480, 640, 3), 150, np.uint8)
        y, x = (480 - code.shape[0]) // 2, (640 - code.shape[1]) // 2
        frame[y : y + code.shape[0], x : x + code.shape[1]] = code
        noise = rng.integers(-6, 7, frame.shape, dtype=np.int16)
        frame = np.clip(frame.astype(np.int16) + noise, 0, 255).astype(np.uint8)
        cv2.imwrite(str(directory / f"frame_{k:04d}.png"), frame)
    return str(directory / "frame_%04d.png")


def test_identity_qr_code_from_the_mobile_app(qtbot, make_kiosk, tmp_path):
    from central.identity import qr_token_for
    from drivers.camera.qr import format_code
    from kiosk.services.device_host import DeviceHost

    app = make_kiosk()
    source = phone_showing(tmp_path / "phone", format_code("ident", qr_token_for(ZHANG)))
    phone = DeviceHost.from_config("phone", "camera", "opencv", {"port": source, "fps": 15.0})
    phone.start()
    try:
        qtbot.waitUntil(lambda: phone.status["state"] == "online", timeout=STEP_MS)
        app.identity.attach_camera(phone)
        app.router.home()
        app.identity.begin("idcard", "")
        tap(qtbot, app, "action_use_qr")
        qtbot.waitUntil(lambda: app.router.currentScreen == "qrIdentity")
        wait_step(qtbot, app, "verified")
        qtbot.waitUntil(lambda: app.find("resultName") is not None)
        assert text_of(app, "resultName") == "姓名：张*"
        assert app.identity.verifiedBy == "qr"
        assert app.sessions.current.identity.id_number == ZHANG
    finally:
        phone.stop()
