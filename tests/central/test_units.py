"""Pure parts: GB 11643 check digits, the test residents, form validation, ID masking."""

from __future__ import annotations

from datetime import date

import pytest

from central.forms import validate_form
from central.idnumber import check_digit, is_valid_id_number, make_id_number
from central.platform import mask_id
from central.seed import TEST_RESIDENTS


def test_check_digit_of_the_standard_example():
    assert check_digit("11010519491231002") == "X"


def test_made_numbers_are_valid_and_encode_sex():
    number = make_id_number("370102", date(1985, 3, 12), 11)
    assert is_valid_id_number(number)
    assert int(number[16]) % 2 == 1


@pytest.mark.parametrize(
    "bad",
    ["", "37010219850312011", "370102198513120118", "370102198503120119", 370102198503120118, None],
)
def test_invalid_numbers(bad):
    assert not is_valid_id_number(bad)


def test_test_residents_are_valid_and_distinct():
    numbers = [r.id_number for r in TEST_RESIDENTS]
    assert all(is_valid_id_number(n) for n in numbers)
    assert len(set(numbers)) == len(numbers) >= 4
    assert {r.verify for r in TEST_RESIDENTS} == {"match", "no_match", "unavailable"}


def test_mask_keeps_four_at_each_end():
    assert mask_id("37010219620508042X") == "3701**********042X"


FIELDS = [
    {
        "name": "phone",
        "label": "电话",
        "type": "phone",
        "required": True,
        "pattern": r"^1[3-9]\d{9}$",
        "max_length": 11,
        "options": None,
        "prefill": None,
    },
    {
        "name": "kind",
        "label": "类型",
        "type": "select",
        "required": False,
        "pattern": None,
        "max_length": None,
        "options": ["甲", "乙"],
        "prefill": None,
    },
    {
        "name": "day",
        "label": "日期",
        "type": "date",
        "required": False,
        "pattern": None,
        "max_length": None,
        "options": None,
        "prefill": None,
    },
    {
        "name": "amount",
        "label": "金额",
        "type": "number",
        "required": False,
        "pattern": None,
        "max_length": None,
        "options": None,
        "prefill": None,
    },
    {
        "name": "ok",
        "label": "同意",
        "type": "checkbox",
        "required": True,
        "pattern": None,
        "max_length": None,
        "options": None,
        "prefill": None,
    },
    {
        "name": "who",
        "label": "号码",
        "type": "id_number",
        "required": False,
        "pattern": None,
        "max_length": 18,
        "options": None,
        "prefill": None,
    },
]


def test_valid_form_has_no_errors():
    values = {
        "phone": "13800000001",
        "kind": "乙",
        "day": "2026-01-31",
        "amount": 12.5,
        "ok": True,
        "who": "370102198503120118",
    }
    assert validate_form(FIELDS, values) == []


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        ({"ok": True}, ("phone", "required")),
        ({"phone": "1380000000", "ok": True}, ("phone", "pattern")),
        ({"phone": "138000000011", "ok": True}, ("phone", "max_length")),
        ({"phone": 13800000001, "ok": True}, ("phone", "type")),
        ({"phone": "13800000001", "ok": True, "kind": "丙"}, ("kind", "option")),
        ({"phone": "13800000001", "ok": True, "day": "2026-02-30"}, ("day", "date")),
        ({"phone": "13800000001", "ok": True, "amount": "a lot"}, ("amount", "type")),
        ({"phone": "13800000001", "ok": False}, ("ok", "required")),
        ({"phone": "13800000001", "ok": "yes"}, ("ok", "type")),
        ({"phone": "13800000001", "ok": True, "who": "370102198503120119"}, ("who", "id_number")),
    ],
)
def test_each_kind_of_field_error(values, expected):
    errors = validate_form(FIELDS, values)
    assert [(e["field"], e["code"]) for e in errors] == [expected]


def test_unknown_fields_are_ignored():
    assert validate_form(FIELDS, {"phone": "13800000001", "ok": True, "extra": [1]}) == []


def test_face_model_that_cannot_be_used_is_a_config_error(tmp_path):
    from central.identity import IdentityConfigError, IdentityVerifier

    with pytest.raises(IdentityConfigError):
        IdentityVerifier(sface_model=tmp_path / "missing.onnx")
