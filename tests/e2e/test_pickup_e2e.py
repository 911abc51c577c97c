"""取件 end to end: the real QML, the Kerong driver against the cabinet simulator on a pty, the
ESC/POS driver against the printer emulator, and the reference platform on loopback with 赵六's
seeded certificate in compartment 1-3 (pickup code 246810).
"""

from __future__ import annotations

import time

import pytest

from tests.e2e.journey_support import (
    FACE_MS,
    STEP_MS,
    ZHAO,
    ZHAO_CODE,
    JourneyKiosks,
    StallMeter,
    cabinet_sim,
    compartment_state,
    go_home,
    item,
    platform_call,
    printer_sim,
    tap,
    text_of,
    tr,
    type_digits,
    wait_outbox_idle,
    wait_screen,
)


@pytest.fixture
def journey_kiosk(qapp, qtbot, tmp_path):
    with JourneyKiosks(qtbot, tmp_path) as kiosks:
        yield kiosks.build


def open_by_code(qtbot, app, code: str) -> None:
    go_home(qtbot, app)
    tap(qtbot, app, "homePickupButton")
    wait_screen(qtbot, app, "pickup")
    tap(qtbot, app, "pickupByCode")
    qtbot.waitUntil(lambda: app.pickup.step == "code")
    type_digits(qtbot, app, "pickup", code)
    tap(qtbot, app, "pickupCodeSubmit")


def take_certificate(app, board: int = 1, lock: int = 3) -> None:
    sim = cabinet_sim(app)
    sim.remove_item(board, lock)
    sim.close_door(board, lock)


def zhao_application(app) -> dict:
    answer = app.backend.platform.query_applications(id_number=ZHAO)
    return next(a for a in answer if a.get("pickup"))


def test_zhao_liu_collects_by_code_slip_printed_platform_told_once(
    qtbot, journey_kiosk, record_property
):
    app = journey_kiosk()
    receipts_before = len(printer_sim(app).receipts)
    stalls = StallMeter(app)
    touches = 0
    started = time.perf_counter()
    open_by_code(qtbot, app, ZHAO_CODE)
    touches += 2 + len(ZHAO_CODE) + 1
    qtbot.waitUntil(lambda: app.pickup.step == "open", timeout=STEP_MS)
    opened_s = time.perf_counter() - started
    assert text_of(app, "pickupCompartment") == "1-3"
    assert item(app, "cabinetMapHighlight").isVisible()
    assert cabinet_sim(app).door_open(1, 3)
    assert len(cabinet_sim(app).opens()) == 1  # exactly that door, once
    take_certificate(app)
    qtbot.waitUntil(lambda: app.pickup.step == "done", timeout=STEP_MS)
    assert app.pickup.printState == "printed"
    assert printer_sim(app).wait_for_receipts(receipts_before + 1, timeout=10)
    slip = printer_sim(app).receipts[-1].text
    assert "3701**********042X" in slip and ZHAO not in slip
    assert "1-3" in slip and "取件凭条" in slip
    tap(qtbot, app, "pickupFinish")
    touches += 1
    wait_screen(qtbot, app, "rating")
    stall_ms = stalls.stop_ms()
    # The platform hears "collected" exactly once, through the outbox.
    wait_outbox_idle(qtbot, app)
    record = platform_call(qtbot, lambda: zhao_application(app))
    assert record["status"] == "collected"
    assert [e["status"] for e in record["timeline"]].count("collected") == 1
    pickups = app.backend.platform.pickups()
    assert not any(p["compartment"] == "1-3" for p in pickups)
    assert compartment_state(app, "1-3") == "free"
    record_property("pickup_by_code_touches", touches)
    record_property("pickup_code_to_open_s", round(opened_s, 2))
    record_property("longest_gui_stall_ms", round(stall_ms, 1))
    print(
        f"\npickup by code: {touches} touches, open after {opened_s:.2f} s,"
        f" stall {stall_ms:.0f} ms; gaps over 40 ms: {stalls.gaps}"
    )


