"""Outbox.enqueue_many: the components of a "一件事" bundle are on disk together, or not at all."""

from __future__ import annotations

import os

import pytest

from offline_cache.outbox import Attachment, Outbox, OutboxEntry
from offline_cache.store import StoreFull

SCAN = b"%PDF-1.4 birth certificate scan " + os.urandom(64)
SIGNATURE = b"\x89PNG\r\n\x1a\n signature " + os.urandom(64)


def _entries(n: int = 3, prefix: str = "app-journey1") -> list[OutboxEntry]:
    return [
        OutboxEntry(
            "application",
            {"item_id": f"ITEM-{i}", "bundle_id": "B04", "form": {"phone": "13800000001"}},
            f"{prefix}-{i}",
            (Attachment(SCAN, "application/pdf"), Attachment(SIGNATURE, "image/png")),
        )
        for i in range(n)
    ]


def test_all_components_are_recorded_in_entry_order(outbox: Outbox):
    items = outbox.enqueue_many(_entries())
    assert [i.payload["item_id"] for i in items] == ["ITEM-0", "ITEM-1", "ITEM-2"]
    assert outbox.depth() == 3
    claimed = outbox.claim_due(limit=10)
    assert [c.idempotency_key for c in claimed] == [f"app-journey1-{i}" for i in range(3)]
    assert all(len(c.attachments) == 2 for c in claimed)


def test_shared_attachments_are_written_once(outbox: Outbox):
    outbox.enqueue_many(_entries())
    assert len(list(outbox.attachments_dir.iterdir())) == 2
    assert outbox.read_attachment(Attachment(SCAN, "application/pdf").sha256) == SCAN


def test_a_retry_with_the_same_keys_writes_nothing_new(outbox: Outbox):
    first = outbox.enqueue_many(_entries())
    again = outbox.enqueue_many(_entries())
    assert [i.id for i in again] == [i.id for i in first]
    assert outbox.depth() == 3


def test_a_partial_overlap_adds_only_the_new_keys(outbox: Outbox):
    first = outbox.enqueue_many(_entries(2))
    both = outbox.enqueue_many(_entries(3))
    assert [i.id for i in both[:2]] == [i.id for i in first]
    assert outbox.depth() == 3


def test_store_full_records_none_of_them(outbox: Outbox, store):
    outbox.enqueue("help", {"n": 0})
    store.set_max_pages(store.page_count())
    entries = [
        OutboxEntry(
            "application",
            {"pad": "x" * 200_000, "n": i},
            f"app-full-{i}",
            (Attachment(os.urandom(300_000), "image/jpeg"),),
        )
        for i in range(3)
    ]
    with pytest.raises(StoreFull):
        outbox.enqueue_many(entries)
    store.set_max_pages(None)
    assert outbox.depth() == 1
    assert list(outbox.attachments_dir.iterdir()) == []
    assert outbox.store.query_one("SELECT count(*) FROM outbox_attachments")[0] == 0


def test_duplicate_keys_in_one_call_are_refused(outbox: Outbox):
    entries = _entries(2)
    twice = [entries[0], OutboxEntry("application", {"n": 2}, entries[0].idempotency_key)]
    with pytest.raises(ValueError):
        outbox.enqueue_many(twice)
    assert outbox.depth() == 0


def test_a_bad_entry_refuses_the_whole_call(outbox: Outbox):
    entries = [*_entries(2), OutboxEntry("no_such_kind", {"n": 1}, "app-journey1-bad")]
    with pytest.raises(ValueError):
        outbox.enqueue_many(entries)
    assert outbox.depth() == 0
