"""The apply view-model forgets everything personal when the visit ends (timeout, cancel)."""

from __future__ import annotations

import pytest

from tests.gui.apply_support import scanned, start, to_materials

pytestmark = pytest.mark.gui


@pytest.mark.parametrize("reason", ["timeout", "cancelled", "completed"])
def test_visit_end_zeroes_scans_and_drops_the_form(qtbot, kiosk, reason):
    flow = start(kiosk)
    to_materials(kiosk, flow)
    key = next(n.key for n in flow.needs if not n.ecert_type)
    scanned(flow, key)
    pdf = flow.supplies[key].pdf
    assert pdf is not None and any(pdf)
    assert kiosk.apply.property("values")["phone"] == "13800000001"
    kiosk.router.reset(reason)
    assert kiosk.apply.flow is None
    assert pdf == bytearray(len(pdf))  # zeroed in place
    assert not flow.values and not flow.supplies and flow.identity is None
    assert kiosk.apply.property("values") == {}
    assert kiosk.apply.property("fields") == []


def test_leaving_the_form_with_home_cancels_the_journey(qtbot, kiosk):
    flow = start(kiosk)
    qtbot.waitUntil(lambda: kiosk.router.currentScreen == "applyForm")
    kiosk.router.home()
    assert flow.step == "cancelled"
    assert not flow.values


def test_back_on_the_nav_bar_returns_to_the_previous_step(qtbot, kiosk):
    flow = start(kiosk)
    to_materials(kiosk, flow)
    qtbot.waitUntil(lambda: kiosk.router.currentScreen == "applyMaterials")
    kiosk.router.back()
    assert flow.step == "form"
    assert kiosk.router.currentScreen == "applyForm"
    assert flow.values["phone"] == "13800000001"
