"""Layout of the pickup, ticket and rating screens in every step, both modes, both languages.

The real QML offscreen; the flows are put into each step directly (no devices needed). Every
visible text is at least the mode's minimum size, not elided, and inside the screen area (not
under the nav bar); every button is at least the mode's minimum touch size.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QRectF

from kiosk.flows.pickup import Pickup, PickupStep
from tests.gui.conftest import item, visible_items, visible_texts

pytestmark = pytest.mark.gui


def cert(n: int) -> Pickup:
    return Pickup(f"QJ{n}", f"1-{n}", "社会保障卡补领", "3701**********042X", f"SQ{n}")


def rating(step: str) -> Callable:
    def setup(kiosk) -> None:
        kiosk.router.go("rating", {"item_name": "社会保障卡申领", "item_id": "3701-RSJ-0001"})
        if step in ("reasons", "thanks"):
            kiosk.rating.choose(2)
            kiosk.rating.toggleReason("too_slow")
        if step == "thanks":
            kiosk.rating.submit()  # no backend: "could not be saved", still thanks

    return setup


def ticket(step: str) -> Callable:
    def setup(kiosk) -> None:
        kiosk.router.go("ticket")
        flow = kiosk.ticket.flow
        if step == "code":
            flow.enter_code()
        elif step in ("issued", "checkin", "unavailable", "no_appointment"):
            if step in ("checkin", "no_appointment"):
                flow.checkin_by_card("37010219620508042X")
            else:
                flow.request_ticket("social_security")
            [effect] = flow.take_effects()
            flow.queued(effect.op, "item")
            if step == "issued":
                flow.answered("item", {"ticket_no": "S012", "waiting": 4, "issued_at": "x"})
                flow.take_effects()
                flow.printed(False, "paper_out")
            elif step == "checkin":
                flow.answered(
                    "item",
                    {
                        "ticket_no": "Y003",
                        "window": "3号窗口",
                        "time": "10:30",
                        "item_name": "社会保障卡补领",
                        "already_checked_in": True,
                    },
                )
                flow.take_effects()
                flow.printed(True)
            elif step == "no_appointment":
                flow.refused("item", "no_appointment")
            else:
                flow.item_state(effect.op, "pending")
        kiosk.ticket.changed.emit()

    return setup


def pickup(step: str) -> Callable:
    def setup(kiosk) -> None:
        kiosk.router.go("pickup")
        flow = kiosk.pickup.flow
        flow.step = PickupStep.CHOOSE
        if step == "code":
            flow.use_code()
            flow.code_wrong()
        elif step in ("open", "done", "open_failed"):
            flow.use_code()
            flow.code_found(cert(3))
            [effect] = flow.take_effects()
            if step == "open_failed":
                flow.open_failed(effect.op, "open_failed", "jammed")
            else:
                flow.opened(effect.op, "1-3")
                flow.alarm = True
            if step == "done":
                flow.cabinet_event("collected", "1-3", "QJ3")
                flow.printed(False, "paper_out")
            flow.take_effects()
        elif step == "list":
            flow.holder_found([cert(1), cert(2), cert(3)])
        elif step == "not_ready":
            flow.not_ready()
        kiosk.pickup.changed.emit()

    return setup


CASES: dict[str, Callable] = {
    "rating-choose": rating("choose"),
    "rating-reasons": rating("reasons"),
    "rating-thanks": rating("thanks"),
    "ticket-choose": ticket("choose"),
    "ticket-code": ticket("code"),
    "ticket-issued": ticket("issued"),
    "ticket-checkin": ticket("checkin"),
    "ticket-unavailable": ticket("unavailable"),
    "ticket-no_appointment": ticket("no_appointment"),
    "pickup-not_ready": pickup("not_ready"),
    "pickup-choose": pickup("choose"),
    "pickup-code": pickup("code"),
    "pickup-open": pickup("open"),
    "pickup-list": pickup("list"),
    "pickup-open_failed": pickup("open_failed"),
    "pickup-done": pickup("done"),
}


def scene_rect(i) -> QRectF:
    return i.mapRectToScene(QRectF(0, 0, i.width(), i.height()))


@pytest.mark.parametrize("language", ["zh_CN", "en_US"])
@pytest.mark.parametrize("elder", [False, True])
@pytest.mark.parametrize("case", sorted(CASES))
def test_journey_screen_layout(qtbot, kiosk, case, language, elder):
    kiosk.state.setLanguage(language)
    kiosk.state.setElderMode(elder)
    kiosk.router.home()
    CASES[case](kiosk)
    screen = case.split("-")[0]
    qtbot.waitUntil(lambda: kiosk.find(f"{screen}Screen") is not None)
    qtbot.wait(80)
    loader = item(kiosk, "screenLoader")
    area = scene_rect(loader)
    min_px, min_touch = (40, 60) if elder else (24, 44)
    screen_texts = [t for t in visible_texts(kiosk) if area.contains(scene_rect(t).center())]
    assert screen_texts, "nothing shown"
    for text in screen_texts:
        label = text.property("text")
        assert text.property("font").pixelSize() >= min_px, label
        assert not text.property("truncated"), label
        rect = scene_rect(text)
        assert rect.bottom() <= area.bottom() + 1, f"{label!r} runs under the nav bar"
        assert rect.right() <= area.right() + 1, f"{label!r} runs off the screen"
    for control in visible_items(loader):
        name = control.objectName() or ""
        cls = control.metaObject().className()
        if cls.startswith(("KButton", "QQuickButton")) or name.startswith(("rate_", "service_")):
            assert control.width() >= min_touch and control.height() >= min_touch, name
            assert scene_rect(control).bottom() <= area.bottom() + 1, f"{name} is cut off"
