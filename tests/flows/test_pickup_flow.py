"""The pickup flow without Qt: code, ID card, several certificates, door events, slips."""

from __future__ import annotations

import pytest

from kiosk.flows.pickup import Pickup, PickupError, PickupFlow, PickupStep


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def cert(n: int = 1) -> Pickup:
    return Pickup(f"QJ{n}", f"1-{n}", f"证照{n}", "3701**********042X", f"SQ{n}")


def kinds(flow: PickupFlow) -> list[str]:
    return [e.kind for e in flow.take_effects()]


def opened(flow: PickupFlow) -> None:
    [effect] = flow.take_effects()
    assert effect.kind == "open"
    flow.opened(effect.op, flow.current.compartment)


def test_code_opens_the_compartment_then_collects_and_prints() -> None:
    flow = PickupFlow("visit")
    flow.use_code()
    assert flow.submit_code("24 68 10") == "246810"
    flow.code_found(cert(3))
    [effect] = flow.take_effects()
    assert effect.kind == "open"
    assert effect.payload == {"pickup_id": "QJ3", "attempt_id": "visit-QJ3-1"}
    flow.opened(effect.op, "1-3")
    assert flow.step is PickupStep.OPEN
    flow.cabinet_event("collected", "1-3", "QJ3")
    assert flow.step is PickupStep.PRINTING
    [printing] = flow.take_effects()
    assert printing.kind == "print" and printing.payload["pickups"] == ["QJ3"]
    flow.printed(True)
    assert flow.step is PickupStep.DONE
    flow.finish()
    assert kinds(flow) == ["end"]


def test_a_short_code_is_not_looked_up() -> None:
    flow = PickupFlow("visit")
    flow.use_code()
    assert flow.submit_code("2468") is None
    assert flow.code_problem == "invalid"


def test_wrong_codes_count_down_and_a_lockout_calls_staff() -> None:
    flow = PickupFlow("visit", code_attempts=5)
    flow.use_code()
    flow.code_wrong()
    flow.code_wrong()
    assert (flow.code_problem, flow.code_attempts_left) == ("wrong", 3)
    flow.locked(59.2)
    assert flow.step is PickupStep.LOCKED and flow.problem == "60"
    assert kinds(flow) == ["help"]


def test_several_certificates_are_opened_one_after_the_other() -> None:
    flow = PickupFlow("visit")
    flow.holder_found([cert(1), cert(2)])
    assert flow.step is PickupStep.LIST
    flow.open("QJ2")
    opened(flow)
    flow.cabinet_event("collected", "1-2", "QJ2")
    assert flow.step is PickupStep.LIST
    assert [p.state for p in flow.pickups] == ["waiting", "collected"]
    with pytest.raises(PickupError):
        flow.open("QJ2")
    flow.open("QJ1")
    opened(flow)
    flow.cabinet_event("collected", "1-1", "QJ1")
    assert flow.step is PickupStep.PRINTING
    [printing] = flow.take_effects()
    assert printing.payload["pickups"] == ["QJ1", "QJ2"]  # in list order


def test_finishing_with_some_collected_prints_their_slips_first() -> None:
    flow = PickupFlow("visit")
    flow.holder_found([cert(1), cert(2)])
    flow.open("QJ1")
    opened(flow)
    flow.cabinet_event("collected", "1-1", "QJ1")
    flow.finish()
    assert flow.step is PickupStep.PRINTING
    assert kinds(flow) == ["print"]


def test_no_certificate_for_the_holder() -> None:
    flow = PickupFlow("visit")
    flow.holder_found([])
    assert flow.step is PickupStep.NONE_FOUND
    flow.use_code()
    assert flow.step is PickupStep.CODE


def test_the_door_that_does_not_open_calls_staff() -> None:
    flow = PickupFlow("visit")
    flow.use_code()
    flow.code_found(cert())
    [effect] = flow.take_effects()
    flow.open_failed(effect.op, "open_failed", "jammed")
    assert (flow.step, flow.problem) == (PickupStep.OPEN_FAILED, "jammed")
    assert kinds(flow) == ["help"]


@pytest.mark.parametrize(
    ("kind", "step"),
    [
        ("not_ready", PickupStep.NOT_READY),
        ("busy", PickupStep.BUSY),
        ("too_many", PickupStep.LOCKED),
    ],
)
def test_other_open_failures(kind: str, step: PickupStep) -> None:
    flow = PickupFlow("visit")
    flow.holder_found([cert()])
    flow.open("QJ1")
    [effect] = flow.take_effects()
    flow.open_failed(effect.op, kind)
    assert flow.step is step


def test_a_stale_open_answer_is_ignored() -> None:
    flow = PickupFlow("visit")
    flow.holder_found([cert()])
    flow.open("QJ1")
    [effect] = flow.take_effects()
    flow.opened(effect.op - 1, "1-1")
    assert flow.step is PickupStep.OPENING


def test_left_inside_can_be_opened_once_more_with_a_new_attempt() -> None:
    flow = PickupFlow("visit")
    flow.holder_found([cert()])
    flow.open("QJ1")
    opened(flow)
    flow.cabinet_event("not_collected", "1-1", "QJ1")
    assert flow.step is PickupStep.NOT_COLLECTED
    flow.open("QJ1")
    [effect] = flow.take_effects()
    assert effect.payload["attempt_id"] == "visit-QJ1-2"


def test_the_door_left_open_reminds_then_alarms() -> None:
    clock = Clock()
    flow = PickupFlow("visit", close_reminder_s=30, clock=clock)
    flow.holder_found([cert()])
    flow.open("QJ1")
    opened(flow)
    clock.now += 29
    flow.tick()
    assert not flow.remind_close
    clock.now += 2
    flow.tick()
    assert flow.remind_close
    flow.cabinet_event("door_alarm", "1-1", "QJ1")
    assert flow.alarm and kinds(flow) == ["help"]
    flow.cabinet_event("door_alarm", "1-1", "QJ1")
    assert kinds(flow) == []  # staff are called once
    flow.cabinet_event("collected", "1-1", "QJ1")
    assert not flow.alarm and flow.step is PickupStep.PRINTING


def test_events_of_other_pickups_are_ignored() -> None:
    flow = PickupFlow("visit")
    flow.holder_found([cert()])
    flow.open("QJ1")
    opened(flow)
    flow.cabinet_event("collected", "0-1", "SOMEONE-ELSE")
    assert flow.step is PickupStep.OPEN
