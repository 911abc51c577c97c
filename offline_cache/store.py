"""The kiosk's SQLite store: one real database file, WAL, named migrations, typed errors.

Two files are used in practice, because their failure policies differ:

* the **outbox store** (:meth:`Store.for_outbox`, ``<data_dir>/outbox.db``): what residents
  submitted and the audit log. ``synchronous=FULL`` (a commit is on disk when it returns) and
  ``on_corrupt="refuse"``: a damaged file is never moved away or replaced automatically; the
  store refuses to open and the kiosk reports it (a technician decides; the file may still hold
  submissions that can be salvaged).
* the **cache store** (:meth:`Store.for_cache`, ``<data_dir>/cache.db``): the catalogue cache
  and search index, which can always be downloaded again. ``synchronous=NORMAL`` and
  ``on_corrupt="recreate"``: a damaged file is renamed aside (``cache.db.corrupt-<UTC time>``,
  with its -wal/-shm) and a fresh one is created.

Both carry the same schema (:data:`offline_cache.migrations.MIGRATIONS`); tables a file does not
use simply stay empty.

Thread policy: one connection per thread (thread-local), opened lazily, all to the same file.
SQLite serialises writers; ``BEGIN IMMEDIATE`` takes the write lock at the start of a write
transaction so two writers never deadlock on lock upgrade, and ``busy_timeout`` makes a writer
wait for the other instead of failing at once. Connections of threads that have ended are
closed when the next connection is opened; :meth:`Store.close` closes them all.

Migrations: applied in order at open, each in its own transaction with its row in
``_migrations(name, applied_at)``; re-opening is idempotent. A database that records a migration
this code does not know was written by newer code and is refused.

Exceptions raised by this module (``sqlite3`` errors never escape; they are the ``__cause__``)::

    Exception
    └── StoreError           any store failure not covered below (I/O error, misuse)
        ├── StoreFull        SQLITE_FULL "database or disk is full" (disk full, or the
        │                    configured page limit reached), or ENOSPC writing a file of the
        │                    store; the transaction was rolled back, nothing half-written
        ├── StoreCorrupt     SQLITE_CORRUPT / SQLITE_NOTADB or a failed quick_check;
        │                    .path names the file, .moved_to where it went (cache store only)
        ├── StoreLocked      SQLITE_BUSY / SQLITE_LOCKED after busy_timeout (another process
        │                    holds the database)
        └── MigrationError   the database is newer than the code, its migration history does
                             not match, or a migration failed (rolled back)
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Final, Literal

from offline_cache.migrations import MIGRATIONS, Migration

__all__ = [
    "CACHE_FILE",
    "OUTBOX_FILE",
    "MigrationError",
    "Store",
    "StoreCorrupt",
    "StoreError",
    "StoreFull",
    "StoreLocked",
    "fsync_directory",
    "translate_error",
    "utc_now_iso",
]

log = logging.getLogger(__name__)

OUTBOX_FILE: Final = "outbox.db"
CACHE_FILE: Final = "cache.db"

_SQLITE_BUSY: Final = 5
_SQLITE_LOCKED: Final = 6
_SQLITE_CORRUPT: Final = 11
_SQLITE_FULL: Final = 13
_SQLITE_NOTADB: Final = 26

Synchronous = Literal["FULL", "NORMAL", "EXTRA"]
OnCorrupt = Literal["refuse", "recreate"]


class StoreError(Exception):
    """Any failure of the store."""


class StoreFull(StoreError):
    """No space left (disk or configured limit); the write was rolled back."""


class StoreCorrupt(StoreError):
    """The database file is damaged."""

    def __init__(self, message: str, path: Path, moved_to: Path | None = None) -> None:
        super().__init__(message)
        self.path = path
        self.moved_to = moved_to


class StoreLocked(StoreError):
    """The database stayed locked by someone else longer than the busy timeout."""


class MigrationError(StoreError):
    """The schema cannot be brought to this code's version."""


