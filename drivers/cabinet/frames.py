"""Pickup-cabinet lock boards (RS-485): both wire protocols as pure functions (no I/O).

Two board families (``/work/shared/PROTOCOLS.md`` section 2):

**Generic "8A" board** (9600 8N1, up to 32 boards by DIP address, 1-based):

* open ``8A BB LL 11 CHK``, CHK = XOR of the first 4 bytes (``8A 01 01 11 9B``); ``LL`` = 00
  opens every lock of the board. Reply ``8A BB LL SS CHK``.
* query ``80 BB LL 33 CHK`` (``80 01 01 33 B3``), reply ``80 BB LL SS CHK``.
* ``SS``: which of ``00``/``11`` means "open" depends on the lock's feedback wiring. A public
  vendor sheet (CSDN, "锁控板通讯协议和规格书") shows, for locks whose feedback is shorted
  when locked: open reply ``00`` = opened, ``11`` = failed; query ``11`` = locked. That is our
  default (:class:`Generic8ALayout`), swapped with ``open_status=0x11``.

**Kerong KR-CU16** (19200 8N1): ``02 ADDR CMD [DATA] 03 SUM``, SUM = sum of every preceding
byte & 0xFF. ADDR: high nibble board (0-15), low nibble lock (0-15 on the wire = lock 1-16
printed on the board), ``F0`` broadcast. Status reply (9 bytes):
``02 ADDR CMD hook1-8 hook9-16 IR1-8 IR9-16 03 SUM``.

Unverified, assumed, and configurable where it matters (say so when a real board differs):

* Kerong bit order: bit 0 of ``hook1-8`` is lock 1 (LSB first), hook bit 1 = hook engaged
  (door closed and locked), IR bit 1 = item present (two public drivers read it this way;
  :class:`KerongLayout`).
* Kerong reply lengths (:data:`KERONG_REPLY_DATA_LEN`): unlock (31), unlock all (33) and bus
  status (32) answer with the 4-byte status block like 30; set/read unlock time (37/38) answer
  with the 2-byte time (big-endian, 10 ms units); delayed unlock (39) and baud (40) echo their
  1-byte argument. The baud codes (0 = 9600, 1 = 19200, 2 = 57600, 3 = 115200) come from one
  public driver only.
* Generic 8A all-locks query (``80 BB 00 33``): the reply layout is not documented anywhere
  we could read. :class:`Generic8ALayout` ``all_query="per_lock"`` (default) never sends it
  and queries lock by lock with the verified single-lock frame. ``all_query="bitmap"``
  assumes ``80 BB b1..bn 33 CHK`` with ``n = bitmap_bytes`` (3 for 24 locks), ``b1`` holding
  locks 1-8 (``bitmap_low_first``), bit 0 = lowest lock (``bitmap_lsb_first``) and a set bit
  meaning locked (``bitmap_closed_bit``).
* Generic 8A boards have no item sensor; doors only.

Parsers raise :class:`~drivers.errors.ProtocolError` (never anything else) on bad input; the
stream decoders never raise and return :class:`DecodeError` records for what they discard.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import Enum, IntEnum
from typing import Literal

from drivers.errors import ProtocolError, hex_preview

# ============================================================================ shared bits


def pack_bits(states: Sequence[bool], nbytes: int, *, lsb_first: bool = True) -> bytes:
    """``states[i]`` (lock i+1) as a bit field of ``nbytes`` bytes, lowest locks first."""
    out = bytearray(nbytes)
    for i, state in enumerate(states[: nbytes * 8]):
        if state:
            bit = i % 8 if lsb_first else 7 - i % 8
            out[i // 8] |= 1 << bit
    return bytes(out)


def unpack_bits(data: bytes, count: int, *, lsb_first: bool = True) -> tuple[bool, ...]:
    """The first ``count`` bits of ``data`` (lock 1 first); inverse of :func:`pack_bits`."""
    if count > len(data) * 8:
        raise ProtocolError(f"{len(data)} bytes cannot hold {count} lock bits", data)
    bits = []
    for i in range(count):
        bit = i % 8 if lsb_first else 7 - i % 8
        bits.append(bool(data[i // 8] >> bit & 1))
    return tuple(bits)


@dataclass(frozen=True, slots=True)
class DecodeError:
    """Bytes a stream decoder threw away, and why (returned in the stream, never raised).

    ``code``: ``bad_checksum``, ``bad_tail``, ``unknown_command``, ``nested`` (a frame inside a
    frame) or ``truncated`` (a frame cut short by the next one).
    """

    code: str
    reason: str
    data_hex: str = ""


@dataclass(slots=True)
class DecoderStats:
    frames: int = 0
    errors: int = 0
    discarded_bytes: int = 0
    by_code: dict[str, int] = field(default_factory=dict)


class _Verdict(Enum):
    OK = "ok"
    BAD = "bad"
    INCOMPLETE = "incomplete"


@dataclass(frozen=True, slots=True)
class _Examined:
    verdict: _Verdict
    size: int = 0
    item: object | None = None
    code: str = ""
    reason: str = ""


class StreamDecoder:
    """Resynchronising framer shared by both families (subclasses judge one candidate).

    Rules (the same hard-won ones as the LD2410 decoder):

    * bytes before a start byte are dropped and counted (line noise, a reply cut by opening
      the port mid-stream, the echo of a half-duplex adapter);
    * a candidate with a bad tail/checksum/command is reported as a :class:`DecodeError` and
      only its first byte is dropped: a real start byte may hide inside it;
    * a candidate still waiting for bytes is given up as soon as a complete valid frame starts
      after it, so one stray start byte cannot swallow the next good reply;
    * a candidate that validates but contains another complete valid frame loses to the inner
      one (garbage + a reply can line up so that the checksum happens to match); an inner
      candidate that is still incomplete does not count.
    """

    start_bytes: frozenset[int] = frozenset()
    max_frame: int = 16

    def __init__(self) -> None:
        self.stats = DecoderStats()
        self._buf = bytearray()

    @property
    def pending(self) -> int:
        return len(self._buf)

    def reset(self) -> None:
        """Forget buffered bytes (before a new request; after reopening the port)."""
        self._buf.clear()

    def feed(self, chunk: bytes) -> list[object]:
        self._buf += chunk
        out: list[object] = []
        while True:
            pos = self._find_start(0)
            if pos < 0:
                self._drop(len(self._buf))
                break
            self._drop(pos)
            found = self._examine_nested(0)
            if found.item is not None:
                out.append(found.item)
                self.stats.frames += 1
                del self._buf[: found.size]
            elif found.verdict is _Verdict.BAD:
                out.append(self._error(found.code, found.reason, max(found.size, 5)))
                self._drop(1)
            else:
                later = self._next_good_frame(1)
                if later is None:
                    break
                out.append(self._error("truncated", "frame cut short by a new frame", later))
                self._drop(later)
        return out

    # -- internals

    def _examine(self, pos: int) -> _Examined:
        raise NotImplementedError

    def _find_start(self, start: int) -> int:
        for i in range(start, len(self._buf)):
            if self._buf[i] in self.start_bytes:
                return i
        return -1

    def _examine_nested(self, pos: int) -> _Examined:
        found = self._examine(pos)
        if found.verdict is not _Verdict.OK:
            return found
        inner = self._find_start(pos + 1)
        while 0 <= inner < pos + found.size:
            verdict = self._examine(inner).verdict
            if verdict is _Verdict.OK:
                return _Examined(
                    _Verdict.BAD, found.size, code="nested", reason="frame contains another frame"
                )
            # An inner candidate still waiting for bytes does NOT hold the outer frame back:
            # with one-byte start codes, data bytes equal to a start code are common (lock 2's
            # bit is 0x02), and waiting for bytes that never come would lose every such reply.
            inner = self._find_start(inner + 1)
        return found

    def _next_good_frame(self, start: int) -> int | None:
        pos = self._find_start(start)
        while pos >= 0:
            if self._examine(pos).verdict is _Verdict.OK:
                return pos
            pos = self._find_start(pos + 1)
        return None

    def _error(self, code: str, reason: str, size: int) -> DecodeError:
        self.stats.errors += 1
        self.stats.by_code[code] = self.stats.by_code.get(code, 0) + 1
        return DecodeError(code, reason, hex_preview(bytes(self._buf[:size])))

    def _drop(self, count: int) -> None:
        if count > 0:
            del self._buf[:count]
            self.stats.discarded_bytes += count


# ============================================================================ Kerong KR-CU16

KERONG_BAUDRATE = 19_200
KERONG_LOCKS = 16
KERONG_MAX_BOARD = 15
KERONG_STX = 0x02
KERONG_ETX = 0x03
KERONG_BROADCAST = 0xF0


class KerongCommand(IntEnum):
    STATUS = 0x30
    UNLOCK = 0x31
    BUS_STATUS = 0x32
    UNLOCK_ALL = 0x33
    SET_UNLOCK_TIME = 0x37
    READ_UNLOCK_TIME = 0x38
    DELAYED_UNLOCK = 0x39
    SET_BAUD = 0x40


#: data bytes of host -> board requests
KERONG_REQUEST_DATA_LEN: Mapping[int, int] = {
    KerongCommand.STATUS: 0,
    KerongCommand.UNLOCK: 0,
    KerongCommand.BUS_STATUS: 0,
    KerongCommand.UNLOCK_ALL: 0,
    KerongCommand.SET_UNLOCK_TIME: 2,
    KerongCommand.READ_UNLOCK_TIME: 0,
    KerongCommand.DELAYED_UNLOCK: 1,
    KerongCommand.SET_BAUD: 1,
}
#: data bytes of board -> host replies (partly assumed: see the module docstring)
KERONG_REPLY_DATA_LEN: Mapping[int, int] = {
    KerongCommand.STATUS: 4,
    KerongCommand.UNLOCK: 4,
    KerongCommand.BUS_STATUS: 4,
    KerongCommand.UNLOCK_ALL: 4,
    KerongCommand.SET_UNLOCK_TIME: 2,
    KerongCommand.READ_UNLOCK_TIME: 2,
    KerongCommand.DELAYED_UNLOCK: 1,
    KerongCommand.SET_BAUD: 1,
}
#: baud-rate codes of command 40 (one public source only)
KERONG_BAUD_CODES: Mapping[int, int] = {9600: 0, 19200: 1, 57600: 2, 115200: 3}
KERONG_MAX_UNLOCK_TIME_MS = 0xFFFF * 10
KERONG_MAX_DELAY_S = 250


@dataclass(frozen=True, slots=True)
class KerongLayout:
    """How a status block's bits map to doors and items (assumed defaults, configurable)."""

    lsb_first: bool = True  # bit 0 of hook1-8 is lock 1
    hook_closed_bit: int = 1  # hook bit value meaning "door closed and locked"
    item_present_bit: int = 1  # IR bit value meaning "an item is in the compartment"

    def __post_init__(self) -> None:
        if self.hook_closed_bit not in (0, 1) or self.item_present_bit not in (0, 1):
            raise ValueError("hook_closed_bit and item_present_bit must be 0 or 1")


