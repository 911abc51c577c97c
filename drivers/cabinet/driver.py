"""Pickup-cabinet lock boards on an RS-485 bus: one :class:`Cabinet` interface, two protocols.

``kerong`` (:class:`KerongCabinet`, Kerong KR-CU16, 16 locks + 16 IR item sensors per board)
and ``generic8a`` (:class:`Generic8ACabinet`, the common "8A" board, up to 24 locks, doors
only) are chosen by the configuration string through the driver registry. Frames, polarity
and the protocol facts we could not verify are in :mod:`drivers.cabinet.frames`.

Numbering: ``board`` is the bus address set on the board's DIP switch (Kerong 0-15, 8A
1-32); ``lock`` is the number printed on the board, 1-based (Kerong's wire index is lock - 1).
A compartment is named ``"<board>-<lock>"`` (:func:`compartment_id`).

Sub-status: ``doors_open`` and ``items_present`` (counts; ``unknown`` without item sensors),
and per compartment ``door.<board>.<lock>`` = ``open|closed`` and ``item.<board>.<lock>`` =
``present|absent|unknown``. Events: ``door_opened``, ``door_closed``, ``item_placed``,
``item_removed`` with ``{"board", "lock", "compartment"}`` (none for the very first reading
of a board: that is the baseline).

Commands (run on the device's worker thread): :meth:`Cabinet.open_lock`,
:meth:`Cabinet.read_board`, :meth:`Cabinet.read_boards`, :meth:`Cabinet.set_unlock_time`,
:meth:`Cabinet.read_unlock_time`.

Faults -> state/action (the :mod:`drivers` tree; the Device template applies them)::

    cannot open the port / unplugged        DeviceUnavailable  no_device, suspend
    nothing answers at open                 DeviceUnavailable  no_device, suspend  (no_answer)
    a board stops answering while polled    DeviceTimeout      hardware_error, reset (no_answer)
    only malformed replies (checksum...)    ProtocolError      hardware_error, reset (bad_frames)
    bytes but no frame (wrong baud rate)    ProtocolError      hardware_error, reset (garbled)
    command not supported by the family     CommandRejected    hardware_error, maintenance
                                                               (unsupported; raised, not polled)

A jammed door is not a device fault: :meth:`Cabinet.open_lock` reports it in its
:class:`OpenResult` (``outcome="jammed"``) and the cabinet service flags the compartment.

RS-485 lessons:

* Half duplex: one request, then silence until its reply or the timeout; keep an
  inter-frame gap before the next request, and throw away whatever is waiting before sending
  (a late reply to the previous request must not be taken as the answer to this one).
* Status reads are retried; an OPEN IS NEVER RETRIED. A lost reply to an open does not mean
  the door stayed shut: resending would open it a second time, and the resident (or a
  passer-by) gets a second go at the compartment. :meth:`Cabinet.open_lock` sends the open
  exactly once and then only reads status to find out what happened.
* The Kerong reply to an unlock is taken at once; the hook may still read "closed" then.
  Confirmation comes from status reads within ``open_confirm_s``.
* Neither protocol numbers its requests. A reply later than the whole retry window can be
  taken for the answer to a later identical request: for a status read its content is then
  stale by that delay (harmless: the next poll corrects it); an open is never retried, and a
  late reply can at worst turn "unconfirmed" into "jammed" - both end with no second open.
"""

from __future__ import annotations

import contextlib
import logging
import time
from abc import abstractmethod
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar, Literal

import serial
import serial.rs485

from drivers.base import Device
from drivers.cabinet.frames import (
    GENERIC8A_BAUDRATE,
    GENERIC8A_DEFAULT_LOCKS,
    KERONG_BAUDRATE,
    KERONG_LOCKS,
    OPEN_HEADER,
    QUERY_HEADER,
    DecodeError,
    Generic8ABitmap,
    Generic8ADecoder,
    Generic8AFrame,
    Generic8ALayout,
    KerongCommand,
    KerongDecoder,
    KerongFrame,
    KerongLayout,
    StreamDecoder,
    generic8a_bitmap_doors,
    generic8a_open,
    generic8a_query,
    generic8a_status_is_open,
    kerong_read_unlock_time,
    kerong_set_unlock_time,
    kerong_status,
    kerong_status_request,
    kerong_unlock,
    kerong_unlock_time_ms,
)
from drivers.errors import (
    CommandRejected,
    DeviceError,
    DeviceTimeout,
    DeviceUnavailable,
    ProtocolError,
)
from drivers.model import DeviceEvent, DeviceState, DeviceStatus

