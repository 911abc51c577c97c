"""HLK-LD2410 24 GHz presence radar: the serial wire protocol, as pure functions (no I/O).

Sources, cross-checked (Nov 2025): Hi-Link "LD2410 Serial Communication Protocol V1.02" (as
quoted by public drivers), ESPHome's ld2410 component, aio-ld2410 (frame traces recorded from an
LD2410C, firmware v2.04.23022511), the nanoFramework Ld2410 binding, the ``ld2410`` Rust crate.

Verified in more than one source:

* UART 256000 baud 8N1 (factory default).
* Command/ACK frame: ``FD FC FB FA`` | length (2 bytes LE, the intra-frame data = command word
  + value) | command word (2 bytes LE) | value | ``04 03 02 01``. The ACK's command word is the
  command ``| 0x0100`` and its value starts with a 2-byte LE status, 0 = success (1 = failure).
* Commands: enable configuration ``0x00FF`` value ``01 00`` (ACK adds protocol version and
  buffer size, 2 bytes LE each: ``... FF 01 00 00 01 00 40 00 ...``); end configuration
  ``0x00FE``; engineering mode on/off ``0x0062``/``0x0063``; read firmware ``0x00A0``;
  restart ``0x00A3``. Other commands are only accepted in configuration mode.
* Firmware ACK value after the status: firmware type (2 bytes), minor (1), major (1), build
  (4 bytes LE) - shown as ``V{major}.{minor:02X}.{build:08X}``, e.g. ``V1.02.22062416``.
* Report frame: ``F4 F3 F2 F1`` | length (2 bytes LE) | data type (``02`` basic, ``01``
  engineering) | ``AA`` | target state (0 none, 1 moving, 2 stationary, 3 both) | moving
  distance cm (2 LE) | moving energy (1) | stationary distance cm (2 LE) | stationary energy (1)
  | detection distance cm (2 LE) | [engineering data] | ``55`` | ``00`` | ``F8 F7 F6 F5``.
  A basic report has 13 bytes of data (23-byte frame).
* Engineering data: max moving gate N (1), max stationary gate M (1), N+1 moving gate energies,
  M+1 stationary gate energies, then extra bytes (firmware >= 2.04: light sensor value, OUT pin
  level). Recorded trace: 35 bytes of data with N = M = 8.

Not verified (assumed, and configurable where it matters):

* The byte after ``55`` is called "check" (vendor) or "calibration" (aio-ld2410); every trace
  seen has ``00``. :class:`FrameDecoder` checks it against ``check_byte`` (``None`` = ignore).
* The "firmware type" field's byte order (``00 01`` in the vendor example, ``00 00`` in a
  recorded trace); we read it little-endian and only display it.
* That the radar stops streaming reports while in configuration mode (reported by driver
  authors, not in the excerpts of the manual we could read); the driver does not rely on it.
* Intra-frame lengths above 64 bytes never occur for these commands (``max_data_len``).
* Reports arrive at about 10 Hz (the sibling LD2450's manual states 10 frames/s).
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field
from enum import Enum, IntEnum

from drivers.errors import ProtocolError, hex_preview

DEFAULT_BAUDRATE = 256_000

CMD_HEADER = bytes.fromhex("fdfcfbfa")
CMD_TAIL = bytes.fromhex("04030201")
REPORT_HEADER = bytes.fromhex("f4f3f2f1")
REPORT_TAIL = bytes.fromhex("f8f7f6f5")
ACK_FLAG = 0x0100
REPORT_HEAD = 0xAA
REPORT_END = 0x55
DEFAULT_CHECK_BYTE = 0x00
BASIC_REPORT_DATA_LEN = 13
DEFAULT_MAX_DATA_LEN = 64
_FRAME_OVERHEAD = 10  # header 4 + length 2 + tail 4


class Command(IntEnum):
    ENABLE_ENGINEERING = 0x0062
    CLOSE_ENGINEERING = 0x0063
    READ_FIRMWARE = 0x00A0
    RESTART = 0x00A3
    END_CONFIG = 0x00FE
    ENABLE_CONFIG = 0x00FF


class ReportType(IntEnum):
    ENGINEERING = 0x01
    BASIC = 0x02


class TargetState(IntEnum):
    NONE = 0
    MOVING = 1
    STATIONARY = 2
    BOTH = 3

    @property
    def label(self) -> str:
        return self.name.lower()


@dataclass(frozen=True, slots=True)
class EngineeringData:
    max_moving_gate: int
    max_stationary_gate: int
    moving_gate_energy: tuple[int, ...]
    stationary_gate_energy: tuple[int, ...]
    extra: bytes = b""  # firmware >= 2.04: light sensor value, OUT pin level


@dataclass(frozen=True, slots=True)
class Report:
    """One target report (basic, or engineering with :attr:`engineering` set)."""

    target: TargetState
    moving_distance_cm: int = 0
    moving_energy: int = 0
    stationary_distance_cm: int = 0
    stationary_energy: int = 0
    detection_distance_cm: int = 0
    engineering: EngineeringData | None = None

    @property
    def report_type(self) -> ReportType:
        return ReportType.BASIC if self.engineering is None else ReportType.ENGINEERING

    @property
    def distance_cm(self) -> int:
        """Distance of the target the state names (0 without a target).

        Recorded traces show a stationary target with a stationary distance of 0 and the
        distance in another field, so fall back to the first non-zero distance.
        """
        if self.target is TargetState.NONE:
            return 0
        if self.target is TargetState.MOVING:
            order = (self.moving_distance_cm, self.detection_distance_cm)
        elif self.target is TargetState.STATIONARY:
            order = (self.stationary_distance_cm, self.detection_distance_cm)
        else:
            order = (self.detection_distance_cm,)
        order += (self.moving_distance_cm, self.stationary_distance_cm)
        return next((d for d in order if d), 0)


@dataclass(frozen=True, slots=True)
class CommandFrame:
    """A host -> radar command (what the simulator receives)."""

    command: int
    value: bytes = b""


@dataclass(frozen=True, slots=True)
class Ack:
    """A radar -> host reply: ``command`` without the ACK flag, ``status`` 0 = success."""

    command: int
    status: int
    payload: bytes = b""

    @property
    def ok(self) -> bool:
        return self.status == 0


@dataclass(frozen=True, slots=True)
class DecodeError:
    """Bytes the decoder had to throw away, and why (never raised: returned in the stream).

    ``code``: ``bad_length``, ``bad_tail``, ``bad_content`` (head/end/check byte, field out of
    range), ``nested`` (a frame inside a frame) or ``truncated``.
    """

    code: str
    reason: str
    data_hex: str = ""


@dataclass(frozen=True, slots=True)
class FirmwareVersion:
    major: int
    minor: int
    build: int
    firmware_type: int = 0

    def __str__(self) -> str:
        return f"V{self.major}.{self.minor:02X}.{self.build:08X}"


Item = Report | Ack | CommandFrame | DecodeError


# ------------------------------------------------------------------------- frame builders


def command_frame(command: int, value: bytes = b"") -> bytes:
    """``FD FC FB FA`` | len LE | command word LE | value | ``04 03 02 01``."""
    data = struct.pack("<H", command) + bytes(value)
    return CMD_HEADER + struct.pack("<H", len(data)) + data + CMD_TAIL


def enable_configuration() -> bytes:
    return command_frame(Command.ENABLE_CONFIG, b"\x01\x00")


def end_configuration() -> bytes:
    return command_frame(Command.END_CONFIG)


def read_firmware_version() -> bytes:
    return command_frame(Command.READ_FIRMWARE)


def enable_engineering_mode() -> bytes:
    return command_frame(Command.ENABLE_ENGINEERING)


def close_engineering_mode() -> bytes:
    return command_frame(Command.CLOSE_ENGINEERING)


def restart() -> bytes:
    return command_frame(Command.RESTART)


def ack_frame(command: int, status: int = 0, payload: bytes = b"") -> bytes:
    """The radar's reply to ``command``: command word ``| 0x0100``, status, payload."""
    return command_frame(command | ACK_FLAG, struct.pack("<H", status) + bytes(payload))


