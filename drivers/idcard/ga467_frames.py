"""GA 467 SAM protocol of resident-ID readers, as pure functions (no I/O).

Source: ``/work/shared/PROTOCOLS.md`` section 1, cross-checked against public SAM drivers.

* Request: ``AA AA AA 96 69`` | LEN (2, big-endian) | CMD | PARA | DATA | CHK.
* Response: ``AA AA AA 96 69`` | LEN | SW1 SW2 SW3 | DATA | CHK.
* LEN counts every byte after the two length bytes, CHK included (a frame is ``7 + LEN``
  bytes). CHK is the XOR of every byte after the preamble up to the checksum, the length bytes
  included. ``find`` is ``AA AA AA 96 69 00 03 20 01 22`` byte for byte (some public code
  carries wrong checksums: the rule wins).
* SW1/SW2 are normally ``00``; SW3 is the status (:class:`Sw3`).
* ``30 01`` answers text length (2) and photo length (2), then 256 bytes of text and 1024 of
  photo: 1295 bytes in all. ``30 10`` adds a third length (fingerprint, 512 bytes per record)
  before the text, and the fingerprint after the photo.

Unverified (configurable where it matters, see :mod:`drivers.idcard.ga467`):

* The ``30 03`` (newest appended address) reply layout: assumed to be the address as UCS-2LE
  text at the start of the data (``address_layout`` in the driver).
* The SAM ID's display form (one public driver): byte 0 and byte 2 as two digits, then three
  little-endian 32-bit numbers - ``05.01-20101203-000246800-123456789``.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field
from enum import IntEnum

from drivers.errors import DeviceError, ProtocolError, hex_preview
from drivers.idcard.errors import (
    CardError,
    CardNotAuthentic,
    CardReadFailed,
    NoCard,
    NoContent,
    SamError,
    SamFrameError,
    UnknownCardType,
)

PREAMBLE = bytes.fromhex("aaaaaa9669")
DEFAULT_BAUDRATE = 115_200
#: LEN of the largest frame we accept (30 10 with four fingerprint records is ~3.3 KB);
#: anything above is line noise, not a frame.
MAX_LEN = 0x1000
MIN_LEN = 3  # a request: CMD PARA CHK (a response needs 4: SW1 SW2 SW3 CHK)
_HEAD = len(PREAMBLE) + 2
#: bytes of a bad frame kept for diagnostics: preamble, LEN and the 3 status bytes, never
#: the data (a reply's data is a person's ID card)
_PREVIEW = _HEAD + 3

TEXT_LEN = 256
PHOTO_LEN = 1024
FINGERPRINT_RECORD_LEN = 512
SAM_ID_LEN = 16
FIND_DATA_LEN = 4
SELECT_DATA_LEN = 8


class Command(IntEnum):
    """``CMD << 8 | PARA``."""

    RESET_SAM = 0x10FF
    SAM_STATUS = 0x11FF
    SAM_ID = 0x12FF
    FIND_CARD = 0x2001
    SELECT_CARD = 0x2002
    READ_TEXT_PHOTO = 0x3001
    READ_NEWEST_ADDRESS = 0x3003
    READ_TEXT_PHOTO_FINGERPRINT = 0x3010

    @property
    def cmd(self) -> int:
        return self.value >> 8

    @property
    def para(self) -> int:
        return self.value & 0xFF


class Sw3(IntEnum):
    """The SAM's status byte."""

    OK = 0x90
    FIND_OK = 0x9F
    CHECKSUM_ERROR = 0x10
    LENGTH_ERROR = 0x11
    BAD_COMMAND = 0x21
    NOT_PERMITTED = 0x23
    UNKNOWN_ERROR = 0x24
    CARD_AUTH_SAM_FAILED = 0x31
    SAM_AUTH_CARD_FAILED = 0x32
    VERIFY_FAILED = 0x33
    UNKNOWN_CARD_TYPE = 0x40
    READ_FAILED = 0x41
    RANDOM_FAILED = 0x47
    SELF_TEST_FAILED = 0x60
    NOT_AUTHORISED = 0x66
    NO_CARD = 0x80
    SELECT_FAILED = 0x81
    NO_CONTENT = 0x91


