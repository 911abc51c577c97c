"""The queue-ticket / check-in flow without Qt: outbox first, bounded wait, no ghost tickets."""

from __future__ import annotations

import pytest

from kiosk.flows.ticket import TicketError, TicketFlow, TicketStep, TicketTimeouts


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


def make(clock: Clock) -> TicketFlow:
    return TicketFlow(
        timeouts=TicketTimeouts(send_window_s=8, answer_grace_s=12),
        clock=clock,
        wall_clock=lambda: 1_700_000_000.0 + clock.now,
    )


def requested(flow: TicketFlow, item_id: str = "item-1") -> None:
    [effect] = flow.take_effects()
    assert effect.kind == "enqueue"
    flow.queued(effect.op, item_id)


def test_a_ticket_request_is_queued_with_a_deadline(clock: Clock) -> None:
    flow = make(clock)
    flow.request_ticket("social_security")
    [effect] = flow.take_effects()
    assert effect.kind == "enqueue"
    assert effect.payload["kind"] == "queue_ticket"
    body = effect.payload["body"]
    assert body["service_type"] == "social_security"
    assert body["not_after"] == pytest.approx(1_700_000_000.0 + 1000.0 + 8)
    assert effect.payload["key"].startswith("queue_ticket-")
    assert flow.step is TicketStep.REQUESTING


def test_the_answer_shows_the_number_and_prints_it(clock: Clock) -> None:
    flow = make(clock)
    flow.request_ticket("general")
    requested(flow)
    flow.answered("item-1", {"ticket_no": "Z007", "waiting": 2, "issued_at": "x"})
    assert flow.step is TicketStep.ISSUED
    assert flow.ticket()["number"] == "Z007" and flow.ticket()["waiting"] == 2
    [effect] = flow.take_effects()
    assert effect.kind == "print" and effect.payload["number"] == "Z007"
    flow.printed(False, "paper_out")
    assert (flow.print_state, flow.print_reason) == ("failed", "paper_out")


def test_answers_for_other_items_are_ignored(clock: Clock) -> None:
    flow = make(clock)
    flow.request_ticket("general")
    requested(flow)
    flow.answered("item-other", {"ticket_no": "Z001"})
    assert flow.step is TicketStep.REQUESTING


def test_still_pending_at_the_deadline_means_no_ticket_now(clock: Clock) -> None:
    flow = make(clock)
    flow.request_ticket("general")
    requested(flow)
    clock.now += 7.9
    flow.tick()
    assert flow.take_effects() == []
    clock.now += 0.2
    flow.tick()
    [check] = flow.take_effects()
    assert check.kind == "check" and check.payload["item_id"] == "item-1"
    flow.item_state(check.op, "pending")
    assert (flow.step, flow.reason) == (TicketStep.UNAVAILABLE, "offline")


def test_a_send_under_way_at_the_deadline_may_still_answer(clock: Clock) -> None:
    flow = make(clock)
    flow.request_ticket("general")
    requested(flow)
    clock.now += 9
    flow.tick()
    [check] = flow.take_effects()
    flow.item_state(check.op, "in_flight")
    assert flow.step is TicketStep.REQUESTING
    clock.now += 5
    flow.answered("item-1", {"ticket_no": "Z002"})
    assert flow.step is TicketStep.ISSUED and not flow.late


def test_no_answer_by_the_final_deadline_gives_up(clock: Clock) -> None:
    flow = make(clock)
    flow.request_ticket("general")
    requested(flow)
    clock.now += 9
    flow.tick()
    [check] = flow.take_effects()
    flow.item_state(check.op, "in_flight")
    clock.now += 12
    flow.tick()
    assert (flow.step, flow.reason) == (TicketStep.UNAVAILABLE, "timeout")


def test_a_late_answer_while_the_resident_is_still_here_is_shown(clock: Clock) -> None:
    flow = make(clock)
    flow.request_ticket("general")
    requested(flow)
    clock.now += 30
    flow.tick()
    flow.take_effects()
    assert flow.step is TicketStep.UNAVAILABLE
    flow.answered("item-1", {"ticket_no": "Z003"})
    assert flow.step is TicketStep.ISSUED and flow.late


def test_after_trying_again_the_old_answer_is_ignored(clock: Clock) -> None:
    flow = make(clock)
    flow.request_ticket("general")
    requested(flow)
    clock.now += 30
    flow.tick()
    flow.again()
    flow.answered("item-1", {"ticket_no": "Z004"})
    assert flow.step is TicketStep.CHOOSE


def test_the_drain_saying_expired_means_unavailable(clock: Clock) -> None:
    flow = make(clock)
    flow.request_ticket("general")
    requested(flow)
    flow.answered("item-1", {"not_sent": "expired"})
    assert (flow.step, flow.reason) == (TicketStep.UNAVAILABLE, "offline")


def test_a_failed_outbox_write_is_unavailable(clock: Clock) -> None:
    flow = make(clock)
    flow.request_ticket("general")
    [effect] = flow.take_effects()
    flow.queue_failed(effect.op)
    assert (flow.step, flow.reason) == (TicketStep.UNAVAILABLE, "store")


def test_check_in_by_code_needs_eight_digits(clock: Clock) -> None:
    flow = make(clock)
    flow.enter_code()
    assert flow.checkin_by_code("1234") is False
    assert flow.reason == "invalid_code" and flow.take_effects() == []
    assert flow.checkin_by_code("8800 0004") is True
    [effect] = flow.take_effects()
    assert effect.payload["kind"] == "checkin" and effect.payload["body"]["code"] == "88000004"


def test_check_in_by_card_sends_the_id_number(clock: Clock) -> None:
    flow = make(clock)
    flow.checkin_by_card("37010219620508042X")
    [effect] = flow.take_effects()
    assert effect.payload["body"]["id_number"] == "37010219620508042X"
    assert "37010219620508042X" not in repr(effect)


def test_no_appointment_and_other_refusals(clock: Clock) -> None:
    flow = make(clock)
    flow.checkin_by_card("37010219620508042X")
    requested(flow)
    flow.refused("item-1", "no_appointment")
    assert flow.step is TicketStep.NO_APPOINTMENT
    flow.again()
    flow.request_ticket("general")
    requested(flow, "item-2")
    flow.refused("item-2", "invalid_request")
    assert (flow.step, flow.reason) == (TicketStep.REFUSED, "invalid_request")


def test_already_checked_in_shows_the_same_ticket(clock: Clock) -> None:
    flow = make(clock)
    flow.checkin_by_card("37010219620508042X")
    requested(flow)
    flow.answered(
        "item-1",
        {"ticket_no": "Y001", "window": "3号窗口", "time": "10:30", "already_checked_in": True},
    )
    ticket = flow.ticket()
    assert ticket["alreadyCheckedIn"] and ticket["number"] == "Y001"
    assert ticket["window"] == "3号窗口"


def test_unknown_service_types_and_double_taps_are_refused(clock: Clock) -> None:
    flow = make(clock)
    with pytest.raises(TicketError):
        flow.request_ticket("lottery")
    flow.request_ticket("general")
    with pytest.raises(TicketError):
        flow.request_ticket("general")


def test_finish_ends(clock: Clock) -> None:
    flow = make(clock)
    flow.finish()
    assert [e.kind for e in flow.take_effects()] == ["end"]