def enable_configuration_ack(
    protocol_version: int = 1, buffer_size: int = 0x40, status: int = 0
) -> bytes:
    payload = struct.pack("<HH", protocol_version, buffer_size) if status == 0 else b""
    return ack_frame(Command.ENABLE_CONFIG, status, payload)


def firmware_version_ack(version: FirmwareVersion, status: int = 0) -> bytes:
    payload = struct.pack(
        "<HBBI", version.firmware_type, version.minor, version.major, version.build
    )
    return ack_frame(Command.READ_FIRMWARE, status, payload if status == 0 else b"")


def encode_report_data(report: Report, *, check_byte: int = DEFAULT_CHECK_BYTE) -> bytes:
    """The intra-frame data of a report: type, ``AA``, target fields, [engineering], 55, check."""
    body = struct.pack(
        "<BHBHBH",
        report.target,
        report.moving_distance_cm,
        report.moving_energy,
        report.stationary_distance_cm,
        report.stationary_energy,
        report.detection_distance_cm,
    )
    eng = report.engineering
    if eng is not None:
        body += bytes([eng.max_moving_gate, eng.max_stationary_gate])
        body += bytes(eng.moving_gate_energy) + bytes(eng.stationary_gate_energy) + eng.extra
    return bytes([report.report_type, REPORT_HEAD]) + body + bytes([REPORT_END, check_byte])


