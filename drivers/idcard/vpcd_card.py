"""A smart card on pcscd's virtual reader: speaks the vpcd protocol over loopback TCP.

``vsmartcard-vpcd`` adds a reader to pcscd whose "card slot" is a TCP port (35963 for slot 0 by
default); a card is *inserted* by connecting to it and *removed* by closing the connection.
The wire protocol, every message prefixed with a 2-byte big-endian length:

* 1-byte control messages from the reader: ``00`` power off, ``01`` power on, ``02`` reset,
  ``04`` get ATR (answered with the ATR); nothing else is answered;
* anything longer is a C-APDU, answered with the R-APDU.

The card model is a tiny ISO 7816-4 file system: one application (DF selected by AID) with
transparent EFs, filled from an :class:`~drivers.idcard.records.IdCardRecord` through a
:class:`~drivers.idcard.apdu.CardProfile` (the same mapping the driver reads back). It answers
SELECT by AID, SELECT EF by file id, READ BINARY (``6282`` at the end of a file, ``6B00`` past
it) and refuses everything else with ``6D00``.

Faults (:class:`CardFault`): the card taken away right after the application is selected,
a card of another application, corrupt file contents, slow answers.

Run ``python -m drivers.idcard.vpcd_card --port 35963 --card resident`` to hold a fictional
card in the reader of a running pcscd until Ctrl-C.
"""

from __future__ import annotations

import argparse
import contextlib
import signal
import socket
import struct
import sys
import threading
import time
from collections.abc import Mapping
from enum import StrEnum
from types import FrameType, TracebackType

from drivers.idcard import samples
from drivers.idcard.apdu import (
    SOCIAL_SECURITY_DEMO,
    SW_CLA_NOT_SUPPORTED,
    SW_END_OF_FILE,
    SW_FILE_NOT_FOUND,
    SW_INS_NOT_SUPPORTED,
    SW_OK,
    SW_WRONG_OFFSET,
    SW_WRONG_P1P2,
    CardProfile,
    encode_tlv,
    files_from_record,
)
from drivers.idcard.records import IdCardRecord

DEFAULT_PORT = 35963
POWER_OFF, POWER_ON, RESET, GET_ATR = 0, 1, 2, 4


def make_atr(historical: bytes = b"KIOSKSSC") -> bytes:
    """A T=1 ATR: ``3B 8K 80 01`` + historical bytes + TCK (XOR of T0..the last byte)."""
    if len(historical) > 15:
        raise ValueError("at most 15 historical bytes")
    body = bytes([0x80 | len(historical), 0x80, 0x01]) + historical
    tck = 0
    for byte in body:
        tck ^= byte
    return b"\x3b" + body + bytes([tck])


DEFAULT_ATR = make_atr()


class CardFault(StrEnum):
    REMOVE_AFTER_SELECT = "remove_after_select"  # taken away right after SELECT AID
    WRONG_APPLICATION = "wrong_application"  # another card: SELECT AID -> 6A82
    BAD_DATA = "bad_data"  # the files hold a truncated TLV
    SLOW = "slow"  # every APDU answered after slow_delay_s


