"""DeviceHost: one worker thread per device, Qt signals out, never blocking the GUI."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QObject, Slot
from pytestqt.qtbot import QtBot

from drivers.base import Device
from drivers.errors import DeviceUnavailable
from drivers.model import DeviceState, DeviceStatus
from drivers.presence.ld2410 import LD2410Sensor
from drivers.presence.sim import LD2410Simulator
from kiosk.services.device_host import DeviceHost

# A crash on a worker or simulator thread must fail the test, not just warn.
pytestmark = pytest.mark.filterwarnings("error::pytest.PytestUnhandledThreadExceptionWarning")

WAIT_MS = 10_000  # upper bound for any wait; never an expected duration

# Fast timings for tests; production uses the defaults.
DRIVER_PARAMS: dict[str, Any] = {"ack_timeout_s": 0.3, "stale_after_s": 0.5, "leave_hold_s": 0.3}
HOST_OPTIONS: dict[str, Any] = {
    "poll_interval_s": 0.05,
    "backoff_initial_s": 0.05,
    "backoff_max_s": 0.2,
}


class Receiver(QObject):
    """Lives in the GUI thread, like a view-model; records what arrives and on which thread."""

    def __init__(self) -> None:
        super().__init__()
        self.statuses: list[dict[str, Any]] = []
        self.events: list[tuple[str, dict[str, Any]]] = []
        self.errors: list[dict[str, Any]] = []
        self.threads: set[threading.Thread] = set()

    @Slot(str, dict)
    def on_status(self, device_id: str, status: dict[str, Any]) -> None:
        self.threads.add(threading.current_thread())
        self.statuses.append(status)

    @Slot(str, str, dict)
    def on_event(self, device_id: str, name: str, data: dict[str, Any]) -> None:
        self.threads.add(threading.current_thread())
        self.events.append((name, data))

    @Slot(str, dict)
    def on_error(self, device_id: str, error: dict[str, Any]) -> None:
        self.threads.add(threading.current_thread())
        self.errors.append(error)

    def attach(self, host: DeviceHost) -> Receiver:
        host.statusChanged.connect(self.on_status)
        host.deviceEvent.connect(self.on_event)
        host.deviceError.connect(self.on_error)
        return self


@pytest.fixture
def sim(tmp_path: Path) -> Iterator[LD2410Simulator]:
    simulator = LD2410Simulator(link=tmp_path / "serial" / "by-id" / "radar", seed=1)
    simulator.start()
    yield simulator
    simulator.stop()


@pytest.fixture
def make_host() -> Iterator[Callable[..., DeviceHost]]:
    """Hosts created by a test are stopped (and must stop) at its end: no shared threads."""
    hosts: list[DeviceHost] = []

    def make(device: Device, **options: Any) -> DeviceHost:
        host = DeviceHost(device, **{**HOST_OPTIONS, **options})
        hosts.append(host)
        return host

    yield make
    for host in hosts:
        assert host.stop(timeout=5), f"{host.device_id} worker did not stop"
        assert not host.is_running


def radar(port: str) -> LD2410Sensor:
    return LD2410Sensor("presence", port=port, **DRIVER_PARAMS)


def state_is(state: str) -> Callable[[str, dict[str, Any]], bool]:
    return lambda device_id, status: status["state"] == state


def test_status_reaches_a_gui_thread_receiver(
    qtbot: QtBot, sim: LD2410Simulator, make_host: Callable[..., DeviceHost]
) -> None:
    host = make_host(radar(sim.port))
    receiver = Receiver().attach(host)
    with qtbot.waitSignal(host.statusChanged, timeout=WAIT_MS, check_params_cb=state_is("online")):
        host.start()
    qtbot.waitUntil(lambda: any(s["state"] == "online" for s in receiver.statuses), timeout=WAIT_MS)
    status = receiver.statuses[-1]
    assert set(status) == {"state", "sub", "detail"}  # the full status, not a diff
    assert status["sub"]["presence"] == "none"
    assert host.status["state"] == "online"
    assert receiver.threads == {threading.main_thread()}  # slots ran in the GUI thread


def test_person_events_reach_the_receiver(
    qtbot: QtBot, sim: LD2410Simulator, make_host: Callable[..., DeviceHost]
) -> None:
    host = make_host(radar(sim.port))
    receiver = Receiver().attach(host)
    with qtbot.waitSignal(host.statusChanged, timeout=WAIT_MS, check_params_cb=state_is("online")):
        host.start()
    with qtbot.waitSignal(host.deviceEvent, timeout=WAIT_MS) as blocker:
        sim.set_target("moving", 140)
    assert blocker.args == [
        "presence",
        "person_arrived",
        {"presence": "moving", "distance_cm": 140},
    ]
    with qtbot.waitSignal(
        host.deviceEvent,
        timeout=WAIT_MS,
        check_params_cb=lambda device_id, name, data: name == "person_left",
    ):
        sim.set_target("none")
    qtbot.waitUntil(lambda: len(receiver.events) == 2, timeout=WAIT_MS)
    assert [name for name, _ in receiver.events] == ["person_arrived", "person_left"]


def test_unplug_then_replug_recovers_without_restarting_the_host(
    qtbot: QtBot, sim: LD2410Simulator, make_host: Callable[..., DeviceHost]
) -> None:
    # The driver is configured with the stable link (like /dev/serial/by-id/...); the replug
    # brings a new pty behind it, and the host's reopen loop finds it.
    host = make_host(radar(sim.port))
    receiver = Receiver().attach(host)
    with qtbot.waitSignal(host.statusChanged, timeout=WAIT_MS, check_params_cb=state_is("online")):
        host.start()
    worker = host._thread
    with qtbot.waitSignals(
        [host.statusChanged, host.deviceError],
        timeout=WAIT_MS,
        check_params_cbs=[state_is("no_device"), lambda device_id, error: True],
    ):
        sim.inject("unplug")
    with qtbot.waitSignal(host.statusChanged, timeout=WAIT_MS, check_params_cb=state_is("online")):
        sim.clear()
    assert host._thread is worker and host.is_running
    qtbot.waitUntil(lambda: bool(receiver.errors), timeout=WAIT_MS)
    assert receiver.errors[0]["action"] == "suspend"


def test_missing_device_reports_no_device_and_keeps_retrying(
    qtbot: QtBot, tmp_path: Path, make_host: Callable[..., DeviceHost]
) -> None:
    link = tmp_path / "radar-not-yet-plugged"
    host = make_host(radar(str(link)))
    with qtbot.waitSignal(
        host.statusChanged, timeout=WAIT_MS, check_params_cb=state_is("no_device")
    ):
        host.start()
    late_sim = LD2410Simulator(link=link)  # the radar is plugged in after start-up
    try:
        with qtbot.waitSignal(
            host.statusChanged, timeout=WAIT_MS, check_params_cb=state_is("online")
        ):
            late_sim.start()
        assert host.stop()
    finally:
        late_sim.stop()


def test_stop_joins_the_worker_and_closes_the_device(
    qtbot: QtBot, sim: LD2410Simulator, make_host: Callable[..., DeviceHost]
) -> None:
    device = radar(sim.port)
    host = make_host(device)
    with qtbot.waitSignal(host.statusChanged, timeout=WAIT_MS, check_params_cb=state_is("online")):
        host.start()
    worker = host._thread
    assert worker is not None and not worker.daemon
    assert host.stop(timeout=5)
    assert not worker.is_alive()
    assert not host.is_running
    assert not device.is_open
    assert device.status.state is DeviceState.OFFLINE
    assert host.stop()  # idempotent


def test_stop_interrupts_a_long_backoff(
    qtbot: QtBot, tmp_path: Path, make_host: Callable[..., DeviceHost]
) -> None:
    # A backoff longer than the stop timeout: only an interruptible wait lets stop() join.
    host = make_host(radar(str(tmp_path / "absent")), backoff_initial_s=30.0, backoff_max_s=30.0)
    with qtbot.waitSignal(
        host.statusChanged, timeout=WAIT_MS, check_params_cb=state_is("no_device")
    ):
        host.start()
    assert host.stop(timeout=5)


def test_submit_runs_commands_on_the_worker(
    qtbot: QtBot, sim: LD2410Simulator, make_host: Callable[..., DeviceHost]
) -> None:
    host = make_host(radar(sim.port))
    with qtbot.waitSignal(host.statusChanged, timeout=WAIT_MS, check_params_cb=state_is("online")):
        host.start()
    with qtbot.waitSignal(host.commandFinished, timeout=WAIT_MS) as blocker:
        host.submit("read_firmware")
    assert blocker.args == ["presence", "read_firmware", "V1.02.22062416"]

    def where() -> str:
        return threading.current_thread().name

    with qtbot.waitSignal(host.commandFinished, timeout=WAIT_MS) as blocker:
        host.submit(where)
    assert blocker.args == ["presence", "where", "device-presence"]

    with qtbot.waitSignal(host.commandFinished, timeout=WAIT_MS) as blocker:
        host.submit("_close")  # not a command: private methods are not reachable by name
    assert isinstance(blocker.args[2], LookupError)


def test_submit_never_waits_for_the_device(
    qtbot: QtBot, sim: LD2410Simulator, make_host: Callable[..., DeviceHost]
) -> None:
    host = make_host(radar(sim.port))
    with qtbot.waitSignal(host.statusChanged, timeout=WAIT_MS, check_params_cb=state_is("online")):
        host.start()
    released = threading.Event()

    def slow_command() -> bool:
        # Only returns True if submit() returned before this command finished.
        return released.wait(timeout=5)

    with qtbot.waitSignal(host.commandFinished, timeout=WAIT_MS) as blocker:
        host.submit(slow_command)
        released.set()
    assert blocker.args[2] is True


def test_command_errors_come_back_as_results(
    qtbot: QtBot, sim: LD2410Simulator, make_host: Callable[..., DeviceHost]
) -> None:
    host = make_host(radar(sim.port))
    with qtbot.waitSignal(host.statusChanged, timeout=WAIT_MS, check_params_cb=state_is("online")):
        host.start()
    sim.inject("silent")
    with qtbot.waitSignal(host.commandFinished, timeout=WAIT_MS) as blocker:
        host.submit("read_firmware")
    assert isinstance(blocker.args[2], DeviceUnavailable)
    assert host.is_running

    def bug() -> None:
        raise ZeroDivisionError

    with qtbot.waitSignal(host.commandFinished, timeout=WAIT_MS) as blocker:
        host.submit(bug)
    assert isinstance(blocker.args[2], ZeroDivisionError)
    assert host.is_running


def test_submit_to_a_stopped_host_answers_asynchronously(
    qtbot: QtBot, sim: LD2410Simulator, make_host: Callable[..., DeviceHost]
) -> None:
    host = make_host(radar(sim.port))
    answers: list[Any] = []
    host.commandFinished.connect(lambda device_id, name, result: answers.append(result))
    with qtbot.waitSignal(host.commandFinished, timeout=WAIT_MS) as blocker:
        host.submit("read_firmware")
        assert answers == []  # not delivered inside submit()
    assert isinstance(blocker.args[2], DeviceUnavailable)


class FlakyDevice(Device):
    """Raises a programming error on its first poll: the worker must survive it."""

    kind = "fake"
    driver_name = "flaky"

    def __init__(self, device_id: str = "flaky") -> None:
        super().__init__(device_id)
        self.polls = 0

    def _open(self) -> None:
        pass

    def _close(self) -> None:
        pass

    def _read_status(self) -> DeviceStatus:
        self.polls += 1
        if self.polls == 2:  # the first read is part of open()
            raise RuntimeError("driver bug")
        return DeviceStatus(DeviceState.ONLINE, {})


def test_driver_bug_is_reported_and_the_worker_survives(
    qtbot: QtBot, make_host: Callable[..., DeviceHost]
) -> None:
    device = FlakyDevice()
    host = make_host(device)
    with qtbot.waitSignal(host.deviceError, timeout=WAIT_MS) as blocker:
        host.start()
    assert blocker.args[1]["code"] == "driver_error"
    assert blocker.args[1]["action"] == "maintenance"
    qtbot.waitUntil(lambda: device.polls >= 4, timeout=WAIT_MS)
    assert host.is_running
    assert device.status.state is DeviceState.ONLINE


def test_from_config_uses_the_registry(
    qtbot: QtBot, sim: LD2410Simulator, make_host: Callable[..., DeviceHost]
) -> None:

    host = DeviceHost.from_config(
        "entrance", "presence", "ld2410", {"port": sim.port, **DRIVER_PARAMS}, **HOST_OPTIONS
    )
    try:
        assert isinstance(host.device, LD2410Sensor)
        assert host.device_id == "entrance"
        with qtbot.waitSignal(
            host.statusChanged, timeout=WAIT_MS, check_params_cb=state_is("online")
        ):
            host.start()
    finally:
        assert host.stop()
    with pytest.raises(LookupError):
        DeviceHost.from_config("x", "presence", "nope", {})


def test_deleted_host_stops_its_worker(qtbot: QtBot, sim: LD2410Simulator) -> None:
    # The app forgot stop() and Qt deleted the host with its parent: the worker must not be
    # left running (or crash) with the port open.
    parent = QObject()
    device = radar(sim.port)
    host = DeviceHost(device, parent=parent, **HOST_OPTIONS)
    with qtbot.waitSignal(host.statusChanged, timeout=WAIT_MS, check_params_cb=state_is("online")):
        host.start()
    worker = host._thread
    assert worker is not None
    shiboken6.delete(parent)
    sim.set_target("moving", 100)  # something to report to the deleted host
    worker.join(timeout=5)
    assert not worker.is_alive()
    assert not device.is_open
