"""Entering and leaving diagnostics through the real QML (offscreen, no devices)."""

from __future__ import annotations

import pytest

from kiosk.app import AppOptions
from kiosk.diagnostics.pin import hash_pin
from tests.diagnostics.diag_support import (
    STEP_MS,
    enter,
    layout_problems,
    open_pin_pad,
    pin_message,
    show_page,
    type_pin,
)
from tests.gui.conftest import item, tap


def test_five_taps_on_the_clock_open_the_pin_pad(qtbot, kiosk):
    open_pin_pad(qtbot, kiosk)
    assert item(kiosk, "diagPinDialog").isVisible()
    assert not kiosk.diagnostics.active


def test_four_taps_do_not_open_the_pin_pad(qtbot, kiosk):
    for _ in range(4):
        tap(qtbot, kiosk, "diagCorner")
    qtbot.wait(100)
    assert kiosk.find("diagPinDialog") is None


def test_gesture_and_demo_pin_open_diagnostics(qtbot, kiosk):
    enter(qtbot, kiosk)
    assert kiosk.diagnostics.role == "technician"
    assert item(kiosk, "diagScreen").isVisible()
    # The PIN pad's loader lets go of it; the item itself is deleted on a later turn.
    qtbot.waitUntil(lambda: kiosk.find("diagPinDialog") is None, timeout=STEP_MS)


def test_public_sees_being_serviced_while_diagnostics_is_open(qtbot, kiosk):
    enter(qtbot, kiosk)
    assert kiosk.state.outOfService and kiosk.state.outOfServiceReason == "maintenance"
    assert kiosk.router.currentScreen == "outOfService"
    assert kiosk.find("outOfServiceScreen") is not None  # the screen under the layer


def test_wrong_pin_says_so_and_counts_attempts(qtbot, kiosk):
    open_pin_pad(qtbot, kiosk)
    type_pin(qtbot, kiosk, "111111")
    qtbot.waitUntil(lambda: "Wrong PIN" in pin_message(kiosk), timeout=STEP_MS)
    assert "4 attempt" in pin_message(kiosk)
    assert not kiosk.diagnostics.active


def test_wrong_pin_is_never_logged(qtbot, kiosk):
    open_pin_pad(qtbot, kiosk)
    type_pin(qtbot, kiosk, "975310")
    qtbot.waitUntil(lambda: "Wrong PIN" in pin_message(kiosk), timeout=STEP_MS)
    log_text = (kiosk.config.log_dir / "kiosk.log").read_text("utf-8")
    assert "entry refused" in log_text
    assert "975310" not in log_text


def test_five_wrong_pins_lock_entry_and_refuse_the_right_pin(qtbot, kiosk):
    open_pin_pad(qtbot, kiosk)
    for _ in range(5):
        type_pin(qtbot, kiosk, "111111")
        qtbot.waitUntil(lambda: not kiosk.diagnostics.checking, timeout=STEP_MS)
    qtbot.waitUntil(lambda: "locked" in pin_message(kiosk), timeout=STEP_MS)
    assert "Entry is locked for 5 min" in pin_message(kiosk)
    assert not item(kiosk, "diagKey_ok").isEnabled()
    kiosk.diagnostics.pinSubmit()  # even a direct call does nothing while locked
    assert not kiosk.diagnostics.active


def test_lockout_is_still_there_after_a_restart(qtbot, kiosk_factory):
    first = kiosk_factory()
    open_pin_pad(qtbot, first)
    for _ in range(5):
        type_pin(qtbot, first, "111111")
        qtbot.waitUntil(lambda: not first.diagnostics.checking, timeout=STEP_MS)
    qtbot.waitUntil(lambda: "locked" in pin_message(first), timeout=STEP_MS)
    first.close()
    second = kiosk_factory()  # same data directory: the lockout is on disk
    open_pin_pad(qtbot, second)
    qtbot.waitUntil(lambda: "locked" in pin_message(second), timeout=STEP_MS)
    assert not item(second, "diagKey_1").isEnabled()


