"""What every ID-card reader must do beyond the generic device contract, over both simulators
(GA 467 on a pty, PC/SC via the real pcscd + vpcd).

The generic contract runs for the ID-card readers in ``test_device_contract.py``:
``IDCARD_DUT_CLASSES`` are listed in ``DUT_CLASSES`` (conftest.py).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from device_contract import DeviceUnderTest, EventRecorder, poll_until
from idcard_duts import IDCARD_DUT_CLASSES, bad_check_digit

from drivers.errors import DeviceUnavailable
from drivers.idcard.errors import BadCheckDigit, CardRemoved, NoCard
from drivers.idcard.reader import IdCardReader
from drivers.model import DeviceErrorEvent, DeviceEvent, DeviceState

# A crash on a worker or simulator thread must fail the test, not just warn.
pytestmark = pytest.mark.filterwarnings("error::pytest.PytestUnhandledThreadExceptionWarning")

_SIMULATED = [cls for cls in IDCARD_DUT_CLASSES if not cls.marks]


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "idcard_dut_class" in metafunc.fixturenames:
        metafunc.parametrize(
            "idcard_dut_class", [pytest.param(cls, id=cls.name) for cls in _SIMULATED]
        )


@pytest.fixture
def dut(
    idcard_dut_class: type[DeviceUnderTest], request: pytest.FixtureRequest, tmp_path: Path
) -> Iterator[DeviceUnderTest]:
    instance = idcard_dut_class.setup(request.config, tmp_path)
    try:
        yield instance
    finally:
        instance.teardown()


@pytest.fixture
def reader(dut: DeviceUnderTest) -> Iterator[IdCardReader]:
    device = dut.make_device("front_reader")
    assert isinstance(device, IdCardReader)
    device.open()
    yield device
    device.close()


def _wait_card(reader: IdCardReader, present: bool = True) -> None:
    assert poll_until(reader, lambda: reader.card_present is present), (
        f"the reader never saw the card {'arrive' if present else 'leave'}"
    )


# ----------------------------------------------------------------------------- ID-card contract


def test_read_card_returns_the_card(dut, reader: IdCardReader) -> None:
    rec = EventRecorder(reader)
    reader.add_listener(rec)
    dut.place_card()
    _wait_card(reader)
    record = reader.read_card()
    expected = dut.sample
    assert (record.name, record.id_number, record.card_type) == (
        expected.name,
        expected.id_number,
        expected.card_type,
    )
    assert record.to_dict() == expected.to_dict()
    assert reader.status.state is DeviceState.ONLINE
    assert [e.name for e in rec.of(DeviceEvent)] == ["card_inserted", "card_read"]


def test_card_read_event_carries_no_personal_data(dut, reader: IdCardReader) -> None:
    rec = EventRecorder(reader)
    reader.add_listener(rec)
    dut.place_card()
    _wait_card(reader)
    record = reader.read_card()
    (event,) = [e for e in rec.of(DeviceEvent) if e.name == "card_read"]
    assert dict(event.data) == {"card_type": record.card_type}
    for secret in (record.name, record.id_number):
        assert secret not in repr(record)
        assert secret not in repr(event)


def test_read_without_card_is_a_card_error_not_a_fault(dut, reader: IdCardReader) -> None:
    rec = EventRecorder(reader)
    reader.add_listener(rec)
    with pytest.raises(NoCard):
        reader.read_card()
    assert reader.status.state is DeviceState.ONLINE
    assert not rec.of(DeviceErrorEvent)


def test_card_taken_away_between_select_and_read(dut, reader: IdCardReader) -> None:
    rec = EventRecorder(reader)
    reader.add_listener(rec)
    dut.place_card()
    _wait_card(reader)
    dut.snatch_after_select()
    with pytest.raises(CardRemoved):
        reader.read_card()
    assert reader.status.state is DeviceState.ONLINE
    assert not rec.of(DeviceErrorEvent)
    _wait_card(reader, present=False)
    assert rec.saw("card_removed")


def test_bad_check_digit_is_rejected_and_the_reader_stays_online(dut, reader: IdCardReader) -> None:
    dut.place_card(bad_check_digit(dut.sample))
    _wait_card(reader)
    with pytest.raises(BadCheckDigit) as info:
        reader.read_card()
    assert dut.sample.id_number[:17] not in str(info.value)
    assert reader.status.state is DeviceState.ONLINE


def test_reading_again_after_a_failure_works(dut, reader: IdCardReader) -> None:
    with pytest.raises(NoCard):
        reader.read_card()
    dut.place_card()
    _wait_card(reader)
    assert reader.read_card().id_number == dut.sample.id_number


def test_read_card_on_a_closed_reader_says_unavailable(dut) -> None:
    device = dut.make_device()
    assert isinstance(device, IdCardReader)
    with pytest.raises(DeviceUnavailable):
        device.read_card()
    assert device.status.state is DeviceState.OFFLINE
