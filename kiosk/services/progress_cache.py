"""办件进度 without the platform: the last known state of applications, and this kiosk's queue.

:class:`ProgressCache` keeps every successful progress answer in the cache store
(``cache.db``, table ``progress_cache``, migration ``0006_progress_cache``), so that when the
platform cannot be reached the resident still sees the last known state, marked "offline" with
the time it was fetched. At rest:

* the answer (item name, status, status text, timeline, dates, masked holder, pickup) and the
  time it was fetched are ONE encrypted blob (``offline_cache.crypto``; aad binds it to its row);
* rows are found by keyed hashes (HMAC-SHA256 under a key derived from the key ring's key, see
  :meth:`~offline_cache.crypto.KeyRing.keyed_hash`) of the application id and of the holder's
  ID number: the file holds neither in clear, and an 18-digit ID number cannot be found by
  hashing candidates without the key file;
* bounded: rows older than ``retention_days`` are never returned and are deleted by
  :meth:`ProgressCache.purge` (run after every save).

:func:`queued_applications` reads what this kiosk still holds in its outbox (applications
submitted while the network was down): a resident who asks by ID card or by the kiosk reference
on the receipt sees them as "submitted on this kiosk, waiting to be sent". Payloads are
decrypted by the outbox; only the item id, the time and the kiosk reference leave this module.

Thread policy: no Qt; call from a worker thread (disk I/O). The store gives each thread its own
connection; one :class:`ProgressCache` may be used from several threads.

Exceptions: ``offline_cache.store.StoreError`` from the store (the caller degrades to "cannot
check now"); rows whose blob cannot be decrypted (key removed) are skipped and deleted.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

from kiosk.flows.receipt_code import kiosk_reference
from offline_cache.crypto import CryptoError, KeyRing
from offline_cache.store import Store

__all__ = [
    "DEFAULT_RETENTION_DAYS",
    "CachedApplication",
    "ProgressCache",
    "QueuedApplication",
    "find_sent_reference",
    "queued_applications",
]

log = logging.getLogger(__name__)

DEFAULT_RETENTION_DAYS: Final = 30
_APP_PURPOSE: Final = "progress.application_id"
_HOLDER_PURPOSE: Final = "progress.holder_id_number"
#: the fields of a platform answer that are kept (docs/platform-api.md, GET /applications/{id})
_KEPT: Final = (
    "application_id",
    "item_id",
    "item_name",
    "status",
    "status_text",
    "received_at",
    "updated_at",
    "promised_date",
    "holder_hint",
    "delivery",
    "timeline",
    "pickup",
)


@dataclass(frozen=True)
class CachedApplication:
    """One application as the platform last described it, and when that was."""

    answer: dict[str, Any] = field(repr=False)
    fetched_at: str  # ISO-8601 with offset (local time of the kiosk)
    fetched_ts: float

    @property
    def application_id(self) -> str:
        return str(self.answer.get("application_id", ""))


def _aad(app_key: str) -> bytes:
    return f"progress.answer\0{app_key}".encode()


class ProgressCache:
    """Encrypted, bounded cache of progress answers (see the module docstring)."""

    def __init__(
        self,
        store: Store,
        keyring: KeyRing,
        *,
        retention_days: int = DEFAULT_RETENTION_DAYS,
        clock: Callable[[], float] = time.time,
        owns_store: bool = False,
    ) -> None:
        if retention_days < 1:
            raise ValueError("retention_days must be at least 1")
        self._store = store
        self._keyring = keyring
        self.retention_s = retention_days * 86_400.0
        self._clock = clock
        self._owns_store = owns_store

    @classmethod
    def open(
        cls, data_dir: Path | str, keyring: KeyRing, *, retention_days: int = DEFAULT_RETENTION_DAYS
    ) -> ProgressCache:
        """The cache in ``<data_dir>/cache.db`` (the cache store: a damaged file is recreated)."""
        return cls(
            Store.for_cache(data_dir), keyring, retention_days=retention_days, owns_store=True
        )

    def close(self) -> None:
        if self._owns_store:
            self._store.close()

    @property
    def store(self) -> Store:
        return self._store

    # ---------------------------------------------------------------- write

    def save(self, answers: Iterable[Mapping[str, Any]], *, id_number: str | None = None) -> int:
        """Keep ``answers`` (platform answers, one per application) as their last known state.

        ``id_number``: the holder's, when the query was by ID card (then a query by card finds
        them offline); without it a row keeps the holder it had. Returns the rows written.
        """
        now = self._clock()
        fetched_at = dt.datetime.fromtimestamp(now).astimezone().isoformat(timespec="seconds")
        holder_key = (
            self._keyring.keyed_hash(id_number.encode(), _HOLDER_PURPOSE) if id_number else None
        )
        rows: list[tuple[str, str | None, float, str, bytes]] = []
        stale: list[str] = []
        for answer in answers:
            application_id = str(answer.get("application_id") or "")
            if not application_id:
                continue
            kept = {key: answer[key] for key in _KEPT if key in answer}
            blob_data = json.dumps(
                {"answer": kept, "fetched_at": fetched_at}, ensure_ascii=False
            ).encode()
            keys = self._app_keys(application_id)
            app_key = keys[0]
            stale.extend(keys[1:])  # rows written under a retired key
            blob = self._keyring.encrypt(blob_data, _aad(app_key))
            rows.append((app_key, holder_key, now, self._keyring.current_key_id, blob))
        if not rows:
            return 0
        with self._store.transaction() as conn:
            if stale:
                conn.executemany(
                    "DELETE FROM progress_cache WHERE app_key = ?", [(k,) for k in stale]
                )
            conn.executemany(
                "INSERT INTO progress_cache (app_key, holder_key, fetched_ts, key_id, payload)"
                " VALUES (?, ?, ?, ?, ?) ON CONFLICT (app_key) DO UPDATE SET"
                " holder_key = coalesce(excluded.holder_key, progress_cache.holder_key),"
                " fetched_ts = excluded.fetched_ts, key_id = excluded.key_id,"
                " payload = excluded.payload",
                rows,
            )
        self.purge()
        return len(rows)

    def purge(self) -> int:
        """Delete rows older than the retention; returns how many."""
        cutoff = self._clock() - self.retention_s
        deleted = self._store.execute("DELETE FROM progress_cache WHERE fetched_ts < ?", (cutoff,))
        if deleted:
            log.info("progress cache: purged %d old answer(s)", deleted)
        return deleted

    # ---------------------------------------------------------------- read

    def by_application(self, application_id: str) -> CachedApplication | None:
        keys = self._app_keys(application_id)
        found = self._select("app_key", keys)
        return found[0] if found else None

    def by_holder(self, id_number: str) -> list[CachedApplication]:
        """The holder's applications, newest fetch first (one per application)."""
        keys = self._keyring.keyed_hashes(id_number.encode(), _HOLDER_PURPOSE)
        return self._select("holder_key", keys)

    def count(self) -> int:
        row = self._store.query_one("SELECT count(*) FROM progress_cache")
        return int(row[0]) if row else 0

    def _app_keys(self, application_id: str) -> list[str]:
        return self._keyring.keyed_hashes(application_id.strip().upper().encode(), _APP_PURPOSE)

    def _select(self, column: str, keys: Sequence[str]) -> list[CachedApplication]:
        cutoff = self._clock() - self.retention_s
        marks = ",".join("?" * len(keys))
        rows = self._store.query(
            f"SELECT app_key, fetched_ts, payload FROM progress_cache"
            f" WHERE {column} IN ({marks}) AND fetched_ts >= ? ORDER BY fetched_ts DESC",
            [*keys, cutoff],
        )
        found: dict[str, CachedApplication] = {}
        unreadable: list[str] = []
        for row in rows:
            try:
                data = json.loads(self._keyring.decrypt(row["payload"], _aad(row["app_key"])))
                entry = CachedApplication(
                    dict(data["answer"]), str(data["fetched_at"]), float(row["fetched_ts"])
                )
            except (CryptoError, ValueError, KeyError, TypeError) as exc:
                log.warning("progress cache: an answer is unreadable: %s", type(exc).__name__)
                unreadable.append(row["app_key"])
                continue
            found.setdefault(entry.application_id, entry)  # newest first: keep the newest
        if unreadable:
            self._store.execute(
                f"DELETE FROM progress_cache WHERE app_key IN ({','.join('?' * len(unreadable))})",
                unreadable,
            )
        return list(found.values())


