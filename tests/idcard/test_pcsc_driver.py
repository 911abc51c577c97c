"""PC/SC driver against the real pcscd with the vpcd virtual reader and the card emulator.

Skipped (with the fix) only where pcscd/vpcd/pyscard are not installed; CI installs them
(scripts/pcsc_test_env.sh).
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import pytest

from drivers.errors import DeviceBusy, DeviceUnavailable
from drivers.idcard import apdu
from drivers.idcard.errors import CardDataError, UnknownCardType
from drivers.model import DeviceState

pytestmark = pytest.mark.filterwarnings("error::pytest.PytestUnhandledThreadExceptionWarning")

SLOT0 = "Virtual PCD 00 00"


@pytest.fixture
def make_reader(pcscd: Any) -> Iterator[Any]:
    from drivers.idcard.pcsc import PcscReader

    made: list[PcscReader] = []

    def make(**options: Any) -> PcscReader:
        options.setdefault("reader", SLOT0)
        device = PcscReader("idcard", **options)
        made.append(device)
        return device

    yield make
    for device in made:
        device.close()


@pytest.fixture
def reader(make_reader: Any) -> Any:
    device = make_reader()
    device.open()
    return device


def wait_present(device: Any, present: bool = True, timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        device.poll()
        if device.card_present is present:
            return
        time.sleep(0.02)
    raise AssertionError("the reader never saw the card change")


# ----------------------------------------------------------------------------- readers


def test_open_finds_the_reader(reader: Any) -> None:
    assert reader.status.state is DeviceState.ONLINE
    assert reader.info()["port"] == SLOT0
    assert set(reader.list_readers()) == {"Virtual PCD 00 00", "Virtual PCD 00 01"}


def test_reader_by_unique_part_of_its_name(make_reader: Any) -> None:
    device = make_reader(reader="PCD 00 01")
    device.open()
    assert device.reader_name == "Virtual PCD 00 01"


def test_port_is_an_alias_of_reader(make_reader: Any) -> None:
    device = make_reader(reader=None, port="PCD 00 01")
    device.open()
    assert device.reader_name == "Virtual PCD 00 01"


def test_first_reader_when_none_is_named(make_reader: Any) -> None:
    device = make_reader(reader=None)
    device.open()
    assert device.reader_name == SLOT0


@pytest.mark.parametrize("name", ["Virtual PCD", "No Such Reader"])
def test_ambiguous_or_unknown_reader_is_no_device(make_reader: Any, name: str) -> None:
    device = make_reader(reader=name)
    with pytest.raises(DeviceUnavailable) as info:
        device.open()
    assert info.value.code == "no_reader"
    assert device.status.state is DeviceState.NO_DEVICE


def test_no_pcscd_at_open_is_no_device(make_reader: Any, pcscd: Any) -> None:
    pcscd.stop()
    device = make_reader()
    with pytest.raises(DeviceUnavailable) as info:
        device.open()
    assert info.value.code == "no_service"


# ----------------------------------------------------------------------------- reading


def test_read_sends_the_profile_apdus(reader: Any, card: Any) -> None:
    card.insert()
    wait_present(reader)
    record = reader.read_card()
    assert record.card_number == "K00000001"
    assert [bytes(a[:4]) for a in card.apdus] == [
        bytes.fromhex("00A40400"),
        bytes.fromhex("00A4020C"),
        bytes.fromhex("00B00000"),
        bytes.fromhex("00A4020C"),
        bytes.fromhex("00B00000"),
    ]


def test_small_read_chunks_read_the_whole_file(make_reader: Any, card: Any) -> None:
    profile = apdu.CardProfile(**{**_profile_fields(), "read_chunk": 8})
    device = make_reader(profile=profile)
    device.open()
    card.insert()
    wait_present(device)
    assert device.read_card().name == "李明"
    assert sum(a[1] == 0xB0 for a in card.apdus) > 4


def test_profile_from_a_mapping(make_reader: Any, card: Any) -> None:
    mapping = {
        "name": "minimal",
        "card_type": "social_security",
        "aid": apdu.SOCIAL_SECURITY_DEMO.aid.hex(),
        "fields": [
            {"key": "id_number", "file": "0006", "tag": "08"},
            {"key": "name", "file": "0006", "tag": "09", "encoding": "gbk"},
        ],
    }
    device = make_reader(profile=mapping)
    device.open()
    card.insert()
    wait_present(device)
    record = device.read_card()
    assert (record.name, record.card_number, record.sex) == ("李明", None, None)


def test_a_card_of_another_application(reader: Any, card: Any) -> None:
    card.inject("wrong_application")
    card.insert()
    wait_present(reader)
    with pytest.raises(UnknownCardType):
        reader.read_card()
    assert reader.status.state is DeviceState.ONLINE


def test_corrupt_card_data(reader: Any, card: Any) -> None:
    card.inject("bad_data")
    card.insert()
    wait_present(reader)
    with pytest.raises(CardDataError):
        reader.read_card()
    assert reader.status.state is DeviceState.ONLINE


def test_card_held_exclusively_by_another_application(reader: Any, card: Any) -> None:
    from smartcard import scard as sc

    card.insert()
    wait_present(reader)
    hr, context = sc.SCardEstablishContext(sc.SCARD_SCOPE_USER)
    hr, handle, _ = sc.SCardConnect(
        context, SLOT0, sc.SCARD_SHARE_EXCLUSIVE, sc.SCARD_PROTOCOL_T0 | sc.SCARD_PROTOCOL_T1
    )
    assert hr == sc.SCARD_S_SUCCESS
    try:
        with pytest.raises(DeviceBusy):
            reader.read_card()
        assert reader.status.state is DeviceState.BUSY
    finally:
        sc.SCardDisconnect(handle, sc.SCARD_LEAVE_CARD)
        sc.SCardReleaseContext(context)
    reader.poll()
    assert reader.status.state is DeviceState.ONLINE
    assert reader.read_card().name == "李明"


# ----------------------------------------------------------------------------- recovery


def test_recovers_on_a_fresh_context_after_pcscd_restarts(reader: Any, card: Any, pcscd) -> None:
    card.insert()
    wait_present(reader)
    pcscd.stop()  # every reader vanishes; the context is dead
    reader.poll()
    assert reader.status.state is DeviceState.NO_DEVICE and not reader.is_open
    pcscd.start()
    reader.open()  # what the DeviceHost does on its backoff schedule
    assert reader.info()["contexts_established"] == 2
    wait_present(reader)  # the card emulator reconnected to the new daemon
    assert reader.read_card().name == "李明"


def test_reader_missing_at_open_is_found_after_it_appears(make_reader: Any, pcscd: Any) -> None:
    pcscd.stop()
    device = make_reader()
    with pytest.raises(DeviceUnavailable):
        device.open()
    pcscd.start()
    device.open()
    assert device.status.state is DeviceState.ONLINE


def _profile_fields() -> dict[str, Any]:
    base = apdu.SOCIAL_SECURITY_DEMO
    return {"name": base.name, "card_type": base.card_type, "aid": base.aid, "fields": base.fields}
