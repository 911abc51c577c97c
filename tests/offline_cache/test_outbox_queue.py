"""The outbox without a platform: durability, encryption at rest, states, purge, faults."""

from __future__ import annotations

import errno
import hashlib
import os
import time
from datetime import timedelta
from pathlib import Path

import pytest

from offline_cache.crypto import AES_256_GCM, KeyEntry, KeyRing
from offline_cache.outbox import (
    Attachment,
    AttachmentLost,
    ItemError,
    Outbox,
)
from offline_cache.store import Store, StoreFull

NAME = "欧阳明月"
ID_NUMBER = "11010519491231002X"
PHONE = "13912345678"
SCAN = b"%PDF-1.4 scan of the ID card of " + NAME.encode() + b" " + ID_NUMBER.encode()


def _application(visit: str = "v1") -> dict:
    return {
        "item_id": "3701-RSJ-0001",
        "visit_id": visit,
        "applicant": {"name": NAME, "id_number": ID_NUMBER, "phone": PHONE},
        "form": {"applicant_name": NAME, "phone": PHONE},
        "materials": [
            {"material_id": "M1", "source": "scan", "sha256": hashlib.sha256(SCAN).hexdigest()}
        ],
    }


def _enqueue_app(outbox: Outbox, visit: str = "v1", **kw):
    return outbox.enqueue(
        "application",
        _application(visit),
        attachments=[Attachment(SCAN, "application/pdf")],
        **kw,
    )


def _all_store_bytes(store: Store) -> bytes:
    data = b""
    for suffix in ("", "-wal", "-shm"):
        path = Path(f"{store.path}{suffix}")
        if path.exists():
            data += path.read_bytes()
    return data


def test_enqueue_records_a_pending_item(outbox):
    item = _enqueue_app(outbox)
    assert item.state == "pending"
    assert item.payload["applicant"]["name"] == NAME
    assert outbox.depth() == 1
    stored = outbox.get(item.id)
    assert stored.kind == "application"
    assert stored.payload is None  # metadata view
    assert stored.attachments[0].sha256 == hashlib.sha256(SCAN).hexdigest()
    assert stored.attachments[0].uploaded is False


def test_enqueue_is_durable_across_reopen(tmp_path, keyring):
    store = Store.for_outbox(tmp_path)
    item = _enqueue_app(Outbox(store, keyring, tmp_path / "att"))
    store.close()
    reopened = Outbox(Store.for_outbox(tmp_path), keyring, tmp_path / "att")
    assert reopened.get(item.id).state == "pending"
    assert reopened.claim_due()[0].payload["applicant"]["id_number"] == ID_NUMBER


@pytest.mark.parametrize("text", [NAME, ID_NUMBER, PHONE])
def test_personal_data_is_not_in_the_database_file(outbox, store, text):
    _enqueue_app(outbox)
    item = outbox.claim_due()[0]
    outbox.mark_done(item.id, {"application_id": "SQ1", "echo": {"name": NAME, "id": ID_NUMBER}})
    raw = _all_store_bytes(store)
    assert raw  # the file is really there
    assert text.encode() not in raw
    assert text.encode("utf-16-le") not in raw


@pytest.mark.parametrize("text", [NAME, ID_NUMBER])
def test_personal_data_is_not_in_attachment_files(outbox, text):
    _enqueue_app(outbox)
    files = list(outbox.attachments_dir.iterdir())
    assert len(files) == 1
    assert files[0].name == hashlib.sha256(SCAN).hexdigest() + ".enc"
    assert files[0].stat().st_mode & 0o777 == 0o600
    assert text.encode() not in files[0].read_bytes()
    assert b"%PDF" not in files[0].read_bytes()


def test_attachment_reads_back_verified(outbox):
    item = _enqueue_app(outbox)
    assert outbox.read_attachment(item.attachments[0].sha256) == SCAN


def test_tampered_attachment_file_is_reported_lost(outbox):
    item = _enqueue_app(outbox)
    path = outbox.attachments_dir / f"{item.attachments[0].sha256}.enc"
    data = bytearray(path.read_bytes())
    data[-1] ^= 1
    path.write_bytes(bytes(data))
    with pytest.raises(AttachmentLost):
        outbox.read_attachment(item.attachments[0].sha256)


def test_same_idempotency_key_returns_the_same_item(outbox):
    first = _enqueue_app(outbox, idempotency_key="visit-1234-submit")
    second = _enqueue_app(outbox, idempotency_key="visit-1234-submit")
    assert second.id == first.id
    assert outbox.depth() == 1


