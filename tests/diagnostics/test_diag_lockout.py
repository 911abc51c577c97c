"""Entry checks and lockout (kiosk.diagnostics.access) over a real diagnostics.db."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.diagnostics.access import STAFF, TECHNICIAN, AccessControl, AccessPolicy
from kiosk.diagnostics.pin import DEMO_PIN_HASH, hash_card, hash_pin
from kiosk.diagnostics.store import DiagnosticsStore

TECH_PIN = "135790"
STAFF_PIN = "8642"


class Clock:
    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def make(tmp_path: Path, clock: Clock):
    stores: list[DiagnosticsStore] = []

    def build(**policy: object) -> AccessControl:
        store = DiagnosticsStore.open(tmp_path)
        stores.append(store)
        defaults: dict[str, object] = {
            "pin_hash": hash_pin(TECH_PIN, n=2**10),
            "staff_pin_hash": hash_pin(STAFF_PIN, n=2**10),
            "max_failures": 3,
            "lockout_s": 60.0,
            "lockout_max_s": 200.0,
        }
        defaults.update(policy)
        return AccessControl(AccessPolicy(**defaults), store, clock=clock)  # type: ignore[arg-type]

    yield build
    for store in stores:
        store.close()


def test_technician_pin_grants_the_technician_role(make):
    assert make().check_pin(TECH_PIN).role == TECHNICIAN


def test_staff_pin_grants_the_staff_role(make):
    assert make().check_pin(STAFF_PIN).role == STAFF


def test_wrong_pin_counts_down_the_attempts(make):
    access = make()
    first = access.check_pin("000000")
    second = access.check_pin("000001")
    assert (first.reason, first.attempts_left) == ("wrong_pin", 2)
    assert second.attempts_left == 1


def test_max_failures_lock_entry_even_for_the_right_pin(make):
    access = make()
    for _ in range(3):
        result = access.check_pin("000000")
    assert result.reason == "locked" and result.retry_after_s == 60
    locked = access.check_pin(TECH_PIN)
    assert not locked.granted and locked.reason == "locked"


def test_lockout_survives_a_restart(make, clock):
    access = make()
    for _ in range(3):
        access.check_pin("000000")
    clock.now += 30
    again = make()  # a new process: new store connection, new object
    assert again.check_pin(TECH_PIN).reason == "locked"
    assert again.locked_for() == pytest.approx(30)


def test_lockout_expires(make, clock):
    access = make()
    for _ in range(3):
        access.check_pin("000000")
    clock.now += 61
    assert access.check_pin(TECH_PIN).role == TECHNICIAN


def test_each_further_lockout_lasts_twice_as_long_up_to_the_cap(make, clock):
    access = make()
    durations = []
    for _ in range(3):
        for _ in range(3):
            result = access.check_pin("000000")
        durations.append(result.retry_after_s)
        clock.now += result.retry_after_s + 1
    assert durations == [60, 120, 200]


def test_a_success_resets_failures_and_lockout_doubling(make, clock):
    access = make()
    for _ in range(3):
        access.check_pin("000000")
    clock.now += 61
    access.check_pin(TECH_PIN)
    assert access.state().failures == 0 and access.state().lockouts == 0
    assert access.check_pin("000000").attempts_left == 2


def test_technician_card_grants_technician(make):
    access = make(technician_cards=(hash_card("110101198506150019"),))
    assert access.check_card("110101198506150019").role == TECHNICIAN


def test_other_card_counts_as_a_failure(make):
    access = make(technician_cards=(hash_card("110101198506150019"),))
    result = access.check_card("370102198503120118")
    assert (result.reason, result.attempts_left) == ("not_technician_card", 2)


def test_demo_pin_is_refused_outside_demo_mode(make):
    access = make(pin_hash=DEMO_PIN_HASH, staff_pin_hash="", demo=False)
    assert access.check_pin("246813").reason == "no_pin"


def test_demo_pin_works_in_demo_mode(make):
    access = make(pin_hash=DEMO_PIN_HASH, staff_pin_hash="", demo=True)
    assert access.check_pin("246813").role == TECHNICIAN