log = logging.getLogger(__name__)

DOOR_OPENED = "door_opened"
DOOR_CLOSED = "door_closed"
ITEM_PLACED = "item_placed"
ITEM_REMOVED = "item_removed"

OpenOutcome = Literal["opened", "jammed", "unconfirmed", "unknown"]


def compartment_id(board: int, lock: int) -> str:
    """``"<board>-<lock>"``, e.g. ``"0-3"`` (Kerong board 0, lock 3)."""
    return f"{board}-{lock}"


def parse_compartment_id(text: str) -> tuple[int, int]:
    """Inverse of :func:`compartment_id`; ``ValueError`` on anything else."""
    board, sep, lock = str(text).partition("-")
    if not sep or not board.isdigit() or not lock.isdigit():
        raise ValueError(f"not a compartment id: {text!r} (want '<board>-<lock>')")
    return int(board), int(lock)


@dataclass(frozen=True, slots=True)
class BoardStatus:
    """One reading of one board: ``doors_open[i]``/``items[i]`` for lock i+1.

    ``items`` is ``None`` for boards without item sensors. ``at`` is ``time.monotonic()``.
    """

    board: int
    doors_open: tuple[bool, ...]
    items: tuple[bool, ...] | None
    at: float

    @property
    def locks(self) -> int:
        return len(self.doors_open)

    def door_open(self, lock: int) -> bool:
        return self.doors_open[lock - 1]

    def item_present(self, lock: int) -> bool | None:
        return None if self.items is None else self.items[lock - 1]

    def to_dict(self) -> dict[str, Any]:
        doors = {str(i + 1): "open" if o else "closed" for i, o in enumerate(self.doors_open)}
        items = (
            None
            if self.items is None
            else {str(i + 1): "present" if p else "absent" for i, p in enumerate(self.items)}
        )
        return {"board": self.board, "doors": doors, "items": items}


@dataclass(frozen=True, slots=True)
class OpenResult:
    """What :meth:`Cabinet.open_lock` found out.

    ``outcome``: ``opened`` (the door was seen open, or the board said so), ``jammed`` (the
    board acknowledged but the door stayed shut), ``unconfirmed`` (no reply and the door
    stayed shut: the command may never have arrived), ``unknown`` (no status could be read
    afterwards). In every case the open command was sent exactly once.
    """

    board: int
    lock: int
    outcome: OpenOutcome
    acknowledged: bool
    reply_says_open: bool | None
    status: BoardStatus | None
    detail: str = ""

    @property
    def opened(self) -> bool:
        return self.outcome == "opened"

    @property
    def compartment(self) -> str:
        return compartment_id(self.board, self.lock)

    def to_dict(self) -> dict[str, Any]:
        return {
            "board": self.board,
            "lock": self.lock,
            "compartment": self.compartment,
            "outcome": self.outcome,
            "acknowledged": self.acknowledged,
            "reply_says_open": self.reply_says_open,
            "detail": self.detail,
            "status": None if self.status is None else self.status.to_dict(),
        }


@dataclass(slots=True)
class _Attempt:
    item: object | None = None
    heard_bytes: bool = False
    heard_frames: bool = False
    bad: DecodeError | None = None

    def merge(self, other: _Attempt) -> None:
        self.item = other.item
        self.heard_bytes = self.heard_bytes or other.heard_bytes
        self.heard_frames = self.heard_frames or other.heard_frames
        self.bad = other.bad or self.bad