def test_claim_moves_to_in_flight_once(outbox):
    item = outbox.enqueue("help", {"screen": "home", "visit_id": "v"})
    claimed = outbox.claim_due()
    assert [c.id for c in claimed] == [item.id]
    assert claimed[0].state == "in_flight"
    assert claimed[0].attempts == 1
    assert claimed[0].payload == {"screen": "home", "visit_id": "v"}
    assert outbox.claim_due() == []
    assert outbox.get(item.id).state == "in_flight"
    assert outbox.depth() == 1


def test_claim_is_oldest_first(outbox):
    ids = [outbox.enqueue("help", {"n": n}).id for n in range(3)]
    assert [c.id for c in outbox.claim_due(limit=10)] == ids


def test_retry_waits_until_due(outbox):
    item = outbox.enqueue("help", {"n": 1})
    outbox.claim_due()
    assert outbox.mark_retry(item.id, 60.0, ItemError("network", "connection refused"))
    stored = outbox.get(item.id)
    assert stored.state == "pending"
    assert stored.last_error == ItemError("network", "connection refused")
    assert outbox.claim_due() == []
    assert outbox.claim_due(now=time.time() + 61)[0].attempts == 2


def test_error_messages_are_scrubbed(outbox):
    item = outbox.enqueue("help", {"n": 1})
    outbox.claim_due()
    outbox.mark_dead(item.id, ("bad_request", f"id {ID_NUMBER} phone {PHONE} rejected"))
    message = outbox.get(item.id).last_error.message
    assert ID_NUMBER not in message
    assert PHONE not in message


def test_dead_letter_and_technician_retry(outbox):
    item = outbox.enqueue("evaluation", {"visit_id": "v", "level": 5})
    outbox.claim_due()
    assert outbox.mark_dead(item.id, ("validation_failed", "level out of range"))
    assert [d.id for d in outbox.dead_letters()] == [item.id]
    assert outbox.depth() == 0
    assert outbox.retry_dead(item.id)
    again = outbox.claim_due()[0]
    assert again.id == item.id
    assert again.attempts == 1


def test_done_keeps_the_answer_encrypted(outbox):
    item = outbox.enqueue("queue_ticket", {"service_type": "social_security"})
    outbox.claim_due()
    assert outbox.mark_done(item.id, {"ticket_no": "A012", "waiting": 3})
    assert outbox.get(item.id).state == "done"
    assert outbox.response_of(item.id) == {"ticket_no": "A012", "waiting": 3}
    assert outbox.depth() == 0
    assert not outbox.mark_done(item.id, {})  # only from in_flight


def test_restart_resets_in_flight_to_pending(tmp_path, keyring):
    store = Store.for_outbox(tmp_path)
    first = Outbox(store, keyring, tmp_path / "att")
    item = first.enqueue("help", {"n": 1})
    first.claim_due()
    store.close()  # "crash" while the item is in flight
    store = Store.for_outbox(tmp_path)
    second = Outbox(store, keyring, tmp_path / "att")
    assert second.get(item.id).state == "pending"
    assert second.claim_due()[0].attempts == 2
    store.close()


def test_orphan_files_are_removed_at_start(tmp_path, keyring, store):
    att = tmp_path / "att"
    att.mkdir()
    (att / ("ab" * 32 + ".enc")).write_bytes(b"orphan: crash before the commit")
    (att / (".abc.1234.tmp")).write_bytes(b"half written")
    Outbox(store, keyring, att)
    assert list(att.iterdir()) == []


def test_purge_deletes_only_old_done_items_and_unshared_files(outbox):
    done = _enqueue_app(outbox, visit="a")
    outbox.claim_due()
    outbox.mark_done(done.id, {"application_id": "SQ1"})
    pending = outbox.enqueue("help", {"n": 1})
    dead = outbox.enqueue("help", {"n": 2})
    outbox.claim_due(limit=2)
    outbox.mark_retry(pending.id, 0, "network")
    outbox.mark_dead(dead.id, "bad_request")

    assert outbox.purge(timedelta(days=7)) == 0  # inside the retention window
    assert outbox.purge(timedelta(days=7), now=time.time() + 8 * 86400) == 1
    assert outbox.get(done.id) is None
    assert outbox.get(pending.id).state == "pending"
    assert outbox.get(dead.id).state == "dead"
    assert list(outbox.attachments_dir.iterdir()) == []


