"""CatalogueSync over a real SQLite store: conditional, delta, full fallback, validation faults.

The platform side here is a scripted adapter (the answers a platform could give, including the
wrong ones a real server cannot be made to give); tests/catalogue/test_sync_http.py runs the
same sync against the reference server over HTTP.
"""

from __future__ import annotations

import copy
import hashlib
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from kiosk.catalogue.models import encode
from kiosk.catalogue.sync import ActiveCatalogue, CatalogueSync, SyncOutcome, SyncStatus
from kiosk.platform.adapter import (
    CatalogueResponse,
    PlatformAdapter,
    PlatformUnavailable,
)
from offline_cache.store import Store
from tests.catalogue.factory import make_catalogue, make_item

Answer = CatalogueResponse | Exception


class ScriptedPlatform(PlatformAdapter):
    """Answers ``catalogue()`` from a queue and records the requests."""

    def __init__(self, *answers: Answer) -> None:
        self.answers: list[Answer] = list(answers)
        self.requests: list[dict[str, Any]] = []

    def push(self, *answers: Answer) -> None:
        self.answers.extend(answers)

    def catalogue(
        self, *, site: str, since: int | None = None, etag: str | None = None
    ) -> CatalogueResponse:
        self.requests.append({"site": site, "since": since, "etag": etag})
        if not self.answers:
            raise PlatformUnavailable("no_answer", "script exhausted")
        answer = self.answers.pop(0)
        if isinstance(answer, Exception):
            raise answer
        return answer


def _unsupported(name: str) -> Callable[..., Any]:
    def method(self: Any, *args: Any, **kwargs: Any) -> Any:
        raise NotImplementedError(name)

    return method


for _name in PlatformAdapter.__abstractmethods__ - {"catalogue"}:
    setattr(ScriptedPlatform, _name, _unsupported(_name))
ScriptedPlatform.__abstractmethods__ = frozenset()


def full(version: int = 1, **kwargs: Any) -> CatalogueResponse:
    return CatalogueResponse(False, f'"v{version}"', make_catalogue(version, **kwargs))


def delta(base: int, version: int, **fields: Any) -> CatalogueResponse:
    body = {"kind": "delta", "base_version": base, "version": version, **fields}
    return CatalogueResponse(False, f'"v{version}"', body)


NOT_MODIFIED = CatalogueResponse(True, '"v1"', None)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = Store.for_cache(tmp_path)
    yield s
    s.close()


@pytest.fixture
def make_sync(store: Store) -> Iterator[Callable[..., CatalogueSync]]:
    made: list[CatalogueSync] = []

    def build(platform: PlatformAdapter, **kwargs: Any) -> CatalogueSync:
        sync = CatalogueSync(store, platform, "DEMO", **kwargs)
        made.append(sync)
        return sync

    yield build
    for sync in made:
        sync.stop()


def rows(store: Store) -> list[tuple[int, int]]:
    return [
        (r["version"], r["is_current"])
        for r in store.query("SELECT version, is_current FROM catalogue_snapshots ORDER BY version")
    ]


# -- first download and offline start ----------------------------------------------------------
def test_first_sync_downloads_and_stores_the_full_catalogue(make_sync, store):
    sync = make_sync(ScriptedPlatform(full(1)))
    assert sync.current() is None
    assert sync.sync_once() is SyncOutcome.UPDATED_FULL
    assert sync.current().version == 1
    assert rows(store) == [(1, 1)]
    assert rows(store) == [(1, 1)]


def test_first_request_is_unconditional(make_sync):
    platform = ScriptedPlatform(full(1))
    make_sync(platform).sync_once()
    assert platform.requests == [{"site": "DEMO", "since": None, "etag": None}]


def test_stored_payload_hash_matches(make_sync, store):
    make_sync(ScriptedPlatform(full(1))).sync_once()
    row = store.query_one("SELECT sha256, payload, etag, site FROM catalogue_snapshots")
    assert hashlib.sha256(row["payload"]).hexdigest() == row["sha256"]
    assert (row["etag"], row["site"]) == ('"v1"', "DEMO")