class Cabinet(Device):
    """A cabinet of one or more lock boards on one serial port (RS-485 bus).

    Parameters common to both families (all configurable per site, e.g. in the device's TOML
    table): ``port`` (device path, by-id symlink, pty or pyserial URL), ``boards`` (bus
    addresses), ``locks_per_board``, ``baudrate``, ``reply_timeout_s`` (per request),
    ``inter_frame_gap_s`` (bus silence before each request), ``status_retries`` (extra tries
    of a status read; opens are never retried), ``open_confirm_s`` (how long to look for the
    door to open after an open), ``confirm_interval_s``, ``rs485_ioctl`` (switch a kernel
    UART to RS-485 mode with ``TIOCSRS485``; leave off for USB adapters with automatic
    direction control).
    """

    kind = "cabinet"
    sub_status_keys = ("doors_open", "items_present")
    event_names = (DOOR_OPENED, DOOR_CLOSED, ITEM_PLACED, ITEM_REMOVED)
    command_names = (
        "open_lock",
        "read_board",
        "read_boards",
        "set_unlock_time",
        "read_unlock_time",
    )

    default_baudrate: ClassVar[int]
    default_boards: ClassVar[tuple[int, ...]]
    default_locks: ClassVar[int]
    max_locks: ClassVar[int]
    board_range: ClassVar[range]
    has_item_sensors: ClassVar[bool]
    supports_unlock_time: ClassVar[bool] = False
    family_name: ClassVar[str]

    def __init__(
        self,
        device_id: str,
        *,
        port: str,
        boards: Sequence[int] | int | None = None,
        locks_per_board: int | None = None,
        baudrate: int | None = None,
        reply_timeout_s: float = 0.5,
        inter_frame_gap_s: float = 0.005,
        status_retries: int = 2,
        open_confirm_s: float = 2.0,
        confirm_interval_s: float = 0.1,
        io_timeout_s: float = 0.02,
        rs485_ioctl: bool = False,
    ) -> None:
        super().__init__(device_id)
        if boards is None:
            boards = self.default_boards
        elif isinstance(boards, int):
            boards = (boards,)
        self._boards = tuple(int(b) for b in boards)
        if not self._boards or len(set(self._boards)) != len(self._boards):
            raise ValueError("boards must list at least one board address, each once")
        for board in self._boards:
            if board not in self.board_range:
                raise ValueError(
                    f"{self.family_name} board address {board} out of range"
                    f" {self.board_range.start}-{self.board_range.stop - 1}"
                )
        self._locks = int(locks_per_board or self.default_locks)
        if not 1 <= self._locks <= self.max_locks:
            raise ValueError(f"locks_per_board must be 1-{self.max_locks}, not {self._locks}")
        if reply_timeout_s <= 0 or inter_frame_gap_s < 0 or status_retries < 0:
            raise ValueError("need reply_timeout_s > 0, inter_frame_gap_s >= 0, retries >= 0")
        self._port_name = str(port)
        self._baudrate = int(baudrate or self.default_baudrate)
        self._reply_timeout_s = float(reply_timeout_s)
        self._gap_s = float(inter_frame_gap_s)
        self._status_retries = int(status_retries)
        self._open_confirm_s = float(open_confirm_s)
        self._confirm_interval_s = float(confirm_interval_s)
        self._io_timeout_s = float(io_timeout_s)
        self._rs485_ioctl = bool(rs485_ioctl)
        self._port: serial.SerialBase | None = None
        self._decoder = self._new_decoder()
        self._last_bus_activity = 0.0
        self._readings: dict[int, BoardStatus] = {}
        self._events: list[DeviceEvent] = []
        self._replies = 0
        self._bad_frames = 0
        self._stale_bytes = 0
        self._opens_sent = 0

    # ---------------------------------------------------------------- public surface

    @property
    def boards(self) -> tuple[int, ...]:
        return self._boards

    @property
    def locks_per_board(self) -> int:
        return self._locks

    @property
    def readings(self) -> Mapping[int, BoardStatus]:
        """The last good reading of each board (a copy; empty before the first read)."""
        return dict(self._readings)

    def compartments(self) -> list[tuple[int, int]]:
        """Every ``(board, lock)`` of the cabinet, in bus order."""
        return [(b, lock) for b in self._boards for lock in range(1, self._locks + 1)]

    def read_board(self, board: int) -> BoardStatus:
        """Read one board now (retried up to ``status_retries`` times)."""
        self._check_board(board)
        self._require_port()
        reading = self._read_board_raw(board)
        self._record(reading)
        return reading

    def read_boards(self) -> dict[int, BoardStatus]:
        return {board: self.read_board(board) for board in self._boards}

    def open_lock(self, board: int, lock: int) -> OpenResult:
        """Send ONE open command to ``lock`` of ``board``, then find out by status reads
        whether the door opened. Never resends the open (see the module docstring).

        Raises :class:`DeviceUnavailable` only when the port fails while sending (the command
        may be partly sent: read the status before doing anything else).
        """
        self._check_board(board)
        self._check_lock(lock)
        self._require_port()
        where = compartment_id(board, lock)
        log.info("%s: open compartment %s", self.device_id, where)
        self._opens_sent += 1
        attempt = self._attempt(
            self._open_frame(board, lock),
            lambda item: self._is_open_reply(item, board, lock),
            self._reply_timeout_s,
        )
        acknowledged = attempt.item is not None
        reply_says_open: bool | None = None
        if attempt.item is not None:
            try:
                reply_says_open = self._open_reply_says_open(attempt.item, lock)
            except ProtocolError as exc:
                log.warning("%s: odd reply to the open of %s: %s", self.device_id, where, exc)
        detail = "" if acknowledged else "no reply to the open command"
        status: BoardStatus | None = None
        if reply_says_open:
            with contextlib.suppress(DeviceError):
                status = self._confirm_read(board, lock)
            return OpenResult(board, lock, "opened", acknowledged, True, status, detail)
        deadline = time.monotonic() + self._open_confirm_s
        while True:
            try:
                status = self._confirm_read(board, lock)
            except DeviceError as exc:
                detail = f"cannot read the door after the open: {exc}"
            else:
                if status.door_open(lock):
                    return OpenResult(
                        board, lock, "opened", acknowledged, reply_says_open, status, detail
                    )
            if time.monotonic() >= deadline:
                break
            time.sleep(self._confirm_interval_s)
        if status is None:
            outcome: OpenOutcome = "unknown"
        elif acknowledged:
            outcome = "jammed"
            detail = "the board acknowledged the open but the door stayed shut"
        else:
            outcome = "unconfirmed"
        log.warning("%s: open of %s: %s (%s)", self.device_id, where, outcome, detail)
        return OpenResult(board, lock, outcome, acknowledged, reply_says_open, status, detail)

    def set_unlock_time(self, board: int, ms: int) -> int:
        """How long the lock stays released after an open; returns what the board took."""
        raise CommandRejected(
            f"{self.family_name} boards have no unlock-time setting",
            command="set_unlock_time",
            code="unsupported",
        )

    def read_unlock_time(self, board: int) -> int:
        raise CommandRejected(
            f"{self.family_name} boards have no unlock-time setting",
            command="read_unlock_time",
            code="unsupported",
        )

    # ---------------------------------------------------------------- protocol surface

    @abstractmethod
    def _new_decoder(self) -> StreamDecoder: ...

    @abstractmethod
    def _read_board_raw(self, board: int) -> BoardStatus:
        """Read one board through :meth:`_exchange` (no bookkeeping)."""

    @abstractmethod
    def _open_frame(self, board: int, lock: int) -> bytes: ...

    @abstractmethod
    def _is_open_reply(self, item: object, board: int, lock: int) -> bool: ...

    @abstractmethod
    def _open_reply_says_open(self, item: object, lock: int) -> bool | None: ...

    def _confirm_read(self, board: int, lock: int) -> BoardStatus:
        """A reading that tells whether ``lock`` is open (a whole board by default)."""
        return self.read_board(board)

    def _on_open(self) -> None:
        """Family-specific set-up after the first successful read (unlock time...)."""

    # ---------------------------------------------------------------- Device surface

    def _open(self) -> None:
        self._decoder = self._new_decoder()
        self._events.clear()
        try:
            port = serial.serial_for_url(
                self._port_name,
                baudrate=self._baudrate,
                bytesize=serial.EIGHTBITS,
                parity=serial.PARITY_NONE,
                stopbits=serial.STOPBITS_ONE,
                timeout=self._io_timeout_s,
                write_timeout=max(self._reply_timeout_s, 0.5),
            )
        except (serial.SerialException, OSError, ValueError) as exc:
            text = str(exc)
            if self._port_name not in text:
                text = f"cannot open {self._port_name}: {text}"
            raise DeviceUnavailable(text) from exc
        self._port = port
        if self._rs485_ioctl:
            try:
                port.rs485_mode = serial.rs485.RS485Settings()
            except (serial.SerialException, OSError, ValueError) as exc:
                raise DeviceUnavailable(
                    f"{self._port_name} cannot switch to RS-485 mode: {exc}", code="rs485_mode"
                ) from exc
        for board in self._boards:
            try:
                self.read_board(board)
            except DeviceTimeout as exc:
                if exc.code == "no_answer":
                    raise DeviceUnavailable(
                        f"no {self.family_name} board answers on {self._port_name} ({exc.message})",
                        code="no_answer",
                    ) from exc
                raise
        self._on_open()
        log.info(
            "%s: %s boards %s on %s",
            self.device_id,
            self.family_name,
            ",".join(map(str, self._boards)),
            self._port_name,
        )

    def _close(self) -> None:
        port, self._port = self._port, None
        if port is not None:
            with contextlib.suppress(serial.SerialException, OSError):
                port.close()

    def _read_status(self) -> DeviceStatus:
        failure: DeviceError | None = None
        for board in self._boards:
            try:
                self.read_board(board)
            except DeviceUnavailable:
                raise
            except DeviceError as exc:
                # Keep reading the other boards (their events still count), then report.
                failure = failure or exc
        if failure is not None:
            raise failure
        return DeviceStatus(DeviceState.ONLINE, self._sub_status())

    def _take_events(self) -> list[DeviceEvent]:
        events, self._events = self._events, []
        return events

    def _capabilities(self) -> dict[str, Any]:
        return {
            "family": self.family_name,
            "boards": list(self._boards),
            "locks_per_board": self._locks,
            "item_sensors": self.has_item_sensors,
            "unlock_time": self.supports_unlock_time,
            "compartments": [compartment_id(b, lock) for b, lock in self.compartments()],
        }

    def _info(self) -> dict[str, Any]:
        stats = self._decoder.stats
        return {
            "port": self._port_name,
            "baudrate": self._baudrate,
            # Neither protocol has a version query we could verify.
            "firmware": f"{self.family_name} (no version query)",
            "boards": list(self._boards),
            "replies_received": self._replies,
            "bad_frames": self._bad_frames,
            "stale_bytes": self._stale_bytes,
            "discarded_bytes": stats.discarded_bytes,
            "opens_sent": self._opens_sent,
        }

    # ---------------------------------------------------------------- bookkeeping

    def _sub_status(self) -> dict[str, str]:
        sub: dict[str, str] = {}
        doors_open = items_present = 0
        for board in self._boards:
            reading = self._readings.get(board)
            if reading is None:
                continue
            for lock in range(1, reading.locks + 1):
                is_open = reading.door_open(lock)
                item = reading.item_present(lock)
                doors_open += is_open
                items_present += bool(item)
                sub[f"door.{board}.{lock}"] = "open" if is_open else "closed"
                sub[f"item.{board}.{lock}"] = (
                    "unknown" if item is None else "present" if item else "absent"
                )
        sub["doors_open"] = str(doors_open)
        sub["items_present"] = str(items_present) if self.has_item_sensors else "unknown"
        return sub

    def _record(self, reading: BoardStatus) -> None:
        previous = self._readings.get(reading.board)
        self._readings[reading.board] = reading
        if previous is None:
            return  # the baseline: nothing "happened"
        for lock in range(1, reading.locks + 1):
            names: list[str] = []
            was_open, is_open = previous.door_open(lock), reading.door_open(lock)
            if is_open != was_open:
                names.append(DOOR_OPENED if is_open else DOOR_CLOSED)
            had, has = previous.item_present(lock), reading.item_present(lock)
            if had is not None and has is not None and had != has:
                names.append(ITEM_PLACED if has else ITEM_REMOVED)
            # Opening comes before what was done inside; closing comes last.
            names.sort(key=lambda n: {DOOR_OPENED: 0, DOOR_CLOSED: 2}.get(n, 1))
            data = {
                "board": reading.board,
                "lock": lock,
                "compartment": compartment_id(reading.board, lock),
            }
            self._events.extend(DeviceEvent(self.device_id, name, data) for name in names)

    def _check_board(self, board: int) -> None:
        if board not in self._boards:
            raise ValueError(f"board {board} is not configured (boards: {list(self._boards)})")

    def _check_lock(self, lock: int) -> None:
        if not 1 <= lock <= self._locks:
            raise ValueError(f"lock {lock} out of range 1-{self._locks}")

    # ---------------------------------------------------------------- bus I/O

    def _exchange(
        self,
        frame: bytes,
        match: Callable[[object], bool],
        what: str,
        *,
        retries: int | None = None,
    ) -> object:
        """Send ``frame`` and return the first reply ``match`` accepts; retried (for status
        reads and idempotent settings only - never for an open)."""
        tries = 1 + (self._status_retries if retries is None else retries)
        total = _Attempt()
        for _ in range(tries):
            attempt = self._attempt(frame, match, self._reply_timeout_s)
            total.merge(attempt)
            if attempt.item is not None:
                return attempt.item
        raise self._failure(what, total, tries)

    def _attempt(self, frame: bytes, match: Callable[[object], bool], timeout: float) -> _Attempt:
        self._prepare_bus()
        self._write(frame)
        result = _Attempt()
        deadline = time.monotonic() + timeout
        while True:
            chunk = self._read_chunk()
            if chunk:
                result.heard_bytes = True
                self._last_bus_activity = time.monotonic()
            for item in self._decoder.feed(chunk):
                if isinstance(item, DecodeError):
                    self._bad_frames += 1
                    result.bad = item
                    log.debug("%s: dropped %s: %s", self.device_id, item.code, item.data_hex)
                    continue
                result.heard_frames = True
                if match(item):
                    self._replies += 1
                    result.item = item
                    return result
            if time.monotonic() >= deadline:
                return result

    def _failure(self, what: str, total: _Attempt, tries: int) -> DeviceError:
        wait = f"{self._reply_timeout_s:g} s"
        if total.bad is not None:
            exc = ProtocolError(
                f"{what}: only malformed replies ({total.bad.reason})", code="bad_frames"
            )
            exc.data_hex = total.bad.data_hex
            return exc
        if total.heard_bytes and not total.heard_frames:
            return ProtocolError(
                f"{what}: bytes but no frame (wrong baud rate? configured {self._baudrate})",
                code="garbled",
            )
        # Frames that matched nothing are late replies to earlier requests (a slow board):
        # for this request that is still "no answer", and the code must not flip between
        # polls, or a slow board would raise a new error event on every poll.
        late = "; late replies ignored" if total.heard_frames else ""
        plural = "try" if tries == 1 else "tries"
        return DeviceTimeout(
            f"{what}: no answer within {wait} ({tries} {plural}{late})", code="no_answer"
        )

    def _prepare_bus(self) -> None:
        """Inter-frame gap, then drop whatever is still arriving (late replies, noise)."""
        port = self._require_port()
        wait = self._last_bus_activity + self._gap_s - time.monotonic()
        if wait > 0:
            time.sleep(wait)
        try:
            waiting = port.in_waiting
            if waiting:
                self._stale_bytes += len(port.read(waiting))
            port.reset_input_buffer()
        except (serial.SerialException, OSError) as exc:
            raise self._gone(exc) from exc
        self._decoder.reset()

    def _write(self, frame: bytes) -> None:
        port = self._require_port()
        try:
            port.write(frame)
            port.flush()  # until the last stop bit is out: half duplex, the reply follows
        except serial.SerialTimeoutException as exc:
            raise DeviceTimeout(f"write to {self._port_name} timed out") from exc
        except (serial.SerialException, OSError) as exc:
            raise self._gone(exc) from exc
        self._last_bus_activity = time.monotonic()

    def _read_chunk(self) -> bytes:
        port = self._require_port()
        try:
            waiting = port.in_waiting
            data = port.read(waiting or 1)
            if data and not waiting and port.in_waiting:
                data += port.read(port.in_waiting)
        except (serial.SerialException, OSError) as exc:
            raise self._gone(exc) from exc
        return bytes(data)

    def _require_port(self) -> serial.SerialBase:
        if self._port is None:
            raise DeviceUnavailable(f"{self.device_id} is not open")
        return self._port

    def _gone(self, exc: BaseException) -> DeviceUnavailable:
        return DeviceUnavailable(f"{self._port_name} went away: {exc}", code="unplugged")


