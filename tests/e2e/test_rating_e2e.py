"""好差评 end to end: the real QML, the outbox and its drain, the reference platform on loopback.

A rating is queued in the outbox, so it lands on the platform exactly once, also when it was
given while the network was down; a visit is rated once.
"""

from __future__ import annotations

import pytest

from tests.e2e.journey_support import (
    STEP_MS,
    JourneyKiosks,
    Network,
    StallMeter,
    central_rows,
    go_home,
    item,
    tap,
    wait_outbox_idle,
    wait_screen,
)


@pytest.fixture
def journey_kiosk(qapp, qtbot, tmp_path):
    with JourneyKiosks(qtbot, tmp_path) as kiosks:
        yield kiosks.build


def evaluations(app, visit_id: str) -> list[tuple]:
    return central_rows(
        app, "SELECT level, reasons, item_id FROM evaluations WHERE visit_id = ?", (visit_id,)
    )


def start_rating(qtbot, app) -> str:
    go_home(qtbot, app)
    visit = app.sessions.current.session_id
    app.router.go("rating", {"item_id": "3701-RSJ-0001", "item_name": "社会保障卡申领"})
    wait_screen(qtbot, app, "rating")
    qtbot.waitUntil(lambda: app.rating.step == "choose")
    return visit


def test_a_low_rating_with_reasons_lands_once(qtbot, journey_kiosk, record_property):
    app = journey_kiosk(cabinet=False)
    stalls = StallMeter(app)
    visit = start_rating(qtbot, app)
    tap(qtbot, app, "rate_2")
    qtbot.waitUntil(lambda: app.rating.step == "reasons")
    tap(qtbot, app, "reason_too_slow")
    tap(qtbot, app, "reason_device_fault")
    tap(qtbot, app, "ratingSubmit")
    qtbot.waitUntil(lambda: app.rating.step == "thanks", timeout=STEP_MS)
    assert app.rating.saved
    tap(qtbot, app, "ratingDone")
    wait_screen(qtbot, app, "attract")
    record_property("longest_gui_stall_ms", round(stalls.stop_ms(), 1))
    wait_outbox_idle(qtbot, app)
    rows = evaluations(app, visit)
    assert len(rows) == 1
    level, reasons, item_id = rows[0]
    assert level == 2 and item_id == "3701-RSJ-0001"
    assert "too_slow" in reasons and "device_fault" in reasons


def test_a_rating_given_offline_lands_when_the_network_returns(qtbot, journey_kiosk):
    app = journey_kiosk(cabinet=False)
    network = Network(app)
    try:
        wait_outbox_idle(qtbot, app)
        network.down()
        visit = start_rating(qtbot, app)
        tap(qtbot, app, "rate_5")
        qtbot.waitUntil(lambda: app.rating.step == "thanks", timeout=STEP_MS)
        assert app.rating.saved  # durably queued: the resident is thanked at once
        tap(qtbot, app, "ratingDone")
        wait_screen(qtbot, app, "attract")
        qtbot.wait(1500)
        assert evaluations(app, visit) == []
        network.up()
        wait_outbox_idle(qtbot, app, timeout=60_000)
        assert [row[0] for row in evaluations(app, visit)] == [5]
    finally:
        network.close()


def test_one_rating_per_visit(qtbot, journey_kiosk):
    app = journey_kiosk(cabinet=False)
    visit = start_rating(qtbot, app)
    tap(qtbot, app, "rate_4")
    qtbot.waitUntil(lambda: app.rating.step == "thanks", timeout=STEP_MS)
    # The same visit reaches another journey's end: no second rating is offered.
    app.router.home()
    app.router.go("rating", {"item_name": "x"})
    qtbot.waitUntil(lambda: app.rating.step == "already")
    assert not item(app, "rate_5").isVisible()
    tap(qtbot, app, "ratingDone")
    wait_screen(qtbot, app, "attract")
    wait_outbox_idle(qtbot, app)
    assert len(evaluations(app, visit)) == 1
    # The next resident may rate again.
    go_home(qtbot, app)
    app.router.go("rating", {})
    qtbot.waitUntil(lambda: app.rating.step == "choose")


def test_skipping_sends_nothing(qtbot, journey_kiosk):
    app = journey_kiosk(cabinet=False)
    visit = start_rating(qtbot, app)
    tap(qtbot, app, "ratingSkip")
    wait_screen(qtbot, app, "attract")
    assert app.state.property("reminder") == "take_card"  # take your ID card and receipt
    wait_outbox_idle(qtbot, app)
    assert evaluations(app, visit) == []
