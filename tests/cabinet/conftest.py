"""Fixtures of the cabinet tests: a real simulator on a pty behind a stable link, per test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from drivers.cabinet.sim import CabinetSimulator


@pytest.fixture(params=["kerong", "generic8a"])
def family(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def sim(family: str, tmp_path: Path) -> Iterator[CabinetSimulator]:
    simulator = CabinetSimulator(family, link=tmp_path / "by-id" / "cabinet", seed=485)
    simulator.start()
    yield simulator
    simulator.stop()
