"""Pickups the platform lists as deposited in this cabinet are adopted into the inventory.

Real store, real driver, the simulator on a pty (Kerong: with item sensors).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from cabinet_helpers import WAIT_S, Harness, wait_for

from drivers.cabinet.sim import CabinetSimulator
from kiosk.services.cabinet import COLLECTED, FLAG_UNEXPECTED_ITEM, code_sha256

pytestmark = [
    pytest.mark.filterwarnings("error::pytest.PytestUnhandledThreadExceptionWarning"),
    pytest.mark.parametrize("family", ["kerong"]),
]


@pytest.fixture
def h(sim: CabinetSimulator, tmp_path: Path) -> Iterator[Harness]:
    harness = Harness(sim, tmp_path / "data")
    yield harness
    harness.close()


def listed(pickup_id: str = "QJ1", compartment: str = "0-3", **extra: str) -> dict:
    return {
        "pickup_id": pickup_id,
        "application_id": "SQ20261122000001",
        "item_name": "社会保障卡补领",
        "compartment": compartment,
        "status": "deposited",
        "holder_hint": "3701**********042X",
        "code_sha256": code_sha256("246810"),
        **extra,
    }


def test_a_deposited_pickup_with_its_item_inside_is_adopted(h: Harness) -> None:
    h.sim.place_item(0, 3)
    h.start()
    assert wait_for(lambda: h.service.compartment("0-3").flag == FLAG_UNEXPECTED_ITEM)
    assert h.service.adopt_platform_pickups([listed()]).result(WAIT_S) == ["0-3"]
    view = h.service.compartment("0-3")
    assert (view.state, view.pickup_id, view.flag) == ("occupied", "QJ1", None)
    assert h.service.find_by_code("246810").compartment == "0-3"
    assert not h.sim.opens()  # adopting opens nothing


def test_an_adopted_pickup_is_collected_and_reported(h: Harness) -> None:
    h.sim.place_item(0, 3)
    h.start()
    h.service.adopt_platform_pickups([listed()]).result(WAIT_S)
    h.service.pickup_by_code("246810", attempt_id="visit").result(WAIT_S)
    h.sim.remove_item(0, 3)
    h.sim.close_door(0, 3)
    h.wait_event(COLLECTED, "0-3")
    assert h.reports() == [("collected", "QJ1", "0-3")]


def test_an_empty_compartment_is_not_adopted(h: Harness) -> None:
    h.start()
    assert h.service.adopt_platform_pickups([listed()]).result(WAIT_S) == []
    assert h.service.compartment("0-3").state == "free"


def test_assigned_pickups_and_unknown_compartments_are_ignored(h: Harness) -> None:
    h.sim.place_item(0, 3)
    h.start()
    pickups = [listed(status="assigned"), listed("QJ2", compartment="9-9")]
    assert h.service.adopt_platform_pickups(pickups).result(WAIT_S) == []


def test_adopting_twice_changes_nothing(h: Harness) -> None:
    h.sim.place_item(0, 3)
    h.start()
    h.service.adopt_platform_pickups([listed()]).result(WAIT_S)
    assert h.service.adopt_platform_pickups([listed()]).result(WAIT_S) == []


def test_a_pickup_already_collected_here_is_never_adopted_again(h: Harness) -> None:
    h.sim.place_item(0, 3)
    h.start()
    h.service.adopt_platform_pickups([listed()]).result(WAIT_S)
    h.service.pickup("QJ1").result(WAIT_S)
    h.sim.remove_item(0, 3)
    h.sim.close_door(0, 3)
    h.wait_event(COLLECTED, "0-3")
    h.sim.place_item(0, 3)  # somebody puts something in; the platform has not heard yet
    assert h.service.adopt_platform_pickups([listed()]).result(WAIT_S) == []


def test_an_occupied_compartment_is_not_taken_over(h: Harness) -> None:
    h.start()
    cid = h.deposit("PU-LOCAL")
    assert h.service.adopt_platform_pickups([listed(compartment=cid)]).result(WAIT_S) == []
    assert h.service.compartment(cid).pickup_id == "PU-LOCAL"