def test_cancel_closes_the_pin_pad(qtbot, kiosk):
    open_pin_pad(qtbot, kiosk)
    tap(qtbot, kiosk, "diagPinCancel")
    qtbot.waitUntil(lambda: kiosk.find("diagPinDialog") is None, timeout=STEP_MS)
    assert not kiosk.state.outOfService


def test_exit_returns_to_the_attract_screen_in_service(qtbot, kiosk):
    enter(qtbot, kiosk)
    tap(qtbot, kiosk, "diagExit")
    qtbot.waitUntil(lambda: not kiosk.diagnostics.active, timeout=STEP_MS)
    assert not kiosk.state.outOfService
    assert kiosk.router.currentScreen == "attract"
    qtbot.waitUntil(lambda: kiosk.find("diagScreen") is None, timeout=STEP_MS)


def test_exit_keeps_maintenance_the_platform_asked_for(qtbot, kiosk):
    kiosk.state.setMaintenance(True)
    enter(qtbot, kiosk)
    tap(qtbot, kiosk, "diagExit")
    qtbot.waitUntil(lambda: not kiosk.diagnostics.active, timeout=STEP_MS)
    assert kiosk.router.currentScreen == "outOfService"
    assert kiosk.state.outOfServiceReason == "maintenance"


def test_opening_diagnostics_ends_a_visit_and_wipes_its_session(qtbot, kiosk):
    kiosk.router.go("search")
    session = kiosk.sessions.current
    assert session is not None
    enter(qtbot, kiosk)
    assert kiosk.sessions.current is None
    assert not session.is_active  # wiped


def test_entry_and_exit_are_audited(qtbot, kiosk):
    from offline_cache.audit import AuditLog

    enter(qtbot, kiosk)
    tap(qtbot, kiosk, "diagExit")
    qtbot.waitUntil(lambda: not kiosk.diagnostics.active, timeout=STEP_MS)
    store = kiosk.diagnostics._diag_store().store
    qtbot.waitUntil(lambda: len(AuditLog(store).recent()) >= 2, timeout=STEP_MS)
    actions = [e.action for e in reversed(AuditLog(store).recent())]
    assert actions == ["diagnostics.enter", "diagnostics.exit"]
    assert AuditLog(store).recent()[1].detail == {"role": "technician", "method": "pin"}


def test_staff_pin_opens_only_the_staff_pages(qtbot, kiosk_factory):
    staff = hash_pin("8642", n=2**10)
    app = kiosk_factory(KIOSK__DIAGNOSTICS__STAFF_PIN_HASH=staff)
    enter(qtbot, app, "8642")
    assert app.diagnostics.role == "staff"
    assert app.diagnostics.pages == ["dashboard", "staff"]
    assert app.find("diagTab_logs") is None
    show_page(qtbot, app, "staff")
    assert item(app, "diagRefill").isVisible()


def test_idle_technician_is_returned_to_service(qtbot, kiosk):
    enter(qtbot, kiosk)
    kiosk.diagnostics._idle.start(50)  # the configured minimum is 30 s
    qtbot.waitUntil(lambda: not kiosk.diagnostics.active, timeout=STEP_MS)
    assert not kiosk.state.outOfService


@pytest.mark.parametrize("page", ["dashboard", "tests", "outbox", "logs", "config", "staff"])
def test_page_layout_in_both_modes_and_languages(qtbot, kiosk_factory, page):
    app = kiosk_factory(AppOptions(start_devices=False, start_network_probe=False))
    enter(qtbot, app)
    show_page(qtbot, app, page)
    qtbot.wait(300)
    for language in ("zh_CN", "en_US"):
        for elder in (False, True):
            app.state.setLanguage(language)
            app.state.setElderMode(elder)
            qtbot.wait(150)
            problems = layout_problems(app, item(app, "diagScreen"), elder)
            assert problems == [], f"{page} {language} elder={elder}"