def utc_now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def translate_error(exc: BaseException, path: Path | str = "") -> StoreError:
    """The :class:`StoreError` for a ``sqlite3.Error`` or ``OSError`` (use ``raise ... from``)."""
    where = f" ({path})" if path else ""
    if isinstance(exc, OSError):
        import errno

        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            return StoreFull(f"no space left on device{where}")
        return StoreError(f"file error{where}: {exc.strerror or exc}")
    message = str(exc)
    lowered = message.lower()
    code = getattr(exc, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    if primary == _SQLITE_FULL or "database or disk is full" in lowered:
        return StoreFull(f"database or disk is full{where}")
    if primary in (_SQLITE_BUSY, _SQLITE_LOCKED) or "database is locked" in lowered:
        return StoreLocked(f"database is locked by another user{where}")
    if primary in (_SQLITE_CORRUPT, _SQLITE_NOTADB) or (
        "malformed" in lowered or "not a database" in lowered
    ):
        return StoreCorrupt(f"database file is damaged{where}: {message}", Path(path))
    return StoreError(f"database error{where}: {message}")


class Store:
    """One SQLite database file with the kiosk schema applied."""

    def __init__(
        self,
        path: Path | str,
        *,
        synchronous: Synchronous = "FULL",
        on_corrupt: OnCorrupt = "refuse",
        busy_timeout_s: float = 5.0,
        migrations: Sequence[Migration] = MIGRATIONS,
        max_pages: int | None = None,
    ) -> None:
        if on_corrupt not in ("refuse", "recreate"):
            raise ValueError("on_corrupt must be 'refuse' or 'recreate'")
        if synchronous not in ("FULL", "NORMAL", "EXTRA"):
            raise ValueError("synchronous must be FULL, NORMAL or EXTRA")
        self.path = Path(path)
        self.synchronous: Synchronous = synchronous
        self.on_corrupt: OnCorrupt = on_corrupt
        self._busy_timeout_s = busy_timeout_s
        self._migrations = tuple(migrations)
        self._max_pages = max_pages
        self._local = threading.local()
        self._lock = threading.Lock()
        self._connections: dict[int, tuple[threading.Thread, sqlite3.Connection]] = {}
        self._closed = False
        #: where a damaged file was moved when this store recreated it (cache store only)
        self.recovered_from: Path | None = None
        self._open()

    # ------------------------------------------------------------------------ constructors

    @classmethod
    def for_outbox(cls, data_dir: Path | str, **options: Any) -> Store:
        """``<data_dir>/outbox.db``: synchronous=FULL, refuses a damaged file."""
        options.setdefault("synchronous", "FULL")
        options.setdefault("on_corrupt", "refuse")
        return cls(Path(data_dir) / OUTBOX_FILE, **options)

    @classmethod
    def for_cache(cls, data_dir: Path | str, **options: Any) -> Store:
        """``<data_dir>/cache.db``: synchronous=NORMAL, a damaged file is moved aside."""
        options.setdefault("synchronous", "NORMAL")
        options.setdefault("on_corrupt", "recreate")
        return cls(Path(data_dir) / CACHE_FILE, **options)

    # ------------------------------------------------------------------------ opening

    def _open(self) -> None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise translate_error(exc, self.path.parent) from exc
        existed = self.path.exists() and self.path.stat().st_size > 0
        try:
            if existed:
                self._check_integrity()
            self._migrate()
        except StoreCorrupt as exc:
            self._close_all()
            if self.on_corrupt == "refuse":
                raise StoreCorrupt(
                    f"{exc}; the file is left in place for a technician (not replaced: it "
                    f"may hold submissions)",
                    self.path,
                ) from exc
            moved = self._move_aside()
            log.warning("store %s was damaged; moved to %s and recreated", self.path, moved)
            self.recovered_from = moved
            self._migrate()

    def _check_integrity(self) -> None:
        rows = self.query("PRAGMA quick_check")
        results = [row[0] for row in rows]
        if results != ["ok"]:
            raise StoreCorrupt(
                f"database file is damaged ({self.path}): quick_check found {len(results)}"
                " problem(s)",
                self.path,
            )

    def _move_aside(self) -> Path:
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
        target = self.path.with_name(f"{self.path.name}.corrupt-{stamp}")
        try:
            for suffix in ("", "-wal", "-shm"):
                source = Path(f"{self.path}{suffix}")
                if source.exists():
                    source.rename(Path(f"{target}{suffix}"))
        except OSError as exc:
            raise translate_error(exc, self.path) from exc
        return target

    def _migrate(self) -> None:
        conn = self.connection()
        known = [m.name for m in self._migrations]
        if len(set(known)) != len(known):
            raise MigrationError("duplicate migration names in the code")
        try:
            conn.execute(
                "CREATE TABLE IF NOT EXISTS _migrations ("
                " seq INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, applied_at TEXT NOT NULL)"
            )
        except sqlite3.Error as exc:
            raise translate_error(exc, self.path) from exc
        applied = self.applied_migrations()
        self._check_history(applied, known)
        for migration in self._migrations[len(applied) :]:
            self._apply(migration)

    def _check_history(self, applied: list[str], known: list[str]) -> None:
        unknown = [name for name in applied if name not in known]
        if unknown:
            raise MigrationError(
                f"{self.path} was written by a newer version of the kiosk software (it has "
                f"migration {unknown[0]!r}, unknown to this version); refusing to open it. "
                "Install the newer software or restore a matching backup."
            )
        if applied != known[: len(applied)]:
            raise MigrationError(
                f"{self.path}: migration history {applied} does not match the code's order"
            )

    def _apply(self, migration: Migration) -> None:
        conn = self.connection()
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise translate_error(exc, self.path) from exc
        try:
            done = conn.execute(
                "SELECT 1 FROM _migrations WHERE name = ?", (migration.name,)
            ).fetchone()
            if done is None:  # another connection may have applied it meanwhile
                migration.apply(conn)
                conn.execute(
                    "INSERT INTO _migrations (name, applied_at) VALUES (?, ?)",
                    (migration.name, utc_now_iso()),
                )
                count = conn.execute("SELECT count(*) FROM _migrations").fetchone()[0]
                conn.execute(f"PRAGMA user_version = {int(count)}")
            conn.execute("COMMIT")
        except Exception as exc:
            with contextlib.suppress(sqlite3.Error):
                conn.execute("ROLLBACK")
            if isinstance(exc, sqlite3.Error):
                cause = translate_error(exc, self.path)
                if isinstance(cause, StoreFull | StoreLocked | StoreCorrupt):
                    raise cause from exc
            raise MigrationError(f"migration {migration.name} failed: {exc}") from exc
        log.info("store %s: applied migration %s", self.path.name, migration.name)

    # ------------------------------------------------------------------------ connections

    def connection(self) -> sqlite3.Connection:
        """This thread's connection (opened on first use). Do not share it with other threads."""
        if self._closed:
            raise StoreError(f"store {self.path} is closed")
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is not None:
            return conn
        try:
            conn = sqlite3.connect(
                self.path,
                timeout=self._busy_timeout_s,
                isolation_level=None,  # autocommit; transactions are explicit BEGIN IMMEDIATE
                check_same_thread=False,  # only so close() may close it from another thread
            )
            conn.row_factory = sqlite3.Row
            conn.execute(f"PRAGMA busy_timeout = {int(self._busy_timeout_s * 1000)}")
            mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if str(mode).lower() != "wal":
                log.warning("store %s: journal_mode is %s, not WAL", self.path.name, mode)
            conn.execute(f"PRAGMA synchronous = {self.synchronous}")
            conn.execute("PRAGMA foreign_keys = ON")
            if self._max_pages is not None:
                conn.execute(f"PRAGMA max_page_count = {int(self._max_pages)}")
        except sqlite3.Error as exc:
            if conn is not None:
                conn.close()
            raise translate_error(exc, self.path) from exc
        self._local.conn = conn
        with self._lock:
            self._prune_dead_threads()
            current = threading.current_thread()
            self._connections[id(conn)] = (current, conn)
        return conn

    def _prune_dead_threads(self) -> None:
        for key, (thread, conn) in list(self._connections.items()):
            if not thread.is_alive():
                with contextlib.suppress(sqlite3.Error):
                    conn.close()
                del self._connections[key]

    def set_max_pages(self, pages: int | None) -> None:
        """Cap the database size (``PRAGMA max_page_count``) on every connection.

        Writes past the cap fail with :class:`StoreFull`, as on a full disk (tests use it to
        simulate one; a site may use it to keep the store from filling the disk).
        """
        self._max_pages = pages
        value = pages if pages is not None else 4294967294
        with self._lock:
            conns = [conn for _, conn in self._connections.values()]
        for conn in conns:
            try:
                conn.execute(f"PRAGMA max_page_count = {int(value)}")
            except sqlite3.Error as exc:
                raise translate_error(exc, self.path) from exc

    def page_count(self) -> int:
        return int(self.query("PRAGMA page_count")[0][0])

    def close(self) -> None:
        """Close every connection of every thread. The store cannot be used afterwards."""
        self._closed = True
        self._close_all()

    def _close_all(self) -> None:
        with self._lock:
            conns = [conn for _, conn in self._connections.values()]
            self._connections.clear()
        for conn in conns:
            with contextlib.suppress(sqlite3.Error):
                conn.close()
        self._local = threading.local()

    # ------------------------------------------------------------------------ statements

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """``BEGIN IMMEDIATE`` … ``COMMIT`` on this thread's connection; rollback on error.

        ``sqlite3`` errors inside the block come out translated (:class:`StoreFull`...); other
        exceptions pass through unchanged after the rollback.
        """
        conn = self.connection()
        if conn.in_transaction:
            raise StoreError("nested transaction on the same thread")
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise translate_error(exc, self.path) from exc
        try:
            yield conn
            conn.execute("COMMIT")
        except BaseException as exc:
            # After SQLITE_FULL SQLite may already have rolled back: then there is nothing to do.
            if conn.in_transaction:
                with contextlib.suppress(sqlite3.Error):
                    conn.execute("ROLLBACK")
            if isinstance(exc, sqlite3.Error):
                raise translate_error(exc, self.path) from exc
            raise

    def execute(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> int:
        """Run one statement in autocommit mode; returns the changed row count."""
        try:
            return self.connection().execute(sql, params).rowcount
        except sqlite3.Error as exc:
            raise translate_error(exc, self.path) from exc

    def query(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> list[sqlite3.Row]:
        try:
            return self.connection().execute(sql, params).fetchall()
        except sqlite3.Error as exc:
            raise translate_error(exc, self.path) from exc

    def query_one(
        self, sql: str, params: Sequence[Any] | dict[str, Any] = ()
    ) -> sqlite3.Row | None:
        rows = self.query(sql, params)
        return rows[0] if rows else None

    # ------------------------------------------------------------------------ diagnostics

    def applied_migrations(self) -> list[str]:
        rows = self.query("SELECT name FROM _migrations ORDER BY seq")
        return [row[0] for row in rows]

    def migration_log(self) -> list[tuple[str, str]]:
        """``(name, applied_at)`` of every applied migration, oldest first."""
        rows = self.query("SELECT name, applied_at FROM _migrations ORDER BY seq")
        return [(row[0], row[1]) for row in rows]

    def integrity_ok(self) -> bool:
        try:
            self._check_integrity()
        except StoreCorrupt:
            return False
        return True


def fsync_directory(directory: Path) -> None:
    """fsync a directory so a rename/creation in it is durable (POSIX)."""
    flags = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0)
    try:
        fd = os.open(directory, flags)
    except OSError as exc:
        raise translate_error(exc, directory) from exc
    try:
        os.fsync(fd)
    except OSError as exc:
        raise translate_error(exc, directory) from exc
    finally:
        os.close(fd)
