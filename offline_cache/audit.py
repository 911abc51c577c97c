"""Append-only audit log of what happened at the kiosk (technician actions, dead letters...).

Rows live in ``audit_log`` (migration ``0003_audit_log``), whose triggers refuse UPDATE and
DELETE. ``detail`` is JSON without personal data: it is passed through the process scrubber
(:func:`kiosk.logs.get_scrubber`) before insert, so deny-listed field names (``name``,
``id_number``, ``phone``...) become ``[REDACTED]`` and ID/phone numbers in text are masked.

Exceptions: :class:`offline_cache.store.StoreError` and subclasses; ``ValueError`` for an empty
actor or action.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from kiosk.logs import get_scrubber
from offline_cache.store import Store, utc_now_iso

__all__ = ["AuditEvent", "AuditLog"]


@dataclass(frozen=True)
class AuditEvent:
    seq: int
    at: str
    actor: str
    action: str
    detail: dict[str, Any]


class AuditLog:
    """Writes and reads ``audit_log`` of one store."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def append(self, actor: str, action: str, detail: Mapping[str, Any] | None = None) -> int:
        """Record one event; returns its sequence number."""
        if not actor.strip() or not action.strip():
            raise ValueError("an audit event needs an actor and an action")
        clean = get_scrubber().scrub_fields(dict(detail or {}))
        text = json.dumps(clean, ensure_ascii=False, separators=(",", ":"), default=str)
        with self._store.transaction() as conn:
            cursor = conn.execute(
                "INSERT INTO audit_log (at, actor, action, detail) VALUES (?, ?, ?, ?)",
                (utc_now_iso(), actor, action, text),
            )
            return int(cursor.lastrowid or 0)

    def recent(self, limit: int = 100) -> list[AuditEvent]:
        """The last ``limit`` events, newest first."""
        rows = self._store.query(
            "SELECT seq, at, actor, action, detail FROM audit_log ORDER BY seq DESC LIMIT ?",
            (int(limit),),
        )
        return [AuditEvent(r[0], r[1], r[2], r[3], json.loads(r[4])) for r in rows]
