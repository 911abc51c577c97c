"""Receipt QR codes and application numbers (kiosk/flows/receipt_code.py): both receipt forms,
junk from a camera (hypothesis: nothing but ReceiptCodeError ever comes out), the payload the
apply journey prints, and the kiosk reference formula shared with the apply journey."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.flows.receipt_code import (
    ReceiptCodeError,
    kiosk_reference,
    normalise_typed_number,
    parse_application_number,
    parse_receipt_code,
    progress_base_url,
    receipt_qr_payload,
)

SQ = "SQ20261122000123"
KREF = "K000120261122ABC234"


def test_the_kiosk_receipt_code_names_the_application():
    assert parse_receipt_code(f"KIOSKID:v1:receipt:{SQ}").application_id == SQ


def test_a_kiosk_receipt_code_with_a_kiosk_reference_is_queued_on_the_kiosk():
    ref = parse_receipt_code(f"KIOSKID:v1:receipt:{KREF}")
    assert ref.application_id == KREF
    assert ref.queued_on_kiosk


def test_a_platform_number_is_not_queued_on_the_kiosk():
    assert not parse_receipt_code(f"KIOSKID:v1:receipt:{SQ}").queued_on_kiosk


def test_another_kiosk_code_type_is_refused():
    with pytest.raises(ReceiptCodeError):
        parse_receipt_code("KIOSKID:v1:pickup:246810")


def test_a_receipt_kiosk_code_without_an_application_number_is_refused():
    with pytest.raises(ReceiptCodeError):
        parse_receipt_code("KIOSKID:v1:receipt:ABCDEFG")


@pytest.mark.parametrize("name", ["no", "app", "application_id", "id"])
def test_a_progress_url_names_the_application_in_any_known_parameter(name):
    url = f"https://zwfw.example.gov.cn/progress?{name}={SQ}"
    assert parse_receipt_code(url).application_id == SQ


def test_a_progress_url_may_be_plain_http_with_a_port_and_other_parameters():
    url = f"http://127.0.0.1:8765/m/track?lang=zh&app={KREF}&x=1"
    assert parse_receipt_code(url).application_id == KREF


def test_lower_case_numbers_are_taken_in_upper_case():
    assert parse_receipt_code(f"https://a.example/p?no={SQ.lower()}").application_id == SQ


def test_the_first_parameter_holding_a_number_wins():
    url = f"https://a.example/p?no=nonsense&id={SQ}"
    assert parse_receipt_code(url).application_id == SQ


@pytest.mark.parametrize(
    "text",
    [
        "",
        "hello",
        SQ,  # a bare number is typed, not scanned
        f"ftp://a.example/p?no={SQ}",
        f"https:///p?no={SQ}",
        "https://a.example/progress",
        "https://a.example/progress?no=SQ123",
        f"https://a.example/progress?other={SQ}",
        f"https://a.example/progress?no={SQ} x",
        f"https://[::1/progress?no={SQ}",
        f"javascript:alert(1)//https://a?no={SQ}",
    ],
)
def test_texts_that_are_not_receipt_codes_are_refused(text):
    with pytest.raises(ReceiptCodeError):
        parse_receipt_code(text)


def test_the_error_message_never_quotes_the_scanned_text():
    secret = "https://a.example/p?token=3701021985031201180"
    with pytest.raises(ReceiptCodeError) as caught:
        parse_receipt_code(secret)
    assert "370102" not in str(caught.value)


@settings(max_examples=400, deadline=None)
@given(st.text(max_size=300))
def test_any_text_is_a_receipt_or_the_documented_error(text):
    try:
        ref = parse_receipt_code(text)
    except ReceiptCodeError:
        return
    assert parse_application_number(ref.application_id) == ref.application_id


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(["http://", "https://", "HTTPS://", "kioskid:", "KIOSKID:v1:receipt:"]),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=120),
    st.sampled_from(["", f"?no={SQ}", "?id=", f"&app={KREF}", "#no=1", "%zz", "[", ":99999"]),
)
def test_url_like_junk_is_a_receipt_or_the_documented_error(prefix, middle, suffix):
    try:
        ref = parse_receipt_code(prefix + middle + suffix)
    except ReceiptCodeError:
        return
    assert ref.application_id in (SQ, KREF)


def test_the_payload_the_receipt_prints_reads_back():
    payload = receipt_qr_payload(SQ, "https://zwfw.example.gov.cn/")
    assert payload == f"https://zwfw.example.gov.cn/progress?no={SQ}"
    assert parse_receipt_code(payload).application_id == SQ


def test_the_payload_of_a_kiosk_reference_reads_back_as_queued():
    payload = receipt_qr_payload(KREF, "https://zwfw.example.gov.cn")
    assert parse_receipt_code(payload).queued_on_kiosk


def test_the_payload_refuses_a_bad_number():
    with pytest.raises(ValueError):
        receipt_qr_payload("12345", "https://zwfw.example.gov.cn")


@pytest.mark.parametrize("base", ["zwfw.example.gov.cn", "ftp://a.example", "https://a?x=1"])
def test_the_payload_refuses_a_bad_base(base):
    with pytest.raises(ValueError):
        receipt_qr_payload(SQ, base)


def test_the_base_comes_from_the_guide_url():
    assert progress_base_url("https://zwfw.example.gov.cn/guide/{item_id}") == (
        "https://zwfw.example.gov.cn"
    )


@pytest.mark.parametrize(
    ("typed", "number"),
    [
        ("20261122000123", SQ),
        ("SQ 2026 1122 000123", SQ),
        ("sq20261122000123", SQ),
        (KREF.lower(), KREF),
        ("2026112200012", None),
        ("K0001", None),
        ("", None),
    ],
)
def test_typed_numbers(typed, number):
    assert normalise_typed_number(typed) == number


def test_the_kiosk_reference_matches_the_apply_journeys():
    apply = pytest.importorskip("kiosk.flows.apply")
    day = dt.date(2026, 11, 22)
    for key in ("a" * 32, "0123456789abcdef", "bundle-key:2"):
        ours = kiosk_reference("KIOSK-DEMO-0001", key, day)
        assert ours == apply.kiosk_reference("KIOSK-DEMO-0001", key, day)
        assert parse_application_number(ours) == ours
