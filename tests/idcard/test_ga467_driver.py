"""GA 467 driver specifics beyond the generic contract, against the SAM simulator on a pty."""

from __future__ import annotations

import logging
import time
from dataclasses import replace
from typing import Any

import pytest

from drivers.errors import DeviceTimeout, DeviceUnavailable, ProtocolError
from drivers.idcard import samples
from drivers.idcard.errors import (
    BadCheckDigit,
    CardDataError,
    CardRemoved,
    NoCard,
    SamFrameError,
)
from drivers.idcard.ga467 import Ga467Reader
from drivers.idcard.ga467_frames import Command
from drivers.idcard.records import CardType
from drivers.idcard.sim import Ga467Simulator, SimCard
from drivers.model import DeviceErrorEvent, DeviceEvent, DeviceState, ErrorAction, Event

pytestmark = pytest.mark.filterwarnings("error::pytest.PytestUnhandledThreadExceptionWarning")


class Recorder:
    def __init__(self, device: Ga467Reader) -> None:
        self.events: list[Event] = []
        device.add_listener(self.events.append)

    def names(self) -> list[str]:
        return [e.name for e in self.events if isinstance(e, DeviceEvent)]

    def errors(self) -> list[DeviceErrorEvent]:
        return [e for e in self.events if isinstance(e, DeviceErrorEvent)]