def test_a_restarted_kiosk_serves_the_stored_copy_without_network(make_sync):
    make_sync(ScriptedPlatform(full(3))).sync_once()
    offline = make_sync(ScriptedPlatform(PlatformUnavailable("network", "down")))
    assert offline.load() is SyncOutcome.LOADED
    assert offline.current().version == 3
    assert offline.sync_once() is SyncOutcome.UNREACHABLE
    assert offline.current().version == 3


def test_load_with_nothing_stored(make_sync):
    sync = make_sync(ScriptedPlatform())
    assert sync.load() is SyncOutcome.NO_COPY
    assert sync.current() is None


# -- conditional and delta ---------------------------------------------------------------------
def test_second_sync_is_conditional_and_asks_for_a_delta(make_sync):
    platform = ScriptedPlatform(full(1), NOT_MODIFIED)
    sync = make_sync(platform)
    sync.sync_once()
    assert sync.sync_once() is SyncOutcome.NOT_MODIFIED
    assert platform.requests[1] == {"site": "DEMO", "since": 1, "etag": '"v1"'}
    assert sync.current().version == 1


def test_not_modified_records_a_successful_sync(make_sync):
    times = iter(["t1", "t2", "t3", "t4"])
    sync = make_sync(ScriptedPlatform(full(1), NOT_MODIFIED), clock=lambda: next(times))
    sync.sync_once()
    sync.sync_once()
    status = sync.status()
    assert (status.last_success_at, status.fetched_at, status.last_error) == ("t3", "t1", "")


def test_delta_upserts_and_deletes_onto_the_current_copy(make_sync, store):
    renamed = make_item("3701-RSJ-0002", "社会保障卡临时挂失", version=2)
    added = make_item("3701-RSJ-0099", "社会保障卡密码重置", version=2)
    platform = ScriptedPlatform(
        full(1),
        delta(1, 2, upserts=[renamed, added], deletes=["3701-SWJ-0001"]),
    )
    sync = make_sync(platform)
    sync.sync_once()
    assert sync.sync_once() is SyncOutcome.UPDATED_DELTA
    items = sync.current().item_map()
    assert sync.current().version == 2
    assert items["3701-RSJ-0002"].name == "社会保障卡临时挂失"
    assert "3701-RSJ-0099" in items
    assert "3701-SWJ-0001" not in items
    assert rows(store) == [(1, 0), (2, 1)]


def test_delta_result_is_stored_as_a_full_catalogue(make_sync):
    added = make_item("3701-RSJ-0099", "社会保障卡密码重置", version=2)
    sync = make_sync(ScriptedPlatform(full(1), delta(1, 2, upserts=[added])))
    sync.sync_once()
    sync.sync_once()
    restarted = make_sync(ScriptedPlatform())
    restarted.load()
    assert "3701-RSJ-0099" in restarted.current().item_map()


def test_delta_replaces_site_overrides(make_sync):
    site = {"site": "DEMO", "hidden": ["3701-RSJ-0002"], "hot": ["3701-GAJ-0002"]}
    sync = make_sync(ScriptedPlatform(full(1), delta(1, 2, site=site)))
    sync.sync_once()
    sync.sync_once()
    index = sync.active().index
    assert index.item("3701-RSJ-0002") is None
    assert index.hot == ("3701-GAJ-0002",)


def test_delta_on_another_base_falls_back_to_the_full_catalogue(make_sync):
    platform = ScriptedPlatform(full(1), delta(5, 6), full(6))
    sync = make_sync(platform)
    sync.sync_once()
    assert sync.sync_once() is SyncOutcome.UPDATED_FULL
    assert sync.current().version == 6
    assert platform.requests[-1] == {"site": "DEMO", "since": None, "etag": None}


def test_delta_whose_result_is_inconsistent_falls_back_to_full(make_sync):
    # Deleting a bundle's lead item leaves the bundle dangling: the merged result is invalid.
    platform = ScriptedPlatform(full(1), delta(1, 2, deletes=["3701-YBJ-0001"]), full(2))
    sync = make_sync(platform)
    sync.sync_once()
    assert sync.sync_once() is SyncOutcome.UPDATED_FULL
    assert "3701-YBJ-0001" in sync.current().item_map()