#: SW3 -> (exception class, stable code, short English reason)
_STATUS_ERRORS: dict[int, tuple[type[DeviceError], str, str]] = {
    Sw3.CHECKSUM_ERROR: (SamFrameError, "sam_checksum", "the SAM got a corrupt request checksum"),
    Sw3.LENGTH_ERROR: (SamFrameError, "sam_length", "the SAM got a corrupt request length"),
    Sw3.BAD_COMMAND: (SamError, "sam_bad_command", "the SAM does not know the command"),
    Sw3.NOT_PERMITTED: (SamError, "sam_not_permitted", "the SAM does not permit the command"),
    Sw3.UNKNOWN_ERROR: (SamError, "sam_unknown_error", "the SAM reports an unknown error"),
    Sw3.CARD_AUTH_SAM_FAILED: (
        CardNotAuthentic,
        "card_auth_sam_failed",
        "the card failed to authenticate the SAM",
    ),
    Sw3.SAM_AUTH_CARD_FAILED: (
        CardNotAuthentic,
        "sam_auth_card_failed",
        "the SAM failed to authenticate the card",
    ),
    Sw3.VERIFY_FAILED: (CardNotAuthentic, "card_verify_failed", "card data failed verification"),
    Sw3.UNKNOWN_CARD_TYPE: (UnknownCardType, "unknown_card_type", "unknown card type"),
    Sw3.READ_FAILED: (CardReadFailed, "card_read_failed", "reading the card failed"),
    Sw3.RANDOM_FAILED: (CardReadFailed, "card_random_failed", "the card's random number failed"),
    Sw3.SELF_TEST_FAILED: (SamError, "sam_self_test_failed", "the SAM failed its self-test"),
    Sw3.NOT_AUTHORISED: (SamError, "sam_not_authorised", "the SAM is not authorised"),
    Sw3.NO_CARD: (NoCard, "no_card", "no card on the reader"),
    Sw3.SELECT_FAILED: (CardReadFailed, "card_select_failed", "selecting the card failed"),
    Sw3.NO_CONTENT: (NoContent, "no_content", "the card has no such content"),
}


# ------------------------------------------------------------------------- data types


@dataclass(frozen=True, slots=True)
class Request:
    """A host -> SAM frame (what the simulator receives)."""

    cmd: int
    para: int
    data: bytes = b""

    @property
    def command(self) -> int:
        return self.cmd << 8 | self.para


@dataclass(frozen=True, slots=True)
class Response:
    """A SAM -> host frame. ``ok`` for SW3 ``90``/``9F``."""

    sw1: int
    sw2: int
    sw3: int
    data: bytes = b""

    @property
    def ok(self) -> bool:
        return self.sw3 in (Sw3.OK, Sw3.FIND_OK)

    def __repr__(self) -> str:  # data may be a whole ID card: never print it
        return f"Response(sw={self.sw1:02x}{self.sw2:02x}{self.sw3:02x}, {len(self.data)} B)"


@dataclass(frozen=True, slots=True)
class Frame:
    """A checksum-valid frame: ``payload`` is what lies between LEN and CHK."""

    payload: bytes

    def __repr__(self) -> str:
        return f"Frame({len(self.payload)} B)"


@dataclass(frozen=True, slots=True)
class DecodeError:
    """Bytes the decoder threw away, and why (returned in the stream, never raised).

    ``code``: ``bad_length`` (impossible LEN), ``bad_checksum``, ``nested`` (a good frame
    hidden inside a broken one) or ``truncated`` (see :meth:`FrameDecoder.flush`).
    ``data_hex`` holds only the first bytes (header + a few): frames carry personal data.
    """

    code: str
    reason: str
    data_hex: str = ""


