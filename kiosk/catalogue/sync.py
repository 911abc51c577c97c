"""Keep the last good catalogue in the store and replace it only with a better, valid one.

:class:`CatalogueSync` owns one worker thread. At start it loads the current snapshot from the
cache store (so a kiosk that boots without a network serves the copy it had), builds the search
index, and announces it; then it asks the platform every ``interval_s`` seconds:

1. **Conditional**: ``If-None-Match`` with the stored ETag; 304 keeps the current copy.
2. **Delta**: ``since=<current version>``; the upserts and deletes are applied to a copy of the
   current catalogue and the *result* is validated as a whole (schema, unique ids, references,
   a size drop no larger than ``max_drop_fraction``) before it replaces anything.
3. **Full fallback**: a delta that does not fit (another base version, an invalid result) is
   dropped and the full catalogue is fetched and validated the same way.

Network failures are retried sooner (``retry_s``, doubling up to the interval, with jitter);
:meth:`request_sync` wakes the worker at once (the platform's ``refresh_catalogue`` command).

A valid new version is written in one transaction (new snapshot row marked current, the others
unmarked, old snapshots pruned), its search index is built on the worker, and only then does
:meth:`current` change and ``on_activated`` fire (on the worker thread: the Qt view-model
re-emits it as a signal to the GUI thread). Anything wrong leaves the previous copy serving and
is recorded in :meth:`status` (what diagnostics show: version, last sync time, last error).

Each snapshot row stores the SHA-256 of its payload; a row whose bytes no longer match (a
damaged disk) is skipped at load in favour of the next older good one.

Site overrides (``site.hidden``, ``site.hot``) come with the catalogue: hidden items never
reach the index or browse lists; the hot list ranks first (see :mod:`kiosk.catalogue.search`).

Exceptions: :meth:`sync_once` and :meth:`load` never raise for platform, validation or store
failures: they return the :class:`SyncOutcome` and record the reason. Programming errors
propagate.

Lesson: validate the catalogue that would *result* from a delta, not the delta: a delta can be
well-formed and still delete the lead item of a bundle, or half the catalogue.
"""

from __future__ import annotations

import contextlib
import copy
import gc
import hashlib
import json
import logging
import random
import threading
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any, Final

from kiosk.catalogue.models import (
    Catalogue,
    CatalogueInvalid,
    encode,
    parse_catalogue,
    parse_delta,
)
from kiosk.catalogue.search import SearchIndex
from kiosk.logs import log_event
from kiosk.platform.adapter import PlatformAdapter, PlatformError
from offline_cache.store import Store, StoreError

__all__ = [
    "ActiveCatalogue",
    "CatalogueSync",
    "SyncOutcome",
    "SyncStatus",
]

log = logging.getLogger(__name__)


