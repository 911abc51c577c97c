"""GA 467 SAM simulator: a model of an ID-card reader on the far end of a real pty.

Not a mock: the driver opens the pty slave (or a stable symlink to it) with pyserial exactly as
it opens ``/dev/ttyUSB0``; requests and replies cross the kernel's tty layer as bytes. The
model keeps the SAM's state (card in the field, found, selected) and answers every command of
``PROTOCOLS.md`` section 1 with proper frames and status codes.

Test/demo API: :meth:`Ga467Simulator.place_card` (a sample kind, a record, or raw text-block
bytes), :meth:`~Ga467Simulator.remove_card`, :meth:`~Ga467Simulator.inject` /
:meth:`~Ga467Simulator.clear` of a :class:`Fault`, :meth:`~Ga467Simulator.replug`.

Replugging mirrors ``/dev/serial/by-id``: with ``link=`` the simulator keeps a symlink that it
re-points atomically at each new pty (``inject("unplug")`` removes it, ``clear()`` plugs a new
pty in behind the same link).

Run ``python -m drivers.idcard.sim [--card KIND] [--cycle S] [--link PATH]`` for the demo:
it prints the port to give the driver.

The pty plumbing and its lessons live in :mod:`drivers.simbase`. One lesson is this model's own:
a master write blocks once the slave's queue is full, and unlike the radar's short reports a
reply must not be dropped: it is queued and written as the driver reads (a 1295-byte read reply
may not fit at once).
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from collections import deque
from dataclasses import dataclass
from enum import StrEnum

from drivers.idcard import samples
from drivers.idcard.ga467_frames import (
    PREAMBLE,
    CardContent,
    Command,
    DecodeError,
    FrameDecoder,
    Request,
    Sw3,
    card_content_data,
    parse_request_payload,
    response,
    sam_id_data,
)
from drivers.idcard.records import IdCardRecord, build_text_block
from drivers.simbase import RECENT_COMMANDS, RequestSimulator, serve_until_signalled

DEFAULT_SAM_ID = (5, 1, 20231231, 1234567, 89012345)
_MAX_OUTPUT = 64 * 1024  # nobody reads the slave: drop replies beyond this, like a UART


class Fault(StrEnum):
    GARBAGE = "garbage"  # random bytes (with preamble fragments) before every reply
    BAD_CHECKSUM = "bad_checksum"  # every reply's checksum byte is wrong
    BAD_LENGTH = "bad_length"  # every reply declares one byte more than it carries
    SAM_CHECKSUM = "sam_checksum"  # the SAM claims our requests are corrupt (SW3 10)
    NO_CARD = "no_card"  # the field sees no card even when one lies there
    REMOVE_AFTER_SELECT = "remove_after_select"  # the card is taken away after select
    SILENT = "silent"  # nothing answers (cable cut, SAM hung)
    SLOW = "slow"  # answers only after slow_delay_s
    UNPLUG = "unplug"  # the pty is closed and the port disappears


@dataclass(frozen=True)
class SimCard:
    """A card as the SAM sees it: the raw 256-byte text block, the photo, fingerprints."""

    text: bytes
    photo: bytes
    fingerprint: bytes | None = None
    serial: bytes = bytes.fromhex("0102030405060708")
    newest_address: str | None = None

    @classmethod
    def from_record(cls, record: IdCardRecord, *, newest_address: str | None = None) -> SimCard:
        return cls(
            build_text_block(record),
            record.photo_wlt,
            record.fingerprint,
            newest_address=newest_address,
        )

    def __repr__(self) -> str:
        return f"SimCard({len(self.text)} B text, {len(self.photo)} B photo)"


class Ga467Simulator(RequestSimulator):
    """The SAM + card-field model on a pty; :attr:`port` is the path to give the driver."""

    fault_type = Fault
    _faults: set[Fault]

    def __init__(
        self,
        *,
        link: str | os.PathLike[str] | None = None,
        slow_delay_s: float = 3.0,
        read_delay_s: float = 0.0,
        sam_id: tuple[int, int, int, int, int] = DEFAULT_SAM_ID,
        card: str | IdCardRecord | SimCard | None = None,
        cycle_s: float | None = None,
        seed: int | None = None,
    ) -> None:
        super().__init__(link=link, thread_name="ga467-sim", slow_delay_s=slow_delay_s)
        self.read_delay_s = read_delay_s
        self.sam_id = sam_id
        self._rng = random.Random(seed)
        self._card: SimCard | None = None
        self._found = False
        self._selected = False
        self._cycle_s = cycle_s
        self._cycle_t0 = time.monotonic()
        self._cycle_card = card if card is not None else "resident"
        self._decoder = FrameDecoder()
        self._out = bytearray()
        # ``CMD << 8 | PARA`` of the requests, for tests (the last RECENT_COMMANDS)
        self.commands: deque[int] = deque(maxlen=RECENT_COMMANDS)
        self.replies_sent = 0
        self.bytes_dropped = 0
        if card is not None and cycle_s is None:
            self.place_card(card)

    # ---------------------------------------------------------------- test/demo API

    @property
    def card_present(self) -> bool:
        with self._lock:
            return self._card is not None

    def place_card(self, card: str | IdCardRecord | SimCard | bytes = "resident") -> None:
        """Put a card on the reader: a :mod:`~drivers.idcard.samples` kind (``"resident"``,
        ``"hmt"``, ``"foreign"``, ``"foreign2023"``...), a record, a :class:`SimCard`, or a
        raw 256-byte text block (for cards with impossible data)."""
        if isinstance(card, str):
            card = samples.sample(card)
        if isinstance(card, bytes):
            card = SimCard(card, samples.fictional_blob("raw card photo", 1024))
        if isinstance(card, IdCardRecord):
            card = SimCard.from_record(card)
        with self._lock:
            self._card = card
            self._found = self._selected = False
            self._cycle_s = None

    def remove_card(self) -> None:
        with self._lock:
            self._card = None
            self._found = self._selected = False
            self._cycle_s = None

    def cycle(self, period_s: float | None) -> None:
        """Demo: the sample card lies on the reader for ``period_s``, then is away as long."""
        with self._lock:
            self._cycle_s = period_s
            self._cycle_t0 = time.monotonic()

    # ---------------------------------------------------------------- the model

    def _new_pty(self) -> None:
        super()._new_pty()
        self._decoder = FrameDecoder()
        self._out.clear()

    def _unplug(self) -> None:
        super()._unplug()
        self._out.clear()

    def _next_due(self) -> float | None:
        due = super()._next_due()
        if self._cycle_s:
            soon = time.monotonic() + 0.1
            due = soon if due is None else min(due, soon)
        return due

    def _tick(self, now: float) -> None:
        super()._tick(now)  # held requests first
        self._run_cycle(now)

    def _received(self, data: bytes) -> None:
        for item in self._decoder.feed(data):
            if isinstance(item, DecodeError):
                work: Request | DecodeError = item
            else:
                try:
                    work = parse_request_payload(item.payload)
                except Exception:  # a frame too short for CMD/PARA
                    work = DecodeError("bad_length", "request without CMD/PARA")
                else:
                    self.commands.append(work.command)
            card_read = isinstance(work, Request) and work.cmd == 0x30
            self._answer(work, self.read_delay_s if card_read else 0.0)

    def _run_cycle(self, now: float) -> None:
        with self._lock:
            period, t0, kind = self._cycle_s, self._cycle_t0, self._cycle_card
        if not period:
            return
        should_lie = int((now - t0) // period) % 2 == 1
        with self._lock:
            if should_lie and self._card is None:
                card = kind if not isinstance(kind, str) else samples.sample(kind)
                self._card = card if isinstance(card, SimCard) else SimCard.from_record(card)
                self._found = self._selected = False
            elif not should_lie and self._card is not None:
                self._card = None
                self._found = self._selected = False

    def _execute(self, work: Request | DecodeError) -> None:
        faults = self.faults
        if isinstance(work, DecodeError):
            sw3 = Sw3.CHECKSUM_ERROR if work.code == "bad_checksum" else Sw3.LENGTH_ERROR
            self._reply(sw3)
            return
        if Fault.SAM_CHECKSUM in faults:
            self._reply(Sw3.CHECKSUM_ERROR)
            return
        command = work.command
        with self._lock:
            card = None if Fault.NO_CARD in faults else self._card
            if command == Command.RESET_SAM:
                self._found = self._selected = False
                sw3, data = Sw3.OK, b""
            elif command == Command.SAM_STATUS:
                sw3, data = Sw3.OK, b""
            elif command == Command.SAM_ID:
                sw3, data = Sw3.OK, sam_id_data(self.sam_id)
            elif command == Command.FIND_CARD:
                self._found = card is not None
                self._selected = False
                sw3, data = (Sw3.FIND_OK, bytes(4)) if card is not None else (Sw3.NO_CARD, b"")
            elif command == Command.SELECT_CARD:
                if card is None or not self._found:
                    sw3, data = Sw3.SELECT_FAILED, b""
                else:
                    self._selected = True
                    sw3, data = Sw3.OK, card.serial
                    if Fault.REMOVE_AFTER_SELECT in faults:
                        self._card = None  # the resident snatches the card away
            elif command in (Command.READ_TEXT_PHOTO, Command.READ_TEXT_PHOTO_FINGERPRINT):
                if card is None or not self._selected:
                    sw3, data = Sw3.READ_FAILED, b""
                else:
                    fp = None
                    if command == Command.READ_TEXT_PHOTO_FINGERPRINT:
                        fp = card.fingerprint or b""
                    sw3 = Sw3.OK
                    data = card_content_data(CardContent(card.text, card.photo, fp))
            elif command == Command.READ_NEWEST_ADDRESS:
                if card is None or not self._selected:
                    sw3, data = Sw3.READ_FAILED, b""
                elif card.newest_address is None:
                    sw3, data = Sw3.NO_CONTENT, b""
                else:
                    sw3 = Sw3.OK
                    data = card.newest_address[:35].ljust(35).encode("utf-16-le")
            else:
                sw3, data = Sw3.BAD_COMMAND, b""
        self._reply(sw3, data)

    def _reply(self, sw3: int, data: bytes = b"") -> None:
        faults = self.faults
        frame = bytearray(response(sw3, data))
        if Fault.BAD_CHECKSUM in faults:
            frame[-1] ^= 0x5A
        if Fault.BAD_LENGTH in faults:
            # One byte more declared than sent: the driver waits for a byte that never comes.
            length = int.from_bytes(frame[5:7], "big") + 1
            frame[5:7] = length.to_bytes(2, "big")
        if Fault.GARBAGE in faults:
            frame[0:0] = self._garbage()
        self._send(bytes(frame))
        self.replies_sent += 1

    def _garbage(self) -> bytes:
        junk = bytearray(self._rng.randbytes(self._rng.randint(1, 24)))
        if self._rng.random() < 0.5:  # a stray preamble fragment exercises resynchronisation
            cut = self._rng.randint(1, len(PREAMBLE) - 1)
            at = self._rng.randint(0, len(junk))
            junk[at:at] = PREAMBLE[:cut]
        return bytes(junk)

    def _send(self, data: bytes) -> None:
        if self._master is None:
            return
        if len(self._out) + len(data) > _MAX_OUTPUT:
            self.bytes_dropped += len(data)
            return
        self._out += data
        self._flush_output()

    def _output_pending(self) -> bool:
        return bool(self._out)

    def _flush_output(self) -> None:
        if self._master is None or not self._out:
            return
        try:
            written = os.write(self._master, self._out)
        except BlockingIOError:
            return
        except OSError:
            self._out.clear()
            return
        del self._out[:written]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m drivers.idcard.sim",
        description="Serve a simulated GA 467 ID-card reader on a pty until Ctrl-C.",
    )
    parser.add_argument(
        "--card",
        choices=sorted(samples.KINDS),
        help="a fictional card lying on the reader (default: none)",
    )
    parser.add_argument(
        "--cycle",
        type=float,
        metavar="SECONDS",
        help="the card comes and goes every SECONDS (with --card, default resident)",
    )
    parser.add_argument("--link", help="also serve the pty through this stable symlink path")
    parser.add_argument(
        "--read-delay", type=float, default=0.0, help="seconds a card read takes (real: ~0.8)"
    )
    args = parser.parse_args(argv)
    if args.cycle is not None and args.cycle <= 0:
        parser.error("--cycle must be positive")

    sim = Ga467Simulator(
        link=args.link, card=args.card, cycle_s=args.cycle, read_delay_s=args.read_delay
    )
    if args.cycle:
        scene = f"a {args.card or 'resident'} card every {args.cycle:g} s"
    else:
        scene = f"a {args.card} card on the reader" if args.card else "no card"
    return serve_until_signalled(
        sim, lambda: f"GA 467 simulator on {sim.tty_path} ({scene}); Ctrl-C stops it"
    )


if __name__ == "__main__":
    sys.exit(main())
