"""Pickup-cabinet simulator: N lock boards of one family on the far end of a real pty.

Not a mock: the driver opens the pty slave (or the stable symlink to it) with pyserial exactly
as it opens ``/dev/ttyUSB0`` behind an RS-485 adapter, and every byte crosses the kernel's tty
layer. The model answers the family's frames (:mod:`drivers.cabinet.frames`): Kerong KR-CU16
boards with 16 compartments (door hook + IR item sensor each), generic 8A boards with 24
compartments (door feedback only).

Compartments: a door opens on an open command (unless jammed) and closes by itself after
``auto_close_s`` (``None``: only when a test calls :meth:`close_door`); a technician's key
opens one too (:meth:`open_with_key`). Items come and go by test calls (:meth:`place_item`,
:meth:`remove_item`), as a hand would put them in.

Faults (:class:`Fault`; :meth:`inject` for every board or one ``board=``): ``no_answer``
(the board is dead: executes and answers nothing), ``bad_checksum``, ``garbage`` (noise before
each reply, sometimes with a stray start byte), ``slow`` (replies after ``slow_delay_s``),
``drop_open_reply`` (an open is executed but its reply is lost: the case that must never lead
to a second open), ``door_jammed`` (opens are acknowledged, doors stay shut; one compartment:
:meth:`jam`), ``door_left_open`` (doors never close by themselves; one compartment:
:meth:`leave_open`), ``unplug`` (the pty disappears; :meth:`clear`/:meth:`replug` brings a new
one behind the same link).

Every frame a board receives is logged in :attr:`commands` (:class:`SimCommand`, with whether
it was executed and answered) and every door opening in :attr:`door_openings`, so tests can
prove that nothing was opened that should not have been, and nothing twice.

Run ``python -m drivers.cabinet.sim --family kerong|generic8a [--boards N] [--link PATH]``:
prints the port to give the driver, serves until Ctrl-C. The pty plumbing and its lessons
(raw mode at once, keep a slave fd open, non-blocking master) live in :mod:`drivers.simbase`.
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
from typing import Literal

from drivers.cabinet.frames import (
    ALL_LOCKS,
    GENERIC8A_DEFAULT_LOCKS,
    KERONG_BAUD_CODES,
    KERONG_BROADCAST,
    KERONG_LOCKS,
    KERONG_STX,
    OPEN_FUNCTION,
    OPEN_HEADER,
    QUERY_FUNCTION,
    QUERY_HEADER,
    Generic8ADecoder,
    Generic8AFrame,
    Generic8ALayout,
    KerongCommand,
    KerongDecoder,
    KerongFrame,
    KerongLayout,
    StreamDecoder,
    generic8a_bitmap_reply,
    generic8a_reply,
    kerong_frame,
    kerong_status_reply,
)
from drivers.simbase import RECENT_COMMANDS, PtySimulator, serve_until_signalled

Family = Literal["kerong", "generic8a"]


class Fault(StrEnum):
    NO_ANSWER = "no_answer"
    BAD_CHECKSUM = "bad_checksum"
    GARBAGE = "garbage"
    SLOW = "slow"
    DROP_OPEN_REPLY = "drop_open_reply"
    DOOR_JAMMED = "door_jammed"
    DOOR_LEFT_OPEN = "door_left_open"
    UNPLUG = "unplug"


#: faults that concern the whole simulator, not one board
_GLOBAL = frozenset({Fault.UNPLUG})


@dataclass(frozen=True, slots=True)
class SimCommand:
    """One frame a board received. ``lock`` is 1-based (``None``: board-wide)."""

    at: float
    board: int
    lock: int | None
    command: str  # status, open, open_all, query, query_all, set_unlock_time, ...
    raw: str
    executed: bool
    answered: bool


@dataclass(slots=True)
class _Compartment:
    door_open: bool = False
    item: bool = False
    jammed: bool = False
    left_open: bool = False
    close_at: float | None = None


class CabinetSimulator(PtySimulator):
    """The board models. Test/demo API: :meth:`start`, :meth:`stop`, :meth:`open_with_key`,
    :meth:`close_door`, :meth:`place_item`, :meth:`remove_item`, :meth:`jam`,
    :meth:`leave_open`, :meth:`inject`, :meth:`clear`, :meth:`replug`, :meth:`opens`;
    :attr:`port` is the path to give the driver."""

    fault_type = Fault
    idle_timeout_s = 1.0
    #: (fault, board); board ``None``: every board
    _faults: set[tuple[Fault, int | None]]

    def __init__(
        self,
        family: Family = "kerong",
        *,
        boards: tuple[int, ...] | None = None,
        locks_per_board: int | None = None,
        link: str | os.PathLike[str] | None = None,
        auto_close_s: float | None = None,
        slow_delay_s: float = 1.0,
        unlock_time_ms: int = 500,
        kerong_layout: KerongLayout | None = None,
        generic8a_layout: Generic8ALayout | None = None,
        seed: int | None = None,
    ) -> None:
        if family not in ("kerong", "generic8a"):
            raise ValueError(f"unknown cabinet family {family!r} (kerong, generic8a)")
        super().__init__(link=link, thread_name=f"cabinet-sim-{family}")
        self.family: Family = family
        if boards is None:
            boards = (0,) if family == "kerong" else (1,)
        self.boards = tuple(boards)
        default_locks = KERONG_LOCKS if family == "kerong" else GENERIC8A_DEFAULT_LOCKS
        self.locks_per_board = int(locks_per_board or default_locks)
        self.auto_close_s = auto_close_s
        self.slow_delay_s = slow_delay_s
        self.kerong_layout = kerong_layout or KerongLayout()
        self.generic8a_layout = generic8a_layout or Generic8ALayout()
        self._unlock_time_ms = dict.fromkeys(self.boards, int(unlock_time_ms))
        self._rng = random.Random(seed)
        self._cells: dict[tuple[int, int], _Compartment] = {
            (b, lock): _Compartment()
            for b in self.boards
            for lock in range(1, self.locks_per_board + 1)
        }
        self._delayed: list[tuple[float, bytes]] = []  # slow replies
        self._delayed_opens: list[tuple[float, int, int]] = []  # Kerong delayed unlock
        self._decoder: StreamDecoder = self._new_decoder()
        #: the frames received, in order (for tests; the last RECENT_COMMANDS)
        self.commands: deque[SimCommand] = deque(maxlen=RECENT_COMMANDS)
        #: every door opening: (monotonic time, board, lock, cause: command|key|delayed)
        self.door_openings: list[tuple[float, int, int, str]] = []
        self.replies_sent = 0

    # ---------------------------------------------------------------- test/demo API

    def door_open(self, board: int, lock: int) -> bool:
        with self._lock:
            return self._cell(board, lock).door_open

    def item_present(self, board: int, lock: int) -> bool:
        with self._lock:
            return self._cell(board, lock).item

    def open_with_key(self, board: int, lock: int) -> None:
        """A technician opens the compartment with the mechanical key."""
        with self._lock:
            self._open_door(board, lock, "key", force=True)
        self._wake()

    def close_door(self, board: int, lock: int) -> None:
        """Somebody pushes the door shut (the lock latches)."""
        with self._lock:
            cell = self._cell(board, lock)
            cell.door_open = False
            cell.close_at = None

    def place_item(self, board: int, lock: int) -> None:
        self.set_item(board, lock, True)

    def remove_item(self, board: int, lock: int) -> None:
        self.set_item(board, lock, False)

    def set_item(self, board: int, lock: int, present: bool) -> None:
        """Put an item in or take it out (works through a shut door too: set-up of a test)."""
        with self._lock:
            self._cell(board, lock).item = bool(present)

    def jam(self, board: int, lock: int, jammed: bool = True) -> None:
        """This compartment's door no longer opens on command (the board still says OK)."""
        with self._lock:
            self._cell(board, lock).jammed = jammed

    def leave_open(self, board: int, lock: int, left_open: bool = True) -> None:
        """Nobody closes this door after it opens (the door-left-open alarm case)."""
        with self._lock:
            cell = self._cell(board, lock)
            cell.left_open = left_open
            if left_open:
                cell.close_at = None

    def opens(self, board: int | None = None, lock: int | None = None) -> list[SimCommand]:
        """Open commands received (executed or not), optionally for one compartment."""
        with self._lock:
            return [
                c
                for c in self.commands
                if c.command in ("open", "open_all", "delayed_open")
                and (board is None or c.board == board)
                and (lock is None or c.lock in (lock, None))
            ]

    def openings(self, board: int | None = None, lock: int | None = None) -> list[str]:
        """Causes of the door openings so far, optionally for one compartment."""
        with self._lock:
            return [
                cause
                for _, b, lk, cause in self.door_openings
                if (board is None or b == board) and (lock is None or lk == lock)
            ]

    def inject(self, fault: Fault | str, board: int | None = None) -> None:
        fault = Fault(fault)
        if fault in _GLOBAL:
            board = None
        with self._lock:
            self._faults.add((fault, board))
            if fault is Fault.DOOR_LEFT_OPEN:
                for (b, _), cell in self._cells.items():
                    if board is None or b == board:
                        cell.close_at = None
        self._fault_injected(fault)

    def _fault_name(self, entry: tuple[Fault, int | None]) -> Fault:
        return entry[0]

    # ---------------------------------------------------------------- model helpers

    def _cell(self, board: int, lock: int) -> _Compartment:
        try:
            return self._cells[(board, lock)]
        except KeyError:
            raise ValueError(f"no compartment {board}-{lock} in this simulator") from None

    def _has(self, fault: Fault, board: int | None) -> bool:
        if (fault, None) in self._faults:
            return True
        return board is not None and (fault, board) in self._faults

    def _open_door(self, board: int, lock: int, cause: str, *, force: bool = False) -> bool:
        """Release the lock (caller holds the lock); returns whether the door opened."""
        cell = self._cell(board, lock)
        if not force and (cell.jammed or self._has(Fault.DOOR_JAMMED, board)):
            return False
        if not cell.door_open:
            self.door_openings.append((time.monotonic(), board, lock, cause))
        cell.door_open = True
        stays = cell.left_open or self._has(Fault.DOOR_LEFT_OPEN, board)
        if self.auto_close_s is not None and not stays:
            cell.close_at = time.monotonic() + self.auto_close_s
        return True

    def _board_doors(self, board: int) -> tuple[list[bool], list[bool]]:
        locks = range(1, self.locks_per_board + 1)
        return (
            [self._cells[(board, lock)].door_open for lock in locks],
            [self._cells[(board, lock)].item for lock in locks],
        )

    # ---------------------------------------------------------------- pty handling

    def _new_decoder(self) -> StreamDecoder:
        return KerongDecoder("request") if self.family == "kerong" else Generic8ADecoder()

    def _new_pty(self) -> None:
        self._decoder = self._new_decoder()
        self._delayed.clear()

    # ---------------------------------------------------------------- the loop

    def _next_due(self) -> float | None:
        with self._lock:
            times = [t for t, _ in self._delayed] + [t for t, _, _ in self._delayed_opens]
            times += [c.close_at for c in self._cells.values() if c.close_at is not None]
        return min(times) if times else None

    def _tick(self, now: float) -> None:
        with self._lock:
            for cell in self._cells.values():
                if cell.close_at is not None and cell.close_at <= now:
                    cell.door_open = False
                    cell.close_at = None
            due_opens = [(b, lk) for t, b, lk in self._delayed_opens if t <= now]
            self._delayed_opens = [x for x in self._delayed_opens if x[0] > now]
            for board, lock in due_opens:
                self._open_door(board, lock, "delayed")
            ready = [data for t, data in self._delayed if t <= now]
            self._delayed = [(t, data) for t, data in self._delayed if t > now]
        for data in ready:
            self._write(data)

    def _flush_delayed(self) -> None:
        with self._lock:
            ready = [data for _, data in self._delayed]
            self._delayed.clear()
        for data in ready:
            self._write(data)

    def _received(self, data: bytes) -> None:
        for item in self._decoder.feed(data):
            if isinstance(item, KerongFrame):
                self._kerong(item)
            elif isinstance(item, Generic8AFrame):
                self._generic8a(item)
            # DecodeError: a board ignores what it cannot parse.

    def _log(
        self, board: int, lock: int | None, command: str, raw: bytes, executed: bool, answered: bool
    ) -> None:
        self.commands.append(
            SimCommand(time.monotonic(), board, lock, command, raw.hex(" "), executed, answered)
        )

    # ---------------------------------------------------------------- Kerong boards

    def _kerong(self, frame: KerongFrame) -> None:
        raw = kerong_frame(frame.address, frame.command, frame.data)
        if frame.address == KERONG_BROADCAST and frame.command == KerongCommand.BUS_STATUS:
            with self._lock:
                for board in self.boards:
                    alive = not self._has(Fault.NO_ANSWER, board)
                    self._log(board, None, "bus_status", raw, alive, alive)
                    if alive:
                        self._kerong_status(board, board << 4, KerongCommand.BUS_STATUS)
            return
        board, lock = frame.board, frame.lock_index + 1
        names = {
            KerongCommand.STATUS: "status",
            KerongCommand.UNLOCK: "open",
            KerongCommand.UNLOCK_ALL: "open_all",
            KerongCommand.SET_UNLOCK_TIME: "set_unlock_time",
            KerongCommand.READ_UNLOCK_TIME: "read_unlock_time",
            KerongCommand.DELAYED_UNLOCK: "delayed_open",
            KerongCommand.SET_BAUD: "set_baud",
        }
        name = names.get(KerongCommand(frame.command), "bus_status")
        with self._lock:
            if board not in self.boards or (
                name in ("open", "delayed_open") and lock > self.locks_per_board
            ):
                self._log(board, lock, name, raw, False, False)  # nobody at that address
                return
            if self._has(Fault.NO_ANSWER, board):
                self._log(board, lock if name.endswith("open") else None, name, raw, False, False)
                return
            answered = not (name == "open" and self._has(Fault.DROP_OPEN_REPLY, board))
            lock_field = lock if name in ("open", "delayed_open") else None
            self._log(board, lock_field, name, raw, True, answered)
            if name == "open":
                self._open_door(board, lock, "command")
            elif name == "open_all":
                for each in range(1, self.locks_per_board + 1):
                    self._open_door(board, each, "command")
            elif name == "set_unlock_time":
                self._unlock_time_ms[board] = int.from_bytes(frame.data, "big") * 10
            elif name == "delayed_open":
                self._delayed_opens.append((time.monotonic() + frame.data[0], board, lock))
            if not answered:
                return
            if name in ("status", "open", "open_all"):
                self._kerong_status(board, frame.address, frame.command)
            elif name in ("set_unlock_time", "read_unlock_time"):
                units = -(-self._unlock_time_ms[board] // 10)
                time_data = units.to_bytes(2, "big")
                self._reply(board, kerong_frame(frame.address, frame.command, time_data))
            elif name == "delayed_open" or (
                name == "set_baud"
                and frame.data[:1] in (bytes([c]) for c in KERONG_BAUD_CODES.values())
            ):
                self._reply(board, kerong_frame(frame.address, frame.command, frame.data))

    def _kerong_status(self, board: int, address: int, command: int) -> None:
        doors, items = self._board_doors(board)
        self._reply(board, kerong_status_reply(address, command, doors, items, self.kerong_layout))

    # ---------------------------------------------------------------- generic 8A boards

    def _generic8a(self, frame: Generic8AFrame) -> None:
        raw = frame.to_bytes()
        layout = self.generic8a_layout
        board, lock = frame.board, frame.lock
        if frame.header == OPEN_HEADER and frame.status == OPEN_FUNCTION:
            name = "open_all" if lock == ALL_LOCKS else "open"
        elif frame.header == QUERY_HEADER and frame.status == QUERY_FUNCTION:
            name = "query_all" if lock == ALL_LOCKS else "query"
        else:
            name = "unknown"
        with self._lock:
            valid_lock = lock == ALL_LOCKS or 1 <= lock <= self.locks_per_board
            if board not in self.boards or name == "unknown" or not valid_lock:
                self._log(board, lock or None, name, raw, False, False)
                return
            if self._has(Fault.NO_ANSWER, board):
                self._log(board, lock or None, name, raw, False, False)
                return
            answered = not (name == "open" and self._has(Fault.DROP_OPEN_REPLY, board))
            self._log(board, lock or None, name, raw, True, answered)
            if name == "open":
                opened = self._open_door(board, lock, "command")
                status = layout.open_status if opened else layout.closed_status
                if answered:
                    self._reply(board, generic8a_reply(OPEN_HEADER, board, lock, status))
            elif name == "open_all":
                for each in range(1, self.locks_per_board + 1):
                    self._open_door(board, each, "command")
                self._reply(board, generic8a_reply(OPEN_HEADER, board, 0, layout.open_status))
            elif name == "query":
                is_open = self._cells[(board, lock)].door_open
                status = layout.open_status if is_open else layout.closed_status
                self._reply(board, generic8a_reply(QUERY_HEADER, board, lock, status))
            else:  # query_all, under the assumed bitmap layout
                doors, _ = self._board_doors(board)
                locked = [not is_open for is_open in doors]
                self._reply(board, generic8a_bitmap_reply(board, locked, layout))

    # ---------------------------------------------------------------- replies

    def _reply(self, board: int, frame: bytes) -> None:
        """Send a board's reply through the active faults (caller holds the lock)."""
        if self._has(Fault.BAD_CHECKSUM, board):
            frame = frame[:-1] + bytes([frame[-1] ^ 0x5A])
        if self._has(Fault.GARBAGE, board):
            frame = self._garbage() + frame
        if self._has(Fault.SLOW, board):
            self._delayed.append((time.monotonic() + self.slow_delay_s, frame))
            return
        self._write(frame)

    def _garbage(self) -> bytes:
        starts = {KERONG_STX} if self.family == "kerong" else {OPEN_HEADER, QUERY_HEADER}
        size = self._rng.randint(1, 12)
        junk = bytearray(b for b in self._rng.randbytes(size) if b not in starts)
        if self._rng.random() < 0.3:  # a stray start byte exercises resynchronisation
            junk.append(self._rng.choice(sorted(starts)))
            tail = self._rng.randbytes(self._rng.randint(0, 2))
            junk += bytes(b for b in tail if b not in starts)
        return bytes(junk)

    def _write(self, data: bytes) -> bool:
        if not super()._write(data):
            return False
        self.replies_sent += 1
        return True


class KerongSimulator(CabinetSimulator):
    """Kerong KR-CU16 boards (``cabinet.kerong`` in the demo launcher)."""

    def __init__(self, **kwargs: object) -> None:
        super().__init__("kerong", **kwargs)  # type: ignore[arg-type]


class Generic8ASimulator(CabinetSimulator):
    """Generic 8A boards (``cabinet.generic8a`` in the demo launcher)."""

    def __init__(self, **kwargs: object) -> None:
        super().__init__("generic8a", **kwargs)  # type: ignore[arg-type]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m drivers.cabinet.sim",
        description="Serve simulated pickup-cabinet lock boards on a pty until Ctrl-C.",
    )
    parser.add_argument("--family", choices=["kerong", "generic8a"], required=True)
    parser.add_argument("--boards", type=int, default=1, help="number of boards (default 1)")
    parser.add_argument("--link", help="also serve the pty through this stable symlink path")
    parser.add_argument(
        "--auto-close",
        type=float,
        default=5.0,
        metavar="SECONDS",
        help="doors close by themselves this long after opening (0: never)",
    )
    parser.add_argument("--items", default="", help="compartments holding an item, e.g. 0-1,0-5")
    args = parser.parse_args(argv)
    first = 0 if args.family == "kerong" else 1
    limit = 16 if args.family == "kerong" else 32
    if not 1 <= args.boards <= limit:
        parser.error(f"--boards must be 1-{limit} for {args.family}")
    sim = CabinetSimulator(
        args.family,
        boards=tuple(range(first, first + args.boards)),
        link=args.link,
        auto_close_s=args.auto_close or None,
    )
    for text in filter(None, (part.strip() for part in args.items.split(","))):
        board, _, lock = text.partition("-")
        try:
            sim.place_item(int(board), int(lock))
        except ValueError:
            parser.error(f"--items: no compartment {text!r}")
    return serve_until_signalled(
        sim,
        lambda: (
            f"{args.family} cabinet simulator, boards {list(sim.boards)} x"
            f" {sim.locks_per_board} compartments, on {sim.tty_path}; Ctrl-C stops it"
        ),
    )


if __name__ == "__main__":
    sys.exit(main())
