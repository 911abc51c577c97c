"""The contract every device driver keeps, run against every implementation.

Parametrised in conftest.py over ``DUT_CLASSES`` (simulators always, real hardware with
``--hardware``). Nothing here knows which device class it is testing: class specifics come
from the DeviceUnderTest (see device_contract.py).
"""

from __future__ import annotations

import json

import pytest
from device_contract import (
    DeviceUnderTest,
    EventRecorder,
    poll_until,
    poll_while,
    replay,
)

from drivers.model import DeviceEvent, DeviceState, StatusChanged

# A crash on a worker or simulator thread must fail the test, not just warn.
pytestmark = pytest.mark.filterwarnings("error::pytest.PytestUnhandledThreadExceptionWarning")


#: reports/replies to let through before judging a tolerated fault or a quiet stimulus
SETTLE_ACTIVITY = 10


def test_open_close_twice(dut: DeviceUnderTest) -> None:
    device = dut.make_device()
    for _ in range(2):
        device.open()
        assert device.is_open
        assert device.status.state is DeviceState.ONLINE
        device.close()
        assert not device.is_open
        assert device.status.state is DeviceState.OFFLINE


def test_status_model_after_open(dut: DeviceUnderTest) -> None:
    device = dut.make_device("front_radar")
    device.open()
    status = device.status
    assert status.state is DeviceState.ONLINE
    caps = device.capabilities()
    assert (caps["kind"], caps["driver"]) == (device.kind, device.driver_name)
    assert set(caps["sub_status"]) <= set(status.sub)
    assert all(isinstance(v, str) for v in status.sub.values())
    assert json.loads(json.dumps(status.to_dict()))["state"] == "online"
    info = device.info()
    assert info["device_id"] == "front_radar"
    assert info["driver"] == device.driver_name
    assert info["firmware"] and info["port"]
    assert all(name in dir(device) for name in caps["commands"])


def test_status_changed_carries_only_changes(dut: DeviceUnderTest) -> None:
    device = dut.make_device()
    rec = EventRecorder(device)
    device.add_listener(rec)
    known = device.status.to_dict()
    device.open()
    for stimulus in dut.stimuli():
        stimulus.apply()
        start = dut.activity(device)
        poll_until(device, lambda s=start: dut.activity(device) >= s + 3)
    device.close()

    changes = rec.status_changes
    assert len(changes) >= 2  # at least open and close
    for event, snapshot in changes:
        assert event.device_id == device.device_id
        assert event.changes, "a StatusChanged without changes"
        for key, value in event.changes.items():
            if key == "sub":
                for sub_key, sub_value in value.items():
                    assert known["sub"].get(sub_key) != sub_value, f"unchanged sub {sub_key}"
            else:
                assert known[key] != value, f"unchanged {key} reported"
        known = replay(known, event.changes)
        assert known == snapshot  # nothing that changed was left out


def test_class_events(dut: DeviceUnderTest) -> None:
    stimuli = dut.stimuli()
    if not stimuli:
        pytest.skip(f"{dut.name} cannot be stimulated unattended")
    device = dut.make_device()
    rec = EventRecorder(device)
    device.add_listener(rec)
    device.open()
    declared = set(device.capabilities()["events"])
    for stimulus in stimuli:
        before = len(rec.of(DeviceEvent))
        stimulus.apply()
        if stimulus.expect_event is None:
            start = dut.activity(device)
            poll_until(device, lambda s=start: dut.activity(device) >= s + SETTLE_ACTIVITY)
            assert len(rec.of(DeviceEvent)) == before, f"unexpected event: {stimulus.description}"
            continue
        assert poll_until(device, lambda n=before: len(rec.of(DeviceEvent)) > n), (
            f"no event after: {stimulus.description}"
        )
        new = rec.of(DeviceEvent)[before:]
        assert [e.name for e in new] == [stimulus.expect_event]
        assert new[0].device_id == device.device_id
        assert new[0].name in declared
    device.close()


def test_close_is_idempotent(dut: DeviceUnderTest) -> None:
    device = dut.make_device()
    device.close()  # never opened
    assert device.poll().state is DeviceState.OFFLINE  # polling a closed device is harmless
    device.open()
    device.close()
    device.close()
    assert not device.is_open
    assert device.status.state is DeviceState.OFFLINE


def test_fault(dut: DeviceUnderTest, fault: str) -> None:
    case = dut.faults[fault]
    device = dut.make_device()
    rec = EventRecorder(device)
    device.add_listener(rec)

    if case.phase == "open":
        dut.inject(case.inject)
        assert case.raises is not None
        with pytest.raises(case.raises):
            device.open()
        assert not device.is_open
        assert device.status.state is case.state
        assert rec.errors[-1].action is case.action
    else:
        device.open()
        start = dut.activity(device)
        dut.inject(case.inject)
        if case.tolerated:
            poll_until(device, lambda: dut.activity(device) >= start + SETTLE_ACTIVITY)
            assert dut.activity(device) >= start + SETTLE_ACTIVITY, "traffic stopped"
            states = {s["state"] for _, s in rec.events}
            assert states == {"online"}, f"left online under a tolerated fault: {states}"
            assert not rec.errors
        else:
            poll_while(device, lambda: device.status.state is DeviceState.ONLINE)
            assert device.status.state is case.state
            assert device.is_open is not case.closes
            error = rec.errors[-1]
            assert error.action is case.action
            assert error.message == device.status.detail
            # The fault is reported once, not once per poll.
            for _ in range(5):
                device.poll()
            assert len(rec.errors) == 1

    dut.clear()
    assert poll_until(device, lambda: device.status.state is DeviceState.ONLINE), (
        f"no recovery after clearing {fault}: {device.status}"
    )
    assert rec.of(StatusChanged)[-1].changes.get("state", "online") == "online"
    device.close()
