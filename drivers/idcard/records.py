"""The typed ID-card record and the parsers of the SAM's 256-byte text block (pure, no I/O).

Text block (``/work/shared/PROTOCOLS.md`` section 1): UCS-2LE, every field padded with
``20 00``; byte offset+length per field. The character at byte 248 tells the layout:

* blank - resident identity card (居民身份证): name 0+30, sex 30+2, nation 32+4, birth 36+16,
  address 52+70, ID number 122+36, issuer 158+30, valid from 188+16, valid to 204+16 (or
  ``长期``), reserved 220+36;
* ``J`` - residence permit for Hong Kong, Macao and Taiwan residents (港澳台居民居住证): the
  resident layout without a nation, plus pass number 220+18 and issue count 238+4;
* ``I`` - foreign permanent resident ID card, versions before 2023 (外国人永久居留身份证):
  English name 0+120, sex 120+2, card number 122+30, nationality 152+6, Chinese name 158+30,
  from 188+16, to 204+16, birth 220+16, version 236+4, issuing authority code 240+8;
* ``Y`` - the 2023 foreign permanent resident ID card: Chinese name 0+30, sex 30+2, renewal
  count 32+4, birth 36+16, English name 52+70 continued at 220+22, ID number 122+36, from
  188+16, to 204+16, nationality 242+6, link to the previous card 250+6.

Confidence: the resident layout is verified in many public drivers; the ``J``/``I``/``Y``
layouts come from fewer sources (medium confidence) - :data:`LAYOUTS` is a plain table so a
correction is a one-line change.

Privacy: :class:`IdCardRecord`'s ``repr`` names the fields present, never their values; errors
name the field, never its content.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from enum import StrEnum
from typing import Any

from drivers.idcard.errors import BadCheckDigit, CardDataError, UnknownCardType

TEXT_BLOCK_LEN = 256
TYPE_FLAG_OFFSET = 248
PAD = " "
LONG_TERM = "long_term"  # valid_to of a card without an end date (长期)
_LONG_TERM_ZH = "长期"


class CardType(StrEnum):
    RESIDENT = "resident_id"
    HMT_RESIDENCE = "hmt_residence_permit"
    FOREIGN_PERMANENT = "foreign_permanent_resident"
    FOREIGN_PERMANENT_2023 = "foreign_permanent_resident_2023"


#: type flag character at byte 248 -> card type (blank/NUL = resident card)
TYPE_FLAGS: dict[str, CardType] = {
    "J": CardType.HMT_RESIDENCE,
    "I": CardType.FOREIGN_PERMANENT,
    "Y": CardType.FOREIGN_PERMANENT_2023,
}
_FLAG_OF = {card_type: flag for flag, card_type in TYPE_FLAGS.items()}

#: GB 3304 nationality codes on resident cards (01-56 the 56 ethnic groups)
NATIONS: dict[str, str] = {
    "01": "汉", "02": "蒙古", "03": "回", "04": "藏", "05": "维吾尔", "06": "苗", "07": "彝",
    "08": "壮", "09": "布依", "10": "朝鲜", "11": "满", "12": "侗", "13": "瑶", "14": "白",
    "15": "土家", "16": "哈尼", "17": "哈萨克", "18": "傣", "19": "黎", "20": "傈僳", "21": "佤",
    "22": "畲", "23": "高山", "24": "拉祜", "25": "水", "26": "东乡", "27": "纳西", "28": "景颇",
    "29": "柯尔克孜", "30": "土", "31": "达斡尔", "32": "仫佬", "33": "羌", "34": "布朗",
    "35": "撒拉", "36": "毛南", "37": "仡佬", "38": "锡伯", "39": "阿昌", "40": "普米",
    "41": "塔吉克", "42": "怒", "43": "乌孜别克", "44": "俄罗斯", "45": "鄂温克", "46": "德昂",
    "47": "保安", "48": "裕固", "49": "京", "50": "塔塔尔", "51": "独龙", "52": "鄂伦春",
    "53": "赫哲", "54": "门巴", "55": "珞巴", "56": "基诺", "97": "其他", "98": "外国血统",
}  # fmt: skip
_NATION_CODE = {name: code for code, name in NATIONS.items()}

#: GB 2261.1 sex codes as stored on the cards
SEXES: dict[str, str] = {"0": "unknown", "1": "male", "2": "female", "9": "unspecified"}
_SEX_CODE = {word: code for code, word in SEXES.items()}

#: card type -> {record key: (byte offset, byte length)}; "english_name_2" is the continuation
#: of the 2023 card's English name.
LAYOUTS: dict[CardType, dict[str, tuple[int, int]]] = {
    CardType.RESIDENT: {
        "name": (0, 30),
        "sex": (30, 2),
        "nation": (32, 4),
        "birth_date": (36, 16),
        "address": (52, 70),
        "id_number": (122, 36),
        "issuer": (158, 30),
        "valid_from": (188, 16),
        "valid_to": (204, 16),
    },
    CardType.HMT_RESIDENCE: {
        "name": (0, 30),
        "sex": (30, 2),
        "birth_date": (36, 16),
        "address": (52, 70),
        "id_number": (122, 36),
        "issuer": (158, 30),
        "valid_from": (188, 16),
        "valid_to": (204, 16),
        "pass_number": (220, 18),
        "issue_count": (238, 4),
    },
    CardType.FOREIGN_PERMANENT: {
        "english_name": (0, 120),
        "sex": (120, 2),
        "id_number": (122, 30),
        "nationality": (152, 6),
        "name": (158, 30),
        "valid_from": (188, 16),
        "valid_to": (204, 16),
        "birth_date": (220, 16),
        "card_version": (236, 4),
        "authority_code": (240, 8),
    },
    CardType.FOREIGN_PERMANENT_2023: {
        "name": (0, 30),
        "sex": (30, 2),
        "issue_count": (32, 4),
        "birth_date": (36, 16),
        "english_name": (52, 70),
        "id_number": (122, 36),
        "valid_from": (188, 16),
        "valid_to": (204, 16),
        "english_name_2": (220, 22),
        "nationality": (242, 6),
        "previous_card_link": (250, 6),
    },
}

_GB11643_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_GB11643_CHECK = "10X98765432"


# ------------------------------------------------------------------------- the record


@dataclass(frozen=True, slots=True, repr=False)
class IdCardRecord:
    """What a card says about its holder, with English keys.

    Dates are ISO (``1985-06-15``); ``valid_to`` may be :data:`LONG_TERM`. ``sex`` is
    ``male``/``female``/``unknown``/``unspecified``; ``nation`` the Chinese name of the
    ethnic group (``汉``) with its code in ``nation_code``; ``nationality`` an ISO 3166
    alpha-3 code (foreign cards). ``photo_wlt`` is the encrypted 1024-byte "WLT" photo (see
    :mod:`drivers.idcard.photo`), ``fingerprint`` the raw fingerprint records or ``None``.
    """

    card_type: str
    name: str
    id_number: str
    sex: str | None = None
    nation: str | None = None
    nation_code: str | None = None
    birth_date: str | None = None
    address: str | None = None
    issuer: str | None = None
    valid_from: str | None = None
    valid_to: str | None = None
    english_name: str | None = None
    nationality: str | None = None
    pass_number: str | None = None
    issue_count: str | None = None
    card_version: str | None = None
    authority_code: str | None = None
    previous_card_link: str | None = None
    card_number: str | None = None
    photo_wlt: bytes = b""
    fingerprint: bytes | None = None

    #: keys every :meth:`to_dict` has (the CLI contract), in this order
    MAIN_KEYS = (
        "name",
        "sex",
        "nation",
        "birth_date",
        "address",
        "id_number",
        "issuer",
        "valid_from",
        "valid_to",
        "card_type",
    )

    def __repr__(self) -> str:  # never print personal data by accident
        present = [
            f.name
            for f in fields(self)
            if f.name not in ("card_type", "photo_wlt", "fingerprint") and getattr(self, f.name)
        ]
        fp = "none" if self.fingerprint is None else f"{len(self.fingerprint)} B"
        return (
            f"IdCardRecord({self.card_type}, fields=<{', '.join(present)}>,"
            f" photo {len(self.photo_wlt)} B, fingerprint {fp})"
        )

    __str__ = __repr__

    def to_dict(self) -> dict[str, Any]:
        """Every text field by English key (``None`` when the card has none) plus the sizes of
        the binary parts (``photo_wlt_bytes``, ``fingerprint_bytes``) - not the blobs."""
        out: dict[str, Any] = {key: getattr(self, key) for key in self.MAIN_KEYS}
        for f in fields(self):
            if f.name not in out and f.name not in ("photo_wlt", "fingerprint"):
                out[f.name] = getattr(self, f.name)
        out["photo_wlt_bytes"] = len(self.photo_wlt)
        out["fingerprint_bytes"] = None if self.fingerprint is None else len(self.fingerprint)
        return out


# ------------------------------------------------------------------------- ID numbers


def gb11643_check_digit(first17: str) -> str:
    """The GB 11643 check character for the first 17 digits of an ID number."""
    if len(first17) != 17 or not first17.isascii() or not first17.isdigit():
        raise ValueError("need exactly 17 ASCII digits")
    total = sum(int(d) * w for d, w in zip(first17, _GB11643_WEIGHTS, strict=True))
    return _GB11643_CHECK[total % 11]


def validate_id_number(number: str) -> str:
    """Check an 18-character ID number (format and GB 11643 check digit); return it with an
    upper-case ``X``. Raises :class:`CardDataError` / :class:`BadCheckDigit`."""
    value = number.strip().upper()
    if len(value) != 18 or not value[:17].isascii() or not value[:17].isdigit():
        raise CardDataError("ID number is not 17 digits + check digit", field="id_number")
    if value[17] not in _GB11643_CHECK:
        raise CardDataError("ID number check character is not 0-9 or X", field="id_number")
    if gb11643_check_digit(value[:17]) != value[17]:
        raise BadCheckDigit("ID number check digit does not match (GB 11643)", field="id_number")
    return value


# ------------------------------------------------------------------------- parsing


def card_type_of(text: bytes) -> CardType:
    """The layout of a text block, from the flag character at byte 248."""
    if len(text) != TEXT_BLOCK_LEN:
        raise CardDataError(f"text block of {len(text)} bytes, want {TEXT_BLOCK_LEN}")
    flag = _decode(text, TYPE_FLAG_OFFSET, 2, "card_type", strip=False)
    if flag in (PAD, "\0"):
        return CardType.RESIDENT
    card_type = TYPE_FLAGS.get(flag)
    if card_type is None:
        raise UnknownCardType(
            f"unknown card layout flag U+{ord(flag):04X}", code="unknown_card_layout"
        )
    return card_type


def parse_text_block(
    text: bytes,
    photo_wlt: bytes = b"",
    fingerprint: bytes | None = None,
    *,
    verify_check_digit: bool = True,
) -> IdCardRecord:
    """Parse the SAM's 256-byte text block (any of the three card kinds) into a record.

    Raises :class:`CardDataError` (a field that cannot be right), :class:`BadCheckDigit`
    (``verify_check_digit``) or :class:`UnknownCardType` (an unknown layout flag).
    """
    card_type = card_type_of(text)
    raw = {
        key: _decode(text, offset, length, key)
        for key, (offset, length) in LAYOUTS[card_type].items()
    }
    if "english_name_2" in raw:  # the 2023 card continues a long English name at 220
        more = raw.pop("english_name_2")
        if more:
            offset, length = LAYOUTS[card_type]["english_name"]
            raw["english_name"] = _decode(text, offset, length, "english_name", strip=False)
            raw["english_name"] = (raw["english_name"] + more).rstrip(PAD + "\0")
    values: dict[str, Any] = {k: (v or None) for k, v in raw.items()}
    values["sex"] = _sex(raw["sex"])
    values["birth_date"] = _date(raw["birth_date"], "birth_date")
    values["valid_from"] = _date(raw["valid_from"], "valid_from")
    values["valid_to"] = _valid_to(raw["valid_to"])
    if card_type is CardType.RESIDENT:
        code = raw["nation"]
        if code not in NATIONS:
            raise CardDataError("unknown nation code", field="nation")
        values["nation"], values["nation_code"] = NATIONS[code], code
    if card_type is CardType.FOREIGN_PERMANENT:
        values["id_number"] = _card_number(raw["id_number"])
        if not values.get("name"):
            values["name"] = raw["english_name"]
    elif verify_check_digit:
        values["id_number"] = validate_id_number(raw["id_number"])
    elif not raw["id_number"]:
        raise CardDataError("the card has no ID number", field="id_number")
    if not values.get("name"):
        raise CardDataError("the card has no name", field="name")
    return IdCardRecord(
        card_type=str(card_type),
        photo_wlt=bytes(photo_wlt),
        fingerprint=None if fingerprint is None else bytes(fingerprint),
        **values,
    )


def _decode(text: bytes, offset: int, length: int, key: str, *, strip: bool = True) -> str:
    try:
        value = text[offset : offset + length].decode("utf-16-le")
    except UnicodeDecodeError:
        raise CardDataError("field is not valid UCS-2", field=key) from None
    if any(ord(c) < 0x20 and c != "\0" for c in value):
        raise CardDataError("field contains control characters", field=key)
    return value.rstrip(PAD + "\0") if strip else value


def decode_text_field(raw: bytes, key: str) -> str:
    """One UCS-2LE field as the cards store it, padding stripped (odd trailing byte ignored)."""
    raw = bytes(raw[: len(raw) // 2 * 2])
    return _decode(raw, 0, len(raw), key)


def _sex(code: str) -> str | None:
    if not code:
        return None
    if code not in SEXES:
        raise CardDataError("unknown sex code", field="sex")
    return SEXES[code]


def _date(value: str, key: str) -> str | None:
    if not value:
        return None
    if len(value) != 8 or not value.isascii() or not value.isdigit():
        raise CardDataError("date is not YYYYMMDD", field=key)
    try:
        return _dt.date(int(value[:4]), int(value[4:6]), int(value[6:])).isoformat()
    except ValueError:
        raise CardDataError("date does not exist", field=key) from None


def _valid_to(value: str) -> str | None:
    if value.startswith(_LONG_TERM_ZH):
        return LONG_TERM
    return _date(value, "valid_to")


def _card_number(value: str) -> str:
    if not value or not value.isascii() or not value.isalnum():
        raise CardDataError("card number is not alphanumeric", field="id_number")
    return value.upper()


# ------------------------------------------------------------------------- building


def build_text_block(record: IdCardRecord) -> bytes:
    """The 256-byte text block a card of ``record.card_type`` holds (for the simulator and
    tests; inverse of :func:`parse_text_block`). Raises ``ValueError`` for a field that does
    not fit its slot."""
    card_type = CardType(record.card_type)
    layout = LAYOUTS[card_type]
    block = bytearray(PAD.encode("utf-16-le") * (TEXT_BLOCK_LEN // 2))
    values = _raw_values(record, card_type)
    if card_type is CardType.FOREIGN_PERMANENT_2023:
        english = values.get("english_name", "")
        first = layout["english_name"][1] // 2
        values["english_name"], values["english_name_2"] = english[:first], english[first:]
    for key, (offset, length) in layout.items():
        value = values.get(key) or ""
        encoded = value.encode("utf-16-le")
        if len(encoded) > length:
            raise ValueError(f"{key} does not fit its {length // 2} characters")
        block[offset : offset + len(encoded)] = encoded
    if card_type is not CardType.RESIDENT:
        block[TYPE_FLAG_OFFSET : TYPE_FLAG_OFFSET + 2] = _FLAG_OF[card_type].encode("utf-16-le")
    return bytes(block)


def _raw_values(record: IdCardRecord, card_type: CardType) -> dict[str, str]:
    values: dict[str, str] = {}
    for key in LAYOUTS[card_type]:
        value = getattr(record, key, None) if key != "english_name_2" else None
        if value is not None:
            values[key] = str(value)
    if record.sex is not None:
        values["sex"] = _SEX_CODE[record.sex]
    for key in ("birth_date", "valid_from", "valid_to"):
        value = getattr(record, key)
        if value == LONG_TERM:
            values[key] = _LONG_TERM_ZH
        elif value:
            values[key] = value.replace("-", "")
    if card_type is CardType.RESIDENT:
        values["nation"] = record.nation_code or _NATION_CODE.get(record.nation or "", "")
    if card_type is CardType.FOREIGN_PERMANENT and record.name == record.english_name:
        values["name"] = ""  # parse falls back to the English name
    return values


def with_id_number(record: IdCardRecord, id_number: str) -> IdCardRecord:
    """A copy with another ID number (tests: a card with a bad check digit)."""
    return replace(record, id_number=id_number)


def record_from_mapping(data: Mapping[str, Any]) -> IdCardRecord:
    """Build a record from English keys (PC/SC profiles, fixtures); unknown keys are errors."""
    known = {f.name for f in fields(IdCardRecord)}
    unknown = set(data) - known
    if unknown:
        raise ValueError(f"unknown record keys: {', '.join(sorted(unknown))}")
    return IdCardRecord(**dict(data))
