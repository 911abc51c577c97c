"""PIN and technician-card hashes (kiosk.diagnostics.pin) and their command line."""

from __future__ import annotations

import io
import sys

import pytest

from kiosk.diagnostics import pin as pinmod
from kiosk.diagnostics.pin import (
    DEMO_PIN,
    DEMO_PIN_HASH,
    PinHash,
    hash_card,
    hash_pin,
    verify_card,
    verify_pin,
)

FAST = {"n": 2**10}  # keep unit tests quick; the format carries the parameters


def test_hash_then_verify_accepts_the_pin():
    stored = hash_pin("135790", **FAST)
    assert verify_pin("135790", stored)


def test_verify_refuses_another_pin():
    stored = hash_pin("135790", **FAST)
    assert not verify_pin("135791", stored)


def test_stored_form_is_scrypt_with_parameters_salt_and_hash():
    parsed = PinHash.parse(hash_pin("1234", **FAST))
    assert (parsed.n, parsed.r, parsed.p) == (2**10, 8, 1)
    assert len(parsed.salt) == 16 and len(parsed.digest) == 32


def test_each_hash_gets_its_own_salt():
    assert hash_pin("1234", **FAST) != hash_pin("1234", **FAST)


def test_the_pin_is_not_in_the_stored_form():
    assert "246813" not in hash_pin("246813", **FAST)


def test_demo_hash_is_the_documented_demo_pin():
    assert DEMO_PIN == "246813"
    assert verify_pin(DEMO_PIN, DEMO_PIN_HASH)


@pytest.mark.parametrize("bad", ["123", "12345678901234", "12a4", ""])
def test_hash_refuses_a_pin_that_is_not_4_to_12_digits(bad):
    with pytest.raises(ValueError):
        hash_pin(bad, **FAST)


@pytest.mark.parametrize(
    "stored",
    [
        "",
        "plain",
        "bcrypt$1$2$3$YQ==$Yg==",
        "scrypt$1000$8$1$c2FsdHNhbHQ=$aGFzaGhhc2hoYXNoaGFzaA==",
        "scrypt$1073741824$8$1$c2FsdHNhbHQ=$aGFzaGhhc2hoYXNoaGFzaA==",
    ],
)
def test_malformed_or_hostile_hash_never_verifies(stored):
    assert not verify_pin("246813", stored)


def test_card_hash_matches_the_same_number_in_any_case_and_spacing():
    stored = hash_card("11010119850615001x")
    assert verify_card("110101 19850615001X", stored)
    assert not verify_card("110101198506150027", stored)


def test_cli_hash_from_stdin_prints_a_verifiable_string(monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", io.StringIO("864201\n"))
    assert pinmod.main(["hash", "--stdin"]) == 0
    stored = capsys.readouterr().out.strip()
    assert stored.startswith("scrypt$16384$8$1$")
    assert verify_pin("864201", stored)


def test_cli_verify_reports_match_and_no_match(monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", io.StringIO("246813\n"))
    assert pinmod.main(["verify", DEMO_PIN_HASH, "--stdin"]) == 0
    monkeypatch.setattr(sys, "stdin", io.StringIO("000000\n"))
    assert pinmod.main(["verify", DEMO_PIN_HASH, "--stdin"]) == 1
    assert capsys.readouterr().out.split() == ["match", "no", "match"]


def test_cli_refuses_a_short_pin(monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", io.StringIO("12\n"))
    assert pinmod.main(["hash", "--stdin"]) == 2
    assert "4 to 12 digits" in capsys.readouterr().err
