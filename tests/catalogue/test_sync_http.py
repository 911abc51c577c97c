"""CatalogueSync against the reference platform over signed HTTP on 127.0.0.1.

A fresh ``central`` server and a fresh kiosk cache store per test; the platform's staff-side
calls (``modify_item``, ``withdraw_item``, ``set_site_overrides``) publish new versions, and the
kiosk must pick them up as deltas.
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.catalogue.sync import CatalogueSync, SyncOutcome
from kiosk.platform.http import HttpPlatform, load_platform_key
from offline_cache.crypto import ensure_key_file
from offline_cache.store import Store

KIOSK_ID = "KIOSK-CAT-0001"


@pytest.fixture
def server(tmp_path: Path) -> Iterator[object]:
    from central.server import run_in_thread

    ensure_key_file(tmp_path / "central" / "keys" / f"{KIOSK_ID}.key", 32)
    handle = run_in_thread(
        db=tmp_path / "central" / "central.db", keys_dir=tmp_path / "central" / "keys"
    )
    yield handle
    handle.stop()


def http_client(url: str, tmp_path: Path) -> HttpPlatform:
    key = load_platform_key(tmp_path / "central" / "keys" / f"{KIOSK_ID}.key")
    return HttpPlatform(url, KIOSK_ID, key, 2.0, 10.0, retry_base_s=0.01)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = Store.for_cache(tmp_path / "kiosk")
    yield s
    s.close()


@pytest.fixture
def sync(server, store, tmp_path) -> Iterator[CatalogueSync]:
    client = http_client(server.url, tmp_path)
    s = CatalogueSync(store, client, "DEMO")
    yield s
    s.stop()
    client.close()


def test_full_download_then_not_modified(sync):
    assert sync.sync_once() is SyncOutcome.UPDATED_FULL
    active = sync.active()
    assert len(active.catalogue.items) >= 2400
    assert active.etag == f'"v{active.version}"'
    assert sync.sync_once() is SyncOutcome.NOT_MODIFIED


def test_published_changes_arrive_as_a_delta(sync, server):
    sync.sync_once()
    first = sync.current()
    item = first.items[0]
    gone = first.items[1].item_id
    server.platform.modify_item(item.item_id, {"fee": {"amount_fen": 0, "text": "免费（测试）"}})
    server.platform.withdraw_item(gone)
    assert sync.sync_once() is SyncOutcome.UPDATED_DELTA
    now = sync.current()
    assert now.version == first.version + 2
    assert now.item_map()[item.item_id].fee.text == "免费（测试）"
    assert gone not in now.item_map()
    assert len(now.items) == len(first.items) - 1


def test_site_override_hides_an_item_from_search(sync, server):
    sync.sync_once()
    hidden = sync.current().items[5]
    hot = [i.item_id for i in sync.current().items[:2]]
    server.platform.set_site_overrides("DEMO", [hidden.item_id], hot)
    assert sync.sync_once() is SyncOutcome.UPDATED_DELTA
    index = sync.active().index
    assert index.item(hidden.item_id) is None
    assert hidden.item_id not in [h.item_id for h in index.search(hidden.name)]
    assert [h.item_id for h in index.search("")] == hot


def test_restart_offline_serves_the_last_good_copy(sync, server, store, tmp_path):
    sync.sync_once()
    version = sync.current().version
    server.stop()
    client = http_client(server.url, tmp_path)
    restarted = CatalogueSync(store, client, "DEMO")
    try:
        assert restarted.load() is SyncOutcome.LOADED
        assert restarted.sync_once() is SyncOutcome.UNREACHABLE
        assert restarted.current().version == version
        assert restarted.status().last_error.startswith("platform:")
    finally:
        client.close()


class TruncatingServer:
    """Answers every request with a body cut short of its Content-Length, then hangs up."""

    def __init__(self, body: bytes) -> None:
        self.body = body
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}"
        self.requests = 0
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            with conn:
                data = b""
                while b"\r\n\r\n" not in data:
                    chunk = conn.recv(65536)
                    if not chunk:
                        break
                    data += chunk
                self.requests += 1
                head = (
                    "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                    f'ETag: "v9"\r\nContent-Length: {len(self.body)}\r\n\r\n'
                ).encode()
                conn.sendall(head + self.body[: len(self.body) // 2])

    def close(self) -> None:
        self.sock.close()


def test_truncated_download_keeps_the_last_good_copy(sync, server, store, tmp_path):
    sync.sync_once()
    version = sync.current().version
    body = b'{"kind": "full", "version": 9, "items": [' + b"0," * 5000 + b"0]}"
    cutter = TruncatingServer(body)
    client = http_client(cutter.url, tmp_path)
    cut = CatalogueSync(store, client, "DEMO")
    try:
        cut.load()
        assert cut.sync_once() is SyncOutcome.UNREACHABLE
        assert cut.current().version == version
        assert cutter.requests >= 1
    finally:
        client.close()
        cutter.close()
