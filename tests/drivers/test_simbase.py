"""drivers.simbase: the worker thread and pty plumbing every serial simulator shares.

Tested through a tiny model (an upper-casing echo with a periodic tick) on a real pty, so what
the radar, SAM and cabinet simulators rely on is pinned down once, apart from their models.
"""

from __future__ import annotations

import contextlib
import os
import select
import signal
import threading
import time
from collections.abc import Iterator
from enum import StrEnum
from pathlib import Path

import pytest
from device_contract import wait_for

from drivers.cabinet.sim import CabinetSimulator
from drivers.idcard.sim import Ga467Simulator
from drivers.presence.sim import LD2410Simulator
from drivers.printer.emulator import EscPosEmulator
from drivers.simbase import (
    PtySimulator,
    RequestSimulator,
    SimulatorThread,
    point_link,
    stop_on_signals,
)

# A crash on a worker or simulator thread must fail the test, not just warn.
pytestmark = pytest.mark.filterwarnings("error::pytest.PytestUnhandledThreadExceptionWarning")


class Fault(StrEnum):
    SILENT = "silent"
    SLOW = "slow"
    UNPLUG = "unplug"


class EchoSimulator(RequestSimulator):
    """Answers every chunk it receives with the chunk upper-cased; a chunk starting with ``?``
    is a command that takes ``think_s`` on the device."""

    fault_type = Fault

    def __init__(
        self, *, link: Path | None = None, tick_s: float | None = None, think_s: float = 0.2
    ) -> None:
        super().__init__(link=link, thread_name="echo-sim", slow_delay_s=60.0)
        self.tick_s = tick_s
        self.think_s = think_s
        self.ticks = 0
        self.ptys = 0
        self.received: list[bytes] = []
        self._next_tick = 0.0

    def _new_pty(self) -> None:
        super()._new_pty()
        self.ptys += 1

    def _received(self, data: bytes) -> None:
        self.received.append(data)
        self._answer(data, self.think_s if data.startswith(b"?") else 0.0)

    def _execute(self, request: bytes) -> None:
        self._write(request.upper())

    @property
    def held(self) -> int:
        return len(self._delayed)

    def _next_due(self) -> float | None:
        due = super()._next_due()
        if not self.tick_s:
            return due
        return self._next_tick if due is None else min(due, self._next_tick)

    def _tick(self, now: float) -> None:
        super()._tick(now)
        if self.tick_s and now >= self._next_tick:
            self.ticks += 1
            self._next_tick = now + self.tick_s


@pytest.fixture
def sim(tmp_path: Path) -> Iterator[EchoSimulator]:
    with EchoSimulator(link=tmp_path / "by-id" / "usb-echo") as simulator:
        yield simulator


def read_some(fd: int, want: int, timeout: float = 5.0) -> bytes:
    data = b""
    deadline = time.monotonic() + timeout
    while len(data) < want and time.monotonic() < deadline:
        if select.select([fd], [], [], 0.05)[0]:
            data += os.read(fd, 4096)
    return data


@contextlib.contextmanager
def driver_side(sim: PtySimulator) -> Iterator[int]:
    """The port opened as a driver would (non-blocking here, read with :func:`read_some`)."""
    fd = os.open(sim.port, os.O_RDWR | os.O_NOCTTY | os.O_NONBLOCK)
    try:
        yield fd
    finally:
        os.close(fd)


def test_bytes_cross_a_raw_pty_unchanged(sim: EchoSimulator) -> None:
    with driver_side(sim) as fd:
        # Cooked mode would echo these back, turn CR into LF and eat ^C: raw mode does not.
        os.write(fd, b"a\rb\x03c\n")
        assert read_some(fd, 6) == b"A\rB\x03C\n"


def test_without_link_the_port_is_the_pty_path() -> None:
    sim = EchoSimulator()
    with pytest.raises(RuntimeError, match="simulator not started"):
        _ = sim.port
    with sim:
        assert sim.port == sim.tty_path
        assert sim.port.startswith("/dev/")
    assert sim.tty_path is None


def test_the_link_points_at_the_pty_and_goes_away_on_stop(tmp_path: Path) -> None:
    link = tmp_path / "by-id" / "usb-echo"
    with EchoSimulator(link=link) as sim:
        assert sim.port == str(link)
        assert os.readlink(link) == sim.tty_path
    assert not link.is_symlink()


def test_unplug_removes_the_port_and_replug_brings_a_new_pty_behind_the_link(
    sim: EchoSimulator,
) -> None:
    assert sim.link is not None
    first = sim.tty_path
    sim.inject("unplug")
    assert not sim.link.is_symlink() and sim.tty_path is None
    # Hold the old pty number so the new one cannot reuse it.
    holder = os.openpty()
    try:
        sim.clear("unplug")
        assert sim.tty_path is not None and sim.tty_path != first
        assert os.readlink(sim.link) == sim.tty_path
    finally:
        for fd in holder:
            os.close(fd)
    assert sim.ptys == 2
    assert sim.faults == frozenset()