# ============================================================================ Kerong KR-CU16


class KerongCabinet(Cabinet):
    """Kerong KR-CU16 boards: 16 locks with hook feedback and 16 IR item sensors each.

    Extra parameters: ``unlock_time_ms`` (set on every board at open when given),
    ``lsb_first``, ``hook_closed_bit``, ``item_present_bit`` (:class:`KerongLayout`).
    """

    driver_name = "kerong"
    family_name = "Kerong KR-CU16"
    default_baudrate = KERONG_BAUDRATE
    default_boards = (0,)
    default_locks = KERONG_LOCKS
    max_locks = KERONG_LOCKS
    board_range = range(0, 16)
    has_item_sensors = True
    supports_unlock_time = True

    def __init__(
        self,
        device_id: str,
        *,
        unlock_time_ms: int | None = None,
        lsb_first: bool = True,
        hook_closed_bit: int = 1,
        item_present_bit: int = 1,
        **common: Any,
    ) -> None:
        self._layout = KerongLayout(bool(lsb_first), int(hook_closed_bit), int(item_present_bit))
        self._unlock_time_ms = None if unlock_time_ms is None else int(unlock_time_ms)
        super().__init__(device_id, **common)

    def set_unlock_time(self, board: int, ms: int) -> int:
        self._check_board(board)
        reply = self._exchange(
            kerong_set_unlock_time(board, ms),
            lambda item: self._is_reply(item, board, KerongCommand.SET_UNLOCK_TIME),
            f"set unlock time of board {board}",
        )
        assert isinstance(reply, KerongFrame)
        return kerong_unlock_time_ms(reply)

    def read_unlock_time(self, board: int) -> int:
        self._check_board(board)
        reply = self._exchange(
            kerong_read_unlock_time(board),
            lambda item: self._is_reply(item, board, KerongCommand.READ_UNLOCK_TIME),
            f"read unlock time of board {board}",
        )
        assert isinstance(reply, KerongFrame)
        return kerong_unlock_time_ms(reply)

    def _new_decoder(self) -> KerongDecoder:
        return KerongDecoder("reply")

    def _on_open(self) -> None:
        if self._unlock_time_ms is not None:
            for board in self._boards:
                self.set_unlock_time(board, self._unlock_time_ms)

    @staticmethod
    def _is_reply(item: object, board: int, command: int) -> bool:
        return isinstance(item, KerongFrame) and item.board == board and item.command == command

    def _read_board_raw(self, board: int) -> BoardStatus:
        reply = self._exchange(
            kerong_status_request(board),
            lambda item: self._is_reply(item, board, KerongCommand.STATUS),
            f"board {board}",
        )
        assert isinstance(reply, KerongFrame)
        status = kerong_status(reply, self._layout, self._locks)
        return BoardStatus(board, status.doors_open, status.items, time.monotonic())

    def _open_frame(self, board: int, lock: int) -> bytes:
        return kerong_unlock(board, lock - 1)

    def _is_open_reply(self, item: object, board: int, lock: int) -> bool:
        # Assumed: the reply echoes the request's ADDR; a board-only address is accepted too.
        return (
            self._is_reply(item, board, KerongCommand.UNLOCK)
            and isinstance(item, KerongFrame)
            and item.lock_index in (0, lock - 1)
        )

    def _open_reply_says_open(self, item: object, lock: int) -> bool | None:
        assert isinstance(item, KerongFrame)
        if len(item.data) != 4:
            return None
        # Taken as the command arrives: "closed" here proves nothing, "open" proves it opened.
        return kerong_status(item, self._layout, self._locks).doors_open[lock - 1] or None


