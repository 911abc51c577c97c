"""取号 and 预约签到 end to end: the real QML, the outbox and its drain, the reference platform on
loopback (its own process), the ESC/POS printer emulator and the ID-card simulator.

The number always comes from the platform; offline the resident is told plainly and the queued
request never turns into a ticket later (no ghost tickets).
"""

from __future__ import annotations

import time

import pytest

from kiosk.flows.ticket import TicketTimeouts
from tests.e2e.journey_support import (
    STEP_MS,
    JourneyKiosks,
    Network,
    StallMeter,
    central_rows,
    go_home,
    item,
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


def platform_tickets(app) -> int:
    return int(central_rows(app, "SELECT COUNT(*) FROM queue_tickets")[0][0])


def open_ticket_screen(qtbot, app) -> None:
    go_home(qtbot, app)
    tap(qtbot, app, "homeTicketButton")
    wait_screen(qtbot, app, "ticket")
    qtbot.waitUntil(lambda: app.ticket.step == "choose")


def test_a_ticket_is_printed_with_the_number_from_the_platform(
    qtbot, journey_kiosk, record_property
):
    app = journey_kiosk(cabinet=False)
    before = len(printer_sim(app).receipts)
    stalls = StallMeter(app)
    started = time.perf_counter()
    open_ticket_screen(qtbot, app)
    tap(qtbot, app, "service_social_security")
    touches = 2
    qtbot.waitUntil(lambda: app.ticket.step == "issued", timeout=STEP_MS)
    issued_s = time.perf_counter() - started
    number = app.ticket.ticket["number"]
    assert number.startswith("S") or number[:1].isalpha()
    assert text_of(app, "ticketNumber") == number
    stored = central_rows(app, "SELECT ticket_no, service_type FROM queue_tickets")
    assert (number, "social_security") in stored
    qtbot.waitUntil(lambda: app.ticket.printState == "printed", timeout=STEP_MS)
    assert printer_sim(app).wait_for_receipts(before + 1, timeout=10)
    assert number in printer_sim(app).receipts[-1].text
    tap(qtbot, app, "ticketDone")
    touches += 1
    wait_screen(qtbot, app, "rating")
    stall_ms = stalls.stop_ms()
    record_property("ticket_touches", touches)
    record_property("ticket_issued_s", round(issued_s, 2))
    record_property("longest_gui_stall_ms", round(stall_ms, 1))
    print(
        f"\nticket: {touches} touches, number after {issued_s:.2f} s, stall {stall_ms:.0f} ms;"
        f" gaps over 40 ms: {stalls.gaps}"
    )


def test_zhao_liu_checks_in_with_her_id_card(qtbot, journey_kiosk, record_property):
    app = journey_kiosk(cabinet=False)
    stalls = StallMeter(app)
    open_ticket_screen(qtbot, app)
    tap(qtbot, app, "checkinByCard")
    wait_screen(qtbot, app, "identityConsent")
    tap(qtbot, app, "action_agree")
    qtbot.waitUntil(lambda: app.identity.step == "place_card", timeout=STEP_MS)
    app.simulators["idcard"].place_card("zhaoliu")
    qtbot.waitUntil(lambda: app.router.currentScreen == "ticket" or app.identity.step == "error")
    if app.identity.step == "error":  # a loaded machine can time out the pty once
        tap(qtbot, app, "action_try_again")
        wait_screen(qtbot, app, "ticket")
    qtbot.waitUntil(lambda: app.ticket.step == "issued", timeout=STEP_MS)
    ticket = app.ticket.ticket
    assert ticket["purpose"] == "checkin"
    assert ticket["window"] == "3号窗口" and ticket["time"]
    assert ticket["itemName"] and ticket["number"]
    assert not ticket["alreadyCheckedIn"]
    qtbot.waitUntil(lambda: app.ticket.printState == "printed", timeout=STEP_MS)
    assert ticket["number"] in printer_sim(app).receipts[-1].text
    app.simulators["idcard"].remove_card()
    record_property("longest_gui_stall_ms", round(stalls.stop_ms(), 1))
    # A second check-in (by the code this time) shows the same ticket.
    open_ticket_screen(qtbot, app)
    tap(qtbot, app, "checkinByCode")
    qtbot.waitUntil(lambda: app.ticket.step == "code")
    type_digits(qtbot, app, "code", "88000004")
    tap(qtbot, app, "codeSubmit")
    qtbot.waitUntil(lambda: app.ticket.step == "issued", timeout=STEP_MS)
    assert app.ticket.ticket["alreadyCheckedIn"]
    assert app.ticket.ticket["number"] == ticket["number"]


def test_no_appointment_for_this_code(qtbot, journey_kiosk):
    app = journey_kiosk(cabinet=False)
    open_ticket_screen(qtbot, app)
    tap(qtbot, app, "checkinByCode")
    type_digits(qtbot, app, "code", "12345678")
    tap(qtbot, app, "codeSubmit")
    qtbot.waitUntil(lambda: app.ticket.step == "no_appointment", timeout=STEP_MS)
    assert text_of(app, "ticketProblemTitle") == tr(
        "TicketScreen", "No appointment found for today"
    )


def test_offline_no_ticket_and_no_ghost_ticket_later(qtbot, journey_kiosk):
    app = journey_kiosk(cabinet=False)
    app.ticket.timeouts = TicketTimeouts(send_window_s=3, answer_grace_s=6)
    network = Network(app)
    try:
        wait_outbox_idle(qtbot, app)
        before = platform_tickets(app)
        network.down()
        open_ticket_screen(qtbot, app)
        tap(qtbot, app, "service_general")
        qtbot.waitUntil(lambda: app.ticket.step == "unavailable", timeout=STEP_MS)
        assert app.ticket.reason in ("offline", "timeout")
        assert text_of(app, "ticketProblemTitle") == tr(
            "TicketScreen", "Numbers cannot be issued right now"
        )
        assert item(app, "ticketHelp").isVisible()
        network.up()
        wait_outbox_idle(qtbot, app)  # the drain has dealt with the queued request...
        assert platform_tickets(app) == before  # ...without issuing a ticket to nobody
        assert app.ticket.step == "unavailable"
    finally:
        network.close()


def test_printer_out_of_paper_shows_the_number_big(qtbot, journey_kiosk):
    app = journey_kiosk(cabinet=False)
    printer_sim(app).set_paper("out")
    qtbot.waitUntil(lambda: not app.printing.property("available"), timeout=STEP_MS)
    open_ticket_screen(qtbot, app)
    assert item(app, "ticketPrinterNote").isVisible()
    tap(qtbot, app, "service_general")
    qtbot.waitUntil(lambda: app.ticket.step == "issued", timeout=STEP_MS)
    assert (app.ticket.printState, app.ticket.printReason) == ("failed", "paper_out")
    assert item(app, "ticketNumber").isVisible()
    assert text_of(app, "ticketNumber") == app.ticket.ticket["number"]
