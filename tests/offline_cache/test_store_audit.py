"""The append-only audit log keeps no personal data."""

from __future__ import annotations

import pytest

from offline_cache.audit import AuditLog
from offline_cache.store import StoreError


def test_events_are_appended_and_read_newest_first(store):
    audit = AuditLog(store)
    first = audit.append("technician", "diagnostics_opened", {"screen": "outbox"})
    second = audit.append("drain", "dead_letter", {"kind": "application", "code": "form_invalid"})
    assert second > first
    events = audit.recent()
    assert [e.action for e in events] == ["dead_letter", "diagnostics_opened"]
    assert events[0].detail == {"kind": "application", "code": "form_invalid"}
    assert events[0].at.endswith("+00:00")


def test_personal_data_is_scrubbed_before_it_is_written(store):
    audit = AuditLog(store)
    audit.append(
        "flow",
        "retry",
        {"name": "欧阳明月", "note": "id 11010519491231002X, phone 13912345678", "n": 1},
    )
    raw = store.query_one("SELECT detail FROM audit_log")[0]
    assert "欧阳明月" not in raw
    assert "11010519491231002X" not in raw
    assert "13912345678" not in raw
    assert '"n":1' in raw


def test_rows_cannot_be_changed(store):
    AuditLog(store).append("a", "b")
    with pytest.raises(StoreError):
        store.execute("UPDATE audit_log SET actor = 'x'")


def test_actor_and_action_are_required(store):
    with pytest.raises(ValueError, match="actor and an action"):
        AuditLog(store).append(" ", "x")
