"""Migration 0006_progress_cache: the agreed columns, an upgrade from the step before keeps
data, and the keyed hash and unsent-items helpers the progress cache builds on."""

from __future__ import annotations

import os

from offline_cache.crypto import AES_256_GCM, SM4_CBC_HMAC, KeyEntry, KeyRing
from offline_cache.migrations import MIGRATIONS
from offline_cache.store import Store

NAMES = [m.name for m in MIGRATIONS]
STEP = NAMES.index("0006_progress_cache")


def test_progress_cache_has_exactly_the_agreed_columns(tmp_path):
    store = Store.for_cache(tmp_path)
    columns = [
        (row["name"], row["type"], row["notnull"], row["pk"])
        for row in store.query("PRAGMA table_info(progress_cache)")
    ]
    assert columns == [
        ("app_key", "TEXT", 0, 1),
        ("holder_key", "TEXT", 0, 0),
        ("fetched_ts", "REAL", 1, 0),
        ("key_id", "TEXT", 1, 0),
        ("payload", "BLOB", 1, 0),
    ]
    indexes = {row["name"] for row in store.query("PRAGMA index_list(progress_cache)")}
    assert {"progress_cache_holder", "progress_cache_fetched"} <= indexes
    store.close()


def test_upgrade_from_the_step_before_keeps_the_catalogue_and_adds_the_table(tmp_path):
    path = tmp_path / "cache.db"
    old = Store(path, migrations=MIGRATIONS[:STEP])
    old.execute(
        "INSERT INTO catalogue_snapshots (version, fetched_at, sha256, payload)"
        " VALUES (9, 'now', 'abc', x'01')"
    )
    old.close()
    new = Store(path)
    assert new.applied_migrations() == NAMES
    assert new.query_one("SELECT version FROM catalogue_snapshots")[0] == 9
    assert new.query_one("SELECT count(*) FROM progress_cache")[0] == 0
    new.close()


def test_keyed_hash_depends_on_the_key_and_the_purpose():
    one = KeyRing(KeyEntry(AES_256_GCM, os.urandom(32)))
    two = KeyRing(KeyEntry(AES_256_GCM, os.urandom(32)))
    data = b"370102198503120118"
    assert one.keyed_hash(data, "a") == one.keyed_hash(data, "a")
    assert one.keyed_hash(data, "a") != one.keyed_hash(data, "b")
    assert one.keyed_hash(data, "a") != two.keyed_hash(data, "a")
    assert len(one.keyed_hash(data, "a")) == 64


def test_keyed_hashes_cover_retired_keys_current_first():
    old = KeyEntry(SM4_CBC_HMAC, os.urandom(16))
    ring = KeyRing(KeyEntry(AES_256_GCM, os.urandom(32)), [old])
    hashes = ring.keyed_hashes(b"x", "p")
    assert hashes[0] == ring.keyed_hash(b"x", "p")
    assert hashes[1] == KeyRing(old).keyed_hash(b"x", "p")


def test_unsent_returns_pending_and_in_flight_payloads_of_one_kind(outbox):
    first = outbox.enqueue("application", {"item_id": "A", "applicant": {"id_number": "1"}})
    second = outbox.enqueue("application", {"item_id": "B"})
    outbox.enqueue("help", {"screen": "home"})
    done = outbox.enqueue("application", {"item_id": "C"})
    assert len(outbox.claim_due(limit=4)) == 4  # all in flight
    outbox.mark_done(done.id, {"application_id": "SQ20261122000001"})
    outbox.release(second.id)  # back to pending
    unsent = outbox.unsent("application")
    assert [i.id for i in unsent] == [first.id, second.id]
    assert unsent[0].payload["applicant"]["id_number"] == "1"


def test_unsent_skips_a_payload_that_cannot_be_decrypted(outbox, store):
    good = outbox.enqueue("application", {"item_id": "A"})
    bad = outbox.enqueue("application", {"item_id": "B"})
    store.execute("UPDATE outbox_items SET payload = x'00' WHERE id = ?", (bad.id,))
    assert [i.id for i in outbox.unsent("application")] == [good.id]
