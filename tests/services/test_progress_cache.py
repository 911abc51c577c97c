"""The last known state of applications (kiosk/services/progress_cache.py) on a real SQLite
cache file: found by application and by holder, encrypted at rest (the file holds no name, ID
number or status text), bounded by the retention, and this kiosk's queued applications read
from a real outbox."""

from __future__ import annotations

import datetime as dt
import os
from typing import Any

import pytest

from kiosk.flows.receipt_code import kiosk_reference
from kiosk.services.progress_cache import (
    ProgressCache,
    find_sent_reference,
    queued_applications,
)
from offline_cache.crypto import AES_256_GCM, KeyEntry, KeyRing
from offline_cache.outbox import Outbox
from offline_cache.store import Store

ZHAO = "37010219620508042X"
OTHER = "370102198503120118"
KIOSK = "KIOSK-DEMO-0001"


def answer(number: str = "SQ20261120000042", **extra: Any) -> dict[str, Any]:
    return {
        "application_id": number,
        "item_id": "3701-RSJ-0001",
        "item_name": "社会保障卡申领",
        "status": "in_review",
        "status_text": "赵六的申请正在审核",
        "received_at": "2026-11-20T09:00:00+08:00",
        "updated_at": "2026-11-21T10:30:00+08:00",
        "promised_date": "2026-11-27",
        "holder_hint": "3701**********042X",
        "delivery": {"method": "cabinet"},
        "timeline": [{"status": "received", "at": "2026-11-20T09:00:00+08:00", "note": "已受理"}],
        "pickup": None,
        **extra,
    }


class Clock:
    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def keyring() -> KeyRing:
    return KeyRing(KeyEntry(AES_256_GCM, os.urandom(32)))


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def cache(tmp_path, keyring, clock):
    made = ProgressCache(Store.for_cache(tmp_path), keyring, retention_days=10, clock=clock)
    yield made
    made.store.close()


def test_an_answer_is_found_again_by_its_number(cache):
    cache.save([answer()])
    found = cache.by_application("SQ20261120000042")
    assert found is not None
    assert found.answer["status_text"] == "赵六的申请正在审核"
    assert found.answer["timeline"][0]["note"] == "已受理"
    assert found.fetched_at.startswith("20")


def test_the_number_is_matched_in_any_case(cache):
    cache.save([answer()])
    assert cache.by_application("sq20261120000042") is not None


def test_answers_saved_with_the_card_are_found_by_the_holder(cache):
    cache.save([answer(), answer("SQ20261121000007")], id_number=ZHAO)
    found = cache.by_holder(ZHAO)
    assert {f.application_id for f in found} == {"SQ20261120000042", "SQ20261121000007"}
    assert cache.by_holder(OTHER) == []


def test_a_later_query_by_number_keeps_the_holder(cache, clock):
    cache.save([answer()], id_number=ZHAO)
    clock.now += 60
    cache.save([answer(status="approved")])
    found = cache.by_holder(ZHAO)
    assert [f.answer["status"] for f in found] == ["approved"]


def test_an_unknown_number_is_not_found(cache):
    assert cache.by_application("SQ20261120000099") is None


def test_the_file_holds_no_name_id_number_or_status_text(cache, tmp_path):
    cache.save([answer()], id_number=ZHAO)
    cache.store.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    raw = b"".join(p.read_bytes() for p in tmp_path.glob("cache.db*"))
    for secret in (ZHAO, "SQ20261120000042", "赵六的申请正在审核", "社会保障卡申领", "已受理"):
        assert secret.encode() not in raw, secret
        assert secret.encode("utf-16-le") not in raw, secret


def test_a_blob_moved_to_another_row_does_not_decrypt(cache):
    cache.save([answer()])
    cache.save([answer("SQ20261121000007", status_text="other")])
    rows = cache.store.query("SELECT app_key, payload FROM progress_cache ORDER BY app_key")
    cache.store.execute(
        "UPDATE progress_cache SET payload = ? WHERE app_key = ?", (rows[1][1], rows[0][0])
    )
    numbers = {cache.by_application(n) is None for n in ("SQ20261120000042", "SQ20261121000007")}
    assert True in numbers  # the swapped row is refused, not shown as the other application
    assert cache.count() == 1  # and deleted


def test_entries_older_than_the_retention_are_not_shown_and_are_purged(cache, clock):
    cache.save([answer()], id_number=ZHAO)
    clock.now += 11 * 86_400
    assert cache.by_application("SQ20261120000042") is None
    assert cache.by_holder(ZHAO) == []
    assert cache.purge() == 1
    assert cache.count() == 0