def report_frame(report: Report, *, check_byte: int = DEFAULT_CHECK_BYTE) -> bytes:
    data = encode_report_data(report, check_byte=check_byte)
    return REPORT_HEADER + struct.pack("<H", len(data)) + data + REPORT_TAIL


# ------------------------------------------------------------------------- parsers


def parse_report_data(data: bytes, *, check_byte: int | None = DEFAULT_CHECK_BYTE) -> Report:
    """Parse a report's intra-frame data; raise :class:`ProtocolError` if malformed."""
    if len(data) < BASIC_REPORT_DATA_LEN:
        raise ProtocolError(f"report data too short ({len(data)} bytes)", data)
    if data[0] not in (ReportType.BASIC, ReportType.ENGINEERING):
        raise ProtocolError(f"unknown report type 0x{data[0]:02x}", data)
    if data[1] != REPORT_HEAD:
        raise ProtocolError(f"report head is 0x{data[1]:02x}, want 0xaa", data)
    if data[-2] != REPORT_END:
        raise ProtocolError(f"report end is 0x{data[-2]:02x}, want 0x55", data)
    if check_byte is not None and data[-1] != check_byte:
        raise ProtocolError(f"report check byte is 0x{data[-1]:02x}, want 0x{check_byte:02x}", data)
    target, m_dist, m_energy, s_dist, s_energy, d_dist = struct.unpack_from("<BHBHBH", data, 2)
    if target > TargetState.BOTH:
        raise ProtocolError(f"target state {target} out of range", data)
    engineering = None
    if data[0] == ReportType.BASIC:
        if len(data) != BASIC_REPORT_DATA_LEN:
            raise ProtocolError(f"basic report of {len(data)} bytes, want 13", data)
    else:
        engineering = _parse_engineering(data[11:-2], data)
    return Report(TargetState(target), m_dist, m_energy, s_dist, s_energy, d_dist, engineering)


def _parse_engineering(body: bytes, data: bytes) -> EngineeringData:
    if len(body) < 2:
        raise ProtocolError("engineering report without gate counts", data)
    n_moving, n_stationary = body[0], body[1]
    end_moving = 2 + n_moving + 1
    end_stationary = end_moving + n_stationary + 1
    if len(body) < end_stationary:
        raise ProtocolError(
            f"engineering report too short for {n_moving}+{n_stationary} gates", data
        )
    return EngineeringData(
        n_moving,
        n_stationary,
        tuple(body[2:end_moving]),
        tuple(body[end_moving:end_stationary]),
        bytes(body[end_stationary:]),
    )


def parse_report_frame(frame: bytes, *, check_byte: int | None = DEFAULT_CHECK_BYTE) -> Report:
    """Parse one complete report frame (header to tail)."""
    data = _unwrap(frame, REPORT_HEADER, REPORT_TAIL)
    return parse_report_data(data, check_byte=check_byte)


