"""Fixtures: a fresh real store file, key ring and outbox per test."""

from __future__ import annotations

import os

import pytest

from offline_cache.crypto import AES_256_GCM, KeyEntry, KeyRing
from offline_cache.outbox import Outbox
from offline_cache.store import Store


@pytest.fixture
def keyring() -> KeyRing:
    return KeyRing(KeyEntry(AES_256_GCM, os.urandom(32)))


@pytest.fixture
def store(tmp_path):
    s = Store.for_outbox(tmp_path)
    yield s
    s.close()


@pytest.fixture
def outbox(store, keyring, tmp_path):
    return Outbox(store, keyring, tmp_path / "attachments")