@contextlib.contextmanager
def quiet_gc() -> Iterator[None]:
    """Pause cyclic garbage collection while a catalogue is built; freeze what it leaves alive.

    Lesson: parsing ~2,500 items and indexing them allocates millions of objects, and every
    automatic full collection then walks all of them with the GIL held: 100-200 ms in which the
    touchscreen cannot repaint, although the work runs on this worker. With collection paused
    during the build, and the long-lived result moved out of the collector's view
    (``gc.freeze``), later collections stay short for the rest of the kiosk's life. Objects
    without reference cycles (the catalogue, its index) are still freed by reference counting
    when a newer catalogue replaces them.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if was_enabled:
            gc.enable()


DEFAULT_INTERVAL_S: Final = 15 * 60.0
DEFAULT_MAX_DROP: Final = 0.2
DEFAULT_RETRY_S: Final = 60.0
KEEP_SNAPSHOTS: Final = 3


class SyncOutcome(StrEnum):
    LOADED = "loaded"  # the stored copy was loaded at start
    NO_COPY = "no_copy"  # nothing stored yet
    NOT_MODIFIED = "not_modified"  # 304
    UPDATED_FULL = "updated_full"
    UPDATED_DELTA = "updated_delta"
    UNCHANGED = "unchanged"  # a 200 whose content is the version already serving
    REJECTED = "rejected"  # the platform answered with something unusable
    UNREACHABLE = "unreachable"  # the platform could not be asked
    STORE_FAILED = "store_failed"  # the new copy was valid but could not be saved


@dataclass(frozen=True)
class ActiveCatalogue:
    """The version the kiosk serves, with its search index."""

    catalogue: Catalogue
    index: SearchIndex
    etag: str | None
    fetched_at: str
    sha256: str
    payload: bytes

    @property
    def version(self) -> int:
        return self.catalogue.version


@dataclass(frozen=True)
class SyncStatus:
    """What diagnostics show about the catalogue."""

    version: int | None = None
    item_count: int = 0
    fetched_at: str | None = None  # when the serving copy was downloaded
    last_attempt_at: str | None = None
    last_success_at: str | None = None  # last time the platform answered usefully (200/304)
    last_outcome: str = ""
    last_error: str = ""  # "" after a good attempt


# Worth asking again before the full interval: the platform may be back in a minute. A rejected
# catalogue is not: the same bad data would come back.
_RETRY_SOON: Final = frozenset({SyncOutcome.UNREACHABLE, SyncOutcome.STORE_FAILED})


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class CatalogueSync:
    """The catalogue cache: load at start, sync periodically, serve the last good copy."""

    def __init__(
        self,
        store: Store,
        adapter: PlatformAdapter,
        site: str,
        *,
        interval_s: float = DEFAULT_INTERVAL_S,
        retry_s: float = DEFAULT_RETRY_S,
        max_drop_fraction: float = DEFAULT_MAX_DROP,
        keep_snapshots: int = KEEP_SNAPSHOTS,
        on_activated: Callable[[ActiveCatalogue], None] | None = None,
        on_status: Callable[[SyncStatus], None] | None = None,
        clock: Callable[[], str] = _now,
    ) -> None:
        if not 0.0 <= max_drop_fraction < 1.0:
            raise ValueError("max_drop_fraction must be in [0, 1)")
        if interval_s <= 0:
            raise ValueError("interval_s must be positive")
        self._store = store
        self._adapter = adapter
        self._site = site
        self._interval_s = interval_s
        self._retry_s = retry_s
        self._max_drop = max_drop_fraction
        self._keep = max(1, keep_snapshots)
        self._on_activated = on_activated
        self._on_status = on_status
        self._clock = clock
        self._lock = threading.Lock()
        self._sync_lock = threading.Lock()  # one sync at a time (worker vs. a manual call)
        self._active: ActiveCatalogue | None = None
        self._status = SyncStatus()
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._thread: threading.Thread | None = None

    # -- what the kiosk reads (any thread) ----------------------------------------------------
    def current(self) -> Catalogue | None:
        """The catalogue being served, or None while the kiosk has never had one."""
        active = self._active
        return active.catalogue if active is not None else None

    def active(self) -> ActiveCatalogue | None:
        return self._active

    def status(self) -> SyncStatus:
        with self._lock:
            return self._status

    # -- worker -------------------------------------------------------------------------------
    def start(self) -> None:
        """Load the stored copy, then sync now and every ``interval_s`` (on a worker thread)."""
        if self._thread is not None:
            return
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="catalogue-sync", daemon=True)
        self._thread.start()

    def _next_wait(self, failures: int) -> float:
        """The interval; after a network/store failure, sooner (doubling, with jitter)."""
        if failures == 0:
            return self._interval_s
        backoff = self._retry_s * (2 ** min(failures - 1, 10))
        return min(self._interval_s, backoff * random.uniform(0.8, 1.2))

    def request_sync(self) -> None:
        """Sync as soon as possible (the platform's ``refresh_catalogue`` command)."""
        self._wake.set()

    def stop(self, timeout: float = 10.0) -> None:
        self._stop.set()
        self._wake.set()
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.join(timeout)
            if thread.is_alive():
                log.warning("catalogue sync worker did not stop within %.1f s", timeout)

    def _run(self) -> None:
        try:
            if self._active is None:
                with quiet_gc():
                    self.load()
            failures = 0
            while not self._stop.is_set():
                with quiet_gc():
                    outcome = self.sync_once()
                failures = failures + 1 if outcome in _RETRY_SOON else 0
                self._wake.wait(self._next_wait(failures))
                self._wake.clear()
        except Exception:  # a bug must not kill the kiosk silently: log it, keep serving
            log.exception("catalogue sync worker failed")
            self._record(
                SyncOutcome.REJECTED, "internal error in catalogue sync (see log)", success=False
            )

    # -- load ---------------------------------------------------------------------------------
    def load(self) -> SyncOutcome:
        """Serve the newest stored snapshot that is intact and valid (current one first)."""
        try:
            rows = self._store.query(
                "SELECT version, etag, site, fetched_at, sha256, payload, is_current "
                "FROM catalogue_snapshots ORDER BY is_current DESC, version DESC"
            )
        except StoreError as exc:
            log_event(log, "catalogue_load_failed", level=logging.ERROR, error=str(exc))
            self._record(SyncOutcome.STORE_FAILED, f"cannot read the catalogue cache: {exc}")
            return SyncOutcome.STORE_FAILED
        for row in rows:
            payload = bytes(row["payload"])
            problem = ""
            if _sha256(payload) != row["sha256"]:
                problem = "stored copy is damaged (SHA-256 mismatch)"
            elif row["site"] not in (None, self._site):
                problem = f"stored copy is for site {row['site']!r}"
            else:
                try:
                    catalogue = parse_catalogue(payload)
                except CatalogueInvalid as exc:
                    problem = f"stored copy is invalid: {exc.reason}"
            if problem:
                log_event(
                    log,
                    "catalogue_snapshot_skipped",
                    level=logging.WARNING,
                    version=row["version"],
                    reason=problem,
                )
                continue
            active = ActiveCatalogue(
                catalogue=catalogue,
                index=SearchIndex(catalogue),
                etag=row["etag"],
                fetched_at=row["fetched_at"],
                sha256=row["sha256"],
                payload=payload,
            )
            if not row["is_current"]:
                self._mark_current(catalogue.version)
            self._activate(active)
            log_event(
                log, "catalogue_loaded", version=catalogue.version, items=len(catalogue.items)
            )
            self._record(SyncOutcome.LOADED, "", success=False)
            return SyncOutcome.LOADED
        self._record(SyncOutcome.NO_COPY, "", success=False)
        return SyncOutcome.NO_COPY

    # -- sync ---------------------------------------------------------------------------------
    def sync_once(self) -> SyncOutcome:
        """One conditional request; apply what comes back if it is valid. Never raises."""
        with self._sync_lock:
            return self._sync_once()

    def _sync_once(self) -> SyncOutcome:
        current = self._active
        try:
            response = self._adapter.catalogue(
                site=self._site,
                since=current.version if current is not None else None,
                etag=current.etag if current is not None else None,
            )
        except PlatformError as exc:
            return self._fail(SyncOutcome.UNREACHABLE, f"platform: {exc}")
        if response.not_modified:
            if current is None:
                # 304 to a kiosk that has nothing: our ETag was not sent, so this is a bug.
                return self._fail(SyncOutcome.REJECTED, "304 Not Modified without a cached copy")
            self._record(SyncOutcome.NOT_MODIFIED, "", success=True)
            return SyncOutcome.NOT_MODIFIED
        body = response.body
        if not isinstance(body, Mapping):
            return self._fail(SyncOutcome.REJECTED, "platform answer is not a JSON object")
        kind = body.get("kind", "full")
        if kind == "delta":
            try:
                candidate = self._apply_delta(current, body)
                outcome = SyncOutcome.UPDATED_DELTA
            except CatalogueInvalid as exc:
                log_event(log, "catalogue_delta_rejected", level=logging.WARNING, reason=exc.reason)
                return self._full_fallback(current, f"delta rejected: {exc.reason}")
            return self._accept(current, candidate, response.etag, outcome)
        if kind != "full":
            return self._fail(SyncOutcome.REJECTED, f"unknown catalogue kind {kind!r}")
        return self._accept(current, dict(body), response.etag, SyncOutcome.UPDATED_FULL)

    def _full_fallback(self, current: ActiveCatalogue | None, why: str) -> SyncOutcome:
        try:
            response = self._adapter.catalogue(site=self._site)
        except PlatformError as exc:
            return self._fail(SyncOutcome.UNREACHABLE, f"{why}; full download failed: {exc}")
        body = response.body
        if response.not_modified or not isinstance(body, Mapping) or body.get("kind") != "full":
            return self._fail(SyncOutcome.REJECTED, f"{why}; no full catalogue in the answer")
        return self._accept(
            current, dict(body), response.etag, SyncOutcome.UPDATED_FULL, context=f"{why}; then "
        )

    def _apply_delta(self, current: ActiveCatalogue | None, body: Mapping[str, Any]) -> dict:
        delta = parse_delta(body)
        if current is None:
            raise CatalogueInvalid("delta received but no catalogue is cached")
        if delta.base_version != current.version:
            raise CatalogueInvalid(
                f"delta is based on version {delta.base_version}, kiosk has {current.version}"
            )
        merged = json.loads(current.payload)
        by_id = {item["item_id"]: item for item in merged["items"]}
        missing = [i for i in delta.deletes if i not in by_id]
        if missing:
            log_event(log, "catalogue_delta_unknown_deletes", count=len(missing))
        for item_id in delta.deletes:
            by_id.pop(item_id, None)
        for raw in body.get("upserts", []):
            by_id[raw["item_id"]] = copy.deepcopy(raw)
        merged["items"] = list(by_id.values())
        merged["version"] = delta.version
        merged["kind"] = "full"
        if body.get("generated_at") is not None:
            merged["generated_at"] = body["generated_at"]
        if body.get("bundles") is not None:
            merged["bundles"] = copy.deepcopy(body["bundles"])
        if body.get("site") is not None:
            merged["site"] = copy.deepcopy(body["site"])
        return merged

    def _accept(
        self,
        current: ActiveCatalogue | None,
        data: dict[str, Any],
        etag: str | None,
        outcome: SyncOutcome,
        *,
        context: str = "",
    ) -> SyncOutcome:
        try:
            payload = encode(data)
            catalogue = parse_catalogue(payload)
            self._check_against(current, catalogue)
        except CatalogueInvalid as exc:
            if outcome is SyncOutcome.UPDATED_DELTA:
                log_event(log, "catalogue_delta_rejected", level=logging.WARNING, reason=exc.reason)
                return self._full_fallback(current, f"delta result rejected: {exc.reason}")
            return self._fail(SyncOutcome.REJECTED, context + exc.reason)
        if current is not None and catalogue.version == current.version:
            self._record(SyncOutcome.UNCHANGED, "", success=True)
            return SyncOutcome.UNCHANGED
        index = SearchIndex(catalogue)  # built here, on the worker, before anyone can see it
        sha = _sha256(payload)
        fetched_at = self._clock()
        try:
            self._save(catalogue.version, etag, fetched_at, sha, payload)
        except StoreError as exc:
            # Keep serving the old copy: the next start would not find the new one.
            return self._fail(SyncOutcome.STORE_FAILED, f"cannot save the new catalogue: {exc}")
        self._activate(ActiveCatalogue(catalogue, index, etag, fetched_at, sha, payload))
        log_event(
            log,
            "catalogue_updated",
            version=catalogue.version,
            items=len(catalogue.items),
            how=str(outcome),
        )
        self._record(outcome, "", success=True)
        return outcome

    def _check_against(self, current: ActiveCatalogue | None, new: Catalogue) -> None:
        if new.site.site and new.site.site != self._site:
            raise CatalogueInvalid(f"catalogue is for site {new.site.site!r}, not {self._site!r}")
        if current is None:
            return
        old = current.catalogue
        if new.version < old.version:
            # A platform whose database was rebuilt numbers from 1 again: accept a lower version
            # only when it was generated later than the copy we hold (never a replayed old one).
            if new.generated_at <= old.generated_at:
                raise CatalogueInvalid(f"version went backwards: {new.version} < {old.version}")
            log_event(
                log,
                "catalogue_version_reset",
                level=logging.WARNING,
                old=old.version,
                new=new.version,
            )
        if new.version == old.version:
            return
        floor = len(old.items) * (1.0 - self._max_drop)
        if len(new.items) < floor:
            raise CatalogueInvalid(
                f"item count dropped from {len(old.items)} to {len(new.items)}"
                f" (more than {self._max_drop:.0%})"
            )

    # -- store --------------------------------------------------------------------------------
    def _save(self, version: int, etag: str | None, fetched_at: str, sha: str, data: bytes) -> None:
        with self._store.transaction() as conn:
            # Higher versions can only be left from before a platform reset (see
            # _check_against): they must not outrank the new copy at the next start.
            conn.execute("DELETE FROM catalogue_snapshots WHERE version > ?", (version,))
            conn.execute("UPDATE catalogue_snapshots SET is_current = 0 WHERE is_current <> 0")
            conn.execute(
                "INSERT OR REPLACE INTO catalogue_snapshots "
                "(version, etag, site, fetched_at, sha256, payload, is_current) "
                "VALUES (?, ?, ?, ?, ?, ?, 1)",
                (version, etag, self._site, fetched_at, sha, data),
            )
            conn.execute(
                "DELETE FROM catalogue_snapshots WHERE version NOT IN "
                "(SELECT version FROM catalogue_snapshots ORDER BY version DESC LIMIT ?)",
                (self._keep,),
            )

    def _mark_current(self, version: int) -> None:
        try:
            with self._store.transaction() as conn:
                conn.execute(
                    "UPDATE catalogue_snapshots SET is_current = (version = ?)", (version,)
                )
        except StoreError as exc:
            log.warning("could not mark catalogue version %d current: %s", version, exc)

    # -- state --------------------------------------------------------------------------------
    def _activate(self, active: ActiveCatalogue) -> None:
        with self._lock:
            self._active = active
            self._status = replace(
                self._status,
                version=active.version,
                item_count=len(active.index),
                fetched_at=active.fetched_at,
            )
        if self._on_activated is not None:
            self._on_activated(active)

    def _fail(self, outcome: SyncOutcome, reason: str) -> SyncOutcome:
        active = self._active
        log_event(
            log,
            "catalogue_sync_failed",
            level=logging.WARNING,
            outcome=str(outcome),
            reason=reason,
            serving=active.version if active is not None else None,
        )
        self._record(outcome, reason, success=False)
        return outcome

    def _record(self, outcome: SyncOutcome, error: str, *, success: bool) -> None:
        now = self._clock()
        attempted = outcome not in (SyncOutcome.LOADED, SyncOutcome.NO_COPY)
        with self._lock:
            status = replace(
                self._status,
                last_outcome=str(outcome),
                last_error=error,
                last_attempt_at=now if attempted else self._status.last_attempt_at,
                last_success_at=now if success else self._status.last_success_at,
            )
            self._status = status
        if self._on_status is not None:
            self._on_status(status)