def test_purge_keeps_a_file_still_referenced(outbox):
    first = _enqueue_app(outbox, visit="a")
    _enqueue_app(outbox, visit="b")  # the same scan, one file
    outbox.claim_due()
    outbox.mark_done(first.id, {})
    outbox.purge(timedelta(0), now=time.time() + 1)
    assert len(list(outbox.attachments_dir.iterdir())) == 1
    assert outbox.read_attachment(first.attachments[0].sha256) == SCAN


def test_store_full_means_not_submitted_and_nothing_left(outbox, store):
    outbox.enqueue("help", {"n": 0})
    store.set_max_pages(store.page_count())
    big = Attachment(os.urandom(300_000), "image/jpeg")  # the file is written, the row is not
    with pytest.raises(StoreFull):
        outbox.enqueue("application", {"pad": "x" * 200_000}, attachments=[big])
    store.set_max_pages(None)
    assert outbox.depth() == 1
    assert list(outbox.attachments_dir.iterdir()) == []
    assert outbox.store.query_one("SELECT count(*) FROM outbox_attachments")[0] == 0


def test_disk_full_writing_an_attachment_leaves_nothing(outbox, monkeypatch):
    # Fault injection at the OS boundary: ENOSPC from write(2) on the attachment file.
    real_write = os.write

    def full_disk(fd, data):
        if len(data) > 1000:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_write(fd, data)

    monkeypatch.setattr(os, "write", full_disk)
    with pytest.raises(StoreFull):
        outbox.enqueue(
            "application", {"n": 1}, attachments=[Attachment(os.urandom(5000), "image/png")]
        )
    monkeypatch.undo()
    assert outbox.depth() == 0
    assert list(outbox.attachments_dir.iterdir()) == []


def test_missing_key_dead_letters_the_item(tmp_path, store, keyring):
    outbox = Outbox(store, keyring, tmp_path / "att")
    item = outbox.enqueue("help", {"n": 1})
    other = Outbox(store, KeyRing(KeyEntry(AES_256_GCM, os.urandom(32))), tmp_path / "att")
    assert other.claim_due() == []
    stored = other.get(item.id)
    assert stored.state == "dead"
    assert stored.last_error.code == "payload_unreadable"


@pytest.mark.parametrize(
    ("kind", "payload", "attachments", "message"),
    [
        ("nonsense", {}, [], "unknown outbox kind"),
        ("help", {"when": object()}, [], "not JSON"),
        ("pickup_event", {"event": "collected"}, [], "pickup_id"),
        ("generic", {"path": "relative", "body": {}}, [], "absolute API path"),
        ("generic", {"path": "/x"}, [], "'body'"),
        ("application", {}, [Attachment(b"x", "text/plain")], "not accepted"),
        ("application", {}, [Attachment(b"", "image/png")], "empty"),
        ("help", {}, [Attachment(b"x", "image/png")], "only application"),
    ],
)
def test_bad_input_is_refused_and_nothing_recorded(outbox, kind, payload, attachments, message):
    with pytest.raises(ValueError, match=message):
        outbox.enqueue(kind, payload, attachments=attachments)
    assert outbox.counts() == {"pending": 0, "in_flight": 0, "done": 0, "dead": 0}


def test_export_has_metadata_only(outbox):
    _enqueue_app(outbox)
    text = repr(outbox.export())
    assert "application" in text
    assert NAME not in text
    assert ID_NUMBER not in text
    assert outbox.export()["counts"]["pending"] == 1


def test_oldest_pending_age(outbox):
    assert outbox.oldest_pending_age() is None
    item = outbox.enqueue("help", {"n": 1})
    assert outbox.oldest_pending_age(now=item.created_ts + 5) == pytest.approx(5)


def test_open_creates_the_demo_key_and_uses_the_data_dir(tmp_path):
    outbox = Outbox.open(tmp_path, create_key=True)
    key = tmp_path / "secrets" / "outbox.key"
    assert key.stat().st_mode & 0o777 == 0o600
    item = outbox.enqueue("help", {"screen": "home"})
    assert (tmp_path / "outbox.db").exists()
    assert outbox.attachments_dir == tmp_path / "attachments"
    outbox.store.close()
    again = Outbox.open(tmp_path)
    assert again.claim_due()[0].id == item.id
    again.store.close()


def test_open_without_a_key_file_is_refused(tmp_path):
    from offline_cache.crypto import KeyFileError

    with pytest.raises(KeyFileError, match="not found"):
        Outbox.open(tmp_path)
