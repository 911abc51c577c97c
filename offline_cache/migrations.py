"""Named, ordered schema migrations of the kiosk store.

:data:`MIGRATIONS` is applied in order by :class:`offline_cache.store.Store` at open; each one
runs in its own ``BEGIN IMMEDIATE`` transaction together with its row in ``_migrations``
(``name``, ``applied_at``), so a crash mid-migration leaves the previous schema intact and the
next start applies it again. Rules:

* Never edit or reorder a migration that has shipped: append a new one. The store refuses a
  database that records a migration the code does not know (it was written by newer code).
* ``apply`` gets the connection inside the open transaction; use ``conn.execute`` per
  statement (never ``executescript``, which commits on its own).
* Personal data goes only into columns holding ciphertext (``offline_cache.crypto``).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass

__all__ = ["MIGRATIONS", "Migration"]


@dataclass(frozen=True)
class Migration:
    name: str
    apply: Callable[[sqlite3.Connection], None]


def _run(conn: sqlite3.Connection, statements: Sequence[str]) -> None:
    for statement in statements:
        conn.execute(statement)


def _0001_outbox(conn: sqlite3.Connection) -> None:
    _run(
        conn,
        [
            # One row per state-changing request. Clear text: only non-personal metadata.
            # payload / server_response: crypto blobs (aad = item id + purpose).
            """CREATE TABLE outbox_items (
                seq INTEGER PRIMARY KEY AUTOINCREMENT,
                id TEXT NOT NULL UNIQUE,
                kind TEXT NOT NULL,
                idempotency_key TEXT NOT NULL UNIQUE,
                state TEXT NOT NULL DEFAULT 'pending'
                    CHECK (state IN ('pending', 'in_flight', 'done', 'dead')),
                attempts INTEGER NOT NULL DEFAULT 0,
                created_at TEXT NOT NULL,
                created_ts REAL NOT NULL,
                next_attempt_ts REAL NOT NULL,
                claimed_ts REAL,
                acked_at TEXT,
                acked_ts REAL,
                dead_at TEXT,
                last_error_code TEXT,
                last_error_message TEXT,
                payload BLOB NOT NULL,
                payload_size INTEGER NOT NULL,
                key_id TEXT NOT NULL,
                server_response BLOB
            )""",
            "CREATE INDEX outbox_items_due ON outbox_items (state, next_attempt_ts)",
            "CREATE INDEX outbox_items_acked ON outbox_items (state, acked_ts)",
            # Attachment files live in the attachments directory, named <sha256>.enc; the
            # sha256 (of the plaintext) is what the platform stores them under.
            """CREATE TABLE outbox_attachments (
                item_id TEXT NOT NULL REFERENCES outbox_items (id) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                sha256 TEXT NOT NULL,
                content_type TEXT NOT NULL,
                size INTEGER NOT NULL,
                key_id TEXT NOT NULL,
                uploaded_at TEXT,
                PRIMARY KEY (item_id, sha256)
            )""",
            "CREATE INDEX outbox_attachments_sha ON outbox_attachments (sha256)",
        ],
    )


def _0002_catalogue_cache(conn: sqlite3.Connection) -> None:
    # The catalogue helper owns what goes in here (validated snapshots; one is_current row).
    _run(
        conn,
        [
            """CREATE TABLE catalogue_snapshots (
                version INTEGER PRIMARY KEY,
                etag TEXT,
                site TEXT,
                fetched_at TEXT NOT NULL,
                sha256 TEXT NOT NULL,
                payload BLOB NOT NULL,
                is_current INTEGER NOT NULL DEFAULT 0
            )""",
        ],
    )


def _0003_audit_log(conn: sqlite3.Connection) -> None:
    # Append-only: triggers refuse UPDATE and DELETE. ``detail`` is JSON without personal data
    # (offline_cache.audit scrubs it before insert).
    _run(
        conn,
        [
            """CREATE TABLE audit_log (
                seq INTEGER PRIMARY KEY AUTOINCREMENT,
                at TEXT NOT NULL,
                actor TEXT NOT NULL,
                action TEXT NOT NULL,
                detail TEXT NOT NULL DEFAULT '{}'
            )""",
            """CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
               BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END""",
            """CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
               BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END""",
        ],
    )


def _0005_cabinet_inventory(conn: sqlite3.Connection) -> None:
    # The pickup cabinet's inventory (kiosk.services.cabinet). No personal data: pickup ids are
    # platform ids, code_sha256 is the platform's hash of the pickup code, holder_hint is the
    # already masked ID number ("1401**********1234").
    _run(
        conn,
        [
            """CREATE TABLE cabinet_compartments (
                compartment TEXT PRIMARY KEY,
                board INTEGER NOT NULL,
                lock INTEGER NOT NULL,
                state TEXT NOT NULL DEFAULT 'free' CHECK (state IN
                    ('free', 'depositing', 'occupied', 'pickup_opening', 'pickup_open')),
                pickup_id TEXT,
                code_sha256 TEXT,
                holder_hint TEXT,
                item_name TEXT,
                op_id TEXT,
                flag TEXT,
                flag_detail TEXT NOT NULL DEFAULT '',
                updated_at TEXT NOT NULL,
                UNIQUE (board, lock)
            )""",
            # One row per open command, written BEFORE the command is sent ('intent'): after a
            # crash the kiosk reads the door instead of opening it again.
            """CREATE TABLE cabinet_opens (
                op_id TEXT PRIMARY KEY,
                compartment TEXT NOT NULL,
                purpose TEXT NOT NULL CHECK (purpose IN ('deposit', 'pickup', 'staff')),
                pickup_id TEXT,
                actor TEXT NOT NULL,
                state TEXT NOT NULL CHECK (state IN
                    ('intent', 'opened', 'jammed', 'unconfirmed', 'unknown', 'not_opened')),
                result TEXT,
                created_at TEXT NOT NULL,
                finished_at TEXT
            )""",
            "CREATE INDEX cabinet_opens_pickup ON cabinet_opens (pickup_id, purpose)",
            # Platform reports, written in the same transaction as the state change; moved to
            # the outbox (idempotency_key) right after, again at start-up if a crash intervened.
            """CREATE TABLE cabinet_reports (
                idempotency_key TEXT PRIMARY KEY,
                pickup_id TEXT NOT NULL,
                event TEXT NOT NULL CHECK (event IN ('deposited', 'collected', 'door_alarm')),
                compartment TEXT NOT NULL,
                at TEXT NOT NULL,
                enqueued_at TEXT
            )""",
        ],
    )


def _0006_progress_cache(conn: sqlite3.Connection) -> None:
    # The last known state of residents' applications (kiosk.services.progress_cache), shown
    # with "offline" when the platform cannot be reached. Nothing personal in clear: rows are
    # found by keyed hashes (HMAC with a key from the key ring) of the application id and of
    # the holder's ID number; payload is a crypto blob (aad = "progress.answer" + app_key).
    # fetched_ts (Unix time) is in clear for the retention purge.
    _run(
        conn,
        [
            """CREATE TABLE progress_cache (
                app_key TEXT PRIMARY KEY,
                holder_key TEXT,
                fetched_ts REAL NOT NULL,
                key_id TEXT NOT NULL,
                payload BLOB NOT NULL
            )""",
            "CREATE INDEX progress_cache_holder ON progress_cache (holder_key)",
            "CREATE INDEX progress_cache_fetched ON progress_cache (fetched_ts)",
        ],
    )


#: The schema history, oldest first. Append only.
MIGRATIONS: tuple[Migration, ...] = (
    Migration("0001_outbox", _0001_outbox),
    Migration("0002_catalogue_cache", _0002_catalogue_cache),
    Migration("0003_audit_log", _0003_audit_log),
    # The catalogue helper appends its search index here as Migration("0004_...", ...).
    Migration("0005_cabinet_inventory", _0005_cabinet_inventory),
    Migration("0006_progress_cache", _0006_progress_cache),
)
