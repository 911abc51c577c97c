"""Fixtures for the ID-card reader tests: the GA 467 simulator on a pty and the real pcscd
with the vpcd reader (skipped, saying how to fix it, where pcscd cannot run)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from drivers.idcard.ga467 import Ga467Reader
from drivers.idcard.sim import Ga467Simulator


@pytest.fixture
def sim(tmp_path: Path) -> Iterator[Ga467Simulator]:
    simulator = Ga467Simulator(link=tmp_path / "ga467", slow_delay_s=0.6, seed=11).start()
    yield simulator
    simulator.stop()


@pytest.fixture
def make_reader(sim: Ga467Simulator) -> Iterator[Any]:
    """Build GA 467 drivers on the simulator with test timeouts; all closed at the end."""
    made: list[Ga467Reader] = []

    def make(**options: Any) -> Ga467Reader:
        params: dict[str, Any] = {
            "port": sim.port,
            "command_timeout_s": 0.3,
            "read_timeout_s": 1.0,
            "late_reply_window_s": 0.6,
        }
        params.update(options)
        reader = Ga467Reader("idcard", **params)
        made.append(reader)
        return reader

    yield make
    for reader in made:
        reader.close()


@pytest.fixture
def reader(make_reader: Any) -> Ga467Reader:
    device = make_reader()
    device.open()
    return device


@pytest.fixture
def pcscd() -> Any:
    """The process-wide private pcscd with vpcd (see drivers.idcard.pcscd_env)."""
    pytest.importorskip(
        "smartcard", reason="pyscard is not installed: run scripts/pcsc_test_env.sh, then pip"
    )
    from drivers.idcard.pcscd_env import PcscdUnavailable, shared_pcscd

    try:
        daemon = shared_pcscd()
    except PcscdUnavailable as exc:
        pytest.skip(f"cannot start pcscd with vpcd: {exc}")
    yield daemon
    if not daemon.running:  # a test stopped it: the next one needs it
        daemon.start()


@pytest.fixture
def card(pcscd: Any) -> Iterator[Any]:
    """A vpcd card emulator for slot 0 (not inserted); removed and settled afterwards."""
    from drivers.idcard.vpcd_card import VpcdCard

    emulator = VpcdCard(pcscd.slot_port(0), record="social_security")
    yield emulator
    emulator.remove()
    if pcscd.running:
        pcscd.wait_card(0, present=False)
