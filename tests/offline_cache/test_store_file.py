"""The store over a real SQLite file: pragmas, threads, and the typed fault paths."""

from __future__ import annotations

import errno
import sqlite3
import threading

import pytest

from offline_cache.store import (
    Store,
    StoreCorrupt,
    StoreError,
    StoreFull,
    StoreLocked,
    translate_error,
)


def test_outbox_store_is_wal_full_sync_with_foreign_keys(store):
    assert store.query_one("PRAGMA journal_mode")[0] == "wal"
    assert store.query_one("PRAGMA synchronous")[0] == 2  # FULL
    assert store.query_one("PRAGMA foreign_keys")[0] == 1


def test_cache_store_uses_normal_sync(tmp_path):
    cache = Store.for_cache(tmp_path)
    assert cache.path.name == "cache.db"
    assert cache.query_one("PRAGMA synchronous")[0] == 1  # NORMAL
    cache.close()


def test_each_thread_gets_its_own_connection(store):
    seen = []
    thread = threading.Thread(target=lambda: seen.append(store.connection()))
    thread.start()
    thread.join()
    assert seen[0] is not store.connection()
    assert store.connection() is store.connection()


def test_transaction_rolls_back_on_error(store):
    with pytest.raises(RuntimeError), store.transaction() as conn:
        conn.execute("INSERT INTO audit_log (at, actor, action) VALUES ('t', 'a', 'b')")
        raise RuntimeError("abort")
    assert store.query_one("SELECT count(*) FROM audit_log")[0] == 0


def test_page_limit_gives_store_full_and_nothing_half_written(store):
    store.set_max_pages(store.page_count() + 2)
    with pytest.raises(StoreFull), store.transaction() as conn:
        conn.execute("INSERT INTO audit_log (at, actor, action) VALUES ('t', 'a', 'small')")
        conn.execute(
            "INSERT INTO audit_log (at, actor, action, detail) VALUES ('t', 'a', 'big', ?)",
            ("x" * 200_000,),
        )
    store.set_max_pages(None)
    assert store.query_one("SELECT count(*) FROM audit_log")[0] == 0


def test_locked_database_gives_store_locked(tmp_path):
    store = Store.for_outbox(tmp_path, busy_timeout_s=0.1)
    other = sqlite3.connect(store.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(StoreLocked), store.transaction():
            pass
    finally:
        other.execute("ROLLBACK")
        other.close()
        store.close()


def test_garbage_outbox_file_is_refused_and_left_in_place(tmp_path):
    path = tmp_path / "outbox.db"
    garbage = b"this is not a database " * 300
    path.write_bytes(garbage)
    with pytest.raises(StoreCorrupt, match="left in place") as info:
        Store.for_outbox(tmp_path)
    assert info.value.path == path
    assert path.read_bytes() == garbage
    assert not list(tmp_path.glob("*.corrupt-*"))


def test_garbage_cache_file_is_moved_aside_and_recreated(tmp_path):
    path = tmp_path / "cache.db"
    garbage = b"this is not a database " * 300
    path.write_bytes(garbage)
    cache = Store.for_cache(tmp_path)
    assert cache.recovered_from is not None
    assert cache.recovered_from.name.startswith("cache.db.corrupt-")
    assert cache.recovered_from.read_bytes() == garbage
    cache.execute(
        "INSERT INTO catalogue_snapshots (version, fetched_at, sha256, payload)"
        " VALUES (1, 'now', 'x', x'00')"
    )
    assert cache.query_one("SELECT count(*) FROM catalogue_snapshots")[0] == 1
    cache.close()


def _damage_pages(path, store_factory):
    """A valid header but damaged b-tree pages: only quick_check notices."""
    store = store_factory()
    store.execute("CREATE TABLE filler (x)")
    for _ in range(50):
        store.execute("INSERT INTO filler VALUES (?)", ("y" * 3000,))
    store.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    data = bytearray(path.read_bytes())
    page = 4096
    for offset in range(page * 3, len(data) - page, page):
        data[offset : offset + 64] = b"\xff" * 64
    path.write_bytes(bytes(data))


def test_damaged_pages_in_outbox_file_are_refused(tmp_path):
    path = tmp_path / "outbox.db"
    _damage_pages(path, lambda: Store.for_outbox(tmp_path))
    with pytest.raises(StoreCorrupt):
        Store.for_outbox(tmp_path)


def test_damaged_pages_in_cache_file_are_recreated(tmp_path):
    path = tmp_path / "cache.db"
    _damage_pages(path, lambda: Store.for_cache(tmp_path))
    cache = Store.for_cache(tmp_path)
    assert cache.recovered_from is not None
    assert cache.integrity_ok()
    cache.close()


def test_enospc_translates_to_store_full():
    err = translate_error(OSError(errno.ENOSPC, "No space left on device"), "/x")
    assert isinstance(err, StoreFull)


def test_closed_store_refuses_use(tmp_path):
    store = Store.for_outbox(tmp_path)
    store.close()
    with pytest.raises(StoreError, match="closed"):
        store.query("SELECT 1")