@dataclass(frozen=True, slots=True)
class CardContent:
    """The parts of a ``30 01``/``30 10`` reply (``fingerprint`` is ``None`` for ``30 01``)."""

    text: bytes
    photo: bytes
    fingerprint: bytes | None = None

    def __repr__(self) -> str:
        fp = "none" if self.fingerprint is None else f"{len(self.fingerprint)} B"
        return f"CardContent(text {len(self.text)} B, photo {len(self.photo)} B, fp {fp})"


# ------------------------------------------------------------------------- builders


def checksum(body: bytes) -> int:
    """XOR of ``body`` (the bytes from LEN up to, not including, CHK)."""
    value = 0
    for byte in body:
        value ^= byte
    return value


def frame(payload: bytes) -> bytes:
    """Wrap ``payload`` (request: CMD PARA DATA; response: SW DATA) into a full frame."""
    length = len(payload) + 1
    if length > 0xFFFF:
        raise ValueError(f"payload of {len(payload)} bytes does not fit a GA 467 frame")
    body = struct.pack(">H", length) + bytes(payload)
    return PREAMBLE + body + bytes([checksum(body)])


def request(cmd: int, para: int, data: bytes = b"") -> bytes:
    return frame(bytes([cmd, para]) + bytes(data))


def command_request(command: Command, data: bytes = b"") -> bytes:
    return request(command.cmd, command.para, data)


def reset_sam() -> bytes:
    return command_request(Command.RESET_SAM)


def sam_status() -> bytes:
    return command_request(Command.SAM_STATUS)


def sam_id() -> bytes:
    return command_request(Command.SAM_ID)


def find_card() -> bytes:
    return command_request(Command.FIND_CARD)


def select_card() -> bytes:
    return command_request(Command.SELECT_CARD)


def read_text_photo() -> bytes:
    return command_request(Command.READ_TEXT_PHOTO)


def read_newest_address() -> bytes:
    return command_request(Command.READ_NEWEST_ADDRESS)


def read_text_photo_fingerprint() -> bytes:
    return command_request(Command.READ_TEXT_PHOTO_FINGERPRINT)


def response(sw3: int, data: bytes = b"", *, sw1: int = 0, sw2: int = 0) -> bytes:
    """A SAM reply (what the simulator sends)."""
    return frame(bytes([sw1, sw2, sw3]) + bytes(data))


def card_content_data(content: CardContent) -> bytes:
    """The data part of a successful ``30 01`` (no fingerprint) or ``30 10`` reply."""
    lengths = struct.pack(">HH", len(content.text), len(content.photo))
    if content.fingerprint is None:
        return lengths + content.text + content.photo
    lengths += struct.pack(">H", len(content.fingerprint))
    return lengths + content.text + content.photo + content.fingerprint


def sam_id_data(parts: tuple[int, int, int, int, int]) -> bytes:
    """16 SAM ID bytes from the five displayed numbers (see :func:`format_sam_id`)."""
    major, minor, a, b, c = parts
    return bytes([major, 0, minor, 0]) + struct.pack("<III", a, b, c)


# ------------------------------------------------------------------------- parsers


def unwrap(data: bytes) -> bytes:
    """Check one complete frame and return its payload; raise :class:`ProtocolError`."""
    head = bytes(data[:_PREVIEW])
    if len(data) < _HEAD + MIN_LEN or data[:5] != PREAMBLE:
        raise ProtocolError("bad GA 467 frame header", head, code="bad_frame")
    (length,) = struct.unpack_from(">H", data, 5)
    if len(data) != _HEAD + length:
        raise ProtocolError(
            f"GA 467 frame of {len(data)} bytes declares LEN {length}", head, code="bad_length"
        )
    if checksum(data[5:-1]) != data[-1]:
        raise ProtocolError("GA 467 frame checksum mismatch", head, code="bad_checksum")
    return bytes(data[_HEAD:-1])


def parse_response_payload(payload: bytes) -> Response:
    if len(payload) < 3:
        raise ProtocolError(
            f"GA 467 reply of {len(payload)} bytes has no status", code="bad_length"
        )
    return Response(payload[0], payload[1], payload[2], bytes(payload[3:]))


