"""The cabinet driver against the simulator on a real pty (both families unless noted)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from cabinet_helpers import make_driver

from drivers.cabinet.driver import (
    DOOR_CLOSED,
    DOOR_OPENED,
    ITEM_PLACED,
    ITEM_REMOVED,
    Cabinet,
    Generic8ACabinet,
    parse_compartment_id,
)
from drivers.cabinet.frames import Generic8ALayout, KerongLayout
from drivers.cabinet.sim import CabinetSimulator, Fault
from drivers.errors import CommandRejected, DeviceTimeout, DeviceUnavailable, ProtocolError
from drivers.model import DeviceEvent, DeviceState, Event

# A crash on a worker or simulator thread must fail the test, not just warn.
pytestmark = pytest.mark.filterwarnings("error::pytest.PytestUnhandledThreadExceptionWarning")


@pytest.fixture
def cabinet(sim: CabinetSimulator) -> Iterator[Cabinet]:
    device = make_driver(sim)
    device.open()
    yield device
    device.close()


def board_of(sim: CabinetSimulator) -> int:
    return sim.boards[0]


def class_events(events: list[Event]) -> list[tuple[str, str]]:
    return [(e.name, e.data["compartment"]) for e in events if isinstance(e, DeviceEvent)]


# ----------------------------------------------------------------------- status


def test_open_reads_every_compartment(sim: CabinetSimulator, cabinet: Cabinet) -> None:
    sub = cabinet.status.sub
    assert cabinet.status.state is DeviceState.ONLINE
    assert sub["doors_open"] == "0"
    b = board_of(sim)
    assert sub[f"door.{b}.1"] == "closed"
    assert sub[f"door.{b}.{sim.locks_per_board}"] == "closed"
    expected_item = "absent" if sim.family == "kerong" else "unknown"
    assert sub[f"item.{b}.1"] == expected_item


def test_item_sensor_shows_in_the_board_reading(sim: CabinetSimulator, cabinet: Cabinet) -> None:
    b = board_of(sim)
    sim.place_item(b, 5)
    reading = cabinet.read_board(b)
    assert reading.item_present(5) is (True if sim.family == "kerong" else None)
    assert reading.item_present(6) is (False if sim.family == "kerong" else None)


def test_capabilities_list_compartments(sim: CabinetSimulator, cabinet: Cabinet) -> None:
    caps = cabinet.capabilities()
    assert caps["item_sensors"] is (sim.family == "kerong")
    assert len(caps["compartments"]) == sim.locks_per_board
    assert parse_compartment_id(caps["compartments"][0]) == (board_of(sim), 1)


def test_events_follow_door_and_item(sim: CabinetSimulator, cabinet: Cabinet) -> None:
    events: list[Event] = []
    cabinet.add_listener(events.append)
    b = board_of(sim)
    sim.open_with_key(b, 2)
    sim.place_item(b, 2)
    cabinet.poll()
    sim.remove_item(b, 2)
    sim.close_door(b, 2)
    cabinet.poll()
    cid = f"{b}-2"
    if sim.family == "kerong":
        assert class_events(events) == [
            (DOOR_OPENED, cid),
            (ITEM_PLACED, cid),
            (ITEM_REMOVED, cid),
            (DOOR_CLOSED, cid),
        ]
    else:
        assert class_events(events) == [(DOOR_OPENED, cid), (DOOR_CLOSED, cid)]


def test_first_reading_is_a_baseline_without_events(sim: CabinetSimulator) -> None:
    b = board_of(sim)
    sim.open_with_key(b, 1)
    device = make_driver(sim)
    events: list[Event] = []
    device.add_listener(events.append)
    device.open()
    device.poll()
    device.close()
    assert class_events(events) == []
    assert device.status.sub[f"door.{b}.1"] == "open"


# ----------------------------------------------------------------------- opening


def test_open_lock_opens_exactly_that_door_once(sim: CabinetSimulator, cabinet: Cabinet) -> None:
    b = board_of(sim)
    result = cabinet.open_lock(b, 3)
    assert result.outcome == "opened" and result.acknowledged
    assert sim.door_open(b, 3) and not sim.door_open(b, 4)
    assert [(c.board, c.lock) for c in sim.opens()] == [(b, 3)]


def test_lost_reply_to_an_open_is_confirmed_by_status_not_by_resending(
    sim: CabinetSimulator, cabinet: Cabinet
) -> None:
    b = board_of(sim)
    sim.inject(Fault.DROP_OPEN_REPLY)
    result = cabinet.open_lock(b, 4)
    assert result.outcome == "opened"
    assert not result.acknowledged
    assert len(sim.opens(b, 4)) == 1


def test_jammed_door_is_reported_without_a_second_open(
    sim: CabinetSimulator, cabinet: Cabinet
) -> None:
    b = board_of(sim)
    sim.jam(b, 6)
    result = cabinet.open_lock(b, 6)
    assert result.outcome == "jammed" and result.acknowledged
    assert not sim.door_open(b, 6)
    assert len(sim.opens(b, 6)) == 1


def test_dead_board_makes_an_open_unknown_and_it_is_sent_once(
    sim: CabinetSimulator, cabinet: Cabinet
) -> None:
    b = board_of(sim)
    sim.inject(Fault.NO_ANSWER)
    result = cabinet.open_lock(b, 2)
    assert result.outcome == "unknown"
    assert [c.executed for c in sim.opens(b, 2)] == [False]


def test_slow_reply_to_an_open_is_not_resent(sim: CabinetSimulator) -> None:
    sim.slow_delay_s = 0.3
    cabinet = make_driver(sim)
    cabinet.open()
    b = board_of(sim)
    sim.inject(Fault.SLOW)
    result = cabinet.open_lock(b, 7)
    cabinet.close()
    assert result.outcome in ("opened", "unknown")  # the door did open; reads may be slow too
    assert sim.door_open(b, 7)
    assert len(sim.opens(b, 7)) == 1


def test_open_of_an_unconfigured_lock_is_refused_before_sending(
    sim: CabinetSimulator, cabinet: Cabinet
) -> None:
    with pytest.raises(ValueError):
        cabinet.open_lock(board_of(sim), sim.locks_per_board + 1)
    with pytest.raises(ValueError):
        cabinet.open_lock(99, 1)
    assert sim.opens() == []


def test_second_board_is_addressed_by_its_dip_address(tmp_path: Path, family: str) -> None:
    boards = (0, 1) if family == "kerong" else (1, 2)
    with CabinetSimulator(family, boards=boards, link=tmp_path / "cab") as sim:
        cabinet = make_driver(sim)
        cabinet.open()
        result = cabinet.open_lock(boards[1], sim.locks_per_board)
        cabinet.close()
    assert result.opened
    assert [(c.board, c.lock) for c in sim.opens()] == [(boards[1], sim.locks_per_board)]


# ----------------------------------------------------------------------- faults


def test_status_reads_are_retried_then_reported(sim: CabinetSimulator, cabinet: Cabinet) -> None:
    sim.inject(Fault.BAD_CHECKSUM)
    before = len(sim.commands)
    with pytest.raises(ProtocolError) as info:
        cabinet.read_board(board_of(sim))
    assert info.value.code == "bad_frames"
    assert len(sim.commands) - before == 2  # one try + status_retries=1


def test_garbage_before_replies_is_tolerated(sim: CabinetSimulator, cabinet: Cabinet) -> None:
    sim.inject(Fault.GARBAGE)
    for _ in range(15):
        assert cabinet.poll().state is DeviceState.ONLINE
    assert cabinet.info()["discarded_bytes"] > 0


def test_board_that_stops_answering_is_a_hardware_error(
    sim: CabinetSimulator, cabinet: Cabinet
) -> None:
    sim.inject(Fault.NO_ANSWER)
    status = cabinet.poll()
    assert status.state is DeviceState.HARDWARE_ERROR
    assert "no answer" in status.detail
    assert cabinet.is_open


def test_one_dead_board_does_not_stop_the_others(tmp_path: Path) -> None:
    with CabinetSimulator("kerong", boards=(0, 1), link=tmp_path / "cab") as sim:
        cabinet = make_driver(sim)
        cabinet.open()
        sim.inject(Fault.NO_ANSWER, board=1)
        status = cabinet.poll()
        result = cabinet.open_lock(0, 1)
        cabinet.close()
    assert status.state is DeviceState.HARDWARE_ERROR and "board 1" in status.detail
    assert result.opened


def test_nothing_answering_at_open_is_no_device(sim: CabinetSimulator) -> None:
    sim.inject(Fault.NO_ANSWER)
    cabinet = make_driver(sim)
    with pytest.raises(DeviceUnavailable) as info:
        cabinet.open()
    assert info.value.code == "no_answer"
    assert cabinet.status.state is DeviceState.NO_DEVICE


def test_unplug_closes_and_replug_reopens_behind_the_same_link(
    sim: CabinetSimulator, cabinet: Cabinet
) -> None:
    sim.inject(Fault.UNPLUG)
    status = cabinet.poll()
    assert status.state is DeviceState.NO_DEVICE and not cabinet.is_open
    sim.clear()
    cabinet.open()
    assert cabinet.status.state is DeviceState.ONLINE


def test_late_reply_is_thrown_away_not_taken_for_the_next_answer(sim: CabinetSimulator) -> None:
    sim.slow_delay_s = 0.25
    cabinet = make_driver(sim, reply_timeout_s=0.05, status_retries=0)
    cabinet.open()
    b = board_of(sim)
    sim.inject(Fault.SLOW)
    with pytest.raises(DeviceTimeout):
        cabinet.read_board(b)
    sim.clear(Fault.SLOW)  # the held-back reply is sent now, before the next request
    sim.open_with_key(b, 1)
    reading = cabinet.read_board(b)
    cabinet.close()
    assert reading.door_open(1)
    assert cabinet.info()["stale_bytes"] > 0


# ----------------------------------------------------------------------- family specifics


@pytest.mark.parametrize("family", ["kerong"])
def test_kerong_unlock_time_is_set_and_read(sim: CabinetSimulator, cabinet: Cabinet) -> None:
    assert cabinet.set_unlock_time(0, 800) == 800
    assert cabinet.read_unlock_time(0) == 800


@pytest.mark.parametrize("family", ["kerong"])
def test_kerong_unlock_time_option_is_applied_at_open(sim: CabinetSimulator) -> None:
    cabinet = make_driver(sim, unlock_time_ms=1200)
    cabinet.open()
    cabinet.close()
    assert [c.command for c in sim.commands if c.command.endswith("unlock_time")] == [
        "set_unlock_time"
    ]


@pytest.mark.parametrize("family", ["generic8a"])
def test_8a_has_no_unlock_time(sim: CabinetSimulator, cabinet: Cabinet) -> None:
    with pytest.raises(CommandRejected) as info:
        cabinet.set_unlock_time(1, 500)
    assert info.value.code == "unsupported"


def test_inverted_kerong_polarity_on_both_ends(tmp_path: Path) -> None:
    layout = KerongLayout(lsb_first=False, hook_closed_bit=0, item_present_bit=0)
    with CabinetSimulator("kerong", link=tmp_path / "cab", kerong_layout=layout) as sim:
        sim.place_item(0, 9)
        cabinet = make_driver(sim, lsb_first=False, hook_closed_bit=0, item_present_bit=0)
        cabinet.open()
        result = cabinet.open_lock(0, 9)
        cabinet.close()
    assert result.opened
    assert result.status is not None and result.status.item_present(9)
    assert result.status.doors_open.count(True) == 1


def test_8a_open_status_11_on_both_ends(tmp_path: Path) -> None:
    layout = Generic8ALayout(open_status=0x11)
    with CabinetSimulator("generic8a", link=tmp_path / "cab", generic8a_layout=layout) as sim:
        cabinet = make_driver(sim, open_status=0x11)
        cabinet.open()
        assert cabinet.status.sub["doors_open"] == "0"
        result = cabinet.open_lock(1, 12)
        cabinet.close()
    assert result.opened and result.reply_says_open


def test_8a_bitmap_mode_reads_a_board_in_one_request(tmp_path: Path) -> None:
    layout = Generic8ALayout(all_query="bitmap")
    with CabinetSimulator("generic8a", link=tmp_path / "cab", generic8a_layout=layout) as sim:
        sim.open_with_key(1, 17)
        cabinet = make_driver(sim, all_query="bitmap")
        cabinet.open()
        before = len(sim.commands)
        reading = cabinet.read_board(1)
        cabinet.close()
    assert [i + 1 for i, o in enumerate(reading.doors_open) if o] == [17]
    assert [c.command for c in list(sim.commands)[before:]] == ["query_all"]


def test_8a_bitmap_mode_refuses_more_locks_than_bits() -> None:
    with pytest.raises(ValueError, match="bitmap"):
        Generic8ACabinet("x", port="/nonexistent", all_query="bitmap", bitmap_bytes=2)