def parse_command_data(data: bytes) -> CommandFrame | Ack:
    """Intra-frame data of an ``FD FC FB FA`` frame: an :class:`Ack` if the ACK flag is set."""
    if len(data) < 2:
        raise ProtocolError("command frame without a command word", data)
    (word,) = struct.unpack_from("<H", data)
    if not word & ACK_FLAG:
        return CommandFrame(word, bytes(data[2:]))
    if len(data) < 4:
        raise ProtocolError(f"ACK of 0x{word & 0xFF:04x} without a status", data)
    (status,) = struct.unpack_from("<H", data, 2)
    return Ack(word & ~ACK_FLAG & 0xFFFF, status, bytes(data[4:]))


def parse_command_frame(frame: bytes) -> CommandFrame | Ack:
    """Parse one complete command or ACK frame (header to tail)."""
    return parse_command_data(_unwrap(frame, CMD_HEADER, CMD_TAIL))


def parse_firmware_version(payload: bytes) -> FirmwareVersion:
    """The payload of a successful read-firmware ACK (after the status)."""
    if len(payload) < 8:
        raise ProtocolError(f"firmware version of {len(payload)} bytes, want 8", payload)
    firmware_type, minor, major, build = struct.unpack_from("<HBBI", payload)
    return FirmwareVersion(major, minor, build, firmware_type)


def parse_enable_configuration(payload: bytes) -> tuple[int, int]:
    """``(protocol_version, buffer_size)`` from a successful enable-configuration ACK."""
    if len(payload) < 4:
        raise ProtocolError(f"enable-configuration ACK of {len(payload)} bytes", payload)
    version, size = struct.unpack_from("<HH", payload)
    return version, size


def _unwrap(frame: bytes, header: bytes, tail: bytes) -> bytes:
    if len(frame) < _FRAME_OVERHEAD or frame[:4] != header:
        raise ProtocolError("bad frame header", frame)
    (length,) = struct.unpack_from("<H", frame, 4)
    if len(frame) != _FRAME_OVERHEAD + length:
        raise ProtocolError(f"frame of {len(frame)} bytes declares {length} data bytes", frame)
    if frame[-4:] != tail:
        raise ProtocolError("bad frame tail", frame)
    return bytes(frame[6:-4])


# ------------------------------------------------------------------------- stream decoder


class _Verdict(Enum):
    OK = "ok"
    BAD = "bad"
    INCOMPLETE = "incomplete"


@dataclass(slots=True)
class DecoderStats:
    frames: int = 0  # good frames returned
    errors: int = 0  # DecodeError records returned
    discarded_bytes: int = 0  # bytes that were not part of a good frame
    by_code: dict[str, int] = field(default_factory=dict)  # DecodeError.code -> count


@dataclass(frozen=True, slots=True)
class _Examined:
    verdict: _Verdict
    size: int = 0  # bytes the candidate frame spans (as far as known)
    item: Item | None = None
    code: str = ""
    reason: str = ""


