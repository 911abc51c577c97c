"""Device authentication of /api/v1: every refusal of docs/platform-api.md, on the real server."""

from __future__ import annotations

import os
from datetime import datetime, timedelta

import pytest
import requests
from central_support import KIOSK_ID, Kiosk, write_key

from central.auth import KeyStore, new_key_file
from central.errors import ApiError
from central.platform import CST, Platform
from central.server import run_in_thread

ITEM = "/api/v1/items/3701-RSJ-0001"


def code(response: requests.Response) -> str:
    return response.json()["error"]["code"]


def test_signed_request_is_accepted(kiosk):
    response = kiosk.get(ITEM)
    assert response.status_code == 200
    assert response.json()["name"] == "社会保障卡申领"


@pytest.mark.parametrize("missing", ["X-Kiosk-Id", "X-Timestamp", "X-Nonce", "X-Signature"])
def test_missing_header_is_unsigned(kiosk, missing):
    headers = kiosk.headers("GET", ITEM, b"")
    del headers[missing]
    response = requests.get(kiosk.base_url + ITEM, headers=headers)
    assert response.status_code == 401
    assert code(response) == "unsigned"
    assert missing.lower() in response.json()["error"]["message"]


def test_unknown_kiosk(server):
    stranger = Kiosk(server.url, "KIOSK-NOBODY-0001", os.urandom(32))
    response = stranger.get(ITEM)
    assert response.status_code == 401
    assert code(response) == "unknown_kiosk"


def test_wrong_key_is_bad_signature(kiosk):
    impostor = Kiosk(kiosk.base_url, KIOSK_ID, os.urandom(32))
    response = impostor.get(ITEM)
    assert response.status_code == 401
    assert code(response) == "bad_signature"


def test_tampered_body_is_bad_signature(kiosk):
    body = b'{"id_number": "370102198503120118"}'
    headers = kiosk.headers("POST", "/api/v1/ecerts/query", body)
    headers["Content-Type"] = "application/json"
    tampered = body.replace(b"0118", b"0119")
    response = requests.post(
        kiosk.base_url + "/api/v1/ecerts/query", data=tampered, headers=headers
    )
    assert response.status_code == 401
    assert code(response) == "bad_signature"


def test_query_string_is_signed(kiosk):
    headers = kiosk.headers("GET", "/api/v1/catalogue?site=DEMO", b"")
    response = requests.get(kiosk.base_url + "/api/v1/catalogue?site=OTHER", headers=headers)
    assert response.status_code == 401
    assert code(response) == "bad_signature"


@pytest.mark.parametrize("offset", [-301, 301])
def test_stale_timestamp_carries_server_time(kiosk, offset):
    response = kiosk.get(ITEM, ts_offset=offset)
    assert response.status_code == 401
    error = response.json()["error"]
    assert error["code"] == "stale_timestamp"
    server_time = datetime.fromisoformat(error["server_time"])
    assert abs(server_time - datetime.now(CST)) < timedelta(seconds=30)


@pytest.mark.parametrize("offset", [-290, 290])
def test_timestamp_inside_the_window_is_accepted(kiosk, offset):
    assert kiosk.get(ITEM, ts_offset=offset).status_code == 200


def test_replayed_nonce(kiosk):
    nonce = "replay-nonce-0123456789"
    assert kiosk.get(ITEM, nonce=nonce).status_code == 200
    response = kiosk.get(ITEM, nonce=nonce)
    assert response.status_code == 401
    assert code(response) == "replayed_nonce"


def test_malformed_nonce_is_refused(kiosk):
    response = kiosk.get(ITEM, nonce="short")
    assert response.status_code == 401
    assert code(response) == "unsigned"


def test_nonce_replay_cache_survives_a_restart(tmp_path):
    key = write_key(tmp_path / "keys", KIOSK_ID)
    nonce = "persisted-nonce-0123456789"
    with run_in_thread(db=tmp_path / "c.db", keys_dir=tmp_path / "keys") as first:
        assert Kiosk(first.url, KIOSK_ID, key).get(ITEM, nonce=nonce).status_code == 200
    with run_in_thread(db=tmp_path / "c.db", keys_dir=tmp_path / "keys") as second:
        response = Kiosk(second.url, KIOSK_ID, key).get(ITEM, nonce=nonce)
    assert code(response) == "replayed_nonce"


def test_nonce_may_be_reused_after_600_seconds(tmp_path):
    now = [datetime(2026, 11, 22, 10, 0, tzinfo=CST)]
    platform = Platform(tmp_path / "c.db", clock=lambda: now[0])
    try:
        platform.record_request(KIOSK_ID, "nonce-0123456789abcd", 0)
        now[0] += timedelta(seconds=599)
        with pytest.raises(ApiError) as refused:
            platform.record_request(KIOSK_ID, "nonce-0123456789abcd", 0)
        assert refused.value.code == "replayed_nonce"
        now[0] += timedelta(seconds=2)
        platform.record_request(KIOSK_ID, "nonce-0123456789abcd", 0)
    finally:
        platform.close()


def test_revoked_kiosk_gets_403(server, new_kiosk):
    server.platform.set_revoked(new_kiosk.kiosk_id, True)
    response = new_kiosk.get(ITEM)
    assert response.status_code == 403
    assert code(response) == "kiosk_revoked"


def test_key_file_open_to_group_is_refused(server):
    keys_dir = server.settings.keys_dir
    key = write_key(keys_dir, "KIOSK-LOOSE-0001", mode=0o640)
    response = Kiosk(server.url, "KIOSK-LOOSE-0001", key).get(ITEM)
    assert response.status_code == 401
    assert code(response) == "unknown_kiosk"
    assert "group/others" in KeyStore(keys_dir).problems()["KIOSK-LOOSE-0001"]


def test_key_registered_while_running_is_known_at_once(server):
    path = new_key_file(server.settings.keys_dir, "KIOSK-LATE-0001")
    assert (path.stat().st_mode & 0o777) == 0o600
    late = Kiosk(server.url, "KIOSK-LATE-0001", bytes.fromhex(path.read_text().strip()))
    assert late.get(ITEM).status_code == 200


def test_rotated_key_file_accepts_old_and_new_keys(server, new_kiosk):
    kiosk = new_kiosk
    new_key = os.urandom(32)
    path = server.settings.keys_dir / f"{kiosk.kiosk_id}.key"
    path.write_text(f"# rotated\n{new_key.hex()}\n{kiosk.key.hex()}\n")
    assert kiosk.get(ITEM).status_code == 200
    assert Kiosk(server.url, kiosk.kiosk_id, new_key).get(ITEM).status_code == 200


def test_paths_outside_the_api_need_no_signature(server):
    assert requests.get(server.url + "/healthz").json()["ok"] is True
