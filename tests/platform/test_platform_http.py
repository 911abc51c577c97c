"""The HTTP adapter against the real reference platform on loopback (through a fault proxy)."""

from __future__ import annotations

import hashlib
import time
import uuid

import pytest
from platform_support import KIOSK_ID, RESIDENT, fake_jpeg

from kiosk.platform.adapter import (
    AuthError,
    PlatformUnavailable,
    RateLimited,
    Rejected,
)
from kiosk.platform.http import HttpPlatform


def test_full_catalogue_then_not_modified(client):
    first = client.catalogue(site="DEMO")
    assert first.not_modified is False
    assert first.body["kind"] == "full"
    assert len(first.body["items"]) >= 2400
    assert first.etag == f'"v{first.body["version"]}"'
    second = client.catalogue(site="DEMO", etag=first.etag)
    assert second.not_modified is True
    assert second.body is None


def test_delta_from_the_current_version(client):
    version = client.catalogue(site="DEMO").body["version"]
    delta = client.catalogue(site="DEMO", since=version)
    assert delta.body["kind"] in ("delta", "full")
    assert delta.body["version"] == version


def test_reads_work(client):
    assert client.item("3701-RSJ-0001")["item_id"] == "3701-RSJ-0001"
    assert any(c["type"] == "resident_id" for c in client.ecerts(RESIDENT["id_number"]))
    assert isinstance(client.query_applications(id_number=RESIDENT["id_number"]), list)
    assert client.pickups() == [] or isinstance(client.pickups(), list)
    assert "server_time" in client.heartbeat({"devices": {}, "queue_depth": 0})


def test_unknown_item_is_rejected_permanently(client):
    with pytest.raises(Rejected) as info:
        client.item("NO-SUCH-ITEM")
    assert info.value.status == 404
    assert info.value.code == "item_not_found"


def test_attachment_upload_is_idempotent(client):
    data = fake_jpeg("upload")
    sha = hashlib.sha256(data).hexdigest()
    assert client.attachment_exists(sha) is False
    assert client.upload_attachment(sha, data, "image/jpeg") is True
    assert client.upload_attachment(sha, data, "image/jpeg") is False
    assert client.attachment_exists(sha) is True


def test_attachment_hash_mismatch_is_rejected(client):
    with pytest.raises(Rejected, match="hash_mismatch"):
        client.upload_attachment("0" * 64, fake_jpeg("x"), "image/jpeg")


def test_same_idempotency_key_replays_the_first_answer(client, pair):
    payload, attachments = pair.application_with_attachments("visit-replay")
    for a in attachments:
        client.upload_attachment(a.sha256, a.data, a.content_type)
    key = uuid.uuid4().hex
    first = client.create_application(payload, key)
    assert client.create_application(payload, key) == first
    assert [a["visit_id"] for a in pair.server_applications()] == ["visit-replay"]


def test_same_key_with_another_body_is_rejected(client):
    key = uuid.uuid4().hex
    client.help({"screen": "home", "visit_id": "a"}, key)
    with pytest.raises(Rejected, match="idempotency_mismatch"):
        client.help({"screen": "search", "visit_id": "a"}, key)


def test_unknown_kiosk_is_refused(pair):
    stranger = HttpPlatform(pair.server.url, "KIOSK-STRANGER-9", bytes(32))
    with pytest.raises(AuthError) as info:
        stranger.item("3701-RSJ-0001")
    assert (info.value.status, info.value.code) == (401, "unknown_kiosk")


def test_wrong_key_is_refused(pair):
    impostor = HttpPlatform(pair.server.url, KIOSK_ID, b"\x01" * 32)
    with pytest.raises(AuthError, match="bad_signature"):
        impostor.item("3701-RSJ-0001")


def test_revoked_kiosk_is_refused(pair, client):
    pair.server.platform.set_revoked(KIOSK_ID, True)
    with pytest.raises(AuthError) as info:
        client.item("3701-RSJ-0001")
    assert (info.value.status, info.value.code) == (403, "kiosk_revoked")


def test_clock_skew_is_reported_and_corrected(pair):
    late = pair.client(clock=lambda: time.time() - 1000)
    assert late.item("3701-RSJ-0001")["item_id"] == "3701-RSJ-0001"
    assert late.clock_skew_s == pytest.approx(1000, abs=5)


def test_server_down_is_unavailable_after_retries(client, proxy):
    proxy.refuse()
    with pytest.raises(PlatformUnavailable) as info:
        client.item("3701-RSJ-0001")
    assert info.value.code == "network"
    assert info.value.status is None


def test_get_is_retried_through_a_500(client, proxy):
    proxy.respond(500, connections=1)
    assert client.item("3701-RSJ-0001")["item_id"] == "3701-RSJ-0001"
    assert proxy.responded == 1


def test_get_honours_a_short_retry_after(pair, proxy):
    waits: list[float] = []
    http = pair.client(proxy.url, sleep=waits.append)
    proxy.respond(429, headers={"Retry-After": "2"}, connections=1)
    assert http.item("3701-RSJ-0001")["item_id"] == "3701-RSJ-0001"
    assert waits and waits[0] >= 2


def test_post_is_never_retried_inline(client, proxy, pair):
    proxy.respond(503, connections=1)
    with pytest.raises(PlatformUnavailable) as info:
        client.help({"screen": "home", "visit_id": "v"}, uuid.uuid4().hex)
    assert info.value.status == 503
    assert proxy.responded == 1
    assert proxy.connections == 1


def test_rate_limit_on_post_carries_retry_after(client, proxy):
    proxy.respond(429, headers={"Retry-After": "120"}, connections=1)
    with pytest.raises(RateLimited) as info:
        client.take_ticket({"service_type": "social_security"}, uuid.uuid4().hex)
    assert info.value.retry_after == 120


def test_read_timeout_is_unavailable(pair, proxy):
    slow = pair.client(proxy.url, read_timeout=0.3, retries=0)
    proxy.delay(1.0)
    with pytest.raises(PlatformUnavailable) as info:
        slow.item("3701-RSJ-0001")
    assert info.value.code == "timeout"


def test_connection_dropped_mid_upload_is_unavailable(pair, proxy):
    http = pair.client(proxy.url, retries=0)
    data = b"\xff\xd8\xff" + bytes(300_000)
    proxy.drop_upload_after(50_000)
    with pytest.raises(PlatformUnavailable):
        http.upload_attachment(hashlib.sha256(data).hexdigest(), data, "image/jpeg")
    assert http.attachment_exists(hashlib.sha256(data).hexdigest()) is False


def test_transport_errors_keep_their_cause(pair, proxy):
    proxy.refuse()
    http = pair.client(proxy.url, retries=0)
    with pytest.raises(PlatformUnavailable) as info:
        http.item("3701-RSJ-0001")
    assert info.value.__cause__ is not None
