"""Mobile-app QR identity (``POST /identity/qr``): the sandbox resolves test residents' tokens."""

from __future__ import annotations

import pytest
from central_support import WANG, ZHANG, ZHAO

from central.identity import qr_token_for


def qr(kiosk, token: str):
    return kiosk.request("POST", "/api/v1/identity/qr", {"token": token})


def test_a_residents_token_is_resolved_with_masked_and_full_identity(kiosk):
    answer = qr(kiosk, qr_token_for(ZHANG)).json()
    assert answer == {
        "result": "match",
        "id_number_masked": "3701**********0118",
        "name_masked": "张*",
        "id_number": ZHANG,
        "name": "张三",
    }


def test_an_unknown_token_is_no_match_and_reveals_nothing(kiosk):
    answer = qr(kiosk, "A" * 32).json()
    assert answer == {"result": "no_match", "id_number_masked": None, "name_masked": None}


def test_wang_wus_token_is_unavailable(kiosk):
    assert qr(kiosk, qr_token_for(WANG)).json()["result"] == "unavailable"


@pytest.mark.parametrize("token", ["short", "has spaces in it!!", ""])
def test_a_malformed_token_is_refused(kiosk, token):
    assert qr(kiosk, token).status_code == 422


def test_sandbox_residents_list_their_tokens(server):
    import requests

    residents = requests.get(server.url + "/sandbox/residents").json()
    tokens = {r["id_number"]: r["qr_token"] for r in residents}
    assert tokens[ZHAO] == qr_token_for(ZHAO)
    assert len(set(tokens.values())) == len(tokens)
