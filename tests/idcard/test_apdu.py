"""APDUs, BER-TLV and the card profile of the PC/SC reader, as pure functions."""

from __future__ import annotations

import contextlib
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from drivers.idcard import apdu, samples
from drivers.idcard.errors import BadCheckDigit, CardDataError, CardReadFailed, UnknownCardType


def test_select_aid_bytes() -> None:
    assert apdu.select_aid(bytes.fromhex("A000000003")) == bytes.fromhex("00A4040005A00000000300")


def test_select_ef_bytes() -> None:
    assert apdu.select_ef(0x0006) == bytes.fromhex("00A4020C020006")


def test_read_binary_bytes() -> None:
    assert apdu.read_binary(0x0123, 0xF0) == bytes.fromhex("00B00123F0")


def test_read_binary_offset_must_fit() -> None:
    with pytest.raises(ValueError):
        apdu.read_binary(0x8000, 1)


def test_split_response() -> None:
    assert apdu.split_response([0x01, 0x02, 0x90, 0x00]) == (b"\x01\x02", 0x9000)
    with pytest.raises(CardReadFailed):
        apdu.split_response([0x90])


@pytest.mark.parametrize(
    ("sw", "app", "cls", "code"),
    [
        (0x6A82, True, UnknownCardType, "unknown_card_type"),
        (0x6A82, False, CardReadFailed, "card_file_not_found"),
        (0x6982, False, CardReadFailed, "card_access_denied"),
        (0x6F00, False, CardReadFailed, "card_read_failed"),
    ],
)
def test_status_words_map_to_card_errors(sw: int, app: bool, cls: type, code: str) -> None:
    error = apdu.status_error("step", sw, selecting_application=app)
    assert type(error) is cls and error.code == code and error.status == sw


# ----------------------------------------------------------------------------- TLV


def test_tlv_roundtrip_with_long_lengths() -> None:
    data = apdu.encode_tlv(0x09, b"a" * 5) + apdu.encode_tlv(0x5F20, b"b" * 200)
    data += apdu.encode_tlv(0x0A, b"c" * 300)
    tlvs = apdu.parse_tlv(b"\x00" + data + b"\xff\xff")
    assert [(t.tag, len(t.value)) for t in tlvs] == [(0x09, 5), (0x5F20, 200), (0x0A, 300)]


@pytest.mark.parametrize(
    "data",
    [b"\x09", b"\x09\x05abc", b"\x09\x84\x00\x00\x00\x01x", b"\x1f", b"\x1f\x81\x81\x81\x81"],
)
def test_broken_tlv_is_card_data_error(data: bytes) -> None:
    with pytest.raises(CardDataError):
        apdu.parse_tlv(data)


def test_tlv_repr_hides_the_value() -> None:
    assert "secret" not in repr(apdu.Tlv(9, b"secret"))


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=300))
def test_random_tlv_input_gives_objects_or_a_card_data_error(data: bytes) -> None:
    with contextlib.suppress(CardDataError):
        apdu.parse_tlv(data)


# ----------------------------------------------------------------------------- profile


def test_record_roundtrips_through_the_demo_profile() -> None:
    record = samples.social_security()
    files = apdu.files_from_record(apdu.SOCIAL_SECURITY_DEMO, record)
    assert set(files) == {0x0005, 0x0006}
    assert apdu.record_from_files(apdu.SOCIAL_SECURITY_DEMO, files) == record


def test_name_is_gbk_on_the_card() -> None:
    files = apdu.files_from_record(apdu.SOCIAL_SECURITY_DEMO, samples.social_security())
    assert "李明".encode("gbk") in files[0x0006]


def test_bad_check_digit_through_the_profile() -> None:
    record = samples.social_security()
    bad = replace(record, id_number=record.id_number[:17] + "0")
    files = apdu.files_from_record(apdu.SOCIAL_SECURITY_DEMO, bad)
    with pytest.raises(BadCheckDigit):
        apdu.record_from_files(apdu.SOCIAL_SECURITY_DEMO, files)
    relaxed = apdu.record_from_files(apdu.SOCIAL_SECURITY_DEMO, files, verify_check_digit=False)
    assert relaxed.id_number == bad.id_number


def test_missing_required_field() -> None:
    files = apdu.files_from_record(apdu.SOCIAL_SECURITY_DEMO, samples.social_security())
    files[0x0006] = apdu.encode_tlv(0x08, samples.social_security().id_number.encode())
    with pytest.raises(CardDataError) as info:
        apdu.record_from_files(apdu.SOCIAL_SECURITY_DEMO, files)
    assert info.value.field == "name"


@pytest.mark.parametrize(
    ("tag", "value", "field"),
    [
        (0x0D, b"\x19\x85\x13\x15", "birth_date"),
        (0x0D, b"\x19\x85", "birth_date"),
        (0x0A, b"7", "sex"),
        (0x0B, b"\x4d", "nation"),
        (0x09, b"\xff\xfe\x81", "name"),
    ],
)
def test_undecodable_fields(tag: int, value: bytes, field: str) -> None:
    files = apdu.files_from_record(apdu.SOCIAL_SECURITY_DEMO, samples.social_security())
    files[0x0006] = apdu.encode_tlv(tag, value) + files[0x0006]
    with pytest.raises(CardDataError) as info:
        apdu.record_from_files(apdu.SOCIAL_SECURITY_DEMO, files)
    assert info.value.field == field


def test_unset_bcd_date_is_none() -> None:
    record = samples.social_security()
    files = apdu.files_from_record(apdu.SOCIAL_SECURITY_DEMO, record)
    files[0x0005] = apdu.encode_tlv(0x06, b"\xff" * 4) + files[0x0005]
    assert apdu.record_from_files(apdu.SOCIAL_SECURITY_DEMO, files).valid_to is None


def test_profile_from_configuration() -> None:
    profile = apdu.CardProfile.from_mapping(
        {
            "name": "my-ssc",
            "card_type": "social_security",
            "aid": "F0 4B 49 4F 53 4B 53 53 43",
            "fields": [
                {"key": "name", "file": "0006", "tag": "09", "encoding": "gbk"},
                {"key": "id_number", "file": "0x0006", "tag": 8},
            ],
            "read_chunk": 64,
        }
    )
    assert profile.aid == apdu.SOCIAL_SECURITY_DEMO.aid
    assert profile.files == (0x0006,)
    assert profile.fields[1] == apdu.FieldSpec("id_number", 6, 8, "ascii")
    assert profile.read_chunk == 64


@pytest.mark.parametrize(
    "mapping",
    [
        {"name": "x", "aid": "zz", "fields": []},
        {"name": "x", "aid": "A000000003", "fields": [{"key": "name", "file": "6"}]},
        {
            "name": "x",
            "aid": "A000000003",
            "fields": [{"key": "n", "file": 6, "tag": 9, "encoding": "ebcdic"}],
        },
    ],
)
def test_bad_profile_configuration(mapping: dict) -> None:
    with pytest.raises(ValueError):
        apdu.CardProfile.from_mapping(mapping)
