"""The Device template: status diffing, fault -> state/action mapping, listener fan-out."""

from __future__ import annotations

import json
import logging

import pytest
from fake_device import FakeDevice

from drivers.errors import (
    CommandRejected,
    DeviceBusy,
    DeviceError,
    DeviceTimeout,
    DeviceUnavailable,
    ProtocolError,
)
from drivers.model import (
    DeviceErrorEvent,
    DeviceEvent,
    DeviceState,
    DeviceStatus,
    ErrorAction,
    Event,
    StatusChanged,
)


class Recorder:
    def __init__(self) -> None:
        self.events: list[Event] = []

    def __call__(self, event: Event) -> None:
        self.events.append(event)

    def of(self, kind: type) -> list:
        return [e for e in self.events if isinstance(e, kind)]


@pytest.fixture
def device() -> FakeDevice:
    return FakeDevice()


@pytest.fixture
def rec(device: FakeDevice) -> Recorder:
    recorder = Recorder()
    device.add_listener(recorder)
    return recorder


# ------------------------------------------------------------------------ DeviceStatus


def test_status_changes_since() -> None:
    old = DeviceStatus(DeviceState.ONLINE, {"a": "1", "b": "2"}, "")
    assert old.changes_since(None) == {
        "state": "online",
        "sub": {"a": "1", "b": "2"},
        "detail": "",
    }
    assert old.changes_since(old) == {}
    new = DeviceStatus(DeviceState.ONLINE, {"a": "1", "b": "3", "c": "4"}, "")
    assert new.changes_since(old) == {"sub": {"b": "3", "c": "4"}}
    gone = DeviceStatus(DeviceState.HARDWARE_ERROR, {"a": "1"}, "broken")
    assert gone.changes_since(old) == {
        "state": "hardware_error",
        "detail": "broken",
        "sub": {"b": None},
    }


def test_status_is_immutable_and_serialisable() -> None:
    status = DeviceStatus("online", {"paper": "low"}, "ok")  # type: ignore[arg-type]
    assert status.state is DeviceState.ONLINE
    with pytest.raises(TypeError):
        status.sub["paper"] = "out"  # type: ignore[index]
    assert json.loads(json.dumps(status.to_dict())) == {
        "state": "online",
        "sub": {"paper": "low"},
        "detail": "ok",
    }
    assert status == DeviceStatus(DeviceState.ONLINE, {"paper": "low"}, "ok")


# ------------------------------------------------------------------------ open / poll / close


def test_open_reads_first_status_and_emits_full_change(device: FakeDevice, rec: Recorder) -> None:
    device.open()
    assert device.is_open
    assert device.status == DeviceStatus(DeviceState.ONLINE, {"level": "low"})
    (change,) = rec.of(StatusChanged)
    assert change.changes == {"state": "online", "sub": {"level": "low"}, "detail": ""}


def test_poll_emits_only_what_changed(device: FakeDevice, rec: Recorder) -> None:
    device.open()
    rec.events.clear()
    device.poll()
    assert rec.events == []
    device.level = "high"
    device.pending.append("ding")
    status = device.poll()
    assert status.sub["level"] == "high"
    assert rec.events == [
        StatusChanged("fake", {"sub": {"level": "high"}}),
        DeviceEvent("fake", "ding", {"n": 0}),
    ]


@pytest.mark.parametrize(
    ("error", "state", "action", "code", "stays_open"),
    [
        (DeviceUnavailable("gone"), DeviceState.NO_DEVICE, ErrorAction.SUSPEND, "no_device", False),
        (DeviceTimeout("late"), DeviceState.HARDWARE_ERROR, ErrorAction.RESET, "timeout", True),
        (
            ProtocolError("junk", b"\x01"),
            DeviceState.HARDWARE_ERROR,
            ErrorAction.RESET,
            "protocol_error",
            True,
        ),
        (
            CommandRejected("no"),
            DeviceState.HARDWARE_ERROR,
            ErrorAction.MAINTENANCE,
            "command_rejected",
            True,
        ),
        (DeviceBusy("printing"), DeviceState.BUSY, ErrorAction.SUSPEND, "busy", True),
        (
            DeviceError("odd"),
            DeviceState.HARDWARE_ERROR,
            ErrorAction.MAINTENANCE,
            "device_error",
            True,
        ),
        (
            DeviceError(
                "paper out",
                state=DeviceState.USER_ERROR,
                action=ErrorAction.CLEAR,
                code="paper_out",
            ),
            DeviceState.USER_ERROR,
            ErrorAction.CLEAR,
            "paper_out",
            True,
        ),
    ],
    ids=["unavailable", "timeout", "protocol", "rejected", "busy", "generic", "refined"],
)
def test_poll_turns_faults_into_state_and_action(
    device: FakeDevice,
    rec: Recorder,
    error: DeviceError,
    state: DeviceState,
    action: ErrorAction,
    code: str,
    stays_open: bool,
) -> None:
    device.open()
    device.read_error = error
    status = device.poll()  # never raises for a device fault
    assert status.state is state
    assert status.detail == str(error)
    assert status.sub == {"level": "low"}  # last known sub-status is kept
    assert device.is_open is stays_open
    assert device.closed == (0 if stays_open else 1)
    (err,) = rec.of(DeviceErrorEvent)
    assert (err.device_id, err.code, err.action) == ("fake", code, action)
    assert rec.of(StatusChanged)[-1].changes == {"state": str(state), "detail": str(error)}


