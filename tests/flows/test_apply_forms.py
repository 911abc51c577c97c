"""Form validation on the kiosk agrees with the platform's (``central/forms.py``), and pre-fill
gives the readable forms the platform expects.

The agreement tests run both validators over the same generated field specs and values
(hypothesis): same error codes for the same fields, in the same order.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from central.forms import validate_form as central_validate
from central.idnumber import is_valid_id_number as central_id_check
from central.idnumber import make_id_number
from central.seed import generate_catalogue
from kiosk.flows.forms import (
    FieldSpec,
    check_field,
    is_valid_id_number,
    merge_fields,
    prefill_value,
    validate_form,
)
from kiosk.session import Identity

TYPES = ["text", "number", "phone", "id_number", "date", "select", "address", "email", "checkbox"]
PATTERNS = [
    None,
    r"^1[3-9]\d{9}$",
    r"^\d{1,7}(\.\d{1,2})?$",
    r"^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$",
    "(",
]


@st.composite
def field_specs(draw: Any) -> dict[str, Any]:
    kind = draw(st.sampled_from(TYPES))
    options = draw(st.lists(st.sampled_from(["男", "女", "中国银行", "其他"]), max_size=3))
    return {
        "name": draw(st.sampled_from(["a", "b", "phone", "id_number", "when"])),
        "label": "标签",
        "type": kind,
        "required": draw(st.booleans()),
        "prefill": None,
        "pattern": draw(st.sampled_from(PATTERNS)),
        "max_length": draw(st.sampled_from([None, 1, 5, 11, 18, 30])),
        "options": options if kind == "select" else None,
    }


values = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**12), 10**12),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=24),
    st.sampled_from(
        [
            "",
            "  ",
            "13800000001",
            "12345",
            "370102198503120118",
            "37010219850312011X",
            "2026-02-30",
            "2026-11-01",
            "20261101",
            "2026-1-1",
            "中国银行",
            "男",
            "a@b.cn",
            "1e5",
            "NaN",
            "１２３",
        ]
    ),
    st.builds(
        lambda d: make_id_number("370102", d, 11),
        st.dates(min_value=date(1800, 1, 1), max_value=date(2099, 12, 31)),
    ),
)


def _codes(errors: list[dict[str, Any]]) -> list[tuple[str, str]]:
    return [(e["field"], e["code"]) for e in errors]


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(spec=field_specs(), value=values)
def test_one_field_agrees_with_the_platform(spec, value):
    expected = _codes(central_validate([spec], {spec["name"]: value}))
    error = check_field(FieldSpec.from_mapping(spec), value)
    got = [] if error is None else [(error.field, error.code)]
    assert got == expected


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    specs=st.lists(field_specs(), min_size=1, max_size=5, unique_by=lambda s: s["name"]),
    data=st.data(),
)
def test_whole_forms_agree_with_the_platform(specs, data):
    form = {s["name"]: data.draw(values) for s in specs}
    kiosk = [e.to_dict() for e in validate_form([FieldSpec.from_mapping(s) for s in specs], form)]
    assert _codes(kiosk) == _codes(central_validate(specs, form))
    # The Chinese default messages are the platform's wording too.
    assert [e["message"] for e in kiosk] == [e["message"] for e in central_validate(specs, form)]


@settings(max_examples=500, deadline=None)
@given(value=st.one_of(st.text(max_size=20), values))
def test_id_number_check_agrees_with_the_platform(value):
    assert is_valid_id_number(value) == central_id_check(value)


def test_every_demo_item_form_agrees_on_its_prefilled_values():
    identity = Identity(
        name="张三",
        id_number="370102198503120118",
        sex="male",
        nation="汉",
        birth_date="1985-03-12",
        address="山东省济南市历下区示例路1号",
    )
    for item in generate_catalogue().items:
        fields = item["form"]["fields"]
        form = {}
        for f in fields:
            value = prefill_value(f["prefill"], identity)
            if value is not None:
                form[f["name"]] = value
        kiosk = [
            e.to_dict() for e in validate_form([FieldSpec.from_mapping(f) for f in fields], form)
        ]
        assert _codes(kiosk) == _codes(central_validate(fields, form))
        prefilled = {name for name in form}
        assert not {e["field"] for e in kiosk} & prefilled, item["name"]


# ------------------------------------------------------------------------------ examples


PHONE = FieldSpec("phone", "联系电话", "phone", True, None, r"^1[3-9]\d{9}$", 11)


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ("", "required"),
        ("12345", "pattern"),
        ("138000000011", "max_length"),
        ("23800000001", "pattern"),
        ("13800000001", None),
    ],
)
def test_phone_numbers(value, code):
    error = check_field(PHONE, value)
    assert (error.code if error else None) == code


def test_max_length_error_carries_the_limit_for_the_message():
    error = check_field(PHONE, "138000000011")
    assert error.limit == 11
    assert error.message == "联系电话：不能超过11个字符"


def test_required_checkbox_must_be_true():
    consent = FieldSpec("consent", "本人承诺所填信息真实有效", "checkbox", True)
    assert check_field(consent, False).code == "required"
    assert check_field(consent, None).code == "required"
    assert check_field(consent, True) is None
    assert check_field(consent, "yes").code == "type"


def test_dates_must_be_real_and_padded():
    day = FieldSpec("day", "日期", "date", True)
    assert check_field(day, "2026-02-30").code == "date"
    assert check_field(day, "2026-2-3").code == "date"
    assert check_field(day, "2026-02-03") is None


def test_select_values_must_be_options():
    bank = FieldSpec("bank", "银行", "select", True, options=("中国银行",))
    assert check_field(bank, "火星银行").code == "option"
    assert check_field(bank, "中国银行") is None


# ------------------------------------------------------------------------------ pre-fill


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("idcard.name", "张三"),
        ("idcard.id_number", "370102198503120118"),
        ("idcard.sex", "男"),
        ("idcard.birth_date", "1985-03-12"),
        ("idcard.nation", "汉"),
        ("idcard.address", "山东省济南市历下区示例路1号"),
        ("idcard.photo", None),
        ("other.name", None),
        (None, None),
    ],
)
def test_prefill_gives_readable_forms(source, expected):
    identity = Identity(
        name="张三",
        id_number="370102198503120118",
        sex="male",
        nation="汉族",
        birth_date="19850312",
        address="山东省济南市历下区示例路1号",
    )
    assert prefill_value(source, identity) == expected


def test_prefill_of_a_qr_identity_has_only_name_and_number():
    identity = Identity(name="张三", id_number="370102198503120118")
    assert prefill_value("idcard.sex", identity) is None
    assert prefill_value("idcard.name", identity) == "张三"


def test_female_card_holder():
    assert prefill_value("idcard.sex", Identity(sex="female")) == "女"


# ------------------------------------------------------------------------------ merging


def test_merge_takes_the_strictest_required():
    a = [FieldSpec("email", "邮箱", "email", False)]
    b = [FieldSpec("email", "邮箱", "email", True), FieldSpec("bank", "银行", "select", True)]
    merged = merge_fields([a, b])
    assert [(s.name, s.required, owners) for s, owners in merged] == [
        ("email", True, (0, 1)),
        ("bank", True, (1,)),
    ]