def test_replug_while_plugged_plugs_a_fresh_pty(sim: EchoSimulator) -> None:
    sim.replug()
    assert sim.ptys == 2
    assert sim.link is not None and os.readlink(sim.link) == sim.tty_path
    with driver_side(sim) as fd:
        os.write(fd, b"again")
        assert read_some(fd, 5) == b"AGAIN"


def test_clearing_slow_answers_what_was_held_in_order(sim: EchoSimulator) -> None:
    with driver_side(sim) as fd:
        sim.inject(Fault.SLOW)
        os.write(fd, b"one")
        assert wait_for(lambda: sim.held == 1)
        os.write(fd, b"two")
        assert wait_for(lambda: sim.held == 2)
        assert read_some(fd, 1, timeout=0.1) == b""
        sim.clear(Fault.SLOW)
        assert read_some(fd, 6) == b"ONETWO"


def test_silent_answers_nothing_and_loses_what_was_held(sim: EchoSimulator) -> None:
    with driver_side(sim) as fd:
        sim.inject(Fault.SLOW)
        os.write(fd, b"held")
        assert wait_for(lambda: sim.held == 1)
        sim.inject(Fault.SILENT)
        os.write(fd, b"ignored")
        assert wait_for(lambda: sim.received[-1:] == [b"ignored"])
        sim.clear(Fault.SLOW)
        assert sim.held == 0
        sim.clear()
        os.write(fd, b"back")
        assert read_some(fd, 4) == b"BACK"


def test_a_slow_command_is_answered_when_its_time_is_up(sim: EchoSimulator) -> None:
    with driver_side(sim) as fd:
        os.write(fd, b"?read")
        assert wait_for(lambda: sim.held == 1)
        assert read_some(fd, 5) == b"?READ"
        assert sim.held == 0


def test_unknown_faults_are_refused() -> None:
    sim = EchoSimulator()
    with pytest.raises(ValueError):
        sim.inject("melted")
    with pytest.raises(ValueError):
        sim.clear("melted")


def test_faults_are_tracked_without_a_thread() -> None:
    sim = EchoSimulator()
    sim.inject("slow")
    assert sim.faults == {Fault.SLOW}
    sim.clear()
    assert sim.faults == frozenset()


def test_frames_nobody_reads_are_dropped_and_counted(sim: EchoSimulator) -> None:
    results: list[bool] = []
    for _ in range(200):  # far more than the pty's input queue holds
        sim._in_thread(lambda: results.append(sim._write(b"x" * 1024)))
    assert results[0] is True
    assert results.count(False) == sim.frames_dropped > 0


def test_calls_run_on_the_worker_thread(sim: EchoSimulator) -> None:
    names: list[str] = []
    sim._in_thread(lambda: names.append(threading.current_thread().name))
    assert names == ["echo-sim"]


def test_calls_run_inline_while_stopped() -> None:
    sim = EchoSimulator()
    names: list[str] = []
    sim._in_thread(lambda: names.append(threading.current_thread().name))
    assert names == [threading.current_thread().name]


def test_the_tick_runs_without_any_input(tmp_path: Path) -> None:
    with EchoSimulator(tick_s=0.01) as sim:
        assert wait_for(lambda: sim.ticks >= 5)


def test_start_twice_is_one_start_and_stop_twice_is_harmless() -> None:
    sim = EchoSimulator()
    assert sim.start() is sim
    path = sim.tty_path
    assert sim.start() is sim and sim.tty_path == path
    sim.stop()
    sim.stop()
    assert sim.tty_path is None


def test_point_link_replaces_an_existing_link(tmp_path: Path) -> None:
    link = tmp_path / "dev" / "printer"
    point_link(link, "/dev/null")
    point_link(link, "/dev/zero")
    assert os.readlink(link) == "/dev/zero"
    assert sorted(p.name for p in link.parent.iterdir()) == ["printer"]  # no temporary left


def test_stop_on_signals_sets_the_event_on_sigterm() -> None:
    before = signal.getsignal(signal.SIGINT), signal.getsignal(signal.SIGTERM)
    try:
        stop = stop_on_signals()
        assert not stop.is_set()
        os.kill(os.getpid(), signal.SIGTERM)
        assert stop.wait(5)
    finally:
        signal.signal(signal.SIGINT, before[0])
        signal.signal(signal.SIGTERM, before[1])


@pytest.mark.parametrize(
    "cls",
    [LD2410Simulator, Ga467Simulator, CabinetSimulator, EscPosEmulator],
    ids=lambda c: c.__name__,
)
def test_every_simulator_runs_on_the_shared_worker(cls: type[SimulatorThread]) -> None:
    assert issubclass(cls, SimulatorThread)
    assert issubclass(cls, PtySimulator) is (cls is not EscPosEmulator)