@dataclass(frozen=True, slots=True)
class KerongFrame:
    """One Kerong frame (either direction): ``address`` = board << 4 | lock index."""

    address: int
    command: int
    data: bytes = b""

    @property
    def board(self) -> int:
        return self.address >> 4

    @property
    def lock_index(self) -> int:
        return self.address & 0x0F


@dataclass(frozen=True, slots=True)
class KerongStatus:
    """A decoded status block: ``doors_open[i]`` / ``items[i]`` for lock i+1."""

    board: int
    doors_open: tuple[bool, ...]
    items: tuple[bool, ...]


def _sum8(data: Iterable[int]) -> int:
    return sum(data) & 0xFF


def kerong_address(board: int, lock_index: int = 0) -> int:
    """ADDR byte of ``board`` (0-15) and wire lock index (0-15 = lock 1-16)."""
    if not 0 <= board <= KERONG_MAX_BOARD:
        raise ValueError(f"Kerong board address {board} out of range 0-15")
    if not 0 <= lock_index < KERONG_LOCKS:
        raise ValueError(f"Kerong lock index {lock_index} out of range 0-15")
    return board << 4 | lock_index


def kerong_frame(address: int, command: int, data: bytes = b"") -> bytes:
    """``02 ADDR CMD [DATA] 03 SUM``."""
    if not 0 <= address <= 0xFF or not 0 <= command <= 0xFF:
        raise ValueError("address and command are single bytes")
    body = bytes([KERONG_STX, address, command]) + bytes(data) + bytes([KERONG_ETX])
    return body + bytes([_sum8(body)])


