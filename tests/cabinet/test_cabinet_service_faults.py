"""Every simulator fault under the cabinet service: it degrades, flags, never opens twice.

After each scenario the simulator's command log proves what the boards received: no open
that should not have happened, and at most one open per pickup attempt.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from cabinet_helpers import WAIT_S, Harness, wait_for

from drivers.cabinet.driver import KerongCabinet, OpenResult
from drivers.cabinet.sim import CabinetSimulator, Fault
from kiosk.services.cabinet import (
    COLLECTED,
    DOOR_ALARM,
    NOT_COLLECTED,
    NOT_READY,
    OPEN_FAILED,
    READY,
    CabinetNotReady,
    CompartmentBusy,
    OpenFailed,
)

pytestmark = pytest.mark.filterwarnings("error::pytest.PytestUnhandledThreadExceptionWarning")

KERONG = pytest.mark.parametrize("family", ["kerong"])


@pytest.fixture
def h(sim: CabinetSimulator, tmp_path: Path) -> Iterator[Harness]:
    harness = Harness(sim, tmp_path / "data", door_alarm_s=0.3)
    yield harness
    harness.close()


def split(compartment: str) -> tuple[int, int]:
    board, _, lock = compartment.partition("-")
    return int(board), int(lock)


def test_jammed_door_fails_the_pickup_flags_it_and_is_not_retried(h: Harness) -> None:
    h.start()
    cid = h.deposit("PU-J")
    h.sim.jam(*split(cid))
    with pytest.raises(OpenFailed) as info:
        h.service.pickup("PU-J").result(WAIT_S)
    assert info.value.reason == "jammed"
    assert h.service.compartment(cid).flag == "door_jammed"
    with pytest.raises(CompartmentBusy):
        h.service.pickup("PU-J").result(WAIT_S)
    assert h.pickup_opens(cid) == 2  # deposit + the one pickup attempt
    assert OPEN_FAILED in h.names(cid)


def test_jammed_door_on_deposit_frees_the_pickup_and_flags_the_compartment(h: Harness) -> None:
    h.sim.inject(Fault.DOOR_JAMMED)
    h.start()
    with pytest.raises(OpenFailed) as info:
        h.service.deposit("PU-JD", staff_id="staff-7").result(WAIT_S)
    view = h.service.compartment(info.value.compartment)
    assert (view.state, view.pickup_id, view.flag) == ("free", None, "door_jammed")
    assert len(h.sim.opens()) == 1


def test_lost_reply_to_the_open_still_serves_once(h: Harness) -> None:
    h.start()
    cid = h.deposit("PU-L")
    h.sim.inject(Fault.DROP_OPEN_REPLY)
    h.service.pickup("PU-L", attempt_id="v").result(WAIT_S)
    h.take_and_close(cid)
    h.wait_event(COLLECTED, cid)
    assert h.pickup_opens(cid) == 2
    assert [c.answered for c in h.sim.opens(*split(cid))] == [True, False]


def test_dead_board_before_the_open_refuses_without_sending(h: Harness) -> None:
    h.start()
    cid = h.deposit("PU-N")
    h.sim.inject(Fault.NO_ANSWER)
    with pytest.raises(CabinetNotReady):
        h.service.pickup("PU-N").result(WAIT_S)
    assert h.pickup_opens(cid) == 1
    h.wait_event(NOT_READY)
    h.sim.clear()
    assert wait_for(lambda: h.service.ready)
    h.service.pickup("PU-N").result(WAIT_S)
    assert h.pickup_opens(cid) == 2


class _DiesAtTheOpen(KerongCabinet):
    """The board dies exactly when the open command goes out (the worst moment)."""

    sim: CabinetSimulator

    def open_lock(self, board: int, lock: int) -> OpenResult:
        self.sim.inject(Fault.NO_ANSWER)
        return super().open_lock(board, lock)


@KERONG
def test_board_dying_at_the_open_is_resolved_by_reading_never_by_reopening(h: Harness) -> None:
    h.start()
    cid = h.deposit("PU-D")
    h.stop()
    _DiesAtTheOpen.sim = h.sim
    h.device_class = _DiesAtTheOpen
    h.start()
    with pytest.raises(OpenFailed) as info:
        h.service.pickup("PU-D", attempt_id="v-d").result(WAIT_S)
    assert info.value.reason == "unknown"
    assert h.service.compartment(cid).state == "pickup_opening"
    h.sim.clear()
    h.wait_event(NOT_COLLECTED, cid)  # read: shut with the certificate inside
    assert h.service.compartment(cid).state == "occupied"
    assert [c.executed for c in h.sim.opens(*split(cid))] == [True, False]


def test_bad_checksums_make_the_cabinet_unavailable_without_opening(h: Harness) -> None:
    h.start()
    cid = h.deposit("PU-C")
    h.sim.inject(Fault.BAD_CHECKSUM)
    with pytest.raises(CabinetNotReady):
        h.service.pickup("PU-C").result(WAIT_S)
    assert h.pickup_opens(cid) == 1
    h.sim.clear()
    assert wait_for(lambda: h.service.ready)


def test_garbage_on_the_line_does_not_disturb_a_pickup(h: Harness) -> None:
    h.sim.inject(Fault.GARBAGE)
    h.start()
    cid = h.deposit("PU-G")
    h.service.pickup("PU-G").result(WAIT_S)
    h.take_and_close(cid)
    h.wait_event(COLLECTED, cid)
    assert h.pickup_opens(cid) == 2
    assert NOT_READY not in h.names()


def test_slow_board_opens_once(h: Harness) -> None:
    h.device_options = {"locks_per_board": 4}  # 8A reads lock by lock: keep the test short
    h.start()
    cid = h.deposit("PU-S")
    h.sim.slow_delay_s = 0.2  # longer than the reply timeout (0.15 s)
    h.sim.inject(Fault.SLOW)
    ticket = h.service.pickup("PU-S", attempt_id="v-s").result(WAIT_S)
    h.sim.clear()
    h.take_and_close(ticket.compartment)
    h.wait_event(COLLECTED, cid)
    assert h.pickup_opens(cid) == 2
    assert len(h.sim.opens()) == 2


def test_door_left_open_on_deposit_raises_the_alarm(h: Harness) -> None:
    h.start()
    ticket = h.service.deposit("PU-O", staff_id="staff-7").result(WAIT_S)
    event = h.wait_event(DOOR_ALARM, ticket.compartment)
    assert event.pickup_id == "PU-O"
    assert ("door_alarm", "PU-O", ticket.compartment) in h.reports()


@KERONG
def test_unplug_stops_service_and_replug_reconciles_first(h: Harness) -> None:
    h.start()
    cid = h.deposit("PU-U")
    h.sim.inject(Fault.UNPLUG)
    h.wait_event(NOT_READY)
    with pytest.raises(CabinetNotReady):
        h.service.pickup("PU-U").result(WAIT_S)
    h.sim.remove_item(*split(cid))  # taken out while the cable was off
    h.events.clear()
    h.sim.clear()
    h.wait_event(READY)
    assert h.service.compartment(cid).flag == "item_missing"
    assert h.pickup_opens(cid) == 1


@pytest.mark.parametrize("fault", [Fault.NO_ANSWER, Fault.BAD_CHECKSUM, Fault.UNPLUG, Fault.SLOW])
def test_start_with_a_faulty_cabinet_serves_nobody_until_it_recovers(
    h: Harness, fault: Fault
) -> None:
    h.sim.slow_delay_s = 1.0  # beyond every retry window
    h.sim.inject(fault)
    service: Any = h.start(ready=False)
    with pytest.raises(CabinetNotReady):
        service.pickup("PU-X").result(WAIT_S)
    h.sim.clear()
    assert wait_for(lambda: service.ready)
    assert h.sim.opens() == []


def test_a_dead_board_takes_only_its_own_compartments_out_of_service(tmp_path: Path) -> None:
    with CabinetSimulator("kerong", boards=(0, 1), link=tmp_path / "cab") as sim:
        h = Harness(sim, tmp_path / "data")
        try:
            h.start()
            on_1 = h.deposit("PU-B1", compartment="1-1")
            sim.inject(Fault.NO_ANSWER, board=1)
            assert wait_for(lambda: h.service.ready_boards == frozenset({0}))
            with pytest.raises(CabinetNotReady):
                h.service.pickup("PU-B1").result(WAIT_S)
            on_0 = h.deposit("PU-B0")  # board 0 still serves
            assert on_0.startswith("0-")
            sim.clear()
            assert wait_for(lambda: h.service.ready_boards == frozenset({0, 1}))
            h.service.pickup("PU-B1").result(WAIT_S)
            assert h.pickup_opens(on_1) == 2
            assert h.service.ready and NOT_READY not in h.names()
        finally:
            h.close()
