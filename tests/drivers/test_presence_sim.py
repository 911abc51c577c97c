"""The LD2410 simulator itself: pty plumbing, replug, scripted demo mode, CLI."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from device_contract import EventRecorder, poll_until

from drivers.model import DeviceState
from drivers.presence.ld2410 import LD2410Sensor
from drivers.presence.sim import Fault, LD2410Simulator

# A crash on a worker or simulator thread must fail the test, not just warn.
pytestmark = pytest.mark.filterwarnings("error::pytest.PytestUnhandledThreadExceptionWarning")


REPO = Path(__file__).resolve().parents[2]


def test_without_link_the_port_is_the_pty() -> None:
    with LD2410Simulator() as sim:
        assert sim.port == sim.tty_path
        assert sim.port.startswith("/dev/")
    assert sim.tty_path is None


def test_replug_makes_a_new_pty_behind_the_same_link(tmp_path: Path) -> None:
    link = tmp_path / "by-id" / "usb-radar"
    with LD2410Simulator(link=link) as sim:
        assert sim.port == str(link)
        first = sim.tty_path
        assert os.readlink(link) == first
        sim.inject(Fault.UNPLUG)
        assert not link.exists() and not link.is_symlink()
        assert sim.tty_path is None
        # Hold the old pty number so the new one cannot reuse it.
        holder = os.openpty()
        try:
            sim.clear(Fault.UNPLUG)
            assert sim.tty_path is not None and sim.tty_path != first
            assert os.readlink(link) == sim.tty_path
        finally:
            for fd in holder:
                os.close(fd)
    assert not link.is_symlink()


def test_faults_are_tracked() -> None:
    sim = LD2410Simulator()
    sim.inject("garbage")
    sim.inject("slow")
    assert sim.faults == {Fault.GARBAGE, Fault.SLOW}
    sim.clear("garbage")
    assert sim.faults == {Fault.SLOW}
    sim.clear()
    assert sim.faults == frozenset()


def test_cycle_mode_brings_people_and_takes_them_away(tmp_path: Path) -> None:
    with LD2410Simulator(cycle_s=0.4) as sim:
        sensor = LD2410Sensor("presence", port=sim.port, ack_timeout_s=0.5, leave_hold_s=0.1)
        rec = EventRecorder(sensor)
        sensor.add_listener(rec)
        sensor.open()
        assert poll_until(sensor, lambda: rec.saw("person_left"))
        assert rec.saw("person_arrived")
        assert sensor.status.state is DeviceState.ONLINE
        sensor.close()


def test_command_line_serves_until_interrupted(tmp_path: Path) -> None:
    link = tmp_path / "presence"
    proc = subprocess.Popen(
        [sys.executable, "-m", "drivers.presence.sim", "--cycle", "2", "--link", str(link)],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == str(link)
        assert link.is_symlink()
        sensor = LD2410Sensor("presence", port=str(link))
        sensor.open()
        assert sensor.info()["firmware"] == "V1.02.22062416"
        sensor.close()
        proc.send_signal(signal.SIGINT)
        assert proc.wait(timeout=10) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert not link.is_symlink()
