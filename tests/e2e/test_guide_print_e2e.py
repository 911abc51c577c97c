"""Printing a service guide from the guide screen: the real QML, the catalogue synced from the
reference platform, the ESC/POS driver against the printer emulator."""

from __future__ import annotations

import pytest

from tests.e2e.journey_support import (
    STEP_MS,
    JourneyKiosks,
    go_home,
    item,
    printer_sim,
    tap,
    text_of,
    tr,
    wait_screen,
)

ITEM = "3701-RSJ-0001"  # 社会保障卡申领


@pytest.fixture
def journey_kiosk(qapp, qtbot, tmp_path):
    with JourneyKiosks(qtbot, tmp_path) as kiosks:
        yield kiosks.build


def open_guide(qtbot, app) -> None:
    go_home(qtbot, app)
    app.router.go("guide", {"itemId": ITEM})
    wait_screen(qtbot, app, "guide")
    qtbot.waitUntil(lambda: app.find("printGuideButton") is not None)


def test_the_guide_is_printed(qtbot, journey_kiosk):
    app = journey_kiosk(cabinet=False)
    before = len(printer_sim(app).receipts)
    open_guide(qtbot, app)
    assert item(app, "printGuideButton").isEnabled()
    tap(qtbot, app, "printGuideButton")
    qtbot.waitUntil(lambda: app.guide_print.state == "printed", timeout=STEP_MS)
    assert text_of(app, "printGuideNote") == tr(
        "GuideScreen", "Printed. Please take the guide from the printer."
    )
    assert printer_sim(app).wait_for_receipts(before + 1, timeout=10)
    printed = printer_sim(app).receipts[-1].text
    assert "社会保障卡申领" in printed and "办事指南" in printed


def test_paper_out_is_said_up_front(qtbot, journey_kiosk):
    app = journey_kiosk(cabinet=False)
    printer_sim(app).set_paper("out")
    qtbot.waitUntil(lambda: not app.printing.property("available"), timeout=STEP_MS)
    open_guide(qtbot, app)
    assert not item(app, "printGuideButton").isEnabled()
    assert text_of(app, "printGuideNote") == tr(
        "GuideScreen", "The printer is out of paper. Please ask staff."
    )


def test_an_unplugged_printer_is_said_up_front(qtbot, journey_kiosk):
    app = journey_kiosk(cabinet=False)
    printer_sim(app).inject("unplug")
    qtbot.waitUntil(lambda: not app.printing.property("available"), timeout=STEP_MS)
    open_guide(qtbot, app)
    assert not item(app, "printGuideButton").isEnabled()
    assert text_of(app, "printGuideNote") == tr(
        "GuideScreen", "The printer is not available right now."
    )