def parse_request_payload(payload: bytes) -> Request:
    if len(payload) < 2:
        raise ProtocolError("GA 467 request without CMD/PARA", payload, code="bad_length")
    return Request(payload[0], payload[1], bytes(payload[2:]))


def parse_response(data: bytes) -> Response:
    """Parse one complete response frame."""
    return parse_response_payload(unwrap(data))


def parse_request(data: bytes) -> Request:
    """Parse one complete request frame."""
    return parse_request_payload(unwrap(data))


def status_error(command: Command | int, sw3: int) -> DeviceError:
    """The typed error for a failed SW3 (not raised: the caller raises it)."""
    name = command.name if isinstance(command, Command) else f"0x{command:04x}"
    cls, code, reason = _STATUS_ERRORS.get(
        sw3, (SamError, "sam_status", "the SAM answered an unknown status")
    )
    message = f"{name}: {reason} (SW3 {sw3:02x})"
    if cls is SamFrameError:
        return SamFrameError(message, status=sw3, code=code)
    assert issubclass(cls, (SamError, CardError))
    return cls(message, command=name, status=sw3, code=code)


def check_response(command: Command, reply: Response) -> Response:
    """Return ``reply`` if its SW3 is a success, else raise the typed error."""
    if not reply.ok:
        raise status_error(command, reply.sw3)
    return reply


def parse_card_content(data: bytes, *, fingerprint: bool) -> CardContent:
    """Split a successful ``30 01`` (``fingerprint=False``) or ``30 10`` reply's data."""
    n_lengths = 3 if fingerprint else 2
    head = 2 * n_lengths
    if len(data) < head:
        raise ProtocolError(
            f"card content of {len(data)} bytes has no lengths", b"", code="bad_length"
        )
    lengths = struct.unpack_from(f">{n_lengths}H", data)
    if head + sum(lengths) != len(data):
        raise ProtocolError(
            f"card content lengths {'+'.join(map(str, lengths))} do not add up to"
            f" {len(data) - head} bytes",
            data[:head],
            code="bad_length",
        )
    text_len, photo_len = lengths[0], lengths[1]
    if text_len != TEXT_LEN:
        raise ProtocolError(
            f"text block of {text_len} bytes, want {TEXT_LEN}", data[:head], code="bad_length"
        )
    text = bytes(data[head : head + text_len])
    photo = bytes(data[head + text_len : head + text_len + photo_len])
    fp = bytes(data[head + text_len + photo_len :]) if fingerprint else None
    if fp is not None and len(fp) % FINGERPRINT_RECORD_LEN:
        raise ProtocolError(
            f"fingerprint of {len(fp)} bytes is not a multiple of {FINGERPRINT_RECORD_LEN}",
            data[:head],
            code="bad_length",
        )
    return CardContent(text, photo, fp)


def format_sam_id(data: bytes) -> str:
    """Display form of the 16 SAM ID bytes (layout from one public driver: unverified)."""
    if len(data) < SAM_ID_LEN:
        raise ProtocolError(f"SAM ID of {len(data)} bytes, want 16", data, code="bad_length")
    a, b, c = struct.unpack_from("<III", data, 4)
    return f"{data[0]:02d}.{data[2]:02d}-{a}-{b:09d}-{c:09d}"


# ------------------------------------------------------------------------- stream decoder


@dataclass(slots=True)
class DecoderStats:
    frames: int = 0
    errors: int = 0
    discarded_bytes: int = 0
    by_code: dict[str, int] = field(default_factory=dict)


