"""The vpcd card emulator's wire protocol, with the test playing the vpcd reader side.

(The same emulator against the real pcscd + vpcd is in test_pcsc_driver.py.)
"""

from __future__ import annotations

import socket
import struct
from collections.abc import Iterator

import pytest

from drivers.idcard import apdu, samples
from drivers.idcard.vpcd_card import DEFAULT_ATR, VpcdCard, make_atr

pytestmark = pytest.mark.filterwarnings("error::pytest.PytestUnhandledThreadExceptionWarning")


class FakeVpcd:
    """The reader end of the vpcd protocol: a loopback listener the card connects to."""

    def __init__(self) -> None:
        self.server = socket.create_server(("127.0.0.1", 0))
        self.server.settimeout(5)
        self.port = self.server.getsockname()[1]
        self.conn: socket.socket | None = None

    def accept(self) -> None:
        self.conn, _ = self.server.accept()
        self.conn.settimeout(5)

    def send(self, message: bytes) -> None:
        assert self.conn is not None
        self.conn.sendall(struct.pack(">H", len(message)) + message)

    def recv(self) -> bytes:
        assert self.conn is not None
        head = self._exact(2)
        return self._exact(struct.unpack(">H", head)[0])

    def transmit(self, command: bytes) -> tuple[bytes, int]:
        self.send(command)
        return apdu.split_response(self.recv())

    def _exact(self, n: int) -> bytes:
        assert self.conn is not None
        data = b""
        while len(data) < n:
            chunk = self.conn.recv(n - len(data))
            if not chunk:
                raise EOFError
            data += chunk
        return data

    def close(self) -> None:
        if self.conn is not None:
            self.conn.close()
        self.server.close()


@pytest.fixture
def vpcd() -> Iterator[FakeVpcd]:
    server = FakeVpcd()
    yield server
    server.close()


@pytest.fixture
def card(vpcd: FakeVpcd) -> Iterator[VpcdCard]:
    emulator = VpcdCard(vpcd.port, record="social_security")
    emulator.insert()
    vpcd.accept()
    yield emulator
    emulator.remove()


def test_atr_is_t1_with_a_valid_tck() -> None:
    atr = make_atr(b"AB")
    assert atr[:4] == bytes([0x3B, 0x82, 0x80, 0x01])
    tck = 0
    for byte in atr[1:]:
        tck ^= byte
    assert tck == 0


def test_get_atr(vpcd: FakeVpcd, card: VpcdCard) -> None:
    vpcd.send(b"\x01")  # power on: no answer
    vpcd.send(b"\x04")
    assert vpcd.recv() == DEFAULT_ATR


def test_reads_the_files_of_the_profile(vpcd: FakeVpcd, card: VpcdCard) -> None:
    assert vpcd.transmit(apdu.select_aid(apdu.SOCIAL_SECURITY_DEMO.aid))[1] == 0x9000
    assert vpcd.transmit(apdu.select_ef(0x0006)) == (b"", 0x9000)
    data, sw = vpcd.transmit(apdu.read_binary(0, 0xF0))
    assert sw == apdu.SW_END_OF_FILE
    expected = apdu.files_from_record(apdu.SOCIAL_SECURITY_DEMO, samples.social_security())
    assert data == expected[0x0006]
    assert vpcd.transmit(apdu.read_binary(len(data) + 1, 1))[1] == apdu.SW_WRONG_OFFSET


def test_file_selection_needs_the_application(vpcd: FakeVpcd, card: VpcdCard) -> None:
    assert vpcd.transmit(apdu.select_ef(0x0006))[1] == apdu.SW_FILE_NOT_FOUND


def test_unknown_instruction_and_class(vpcd: FakeVpcd, card: VpcdCard) -> None:
    assert vpcd.transmit(bytes.fromhex("0084000008"))[1] == apdu.SW_INS_NOT_SUPPORTED
    assert vpcd.transmit(bytes.fromhex("80CA9F7F00"))[1] == apdu.SW_CLA_NOT_SUPPORTED


def test_wrong_application_fault(vpcd: FakeVpcd, card: VpcdCard) -> None:
    card.inject("wrong_application")
    assert vpcd.transmit(apdu.select_aid(apdu.SOCIAL_SECURITY_DEMO.aid))[1] == 0x6A82


def test_removed_after_select_closes_the_connection(vpcd: FakeVpcd, card: VpcdCard) -> None:
    card.inject("remove_after_select")
    assert vpcd.transmit(apdu.select_aid(apdu.SOCIAL_SECURITY_DEMO.aid))[1] == 0x9000
    with pytest.raises((EOFError, ConnectionError)):
        vpcd.recv()
    assert not card.inserted


def test_remove_closes_the_connection(vpcd: FakeVpcd, card: VpcdCard) -> None:
    card.remove()
    with pytest.raises((EOFError, ConnectionError)):
        vpcd.recv()
    assert card.apdus == []


def test_the_card_reconnects_when_the_reader_comes_back(vpcd: FakeVpcd, card: VpcdCard) -> None:
    assert vpcd.conn is not None
    vpcd.conn.close()  # pcscd restarted
    vpcd.accept()
    vpcd.send(b"\x04")
    assert vpcd.recv() == DEFAULT_ATR
    assert card.connections == 2
