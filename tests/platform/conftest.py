"""Fixtures: a fresh reference platform on 127.0.0.1 per test, a fault proxy in front of it,
and a fresh kiosk outbox (real SQLite file, real key file)."""

from __future__ import annotations

import pytest
from faultproxy import FaultProxy
from platform_support import make_platform_pair

from offline_cache.crypto import KeyRing, ensure_key_file
from offline_cache.outbox import Outbox
from offline_cache.store import Store


@pytest.fixture
def pair(tmp_path):
    with make_platform_pair(tmp_path / "central") as running:
        yield running


@pytest.fixture
def proxy(pair):
    fault_proxy = FaultProxy(pair.server.port)
    yield fault_proxy
    fault_proxy.close()


@pytest.fixture
def client(pair, proxy):
    """The kiosk's HTTP client, talking to the platform through the fault proxy."""
    http = pair.client(proxy.url, retry_base_s=0.01)
    yield http
    http.close()


@pytest.fixture
def kiosk_store(tmp_path):
    store = Store.for_outbox(tmp_path / "kiosk")
    yield store
    store.close()


@pytest.fixture
def outbox(kiosk_store, tmp_path):
    key = ensure_key_file(tmp_path / "kiosk" / "secrets" / "outbox.key", 32)
    return Outbox(kiosk_store, KeyRing.from_file(key), tmp_path / "kiosk" / "attachments")