class FrameDecoder:
    """Turn arbitrary byte chunks into :class:`Frame` and :class:`DecodeError` items, in stream
    order. Never raises on bad input; bounded memory.

    Resynchronisation rules (each from a way a serial line goes wrong):

    * Bytes before a preamble are dropped and counted (noise, a reply cut by opening the port
      mid-frame). A trailing partial preamble (``AA AA``) is kept: the rest may follow.
    * An impossible LEN (below 3, above :data:`MAX_LEN`) or a checksum mismatch yields a
      :class:`DecodeError` and drops only the first preamble byte: a real frame may start
      inside the broken one (noise that happened to contain ``AA AA AA 96 69``).
    * While a candidate is incomplete, a *complete, valid* frame starting later in the buffer
      wins (``nested``): otherwise a fake preamble with a large LEN would swallow the real reply
      and the driver would wait out its whole timeout.
    """

    def __init__(self, *, max_len: int = MAX_LEN) -> None:
        self.max_len = max_len
        self._buf = bytearray()
        self.stats = DecoderStats()

    @property
    def pending(self) -> int:
        """Bytes held back (a partial frame or preamble)."""
        return len(self._buf)

    def reset(self) -> None:
        """Forget what is buffered (counted as discarded)."""
        self.stats.discarded_bytes += len(self._buf)
        self._buf.clear()

    def flush(self) -> list[DecodeError]:
        """End of stream (a reply timed out): report a held-back partial frame as
        ``truncated`` and forget it."""
        if not self._buf:
            return []
        start = self._buf.find(PREAMBLE)
        if start < 0:
            self.reset()
            return []
        size = len(self._buf) - start
        error = self._error(
            "truncated", f"frame cut off after {size} bytes", bytes(self._buf[start:])
        )
        self.reset()
        return [error]

    def feed(self, chunk: bytes) -> list[Frame | DecodeError]:
        self._buf += chunk
        out: list[Frame | DecodeError] = []
        while True:
            start = self._buf.find(PREAMBLE)
            if start < 0:
                self._drop_keeping_partial_preamble()
                return out
            if start:
                self._discard(start)
            verdict = self._examine(0)
            if verdict is None:  # incomplete
                nested = self._find_nested()
                if nested is None:
                    return out
                out.append(
                    self._error("nested", "a complete frame inside an incomplete one", self._buf)
                )
                self._discard(nested)
                continue
            if isinstance(verdict, DecodeError):
                out.append(verdict)
                self._discard(1)
                continue
            size = _HEAD + len(verdict.payload) + 1
            del self._buf[:size]
            self.stats.frames += 1
            out.append(verdict)

    # ---------------------------------------------------------------- internals

    def _examine(self, at: int) -> Frame | DecodeError | None:
        buf = self._buf
        if len(buf) - at < _HEAD:
            return None
        (length,) = struct.unpack_from(">H", buf, at + 5)
        if length < MIN_LEN or length > self.max_len:
            return self._error("bad_length", f"impossible LEN {length}", buf[at : at + _HEAD])
        end = at + _HEAD + length
        if len(buf) < end:
            return None
        if checksum(buf[at + 5 : end - 1]) != buf[end - 1]:
            return self._error("bad_checksum", "checksum mismatch", buf[at : at + _PREVIEW])
        return Frame(bytes(buf[at + _HEAD : end - 1]))

    def _find_nested(self) -> int | None:
        at = self._buf.find(PREAMBLE, 1)
        while at > 0:
            if len(self._buf) - at < _HEAD:
                return None
            (length,) = struct.unpack_from(">H", self._buf, at + 5)
            end = at + _HEAD + length
            if MIN_LEN <= length <= self.max_len and end <= len(self._buf):
                body = self._buf[at + 5 : end - 1]
                if checksum(body) == self._buf[end - 1]:
                    return at
            at = self._buf.find(PREAMBLE, at + 1)
        return None

    def _drop_keeping_partial_preamble(self) -> None:
        keep = 0
        for n in range(min(len(PREAMBLE) - 1, len(self._buf)), 0, -1):
            if self._buf.endswith(PREAMBLE[:n]):
                keep = n
                break
        self._discard(len(self._buf) - keep)

    def _discard(self, n: int) -> None:
        if n > 0:
            self.stats.discarded_bytes += n
            del self._buf[:n]

    def _error(self, code: str, reason: str, data: bytes | bytearray) -> DecodeError:
        self.stats.errors += 1
        self.stats.by_code[code] = self.stats.by_code.get(code, 0) + 1
        return DecodeError(code, reason, hex_preview(bytes(data[:_PREVIEW])))