def test_a_wrong_code_is_refused_and_opens_nothing(qtbot, journey_kiosk):
    app = journey_kiosk()
    open_by_code(qtbot, app, "111111")
    qtbot.waitUntil(lambda: app.pickup.codeProblem == "wrong", timeout=STEP_MS)
    assert "4" in text_of(app, "pickupCodeHint")  # tries left
    assert app.pickup.step == "code"
    assert cabinet_sim(app).opens() == []
    type_digits(qtbot, app, "pickup", ZHAO_CODE)  # the right code still works
    tap(qtbot, app, "pickupCodeSubmit")
    qtbot.waitUntil(lambda: app.pickup.step == "open", timeout=STEP_MS)


def test_the_door_that_does_not_open_calls_for_help(qtbot, journey_kiosk):
    app = journey_kiosk()
    cabinet_sim(app).jam(1, 3)
    open_by_code(qtbot, app, ZHAO_CODE)
    qtbot.waitUntil(lambda: app.pickup.step == "open_failed", timeout=STEP_MS)
    assert text_of(app, "pickupProblemTitle") == tr(
        "PickupScreen", "The compartment door did not open"
    )
    assert item(app, "pickupHelp").isVisible()
    helps = [i for i in app.backend.outbox.items() if i.kind == "help"]
    assert helps, "staff were not called"
    assert not app.printing.busy


def test_paper_out_tells_the_resident_no_slip(qtbot, journey_kiosk):
    app = journey_kiosk()
    printer_sim(app).set_paper("out")
    qtbot.waitUntil(lambda: not app.printing.property("available"), timeout=STEP_MS)
    open_by_code(qtbot, app, ZHAO_CODE)
    qtbot.waitUntil(lambda: app.pickup.step == "open", timeout=STEP_MS)
    take_certificate(app)
    qtbot.waitUntil(lambda: app.pickup.step == "done", timeout=STEP_MS)
    assert (app.pickup.printState, app.pickup.printReason) == ("failed", "paper_out")
    assert text_of(app, "pickupPrintState") == tr(
        "PickupScreen",
        "The printer is out of paper, so no pickup slip was printed. Staff have been told.",
    )


def test_zhao_liu_collects_with_id_card_and_face(qtbot, journey_kiosk, record_property):
    app = journey_kiosk()
    stalls = StallMeter()
    go_home(qtbot, app)
    tap(qtbot, app, "homePickupButton")
    wait_screen(qtbot, app, "pickup")
    tap(qtbot, app, "pickupByCard")
    wait_screen(qtbot, app, "identityConsent")
    tap(qtbot, app, "action_agree")
    qtbot.waitUntil(lambda: app.identity.step == "place_card", timeout=STEP_MS)
    app.simulators["idcard"].place_card("zhaoliu")
    qtbot.waitUntil(lambda: app.identity.step in ("face_consent", "error"), timeout=STEP_MS)
    if app.identity.step == "error":  # a loaded machine can time out the pty once
        tap(qtbot, app, "action_try_again")
        qtbot.waitUntil(lambda: app.identity.step == "face_consent", timeout=STEP_MS)
    qtbot.waitUntil(lambda: app.find("action_agree_face") is not None)
    tap(qtbot, app, "action_agree_face")
    qtbot.waitUntil(lambda: app.identity.step in ("verified", "error"), timeout=FACE_MS)
    if app.identity.step == "error":
        tap(qtbot, app, "action_try_again")
        qtbot.waitUntil(lambda: app.identity.step == "verified", timeout=FACE_MS)
    app.simulators["idcard"].remove_card()
    qtbot.waitUntil(lambda: app.find("resultContinueButton") is not None)
    tap(qtbot, app, "resultContinueButton")
    wait_screen(qtbot, app, "pickup")
    qtbot.waitUntil(lambda: app.pickup.step == "list", timeout=STEP_MS)
    assert [p["compartment"] for p in app.pickup.pickups] == ["1-3"]
    tap(qtbot, app, "pickupOpen_0")
    qtbot.waitUntil(lambda: app.pickup.step == "open", timeout=STEP_MS)
    take_certificate(app)
    qtbot.waitUntil(lambda: app.pickup.step == "done", timeout=STEP_MS)
    slip = printer_sim(app).receipts[-1].text
    assert "3701**********042X" in slip and ZHAO not in slip
    tap(qtbot, app, "pickupFinish")
    wait_screen(qtbot, app, "rating")
    record_property("longest_gui_stall_ms", round(stalls.stop_ms(), 1))
