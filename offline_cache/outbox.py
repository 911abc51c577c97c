"""The durable outbox: everything that changes state on the platform is written here first.

A flow calls :meth:`Outbox.enqueue`; only when it returns may the resident be told "submitted".
Enqueue (1) writes each attachment, encrypted, to ``<attachments_dir>/<sha256>.enc`` through a
temporary file that is fsync'd and renamed, then fsyncs the directory; (2) inserts the item row
and its attachment rows in ONE ``BEGIN IMMEDIATE`` transaction on a ``synchronous=FULL`` store.
A crash before (2) commits leaves at most orphan files, which the next start deletes; after (2)
the item is on disk and the drain (:mod:`kiosk.services.outbox`) will deliver it.

Item states::

    pending ──claim_due──▶ in_flight ──mark_done──▶ done ──purge (after retention)──▶ deleted
       ▲                      │  │
       └──────mark_retry──────┘  └──mark_dead──▶ dead ──retry_dead (technician)──▶ pending
       └──reset_in_flight (start-up after a crash: the idempotency key makes a resend safe)

What is stored in clear (diagnostics): id, kind, state, attempts, times, last error code and
message (scrubbed of personal data), payload size, attachment hashes/types/sizes, key ids.
Encrypted (``offline_cache.crypto``, aad binds each blob to its row or hash): the payload
(applicant, form values...), the server's answer, and the attachment bytes.

Kinds and the request each becomes (the drain does the sending):

=============== ==================================================================
kind            request (payload shape)
=============== ==================================================================
application     ``PUT /attachments/{sha}`` for each attachment, then
                ``POST /applications`` (the application body)
evaluation      ``POST /evaluations``
queue_ticket    ``POST /queue/tickets`` (``{"service_type"}``)
checkin         ``POST /appointments/checkin``
pickup_event    ``POST /pickups/{pickup_id}/events`` (``{"pickup_id", "event", ...}``)
command_ack     ``POST /commands/{command_id}/ack`` (``{"command_id", ...}``)
help            ``POST /help``
generic         ``POST {path}`` (``{"path": "/...", "body": {...}}``)
=============== ==================================================================

Thread safety: one :class:`Outbox` may be used from several threads (each gets its own store
connection); claiming is atomic. Exactly one drain should claim items.

Exceptions raised by this module::

    Exception
    ├── ValueError               bad input to enqueue (unknown kind, payload not JSON,
    │                            missing pickup_id/command_id/path, attachment type or size)
    ├── offline_cache.store.StoreError (StoreFull, StoreLocked, StoreCorrupt...)
    │                            the store or the attachment files failed; on enqueue nothing
    │                            was recorded and the resident must be told "not submitted"
    └── OutboxError              an item's stored data cannot be used
        ├── AttachmentLost       an attachment file is missing or does not match its hash
        └── PayloadUnreadable    a blob cannot be decrypted (key removed from the key ring,
                                 tampering)
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import re
import secrets
import sqlite3
import threading
import time
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, Final

from kiosk.logs import get_scrubber
from offline_cache.crypto import (
    ALGORITHMS,
    DEFAULT_ALGORITHM,
    CryptoError,
    KeyRing,
    ensure_key_file,
)
from offline_cache.store import Store, StoreError, fsync_directory, translate_error

__all__ = [
    "ALLOWED_CONTENT_TYPES",
    "KINDS",
    "MAX_ATTACHMENT_BYTES",
    "Attachment",
    "AttachmentLost",
    "AttachmentRef",
    "ItemError",
    "Outbox",
    "OutboxEntry",
    "OutboxError",
    "OutboxItem",
    "PayloadUnreadable",
]

log = logging.getLogger(__name__)

KINDS: Final = frozenset(
    {
        "application",
        "evaluation",
        "queue_ticket",
        "checkin",
        "pickup_event",
        "command_ack",
        "help",
        "generic",
    }
)
ALLOWED_CONTENT_TYPES: Final = frozenset({"application/pdf", "image/jpeg", "image/png"})
MAX_ATTACHMENT_BYTES: Final = 10 * 1024 * 1024
DEFAULT_RETENTION: Final = timedelta(days=7)
_KEY_RE: Final = re.compile(r"^[A-Za-z0-9._:-]{8,128}$")
_SHA_RE: Final = re.compile(r"^[0-9a-f]{64}$")
_MESSAGE_MAX: Final = 300
_STALE_TMP_S: Final = 3600.0


class OutboxError(Exception):
    """Stored data of an item cannot be used."""


class AttachmentLost(OutboxError):
    """An attachment file is missing, unreadable or does not match its SHA-256."""


class PayloadUnreadable(OutboxError):
    """A stored blob cannot be decrypted."""


@dataclass(frozen=True)
class Attachment:
    """Bytes to submit with an item (a scan, a signature image...)."""

    data: bytes = field(repr=False)
    content_type: str

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()


@dataclass(frozen=True)
class OutboxEntry:
    """One item for :meth:`Outbox.enqueue_many`."""

    kind: str
    payload: Mapping[str, Any] = field(repr=False)
    idempotency_key: str
    attachments: Sequence[Attachment] = ()


@dataclass(frozen=True)
class AttachmentRef:
    """An attachment as recorded (no bytes)."""

    sha256: str
    content_type: str
    size: int
    uploaded: bool


@dataclass(frozen=True)
class ItemError:
    """Why the last attempt failed: a code and a short message without personal data."""

    code: str
    message: str = ""

    def to_dict(self) -> dict[str, str]:
        return {"code": self.code, "message": self.message}


@dataclass(frozen=True)
class OutboxItem:
    """One outbox item. ``payload`` is only filled by :meth:`Outbox.enqueue`/``claim_due``."""

    id: str
    kind: str
    idempotency_key: str
    state: str
    attempts: int
    created_at: str
    created_ts: float
    next_attempt_ts: float
    acked_at: str | None
    dead_at: str | None
    last_error: ItemError | None
    payload_size: int
    key_id: str
    attachments: tuple[AttachmentRef, ...] = ()
    payload: dict[str, Any] | None = field(default=None, repr=False, compare=False)

    def metadata(self) -> dict[str, Any]:
        """Everything but the payload: safe for diagnostics and logs."""
        return {
            "id": self.id,
            "kind": self.kind,
            "idempotency_key": self.idempotency_key,
            "state": self.state,
            "attempts": self.attempts,
            "created_at": self.created_at,
            "next_attempt_at": _iso(self.next_attempt_ts) if self.state == "pending" else None,
            "acked_at": self.acked_at,
            "dead_at": self.dead_at,
            "last_error": self.last_error.to_dict() if self.last_error else None,
            "payload_size": self.payload_size,
            "key_id": self.key_id,
            "attachments": [
                {
                    "sha256": a.sha256,
                    "content_type": a.content_type,
                    "size": a.size,
                    "uploaded": a.uploaded,
                }
                for a in self.attachments
            ],
        }


def _iso(ts: float) -> str:
    return datetime.fromtimestamp(ts, UTC).isoformat(timespec="milliseconds")


def _clean_message(message: str) -> str:
    text = get_scrubber().scrub(" ".join(str(message).split()))
    return text if len(text) <= _MESSAGE_MAX else text[: _MESSAGE_MAX - 1] + "…"


def _error(error: ItemError | tuple[str, str] | str) -> ItemError:
    if isinstance(error, ItemError):
        code, message = error.code, error.message
    elif isinstance(error, tuple):
        code, message = error
    else:
        code, message = error, ""
    code = re.sub(r"[^a-z0-9_.:-]", "_", str(code).lower())[:64] or "error"
    return ItemError(code, _clean_message(message))


_ITEM_COLUMNS: Final = (
    "id, kind, idempotency_key, state, attempts, created_at, created_ts, next_attempt_ts,"
    " acked_at, dead_at, last_error_code, last_error_message, payload_size, key_id"
)


class Outbox:
    """Durable, encrypted queue of state-changing requests (see the module docstring)."""

    def __init__(
        self,
        store: Store,
        keyring: KeyRing,
        attachments_dir: Path | str,
        *,
        clock: Callable[[], float] = time.time,
        recover: bool = True,
    ) -> None:
        self._store = store
        self._keyring = keyring
        self._dir = Path(attachments_dir)
        self._clock = clock
        # Guards attachment files: enqueue (write + commit) against purge/sweep (delete).
        self._files_lock = threading.Lock()
        try:
            self._dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        except OSError as exc:
            raise translate_error(exc, self._dir) from exc
        if recover:
            self.recover()

    @classmethod
    def open(
        cls,
        data_dir: Path | str,
        *,
        key_file: Path | str | None = None,
        algorithm: str = DEFAULT_ALGORITHM,
        create_key: bool = False,
        **store_options: Any,
    ) -> Outbox:
        """The kiosk's outbox in ``data_dir``: ``outbox.db`` (synchronous=FULL), attachments in
        ``attachments/``, key from ``key_file`` (default ``secrets/outbox.key``).

        ``create_key`` (the demo): create the key file (0600, directory 0700) when missing.
        Raises :class:`~offline_cache.crypto.KeyFileError` or a ``StoreError``.
        """
        data_dir = Path(data_dir)
        key_path = Path(key_file) if key_file is not None else data_dir / "secrets" / "outbox.key"
        if create_key and algorithm in ALGORITHMS:  # an unknown one is refused just below
            ensure_key_file(key_path, ALGORITHMS[algorithm][1])
        keyring = KeyRing.from_file(key_path, algorithm)
        return cls(Store.for_outbox(data_dir, **store_options), keyring, data_dir / "attachments")

    @property
    def store(self) -> Store:
        return self._store

    @property
    def attachments_dir(self) -> Path:
        return self._dir

    @property
    def keyring(self) -> KeyRing:
        """The key ring of the at-rest encryption (other stores of personal data reuse it)."""
        return self._keyring

    # ------------------------------------------------------------------------ enqueue

    def enqueue(
        self,
        kind: str,
        payload: Mapping[str, Any],
        *,
        idempotency_key: str | None = None,
        attachments: Sequence[Attachment] = (),
    ) -> OutboxItem:
        """Record an item durably; returns it once it is on disk.

        Re-enqueueing with an ``idempotency_key`` already in the outbox returns the existing
        item and writes nothing (a double tap on "submit" stays one submission).
        Raises ``ValueError`` (bad input) or :class:`~offline_cache.store.StoreError`
        (``StoreFull``...): then nothing was recorded.
        """
        body = self._validate(kind, payload, attachments)
        if idempotency_key is None:
            idempotency_key = uuid.uuid4().hex
        elif not _KEY_RE.fullmatch(idempotency_key):
            raise ValueError("idempotency_key must be 8-128 chars of [A-Za-z0-9._:-]")
        else:
            existing = self._by_key(idempotency_key)
            if existing is not None:
                return existing

        item_id = uuid.uuid4().hex
        now = self._clock()
        created_at = _iso(now)
        blob = self._keyring.encrypt(body, _payload_aad(item_id, kind))
        key_id = self._keyring.current_key_id
        unique: dict[str, Attachment] = {}
        for attachment in attachments:
            unique.setdefault(attachment.sha256, attachment)

        with self._files_lock:
            created_files = self._write_attachments(unique)
            try:
                with self._store.transaction() as conn:
                    conn.execute(
                        "INSERT INTO outbox_items (id, kind, idempotency_key, state, attempts,"
                        " created_at, created_ts, next_attempt_ts, payload, payload_size, key_id)"
                        " VALUES (?, ?, ?, 'pending', 0, ?, ?, ?, ?, ?, ?)",
                        (
                            item_id,
                            kind,
                            idempotency_key,
                            created_at,
                            now,
                            now,
                            blob,
                            len(body),
                            key_id,
                        ),
                    )
                    conn.executemany(
                        "INSERT INTO outbox_attachments (item_id, position, sha256, content_type,"
                        " size, key_id) VALUES (?, ?, ?, ?, ?, ?)",
                        [
                            (
                                item_id,
                                pos,
                                sha,
                                a.content_type,
                                len(a.data),
                                key_id,
                            )
                            for pos, (sha, a) in enumerate(unique.items())
                        ],
                    )
            except StoreError as exc:
                self._remove_files(created_files)
                if "UNIQUE" in str(exc) and "idempotency_key" in str(exc):
                    existing = self._by_key(idempotency_key)
                    if existing is not None:  # a concurrent enqueue with the same key won
                        return existing
                raise
            except BaseException:
                self._remove_files(created_files)
                raise

        refs = tuple(
            AttachmentRef(sha, a.content_type, len(a.data), False) for sha, a in unique.items()
        )
        return OutboxItem(
            id=item_id,
            kind=kind,
            idempotency_key=idempotency_key,
            state="pending",
            attempts=0,
            created_at=created_at,
            created_ts=now,
            next_attempt_ts=now,
            acked_at=None,
            dead_at=None,
            last_error=None,
            payload_size=len(body),
            key_id=key_id,
            attachments=refs,
            payload=json.loads(body),
        )

    def enqueue_many(self, entries: Sequence[OutboxEntry]) -> list[OutboxItem]:
        """Record several items in ONE transaction: all of them are on disk, or none is.

        For the components of a "一件事" bundle: one application per item, each with its own
        idempotency key (required here), submitted together. Entries whose key is already in
        the outbox are not written again; their existing items are returned in their place
        (a retry after a partial answer, a double tap). Returns the items in entry order.
        Raises ``ValueError`` (bad input, duplicate keys) or ``StoreError``: then nothing new
        was recorded.
        """
        if not entries:
            return []
        keys = [entry.idempotency_key for entry in entries]
        if len(set(keys)) != len(keys):
            raise ValueError("enqueue_many needs a distinct idempotency_key per entry")
        bodies: list[bytes] = []
        for entry in entries:
            if not _KEY_RE.fullmatch(entry.idempotency_key):
                raise ValueError("idempotency_key must be 8-128 chars of [A-Za-z0-9._:-]")
            bodies.append(self._validate(entry.kind, entry.payload, entry.attachments))
        existing = {key: self._by_key(key) for key in keys}
        now = self._clock()
        created_at = _iso(now)
        key_id = self._keyring.current_key_id
        rows: list[tuple[OutboxEntry, str, bytes, dict[str, Attachment]]] = []
        unique_all: dict[str, Attachment] = {}
        for entry, body in zip(entries, bodies, strict=True):
            if existing[entry.idempotency_key] is not None:
                continue
            item_id = uuid.uuid4().hex
            unique: dict[str, Attachment] = {}
            for attachment in entry.attachments:
                unique.setdefault(attachment.sha256, attachment)
                unique_all.setdefault(attachment.sha256, attachment)
            rows.append((entry, item_id, body, unique))
        if not rows:
            return [item for item in existing.values() if item is not None]

        with self._files_lock:
            created_files = self._write_attachments(unique_all)
            try:
                with self._store.transaction() as conn:
                    for entry, item_id, body, unique in rows:
                        blob = self._keyring.encrypt(body, _payload_aad(item_id, entry.kind))
                        conn.execute(
                            "INSERT INTO outbox_items (id, kind, idempotency_key, state,"
                            " attempts, created_at, created_ts, next_attempt_ts, payload,"
                            " payload_size, key_id)"
                            " VALUES (?, ?, ?, 'pending', 0, ?, ?, ?, ?, ?, ?)",
                            (
                                item_id,
                                entry.kind,
                                entry.idempotency_key,
                                created_at,
                                now,
                                now,
                                blob,
                                len(body),
                                key_id,
                            ),
                        )
                        conn.executemany(
                            "INSERT INTO outbox_attachments (item_id, position, sha256,"
                            " content_type, size, key_id) VALUES (?, ?, ?, ?, ?, ?)",
                            [
                                (item_id, pos, sha, a.content_type, len(a.data), key_id)
                                for pos, (sha, a) in enumerate(unique.items())
                            ],
                        )
            except BaseException:
                self._remove_files(created_files)
                raise

        made: dict[str, OutboxItem] = {}
        for entry, item_id, body, unique in rows:
            made[entry.idempotency_key] = OutboxItem(
                id=item_id,
                kind=entry.kind,
                idempotency_key=entry.idempotency_key,
                state="pending",
                attempts=0,
                created_at=created_at,
                created_ts=now,
                next_attempt_ts=now,
                acked_at=None,
                dead_at=None,
                last_error=None,
                payload_size=len(body),
                key_id=key_id,
                attachments=tuple(
                    AttachmentRef(sha, a.content_type, len(a.data), False)
                    for sha, a in unique.items()
                ),
                payload=json.loads(body),
            )
        out: list[OutboxItem] = []
        for key in keys:
            item = made.get(key) or existing[key]
            assert item is not None
            out.append(item)
        return out

    @staticmethod
    def _validate(
        kind: str, payload: Mapping[str, Any], attachments: Sequence[Attachment]
    ) -> bytes:
        if kind not in KINDS:
            raise ValueError(f"unknown outbox kind {kind!r} (known: {', '.join(sorted(KINDS))})")
        if not isinstance(payload, Mapping):
            raise ValueError("payload must be a JSON object (a mapping)")
        required = {"pickup_event": "pickup_id", "command_ack": "command_id", "generic": "path"}
        if kind in required and not isinstance(payload.get(required[kind]), str):
            raise ValueError(f"a {kind} payload needs a string {required[kind]!r}")
        if kind == "generic":
            path = payload["path"]
            if not path.startswith("/") or ".." in path or path.startswith("//"):
                raise ValueError("a generic payload's path must be an absolute API path")
            if not isinstance(payload.get("body"), Mapping):
                raise ValueError("a generic payload needs a 'body' object")
        if attachments and kind != "application":
            raise ValueError("only application items carry attachments")
        for attachment in attachments:
            if attachment.content_type not in ALLOWED_CONTENT_TYPES:
                raise ValueError(
                    f"attachment type {attachment.content_type!r} is not accepted "
                    f"(accepted: {', '.join(sorted(ALLOWED_CONTENT_TYPES))})"
                )
            if not attachment.data:
                raise ValueError("an attachment is empty")
            if len(attachment.data) > MAX_ATTACHMENT_BYTES:
                raise ValueError(
                    f"an attachment is {len(attachment.data)} bytes; the limit is "
                    f"{MAX_ATTACHMENT_BYTES}"
                )
        try:
            return json.dumps(
                payload, ensure_ascii=False, separators=(",", ":"), allow_nan=False
            ).encode("utf-8")
        except (TypeError, ValueError) as exc:
            raise ValueError(f"payload is not JSON-serialisable: {exc}") from exc

    def _attachment_path(self, sha: str) -> Path:
        return self._dir / f"{sha}.enc"

    def _write_attachments(self, attachments: Mapping[str, Attachment]) -> list[Path]:
        """Write missing attachment files durably; return the ones this call created."""
        created: list[Path] = []
        try:
            for sha, attachment in attachments.items():
                final = self._attachment_path(sha)
                if final.exists():  # content-addressed and written atomically: already good
                    continue
                blob = self._keyring.encrypt(attachment.data, _attachment_aad(sha))
                tmp = self._dir / f".{sha}.{secrets.token_hex(4)}.tmp"
                fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
                try:
                    view = memoryview(blob)
                    while view:
                        written = os.write(fd, view)
                        view = view[written:]
                    os.fsync(fd)
                except BaseException:
                    os.close(fd)
                    with contextlib.suppress(OSError):
                        tmp.unlink()
                    raise
                os.close(fd)
                os.replace(tmp, final)
                created.append(final)
            if created:
                fsync_directory(self._dir)
        except OSError as exc:
            self._remove_files(created)
            raise translate_error(exc, self._dir) from exc
        except BaseException:
            self._remove_files(created)
            raise
        return created

    @staticmethod
    def _remove_files(paths: Iterable[Path]) -> None:
        for path in paths:
            with contextlib.suppress(OSError):
                path.unlink()

    # ------------------------------------------------------------------------ the drain side

    def claim_due(self, now: float | None = None, limit: int = 1) -> list[OutboxItem]:
        """Atomically move up to ``limit`` due pending items to in_flight and return them
        with their decrypted payloads, the longest-due first (fresh items in enqueue order).
        Items whose payload cannot be decrypted are dead-lettered (``payload_unreadable``)
        instead of returned.

        Lesson: ordering by ``seq`` alone let one item that keeps failing transiently (a
        payload that trips a server bug → 500) be picked again after every backoff and starve
        the queue; ordering by due time rotates through the items.
        """
        now = self._clock() if now is None else now
        with self._store.transaction() as conn:
            rows = conn.execute(
                f"SELECT {_ITEM_COLUMNS}, payload FROM outbox_items"
                " WHERE state = 'pending' AND next_attempt_ts <= ?"
                " ORDER BY next_attempt_ts, seq LIMIT ?",
                (now, int(limit)),
            ).fetchall()
            ids = [row["id"] for row in rows]
            conn.executemany(
                "UPDATE outbox_items SET state = 'in_flight', attempts = attempts + 1,"
                " claimed_ts = ? WHERE id = ? AND state = 'pending'",
                [(now, item_id) for item_id in ids],
            )
        items: list[OutboxItem] = []
        for row in rows:
            try:
                payload = json.loads(
                    self._keyring.decrypt(row["payload"], _payload_aad(row["id"], row["kind"]))
                )
            except (CryptoError, ValueError) as exc:
                log.error(
                    "outbox item %s (%s): payload unreadable: %s", row["id"], row["kind"], exc
                )
                self.mark_dead(row["id"], ItemError("payload_unreadable", type(exc).__name__))
                continue
            item = self._item(row, self._attachments_of(row["id"]), payload)
            items.append(
                OutboxItem(**{**item.__dict__, "state": "in_flight", "attempts": item.attempts + 1})
            )
        return items

    def mark_done(self, item_id: str, response: Mapping[str, Any] | None = None) -> bool:
        """in_flight → done with the server's answer (stored encrypted). False if not in flight."""
        now = self._clock()
        blob = None
        if response is not None:
            data = json.dumps(response, ensure_ascii=False, separators=(",", ":")).encode()
            blob = self._keyring.encrypt(data, _response_aad(item_id))
        with self._store.transaction() as conn:
            changed = conn.execute(
                "UPDATE outbox_items SET state = 'done', acked_at = ?, acked_ts = ?,"
                " server_response = ?, last_error_code = NULL, last_error_message = NULL"
                " WHERE id = ? AND state = 'in_flight'",
                (_iso(now), now, blob, item_id),
            ).rowcount
        return changed == 1

    def mark_retry(
        self, item_id: str, delay_s: float, error: ItemError | tuple[str, str] | str
    ) -> bool:
        """in_flight → pending, due again in ``delay_s`` seconds, with the error recorded."""
        err = _error(error)
        due = self._clock() + max(0.0, float(delay_s))
        with self._store.transaction() as conn:
            changed = conn.execute(
                "UPDATE outbox_items SET state = 'pending', next_attempt_ts = ?,"
                " last_error_code = ?, last_error_message = ? WHERE id = ? AND state = 'in_flight'",
                (due, err.code, err.message, item_id),
            ).rowcount
        return changed == 1

    def release(self, item_id: str) -> bool:
        """in_flight → pending, due now, without counting the attempt (not sent after all)."""
        with self._store.transaction() as conn:
            changed = conn.execute(
                "UPDATE outbox_items SET state = 'pending', next_attempt_ts = ?,"
                " attempts = max(attempts - 1, 0) WHERE id = ? AND state = 'in_flight'",
                (self._clock(), item_id),
            ).rowcount
        return changed == 1

    def mark_dead(self, item_id: str, error: ItemError | tuple[str, str] | str) -> bool:
        """pending/in_flight → dead (a permanent failure); kept until a technician acts."""
        err = _error(error)
        with self._store.transaction() as conn:
            changed = conn.execute(
                "UPDATE outbox_items SET state = 'dead', dead_at = ?, last_error_code = ?,"
                " last_error_message = ? WHERE id = ? AND state IN ('pending', 'in_flight')",
                (_iso(self._clock()), err.code, err.message, item_id),
            ).rowcount
        return changed == 1

    def retry_dead(self, item_id: str) -> bool:
        """Technician "retry now": dead → pending, due now, attempts counted from zero."""
        with self._store.transaction() as conn:
            changed = conn.execute(
                "UPDATE outbox_items SET state = 'pending', next_attempt_ts = ?, attempts = 0,"
                " dead_at = NULL WHERE id = ? AND state = 'dead'",
                (self._clock(), item_id),
            ).rowcount
        return changed == 1

    def expedite(self) -> int:
        """Make every pending item due now (the network came back): returns how many."""
        now = self._clock()
        return self._store.execute(
            "UPDATE outbox_items SET next_attempt_ts = ? WHERE state = 'pending'"
            " AND next_attempt_ts > ?",
            (now, now),
        )

    def mark_attachment_uploaded(self, item_id: str, sha256: str) -> None:
        self._store.execute(
            "UPDATE outbox_attachments SET uploaded_at = ? WHERE item_id = ? AND sha256 = ?",
            (_iso(self._clock()), item_id, sha256),
        )

    def reset_attachment_uploads(self, item_id: str) -> None:
        """Forget that an item's attachments were uploaded (the platform says it lacks one)."""
        self._store.execute(
            "UPDATE outbox_attachments SET uploaded_at = NULL WHERE item_id = ?", (item_id,)
        )

    def read_attachment(self, sha256: str) -> bytes:
        """Decrypted bytes of an attachment, verified against its hash."""
        if not _SHA_RE.fullmatch(sha256):
            raise AttachmentLost(f"bad attachment hash {sha256!r}")
        path = self._attachment_path(sha256)
        try:
            blob = path.read_bytes()
        except FileNotFoundError as exc:
            raise AttachmentLost(f"attachment file {path.name} is missing") from exc
        except OSError as exc:
            raise AttachmentLost(f"attachment file {path.name}: {exc.strerror or exc}") from exc
        try:
            data = self._keyring.decrypt(blob, _attachment_aad(sha256))
        except CryptoError as exc:
            raise AttachmentLost(f"attachment file {path.name}: {exc}") from exc
        if hashlib.sha256(data).hexdigest() != sha256:
            raise AttachmentLost(f"attachment file {path.name} does not match its hash")
        return data

    def response_of(self, item_id: str) -> dict[str, Any] | None:
        """The platform's answer to a done item (decrypted), or None."""
        row = self._store.query_one(
            "SELECT server_response FROM outbox_items WHERE id = ?", (item_id,)
        )
        if row is None or row[0] is None:
            return None
        try:
            return json.loads(self._keyring.decrypt(row[0], _response_aad(item_id)))
        except (CryptoError, ValueError) as exc:
            raise PayloadUnreadable(f"answer of item {item_id} cannot be read: {exc}") from exc

    # ------------------------------------------------------------------------ recovery, purge

    def recover(self) -> int:
        """Start-up: in_flight → pending (a crash interrupted a send) and delete orphan files.

        Returns the number of items reset. Call only when no drain is running.
        """
        reset = self.reset_in_flight()
        if reset:
            log.info("outbox: %d item(s) were in flight at start-up; they will be resent", reset)
        with self._files_lock:
            self._sweep_files(startup=True)
        return reset

    def reset_in_flight(self) -> int:
        """in_flight → pending, due now (attempts kept). Only safe when no send is running."""
        return self._store.execute(
            "UPDATE outbox_items SET state = 'pending', next_attempt_ts = ?"
            " WHERE state = 'in_flight'",
            (self._clock(),),
        )

    def purge(self, retention: timedelta = DEFAULT_RETENTION, now: float | None = None) -> int:
        """Delete done items acknowledged more than ``retention`` ago, and attachment files no
        item references any more. Pending and dead items are never deleted. Returns the number
        of items deleted.
        """
        now = self._clock() if now is None else now
        cutoff = now - retention.total_seconds()
        with self._files_lock:
            with self._store.transaction() as conn:
                deleted = conn.execute(
                    "DELETE FROM outbox_items WHERE state = 'done' AND acked_ts <= ?", (cutoff,)
                ).rowcount
            self._sweep_files(startup=False)
        if deleted:
            log.info("outbox: purged %d acknowledged item(s)", deleted)
        return deleted

    def _sweep_files(self, *, startup: bool) -> None:
        """Delete attachment files no row references, and temp files of interrupted writes.

        Call with ``_files_lock`` held. At start-up every temp file is a crash leftover; later
        only old ones are removed (one Outbox per process and directory is assumed).
        """
        referenced = {
            row[0] for row in self._store.query("SELECT DISTINCT sha256 FROM outbox_attachments")
        }
        now = time.time()
        try:
            entries = list(os.scandir(self._dir))
        except OSError as exc:
            raise translate_error(exc, self._dir) from exc
        for entry in entries:
            name = entry.name
            with contextlib.suppress(OSError):
                if name.endswith(".tmp"):
                    if startup or now - entry.stat().st_mtime > _STALE_TMP_S:
                        os.unlink(entry.path)
                elif name.endswith(".enc") and name[:-4] not in referenced:
                    os.unlink(entry.path)

    # ------------------------------------------------------------------------ queries

    def get(self, item_id: str) -> OutboxItem | None:
        row = self._store.query_one(
            f"SELECT {_ITEM_COLUMNS} FROM outbox_items WHERE id = ?", (item_id,)
        )
        return None if row is None else self._item(row, self._attachments_of(item_id))

    def _by_key(self, key: str) -> OutboxItem | None:
        row = self._store.query_one(
            f"SELECT {_ITEM_COLUMNS} FROM outbox_items WHERE idempotency_key = ?", (key,)
        )
        return None if row is None else self._item(row, self._attachments_of(row["id"]))

    def items(self, states: Iterable[str] | None = None) -> list[OutboxItem]:
        """Metadata of all items (or of those in ``states``), oldest first."""
        if states is None:
            rows = self._store.query(f"SELECT {_ITEM_COLUMNS} FROM outbox_items ORDER BY seq")
        else:
            wanted = list(states)
            marks = ",".join("?" * len(wanted))
            rows = self._store.query(
                f"SELECT {_ITEM_COLUMNS} FROM outbox_items WHERE state IN ({marks}) ORDER BY seq",
                wanted,
            )
        attachments = self._all_attachments()
        return [self._item(row, attachments.get(row["id"], ())) for row in rows]

    def unsent(self, kind: str, *, include_dead: bool = False) -> list[OutboxItem]:
        """Items of ``kind`` not yet delivered (pending or in flight; with ``include_dead``
        also those the platform refused), oldest first, WITH their decrypted payloads, without
        claiming them (a resident asks what this kiosk still holds for them). Items whose
        payload cannot be decrypted are left out (the drain dead-letters them). Any thread;
        the payloads hold personal data: do not log them.
        """
        states = "('pending', 'in_flight', 'dead')" if include_dead else "('pending', 'in_flight')"
        rows = self._store.query(
            f"SELECT {_ITEM_COLUMNS}, payload FROM outbox_items WHERE kind = ?"
            f" AND state IN {states} ORDER BY seq",
            (kind,),
        )
        items: list[OutboxItem] = []
        for row in rows:
            try:
                payload = json.loads(
                    self._keyring.decrypt(row["payload"], _payload_aad(row["id"], row["kind"]))
                )
            except (CryptoError, ValueError) as exc:
                log.warning("outbox item %s: payload unreadable: %s", row["id"], type(exc).__name__)
                continue
            items.append(self._item(row, (), payload if isinstance(payload, dict) else {}))
        return items

    def depth(self) -> int:
        """Items not yet delivered and not dead (pending + in flight)."""
        row = self._store.query_one(
            "SELECT count(*) FROM outbox_items WHERE state IN ('pending', 'in_flight')"
        )
        return int(row[0]) if row else 0

    def counts(self) -> dict[str, int]:
        result = dict.fromkeys(("pending", "in_flight", "done", "dead"), 0)
        for row in self._store.query("SELECT state, count(*) FROM outbox_items GROUP BY state"):
            result[row[0]] = int(row[1])
        return result

    def oldest_pending_age(self, now: float | None = None) -> float | None:
        """Seconds since the oldest undelivered item was enqueued, or None when there is none."""
        now = self._clock() if now is None else now
        row = self._store.query_one(
            "SELECT min(created_ts) FROM outbox_items WHERE state IN ('pending', 'in_flight')"
        )
        if row is None or row[0] is None:
            return None
        return max(0.0, now - float(row[0]))

    def next_due_ts(self) -> float | None:
        """When the next pending item becomes due (Unix time), or None when none is pending."""
        row = self._store.query_one(
            "SELECT min(next_attempt_ts) FROM outbox_items WHERE state = 'pending'"
        )
        return None if row is None or row[0] is None else float(row[0])

    def dead_letters(self) -> list[OutboxItem]:
        return self.items(["dead"])

    def export(self) -> dict[str, Any]:
        """Diagnostics: counts, ages and every item's metadata (no personal data)."""
        return {
            "counts": self.counts(),
            "depth": self.depth(),
            "oldest_pending_age_s": self.oldest_pending_age(),
            "key_ids": self._keyring.key_ids,
            "items": [item.metadata() for item in self.items()],
        }

    # ------------------------------------------------------------------------ rows

    def _attachments_of(self, item_id: str) -> tuple[AttachmentRef, ...]:
        rows = self._store.query(
            "SELECT sha256, content_type, size, uploaded_at FROM outbox_attachments"
            " WHERE item_id = ? ORDER BY position",
            (item_id,),
        )
        return tuple(AttachmentRef(r[0], r[1], int(r[2]), r[3] is not None) for r in rows)

    def _all_attachments(self) -> dict[str, tuple[AttachmentRef, ...]]:
        result: dict[str, list[AttachmentRef]] = {}
        rows = self._store.query(
            "SELECT item_id, sha256, content_type, size, uploaded_at FROM outbox_attachments"
            " ORDER BY item_id, position"
        )
        for r in rows:
            result.setdefault(r[0], []).append(
                AttachmentRef(r[1], r[2], int(r[3]), r[4] is not None)
            )
        return {k: tuple(v) for k, v in result.items()}

    @staticmethod
    def _item(
        row: sqlite3.Row,
        attachments: tuple[AttachmentRef, ...],
        payload: dict[str, Any] | None = None,
    ) -> OutboxItem:
        error = (
            ItemError(row["last_error_code"], row["last_error_message"] or "")
            if row["last_error_code"]
            else None
        )
        return OutboxItem(
            id=row["id"],
            kind=row["kind"],
            idempotency_key=row["idempotency_key"],
            state=row["state"],
            attempts=int(row["attempts"]),
            created_at=row["created_at"],
            created_ts=float(row["created_ts"]),
            next_attempt_ts=float(row["next_attempt_ts"]),
            acked_at=row["acked_at"],
            dead_at=row["dead_at"],
            last_error=error,
            payload_size=int(row["payload_size"]),
            key_id=row["key_id"],
            attachments=attachments,
            payload=payload,
        )


def _payload_aad(item_id: str, kind: str) -> bytes:
    return f"outbox.payload\0{item_id}\0{kind}".encode()


def _response_aad(item_id: str) -> bytes:
    return f"outbox.response\0{item_id}".encode()


def _attachment_aad(sha256: str) -> bytes:
    return f"outbox.attachment\0{sha256}".encode()
