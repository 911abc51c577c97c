"""The cabinet simulator itself: pty plumbing, the door model, the command log, its CLI."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from cabinet_helpers import FAST, make_driver, wait_for

from drivers.cabinet.driver import KerongCabinet
from drivers.cabinet.frames import generic8a_open, kerong_unlock
from drivers.cabinet.sim import CabinetSimulator, Fault

pytestmark = pytest.mark.filterwarnings("error::pytest.PytestUnhandledThreadExceptionWarning")

REPO = Path(__file__).resolve().parents[2]


def test_without_link_the_port_is_the_pty() -> None:
    with CabinetSimulator("kerong") as sim:
        assert sim.port == sim.tty_path
        assert sim.port.startswith("/dev/")
    assert sim.tty_path is None


def test_replug_makes_a_new_pty_behind_the_same_link(tmp_path: Path) -> None:
    link = tmp_path / "by-id" / "usb-rs485"
    with CabinetSimulator("generic8a", link=link) as sim:
        first = sim.tty_path
        assert os.readlink(link) == first
        sim.inject(Fault.UNPLUG)
        assert not link.is_symlink() and sim.tty_path is None
        sim.clear(Fault.UNPLUG)
        assert link.is_symlink() and sim.tty_path is not None


def test_doors_close_by_themselves_after_auto_close(tmp_path: Path) -> None:
    with CabinetSimulator("kerong", link=tmp_path / "c", auto_close_s=0.1) as sim:
        cabinet = make_driver(sim)
        cabinet.open()
        cabinet.open_lock(0, 1)
        assert wait_for(lambda: not sim.door_open(0, 1))
        cabinet.close()


def test_door_left_open_fault_keeps_doors_open(tmp_path: Path) -> None:
    with CabinetSimulator("kerong", link=tmp_path / "c", auto_close_s=0.05) as sim:
        sim.inject(Fault.DOOR_LEFT_OPEN)
        cabinet = make_driver(sim)
        cabinet.open()
        cabinet.open_lock(0, 2)
        time.sleep(0.2)
        cabinet.close()
        assert sim.door_open(0, 2)


def test_key_opens_even_a_jammed_door(sim: CabinetSimulator) -> None:
    b = sim.boards[0]
    sim.jam(b, 1)
    sim.open_with_key(b, 1)
    assert sim.door_open(b, 1)
    assert sim.openings(b, 1) == ["key"]


def test_frames_for_other_addresses_are_logged_but_not_answered(sim: CabinetSimulator) -> None:
    frame = kerong_unlock(9, 0) if sim.family == "kerong" else generic8a_open(9, 1)
    fd = os.open(sim.port, os.O_RDWR | os.O_NOCTTY)
    try:
        os.write(fd, frame)
        assert wait_for(lambda: len(sim.commands) == 1)
    finally:
        os.close(fd)
    assert sim.commands[0].board == 9
    assert not sim.commands[0].executed and not sim.commands[0].answered
    assert sim.openings() == []


def test_fault_on_one_board_only(tmp_path: Path) -> None:
    with CabinetSimulator("generic8a", boards=(1, 2), link=tmp_path / "c") as sim:
        sim.inject(Fault.DOOR_JAMMED, board=2)
        cabinet = make_driver(sim)
        cabinet.open()
        first, second = cabinet.open_lock(1, 1), cabinet.open_lock(2, 1)
        cabinet.close()
    assert (first.outcome, second.outcome) == ("opened", "jammed")


def test_cli_prints_the_port_and_serves_until_sigterm(tmp_path: Path) -> None:
    link = tmp_path / "cabinet"
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "drivers.cabinet.sim",
            "--family",
            "kerong",
            "--boards",
            "2",
            "--link",
            str(link),
            "--items",
            "1-4",
        ],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        port = proc.stdout.readline().strip()
        assert port == str(link)
        cabinet = KerongCabinet("cabinet", port=port, boards=(0, 1), **FAST)
        cabinet.open()
        assert cabinet.read_board(1).item_present(4)
        cabinet.close()
    finally:
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=10) == 0


def test_demo_launcher_classes_take_only_a_link(tmp_path: Path) -> None:
    from drivers.cabinet.sim import Generic8ASimulator, KerongSimulator

    with (
        KerongSimulator(link=tmp_path / "k") as kerong,
        Generic8ASimulator(link=tmp_path / "g") as g8a,
    ):
        assert (kerong.family, kerong.boards, kerong.locks_per_board) == ("kerong", (0,), 16)
        assert (g8a.family, g8a.boards, g8a.locks_per_board) == ("generic8a", (1,), 24)