# ============================================================================ generic 8A


class Generic8ACabinet(Cabinet):
    """Generic "8A" boards (doors only, no item sensors).

    Extra parameters: ``open_status`` (0x00 or 0x11: the status byte meaning open),
    ``all_query`` (``per_lock``: query each lock, verified frames only; ``bitmap``: one
    all-locks query with the assumed layout), ``bitmap_bytes``, ``bitmap_low_first``,
    ``bitmap_lsb_first``, ``bitmap_closed_bit`` (:class:`Generic8ALayout`).
    """

    driver_name = "generic8a"
    family_name = "generic 8A"
    default_baudrate = GENERIC8A_BAUDRATE
    default_boards = (1,)
    default_locks = GENERIC8A_DEFAULT_LOCKS
    max_locks = 64
    board_range = range(1, 256)
    has_item_sensors = False

    def __init__(
        self,
        device_id: str,
        *,
        open_status: int = 0x00,
        all_query: Literal["per_lock", "bitmap"] = "per_lock",
        bitmap_bytes: int = 3,
        bitmap_low_first: bool = True,
        bitmap_lsb_first: bool = True,
        bitmap_closed_bit: int = 1,
        **common: Any,
    ) -> None:
        self._layout = Generic8ALayout(
            int(open_status),
            all_query,
            int(bitmap_bytes),
            bool(bitmap_low_first),
            bool(bitmap_lsb_first),
            int(bitmap_closed_bit),
        )
        super().__init__(device_id, **common)
        if all_query == "bitmap" and self._locks > bitmap_bytes * 8:
            raise ValueError(f"{bitmap_bytes} bitmap bytes cannot hold {self._locks} locks")

    def _new_decoder(self) -> Generic8ADecoder:
        bitmap = self._layout.bitmap_bytes if self._layout.all_query == "bitmap" else None
        return Generic8ADecoder(bitmap_bytes=bitmap)

    def _read_lock(self, board: int, lock: int) -> bool:
        reply = self._exchange(
            generic8a_query(board, lock),
            lambda item: (
                isinstance(item, Generic8AFrame)
                and item.header == QUERY_HEADER
                and (item.board, item.lock) == (board, lock)
            ),
            f"board {board} lock {lock}",
        )
        assert isinstance(reply, Generic8AFrame)
        return generic8a_status_is_open(reply.status, self._layout)

    def _read_board_raw(self, board: int) -> BoardStatus:
        if self._layout.all_query == "per_lock":
            doors = tuple(self._read_lock(board, lock) for lock in range(1, self._locks + 1))
            return BoardStatus(board, doors, None, time.monotonic())
        assert isinstance(self._decoder, Generic8ADecoder)
        self._decoder.expect_bitmap = True
        try:
            reply = self._exchange(
                generic8a_query(board, 0),
                lambda item: isinstance(item, Generic8ABitmap) and item.board == board,
                f"board {board}",
            )
        finally:
            self._decoder.expect_bitmap = False
        assert isinstance(reply, Generic8ABitmap)
        doors = generic8a_bitmap_doors(reply, self._locks, self._layout)
        return BoardStatus(board, doors, None, time.monotonic())

    def _confirm_read(self, board: int, lock: int) -> BoardStatus:
        previous = self._readings.get(board)
        if previous is None:
            return self.read_board(board)
        is_open = self._read_lock(board, lock)
        doors = list(previous.doors_open)
        doors[lock - 1] = is_open
        reading = BoardStatus(board, tuple(doors), None, time.monotonic())
        self._record(reading)
        return reading

    def _open_frame(self, board: int, lock: int) -> bytes:
        return generic8a_open(board, lock)

    def _is_open_reply(self, item: object, board: int, lock: int) -> bool:
        return (
            isinstance(item, Generic8AFrame)
            and item.header == OPEN_HEADER
            and (item.board, item.lock) == (board, lock)
        )

    def _open_reply_says_open(self, item: object, lock: int) -> bool | None:
        assert isinstance(item, Generic8AFrame)
        # The 8A board answers with its lock feedback: "open" or "failed to open".
        return generic8a_status_is_open(item.status, self._layout)