def poll_until(device: Ga467Reader, predicate: Any, timeout: float = 5.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        device.poll()
        if predicate():
            return True
        time.sleep(0.01)
    return False


# ----------------------------------------------------------------------------- open


def test_open_reads_status_and_sam_id(reader: Ga467Reader, sim: Ga467Simulator) -> None:
    assert reader.status.state is DeviceState.ONLINE
    assert reader.info()["firmware"] == "05.01-20231231-001234567-089012345"
    assert list(sim.commands)[:2] == [Command.SAM_STATUS, Command.SAM_ID]


def test_open_of_a_missing_port_is_no_device(make_reader: Any, tmp_path) -> None:
    device = make_reader(port=str(tmp_path / "nothing"))
    with pytest.raises(DeviceUnavailable):
        device.open()
    assert device.status.state is DeviceState.NO_DEVICE


def test_serial_settings_are_configurable(make_reader: Any) -> None:
    device = make_reader(baudrate=9600, parity="E")
    device.open()  # a pty accepts any settings: the model still answers
    assert device.info()["baudrate"] == 9600


# ----------------------------------------------------------------------------- reading


@pytest.mark.parametrize("kind", samples.SAM_KINDS)
def test_reads_every_card_kind(reader: Ga467Reader, sim: Ga467Simulator, kind: str) -> None:
    sim.place_card(kind)
    record = reader.read_card()
    expected = samples.sample(kind)
    assert record == replace(expected, fingerprint=None)


def test_read_is_find_select_read(reader: Ga467Reader, sim: Ga467Simulator) -> None:
    sim.place_card()
    sim.commands.clear()
    reader.read_card()
    assert list(sim.commands) == [Command.FIND_CARD, Command.SELECT_CARD, Command.READ_TEXT_PHOTO]


def test_fingerprint_read(make_reader: Any, sim: Ga467Simulator) -> None:
    device = make_reader(read_fingerprint=True)
    device.open()
    sim.place_card("resident_fingerprint")
    record = device.read_card()
    assert record.fingerprint == samples.resident(fingerprint=True).fingerprint
    assert Command.READ_TEXT_PHOTO_FINGERPRINT in sim.commands


def test_fingerprint_read_of_a_card_without_fingerprints(make_reader: Any, sim) -> None:
    device = make_reader(read_fingerprint=True)
    device.open()
    sim.place_card("resident")
    assert device.read_card().fingerprint == b""


def test_no_card(reader: Ga467Reader) -> None:
    rec = Recorder(reader)
    with pytest.raises(NoCard):
        reader.read_card()
    assert reader.status.state is DeviceState.ONLINE
    assert not rec.errors()


def test_card_removed_between_select_and_read(reader: Ga467Reader, sim: Ga467Simulator) -> None:
    sim.place_card()
    sim.inject("remove_after_select")
    with pytest.raises(CardRemoved):
        reader.read_card()
    assert reader.status.state is DeviceState.ONLINE


def test_field_losing_the_card_is_no_card(reader: Ga467Reader, sim: Ga467Simulator) -> None:
    sim.place_card()
    sim.inject("no_card")
    with pytest.raises(NoCard):
        reader.read_card()


def test_bad_check_digit_card(reader: Ga467Reader, sim: Ga467Simulator) -> None:
    good = samples.resident()
    sim.place_card(replace(good, id_number=good.id_number[:17] + "0"))
    with pytest.raises(BadCheckDigit):
        reader.read_card()
    assert reader.status.state is DeviceState.ONLINE


def test_check_digit_verification_can_be_disabled(make_reader: Any, sim) -> None:
    device = make_reader(verify_check_digit=False)
    device.open()
    good = samples.resident()
    sim.place_card(replace(good, id_number=good.id_number[:17] + "0"))
    assert device.read_card().id_number.endswith("0")


def test_impossible_card_data(reader: Ga467Reader, sim: Ga467Simulator) -> None:
    sim.place_card(b"\x07\x00" * 128)
    with pytest.raises(CardDataError):
        reader.read_card()


def test_checksum_error_during_read_is_a_reader_fault(reader: Ga467Reader, sim) -> None:
    rec = Recorder(reader)
    sim.place_card()
    sim.inject("bad_checksum")
    with pytest.raises(ProtocolError) as info:
        reader.read_card()
    assert info.value.code == "bad_checksum"
    assert reader.status.state is DeviceState.HARDWARE_ERROR
    assert rec.errors()[-1].action is ErrorAction.RESET
    sim.clear()
    assert poll_until(reader, lambda: reader.status.state is DeviceState.ONLINE)
    assert reader.read_card().name == "李明"


def test_length_error_during_read(reader: Ga467Reader, sim: Ga467Simulator) -> None:
    sim.place_card()
    sim.inject("bad_length")
    with pytest.raises(ProtocolError) as info:
        reader.read_card()
    assert info.value.code == "bad_length"


def test_sam_reporting_our_checksum_wrong(reader: Ga467Reader, sim: Ga467Simulator) -> None:
    sim.place_card()
    sim.inject("sam_checksum")
    with pytest.raises(SamFrameError) as info:
        reader.read_card()
    assert info.value.status == 0x10


def test_garbage_around_replies_is_tolerated(reader: Ga467Reader, sim: Ga467Simulator) -> None:
    sim.place_card("foreign2023")
    sim.inject("garbage")
    for _ in range(5):
        assert reader.read_card().card_type == CardType.FOREIGN_PERMANENT_2023
    assert reader.info()["discarded_bytes"] > 0
    assert reader.status.state is DeviceState.ONLINE


def test_no_answer_during_read_times_out(reader: Ga467Reader, sim: Ga467Simulator) -> None:
    sim.place_card()
    sim.inject("silent")
    with pytest.raises(DeviceTimeout):
        reader.read_card()
    assert reader.status.state is DeviceState.HARDWARE_ERROR


def test_a_late_reply_is_never_taken_for_the_next_answer(reader: Ga467Reader, sim) -> None:
    sim.place_card()
    sim.inject("slow")
    with pytest.raises(DeviceTimeout):
        reader.read_card()  # find times out; its reply comes 0.6 s later
    sim.clear("slow")
    record = reader.read_card()  # waits out the late reply instead of misreading it
    assert record.name == "李明"
    assert reader.info()["late_replies_dropped"] >= 1


def test_polls_during_the_dead_time_send_nothing(reader: Ga467Reader, sim) -> None:
    sim.inject("silent")
    reader.poll()
    assert reader.status.state is DeviceState.HARDWARE_ERROR
    sent = len(sim.commands)
    for _ in range(3):
        reader.poll()
    assert len(sim.commands) == sent


def test_unplug_closes_and_replug_reopens(reader: Ga467Reader, sim: Ga467Simulator) -> None:
    rec = Recorder(reader)
    sim.inject("unplug")
    reader.poll()
    assert reader.status.state is DeviceState.NO_DEVICE
    assert not reader.is_open
    sim.clear()
    reader.open()
    assert reader.status.state is DeviceState.ONLINE
    assert [e.code for e in rec.errors()] == ["unplugged"]


# ----------------------------------------------------------------------------- presence


def test_presence_events_are_debounced(make_reader: Any, sim: Ga467Simulator) -> None:
    device = make_reader(removal_polls=3)
    device.open()
    rec = Recorder(device)
    sim.place_card()
    device.poll()
    assert rec.names() == ["card_inserted"]
    sim.remove_card()
    device.poll()
    device.poll()
    sim.place_card()  # put back before the third miss: the same visit
    device.poll()
    sim.remove_card()
    for _ in range(3):
        device.poll()
    assert rec.names() == ["card_inserted", "card_removed"]
    assert device.status.sub["card"] == "absent"


def test_read_without_a_poll_reports_the_insertion_first(reader: Ga467Reader, sim) -> None:
    rec = Recorder(reader)
    sim.place_card()
    reader.read_card()
    assert rec.names() == ["card_inserted", "card_read"]
    assert reader.status.sub["card"] == "present"


def test_card_type_is_the_only_data_of_card_read(reader: Ga467Reader, sim) -> None:
    rec = Recorder(reader)
    sim.place_card("hmt")
    reader.read_card()
    (event,) = [e for e in rec.events if isinstance(e, DeviceEvent) and e.name == "card_read"]
    assert dict(event.data) == {"card_type": "hmt_residence_permit"}


# ----------------------------------------------------------------------------- commands


def test_sam_commands(reader: Ga467Reader, sim: Ga467Simulator) -> None:
    reader.reset_sam()
    assert reader.sam_status() == "ok"
    assert reader.sam_id().startswith("05.01-")
    assert list(sim.commands)[-3:] == [Command.RESET_SAM, Command.SAM_STATUS, Command.SAM_ID]


def test_newest_address(reader: Ga467Reader, sim: Ga467Simulator) -> None:
    sim.place_card(
        SimCard.from_record(samples.resident(), newest_address="北京市西城区示例胡同9号")
    )
    assert reader.read_newest_address() == "北京市西城区示例胡同9号"


def test_no_newest_address(reader: Ga467Reader, sim: Ga467Simulator) -> None:
    sim.place_card()
    assert reader.read_newest_address() is None


def test_commands_on_a_closed_reader(make_reader: Any) -> None:
    device = make_reader()
    with pytest.raises(DeviceUnavailable):
        device.sam_id()


# ----------------------------------------------------------------------------- privacy


def test_no_card_data_reaches_the_log(
    reader: Ga467Reader, sim: Ga467Simulator, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    record = samples.resident()
    sim.place_card()
    reader.read_card()
    sim.inject("bad_checksum")
    with pytest.raises(ProtocolError):
        reader.read_card()
    sim.clear()
    bad = replace(record, id_number=record.id_number[:17] + "0")
    sim.place_card(bad)
    with pytest.raises(BadCheckDigit):
        reader.read_card()
    text = caplog.text
    for secret in (record.name, record.id_number, record.id_number[:17], record.address):
        assert secret not in text
