"""Masking of ID numbers, names and phone numbers for screen and paper."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.privacy import mask_id_number, mask_name, mask_phone


def test_mask_id_number_keeps_first_and_last_four():
    assert mask_id_number("140105199001011234") == "1401**********1234"


def test_mask_id_number_with_x_check_character():
    assert mask_id_number("11010519491231002X") == "1101**********002X"


def test_mask_id_number_old_15_digit():
    assert mask_id_number("110105900307123") == "1101*******7123"


def test_mask_id_number_ignores_whitespace():
    assert mask_id_number(" 140105 19900101 1234 ") == "1401**********1234"


@pytest.mark.parametrize(
    ("value", "masked"),
    [
        ("", ""),
        (None, ""),
        ("1", "*"),
        ("12", "**"),
        ("123", "***"),
        ("1234", "1**4"),
        ("123456789", "12*****89"),
        ("1234567890123", "1234*****0123"),
    ],
)
def test_mask_id_number_short_inputs(value, masked):
    assert mask_id_number(value) == masked


@given(st.from_regex(r"\A[0-9]{17}[0-9X]\Z"))
def test_property_mask_id_number_never_reveals_middle_digits(id_number):
    masked = mask_id_number(id_number)
    assert masked[4:14] == "*" * 10
    assert masked == id_number[:4] + "*" * 10 + id_number[-4:]


@given(
    st.text(st.characters(blacklist_characters="*", blacklist_categories=("Zs", "Cc")), max_size=60)
)
def test_property_mask_id_number_reveals_at_most_eight_and_hides_a_third(value):
    masked = mask_id_number(value)
    text = "".join(value.split())
    revealed = sum(1 for char in masked if char != "*")
    assert len(masked) == len(text)
    assert revealed <= 8
    assert len(text) - revealed >= len(text) / 3


@pytest.mark.parametrize(
    ("name", "masked"),
    [
        ("张三", "张*"),
        ("张三丰", "张*丰"),
        ("欧阳娜娜", "欧**娜"),
        ("王", "*"),
        (" 李四 ", "李*"),
        ("", ""),
        (None, ""),
    ],
)
def test_mask_name(name, masked):
    assert mask_name(name) == masked


@pytest.mark.parametrize(
    ("phone", "masked"),
    [
        ("13800138000", "138****8000"),
        ("138 0013 8000", "138****8000"),
        ("+86 138-0013-8000", "138****8000"),
        ("8613800138000", "138****8000"),
        ("010-12345678", "010****5678"),
        ("0755-12345678", "075*****5678"),
        ("12345678", "****5678"),
        ("123", "**3"),
        ("", ""),
        (None, ""),
    ],
)
def test_mask_phone(phone, masked):
    assert mask_phone(phone) == masked


@given(st.from_regex(r"\A1[3-9][0-9]{9}\Z"))
def test_property_mask_phone_hides_the_middle_four(phone):
    assert mask_phone(phone) == phone[:3] + "****" + phone[-4:]