# ------------------------------------------------------------------------------ the outbox


@dataclass(frozen=True)
class QueuedApplication:
    """An application this kiosk holds in its outbox (not yet accepted by the platform)."""

    reference: str  # the kiosk reference printed on the receipt
    item_id: str
    created_at: str  # ISO-8601 with offset (local time)
    delivery: str
    #: False when the platform refused it for good (dead-lettered): the resident must see staff
    sendable: bool = True
    #: the platform's error code of a refused one (e.g. ``invalid_form``); never personal data
    refusal: str = ""


def _local_day(ts: float) -> dt.date:
    return dt.datetime.fromtimestamp(ts).astimezone().date()


def _references(kiosk_id: str, key: str, created_ts: float) -> list[str]:
    """The reference the receipt carries, first; then the neighbouring days' (the receipt
    may have been made a moment before or after midnight relative to the outbox row)."""
    day = _local_day(created_ts)
    return [
        kiosk_reference(kiosk_id, key, day + dt.timedelta(days=offset)) for offset in (0, -1, 1)
    ]


def queued_applications(
    outbox: Any,
    *,
    kiosk_id: str,
    id_number: str | None = None,
    reference: str | None = None,
) -> list[QueuedApplication]:
    """Applications of ``id_number`` (the applicant's ID number) or with the kiosk
    ``reference``, still pending or in flight in ``outbox`` (an ``offline_cache.outbox.Outbox``),
    and those the platform refused (``sendable=False``): the receipt said "submitted", so the
    resident who asks later must learn that it was not accepted.

    Worker threads only (reads and decrypts the store). Nothing personal is returned or logged.
    """
    if not id_number and not reference:
        return []
    wanted = (reference or "").strip().upper()
    found: list[QueuedApplication] = []
    for item in outbox.unsent("application", include_dead=True):
        payload = item.payload or {}
        refs = _references(kiosk_id, item.idempotency_key, item.created_ts)
        if id_number:
            applicant = payload.get("applicant")
            if not isinstance(applicant, dict) or applicant.get("id_number") != id_number:
                continue
        elif wanted not in refs:
            continue
        delivery = payload.get("delivery")
        found.append(
            QueuedApplication(
                reference=wanted if wanted in refs else refs[0],
                item_id=str(payload.get("item_id") or ""),
                created_at=dt.datetime.fromtimestamp(item.created_ts)
                .astimezone()
                .isoformat(timespec="seconds"),
                delivery=str(delivery.get("method", "")) if isinstance(delivery, dict) else "",
                sendable=item.state != "dead",
                refusal=item.last_error.code if item.state == "dead" and item.last_error else "",
            )
        )
    return found


def find_sent_reference(outbox: Any, *, kiosk_id: str, reference: str) -> str | None:
    """The platform's application number for a kiosk ``reference`` whose application has been
    delivered since the receipt was printed (the outbox keeps the platform's answer of done
    items for its retention), or None. Worker threads only."""
    wanted = reference.strip().upper()
    for item in outbox.items(["done"]):
        if item.kind != "application":
            continue
        if wanted not in _references(kiosk_id, item.idempotency_key, item.created_ts):
            continue
        try:
            response = outbox.response_of(item.id)
        except Exception as exc:  # PayloadUnreadable: the key is gone
            log.warning("progress: answer of a sent application unreadable: %s", type(exc).__name__)
            return None
        number = (response or {}).get("application_id")
        return str(number) if number else None
    return None