def kerong_status_request(board: int) -> bytes:
    return kerong_frame(kerong_address(board), KerongCommand.STATUS)


def kerong_unlock(board: int, lock_index: int) -> bytes:
    return kerong_frame(kerong_address(board, lock_index), KerongCommand.UNLOCK)


def kerong_unlock_all(board: int) -> bytes:
    return kerong_frame(kerong_address(board), KerongCommand.UNLOCK_ALL)


def kerong_bus_status() -> bytes:
    return kerong_frame(KERONG_BROADCAST, KerongCommand.BUS_STATUS)


def kerong_unlock_time_units(ms: int) -> bytes:
    """Unlock time in 10 ms units, 2 bytes big-endian (rounded up to whole 10 ms)."""
    if not 0 <= ms <= KERONG_MAX_UNLOCK_TIME_MS:
        raise ValueError(f"unlock time {ms} ms out of range 0-{KERONG_MAX_UNLOCK_TIME_MS}")
    return (-(-ms // 10)).to_bytes(2, "big")


def kerong_set_unlock_time(board: int, ms: int) -> bytes:
    return kerong_frame(
        kerong_address(board), KerongCommand.SET_UNLOCK_TIME, kerong_unlock_time_units(ms)
    )


def kerong_read_unlock_time(board: int) -> bytes:
    return kerong_frame(kerong_address(board), KerongCommand.READ_UNLOCK_TIME)


def kerong_delayed_unlock(board: int, lock_index: int, seconds: int) -> bytes:
    if not 0 <= seconds <= KERONG_MAX_DELAY_S:
        raise ValueError(f"delay {seconds} s out of range 0-{KERONG_MAX_DELAY_S}")
    return kerong_frame(
        kerong_address(board, lock_index), KerongCommand.DELAYED_UNLOCK, bytes([seconds])
    )


def kerong_set_baud(board: int, baudrate: int) -> bytes:
    try:
        code = KERONG_BAUD_CODES[baudrate]
    except KeyError:
        raise ValueError(f"unsupported baud rate {baudrate}") from None
    return kerong_frame(kerong_address(board), KerongCommand.SET_BAUD, bytes([code]))


def kerong_status_block(
    doors_open: Sequence[bool], items: Sequence[bool], layout: KerongLayout = KerongLayout()
) -> bytes:
    """The 4 data bytes of a status reply (what a board sends; used by the simulator)."""
    closed_level = bool(layout.hook_closed_bit)
    present_level = bool(layout.item_present_bit)
    hooks = [closed_level if not is_open else not closed_level for is_open in doors_open]
    irs = [present_level if has else not present_level for has in items]
    hooks += [closed_level] * (KERONG_LOCKS - len(hooks))
    irs += [not present_level] * (KERONG_LOCKS - len(irs))
    return pack_bits(hooks, 2, lsb_first=layout.lsb_first) + pack_bits(
        irs, 2, lsb_first=layout.lsb_first
    )


def kerong_status_reply(
    address: int,
    command: int,
    doors_open: Sequence[bool],
    items: Sequence[bool],
    layout: KerongLayout = KerongLayout(),
) -> bytes:
    return kerong_frame(address, command, kerong_status_block(doors_open, items, layout))


def parse_kerong_frame(frame: bytes, *, data_len: Mapping[int, int] | None = None) -> KerongFrame:
    """Parse one complete Kerong frame; ``data_len`` (per command) checks its length."""
    frame = bytes(frame)
    if len(frame) < 5:
        raise ProtocolError(f"Kerong frame of {len(frame)} bytes (minimum 5)", frame)
    if frame[0] != KERONG_STX:
        raise ProtocolError(f"Kerong frame starts with 0x{frame[0]:02x}, want 0x02", frame)
    if frame[-2] != KERONG_ETX:
        raise ProtocolError(f"Kerong frame has 0x{frame[-2]:02x} before the sum, want 0x03", frame)
    want = _sum8(frame[:-1])
    if frame[-1] != want:
        raise ProtocolError(f"Kerong checksum 0x{frame[-1]:02x}, want 0x{want:02x}", frame)
    address, command, data = frame[1], frame[2], frame[3:-2]
    if data_len is not None:
        expected = data_len.get(command)
        if expected is None:
            raise ProtocolError(f"unknown Kerong command 0x{command:02x}", frame)
        if len(data) != expected:
            raise ProtocolError(
                f"Kerong command 0x{command:02x} with {len(data)} data bytes, want {expected}",
                frame,
            )
    return KerongFrame(address, command, data)


def kerong_status(
    frame: KerongFrame, layout: KerongLayout = KerongLayout(), locks: int = KERONG_LOCKS
) -> KerongStatus:
    """Doors and items of a status block (reply to 30/31/32/33)."""
    if len(frame.data) != 4:
        raise ProtocolError(
            f"Kerong status block of {len(frame.data)} bytes, want 4",
            kerong_frame(frame.address, frame.command, frame.data),
        )
    if not 1 <= locks <= KERONG_LOCKS:
        raise ValueError(f"a KR-CU16 board has 1-16 locks, not {locks}")
    hooks = unpack_bits(frame.data[:2], locks, lsb_first=layout.lsb_first)
    irs = unpack_bits(frame.data[2:], locks, lsb_first=layout.lsb_first)
    doors_open = tuple(hook != bool(layout.hook_closed_bit) for hook in hooks)
    items = tuple(ir == bool(layout.item_present_bit) for ir in irs)
    return KerongStatus(frame.board, doors_open, items)


def kerong_unlock_time_ms(frame: KerongFrame) -> int:
    """The unlock time of a 37/38 reply in milliseconds."""
    if len(frame.data) != 2:
        raise ProtocolError(
            f"Kerong unlock time of {len(frame.data)} bytes, want 2",
            kerong_frame(frame.address, frame.command, frame.data),
        )
    return int.from_bytes(frame.data, "big") * 10


class KerongDecoder(StreamDecoder):
    """Stream decoder for one direction: ``"reply"`` (the driver) or ``"request"`` (a board).

    Kerong frames carry no length: the length comes from the command (``data_len``).
    """

    start_bytes = frozenset({KERONG_STX})

    def __init__(
        self,
        direction: Literal["reply", "request"] = "reply",
        *,
        data_len: Mapping[int, int] | None = None,
    ) -> None:
        super().__init__()
        if data_len is None:
            data_len = KERONG_REPLY_DATA_LEN if direction == "reply" else KERONG_REQUEST_DATA_LEN
        self.data_len = dict(data_len)

    def _examine(self, pos: int) -> _Examined:
        buf = self._buf
        if len(buf) - pos < 3:
            return _Examined(_Verdict.INCOMPLETE)
        command = buf[pos + 2]
        n = self.data_len.get(command)
        if n is None:
            return _Examined(
                _Verdict.BAD, 3, code="unknown_command", reason=f"unknown command 0x{command:02x}"
            )
        size = 5 + n
        if len(buf) - pos < size:
            return _Examined(_Verdict.INCOMPLETE, size)
        frame = bytes(buf[pos : pos + size])
        if frame[-2] != KERONG_ETX:
            return _Examined(_Verdict.BAD, size, code="bad_tail", reason="no 0x03 before the sum")
        if frame[-1] != _sum8(frame[:-1]):
            return _Examined(_Verdict.BAD, size, code="bad_checksum", reason="wrong checksum")
        return _Examined(_Verdict.OK, size, item=KerongFrame(frame[1], frame[2], frame[3:-2]))


# ============================================================================ generic 8A

GENERIC8A_BAUDRATE = 9_600
GENERIC8A_DEFAULT_LOCKS = 24
GENERIC8A_MAX_BOARD = 32
OPEN_HEADER = 0x8A
QUERY_HEADER = 0x80
OPEN_FUNCTION = 0x11
QUERY_FUNCTION = 0x33
ALL_LOCKS = 0x00


@dataclass(frozen=True, slots=True)
class Generic8ALayout:
    """Lock-status polarity and the (assumed) all-locks reply layout."""

    open_status: int = 0x00  # SS meaning "open" (the other of 00/11 means "locked")
    all_query: Literal["per_lock", "bitmap"] = "per_lock"
    bitmap_bytes: int = 3
    bitmap_low_first: bool = True  # first bitmap byte = locks 1-8
    bitmap_lsb_first: bool = True  # bit 0 = lowest lock of the byte
    bitmap_closed_bit: int = 1  # bit value meaning "locked"

    def __post_init__(self) -> None:
        if self.open_status not in (0x00, 0x11):
            raise ValueError("open_status must be 0x00 or 0x11")
        if self.all_query not in ("per_lock", "bitmap"):
            raise ValueError("all_query must be 'per_lock' or 'bitmap'")
        if not 1 <= self.bitmap_bytes <= 8 or self.bitmap_closed_bit not in (0, 1):
            raise ValueError("bitmap_bytes must be 1-8 and bitmap_closed_bit 0 or 1")

    @property
    def closed_status(self) -> int:
        return 0x11 if self.open_status == 0x00 else 0x00


@dataclass(frozen=True, slots=True)
class Generic8AFrame:
    """A 5-byte 8A/80 frame: ``status`` is the function code (11/33) in a request, the lock
    status in a reply."""

    header: int
    board: int
    lock: int
    status: int

    @property
    def is_open_frame(self) -> bool:
        return self.header == OPEN_HEADER

    def to_bytes(self) -> bytes:
        return generic8a_frame(self.header, self.board, self.lock, self.status)


@dataclass(frozen=True, slots=True)
class Generic8ABitmap:
    """An all-locks reply under the assumed ``80 BB b1..bn 33 CHK`` layout."""

    board: int
    data: bytes


def _xor(data: Iterable[int]) -> int:
    value = 0
    for byte in data:
        value ^= byte
    return value


def generic8a_frame(header: int, board: int, lock: int, code: int) -> bytes:
    """``HH BB LL CC CHK`` with CHK = XOR of the four bytes."""
    body = bytes([header, board, lock, code])  # ValueError if any is not a byte
    return body + bytes([_xor(body)])


def _check_8a(board: int, lock: int) -> None:
    if not 0 <= board <= 0xFF or not 0 <= lock <= 0xFF:
        raise ValueError("8A board and lock addresses are single bytes")


def generic8a_open(board: int, lock: int) -> bytes:
    """Open ``lock`` (1-based; 0 = every lock) of ``board``."""
    _check_8a(board, lock)
    return generic8a_frame(OPEN_HEADER, board, lock, OPEN_FUNCTION)


def generic8a_query(board: int, lock: int) -> bytes:
    """Query ``lock`` (1-based; 0 = every lock, reply layout unverified) of ``board``."""
    _check_8a(board, lock)
    return generic8a_frame(QUERY_HEADER, board, lock, QUERY_FUNCTION)


def generic8a_reply(header: int, board: int, lock: int, status: int) -> bytes:
    return generic8a_frame(header, board, lock, status)


def generic8a_bitmap_reply(
    board: int, locked: Sequence[bool], layout: Generic8ALayout = Generic8ALayout()
) -> bytes:
    """An all-locks reply under the assumed layout (``locked[i]`` for lock i+1)."""
    bits = [is_locked == bool(layout.bitmap_closed_bit) for is_locked in locked]
    data = pack_bits(bits, layout.bitmap_bytes, lsb_first=layout.bitmap_lsb_first)
    if not layout.bitmap_low_first:
        data = data[::-1]
    body = bytes([QUERY_HEADER, board]) + data + bytes([QUERY_FUNCTION])
    return body + bytes([_xor(body)])


def parse_generic8a_frame(frame: bytes) -> Generic8AFrame:
    """Parse one 5-byte 8A/80 frame."""
    frame = bytes(frame)
    if len(frame) != 5:
        raise ProtocolError(f"8A frame of {len(frame)} bytes, want 5", frame)
    if frame[0] not in (OPEN_HEADER, QUERY_HEADER):
        raise ProtocolError(f"8A frame header 0x{frame[0]:02x}, want 0x8a or 0x80", frame)
    want = _xor(frame[:4])
    if frame[4] != want:
        raise ProtocolError(f"8A checksum 0x{frame[4]:02x}, want 0x{want:02x}", frame)
    return Generic8AFrame(frame[0], frame[1], frame[2], frame[3])


def parse_generic8a_bitmap(
    frame: bytes, layout: Generic8ALayout = Generic8ALayout()
) -> Generic8ABitmap:
    """Parse an all-locks reply under the assumed layout."""
    frame = bytes(frame)
    size = layout.bitmap_bytes + 4
    if len(frame) != size:
        raise ProtocolError(f"8A all-locks reply of {len(frame)} bytes, want {size}", frame)
    if frame[0] != QUERY_HEADER or frame[-2] != QUERY_FUNCTION:
        raise ProtocolError("not an 8A all-locks reply (80 BB .. 33 CHK)", frame)
    want = _xor(frame[:-1])
    if frame[-1] != want:
        raise ProtocolError(f"8A checksum 0x{frame[-1]:02x}, want 0x{want:02x}", frame)
    return Generic8ABitmap(frame[1], frame[2:-2])


def generic8a_status_is_open(status: int, layout: Generic8ALayout = Generic8ALayout()) -> bool:
    """Whether a reply's lock status byte means open; anything but 00/11 is a protocol error."""
    if status == layout.open_status:
        return True
    if status == layout.closed_status:
        return False
    raise ProtocolError(f"8A lock status 0x{status:02x} is neither 0x00 nor 0x11", bytes([status]))


def generic8a_bitmap_doors(
    reply: Generic8ABitmap, locks: int, layout: Generic8ALayout = Generic8ALayout()
) -> tuple[bool, ...]:
    """``doors_open[i]`` for lock i+1 from an all-locks reply."""
    data = reply.data if layout.bitmap_low_first else reply.data[::-1]
    bits = unpack_bits(data, locks, lsb_first=layout.bitmap_lsb_first)
    return tuple(bit != bool(layout.bitmap_closed_bit) for bit in bits)


class Generic8ADecoder(StreamDecoder):
    """Stream decoder for 8A/80 frames.

    5-byte frames carry no length either; the all-locks reply is longer. The driver says when
    it waits for one (:attr:`expect_bitmap`): a 5-byte prefix of it can pass the XOR check
    by chance, so without the hint only 5-byte frames are recognised.
    """

    start_bytes = frozenset({OPEN_HEADER, QUERY_HEADER})

    def __init__(self, *, bitmap_bytes: int | None = None) -> None:
        super().__init__()
        self.bitmap_bytes = bitmap_bytes
        self.expect_bitmap = False

    def _examine(self, pos: int) -> _Examined:
        buf = self._buf
        if self.expect_bitmap and self.bitmap_bytes and buf[pos] == QUERY_HEADER:
            size = self.bitmap_bytes + 4
            if len(buf) - pos < size:
                return _Examined(_Verdict.INCOMPLETE, size)
            frame = bytes(buf[pos : pos + size])
            if frame[-2] == QUERY_FUNCTION and frame[-1] == _xor(frame[:-1]):
                return _Examined(_Verdict.OK, size, item=Generic8ABitmap(frame[1], frame[2:-2]))
        if len(buf) - pos < 5:
            return _Examined(_Verdict.INCOMPLETE, 5)
        frame = bytes(buf[pos : pos + 5])
        if frame[4] != _xor(frame[:4]):
            return _Examined(_Verdict.BAD, 5, code="bad_checksum", reason="wrong XOR checksum")
        return _Examined(
            _Verdict.OK, 5, item=Generic8AFrame(frame[0], frame[1], frame[2], frame[3])
        )


Item = KerongFrame | Generic8AFrame | Generic8ABitmap | DecodeError
