"""LD2410 driver specifics beyond the generic contract (which is in test_device_contract.py)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
import serial
from device_contract import EventRecorder, poll_until, wait_for

from drivers.errors import CommandRejected, DeviceTimeout, DeviceUnavailable
from drivers.model import DeviceErrorEvent, DeviceState, ErrorAction
from drivers.presence import __main__ as technician
from drivers.presence.ld2410 import PERSON_ARRIVED, PERSON_LEFT, LD2410Sensor, PresenceTracker
from drivers.presence.protocol import Command
from drivers.presence.sim import LD2410Simulator

# A crash on a worker or simulator thread must fail the test, not just warn.
pytestmark = pytest.mark.filterwarnings("error::pytest.PytestUnhandledThreadExceptionWarning")


@pytest.fixture
def sim(tmp_path: Path) -> Iterator[LD2410Simulator]:
    simulator = LD2410Simulator(link=tmp_path / "radar", slow_delay_s=1.0, seed=7).start()
    yield simulator
    simulator.stop()


@pytest.fixture
def sensor(sim: LD2410Simulator) -> Iterator[LD2410Sensor]:
    device = LD2410Sensor(
        "presence", port=sim.port, ack_timeout_s=0.3, stale_after_s=0.5, leave_hold_s=0.3
    )
    yield device
    device.close()


def reports(sensor: LD2410Sensor) -> int:
    return int(sensor.info()["reports_received"])


# ----------------------------------------------------------------------- hysteresis (pure)


def test_tracker_arrives_at_once_and_leaves_after_hold() -> None:
    tracker = PresenceTracker(leave_hold_s=1.0)
    assert tracker.update(False, 0.0) is None
    assert tracker.update(True, 0.1) == PERSON_ARRIVED
    assert tracker.update(True, 0.2) is None
    assert tracker.update(False, 0.3) is None  # radar lost a still person for a moment
    assert tracker.update(False, 1.2) is None
    assert tracker.update(True, 1.25) is None  # back before the hold ran out: same visit
    assert tracker.update(False, 2.0) is None
    assert tracker.update(False, 3.0) == PERSON_LEFT
    assert tracker.update(False, 9.0) is None
    assert tracker.update(True, 9.1) == PERSON_ARRIVED


def test_tracker_zero_hold_leaves_on_first_empty_report() -> None:
    tracker = PresenceTracker(leave_hold_s=0.0)
    tracker.update(True, 0.0)
    assert tracker.update(False, 0.0) == PERSON_LEFT


# ----------------------------------------------------------------------- against the simulator


def test_open_reads_firmware_and_leaves_config_mode(
    sim: LD2410Simulator, sensor: LD2410Sensor
) -> None:
    sensor.open()
    assert sensor.info()["firmware"] == "V1.02.22062416"
    assert list(sim.commands)[:3] == [
        Command.ENABLE_CONFIG,
        Command.READ_FIRMWARE,
        Command.END_CONFIG,
    ]
    assert not sim.in_config_mode
    assert poll_until(sensor, lambda: reports(sensor) > 0)


def test_distance_is_rounded_and_sub_status_follows_target(
    sim: LD2410Simulator, sensor: LD2410Sensor
) -> None:
    sensor.open()
    sim.set_target("moving", 123)
    assert poll_until(sensor, lambda: sensor.status.sub["presence"] == "moving")
    assert sensor.status.sub["distance_cm"] == "120"
    assert sensor.status.sub["person"] == "present"
    sim.set_target("both", 47)
    assert poll_until(sensor, lambda: sensor.status.sub["presence"] == "both")
    assert sensor.status.sub["distance_cm"] == "50"


def test_commands(sim: LD2410Simulator, sensor: LD2410Sensor) -> None:
    sensor.open()
    assert sensor.read_firmware() == "V1.02.22062416"
    sensor.set_engineering_mode(True)
    assert sim.engineering_mode
    count = reports(sensor)
    assert poll_until(sensor, lambda: reports(sensor) > count + 3)
    assert sensor.status.state is DeviceState.ONLINE  # engineering frames parse too
    assert sensor.last_report is not None and sensor.last_report.engineering is not None
    sensor.set_engineering_mode(False)
    assert not sim.engineering_mode
    sensor.restart()
    assert not sim.engineering_mode  # a restart forgets engineering mode
    count = reports(sensor)
    assert poll_until(sensor, lambda: reports(sensor) > count + 3)
    assert sensor.status.state is DeviceState.ONLINE


def test_commands_need_an_open_device(sensor: LD2410Sensor) -> None:
    with pytest.raises(DeviceUnavailable, match="not open"):
        sensor.read_firmware()


def test_rejected_command_fails_open_and_leaves_config_mode(
    sim: LD2410Simulator, sensor: LD2410Sensor
) -> None:
    rec = EventRecorder(sensor)
    sensor.add_listener(rec)
    sim.reject_commands.add(Command.READ_FIRMWARE)
    with pytest.raises(CommandRejected) as info:
        sensor.open()
    assert info.value.status == 1
    assert sensor.status.state is DeviceState.HARDWARE_ERROR
    assert rec.errors[-1].action is ErrorAction.MAINTENANCE
    # Not left in configuration mode (where the radar would stay silent).
    assert wait_for(lambda: list(sim.commands)[-1:] == [Command.END_CONFIG])
    assert wait_for(lambda: not sim.in_config_mode)


def test_garbage_is_discarded_and_counted(sim: LD2410Simulator, sensor: LD2410Sensor) -> None:
    sensor.open()
    sim.inject("garbage")
    start = reports(sensor)
    assert poll_until(sensor, lambda: reports(sensor) >= start + 10)
    info = sensor.info()
    assert info["discarded_bytes"] > 0
    assert sensor.status.state is DeviceState.ONLINE


def test_malformed_frames_are_a_protocol_fault(sim: LD2410Simulator, sensor: LD2410Sensor) -> None:
    rec = EventRecorder(sensor)
    sensor.add_listener(rec)
    sensor.open()
    sim.inject("bad_checksum")
    assert poll_until(sensor, lambda: sensor.status.state is DeviceState.HARDWARE_ERROR)
    error: DeviceErrorEvent = rec.errors[-1]
    assert error.code == "bad_frames"
    assert "check byte" in error.message


def test_silence_is_a_timeout_fault(sim: LD2410Simulator, sensor: LD2410Sensor) -> None:
    rec = EventRecorder(sensor)
    sensor.add_listener(rec)
    sensor.open()
    sim.inject("silent")
    assert poll_until(sensor, lambda: sensor.status.state is DeviceState.HARDWARE_ERROR)
    assert rec.errors[-1].code == "no_reports"
    assert rec.errors[-1].action is ErrorAction.RESET


def test_replug_behind_stable_link(sim: LD2410Simulator, sensor: LD2410Sensor) -> None:
    sensor.open()
    first_tty = sim.tty_path
    sim.inject("unplug")
    assert poll_until(sensor, lambda: sensor.status.state is DeviceState.NO_DEVICE)
    assert not sensor.is_open
    assert not Path(sim.port).exists()
    sim.clear()
    assert Path(sim.port).resolve() == Path(sim.tty_path or "")
    assert poll_until(sensor, lambda: sensor.status.state is DeviceState.ONLINE)
    assert sensor.is_open
    assert sensor.info()["port"] == sim.port  # same configured port, whatever pty is behind
    assert first_tty is not None


def test_missing_port_is_unavailable_with_cause(tmp_path: Path) -> None:
    sensor = LD2410Sensor("presence", port=str(tmp_path / "nothing"))
    with pytest.raises(DeviceUnavailable) as info:
        sensor.open()
    assert isinstance(info.value.__cause__, serial.SerialException | OSError)
    assert sensor.status.state is DeviceState.NO_DEVICE


def test_pyserial_url_echo_is_a_timeout() -> None:
    # loop:// echoes our own command frames: frames arrive but never an ACK.
    sensor = LD2410Sensor("presence", port="loop://", ack_timeout_s=0.2)
    with pytest.raises(DeviceTimeout, match="did not acknowledge ENABLE_CONFIG"):
        sensor.open()
    assert sensor.status.state is DeviceState.HARDWARE_ERROR


def test_bad_distance_step_is_refused() -> None:
    with pytest.raises(ValueError):
        LD2410Sensor("presence", port="loop://", distance_step_cm=0)


# ----------------------------------------------------------------------- technician command


def test_technician_status_ok(sim: LD2410Simulator, capsys: pytest.CaptureFixture[str]) -> None:
    assert technician.main(["--port", sim.port, "--timeout", "0.5", "status"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["status"]["state"] == "online"
    assert out["info"]["firmware"] == "V1.02.22062416"
    assert out["info"]["reports_received"] >= 1


def test_technician_status_failure_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert technician.main(["--port", str(tmp_path / "ttyUSB7"), "status"]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ")


def test_technician_status_silent_radar(
    sim: LD2410Simulator, capsys: pytest.CaptureFixture[str]
) -> None:

    sim.inject("silent")
    assert technician.main(["--port", sim.port, "--timeout", "0.2", "status"]) == 1
    assert "no answer" in capsys.readouterr().err
