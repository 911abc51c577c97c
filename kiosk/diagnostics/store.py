"""``<data_dir>/diagnostics.db``: lockout state, staff counters, fallback audit log.

A file of its own (not a migration of the shared kiosk schema): the technician's lockout must
survive a restart even when ``outbox.db`` cannot be opened (a broken key file is exactly when a
technician comes), and diagnostics' tables then never collide with another area's migrations.
``synchronous=FULL``: a lockout written is on disk before the screen says "locked".

Tables (migration ``d0001_diagnostics``):

* ``diag_lockout(role, failures, locked_until, lockouts, updated_at)``: wrong PINs in a row,
  the Unix time until which entry is refused, and how many lockouts in a row (the next one lasts
  twice as long, see :mod:`kiosk.diagnostics.access`);
* ``diag_counters(name, value, reset_at)``: staff counters (``pages_since_refill``);
* ``audit_log``: the same append-only table as the outbox store's (``offline_cache.audit``),
  used only when the outbox store is not open.

Exceptions: :class:`offline_cache.store.StoreError` and subclasses.
"""

from __future__ import annotations

import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from offline_cache.migrations import Migration
from offline_cache.store import Store, utc_now_iso

__all__ = ["DIAG_FILE", "DiagnosticsStore", "LockoutState"]

DIAG_FILE: Final = "diagnostics.db"


def _d0001(conn: sqlite3.Connection) -> None:
    for sql in (
        """CREATE TABLE diag_lockout (
            role TEXT PRIMARY KEY,
            failures INTEGER NOT NULL DEFAULT 0,
            locked_until REAL NOT NULL DEFAULT 0,
            lockouts INTEGER NOT NULL DEFAULT 0,
            updated_at TEXT NOT NULL
        )""",
        """CREATE TABLE diag_counters (
            name TEXT PRIMARY KEY,
            value INTEGER NOT NULL DEFAULT 0,
            reset_at TEXT
        )""",
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
    ):
        conn.execute(sql)


MIGRATIONS: Final = (Migration("d0001_diagnostics", _d0001),)


@dataclass(frozen=True)
class LockoutState:
    failures: int = 0
    locked_until: float = 0.0
    lockouts: int = 0

    def locked(self, now: float) -> bool:
        return now < self.locked_until

    def remaining_s(self, now: float) -> float:
        return max(0.0, self.locked_until - now)


class DiagnosticsStore:
    """The diagnostics database (safe from any thread: one connection per thread)."""

    def __init__(self, store: Store) -> None:
        self.store = store

    @classmethod
    def open(cls, data_dir: Path | str) -> DiagnosticsStore:
        return cls(Store(Path(data_dir) / DIAG_FILE, synchronous="FULL", migrations=MIGRATIONS))

    def close(self) -> None:
        self.store.close()

    # -- lockout ----------------------------------------------------------------------------
    def lockout(self, role: str = "entry") -> LockoutState:
        row = self.store.query_one(
            "SELECT failures, locked_until, lockouts FROM diag_lockout WHERE role = ?", (role,)
        )
        if row is None:
            return LockoutState()
        return LockoutState(int(row[0]), float(row[1]), int(row[2]))

    def save_lockout(self, state: LockoutState, role: str = "entry") -> None:
        self.store.execute(
            "INSERT INTO diag_lockout (role, failures, locked_until, lockouts, updated_at)"
            " VALUES (?, ?, ?, ?, ?) ON CONFLICT(role) DO UPDATE SET failures = excluded.failures,"
            " locked_until = excluded.locked_until, lockouts = excluded.lockouts,"
            " updated_at = excluded.updated_at",
            (role, state.failures, state.locked_until, state.lockouts, utc_now_iso()),
        )

    # -- counters ---------------------------------------------------------------------------
    def counter(self, name: str) -> tuple[int, str | None]:
        row = self.store.query_one(
            "SELECT value, reset_at FROM diag_counters WHERE name = ?", (name,)
        )
        return (0, None) if row is None else (int(row[0]), row[1])

    def add_to_counter(self, name: str, amount: int) -> None:
        self.store.execute(
            "INSERT INTO diag_counters (name, value) VALUES (?, ?)"
            " ON CONFLICT(name) DO UPDATE SET value = value + excluded.value",
            (name, int(amount)),
        )

    def reset_counter(self, name: str) -> None:
        self.store.execute(
            "INSERT INTO diag_counters (name, value, reset_at) VALUES (?, 0, ?)"
            " ON CONFLICT(name) DO UPDATE SET value = 0, reset_at = excluded.reset_at",
            (name, utc_now_iso()),
        )


def now() -> float:
    """Wall-clock seconds: a lockout must outlast a restart, so not monotonic time."""
    return time.time()
