"""ESC/POS commands as pure functions (bytes in, bytes out), status decoding and a tokenizer.

No I/O. Everything the kiosk sends to a receipt printer is built here; the emulator and the
driver's page counter read job bytes back with :class:`Tokenizer`.

Command facts (Epson ESC/POS reference, cross-checked with Chinese printer manuals):

* ``ESC @`` init; ``FS &`` / ``FS .`` Chinese mode on/off; ``ESC a n`` alignment (0/1/2);
  ``ESC E n`` bold; ``GS ! n`` size (bits 4-6 width-1, bits 0-2 height-1); ``ESC d n`` feed n
  lines; ``ESC J n`` feed n dots; ``ESC 3 n`` / ``ESC 2`` line spacing.
* QR (``GS ( k``, cn 49): fn 65 model (``04 00 31 41 n1 00``, n1 49/50 = model 1/2), fn 67
  module size 1-16 dots, fn 69 error level 48-51 (L/M/Q/H), fn 80 store
  (``pL pH 31 50 30 data``, pL + 256 pH = len(data) + 3), fn 81 print (``03 00 31 51 30``).
* Raster: ``GS v 0 m xL xH yL yH data`` (x in bytes, y in dots, MSB = leftmost dot, 1 = black).
* Cut: ``GS V 0/1`` full/partial, ``GS V 65/66 n`` feed n dots then cut.
* Real-time status ``DLE EOT n`` (n = 1 printer, 2 offline cause, 3 error cause, 4 paper
  sensor): the one-byte reply always matches ``0xx1xx10`` (bit 1 and bit 4 set, bits 0 and 7
  clear). ``GS r 1`` (paper sensor, not real-time) answers ``00`` with paper, ``03`` near end,
  ``0F`` without.
* ``GS I n`` printer ID: n = 65/66/67 (firmware, maker, model) answer ``5F`` + ASCII + ``00``.

Exceptions: builders raise ``ValueError`` for out-of-range arguments; :func:`decode_status`
and friends raise :class:`StatusFormatError` (a ``ValueError``) for a reply that breaks the
fixed bit pattern - the driver turns it into a ``ProtocolError``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import IntEnum, StrEnum
from typing import Literal

ESC = 0x1B
GS = 0x1D
FS = 0x1C
DLE = 0x10
EOT = 0x04
LF = 0x0A

INIT = b"\x1b@"
CHINESE_ON = b"\x1c&"
CHINESE_OFF = b"\x1c."


class Align(IntEnum):
    LEFT = 0
    CENTER = 1
    RIGHT = 2


class QrErrorLevel(StrEnum):
    L = "L"
    M = "M"
    Q = "Q"
    H = "H"


_QR_LEVEL_BYTE = {"L": 48, "M": 49, "Q": 50, "H": 51}
#: byte-mode capacity of a version 40 symbol per error level
QR_MAX_BYTES = {"L": 2953, "M": 2331, "Q": 1663, "H": 1273}


def _byte(value: int, name: str, low: int = 0, high: int = 255) -> int:
    if not low <= value <= high:
        raise ValueError(f"{name} must be in {low}..{high}, got {value}")
    return value


# ---------------------------------------------------------------------------- text & layout


def init() -> bytes:
    """``ESC @``: reset modes (size, bold, alignment, line spacing) to power-on defaults."""
    return INIT


def chinese_mode(on: bool) -> bytes:
    """``FS &`` (on) or ``FS .`` (off)."""
    return CHINESE_ON if on else CHINESE_OFF


def align(alignment: Align | int) -> bytes:
    return bytes([ESC, ord("a"), int(Align(alignment))])


def bold(on: bool) -> bytes:
    return bytes([ESC, ord("E"), 1 if on else 0])


def char_size(width: int = 1, height: int = 1) -> bytes:
    """``GS ! n``: character width and height multipliers 1-8."""
    _byte(width, "width", 1, 8)
    _byte(height, "height", 1, 8)
    return bytes([GS, ord("!"), ((width - 1) << 4) | (height - 1)])


def line_spacing(dots: int | None) -> bytes:
    """``ESC 3 n`` (``dots``) or ``ESC 2`` (default spacing) for ``None``."""
    if dots is None:
        return b"\x1b2"
    return bytes([ESC, ord("3"), _byte(dots, "dots")])


def feed_lines(lines: int) -> bytes:
    return bytes([ESC, ord("d"), _byte(lines, "lines")])


def feed_dots(dots: int) -> bytes:
    return bytes([ESC, ord("J"), _byte(dots, "dots")])


def cut(partial: bool = True, feed_dots: int = 0) -> bytes:
    """``GS V 1/0`` or, with ``feed_dots``, ``GS V 66/65 n`` (feed then cut)."""
    if feed_dots:
        return bytes([GS, ord("V"), 66 if partial else 65, _byte(feed_dots, "feed_dots")])
    return bytes([GS, ord("V"), 1 if partial else 0])


# ---------------------------------------------------------------------------- QR


def _qr(fn: int, params: bytes) -> bytes:
    size = len(params) + 2  # cn + fn
    return bytes([GS, ord("("), ord("k"), size & 0xFF, size >> 8, 49, fn]) + params


def qr_model(model: int = 2) -> bytes:
    """fn 65: model 1 or 2."""
    _byte(model, "model", 1, 2)
    return _qr(65, bytes([48 + model, 0]))


def qr_module_size(dots: int) -> bytes:
    """fn 67: module size 1-16 dots."""
    return _qr(67, bytes([_byte(dots, "module size", 1, 16)]))


def qr_error_level(level: QrErrorLevel | str) -> bytes:
    """fn 69: error correction L/M/Q/H."""
    return _qr(69, bytes([_QR_LEVEL_BYTE[QrErrorLevel(level).value]]))


def qr_store(data: bytes) -> bytes:
    """fn 80: store ``data`` in the symbol storage area."""
    if not data:
        raise ValueError("QR data must not be empty")
    if len(data) > QR_MAX_BYTES["L"]:
        raise ValueError(f"QR data too long: {len(data)} bytes")
    return _qr(80, b"0" + bytes(data))


def qr_print() -> bytes:
    """fn 81: print the stored symbol."""
    return _qr(81, b"0")


def qr(
    data: bytes | str,
    *,
    module_size: int = 6,
    error_level: QrErrorLevel | str = QrErrorLevel.M,
    model: int = 2,
) -> bytes:
    """A whole native QR code: model, size, error level, store, print."""
    payload = data.encode("utf-8") if isinstance(data, str) else bytes(data)
    level = QrErrorLevel(error_level)
    if len(payload) > QR_MAX_BYTES[level.value]:
        raise ValueError(f"QR data too long for level {level}: {len(payload)} bytes")
    return (
        qr_model(model)
        + qr_module_size(module_size)
        + qr_error_level(level)
        + qr_store(payload)
        + qr_print()
    )


# ---------------------------------------------------------------------------- raster


def raster(data: bytes, width_bytes: int, height: int, mode: int = 0) -> bytes:
    """``GS v 0``: ``height`` rows of ``width_bytes`` bytes, MSB first, 1 = black."""
    _byte(mode, "mode", 0, 3)
    if not 1 <= width_bytes <= 0xFFFF or not 1 <= height <= 0xFFFF:
        raise ValueError("raster width and height must be 1..65535")
    if len(data) != width_bytes * height:
        raise ValueError(f"raster data is {len(data)} bytes, want {width_bytes * height}")
    header = bytes([GS, ord("v"), ord("0"), mode, width_bytes & 0xFF, width_bytes >> 8])
    return header + bytes([height & 0xFF, height >> 8]) + bytes(data)


def raster_bands(rows: bytes, width_bytes: int, band_rows: int) -> bytes:
    """Split a bitmap into ``GS v 0`` commands of at most ``band_rows`` rows each."""
    if width_bytes <= 0 or len(rows) % width_bytes:
        raise ValueError("bitmap size is not a whole number of rows")
    if band_rows <= 0:
        raise ValueError("band_rows must be positive")
    height = len(rows) // width_bytes
    out = bytearray()
    for top in range(0, height, band_rows):
        n = min(band_rows, height - top)
        out += raster(rows[top * width_bytes : (top + n) * width_bytes], width_bytes, n)
    return bytes(out)


# ---------------------------------------------------------------------------- status


def status_request(n: int) -> bytes:
    """``DLE EOT n``: real-time status, n = 1 printer, 2 offline cause, 3 error, 4 paper."""
    _byte(n, "status function", 1, 4)
    return bytes([DLE, EOT, n])


def paper_sensor_request() -> bytes:
    """``GS r 1``: paper sensor status (processed in order with print data)."""
    return b"\x1dr\x01"


def printer_id_request(n: int) -> bytes:
    """``GS I n``: 65 firmware version, 66 maker, 67 model name (``5F`` + text + ``00``)."""
    _byte(n, "printer id function", 65, 69)
    return bytes([GS, ord("I"), n])


class StatusFormatError(ValueError):
    """A status reply that breaks its fixed bit pattern (line noise, wrong baud rate, not an
    ESC/POS printer). ``data`` holds the offending bytes."""

    def __init__(self, message: str, data: bytes) -> None:
        super().__init__(message)
        self.data = data


def status_byte_valid(value: int) -> bool:
    """Does a ``DLE EOT`` reply match ``0xx1xx10``?"""
    return (value & 0x93) == 0x12


@dataclass(frozen=True, slots=True)
class RealtimeStatus:
    """Decoded ``DLE EOT`` replies (``None`` for a function that was not asked)."""

    printer: int | None = None
    offline_cause: int | None = None
    error_cause: int | None = None
    paper: int | None = None

    @property
    def offline(self) -> bool:
        return bool(self.printer is not None and self.printer & 0x08)

    @property
    def cover_open(self) -> bool:
        return bool(self.offline_cause is not None and self.offline_cause & 0x04)

    @property
    def paper_end_stop(self) -> bool:
        return bool(self.offline_cause is not None and self.offline_cause & 0x20)

    @property
    def error(self) -> bool:
        return bool(self.offline_cause is not None and self.offline_cause & 0x40)

    @property
    def recoverable_error(self) -> bool:
        return bool(self.error_cause is not None and self.error_cause & 0x04)

    @property
    def cutter_error(self) -> bool:
        return bool(self.error_cause is not None and self.error_cause & 0x08)

    @property
    def unrecoverable_error(self) -> bool:
        return bool(self.error_cause is not None and self.error_cause & 0x20)

    @property
    def auto_recoverable_error(self) -> bool:
        return bool(self.error_cause is not None and self.error_cause & 0x40)

    @property
    def paper_near_end(self) -> bool:
        return bool(self.paper is not None and self.paper & 0x0C)

    @property
    def paper_out(self) -> bool:
        return bool(self.paper is not None and self.paper & 0x60) or self.paper_end_stop


def decode_status(n: int, reply: bytes) -> int:
    """Check the one-byte reply to ``DLE EOT n`` and return it."""
    if len(reply) != 1:
        raise StatusFormatError(f"DLE EOT {n}: expected 1 byte, got {len(reply)}", reply)
    if not status_byte_valid(reply[0]):
        raise StatusFormatError(f"DLE EOT {n}: reply {reply[0]:08b} does not match 0xx1xx10", reply)
    return reply[0]


def decode_paper_sensor(reply: bytes) -> Literal["full", "low", "out"]:
    """The reply to ``GS r 1``: ``00`` paper, ``03`` near end, ``0C``/``0F`` out."""
    if len(reply) != 1 or reply[0] & 0xF0:
        raise StatusFormatError(f"GS r 1: unexpected reply {reply.hex(' ')}", reply)
    if reply[0] & 0x0C:
        return "out"
    if reply[0] & 0x03:
        return "low"
    return "full"


def decode_printer_id(reply: bytes) -> str:
    """``5F`` + ASCII + ``00`` -> the ASCII text."""
    if len(reply) < 2 or reply[0] != 0x5F or reply[-1] != 0:
        raise StatusFormatError(f"GS I: malformed reply {reply[:16].hex(' ')}", reply)
    return reply[1:-1].decode("ascii", "replace")


# ---------------------------------------------------------------------------- tokenizer


@dataclass(frozen=True, slots=True)
class Token:
    """One command (``name`` like ``"ESC a"``, its parameter bytes in ``args``, a block's data
    in ``data``) or a run of text bytes (``name == "text"``)."""

    name: str
    args: bytes = b""
    data: bytes = b""

    @property
    def realtime(self) -> bool:
        return self.name in ("DLE EOT", "DLE ENQ", "DLE DC4")


# name -> number of parameter bytes after the command bytes (fixed-length commands)
_ESC_FIXED = {
    "@": 0, "2": 0, "a": 1, "E": 1, "G": 1, "d": 1, "J": 1, "3": 1, "t": 1, "M": 1, "!": 1,
    "-": 1, " ": 1, "R": 1, "{": 1, "V": 1, "c": 2, "p": 3, "$": 2, "\\": 2, "=": 1, "e": 1,
}  # fmt: skip
_GS_FIXED = {
    "!": 1, "B": 1, "V": 1, "r": 1, "I": 1, "L": 2, "W": 2, "H": 1, "f": 1, "h": 1, "w": 1,
    "a": 1, "b": 1, "P": 2, "$": 2, "\\": 2, "^": 3,
}  # fmt: skip
_FS_FIXED = {"&": 0, ".": 0, "!": 1, "-": 1, "S": 2, "W": 1, "C": 1}


@dataclass
class Tokenizer:
    """Splits an ESC/POS byte stream into :class:`Token` s, across arbitrary chunk borders.

    Text bytes are everything from 0x20 up (GB18030 never uses bytes below 0x30 inside a
    character, so a control byte always starts a command). Unknown commands become tokens
    named ``"unknown"`` holding the bytes skipped.
    """

    _buf: bytearray = field(default_factory=bytearray)

    def feed(self, data: bytes) -> list[Token]:
        self._buf += data
        tokens: list[Token] = []
        while self._buf:
            token, used = self._next(self._buf)
            if token is None:
                break
            del self._buf[:used]
            tokens.append(token)
        return tokens

    @property
    def pending(self) -> int:
        """Bytes held back waiting for the rest of a command."""
        return len(self._buf)

    def _next(self, buf: bytearray) -> tuple[Token | None, int]:
        b = buf[0]
        if b >= 0x20:
            end = 1
            while end < len(buf) and buf[end] >= 0x20:
                end += 1
            return Token("text", data=bytes(buf[:end])), end
        if b == LF:
            return Token("LF"), 1
        if b == 0x0D:
            return Token("CR"), 1
        if b in (0x09, 0x0C):
            return Token("HT" if b == 0x09 else "FF"), 1
        if len(buf) < 2:
            return None, 0
        c = chr(buf[1])
        if b == DLE:
            if buf[1] in (EOT, 0x05):  # DLE EOT n, DLE ENQ n
                if len(buf) < 3:
                    return None, 0
                name = "DLE EOT" if buf[1] == EOT else "DLE ENQ"
                return Token(name, bytes(buf[2:3])), 3
            if buf[1] == 0x14:  # DLE DC4 fn ...: fn 1 has 3 more bytes, others 2
                if len(buf) < 3:
                    return None, 0
                n = 5 if buf[2] == 1 else 4
                if len(buf) < n:
                    return None, 0
                return Token("DLE DC4", bytes(buf[2:n])), n
            return Token("unknown", bytes(buf[:1])), 1
        if b == ESC:
            return self._fixed("ESC", c, _ESC_FIXED, buf)
        if b == FS:
            return self._fixed("FS", c, _FS_FIXED, buf)
        if b == GS:
            if c == "(":  # GS ( k / GS ( L ...: pL pH counts the bytes after it
                if len(buf) < 5:
                    return None, 0
                size = buf[3] | (buf[4] << 8)
                if len(buf) < 5 + size:
                    return None, 0
                body = bytes(buf[5 : 5 + size])
                return Token(f"GS ( {chr(buf[2])}", body[:2], body[2:]), 5 + size
            if c == "v":  # GS v 0 m xL xH yL yH d...
                if len(buf) < 8:
                    return None, 0
                xb = buf[4] | (buf[5] << 8)
                rows = buf[6] | (buf[7] << 8)
                n = 8 + xb * rows
                if len(buf) < n:
                    return None, 0
                return Token("GS v 0", bytes(buf[3:8]), bytes(buf[8:n])), n
            if c == "V":  # GS V m [n]
                if len(buf) < 3:
                    return None, 0
                n = 4 if buf[2] in (65, 66, 97, 98, 103, 104) else 3
                if len(buf) < n:
                    return None, 0
                return Token("GS V", bytes(buf[2:n])), n
            return self._fixed("GS", c, _GS_FIXED, buf)
        return Token("unknown", bytes(buf[:1])), 1

    @staticmethod
    def _fixed(
        prefix: str, c: str, table: dict[str, int], buf: bytearray
    ) -> tuple[Token | None, int]:
        n = table.get(c)
        if n is None:
            return Token("unknown", bytes(buf[:2])), 2
        if len(buf) < 2 + n:
            return None, 0
        return Token(f"{prefix} {c}", bytes(buf[2 : 2 + n])), 2 + n


def count_cuts(job: bytes) -> int:
    """How many cuts (pages) a job makes."""
    return sum(1 for t in Tokenizer().feed(job) if t.name == "GS V")
