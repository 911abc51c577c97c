"""The reference platform's domain logic, independent of HTTP.

:class:`Platform` owns the database and implements every resource of docs/platform-api.md
(catalogue with versions and deltas, applications, attachments, e-certificates, evaluations,
queue tickets, appointments, pickups, heartbeats and commands, help requests) plus the staff
actions the console and the sandbox endpoints call. The HTTP layer (:mod:`central.api`) only
parses, authenticates and serialises.

Catalogue versioning: the seed is version 1; every change (an item modified or withdrawn, a
site's overrides changed) creates a new version and records which items changed in it, so
``delta(since=V)`` returns the items changed after V. Unknown or future versions get the full
catalogue.

Idempotency: :meth:`Platform.idempotent` runs a state-changing handler and stores its answer in
the same transaction as the change, keyed by (kiosk, Idempotency-Key) with a fingerprint of
method, path and body. Same key and fingerprint replays the stored answer; a different
fingerprint is 422 ``idempotency_mismatch``. Only 2xx answers are stored (a rejected request may
be corrected and retried with the same key). The store serialises transactions, so concurrent
duplicates are answered one after the other, the second as a replay.

Exceptions raised by this module::

    Exception
    ├── ApiError        every refusal, with its HTTP status and error code
    └── sqlite3.Error   the database failed (the HTTP layer answers 500)
"""

from __future__ import annotations

import gzip
import hashlib
import json
import logging
import os
import secrets
import sqlite3
import threading
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any, ClassVar, Final

from central.errors import ApiError
from central.forms import field_error, validate_form
from central.idnumber import is_valid_id_number
from central.seed import (
    DEFAULT_SEED,
    TEST_RESIDENTS,
    TestResident,
    ecert_record,
    generate_catalogue,
)
from central.store import Database

__all__ = [
    "APPLICATION_STATUSES",
    "COMMAND_TYPES",
    "CST",
    "TRANSITIONS",
    "CatalogueBody",
    "Platform",
    "mask_id",
]

log = logging.getLogger(__name__)

CST: Final = timezone(timedelta(hours=8), "CST")
NONCE_TTL_S: Final = 600
APPLICATION_STATUSES: Final = (
    "received",
    "accepted",
    "in_review",
    "approved",
    "rejected",
    "need_more",
    "ready_for_pickup",
    "collected",
    "delivered",
)
STATUS_LABELS: Final = {
    "received": "已接收",
    "accepted": "已受理",
    "in_review": "审查中",
    "approved": "已办结（通过）",
    "rejected": "不予办理",
    "need_more": "需补正材料",
    "ready_for_pickup": "待领取",
    "collected": "已领取",
    "delivered": "已送达",
}
TRANSITIONS: Final = {
    "received": ("accepted", "rejected", "need_more"),
    "accepted": ("in_review", "approved", "rejected", "need_more"),
    "in_review": ("approved", "rejected", "need_more"),
    "need_more": ("accepted", "in_review", "rejected"),
    "approved": ("ready_for_pickup", "delivered", "collected"),
    "ready_for_pickup": ("collected",),
    "collected": (),
    "delivered": (),
    "rejected": (),
}
COMMAND_TYPES: Final = ("maintenance_on", "maintenance_off", "refresh_catalogue", "reload_config")
PICKUP_EVENTS: Final = ("deposited", "collected", "door_alarm")
OPEN_PICKUP_STATUSES: Final = ("assigned", "deposited")
ATTACHMENT_TYPES: Final = {
    "application/pdf": b"%PDF-",
    "image/jpeg": b"\xff\xd8\xff",
    "image/png": b"\x89PNG\r\n\x1a\n",
}
# Queue-ticket letters by service type (the 12 theme codes and "general"); others get "A".
TICKET_PREFIXES: Final = {
    "general": "A",
    "social_security": "B",
    "medical_insurance": "C",
    "housing_fund": "D",
    "real_estate": "E",
    "household": "F",
    "civil_affairs": "G",
    "employment": "H",
    "education": "J",
    "business_start": "K",
    "business_change": "K",
    "tax": "L",
    "permits": "M",
    "appointment": "Y",
}
DEMO_KIOSK: Final = "KIOSK-DEMO-0001"
DEMO_PICKUP_CODE: Final = "246810"
DAILY_APPOINTMENTS: Final = (
    # (resident name, code, time, window, item)
    ("赵六", "88000004", "10:30", "3号窗口", "养老保险待遇资格认证"),
    ("孙七", "88000005", "15:00", "7号窗口", "个体工商户设立登记"),
)
_DELTA_MAX_UPSERTS: Final = 1200
_EDITABLE_FIELDS: Final = frozenset(
    {
        "name",
        "short_name",
        "aliases",
        "themes",
        "audience",
        "kiosk_mode",
        "identity_level",
        "conditions",
        "materials",
        "fee",
        "time_limit",
        "visits",
        "where_else",
        "legal_basis",
        "form",
        "deliveries",
    }
)


def mask_id(value: str) -> str:
    """``3701**********1234``: first and last four characters of an ID number."""
    if len(value) <= 8:
        return "*" * len(value)
    return value[:4] + "*" * (len(value) - 8) + value[-4:]


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def canonical_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


class CatalogueBody:
    """A serialised catalogue answer; its gzip form is made on first use and kept."""

    def __init__(self, version: int, kind: str, raw: bytes) -> None:
        self.version = version
        self.kind = kind
        self.raw = raw
        self._gzipped: bytes | None = None

    @property
    def gzipped(self) -> bytes:
        if self._gzipped is None:  # a race only compresses twice; the result is the same
            self._gzipped = gzip.compress(self.raw, compresslevel=6, mtime=0)
        return self._gzipped


