"""The 256-byte text block of the three card kinds, GB 11643 and the record's privacy."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from drivers.idcard import samples
from drivers.idcard.errors import BadCheckDigit, CardDataError, UnknownCardType
from drivers.idcard.records import (
    LAYOUTS,
    LONG_TERM,
    NATIONS,
    CardType,
    IdCardRecord,
    build_text_block,
    card_type_of,
    gb11643_check_digit,
    parse_text_block,
    validate_id_number,
)


def ucs2(text: str, width: int) -> bytes:
    """A field as the card stores it: UCS-2LE padded with 20 00."""
    return text.ljust(width // 2).encode("utf-16-le")


def hand_made_resident_block() -> bytes:
    """The resident layout written out field by field, independent of build_text_block."""
    block = (
        ucs2("李明", 30)
        + ucs2("1", 2)
        + ucs2("01", 4)
        + ucs2("19850615", 16)
        + ucs2("北京市东城区示例大街1号院2号楼301室", 70)
        + ucs2(samples.id_number("11010119850615001"), 36)
        + ucs2("北京市公安局东城分局", 30)
        + ucs2("20150301", 16)
        + ucs2("20350301", 16)
        + ucs2("", 36)
    )
    assert len(block) == 256
    return block


# ----------------------------------------------------------------------------- GB 11643


def test_check_digit_of_the_standards_example() -> None:
    assert gb11643_check_digit("11010519491231002") == "X"


def test_check_digit_of_a_numeric_example() -> None:
    assert gb11643_check_digit("44052418800101001") == "4"


def test_validate_accepts_a_lower_case_x() -> None:
    assert validate_id_number("11010519491231002x") == "11010519491231002X"


def test_bad_check_digit_is_a_typed_error_without_the_number() -> None:
    with pytest.raises(BadCheckDigit) as info:
        validate_id_number("110105194912310021")
    assert "1101051949" not in str(info.value)
    assert info.value.field == "id_number"


@pytest.mark.parametrize("number", ["", "12345", "11010519491231002Y", "1101051949123100AX"])
def test_malformed_id_numbers_are_card_data_errors(number: str) -> None:
    with pytest.raises(CardDataError):
        validate_id_number(number)


# ----------------------------------------------------------------------------- parsing


def test_parse_a_resident_card_laid_out_by_hand() -> None:
    record = parse_text_block(hand_made_resident_block(), b"P" * 1024)
    assert record.to_dict() | {"photo_wlt_bytes": 1024} == samples.resident().to_dict()
    assert record.card_type == CardType.RESIDENT
    assert (record.sex, record.nation, record.nation_code) == ("male", "汉", "01")
    assert record.birth_date == "1985-06-15"


@pytest.mark.parametrize("kind", samples.SAM_KINDS)
def test_every_card_kind_roundtrips(kind: str) -> None:
    record = samples.sample(kind)
    parsed = parse_text_block(build_text_block(record), record.photo_wlt, record.fingerprint)
    assert parsed == record


def test_long_term_validity() -> None:
    record = parse_text_block(build_text_block(samples.resident(long_term=True)))
    assert record.valid_to == LONG_TERM
    assert "长期".encode("utf-16-le") in build_text_block(samples.resident(long_term=True))


def test_type_flags_sit_at_byte_248() -> None:
    for kind, flag in [("hmt", "J"), ("foreign", "I"), ("foreign2023", "Y")]:
        block = build_text_block(samples.sample(kind))
        assert block[248:250] == flag.encode("utf-16-le")
    assert build_text_block(samples.resident())[248:250] == b" \x00"


def test_hmt_permit_fields() -> None:
    record = parse_text_block(build_text_block(samples.hmt_residence()))
    assert record.card_type == CardType.HMT_RESIDENCE
    assert (record.pass_number, record.issue_count, record.nation) == ("H01234567", "01", None)


def test_old_foreign_card_number_is_not_checked_as_gb11643() -> None:
    record = parse_text_block(build_text_block(samples.foreign_permanent()))
    assert record.id_number == "USA110085061501"
    assert (record.nationality, record.english_name, record.name) == (
        "USA",
        "SMITH, JOHN",
        "约翰·史密斯",
    )


def test_old_foreign_card_without_chinese_name_uses_the_english_one() -> None:
    record = replace(samples.foreign_permanent(), name="SMITH, JOHN")
    assert parse_text_block(build_text_block(record)).name == "SMITH, JOHN"


def test_2023_foreign_card_joins_the_english_name_continuation() -> None:
    record = samples.foreign_permanent_2023()
    block = build_text_block(record)
    assert block[220:242].decode("utf-16-le").strip() == "CATHERINE"
    assert parse_text_block(block).english_name == record.english_name


def test_2023_foreign_card_checks_its_id_number() -> None:
    record = samples.foreign_permanent_2023()
    bad = replace(record, id_number=record.id_number[:17] + "0")
    if bad.id_number == record.id_number:
        bad = replace(record, id_number=record.id_number[:17] + "1")
    with pytest.raises(BadCheckDigit):
        parse_text_block(build_text_block(bad))


def test_bad_check_digit_can_be_accepted_when_configured() -> None:
    record = samples.resident()
    bad = replace(
        record, id_number=record.id_number[:17] + ("1" if record.id_number[17] != "1" else "2")
    )
    block = build_text_block(bad)
    with pytest.raises(BadCheckDigit):
        parse_text_block(block)
    assert parse_text_block(block, verify_check_digit=False).id_number == bad.id_number


def test_unknown_layout_flag() -> None:
    block = bytearray(build_text_block(samples.resident()))
    block[248:250] = "Q".encode("utf-16-le")
    with pytest.raises(UnknownCardType):
        card_type_of(bytes(block))


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("birth_date", "19851315"),
        ("birth_date", "1985061X"),
        ("valid_to", "20350230"),
        ("sex", "5"),
        ("nation", "77"),
    ],
)
def test_impossible_fields_are_card_data_errors(field: str, value: str) -> None:
    offset, length = LAYOUTS[CardType.RESIDENT][field]
    block = bytearray(hand_made_resident_block())
    block[offset : offset + length] = ucs2(value, length)
    with pytest.raises(CardDataError) as info:
        parse_text_block(bytes(block))
    assert info.value.field == field
    assert value not in str(info.value)


def test_a_card_without_a_name_is_rejected() -> None:
    block = bytearray(hand_made_resident_block())
    block[0:30] = ucs2("", 30)
    with pytest.raises(CardDataError):
        parse_text_block(bytes(block))


def test_control_characters_are_rejected() -> None:
    block = bytearray(hand_made_resident_block())
    block[0:2] = "\x07".encode("utf-16-le")
    with pytest.raises(CardDataError):
        parse_text_block(bytes(block))


def test_a_short_text_block_is_rejected() -> None:
    with pytest.raises(CardDataError):
        parse_text_block(bytes(200))


def test_nul_padding_is_tolerated() -> None:
    block = bytearray(hand_made_resident_block())
    block[220:256] = bytes(36)
    assert parse_text_block(bytes(block)).name == "李明"


def test_nation_table_has_the_56_groups_and_the_two_others() -> None:
    assert [f"{i:02d}" for i in range(1, 57)] == sorted(NATIONS)[:56]
    assert (NATIONS["01"], NATIONS["56"], NATIONS["97"], NATIONS["98"]) == (
        "汉",
        "基诺",
        "其他",
        "外国血统",
    )
    assert len(NATIONS) == 58


def test_build_refuses_a_field_that_does_not_fit() -> None:
    with pytest.raises(ValueError):
        build_text_block(replace(samples.resident(), name="很" * 16))


# ----------------------------------------------------------------------------- the record


def test_repr_shows_no_personal_data() -> None:
    record = samples.resident(fingerprint=True)
    text = repr(record) + str(record)
    for secret in (record.name, record.id_number, record.address, "1985"):
        assert secret not in text
    assert "name" in text and "photo 1024 B" in text and "fingerprint 1024 B" in text


def test_to_dict_has_the_cli_keys_first_and_is_json() -> None:
    data = samples.resident().to_dict()
    assert list(data)[: len(IdCardRecord.MAIN_KEYS)] == list(IdCardRecord.MAIN_KEYS)
    assert data["photo_wlt_bytes"] == 1024 and data["fingerprint_bytes"] is None
    assert json.loads(json.dumps(data, ensure_ascii=False)) == data
