"""Fictional card holders for the simulators, the demo and the tests.

Nobody here exists: names are textbook placeholders, addresses say 示例 ("example"), and the
ID numbers are built from a region code, the birth date and a made-up sequence, with a valid
GB 11643 check digit so they pass the same validation as a real card. The photo is a
deterministic blob that merely has the size of a WLT photo (it is not a WLT image).
"""

from __future__ import annotations

import hashlib
from dataclasses import replace

from drivers.idcard.ga467_frames import FINGERPRINT_RECORD_LEN, PHOTO_LEN
from drivers.idcard.records import LONG_TERM, CardType, IdCardRecord, gb11643_check_digit


def id_number(first17: str) -> str:
    """``first17`` plus its GB 11643 check digit."""
    return first17 + gb11643_check_digit(first17)


def fictional_blob(label: str, size: int) -> bytes:
    """``size`` deterministic bytes that start with ``label`` (a stand-in photo/fingerprint)."""
    out = bytearray(f"SIMULATED {label} ".encode())
    counter = 0
    while len(out) < size:
        out += hashlib.sha256(f"{label}:{counter}".encode()).digest()
        counter += 1
    return bytes(out[:size])


def resident(
    *,
    long_term: bool = False,
    fingerprint: bool = False,
) -> IdCardRecord:
    """A resident identity card (李明, or 王芳 with a long-term card)."""
    if long_term:
        return IdCardRecord(
            card_type=CardType.RESIDENT,
            name="王芳",
            sex="female",
            nation="满",
            nation_code="11",
            birth_date="1960-01-20",
            address="辽宁省沈阳市和平区示例街道幸福里88号",
            id_number=id_number("21010219600120002"),
            issuer="沈阳市公安局和平分局",
            valid_from="2016-08-01",
            valid_to=LONG_TERM,
            photo_wlt=fictional_blob("photo wang fang", PHOTO_LEN),
            fingerprint=fictional_blob("fp wang fang", 2 * FINGERPRINT_RECORD_LEN)
            if fingerprint
            else None,
        )
    return IdCardRecord(
        card_type=CardType.RESIDENT,
        name="李明",
        sex="male",
        nation="汉",
        nation_code="01",
        birth_date="1985-06-15",
        address="北京市东城区示例大街1号院2号楼301室",
        id_number=id_number("11010119850615001"),
        issuer="北京市公安局东城分局",
        valid_from="2015-03-01",
        valid_to="2035-03-01",
        photo_wlt=fictional_blob("photo li ming", PHOTO_LEN),
        fingerprint=fictional_blob("fp li ming", 2 * FINGERPRINT_RECORD_LEN)
        if fingerprint
        else None,
    )


def hmt_residence() -> IdCardRecord:
    """A residence permit for a Hong Kong resident (陈大文, the textbook placeholder name)."""
    return IdCardRecord(
        card_type=CardType.HMT_RESIDENCE,
        name="陈大文",
        sex="male",
        birth_date="1990-02-03",
        address="广东省深圳市福田区示例路8号",
        id_number=id_number("81000019900203001"),
        issuer="深圳市公安局",
        valid_from="2020-05-06",
        valid_to="2025-05-06",
        pass_number="H01234567",
        issue_count="01",
        photo_wlt=fictional_blob("photo chan tai man", PHOTO_LEN),
    )


def foreign_permanent() -> IdCardRecord:
    """A pre-2023 foreign permanent resident card (15-character card number, no check)."""
    return IdCardRecord(
        card_type=CardType.FOREIGN_PERMANENT,
        name="约翰·史密斯",
        english_name="SMITH, JOHN",
        sex="male",
        id_number="USA110085061501",
        nationality="USA",
        birth_date="1985-06-15",
        valid_from="2017-01-02",
        valid_to="2027-01-02",
        card_version="01",
        authority_code="1500",
        photo_wlt=fictional_blob("photo john smith", PHOTO_LEN),
    )


def foreign_permanent_2023() -> IdCardRecord:
    """A 2023 foreign permanent resident card, English name long enough to continue at 220."""
    return IdCardRecord(
        card_type=CardType.FOREIGN_PERMANENT_2023,
        name="玛丽·史密斯",
        english_name="SMITH-JOHNSON, MARY ANNE ELIZABETH CATHERINE",
        sex="female",
        issue_count="00",
        birth_date="1988-04-20",
        id_number=id_number("93184019880420002"),
        nationality="USA",
        valid_from="2023-12-01",
        valid_to="2033-12-01",
        photo_wlt=fictional_blob("photo mary smith", PHOTO_LEN),
    )


def social_security() -> IdCardRecord:
    """李明's social-security-like card, as the PC/SC demo profile stores it (no photo)."""
    return replace(
        resident(),
        card_type="social_security",
        card_number="K00000001",
        address=None,
        issuer=None,
        photo_wlt=b"",
    )


#: The reference platform's sandbox residents (central/README.md): same names and numbers, so
#: the identity sandbox answers them as documented (张三 match, 李四 no_match, 王五
#: unavailable, 赵六 match with a pickup, 孙七 match). kind → (name, sex, birth, id number, n).
SANDBOX_RESIDENTS: dict[str, tuple[str, str, str, str, int]] = {
    "zhangsan": ("张三", "male", "1985-03-12", "370102198503120118", 1),
    "lisi": ("李四", "male", "1990-07-01", "37010219900701023X", 2),
    "wangwu": ("王五", "male", "1978-11-23", "370102197811230357", 3),
    "zhaoliu": ("赵六", "female", "1962-05-08", "37010219620508042X", 4),
    "sunqi": ("孙七", "female", "1995-09-17", "370102199509170647", 5),
}


def sandbox_resident(kind: str, *, valid_to: str = "2036-01-01") -> IdCardRecord:
    """The ID card of a sandbox test resident (``zhangsan``, ``lisi``, ``wangwu``...).

    ``valid_to`` may be set in the past for an expired card.
    """
    try:
        name, sex, birth, number, n = SANDBOX_RESIDENTS[kind]
    except KeyError:
        known = ", ".join(SANDBOX_RESIDENTS)
        raise ValueError(f"unknown sandbox resident {kind!r} (known: {known})") from None
    return IdCardRecord(
        card_type=CardType.RESIDENT,
        name=name,
        sex=sex,
        nation="汉",
        nation_code="01",
        birth_date=birth,
        address=f"山东省济南市历下区示例路{n}号",
        id_number=number,
        issuer="济南市公安局历下分局",
        valid_from="2016-01-01",
        valid_to=valid_to,
        photo_wlt=fictional_blob(f"photo {kind}", PHOTO_LEN),
    )


#: ``kind`` names accepted by the simulators' ``place_card(kind)``
KINDS = {
    "resident": resident,
    "resident_long_term": lambda: resident(long_term=True),
    "resident_fingerprint": lambda: resident(fingerprint=True),
    "hmt": hmt_residence,
    "foreign": foreign_permanent,
    "foreign2023": foreign_permanent_2023,
    "social_security": social_security,
    **{kind: (lambda k=kind: sandbox_resident(k)) for kind in SANDBOX_RESIDENTS},
}


#: the kinds a GA 467 SAM can read (the others are smart cards for the PC/SC reader)
SAM_KINDS = (
    "resident",
    "resident_long_term",
    "resident_fingerprint",
    "hmt",
    "foreign",
    "foreign2023",
    *SANDBOX_RESIDENTS,
)


def sample(kind: str) -> IdCardRecord:
    try:
        return KINDS[kind]()
    except KeyError:
        raise ValueError(f"unknown sample card {kind!r} (known: {', '.join(KINDS)})") from None