class FrameDecoder:
    """Turn arbitrary byte chunks into :class:`Report`, :class:`Ack`, :class:`CommandFrame`
    and :class:`DecodeError` items, in stream order. Never raises on bad input.

    Resynchronisation rules (each learned from a way a serial stream goes wrong):

    * Bytes before a frame header are dropped and counted (line noise, a frame cut by opening
      the port mid-stream).
    * A candidate frame with an impossible length, a wrong tail or bad contents is reported as
      a :class:`DecodeError` and only its first byte is dropped: a real header may hide inside
      what looked like a frame.
    * A candidate still waiting for bytes is abandoned as soon as a complete, valid frame starts
      after it: a false header with a plausible length must not swallow the next good frame
      (otherwise one burst of noise costs a whole report period, or more).
    * A candidate that looks valid but contains another complete frame is rejected in favour
      of the inner one (a cut-off engineering frame + a basic frame can line up exactly:
      found by the property tests).
    """

    def __init__(
        self,
        *,
        check_byte: int | None = DEFAULT_CHECK_BYTE,
        max_data_len: int = DEFAULT_MAX_DATA_LEN,
    ) -> None:
        self.check_byte = check_byte
        self.max_data_len = max_data_len
        self.stats = DecoderStats()
        self._buf = bytearray()

    @property
    def pending(self) -> int:
        """Bytes held back waiting for the rest of a frame."""
        return len(self._buf)

    def reset(self) -> None:
        """Forget buffered bytes (after reopening the port)."""
        self._buf.clear()

    def feed(self, chunk: bytes) -> list[Item]:
        self._buf += chunk
        out: list[Item] = []
        while True:
            pos = self._find_header(0)
            if pos < 0:
                self._drop(len(self._buf) - self._partial_header_len())
                break
            self._drop(pos)
            found = self._examine(0)
            if found.item is not None:
                out.append(found.item)
                self.stats.frames += 1
                del self._buf[: found.size]
            elif found.verdict is _Verdict.BAD:
                out.append(self._error(found.code, found.reason, max(found.size, 6)))
                self._drop(1)
            else:
                later = self._next_good_frame(1)
                if later is None:
                    break
                out.append(self._error("truncated", "frame cut short by a new frame", later))
                self._drop(later)
        return out

    # -- internals

    def _error(self, code: str, reason: str, size: int) -> DecodeError:
        self.stats.errors += 1
        self.stats.by_code[code] = self.stats.by_code.get(code, 0) + 1
        return DecodeError(code, reason, hex_preview(bytes(self._buf[:size])))

    def _drop(self, count: int) -> None:
        if count > 0:
            del self._buf[:count]
            self.stats.discarded_bytes += count

    def _find_header(self, start: int) -> int:
        hits = [self._buf.find(header, start) for header in (REPORT_HEADER, CMD_HEADER)]
        hits = [i for i in hits if i >= 0]
        return min(hits) if hits else -1

    def _partial_header_len(self) -> int:
        """Length of the longest buffer suffix that could be the start of a header."""
        for size in (3, 2, 1):
            if len(self._buf) >= size:
                tail = bytes(self._buf[-size:])
                if REPORT_HEADER.startswith(tail) or CMD_HEADER.startswith(tail):
                    return size
        return 0

    def _next_good_frame(self, start: int) -> int | None:
        pos = self._find_header(start)
        while pos >= 0:
            if self._examine(pos).item is not None:
                return pos
            pos = self._find_header(pos + 1)
        return None

    def _examine(self, pos: int, *, nested_check: bool = True) -> _Examined:
        """Judge the candidate frame whose header starts at ``pos``."""
        buf = self._buf
        is_report = buf[pos : pos + 4] == REPORT_HEADER
        if len(buf) - pos < 6:
            return _Examined(_Verdict.INCOMPLETE)
        (length,) = struct.unpack_from("<H", buf, pos + 4)
        min_len = BASIC_REPORT_DATA_LEN if is_report else 2
        if not min_len <= length <= self.max_data_len:
            return _Examined(_Verdict.BAD, 6, code="bad_length", reason=f"bad length {length}")
        size = _FRAME_OVERHEAD + length
        if len(buf) - pos < size:
            return _Examined(_Verdict.INCOMPLETE, size)
        frame = bytes(buf[pos : pos + size])
        if frame[-4:] != (REPORT_TAIL if is_report else CMD_TAIL):
            return _Examined(_Verdict.BAD, size, code="bad_tail", reason="bad frame tail")
        try:
            if is_report:
                item: Item = parse_report_data(frame[6:-4], check_byte=self.check_byte)
            else:
                item = parse_command_data(frame[6:-4])
        except ProtocolError as exc:
            return _Examined(_Verdict.BAD, size, code="bad_content", reason=exc.message)
        if nested_check:
            # A real frame never contains another complete frame; "garbage header + a length
            # that happens to end on the next frame's tail" does. Prefer the inner frame, and
            # wait while an inner candidate is still incomplete.
            inner = self._find_header(pos + 4)
            while 0 <= inner < pos + size:
                verdict = self._examine(inner, nested_check=False).verdict
                if verdict is _Verdict.OK:
                    return _Examined(
                        _Verdict.BAD, size, code="nested", reason="frame contains another frame"
                    )
                if verdict is _Verdict.INCOMPLETE:
                    return _Examined(_Verdict.INCOMPLETE, size)
                inner = self._find_header(inner + 1)
        return _Examined(_Verdict.OK, size, item=item)