def test_persisting_fault_is_reported_once_and_recovery_once(
    device: FakeDevice, rec: Recorder
) -> None:
    device.open()
    device.read_error = DeviceTimeout("no reports", code="no_reports")
    for _ in range(5):
        device.poll()
    assert len(rec.of(DeviceErrorEvent)) == 1
    device.read_error = ProtocolError("bad frames", code="bad_frames")
    device.poll()
    assert [e.code for e in rec.of(DeviceErrorEvent)] == ["no_reports", "bad_frames"]
    device.read_error = None
    rec.events.clear()
    device.poll()
    device.poll()
    assert rec.events == [StatusChanged("fake", {"state": "online", "detail": ""})]


def test_programming_errors_propagate_from_poll(device: FakeDevice) -> None:
    device.open()
    device.read_error = KeyError("bug")
    with pytest.raises(KeyError):
        device.poll()


def test_failed_open_reports_state_releases_and_reraises(device: FakeDevice, rec: Recorder) -> None:
    device.open_error = DeviceUnavailable("cannot open /dev/ttyUSB9")
    with pytest.raises(DeviceUnavailable):
        device.open()
    assert not device.is_open
    assert device.closed == 1  # half-opened resources released
    assert device.status.state is DeviceState.NO_DEVICE
    assert rec.of(DeviceErrorEvent)[0].action is ErrorAction.SUSPEND
    # Retrying with the same fault does not repeat the event.
    with pytest.raises(DeviceUnavailable):
        device.open()
    assert len(rec.of(DeviceErrorEvent)) == 1
    device.open_error = None
    device.open()
    assert device.status.state is DeviceState.ONLINE


def test_programming_error_in_open_propagates_after_release(device: FakeDevice) -> None:
    device.open_error = AttributeError("bug")
    with pytest.raises(AttributeError):
        device.open()
    assert device.closed == 1
    assert not device.is_open


def test_close_is_idempotent_and_quiet(device: FakeDevice, rec: Recorder) -> None:
    device.close()  # never opened
    device.open()
    device.close_error = DeviceUnavailable("already gone")
    device.close()
    device.close()
    assert device.closed == 1
    assert not device.is_open
    assert device.status.state is DeviceState.OFFLINE
    assert device.status.detail == "closed"
    assert device.poll().state is DeviceState.OFFLINE  # poll of a closed device: no I/O
    assert device.reads == 1
    assert not rec.of(DeviceErrorEvent)


def test_open_twice_is_a_no_op(device: FakeDevice) -> None:
    device.open()
    device.open()
    assert device.opened == 1


def test_broken_listener_does_not_starve_others(
    device: FakeDevice, rec: Recorder, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(event: Event) -> None:
        raise RuntimeError("listener bug")

    device.remove_listener(rec)
    device.add_listener(broken)
    device.add_listener(rec)
    with caplog.at_level(logging.ERROR):
        device.open()
    assert rec.of(StatusChanged)
    assert "listener" in caplog.text


def test_capabilities_and_info(device: FakeDevice) -> None:
    caps = device.capabilities()
    assert caps == {
        "kind": "fake",
        "driver": "fake",
        "sub_status": ["level"],
        "events": ["ding"],
        "commands": ["ring"],
    }
    assert device.info() == {
        "device_id": "fake",
        "kind": "fake",
        "driver": "fake",
        "firmware": "fake-1.0",
        "port": "memory",
    }
