"""Named migrations: fresh database, upgrade from every earlier step, idempotent re-open."""

from __future__ import annotations

import re
import sqlite3

import pytest

from offline_cache.migrations import MIGRATIONS, Migration
from offline_cache.store import MigrationError, Store, StoreError

NAMES = [m.name for m in MIGRATIONS]


def _tables(store: Store) -> set[str]:
    rows = store.query("SELECT name FROM sqlite_master WHERE type = 'table'")
    return {row[0] for row in rows}


def test_names_are_unique_numbered_and_the_first_ones_never_move():
    # Append-only: a migration merged later may carry a lower number than one already in the
    # list (parallel branches); the list order, not the number, is the schema history.
    assert len(set(NAMES)) == len(NAMES)
    assert all(re.fullmatch(r"\d{4}_[a-z0-9_]+", name) for name in NAMES)
    assert NAMES[:3] == ["0001_outbox", "0002_catalogue_cache", "0003_audit_log"]


def test_fresh_database_gets_every_migration_recorded(tmp_path):
    store = Store(tmp_path / "s.db")
    log = store.migration_log()
    assert [name for name, _ in log] == NAMES
    assert all(applied_at.endswith("+00:00") for _, applied_at in log)
    assert {"outbox_items", "outbox_attachments", "catalogue_snapshots", "audit_log"} <= _tables(
        store
    )
    assert store.query_one("PRAGMA user_version")[0] == len(NAMES)
    store.close()


def test_catalogue_snapshots_has_exactly_the_agreed_columns(store):
    columns = [
        (row["name"], row["type"], row["notnull"], row["dflt_value"], row["pk"])
        for row in store.query("PRAGMA table_info(catalogue_snapshots)")
    ]
    assert columns == [
        ("version", "INTEGER", 0, None, 1),
        ("etag", "TEXT", 0, None, 0),
        ("site", "TEXT", 0, None, 0),
        ("fetched_at", "TEXT", 1, None, 0),
        ("sha256", "TEXT", 1, None, 0),
        ("payload", "BLOB", 1, None, 0),
        ("is_current", "INTEGER", 1, "0", 0),
    ]


def _seed(store: Store, applied: int) -> None:
    """Put a row in every table that exists after ``applied`` migrations."""
    if applied >= 1:
        store.execute(
            "INSERT INTO outbox_items (id, kind, idempotency_key, created_at, created_ts,"
            " next_attempt_ts, payload, payload_size, key_id)"
            " VALUES ('i1', 'help', 'key-00000001', 'now', 1, 1, x'00', 1, 'k')"
        )
    if applied >= 2:
        store.execute(
            "INSERT INTO catalogue_snapshots (version, fetched_at, sha256, payload)"
            " VALUES (7, 'now', 'abc', x'01')"
        )
    if applied >= 3:
        store.execute("INSERT INTO audit_log (at, actor, action) VALUES ('now', 'test', 'seed')")


@pytest.mark.parametrize("applied", range(len(MIGRATIONS)))
def test_upgrade_from_each_previous_step_keeps_data(tmp_path, applied):
    path = tmp_path / "s.db"
    old = Store(path, migrations=MIGRATIONS[:applied])
    assert old.applied_migrations() == NAMES[:applied]
    _seed(old, applied)
    old.close()

    new = Store(path)
    assert new.applied_migrations() == NAMES
    if applied >= 1:
        assert new.query_one("SELECT kind FROM outbox_items WHERE id = 'i1'")[0] == "help"
    if applied >= 2:
        assert new.query_one("SELECT version FROM catalogue_snapshots")[0] == 7
    if applied >= 3:
        assert new.query_one("SELECT action FROM audit_log")[0] == "seed"
    new.close()


def test_reopening_is_idempotent(tmp_path):
    path = tmp_path / "s.db"
    first = Store(path)
    log = first.migration_log()
    first.close()
    second = Store(path)
    assert second.migration_log() == log
    assert second.query_one("SELECT count(*) FROM _migrations")[0] == len(NAMES)
    second.close()


def test_database_from_newer_code_is_refused(tmp_path):
    path = tmp_path / "s.db"
    future = Migration("9999_from_the_future", lambda conn: conn.execute("CREATE TABLE f (x)"))
    Store(path, migrations=(*MIGRATIONS, future)).close()
    with pytest.raises(MigrationError, match="newer version"):
        Store(path)


def test_history_out_of_order_is_refused(tmp_path):
    path = tmp_path / "s.db"
    Store(path, migrations=(MIGRATIONS[0], MIGRATIONS[2])).close()
    with pytest.raises(MigrationError, match="does not match"):
        Store(path)


def test_failing_migration_is_rolled_back_and_not_recorded(tmp_path):
    def broken(conn: sqlite3.Connection) -> None:
        conn.execute("CREATE TABLE half_done (x)")
        raise RuntimeError("boom")

    path = tmp_path / "s.db"
    with pytest.raises(MigrationError, match="0004_broken failed"):
        Store(path, migrations=(*MIGRATIONS, Migration("0004_broken", broken)))
    store = Store(path)
    assert "half_done" not in _tables(store)
    assert store.applied_migrations() == NAMES
    store.close()


def test_audit_log_is_append_only(store):
    store.execute("INSERT INTO audit_log (at, actor, action) VALUES ('now', 'a', 'b')")
    with pytest.raises(StoreError, match="append-only"):
        store.execute("UPDATE audit_log SET action = 'c'")
    with pytest.raises(StoreError, match="append-only"):
        store.execute("DELETE FROM audit_log")
