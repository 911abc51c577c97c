"""The SAM simulator as a device model: raw frames in, raw frames out, over its real pty."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import serial

from drivers.idcard import ga467_frames as f
from drivers.idcard import samples
from drivers.idcard.records import build_text_block
from drivers.idcard.sim import Ga467Simulator

pytestmark = pytest.mark.filterwarnings("error::pytest.PytestUnhandledThreadExceptionWarning")


@pytest.fixture
def port(sim: Ga467Simulator) -> Iterator[serial.SerialBase]:
    handle = serial.serial_for_url(sim.port, baudrate=115200, timeout=0.05)
    yield handle
    handle.close()


def ask(port: serial.SerialBase, request: bytes, timeout: float = 2.0) -> f.Response:
    port.write(request)
    decoder = f.FrameDecoder()
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for item in decoder.feed(port.read(4096)):
            if isinstance(item, f.Frame):
                return f.parse_response_payload(item.payload)
    raise AssertionError("no reply from the simulator")


def test_find_without_a_card(port: serial.SerialBase) -> None:
    assert ask(port, f.find_card()).sw3 == f.Sw3.NO_CARD


def test_find_with_a_card(port: serial.SerialBase, sim: Ga467Simulator) -> None:
    sim.place_card()
    reply = ask(port, f.find_card())
    assert (reply.sw3, len(reply.data)) == (f.Sw3.FIND_OK, 4)


def test_select_before_find_fails(port: serial.SerialBase, sim: Ga467Simulator) -> None:
    sim.place_card()
    assert ask(port, f.select_card()).sw3 == f.Sw3.SELECT_FAILED


def test_read_before_select_fails(port: serial.SerialBase, sim: Ga467Simulator) -> None:
    sim.place_card()
    ask(port, f.find_card())
    assert ask(port, f.read_text_photo()).sw3 == f.Sw3.READ_FAILED


def test_full_read_reply_arrives_whole(port: serial.SerialBase, sim: Ga467Simulator) -> None:
    sim.place_card("hmt")
    ask(port, f.find_card())
    assert len(ask(port, f.select_card()).data) == 8
    reply = ask(port, f.read_text_photo())
    content = f.parse_card_content(reply.data, fingerprint=False)
    assert content.text == build_text_block(samples.hmt_residence())
    assert len(content.photo) == 1024


def test_a_corrupt_request_gets_sw3_10(port: serial.SerialBase) -> None:
    bad = bytearray(f.find_card())
    bad[-1] ^= 0xFF
    assert ask(port, bytes(bad)).sw3 == f.Sw3.CHECKSUM_ERROR


def test_an_unknown_command_gets_sw3_21(port: serial.SerialBase) -> None:
    assert ask(port, f.request(0x77, 0x01)).sw3 == f.Sw3.BAD_COMMAND


def test_sam_id(port: serial.SerialBase) -> None:
    assert f.format_sam_id(ask(port, f.sam_id()).data).startswith("05.01-20231231")


def test_unplug_removes_the_link_and_replug_restores_it(sim: Ga467Simulator) -> None:
    link = Path(sim.port)
    assert link.is_symlink()
    sim.inject("unplug")
    assert not link.exists()
    sim.clear()
    assert link.is_symlink() and os.path.exists(os.readlink(link))


def test_demo_cycle_places_and_removes_the_card(tmp_path: Path) -> None:
    with Ga467Simulator(link=tmp_path / "cycle", cycle_s=0.2) as sim:
        seen = set()
        deadline = time.monotonic() + 3
        while time.monotonic() < deadline and len(seen) < 2:
            seen.add(sim.card_present)
            time.sleep(0.02)
    assert seen == {True, False}


def test_runnable_simulator_prints_its_port(tmp_path: Path) -> None:
    link = tmp_path / "reader"
    proc = subprocess.Popen(
        [sys.executable, "-m", "drivers.idcard.sim", "--card", "resident", "--link", str(link)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == str(link)
        with serial.serial_for_url(str(link), timeout=0.05) as port:
            assert ask(port, f.find_card()).sw3 == f.Sw3.FIND_OK
    finally:
        proc.terminate()
        proc.wait(10)
    assert proc.returncode == 0