def test_bad_delta_and_bad_full_keep_the_last_good_copy(make_sync):
    broken = make_catalogue(2)
    del broken["items"][0]["name"]
    platform = ScriptedPlatform(
        full(1),
        delta(1, 2, deletes=["3701-YBJ-0001"]),
        CatalogueResponse(False, '"v2"', broken),
    )
    sync = make_sync(platform)
    sync.sync_once()
    assert sync.sync_once() is SyncOutcome.REJECTED
    assert sync.current().version == 1
    assert "delta result rejected" in sync.status().last_error
    assert "items.3701-RSJ-0001.name" in sync.status().last_error


def test_malformed_delta_falls_back_to_full(make_sync):
    platform = ScriptedPlatform(full(1), delta(1, 2, upserts=[{"item_id": "x"}]), full(2))
    sync = make_sync(platform)
    sync.sync_once()
    assert sync.sync_once() is SyncOutcome.UPDATED_FULL


# -- validation against the last good copy -----------------------------------------------------
def test_large_drop_in_item_count_is_rejected(make_sync, store):
    small = make_catalogue(2)
    small["items"] = small["items"][:10]
    for item in small["items"]:
        item["bundle_ids"] = []
    small["bundles"] = []
    sync = make_sync(ScriptedPlatform(full(1), CatalogueResponse(False, '"v2"', small)))
    sync.sync_once()
    assert sync.sync_once() is SyncOutcome.REJECTED
    assert sync.current().version == 1
    assert "item count dropped from 20 to 10" in sync.status().last_error
    assert rows(store) == [(1, 1)]


def test_drop_within_the_configured_fraction_is_accepted(make_sync):
    smaller = make_catalogue(2)
    smaller["items"] = [i for i in smaller["items"] if i["item_id"] != "3701-SWJ-0001"]
    answers = (full(1), CatalogueResponse(False, '"v2"', smaller))
    sync = make_sync(ScriptedPlatform(*answers), max_drop_fraction=0.1)
    sync.sync_once()
    assert sync.sync_once() is SyncOutcome.UPDATED_FULL


def test_malformed_full_catalogue_is_rejected_and_logged(make_sync, caplog):
    bad = make_catalogue(2)
    bad["items"][0]["visits"] = "many"
    sync = make_sync(ScriptedPlatform(full(1), CatalogueResponse(False, '"v2"', bad)))
    sync.sync_once()
    assert sync.sync_once() is SyncOutcome.REJECTED
    assert sync.current().version == 1
    assert "visits" in sync.status().last_error
    assert any("catalogue_sync_failed" in r.getMessage() for r in caplog.records)


def test_catalogue_for_another_site_is_rejected(make_sync):
    sync = make_sync(ScriptedPlatform(full(1, site="OTHER")))
    assert sync.sync_once() is SyncOutcome.REJECTED
    assert "site 'OTHER'" in sync.status().last_error


def test_version_going_backwards_is_rejected(make_sync):
    sync = make_sync(ScriptedPlatform(full(4), full(3)))
    sync.sync_once()
    assert sync.sync_once() is SyncOutcome.REJECTED
    assert sync.current().version == 4


def test_lower_version_generated_later_is_a_platform_reset_and_accepted(make_sync, store):
    reset = make_catalogue(1)
    reset["generated_at"] = "2026-12-01T06:00:00+08:00"
    sync = make_sync(ScriptedPlatform(full(4), CatalogueResponse(False, '"v1"', reset)))
    sync.sync_once()
    assert sync.sync_once() is SyncOutcome.UPDATED_FULL
    assert sync.current().version == 1
    assert rows(store) == [(1, 1)]


def test_same_version_again_is_unchanged(make_sync, store):
    sync = make_sync(ScriptedPlatform(full(1), full(1)))
    sync.sync_once()
    assert sync.sync_once() is SyncOutcome.UNCHANGED
    assert rows(store) == [(1, 1)]


def test_unreachable_platform_records_the_error(make_sync):
    sync = make_sync(ScriptedPlatform(full(1), PlatformUnavailable("timeout", "read timed out")))
    sync.sync_once()
    assert sync.sync_once() is SyncOutcome.UNREACHABLE
    status = sync.status()
    assert "timeout" in status.last_error
    assert status.version == 1


def test_non_object_answer_is_rejected(make_sync):
    sync = make_sync(ScriptedPlatform(CatalogueResponse(False, None, None)))
    assert sync.sync_once() is SyncOutcome.REJECTED


