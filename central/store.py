"""The platform's SQLite database: schema and a serialised connection.

One connection (WAL, ``synchronous=NORMAL``) shared by the server's worker threads behind one
re-entrant lock: every read and every transaction holds it, so a request's check-then-write
(idempotency keys, one rating per visit) can never interleave with another's. The platform's
operations take milliseconds, so the lock is cheaper than a pool of connections and
``SQLITE_BUSY`` retries. The schema is created at start (``CREATE ... IF NOT EXISTS``).

Exceptions raised by this module::

    Exception
    └── sqlite3.Error       the database file cannot be opened or written
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Final

__all__ = ["SCHEMA", "Database"]

SCHEMA: Final = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS catalogue_versions (
    version INTEGER PRIMARY KEY, created_at TEXT NOT NULL, note TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS departments (
    code TEXT PRIMARY KEY, name TEXT NOT NULL, position INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS themes (
    code TEXT PRIMARY KEY, body TEXT NOT NULL, position INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS items (
    item_id TEXT PRIMARY KEY, body TEXT NOT NULL, position INTEGER NOT NULL,
    updated_version INTEGER NOT NULL, deleted_version INTEGER);
CREATE INDEX IF NOT EXISTS items_updated ON items(updated_version);
CREATE TABLE IF NOT EXISTS item_changes (
    version INTEGER NOT NULL, item_id TEXT NOT NULL, op TEXT NOT NULL,
    PRIMARY KEY (version, item_id));
CREATE TABLE IF NOT EXISTS bundles (
    bundle_id TEXT PRIMARY KEY, body TEXT NOT NULL, position INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS sites (site TEXT PRIMARY KEY);
CREATE TABLE IF NOT EXISTS site_overrides (
    site TEXT NOT NULL, item_id TEXT NOT NULL, kind TEXT NOT NULL, position INTEGER NOT NULL,
    PRIMARY KEY (site, kind, item_id));
CREATE TABLE IF NOT EXISTS kiosks (
    kiosk_id TEXT PRIMARY KEY, revoked INTEGER NOT NULL DEFAULT 0, first_seen TEXT,
    last_seen TEXT, clock_skew_s INTEGER, heartbeat TEXT, heartbeat_at TEXT);
CREATE TABLE IF NOT EXISTS nonces (
    kiosk_id TEXT NOT NULL, nonce TEXT NOT NULL, seen_at INTEGER NOT NULL,
    PRIMARY KEY (kiosk_id, nonce));
CREATE INDEX IF NOT EXISTS nonces_seen ON nonces(seen_at);
CREATE TABLE IF NOT EXISTS idempotency (
    kiosk_id TEXT NOT NULL, key TEXT NOT NULL, fingerprint TEXT NOT NULL,
    status INTEGER NOT NULL, body TEXT NOT NULL, created_at TEXT NOT NULL,
    PRIMARY KEY (kiosk_id, key));
CREATE TABLE IF NOT EXISTS attachments (
    sha256 TEXT PRIMARY KEY, content_type TEXT NOT NULL, size INTEGER NOT NULL,
    kiosk_id TEXT, stored_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS applications (
    application_id TEXT PRIMARY KEY, item_id TEXT NOT NULL, item_name TEXT NOT NULL,
    kiosk_id TEXT, visit_id TEXT, bundle_id TEXT, id_number TEXT NOT NULL,
    applicant_name TEXT NOT NULL, body TEXT NOT NULL, status TEXT NOT NULL,
    received_at TEXT NOT NULL, updated_at TEXT NOT NULL, promised_date TEXT,
    query_code TEXT NOT NULL, delivery TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS applications_holder ON applications(id_number, received_at);
CREATE INDEX IF NOT EXISTS applications_received ON applications(received_at);
CREATE TABLE IF NOT EXISTS application_events (
    id INTEGER PRIMARY KEY AUTOINCREMENT, application_id TEXT NOT NULL, status TEXT NOT NULL,
    at TEXT NOT NULL, note TEXT NOT NULL, actor TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS application_events_app ON application_events(application_id, id);
CREATE TABLE IF NOT EXISTS ecerts (
    cert_id TEXT PRIMARY KEY, id_number TEXT NOT NULL, body TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS ecerts_holder ON ecerts(id_number);
CREATE TABLE IF NOT EXISTS evaluations (
    evaluation_id TEXT PRIMARY KEY, visit_id TEXT NOT NULL UNIQUE, kiosk_id TEXT NOT NULL,
    application_id TEXT, item_id TEXT, level INTEGER NOT NULL, reasons TEXT NOT NULL,
    comment TEXT, received_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS queue_tickets (
    id INTEGER PRIMARY KEY AUTOINCREMENT, day TEXT NOT NULL, prefix TEXT NOT NULL,
    service_type TEXT NOT NULL, ticket_no TEXT NOT NULL, kiosk_id TEXT,
    issued_at TEXT NOT NULL, issued_unix INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS queue_tickets_day ON queue_tickets(day, prefix, issued_unix);
CREATE TABLE IF NOT EXISTS appointments (
    appointment_id TEXT PRIMARY KEY, id_number TEXT NOT NULL, code TEXT NOT NULL,
    day TEXT NOT NULL, time TEXT NOT NULL, window TEXT NOT NULL, item_name TEXT NOT NULL,
    status TEXT NOT NULL, ticket_no TEXT, checked_in_at TEXT, kiosk_id TEXT,
    UNIQUE (code, day));
CREATE TABLE IF NOT EXISTS pickups (
    pickup_id TEXT PRIMARY KEY, kiosk_id TEXT NOT NULL, application_id TEXT NOT NULL,
    item_name TEXT NOT NULL, compartment TEXT NOT NULL, status TEXT NOT NULL,
    holder_hint TEXT NOT NULL, code_sha256 TEXT NOT NULL, pickup_code TEXT NOT NULL,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS pickups_kiosk ON pickups(kiosk_id, status);
CREATE TABLE IF NOT EXISTS pickup_events (
    id INTEGER PRIMARY KEY AUTOINCREMENT, pickup_id TEXT NOT NULL, event TEXT NOT NULL,
    compartment TEXT, at TEXT, received_at TEXT NOT NULL, kiosk_id TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS commands (
    command_id TEXT PRIMARY KEY, kiosk_id TEXT NOT NULL, type TEXT NOT NULL, args TEXT NOT NULL,
    status TEXT NOT NULL, created_at TEXT NOT NULL, sent_at TEXT, acked_at TEXT,
    message TEXT);
CREATE INDEX IF NOT EXISTS commands_kiosk ON commands(kiosk_id, status);
CREATE TABLE IF NOT EXISTS help_requests (
    help_id TEXT PRIMARY KEY, kiosk_id TEXT NOT NULL, screen TEXT NOT NULL, visit_id TEXT,
    status TEXT NOT NULL, created_at TEXT NOT NULL, resolved_at TEXT, note TEXT);
"""


class Database:
    """A serialised SQLite connection: :meth:`tx` for writes, :meth:`read` for reads."""

    def __init__(self, path: Path) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        # isolation_level=None: we issue BEGIN/COMMIT ourselves (BEGIN IMMEDIATE for writes).
        self._conn = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None)
        self._conn.row_factory = sqlite3.Row
        self._lock = threading.RLock()
        with self._lock:
            self._conn.execute("PRAGMA journal_mode=WAL")
            self._conn.execute("PRAGMA synchronous=NORMAL")
            self._conn.execute("PRAGMA busy_timeout=5000")
            self._conn.executescript(SCHEMA)

    @contextmanager
    def tx(self) -> Iterator[sqlite3.Connection]:
        """One write transaction; nested calls join the outer one."""
        with self._lock:
            if self._conn.in_transaction:
                yield self._conn
                return
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")

    @contextmanager
    def read(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            yield self._conn

    def close(self) -> None:
        with self._lock:
            self._conn.close()