def test_every_save_purges_old_entries(cache, clock):
    cache.save([answer()])
    clock.now += 11 * 86_400
    cache.save([answer("SQ20261121000007")])
    assert cache.count() == 1


def test_entries_written_before_a_key_rotation_are_still_found(tmp_path, keyring, clock):
    store = Store.for_cache(tmp_path)
    ProgressCache(store, keyring, clock=clock).save([answer()], id_number=ZHAO)
    rotated = KeyRing(KeyEntry(AES_256_GCM, os.urandom(32)), keyring.entries)
    cache = ProgressCache(store, rotated, clock=clock)
    assert cache.by_holder(ZHAO)[0].application_id == "SQ20261120000042"
    cache.save([answer(status="approved")])
    assert cache.count() == 1  # the old-key row was replaced, not duplicated
    assert cache.by_application("SQ20261120000042").answer["status"] == "approved"
    store.close()


def test_only_the_known_fields_are_kept(cache):
    cache.save([answer(phone="13800000000")])
    assert "phone" not in cache.by_application("SQ20261120000042").answer


def test_retention_must_be_at_least_a_day(tmp_path, keyring):
    with pytest.raises(ValueError):
        ProgressCache(Store.for_cache(tmp_path), keyring, retention_days=0)


# ------------------------------------------------------------------------------ the outbox


@pytest.fixture
def outbox(tmp_path, keyring):
    store = Store.for_outbox(tmp_path / "ob")
    yield Outbox(store, keyring, tmp_path / "ob" / "attachments")
    store.close()


def application(id_number: str, item_id: str = "3701-RSJ-0001") -> dict[str, Any]:
    return {
        "item_id": item_id,
        "applicant": {"name": "赵六", "id_number": id_number},
        "delivery": {"method": "cabinet"},
    }


def reference_of(item: Any) -> str:
    day = dt.datetime.fromtimestamp(item.created_ts).astimezone().date()
    return kiosk_reference(KIOSK, item.idempotency_key, day)


def test_queued_applications_of_the_holder(outbox):
    mine = outbox.enqueue("application", application(ZHAO), idempotency_key="key-0000000001")
    outbox.enqueue("application", application(OTHER), idempotency_key="key-0000000002")
    queued = queued_applications(outbox, kiosk_id=KIOSK, id_number=ZHAO)
    assert [q.reference for q in queued] == [reference_of(mine)]
    assert queued[0].item_id == "3701-RSJ-0001"
    assert queued[0].delivery == "cabinet"


def test_a_queued_application_is_found_by_its_kiosk_reference(outbox):
    outbox.enqueue("application", application(OTHER), idempotency_key="key-0000000002")
    mine = outbox.enqueue("application", application(ZHAO), idempotency_key="key-0000000001")
    queued = queued_applications(outbox, kiosk_id=KIOSK, reference=reference_of(mine).lower())
    assert [q.reference for q in queued] == [reference_of(mine)]


def test_a_delivered_application_is_no_longer_queued(outbox):
    item = outbox.enqueue("application", application(ZHAO), idempotency_key="key-0000000001")
    outbox.claim_due()
    outbox.mark_done(item.id, {"application_id": "SQ20261122000001"})
    assert queued_applications(outbox, kiosk_id=KIOSK, id_number=ZHAO) == []
    found = find_sent_reference(outbox, kiosk_id=KIOSK, reference=reference_of(item))
    assert found == "SQ20261122000001"


def test_an_application_the_platform_refused_is_found_as_not_sendable(outbox):
    item = outbox.enqueue("application", application(ZHAO), idempotency_key="key-0000000001")
    outbox.claim_due()
    outbox.mark_dead(item.id, ("invalid_form", "field phone"))
    by_reference = queued_applications(outbox, kiosk_id=KIOSK, reference=reference_of(item))
    by_holder = queued_applications(outbox, kiosk_id=KIOSK, id_number=ZHAO)
    assert by_reference == by_holder
    assert [(q.sendable, q.refusal) for q in by_holder] == [(False, "invalid_form")]


def test_a_reference_of_nothing_on_this_kiosk_is_not_found(outbox):
    outbox.enqueue("application", application(ZHAO), idempotency_key="key-0000000001")
    other = kiosk_reference(KIOSK, "key-9999999999", dt.date.today())
    assert queued_applications(outbox, kiosk_id=KIOSK, reference=other) == []
    assert find_sent_reference(outbox, kiosk_id=KIOSK, reference=other) is None


def test_no_holder_and_no_reference_finds_nothing(outbox):
    outbox.enqueue("application", application(ZHAO))
    assert queued_applications(outbox, kiosk_id=KIOSK) == []