class Platform:
    """All platform operations over one database file."""

    def __init__(
        self,
        db_path: Path,
        *,
        seed: int = DEFAULT_SEED,
        attachments_dir: Path | None = None,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        self.db = Database(db_path)
        self.seed = seed
        self.attachments_dir = attachments_dir or db_path.parent / "attachments"
        self.attachments_dir.mkdir(parents=True, exist_ok=True)
        self._custom_clock = clock is not None
        self._clock = clock or (lambda: datetime.now(CST))
        self._cache_lock = threading.Lock()
        self._items_json: tuple[int, str] | None = None
        self._full_cache: dict[tuple[int, str], CatalogueBody] = {}
        self._last_nonce_purge = 0.0
        self.seed_seconds = 0.0
        self._seed_if_empty()

    # ------------------------------------------------------------------ basics
    def now(self) -> datetime:
        return self._clock().astimezone(CST)

    def iso_now(self) -> str:
        return self.now().isoformat(timespec="seconds")

    def close(self) -> None:
        self.db.close()

    def _next(self, conn: sqlite3.Connection, name: str) -> int:
        row = conn.execute(
            "INSERT INTO counters(name, value) VALUES (?, 1) "
            "ON CONFLICT(name) DO UPDATE SET value = value + 1 RETURNING value",
            (name,),
        ).fetchone()
        return int(row[0])

    # ------------------------------------------------------------------ seeding
    def _seed_if_empty(self) -> None:
        with self.db.read() as conn:
            seeded = conn.execute("SELECT value FROM meta WHERE key='seeded'").fetchone()
        if seeded is None:
            started = time.perf_counter()
            if not self._copy_template():
                self._seed()
                self._keep_template()
            self.seed_seconds = time.perf_counter() - started
            log.info("seeded the catalogue in %.2f s", self.seed_seconds)
        with self.db.tx() as conn:
            # databases seeded before the sites table existed: their sites are the ones with lists
            conn.execute("INSERT OR IGNORE INTO sites SELECT DISTINCT site FROM site_overrides")
            self._ensure_daily_appointments(conn, self.now().date())

    # A freshly seeded database is kept in memory per seed, and copied (SQLite's online backup)
    # into the next new database of the same process: tests and demos that start many fresh
    # platforms pay for seeding once. Only with the real clock: the seed's dates are "now".
    _templates: ClassVar[dict[int, sqlite3.Connection]] = {}
    _templates_lock: ClassVar[threading.Lock] = threading.Lock()

    def _copy_template(self) -> bool:
        if self._custom_clock:
            return False
        with Platform._templates_lock:
            template = Platform._templates.get(self.seed)
            if template is None:
                return False
            with self.db.read() as conn:
                template.backup(conn)
        return True

    def _keep_template(self) -> None:
        if self._custom_clock:
            return
        memory = sqlite3.connect(":memory:", check_same_thread=False)
        with self.db.read() as conn:
            conn.backup(memory)
        with Platform._templates_lock:
            Platform._templates.setdefault(self.seed, memory)

    def _seed(self) -> None:
        cat = generate_catalogue(self.seed)
        now = self.iso_now()
        with self.db.tx() as conn:
            conn.execute("INSERT INTO catalogue_versions VALUES (1, ?, ?)", (now, "seed"))
            conn.executemany(
                "INSERT INTO departments VALUES (?, ?, ?)",
                [(d["code"], d["name"], i) for i, d in enumerate(cat.departments)],
            )
            conn.executemany(
                "INSERT INTO themes VALUES (?, ?, ?)",
                [(t["code"], _dumps(t), i) for i, t in enumerate(cat.themes)],
            )
            rows = []
            for i, item in enumerate(cat.items):
                body = dict(item, updated_version=1)
                rows.append((item["item_id"], _dumps(body), i, 1))
            conn.executemany(
                "INSERT INTO items(item_id, body, position, updated_version) VALUES (?,?,?,?)",
                rows,
            )
            conn.executemany(
                "INSERT INTO bundles VALUES (?, ?, ?)",
                [(b["bundle_id"], _dumps(b), i) for i, b in enumerate(cat.bundles)],
            )
            for site, lists in cat.site_overrides.items():
                self._write_overrides(conn, site, lists["hidden"], lists["hot"])
            for resident in TEST_RESIDENTS:
                for index, cert_type in enumerate(resident.ecerts):
                    record = ecert_record(resident, cert_type, index)
                    conn.execute(
                        "INSERT INTO ecerts VALUES (?, ?, ?)",
                        (record["cert_id"], resident.id_number, _dumps(record)),
                    )
            self._seed_applications(conn, cat.items)
            conn.execute("INSERT INTO meta VALUES ('catalogue_version', '1')")
            conn.execute("INSERT INTO meta VALUES ('seeded', ?)", (now,))
            conn.execute("INSERT INTO meta VALUES ('seed', ?)", (str(self.seed),))

    def _seed_applications(self, conn: sqlite3.Connection, items: list[dict[str, Any]]) -> None:
        by_name = {item["name"]: item for item in items}
        zhang, zhao = TEST_RESIDENTS[0], TEST_RESIDENTS[3]
        now = self.now()
        plans = (
            (zhang, "住房公积金提取", 9, ("accepted", "in_review", "approved", "delivered")),
            (zhang, "不动产权属证明打印", 3, ("accepted", "approved")),
            (zhang, "异地就医备案", 1, ("accepted", "in_review")),
            (zhao, "社会保障卡补领", 4, ("accepted", "in_review", "approved")),
        )
        for resident, item_name, days_ago, statuses in plans:
            item = by_name[item_name]
            received = now - timedelta(days=days_ago, hours=2)
            app_id = self._insert_application(
                conn,
                item=item,
                resident=resident,
                kiosk_id=DEMO_KIOSK,
                received=received,
                request={
                    "item_id": item["item_id"],
                    "form": {},
                    "materials": [],
                    "delivery": {"method": item["deliveries"][0]},
                    "seeded": True,
                },
            )
            for step, status in enumerate(statuses, start=1):
                at = received + timedelta(hours=6 * step)
                self._add_event(
                    conn, app_id, status, at.isoformat(timespec="seconds"), "示例办件", "seed"
                )
            if resident is zhao:
                self._create_pickup(
                    conn,
                    app_id,
                    DEMO_KIOSK,
                    "1-3",
                    code=DEMO_PICKUP_CODE,
                    status="deposited",
                    actor="seed",
                )

    def _ensure_daily_appointments(self, conn: sqlite3.Connection, day: date) -> None:
        residents = {r.name: r for r in TEST_RESIDENTS}
        for name, code, at, window, item_name in DAILY_APPOINTMENTS:
            resident = residents[name]
            conn.execute(
                "INSERT OR IGNORE INTO appointments(appointment_id, id_number, code, day, time, "
                "window, item_name, status) VALUES (?, ?, ?, ?, ?, ?, ?, 'booked')",
                (
                    f"YY{day:%Y%m%d}{code[-4:]}",
                    resident.id_number,
                    code,
                    day.isoformat(),
                    at,
                    window,
                    item_name,
                ),
            )

    # ------------------------------------------------------------------ device auth support
    def record_request(self, kiosk_id: str, nonce: str, timestamp: int) -> None:
        """Check revocation and nonce replay; remember the nonce and the kiosk's clock skew."""
        now = self.now()
        now_unix = int(now.timestamp())
        with self.db.tx() as conn:
            row = conn.execute(
                "SELECT revoked FROM kiosks WHERE kiosk_id = ?", (kiosk_id,)
            ).fetchone()
            if row is not None and row["revoked"]:
                raise ApiError(403, "kiosk_revoked", "this kiosk has been revoked")
            if now_unix - self._last_nonce_purge > 60:
                conn.execute("DELETE FROM nonces WHERE seen_at < ?", (now_unix - NONCE_TTL_S,))
                self._last_nonce_purge = now_unix
            try:
                conn.execute("INSERT INTO nonces VALUES (?, ?, ?)", (kiosk_id, nonce, now_unix))
            except sqlite3.IntegrityError:
                seen = conn.execute(
                    "SELECT seen_at FROM nonces WHERE kiosk_id = ? AND nonce = ?",
                    (kiosk_id, nonce),
                ).fetchone()
                if seen is not None and seen["seen_at"] >= now_unix - NONCE_TTL_S:
                    raise ApiError(
                        401, "replayed_nonce", "this nonce was already used by this kiosk"
                    ) from None
                conn.execute(
                    "UPDATE nonces SET seen_at = ? WHERE kiosk_id = ? AND nonce = ?",
                    (now_unix, kiosk_id, nonce),
                )
            iso = now.isoformat(timespec="seconds")
            conn.execute(
                "INSERT INTO kiosks(kiosk_id, first_seen, last_seen, clock_skew_s) "
                "VALUES (?, ?, ?, ?) ON CONFLICT(kiosk_id) DO UPDATE SET "
                "last_seen = excluded.last_seen, clock_skew_s = excluded.clock_skew_s",
                (kiosk_id, iso, iso, timestamp - now_unix),
            )

    def set_revoked(self, kiosk_id: str, revoked: bool) -> None:
        with self.db.tx() as conn:
            conn.execute(
                "INSERT INTO kiosks(kiosk_id, revoked) VALUES (?, ?) "
                "ON CONFLICT(kiosk_id) DO UPDATE SET revoked = excluded.revoked",
                (kiosk_id, int(revoked)),
            )

    # ------------------------------------------------------------------ idempotency
    def idempotent(
        self,
        kiosk_id: str,
        key: str | None,
        fingerprint: str,
        handler: Callable[[sqlite3.Connection], tuple[int, Any]],
    ) -> tuple[int, Any, bool]:
        """Run ``handler`` once per (kiosk, key); returns (status, body, replayed)."""
        if not key:
            raise ApiError(
                400,
                "idempotency_key_missing",
                "this request changes state and needs an Idempotency-Key header",
            )
        if len(key) > 128 or not key.isprintable() or any(c.isspace() for c in key):
            raise ApiError(
                400,
                "idempotency_key_invalid",
                "Idempotency-Key must be 1-128 printable characters without spaces",
            )
        with self.db.tx() as conn:
            row = conn.execute(
                "SELECT fingerprint, status, body FROM idempotency WHERE kiosk_id=? AND key=?",
                (kiosk_id, key),
            ).fetchone()
            if row is not None:
                if row["fingerprint"] != fingerprint:
                    raise ApiError(
                        422,
                        "idempotency_mismatch",
                        "this Idempotency-Key was already used with a different request",
                    )
                return int(row["status"]), json.loads(row["body"]), True
            status, body = handler(conn)
            conn.execute(
                "INSERT INTO idempotency VALUES (?, ?, ?, ?, ?, ?)",
                (kiosk_id, key, fingerprint, status, _dumps(body), self.iso_now()),
            )
            return status, body, False

    # ------------------------------------------------------------------ catalogue
    def catalogue_version(self) -> int:
        with self.db.read() as conn:
            row = conn.execute("SELECT value FROM meta WHERE key='catalogue_version'").fetchone()
        return int(row[0])

    def _bump_version(
        self, conn: sqlite3.Connection, note: str, changes: list[tuple[str, str]]
    ) -> int:
        version = (
            int(conn.execute("SELECT value FROM meta WHERE key='catalogue_version'").fetchone()[0])
            + 1
        )
        conn.execute(
            "INSERT INTO catalogue_versions VALUES (?, ?, ?)", (version, self.iso_now(), note)
        )
        conn.executemany(
            "INSERT OR REPLACE INTO item_changes VALUES (?, ?, ?)",
            [(version, item_id, op) for item_id, op in changes],
        )
        conn.execute("UPDATE meta SET value = ? WHERE key = 'catalogue_version'", (str(version),))
        return version

    def site_block(self, conn: sqlite3.Connection, site: str) -> dict[str, Any]:
        known = conn.execute("SELECT 1 FROM sites WHERE site = ?", (site,)).fetchone()
        rows = conn.execute(
            "SELECT item_id, kind FROM site_overrides WHERE site = ? ORDER BY kind, position",
            (site,),
        ).fetchall()
        if known is None:
            rows = conn.execute(
                "SELECT item_id, kind FROM site_overrides WHERE site = 'DEFAULT' "
                "ORDER BY kind, position"
            ).fetchall()
        return {
            "site": site,
            "hidden": [r["item_id"] for r in rows if r["kind"] == "hidden"],
            "hot": [r["item_id"] for r in rows if r["kind"] == "hot"],
        }

    def _bundles(self, conn: sqlite3.Connection) -> list[dict[str, Any]]:
        return [
            json.loads(r["body"])
            for r in conn.execute("SELECT body FROM bundles ORDER BY position")
        ]

    def full_catalogue(self, site: str) -> CatalogueBody:
        """The full catalogue for ``site``, serialised once per version and site."""
        version = self.catalogue_version()
        with self._cache_lock:
            cached = self._full_cache.get((version, site))
        if cached is not None:
            return cached
        with self.db.read() as conn:
            version = int(
                conn.execute("SELECT value FROM meta WHERE key='catalogue_version'").fetchone()[0]
            )
            generated = conn.execute(
                "SELECT created_at FROM catalogue_versions WHERE version = ?", (version,)
            ).fetchone()[0]
            departments = [
                {"code": r["code"], "name": r["name"]}
                for r in conn.execute("SELECT code, name FROM departments ORDER BY position")
            ]
            themes = [
                json.loads(r["body"])
                for r in conn.execute("SELECT body FROM themes ORDER BY position")
            ]
            items_json = self._items_json_for(conn, version)
            bundles = self._bundles(conn)
            site_block = self.site_block(conn, site)
        head = _dumps(
            {
                "kind": "full",
                "version": version,
                "generated_at": generated,
                "departments": departments,
                "themes": themes,
            }
        )
        tail = _dumps({"bundles": bundles, "site": site_block})
        raw = (head[:-1] + ',"items":' + items_json + "," + tail[1:]).encode()
        body = CatalogueBody(version, "full", raw)
        with self._cache_lock:
            if len(self._full_cache) > 16:
                self._full_cache.clear()
            self._full_cache[(version, site)] = body
        return body

    def _items_json_for(self, conn: sqlite3.Connection, version: int) -> str:
        cached = self._items_json
        if cached is not None and cached[0] == version:
            return cached[1]
        bodies = [
            r["body"]
            for r in conn.execute(
                "SELECT body FROM items WHERE deleted_version IS NULL ORDER BY position"
            )
        ]
        text = "[" + ",".join(bodies) + "]"
        self._items_json = (version, text)
        return text

    def delta(self, site: str, since: int) -> CatalogueBody | None:
        """Changes after ``since``; None when a full catalogue must be sent instead."""
        with self.db.read() as conn:
            version = int(
                conn.execute("SELECT value FROM meta WHERE key='catalogue_version'").fetchone()[0]
            )
            known = conn.execute(
                "SELECT 1 FROM catalogue_versions WHERE version = ?", (since,)
            ).fetchone()
            if known is None or since > version:
                return None
            generated = conn.execute(
                "SELECT created_at FROM catalogue_versions WHERE version = ?", (version,)
            ).fetchone()[0]
            upserts = [
                r["body"]
                for r in conn.execute(
                    "SELECT body FROM items WHERE updated_version > ? AND deleted_version IS NULL "
                    "ORDER BY position",
                    (since,),
                )
            ]
            if len(upserts) > _DELTA_MAX_UPSERTS:
                return None
            deletes = [
                r["item_id"]
                for r in conn.execute(
                    "SELECT item_id FROM items WHERE deleted_version > ? ORDER BY position",
                    (since,),
                )
            ]
            bundles = self._bundles(conn)
            site_block = self.site_block(conn, site)
        head = _dumps(
            {
                "kind": "delta",
                "base_version": since,
                "version": version,
                "generated_at": generated,
                "deletes": deletes,
                "bundles": bundles,
                "site": site_block,
            }
        )
        raw = (head[:-1] + ',"upserts":[' + ",".join(upserts) + "]}").encode()
        return CatalogueBody(version, "delta", raw)

    def get_item(self, item_id: str) -> dict[str, Any]:
        with self.db.read() as conn:
            row = conn.execute(
                "SELECT body FROM items WHERE item_id = ? AND deleted_version IS NULL", (item_id,)
            ).fetchone()
        if row is None:
            raise ApiError(404, "item_not_found", f"no item {item_id}")
        return json.loads(row["body"])

    def modify_item(self, item_id: str, changes: dict[str, Any], note: str = "") -> int:
        """Change fields of an item (a new catalogue version); returns the new version."""
        from central.models import Item

        unknown = set(changes) - _EDITABLE_FIELDS
        if unknown:
            raise ApiError(422, "field_not_editable", f"cannot edit {sorted(unknown)}")
        with self.db.tx() as conn:
            row = conn.execute(
                "SELECT body FROM items WHERE item_id = ? AND deleted_version IS NULL", (item_id,)
            ).fetchone()
            if row is None:
                raise ApiError(404, "item_not_found", f"no item {item_id}")
            body = json.loads(row["body"])
            body.update(changes)
            version = self._bump_version(conn, note or f"modify {item_id}", [(item_id, "upsert")])
            body["updated_version"] = version
            try:
                Item.model_validate(body)
            except ValueError as exc:
                raise ApiError(422, "item_invalid", str(exc)[:500]) from exc
            conn.execute(
                "UPDATE items SET body = ?, updated_version = ? WHERE item_id = ?",
                (_dumps(body), version, item_id),
            )
        return version

    def withdraw_item(self, item_id: str, note: str = "") -> int:
        """Remove an item from the catalogue (deltas list it in ``deletes``)."""
        with self.db.tx() as conn:
            row = conn.execute(
                "SELECT 1 FROM items WHERE item_id = ? AND deleted_version IS NULL", (item_id,)
            ).fetchone()
            if row is None:
                raise ApiError(404, "item_not_found", f"no item {item_id}")
            version = self._bump_version(conn, note or f"withdraw {item_id}", [(item_id, "delete")])
            conn.execute(
                "UPDATE items SET deleted_version = ? WHERE item_id = ?", (version, item_id)
            )
        return version

    def _write_overrides(
        self, conn: sqlite3.Connection, site: str, hidden: list[str], hot: list[str]
    ) -> None:
        conn.execute("INSERT OR IGNORE INTO sites VALUES (?)", (site,))
        conn.execute("DELETE FROM site_overrides WHERE site = ?", (site,))
        for kind, ids in (("hidden", hidden), ("hot", hot)):
            conn.executemany(
                "INSERT OR IGNORE INTO site_overrides VALUES (?, ?, ?, ?)",
                [(site, item_id, kind, i) for i, item_id in enumerate(ids)],
            )

    def set_site_overrides(self, site: str, hidden: list[str], hot: list[str]) -> int:
        """Replace a site's hidden and hot lists (a new catalogue version)."""
        if not site or len(site) > 40:
            raise ApiError(422, "site_invalid", "site must be 1-40 characters")
        with self.db.tx() as conn:
            existing = {
                r[0]
                for r in conn.execute("SELECT item_id FROM items WHERE deleted_version IS NULL")
            }
            missing = [i for i in [*hidden, *hot] if i not in existing]
            if missing:
                raise ApiError(422, "item_not_found", f"unknown items {missing[:5]}")
            self._write_overrides(conn, site, hidden, hot)
            return self._bump_version(conn, f"site overrides {site}", [])

    def site_overrides(self) -> dict[str, dict[str, list[str]]]:
        with self.db.read() as conn:
            out: dict[str, dict[str, list[str]]] = {
                r[0]: {"hidden": [], "hot": []}
                for r in conn.execute("SELECT site FROM sites ORDER BY site")
            }
            for r in conn.execute(
                "SELECT site, item_id, kind FROM site_overrides ORDER BY site, kind, position"
            ):
                out.setdefault(r["site"], {"hidden": [], "hot": []})[r["kind"]].append(r["item_id"])
        return out

    def search_items(self, text: str, limit: int = 50) -> list[dict[str, Any]]:
        with self.db.read() as conn:
            rows = conn.execute(
                "SELECT body FROM items WHERE deleted_version IS NULL AND (item_id = ? OR "
                "json_extract(body, '$.name') LIKE ? OR json_extract(body, '$.aliases') LIKE ?) "
                "ORDER BY position LIMIT ?",
                (text, f"%{text}%", f"%{text}%", limit),
            ).fetchall()
        return [json.loads(r["body"]) for r in rows]

    def catalogue_history(self, limit: int = 20) -> list[dict[str, Any]]:
        with self.db.read() as conn:
            rows = conn.execute(
                "SELECT v.version, v.created_at, v.note, COUNT(c.item_id) AS changed "
                "FROM catalogue_versions v LEFT JOIN item_changes c ON c.version = v.version "
                "GROUP BY v.version ORDER BY v.version DESC LIMIT ?",
                (limit,),
            ).fetchall()
        return [dict(r) for r in rows]

    # ------------------------------------------------------------------ e-certificates
    def ecerts_of(self, id_number: str) -> list[dict[str, Any]]:
        if not is_valid_id_number(id_number):
            raise ApiError(422, "invalid_id_number", "id_number is not a valid GB 11643 number")
        with self.db.read() as conn:
            rows = conn.execute(
                "SELECT body FROM ecerts WHERE id_number = ? ORDER BY cert_id", (id_number,)
            ).fetchall()
        return [json.loads(r["body"]) for r in rows]

    # ------------------------------------------------------------------ attachments
    def attachment_path(self, sha256: str) -> Path:
        return self.attachments_dir / sha256[:2] / sha256

    def attachment_info(self, sha256: str) -> dict[str, Any] | None:
        with self.db.read() as conn:
            row = conn.execute(
                "SELECT sha256, content_type, size, stored_at FROM attachments WHERE sha256 = ?",
                (sha256,),
            ).fetchone()
        return dict(row) if row else None

    def put_attachment(self, kiosk_id: str, sha256: str, content_type: str, data: bytes) -> bool:
        """Store bytes under their hash; True when new, False when already stored."""
        if len(sha256) != 64 or any(c not in "0123456789abcdef" for c in sha256):
            raise ApiError(422, "invalid_hash", "the path must be the lowercase hex SHA-256")
        if not data:
            raise ApiError(422, "empty_attachment", "the body is empty")
        if hashlib.sha256(data).hexdigest() != sha256:
            raise ApiError(422, "hash_mismatch", "the body's SHA-256 differs from the path")
        magic = ATTACHMENT_TYPES.get(content_type)
        if magic is None:
            raise ApiError(
                415, "unsupported_type", f"Content-Type must be one of {sorted(ATTACHMENT_TYPES)}"
            )
        if not data.startswith(magic):
            raise ApiError(415, "unsupported_type", f"the body is not a valid {content_type}")
        if self.attachment_info(sha256) is not None:
            return False
        path = self.attachment_path(sha256)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{sha256}.{secrets.token_hex(4)}.tmp")
        with open(tmp, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
        with self.db.tx() as conn:
            cur = conn.execute(
                "INSERT OR IGNORE INTO attachments VALUES (?, ?, ?, ?, ?)",
                (sha256, content_type, len(data), kiosk_id, self.iso_now()),
            )
            return cur.rowcount == 1

    # ------------------------------------------------------------------ applications
    def _promised_date(self, start: date, days: int) -> date:
        current = start
        left = days
        while left > 0:
            current += timedelta(days=1)
            if current.weekday() < 5:
                left -= 1
        return current

    def _insert_application(
        self,
        conn: sqlite3.Connection,
        *,
        item: dict[str, Any],
        resident: TestResident | None = None,
        applicant: dict[str, Any] | None = None,
        kiosk_id: str | None,
        received: datetime,
        request: dict[str, Any],
    ) -> str:
        day = received.strftime("%Y%m%d")
        seq = self._next(conn, f"application:{day}")
        app_id = f"SQ{day}{seq:06d}"
        if resident is not None:
            id_number, name = resident.id_number, resident.name
        else:
            assert applicant is not None
            id_number, name = applicant["id_number"], applicant["name"]
        promised = self._promised_date(received.date(), item["time_limit"]["promised_days"])
        at = received.isoformat(timespec="seconds")
        query_code = f"{secrets.randbelow(10**8):08d}"
        conn.execute(
            "INSERT INTO applications VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                app_id,
                item["item_id"],
                item["name"],
                kiosk_id,
                request.get("visit_id"),
                request.get("bundle_id"),
                id_number,
                name,
                _dumps(request),
                "received",
                at,
                at,
                promised.isoformat(),
                query_code,
                _dumps(request.get("delivery") or {}),
            ),
        )
        note = f"自助终端 {kiosk_id} 提交" if kiosk_id else "提交"
        self._add_event(conn, app_id, "received", at, note, kiosk_id or "system")
        return app_id

    def _add_event(
        self, conn: sqlite3.Connection, app_id: str, status: str, at: str, note: str, actor: str
    ) -> None:
        conn.execute(
            "INSERT INTO application_events(application_id, status, at, note, actor) "
            "VALUES (?, ?, ?, ?, ?)",
            (app_id, status, at, note, actor),
        )
        conn.execute(
            "UPDATE applications SET status = ?, updated_at = ? WHERE application_id = ?",
            (status, at, app_id),
        )

    def _check_application(self, conn: sqlite3.Connection, req: dict[str, Any]) -> dict[str, Any]:
        row = conn.execute(
            "SELECT body FROM items WHERE item_id = ? AND deleted_version IS NULL",
            (req["item_id"],),
        ).fetchone()
        if row is None:
            raise ApiError(422, "item_unknown", f"no item {req['item_id']} in the catalogue")
        item = json.loads(row["body"])
        if item["kiosk_mode"] != "self_service":
            raise ApiError(
                422,
                "not_self_service",
                f"{item['name']} cannot be applied for at a kiosk (guide only)",
            )
        bundle_id = req.get("bundle_id")
        if bundle_id and bundle_id not in item["bundle_ids"]:
            raise ApiError(422, "bundle_unknown", f"item is not part of bundle {bundle_id}")
        applicant = req["applicant"]
        errors: list[dict[str, str]] = []
        if not is_valid_id_number(applicant.get("id_number")):
            errors.append(field_error("applicant.id_number", "id_number", "申请人公民身份号码无效"))
        if not str(applicant.get("name") or "").strip():
            errors.append(field_error("applicant.name", "required", "请填写申请人姓名"))
        form = req.get("form") or {}
        errors.extend(validate_form(item["form"]["fields"], form))
        form_id = form.get("id_number")
        if form_id and applicant.get("id_number") and form_id != applicant["id_number"]:
            errors.append(
                field_error("id_number", "applicant_mismatch", "表单中的身份号码与申请人不一致")
            )
        delivery = req.get("delivery") or {}
        method = delivery.get("method")
        if method not in item["deliveries"]:
            errors.append(
                field_error(
                    "delivery.method",
                    "option",
                    f"该事项的送达方式为：{'、'.join(item['deliveries'])}",
                )
            )
        elif method == "post" and not str(delivery.get("address") or "").strip():
            errors.append(field_error("delivery.address", "required", "邮寄送达须填写收件地址"))
        if errors:
            raise ApiError(422, "form_invalid", "the form has errors", fields=errors)
        self._check_materials(conn, item, req.get("materials") or [], applicant["id_number"])
        return item

    def _check_materials(
        self,
        conn: sqlite3.Connection,
        item: dict[str, Any],
        supplied: list[dict[str, Any]],
        id_number: str,
    ) -> None:
        specs = {m["material_id"]: m for m in item["materials"]}
        seen: set[str] = set()
        for material in supplied:
            material_id = material.get("material_id")
            spec = specs.get(material_id)
            if spec is None:
                raise ApiError(
                    422,
                    "material_unknown",
                    f"{material_id} is not a material of this item",
                    material_id=material_id,
                )
            source = material.get("source")
            if source == "ecert":
                cert = conn.execute(
                    "SELECT body FROM ecerts WHERE cert_id = ? AND id_number = ?",
                    (material.get("cert_id"), id_number),
                ).fetchone()
                cert_type = json.loads(cert["body"])["type"] if cert else None
                if cert is None or (spec["ecert_type"] and cert_type != spec["ecert_type"]):
                    raise ApiError(
                        422,
                        "ecert_invalid",
                        f"e-certificate for {material_id} is not the applicant's "
                        f"{spec['ecert_type'] or 'certificate'}",
                        material_id=material_id,
                    )
            elif source == "scan":
                sha = material.get("sha256")
                found = conn.execute(
                    "SELECT 1 FROM attachments WHERE sha256 = ?", (sha,)
                ).fetchone()
                if not sha or found is None:
                    raise ApiError(
                        422,
                        "attachment_missing",
                        f"attachment {sha} of {material_id} was not uploaded",
                        material_id=material_id,
                        sha256=sha,
                    )
            elif source == "commitment":
                if not spec["tolerance"]:
                    raise ApiError(
                        422,
                        "commitment_not_allowed",
                        f"{spec['name']} cannot be replaced by a commitment",
                        material_id=material_id,
                    )
            else:
                raise ApiError(
                    422,
                    "material_source_invalid",
                    "source must be ecert, scan or commitment",
                    material_id=material_id,
                )
            seen.add(material_id)
        for material_id, spec in specs.items():
            if spec["required"] and material_id not in seen:
                raise ApiError(
                    422,
                    "material_missing",
                    f"required material {spec['name']}",
                    material_id=material_id,
                )

    def create_application(
        self, conn: sqlite3.Connection, kiosk_id: str, req: dict[str, Any]
    ) -> tuple[int, dict[str, Any]]:
        item = self._check_application(conn, req)
        received = self.now()
        app_id = self._insert_application(
            conn,
            item=item,
            applicant=req["applicant"],
            kiosk_id=kiosk_id,
            received=received,
            request=req,
        )
        row = conn.execute(
            "SELECT status, received_at, promised_date, query_code FROM applications "
            "WHERE application_id = ?",
            (app_id,),
        ).fetchone()
        return 201, {
            "application_id": app_id,
            "status": row["status"],
            "received_at": row["received_at"],
            "promised_date": row["promised_date"],
            "query_code": row["query_code"],
        }

    def _application_view(self, conn: sqlite3.Connection, row: sqlite3.Row) -> dict[str, Any]:
        events = conn.execute(
            "SELECT status, at, note FROM application_events WHERE application_id = ? ORDER BY id",
            (row["application_id"],),
        ).fetchall()
        pickup = conn.execute(
            "SELECT pickup_id, kiosk_id, compartment, status FROM pickups "
            "WHERE application_id = ? ORDER BY created_at DESC LIMIT 1",
            (row["application_id"],),
        ).fetchone()
        return {
            "application_id": row["application_id"],
            "item_id": row["item_id"],
            "item_name": row["item_name"],
            "status": row["status"],
            "status_text": STATUS_LABELS.get(row["status"], row["status"]),
            "received_at": row["received_at"],
            "updated_at": row["updated_at"],
            "promised_date": row["promised_date"],
            "holder_hint": mask_id(row["id_number"]),
            "delivery": json.loads(row["delivery"]),
            "timeline": [{"status": e["status"], "at": e["at"], "note": e["note"]} for e in events],
            "pickup": dict(pickup) if pickup else None,
        }

    def get_application(self, app_id: str) -> dict[str, Any]:
        with self.db.read() as conn:
            row = conn.execute(
                "SELECT * FROM applications WHERE application_id = ?", (app_id,)
            ).fetchone()
            if row is None:
                raise ApiError(404, "application_not_found", f"no application {app_id}")
            return self._application_view(conn, row)

    def query_applications(
        self, id_number: str | None, application_id: str | None
    ) -> list[dict[str, Any]]:
        if bool(id_number) == bool(application_id):
            raise ApiError(422, "invalid_request", "give exactly one of id_number, application_id")
        if id_number and not is_valid_id_number(id_number):
            raise ApiError(422, "invalid_id_number", "id_number is not a valid GB 11643 number")
        with self.db.read() as conn:
            if id_number:
                rows = conn.execute(
                    "SELECT * FROM applications WHERE id_number = ? "
                    "ORDER BY received_at DESC, application_id DESC LIMIT 100",
                    (id_number,),
                ).fetchall()
            else:
                rows = conn.execute(
                    "SELECT * FROM applications WHERE application_id = ?", (application_id,)
                ).fetchall()
            return [self._application_view(conn, row) for row in rows]

    def set_application_status(
        self, app_id: str, status: str, note: str = "", actor: str = "staff"
    ) -> None:
        """Staff action: move an application along (see TRANSITIONS)."""
        with self.db.tx() as conn:
            row = conn.execute(
                "SELECT status FROM applications WHERE application_id = ?", (app_id,)
            ).fetchone()
            if row is None:
                raise ApiError(404, "application_not_found", f"no application {app_id}")
            if status not in TRANSITIONS.get(row["status"], ()):
                raise ApiError(
                    409, "invalid_transition", f"cannot go from {row['status']} to {status}"
                )
            if status == "ready_for_pickup":
                raise ApiError(
                    422, "use_mark_ready", "ready_for_pickup needs a kiosk and compartment"
                )
            self._add_event(
                conn, app_id, status, self.iso_now(), note or STATUS_LABELS[status], actor
            )

    def list_applications(
        self,
        *,
        status: str = "",
        item: str = "",
        kiosk: str = "",
        query: str = "",
        limit: int = 200,
    ) -> list[dict[str, Any]]:
        where = ["1=1"]
        args: list[Any] = []
        if status:
            where.append("status = ?")
            args.append(status)
        if item:
            where.append("(item_id = ? OR item_name LIKE ?)")
            args.extend([item, f"%{item}%"])
        if kiosk:
            where.append("kiosk_id = ?")
            args.append(kiosk)
        if query:
            where.append("(application_id = ? OR id_number = ? OR query_code = ?)")
            args.extend([query, query, query])
        with self.db.read() as conn:
            rows = conn.execute(
                f"SELECT * FROM applications WHERE {' AND '.join(where)} "
                "ORDER BY received_at DESC, application_id DESC LIMIT ?",
                (*args, limit),
            ).fetchall()
        return [dict(r) for r in rows]

    def application_record(self, app_id: str) -> dict[str, Any]:
        """Everything about one application, for staff (unmasked)."""
        with self.db.read() as conn:
            row = conn.execute(
                "SELECT * FROM applications WHERE application_id = ?", (app_id,)
            ).fetchone()
            if row is None:
                raise ApiError(404, "application_not_found", f"no application {app_id}")
            view = self._application_view(conn, row)
            events = conn.execute(
                "SELECT status, at, note, actor FROM application_events "
                "WHERE application_id = ? ORDER BY id",
                (app_id,),
            ).fetchall()
            pickups = conn.execute(
                "SELECT * FROM pickups WHERE application_id = ? ORDER BY created_at",
                (app_id,),
            ).fetchall()
        record = dict(row)
        record["request"] = json.loads(row["body"])
        record["view"] = view
        record["events"] = [dict(e) for e in events]
        record["pickups"] = [dict(p) for p in pickups]
        return record

    # ------------------------------------------------------------------ pickups
    def _create_pickup(
        self,
        conn: sqlite3.Connection,
        app_id: str,
        kiosk_id: str,
        compartment: str,
        *,
        code: str | None = None,
        status: str = "assigned",
        actor: str = "staff",
    ) -> dict[str, Any]:
        row = conn.execute(
            "SELECT item_name, id_number FROM applications WHERE application_id = ?", (app_id,)
        ).fetchone()
        now = self.iso_now()
        seq = self._next(conn, "pickup")
        pickup_id = f"QJ{self.now():%Y%m%d}{seq:05d}"
        code = code or f"{secrets.randbelow(10**6):06d}"
        conn.execute(
            "INSERT INTO pickups VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            (
                pickup_id,
                kiosk_id,
                app_id,
                row["item_name"],
                compartment,
                status,
                mask_id(row["id_number"]),
                hashlib.sha256(code.encode()).hexdigest(),
                code,
                now,
                now,
            ),
        )
        self._add_event(
            conn,
            app_id,
            "ready_for_pickup",
            now,
            f"请到自助终端 {kiosk_id} 柜格 {compartment} 领取",
            actor,
        )
        return {"pickup_id": pickup_id, "code": code}

    def mark_ready_for_pickup(
        self, app_id: str, kiosk_id: str, compartment: str, *, deposited: bool = False
    ) -> dict[str, Any]:
        """Staff action: the result waits in ``compartment`` of ``kiosk_id``'s cabinet."""
        from central.auth import KIOSK_ID_RE

        if not KIOSK_ID_RE.match(kiosk_id):
            raise ApiError(422, "kiosk_invalid", "kiosk id: 4-40 of A-Z, 0-9 and '-'")
        if not compartment or len(compartment) > 16:
            raise ApiError(422, "compartment_invalid", "compartment: 1-16 characters")
        with self.db.tx() as conn:
            row = conn.execute(
                "SELECT status FROM applications WHERE application_id = ?", (app_id,)
            ).fetchone()
            if row is None:
                raise ApiError(404, "application_not_found", f"no application {app_id}")
            if row["status"] != "approved":
                raise ApiError(
                    409,
                    "invalid_transition",
                    f"only approved applications can be put in a cabinet "
                    f"(this one is {row['status']})",
                )
            return self._create_pickup(
                conn, app_id, kiosk_id, compartment, status="deposited" if deposited else "assigned"
            )

    def pickups_for(self, kiosk_id: str) -> list[dict[str, Any]]:
        with self.db.read() as conn:
            rows = conn.execute(
                "SELECT pickup_id, application_id, item_name, compartment, status, holder_hint, "
                "code_sha256 FROM pickups WHERE kiosk_id = ? AND status IN ('assigned', "
                "'deposited') ORDER BY created_at, pickup_id",
                (kiosk_id,),
            ).fetchall()
        return [dict(r) for r in rows]

    def pickup_event(
        self, conn: sqlite3.Connection, kiosk_id: str, pickup_id: str, req: dict[str, Any]
    ) -> tuple[int, dict[str, Any]]:
        row = conn.execute("SELECT * FROM pickups WHERE pickup_id = ?", (pickup_id,)).fetchone()
        if row is None:
            raise ApiError(404, "pickup_not_found", f"no pickup {pickup_id}")
        if row["kiosk_id"] != kiosk_id:
            raise ApiError(403, "not_your_pickup", "this pickup belongs to another kiosk")
        event = req["event"]
        now = self.iso_now()
        conn.execute(
            "INSERT INTO pickup_events(pickup_id, event, compartment, at, received_at, kiosk_id) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (pickup_id, event, req.get("compartment"), req.get("at"), now, kiosk_id),
        )
        status = row["status"]
        if event == "deposited" and status == "assigned":
            status = "deposited"
            conn.execute(
                "UPDATE pickups SET status = ?, compartment = COALESCE(?, compartment), "
                "updated_at = ? WHERE pickup_id = ?",
                (status, req.get("compartment"), now, pickup_id),
            )
        elif event == "collected" and status in OPEN_PICKUP_STATUSES:
            status = "collected"
            conn.execute(
                "UPDATE pickups SET status = ?, updated_at = ? WHERE pickup_id = ?",
                (status, now, pickup_id),
            )
            app = conn.execute(
                "SELECT status FROM applications WHERE application_id = ?",
                (row["application_id"],),
            ).fetchone()
            if app is not None and app["status"] == "ready_for_pickup":
                self._add_event(
                    conn,
                    row["application_id"],
                    "collected",
                    now,
                    f"已在自助终端 {kiosk_id} 领取",
                    kiosk_id,
                )
        return 200, {"pickup_id": pickup_id, "status": status, "event": event, "received_at": now}

    def pickup_events(self, limit: int = 50) -> list[dict[str, Any]]:
        with self.db.read() as conn:
            rows = conn.execute(
                "SELECT * FROM pickup_events ORDER BY id DESC LIMIT ?", (limit,)
            ).fetchall()
        return [dict(r) for r in rows]

    # ------------------------------------------------------------------ evaluations
    def create_evaluation(
        self, conn: sqlite3.Connection, kiosk_id: str, req: dict[str, Any]
    ) -> tuple[int, dict[str, Any]]:
        existing = conn.execute(
            "SELECT evaluation_id FROM evaluations WHERE visit_id = ?", (req["visit_id"],)
        ).fetchone()
        if existing is not None:
            raise ApiError(
                409,
                "already_rated",
                "this visit has already been rated",
                evaluation_id=existing["evaluation_id"],
            )
        now = self.now()
        seq = self._next(conn, f"evaluation:{now:%Y%m%d}")
        evaluation_id = f"PJ{now:%Y%m%d}{seq:06d}"
        conn.execute(
            "INSERT INTO evaluations VALUES (?,?,?,?,?,?,?,?,?)",
            (
                evaluation_id,
                req["visit_id"],
                kiosk_id,
                req.get("application_id"),
                req.get("item_id"),
                req["level"],
                _dumps(req.get("reasons") or []),
                req.get("comment"),
                now.isoformat(timespec="seconds"),
            ),
        )
        return 201, {
            "evaluation_id": evaluation_id,
            "received_at": now.isoformat(timespec="seconds"),
        }

    def evaluations(self, limit: int = 50) -> list[dict[str, Any]]:
        with self.db.read() as conn:
            rows = conn.execute(
                "SELECT * FROM evaluations ORDER BY received_at DESC LIMIT ?", (limit,)
            ).fetchall()
        return [dict(r) for r in rows]

    # ------------------------------------------------------------------ queue and appointments
    def _issue_ticket(
        self, conn: sqlite3.Connection, kiosk_id: str, service_type: str
    ) -> dict[str, Any]:
        now = self.now()
        day = now.date().isoformat()
        prefix = TICKET_PREFIXES.get(service_type, "A")
        seq = self._next(conn, f"ticket:{day}:{prefix}")
        ticket_no = f"{prefix}{seq:03d}"
        now_unix = int(now.timestamp())
        # Sandbox queue model: a ticket waits behind the same letter's tickets of the last
        # 30 minutes (a window serves about one every few minutes).
        waiting = conn.execute(
            "SELECT COUNT(*) FROM queue_tickets WHERE day = ? AND prefix = ? AND issued_unix > ?",
            (day, prefix, now_unix - 1800),
        ).fetchone()[0]
        conn.execute(
            "INSERT INTO queue_tickets(day, prefix, service_type, ticket_no, kiosk_id, "
            "issued_at, issued_unix) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                day,
                prefix,
                service_type,
                ticket_no,
                kiosk_id,
                now.isoformat(timespec="seconds"),
                now_unix,
            ),
        )
        return {
            "ticket_no": ticket_no,
            "waiting": int(waiting),
            "issued_at": now.isoformat(timespec="seconds"),
        }

    def issue_ticket(
        self, conn: sqlite3.Connection, kiosk_id: str, req: dict[str, Any]
    ) -> tuple[int, dict[str, Any]]:
        return 201, self._issue_ticket(conn, kiosk_id, req["service_type"])

    def checkin(
        self, conn: sqlite3.Connection, kiosk_id: str, req: dict[str, Any]
    ) -> tuple[int, dict[str, Any]]:
        id_number, code = req.get("id_number"), req.get("code")
        if bool(id_number) == bool(code):
            raise ApiError(422, "invalid_request", "give exactly one of id_number, code")
        today = self.now().date()
        self._ensure_daily_appointments(conn, today)
        column, value = ("id_number", id_number) if id_number else ("code", code)
        row = conn.execute(
            f"SELECT * FROM appointments WHERE {column} = ? AND day = ? ORDER BY time LIMIT 1",
            (value, today.isoformat()),
        ).fetchone()
        if row is None:
            raise ApiError(404, "no_appointment", "no appointment today for this resident or code")
        when = datetime.combine(today, datetime.strptime(row["time"], "%H:%M").time(), CST)
        answer = {
            "appointment_id": row["appointment_id"],
            "window": row["window"],
            "time": when.isoformat(timespec="seconds"),
            "item_name": row["item_name"],
        }
        if row["status"] == "checked_in":
            return 200, {**answer, "ticket_no": row["ticket_no"], "already_checked_in": True}
        ticket = self._issue_ticket(conn, kiosk_id, "appointment")
        conn.execute(
            "UPDATE appointments SET status = 'checked_in', ticket_no = ?, checked_in_at = ?, "
            "kiosk_id = ? WHERE appointment_id = ?",
            (ticket["ticket_no"], ticket["issued_at"], kiosk_id, row["appointment_id"]),
        )
        return 201, {**answer, "ticket_no": ticket["ticket_no"], "already_checked_in": False}

    # ------------------------------------------------------------------ heartbeat, commands
    def heartbeat(self, kiosk_id: str, body: dict[str, Any]) -> dict[str, Any]:
        now = self.iso_now()
        with self.db.tx() as conn:
            conn.execute(
                "INSERT INTO kiosks(kiosk_id, first_seen, last_seen, heartbeat, heartbeat_at) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT(kiosk_id) DO UPDATE SET "
                "last_seen = excluded.last_seen, heartbeat = excluded.heartbeat, "
                "heartbeat_at = excluded.heartbeat_at",
                (kiosk_id, now, now, _dumps(body), now),
            )
            rows = conn.execute(
                "SELECT command_id, type, args FROM commands WHERE kiosk_id = ? AND status IN "
                "('pending', 'sent') ORDER BY created_at, command_id",
                (kiosk_id,),
            ).fetchall()
            conn.execute(
                "UPDATE commands SET status = 'sent', sent_at = COALESCE(sent_at, ?) "
                "WHERE kiosk_id = ? AND status = 'pending'",
                (now, kiosk_id),
            )
        commands = [
            {"command_id": r["command_id"], "type": r["type"], "args": json.loads(r["args"])}
            for r in rows
        ]
        return {"server_time": now, "commands": commands}

    def queue_command(
        self, kiosk_id: str, command_type: str, args: dict[str, Any] | None = None
    ) -> str:
        """Staff action: a command the kiosk receives with its next heartbeats until it acks."""
        if command_type not in COMMAND_TYPES:
            raise ApiError(422, "command_invalid", f"type must be one of {list(COMMAND_TYPES)}")
        with self.db.tx() as conn:
            seq = self._next(conn, "command")
            command_id = f"CMD{seq:06d}"
            conn.execute(
                "INSERT INTO commands(command_id, kiosk_id, type, args, status, created_at) "
                "VALUES (?, ?, ?, ?, 'pending', ?)",
                (command_id, kiosk_id, command_type, _dumps(args or {}), self.iso_now()),
            )
        return command_id

    def ack_command(
        self, kiosk_id: str, command_id: str, result: str, message: str | None
    ) -> dict[str, Any]:
        with self.db.tx() as conn:
            row = conn.execute(
                "SELECT kiosk_id, status FROM commands WHERE command_id = ?", (command_id,)
            ).fetchone()
            if row is None:
                raise ApiError(404, "command_not_found", f"no command {command_id}")
            if row["kiosk_id"] != kiosk_id:
                raise ApiError(403, "not_your_command", "this command is for another kiosk")
            status = row["status"]
            if status in ("pending", "sent"):
                status = result
                conn.execute(
                    "UPDATE commands SET status = ?, acked_at = ?, message = ? "
                    "WHERE command_id = ?",
                    (status, self.iso_now(), message, command_id),
                )
        return {"command_id": command_id, "status": status}

    def commands(self, kiosk_id: str | None = None, limit: int = 50) -> list[dict[str, Any]]:
        with self.db.read() as conn:
            if kiosk_id:
                rows = conn.execute(
                    "SELECT * FROM commands WHERE kiosk_id = ? ORDER BY command_id DESC LIMIT ?",
                    (kiosk_id, limit),
                ).fetchall()
            else:
                rows = conn.execute(
                    "SELECT * FROM commands ORDER BY command_id DESC LIMIT ?", (limit,)
                ).fetchall()
        return [dict(r) for r in rows]

    def fleet(self) -> list[dict[str, Any]]:
        with self.db.read() as conn:
            rows = conn.execute("SELECT * FROM kiosks ORDER BY kiosk_id").fetchall()
        out = []
        for r in rows:
            record = dict(r)
            record["heartbeat"] = json.loads(r["heartbeat"]) if r["heartbeat"] else None
            out.append(record)
        return out

    # ------------------------------------------------------------------ help requests
    def create_help(
        self, conn: sqlite3.Connection, kiosk_id: str, req: dict[str, Any]
    ) -> tuple[int, dict[str, Any]]:
        now = self.now()
        seq = self._next(conn, f"help:{now:%Y%m%d}")
        help_id = f"HELP{now:%Y%m%d}{seq:04d}"
        conn.execute(
            "INSERT INTO help_requests(help_id, kiosk_id, screen, visit_id, status, created_at) "
            "VALUES (?, ?, ?, ?, 'open', ?)",
            (
                help_id,
                kiosk_id,
                req["screen"],
                req.get("visit_id"),
                now.isoformat(timespec="seconds"),
            ),
        )
        return 201, {"help_id": help_id, "status": "open"}

    def help_requests(self, status: str = "", limit: int = 100) -> list[dict[str, Any]]:
        with self.db.read() as conn:
            if status:
                rows = conn.execute(
                    "SELECT * FROM help_requests WHERE status = ? ORDER BY created_at DESC LIMIT ?",
                    (status, limit),
                ).fetchall()
            else:
                rows = conn.execute(
                    "SELECT * FROM help_requests ORDER BY created_at DESC LIMIT ?", (limit,)
                ).fetchall()
        return [dict(r) for r in rows]

    def resolve_help(self, help_id: str, note: str = "") -> None:
        with self.db.tx() as conn:
            cur = conn.execute(
                "UPDATE help_requests SET status = 'resolved', resolved_at = ?, note = ? "
                "WHERE help_id = ? AND status = 'open'",
                (self.iso_now(), note, help_id),
            )
            if cur.rowcount == 0:
                raise ApiError(404, "help_not_found", f"no open help request {help_id}")

    def stats(self) -> dict[str, Any]:
        with self.db.read() as conn:

            def count(sql: str) -> int:
                return int(conn.execute(sql).fetchone()[0])

            return {
                "items": count("SELECT COUNT(*) FROM items WHERE deleted_version IS NULL"),
                "departments": count("SELECT COUNT(*) FROM departments"),
                "applications": count("SELECT COUNT(*) FROM applications"),
                "open_help": count("SELECT COUNT(*) FROM help_requests WHERE status = 'open'"),
                "kiosks": count("SELECT COUNT(*) FROM kiosks"),
                "version": int(
                    conn.execute("SELECT value FROM meta WHERE key='catalogue_version'").fetchone()[
                        0
                    ]
                ),
            }
