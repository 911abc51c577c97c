"""ISO 7816-4 APDUs, BER-TLV and the configurable card profile of the PC/SC reader (pure).

The PC/SC driver reads a contact (or contactless, through a PC/SC reader) smart card by:
SELECT the application by AID -> for each configured elementary file: SELECT EF by file id,
READ BINARY in chunks -> parse the file as BER-TLV -> map tags to record fields.

The default :data:`SOCIAL_SECURITY_DEMO` profile is *invented*, modelled on the public
description of China's social-security card basic files: EF05 (card: 05 issue date,
06 expiry, 07 card number) and EF06 (holder: 08 social-security number = ID number, 09 name in
GBK, 0A sex, 0B nation, 0D birth date), dates as 4 BCD bytes ``YYYYMMDD``. Its AID
``F0 4B 49 4F 53 4B 53 53 43`` ("F0" + "KIOSKSSC") is a proprietary placeholder. A deployment
configures its issuer's AID, file ids, tags and encodings (:meth:`CardProfile.from_mapping`,
e.g. from the kiosk's TOML); real cards may protect some files behind a PSAM, which this
profile does not cover.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from drivers.idcard.errors import CardDataError, CardReadFailed, UnknownCardType
from drivers.idcard.records import (
    NATIONS,
    SEXES,
    IdCardRecord,
    validate_id_number,
)

SW_OK = 0x9000
SW_END_OF_FILE = 0x6282  # fewer bytes than Le: the file ended
SW_WRONG_OFFSET = 0x6B00  # offset beyond the end of the file
SW_FILE_NOT_FOUND = 0x6A82
SW_FUNCTION_NOT_SUPPORTED = 0x6A81
SW_SECURITY = 0x6982
SW_CONDITIONS = 0x6985
SW_INS_NOT_SUPPORTED = 0x6D00
SW_CLA_NOT_SUPPORTED = 0x6E00
SW_WRONG_P1P2 = 0x6A86

ENCODINGS = ("ascii", "gbk", "utf-8", "bcd_date", "sex_code", "nation_code", "hex")


# ------------------------------------------------------------------------- APDUs


def select_aid(aid: bytes) -> bytes:
    """SELECT by DF name, first occurrence, FCI returned (``00 A4 04 00 Lc AID 00``)."""
    if not 5 <= len(aid) <= 16:
        raise ValueError("an AID has 5 to 16 bytes")
    return bytes([0x00, 0xA4, 0x04, 0x00, len(aid)]) + aid + b"\x00"


def select_ef(fid: int) -> bytes:
    """SELECT EF by file id under the current DF, no response data (``00 A4 02 0C 02 FID``)."""
    return bytes([0x00, 0xA4, 0x02, 0x0C, 0x02, fid >> 8 & 0xFF, fid & 0xFF])


def read_binary(offset: int, le: int) -> bytes:
    """READ BINARY of the current EF (``00 B0 off_hi off_lo Le``; Le 0 means 256)."""
    if not 0 <= offset <= 0x7FFF:
        raise ValueError("READ BINARY offset must fit 15 bits")
    return bytes([0x00, 0xB0, offset >> 8, offset & 0xFF, le & 0xFF])


def get_response(le: int) -> bytes:
    return bytes([0x00, 0xC0, 0x00, 0x00, le & 0xFF])


def split_response(rapdu: Sequence[int] | bytes) -> tuple[bytes, int]:
    """``(data, SW1SW2)`` of an R-APDU."""
    raw = bytes(rapdu)
    if len(raw) < 2:
        raise CardReadFailed(f"R-APDU of {len(raw)} bytes has no status word", code="bad_rapdu")
    return raw[:-2], raw[-2] << 8 | raw[-1]


def status_error(step: str, sw: int, *, selecting_application: bool = False) -> CardReadFailed:
    """The typed error for a failed status word (the card, not the reader)."""
    text = f"{step}: card answered {sw:04X}"
    if selecting_application and sw in (
        SW_FILE_NOT_FOUND,
        SW_FUNCTION_NOT_SUPPORTED,
        SW_WRONG_P1P2,
    ):
        return UnknownCardType(f"{text} (not a card of this profile)", status=sw)
    if sw in (SW_SECURITY, SW_CONDITIONS):
        return CardReadFailed(f"{text} (access denied)", status=sw, code="card_access_denied")
    if sw == SW_FILE_NOT_FOUND:
        return CardReadFailed(f"{text} (file not found)", status=sw, code="card_file_not_found")
    return CardReadFailed(text, status=sw)


# ------------------------------------------------------------------------- BER-TLV


@dataclass(frozen=True, slots=True)
class Tlv:
    tag: int
    value: bytes

    def __repr__(self) -> str:  # values are personal data
        return f"Tlv(0x{self.tag:X}, {len(self.value)} B)"


def parse_tlv(data: bytes) -> list[Tlv]:
    """BER-TLV objects of ``data`` (``00``/``FF`` padding between objects is skipped).

    Raises :class:`CardDataError` for a truncated or impossible object.
    """
    out: list[Tlv] = []
    i, n = 0, len(data)
    while i < n:
        if data[i] in (0x00, 0xFF):
            i += 1
            continue
        tag = data[i]
        i += 1
        if tag & 0x1F == 0x1F:  # multi-byte tag: more bytes while b8 is set
            for _ in range(3):
                if i >= n:
                    raise CardDataError("TLV tag truncated", field="tlv")
                tag = tag << 8 | data[i]
                i += 1
                if not data[i - 1] & 0x80:
                    break
            else:
                raise CardDataError("TLV tag longer than 4 bytes", field="tlv")
        if i >= n:
            raise CardDataError("TLV length missing", field="tlv")
        length = data[i]
        i += 1
        if length & 0x80:
            count = length & 0x7F
            if count == 0 or count > 3 or i + count > n:
                raise CardDataError("TLV length impossible", field="tlv")
            length = int.from_bytes(data[i : i + count], "big")
            i += count
        if i + length > n:
            raise CardDataError("TLV value truncated", field="tlv")
        out.append(Tlv(tag, bytes(data[i : i + length])))
        i += length
    return out


def encode_tlv(tag: int, value: bytes) -> bytes:
    tag_bytes = tag.to_bytes(max(1, (tag.bit_length() + 7) // 8), "big")
    n = len(value)
    if n < 0x80:
        length = bytes([n])
    elif n <= 0xFF:
        length = bytes([0x81, n])
    else:
        length = bytes([0x82]) + n.to_bytes(2, "big")
    return tag_bytes + length + value


# ------------------------------------------------------------------------- profile


@dataclass(frozen=True, slots=True)
class FieldSpec:
    """Record field ``key`` is TLV ``tag`` of file ``fid``, encoded as ``encoding``
    (one of :data:`ENCODINGS`)."""

    key: str
    fid: int
    tag: int
    encoding: str = "ascii"

    def __post_init__(self) -> None:
        if self.encoding not in ENCODINGS:
            raise ValueError(f"unknown encoding {self.encoding!r} (known: {ENCODINGS})")


@dataclass(frozen=True, slots=True)
class CardProfile:
    """Which application to select, which files to read, how to map their TLVs."""

    name: str
    card_type: str
    aid: bytes
    fields: tuple[FieldSpec, ...]
    read_chunk: int = 0xF0  # Le of each READ BINARY (some readers dislike 256)
    max_file_size: int = 0x400  # stop reading a file past this (a broken card never ends)
    verify_check_digit: bool = True  # check the ID number (GB 11643) when there is one
    required: tuple[str, ...] = ("name", "id_number")

    @property
    def files(self) -> tuple[int, ...]:
        """File ids to read, in first-use order."""
        return tuple(dict.fromkeys(spec.fid for spec in self.fields))

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any]) -> CardProfile:
        """From configuration, e.g. TOML::

        [devices.idcard.params.profile]
        name = "my-province-ssc"
        card_type = "social_security"
        aid = "A0000000..."
        fields = [ { key = "name", file = "0006", tag = "09", encoding = "gbk" }, ... ]
        """
        try:
            specs = tuple(
                FieldSpec(
                    key=str(item["key"]),
                    fid=_int(item["file"]),
                    tag=_int(item["tag"]),
                    encoding=str(item.get("encoding", "ascii")),
                )
                for item in data["fields"]
            )
            extra = {
                key: data[key]
                for key in ("read_chunk", "max_file_size", "verify_check_digit")
                if key in data
            }
            if "required" in data:
                extra["required"] = tuple(data["required"])
            return cls(
                name=str(data["name"]),
                card_type=str(data.get("card_type", data["name"])),
                aid=bytes.fromhex(str(data["aid"]).replace(" ", "")),
                fields=specs,
                **extra,
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise ValueError(f"bad card profile: {exc}") from exc


def _int(value: Any) -> int:
    """``6``, ``"0006"`` or ``"0x06"`` -> 6 (file ids and tags are written in hex)."""
    if isinstance(value, int):
        return value
    text = str(value).strip().lower()
    return int(text[2:] if text.startswith("0x") else text, 16)


SOCIAL_SECURITY_DEMO = CardProfile(
    name="social_security_demo",
    card_type="social_security",
    aid=bytes.fromhex("F04B494F534B535343"),
    fields=(
        FieldSpec("valid_from", 0x0005, 0x05, "bcd_date"),
        FieldSpec("valid_to", 0x0005, 0x06, "bcd_date"),
        FieldSpec("card_number", 0x0005, 0x07, "ascii"),
        FieldSpec("id_number", 0x0006, 0x08, "ascii"),
        FieldSpec("name", 0x0006, 0x09, "gbk"),
        FieldSpec("sex", 0x0006, 0x0A, "sex_code"),
        FieldSpec("nation", 0x0006, 0x0B, "nation_code"),
        FieldSpec("birth_date", 0x0006, 0x0D, "bcd_date"),
    ),
)


# ------------------------------------------------------------------------- record mapping


def record_from_files(
    profile: CardProfile, files: Mapping[int, bytes], *, verify_check_digit: bool | None = None
) -> IdCardRecord:
    """Map the raw contents of the profile's files to a record (typed errors, no values in
    messages)."""
    values: dict[str, Any] = {}
    tlvs = {fid: _first_by_tag(parse_tlv(files.get(fid, b""))) for fid in profile.files}
    for spec in profile.fields:
        tlv = tlvs[spec.fid].get(spec.tag)
        if tlv is None:
            continue
        decoded = _decode(spec, tlv.value)
        if spec.encoding == "nation_code" and decoded is not None:
            values["nation_code"] = decoded
            values["nation"] = NATIONS[decoded]
        elif decoded is not None:
            values[spec.key] = decoded
    for key in profile.required:
        if not values.get(key):
            raise CardDataError(f"the card has no {key}", field=key)
    verify = profile.verify_check_digit if verify_check_digit is None else verify_check_digit
    if verify and values.get("id_number"):
        values["id_number"] = validate_id_number(values["id_number"])
    values.setdefault("name", "")
    values.setdefault("id_number", "")
    return IdCardRecord(card_type=profile.card_type, **values)


def files_from_record(profile: CardProfile, record: IdCardRecord) -> dict[int, bytes]:
    """The file contents a card holding ``record`` has under ``profile`` (for the card
    emulator and tests; inverse of :func:`record_from_files`)."""
    files: dict[int, bytearray] = {fid: bytearray() for fid in profile.files}
    for spec in profile.fields:
        source = "nation_code" if spec.encoding == "nation_code" else spec.key
        value = getattr(record, source)
        if value is None:
            continue
        files[spec.fid] += encode_tlv(spec.tag, _encode(spec, str(value)))
    return {fid: bytes(content) for fid, content in files.items()}


def _first_by_tag(tlvs: Iterable[Tlv]) -> dict[int, Tlv]:
    out: dict[int, Tlv] = {}
    for tlv in tlvs:
        out.setdefault(tlv.tag, tlv)
    return out


def _decode(spec: FieldSpec, raw: bytes) -> str | None:
    enc = spec.encoding
    try:
        if enc == "hex":
            return raw.hex().upper() or None
        if enc == "bcd_date":
            if len(raw) != 4:
                raise ValueError
            digits = raw.hex()
            if set(digits) <= {"0"} or set(digits) <= {"f"}:  # an unset date
                return None
            return _dt.date(int(digits[:4]), int(digits[4:6]), int(digits[6:8])).isoformat()
        if enc == "sex_code":  # ASCII "1"/"2", or the same as a binary byte
            code = str(raw[0]) if len(raw) == 1 and raw[0] < 0x10 else raw.decode("ascii")
            if code not in SEXES:
                raise ValueError
            return SEXES[code]
        if enc == "nation_code":
            code = raw.decode("ascii").strip() if len(raw) > 1 else f"{raw[0]:02d}"
            if code not in NATIONS:
                raise ValueError
            return code
        text = raw.decode(enc).rstrip(" \x00\xff")
        if any(ord(c) < 0x20 for c in text):
            raise ValueError
        return text or None
    except (ValueError, IndexError, UnicodeDecodeError):
        raise CardDataError(f"field {spec.key} is not valid {enc}", field=spec.key) from None


def _encode(spec: FieldSpec, value: str) -> bytes:
    enc = spec.encoding
    if enc == "hex":
        return bytes.fromhex(value)
    if enc == "bcd_date":
        return bytes.fromhex(value.replace("-", ""))
    if enc == "sex_code":
        return {word: code for code, word in SEXES.items()}[value].encode("ascii")
    if enc == "nation_code":
        return bytes([int(value)])
    return value.encode(enc)
