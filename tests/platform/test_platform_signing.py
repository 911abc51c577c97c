"""Request signing and header parsing of the HTTP adapter (pure functions)."""

from __future__ import annotations

import hashlib
import hmac
from email.utils import formatdate

import pytest

from kiosk.platform.http import canonical_request, parse_retry_after, sign


def test_canonical_request_is_five_lines_without_trailing_newline():
    text = canonical_request("post", "/api/v1/help?x=1", "1700000000", "n0nce_ABC-123456", b"{}")
    assert text == (
        b"POST\n/api/v1/help?x=1\n1700000000\nn0nce_ABC-123456\n"
        + hashlib.sha256(b"{}").hexdigest().encode()
    )


def test_empty_body_hashes_the_empty_string():
    text = canonical_request("GET", "/api/v1/items/1", "1", "nonce-nonce-nonce", b"")
    assert text.endswith(b"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")


def test_signature_is_lowercase_hex_hmac_sha256():
    key = bytes(range(32))
    expected = hmac.new(
        key, canonical_request("GET", "/p", "1", "nonce-nonce-nonce", b""), hashlib.sha256
    ).hexdigest()
    assert sign(key, "GET", "/p", "1", "nonce-nonce-nonce", b"") == expected
    assert expected == expected.lower()


@pytest.mark.parametrize(("value", "seconds"), [("0", 0.0), ("7", 7.0), (" 120 ", 120.0)])
def test_retry_after_seconds(value, seconds):
    assert parse_retry_after(value) == seconds


def test_retry_after_http_date():
    now = 1_800_000_000.0
    assert parse_retry_after(formatdate(now + 30, usegmt=True), now=now) == pytest.approx(30)


@pytest.mark.parametrize("value", [None, "", "soon", "-5"])
def test_retry_after_unusable(value):
    assert parse_retry_after(value) is None