class VpcdCard:
    """A card for the vpcd slot on ``host:port``. :meth:`insert` / :meth:`remove` it."""

    def __init__(
        self,
        port: int = DEFAULT_PORT,
        host: str = "127.0.0.1",
        *,
        record: IdCardRecord | str | None = "social_security",
        profile: CardProfile = SOCIAL_SECURITY_DEMO,
        files: Mapping[int, bytes] | None = None,
        atr: bytes = DEFAULT_ATR,
        slow_delay_s: float = 1.0,
        reconnect_s: float = 0.05,
    ) -> None:
        self.host, self.port = host, port
        self.profile = profile
        self.atr = atr
        self.slow_delay_s = slow_delay_s
        self.reconnect_s = reconnect_s
        self._files: dict[int, bytes] = {}
        self.set_content(record, files)
        self._lock = threading.Lock()
        self._faults: set[CardFault] = set()
        self._inserted = threading.Event()
        self._connected = threading.Event()
        self._sock: socket.socket | None = None
        self._thread: threading.Thread | None = None
        self._app_selected = False
        self._current_ef: int | None = None
        self.apdus: list[bytes] = []  # every C-APDU received, for tests
        self.connections = 0

    # ---------------------------------------------------------------- test/demo API

    def set_content(
        self, record: IdCardRecord | str | None, files: Mapping[int, bytes] | None = None
    ) -> None:
        """What the card holds: a record (or a sample kind) mapped through the profile, or
        raw file contents."""
        if files is not None:
            self._files = dict(files)
            return
        if isinstance(record, str):
            record = samples.sample(record)
        self._files = files_from_record(self.profile, record) if record is not None else {}

    @property
    def inserted(self) -> bool:
        return self._inserted.is_set()

    @property
    def connected(self) -> bool:
        """The reader has the card (the TCP connection is up)."""
        return self._connected.is_set()

    def insert(self, *, wait: float | None = 5.0) -> None:
        """Put the card in the reader (connect; reconnect whenever pcscd comes back)."""
        if self._thread is not None and self._thread.is_alive():
            return
        self._inserted.set()
        self._thread = threading.Thread(target=self._run, name="vpcd-card", daemon=True)
        self._thread.start()
        if wait and not self._connected.wait(wait):
            raise TimeoutError(f"vpcd on {self.host}:{self.port} did not take the card")

    def remove(self) -> None:
        """Take the card out (close the connection) and wait for the thread to end."""
        self._inserted.clear()
        self._drop_connection()
        thread, self._thread = self._thread, None
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout=5)

    def inject(self, fault: CardFault | str) -> None:
        with self._lock:
            self._faults.add(CardFault(fault))

    def clear(self, fault: CardFault | str | None = None) -> None:
        with self._lock:
            if fault is None:
                self._faults.clear()
            else:
                self._faults.discard(CardFault(fault))

    @property
    def faults(self) -> frozenset[CardFault]:
        with self._lock:
            return frozenset(self._faults)

    def __enter__(self) -> VpcdCard:
        self.insert()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.remove()

    # ---------------------------------------------------------------- connection

    def _run(self) -> None:
        while self._inserted.is_set():
            try:
                sock = socket.create_connection((self.host, self.port), timeout=1.0)
            except OSError:
                time.sleep(self.reconnect_s)  # pcscd not (yet/again) there
                continue
            sock.settimeout(None)
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            with self._lock:
                if not self._inserted.is_set():
                    sock.close()
                    return
                self._sock = sock
            self.connections += 1
            self._connected.set()
            self._app_selected, self._current_ef = False, None
            try:
                self._serve(sock)
            except OSError:
                pass  # pcscd went away or we were removed
            finally:
                self._connected.clear()
                self._drop_connection()
            if self._inserted.is_set():
                time.sleep(self.reconnect_s)

    def _drop_connection(self) -> None:
        with self._lock:
            sock, self._sock = self._sock, None
        if sock is not None:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()

    def _serve(self, sock: socket.socket) -> None:
        while self._inserted.is_set():
            message = _recv_message(sock)
            if message is None:
                return
            if len(message) == 1:
                if message[0] == GET_ATR:
                    _send_message(sock, self.atr)
                elif message[0] in (POWER_ON, RESET, POWER_OFF):
                    self._app_selected, self._current_ef = False, None
                continue
            self.apdus.append(message)
            faults = self.faults
            if CardFault.SLOW in faults:
                time.sleep(self.slow_delay_s)
            _send_message(sock, self._execute(message, faults))
            if (
                CardFault.REMOVE_AFTER_SELECT in faults
                and message[1] == 0xA4
                and message[2] == 0x04
                and self._app_selected
            ):
                self._inserted.clear()  # the resident pulls the card out
                return

    # ---------------------------------------------------------------- the card

    def _execute(self, apdu: bytes, faults: frozenset[CardFault]) -> bytes:
        if len(apdu) < 4:
            return _sw(SW_WRONG_P1P2)
        cla, ins, p1, p2 = apdu[:4]
        if cla != 0x00:
            return _sw(SW_CLA_NOT_SUPPORTED)
        body = apdu[5 : 5 + apdu[4]] if len(apdu) > 5 else b""
        if ins == 0xA4 and p1 == 0x04:
            if CardFault.WRONG_APPLICATION in faults or body != self.profile.aid:
                self._app_selected = False
                return _sw(SW_FILE_NOT_FOUND)
            self._app_selected, self._current_ef = True, None
            return encode_tlv(0x6F, encode_tlv(0x84, body)) + _sw(SW_OK)
        if ins == 0xA4 and p1 == 0x02:
            fid = int.from_bytes(body, "big") if len(body) == 2 else -1
            if not self._app_selected or fid not in self._files:
                return _sw(SW_FILE_NOT_FOUND)
            self._current_ef = fid
            return _sw(SW_OK)
        if ins == 0xB0:
            if self._current_ef is None:
                return _sw(0x6986)  # command not allowed: no current EF
            content = self._files[self._current_ef]
            if CardFault.BAD_DATA in faults and content:
                content = content[: max(1, len(content) // 2)] + b"\x09\x7f"
            offset = (p1 & 0x7F) << 8 | p2
            le = apdu[4] if len(apdu) == 5 else 0
            le = le or 256
            if offset > len(content):
                return _sw(SW_WRONG_OFFSET)
            chunk = content[offset : offset + le]
            return chunk + _sw(SW_END_OF_FILE if len(chunk) < le else SW_OK)
        return _sw(SW_INS_NOT_SUPPORTED)


def _sw(sw: int) -> bytes:
    return struct.pack(">H", sw)


def _recv_exact(sock: socket.socket, n: int) -> bytes | None:
    data = bytearray()
    while len(data) < n:
        _quick_ack(sock)
        chunk = sock.recv(n - len(data))
        if not chunk:
            return None
        data += chunk
    return bytes(data)


def _quick_ack(sock: socket.socket) -> None:
    """Acknowledge at once. vpcd writes the 2-byte length and the APDU separately; with Nagle
    on its side and delayed ACKs on ours every APDU waited ~40 ms for our ACK (a 5-APDU read
    took 250 ms instead of under 1 ms). Linux resets QUICKACK after each ACK: set it again
    before every receive."""
    if hasattr(socket, "TCP_QUICKACK"):
        with contextlib.suppress(OSError):
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_QUICKACK, 1)


def _recv_message(sock: socket.socket) -> bytes | None:
    head = _recv_exact(sock, 2)
    if head is None:
        return None
    (length,) = struct.unpack(">H", head)
    return _recv_exact(sock, length)


def _send_message(sock: socket.socket, data: bytes) -> None:
    sock.sendall(struct.pack(">H", len(data)) + data)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m drivers.idcard.vpcd_card",
        description="Hold a fictional card in pcscd's virtual (vpcd) reader until Ctrl-C.",
    )
    parser.add_argument("--port", type=int, default=DEFAULT_PORT, help="vpcd slot port")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--card", choices=sorted(samples.KINDS), default="social_security")
    args = parser.parse_args(argv)
    card = VpcdCard(args.port, args.host, record=args.card)
    stop = threading.Event()

    def on_signal(signum: int, frame: FrameType | None) -> None:
        stop.set()

    signal.signal(signal.SIGINT, on_signal)
    signal.signal(signal.SIGTERM, on_signal)
    card.insert(wait=None)
    print(f"card {args.card!r} offered to vpcd on {args.host}:{args.port}; Ctrl-C removes it")
    try:
        while not stop.wait(0.5):
            pass
    finally:
        card.remove()
    return 0


if __name__ == "__main__":
    sys.exit(main())