# -- the store ---------------------------------------------------------------------------------
def test_old_snapshots_are_pruned(make_sync, store):
    sync = make_sync(ScriptedPlatform(*(full(v) for v in range(1, 6))), keep_snapshots=2)
    for _ in range(5):
        sync.sync_once()
    assert rows(store) == [(4, 0), (5, 1)]


def test_damaged_current_snapshot_falls_back_to_the_previous_good_one(make_sync, store):
    make_sync(ScriptedPlatform(full(1), full(2))).sync_once()
    make_sync(ScriptedPlatform(full(2))).sync_once()
    store.execute("UPDATE catalogue_snapshots SET payload = ? WHERE version = 2", (b"{garbage",))
    restarted = make_sync(ScriptedPlatform())
    assert restarted.load() is SyncOutcome.LOADED
    assert restarted.current().version == 1
    assert rows(store) == [(1, 1), (2, 0)]


def test_stored_snapshot_with_valid_json_but_wrong_hash_is_skipped(make_sync, store):
    make_sync(ScriptedPlatform(full(1))).sync_once()
    other = encode(make_catalogue(1, hot=[]))
    store.execute("UPDATE catalogue_snapshots SET payload = ?", (other,))
    restarted = make_sync(ScriptedPlatform())
    assert restarted.load() is SyncOutcome.NO_COPY


def test_store_failure_keeps_serving_the_old_copy(make_sync, store):
    sync = make_sync(ScriptedPlatform(full(1), full(2)))
    sync.sync_once()
    store.set_max_pages(store.page_count())  # the disk is "full" now
    assert sync.sync_once() is SyncOutcome.STORE_FAILED
    store.set_max_pages(None)
    assert sync.current().version == 1
    assert rows(store) == [(1, 1)]


# -- the worker --------------------------------------------------------------------------------
def test_worker_loads_syncs_and_announces_on_its_own_thread(make_sync):
    make_sync(ScriptedPlatform(full(1))).sync_once()
    activated: list[tuple[int, str]] = []
    statuses: list[SyncStatus] = []
    done = threading.Event()

    def on_activated(active: ActiveCatalogue) -> None:
        activated.append((active.version, threading.current_thread().name))
        if active.version == 2:
            done.set()

    sync = make_sync(
        ScriptedPlatform(full(2)), on_activated=on_activated, on_status=statuses.append
    )
    sync.start()
    assert done.wait(10)
    sync.stop()
    assert activated == [(1, "catalogue-sync"), (2, "catalogue-sync")]
    assert statuses[-1].last_outcome == "updated_full"


def test_request_sync_wakes_the_worker(make_sync):
    seen = threading.Event()
    platform = ScriptedPlatform(full(1), NOT_MODIFIED)
    sync = make_sync(platform, interval_s=3600, on_status=lambda s: seen.set())
    sync.start()
    assert seen.wait(10)
    seen.clear()
    sync.request_sync()
    assert seen.wait(10)
    sync.stop()
    assert len(platform.requests) == 2


def test_constructor_checks_its_arguments(store):
    with pytest.raises(ValueError, match="max_drop_fraction"):
        CatalogueSync(store, ScriptedPlatform(), "DEMO", max_drop_fraction=1.5)


def test_answers_are_not_mutated(make_sync):
    answer = full(1)
    before = copy.deepcopy(answer.body)
    make_sync(ScriptedPlatform(answer)).sync_once()
    assert answer.body == before


def test_network_failures_are_retried_sooner_than_the_interval(make_sync):
    sync = make_sync(ScriptedPlatform(), interval_s=900, retry_s=60)
    assert sync._next_wait(0) == 900
    assert 48 <= sync._next_wait(1) <= 72
    assert 96 <= sync._next_wait(2) <= 144
    assert sync._next_wait(8) == 900


def test_unreachable_platform_at_start_is_retried_by_the_worker(make_sync):
    recovered = threading.Event()
    platform = ScriptedPlatform(PlatformUnavailable("network", "down"), full(1))
    sync = make_sync(platform, retry_s=0.05, on_activated=lambda active: recovered.set())
    sync.start()
    assert recovered.wait(10)
    assert sync.current().version == 1
