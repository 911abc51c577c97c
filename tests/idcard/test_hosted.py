"""Both readers hosted as the kiosk runs them: a DeviceHost worker does all I/O (presence
polling, reads, recovery), results reach a GUI-thread receiver through Qt signals."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from drivers.base import Device
from drivers.idcard.errors import NoCard
from drivers.idcard.ga467 import Ga467Reader
from drivers.idcard.records import IdCardRecord
from drivers.idcard.sim import Ga467Simulator
from kiosk.services.device_host import DeviceHost

pytestmark = pytest.mark.filterwarnings("error::pytest.PytestUnhandledThreadExceptionWarning")

WAIT_MS = 10_000
HOST_OPTIONS = {"poll_interval_s": 0.05, "backoff_initial_s": 0.05, "backoff_max_s": 0.2}


@pytest.fixture
def make_host() -> Iterator[Callable[[Device], DeviceHost]]:
    hosts: list[DeviceHost] = []

    def make(device: Device) -> DeviceHost:
        host = DeviceHost(device, **HOST_OPTIONS)
        hosts.append(host)
        return host

    yield make
    for host in hosts:
        assert host.stop(timeout=5)


def online(device_id: str, status: dict[str, Any]) -> bool:
    return status["state"] == "online"


def event_named(name: str) -> Callable[[str, str, dict[str, Any]], bool]:
    return lambda device_id, event, data: event == name


def read_and_wait(qtbot: QtBot, host: DeviceHost) -> Any:
    with qtbot.waitSignal(
        host.commandFinished,
        timeout=WAIT_MS,
        check_params_cb=lambda device_id, name, result: name == "read_card",
    ) as blocker:
        host.submit("read_card")
    return blocker.args[2]


def test_ga467_events_and_read_through_the_host(
    qtbot: QtBot, sim: Ga467Simulator, make_host: Callable[[Device], DeviceHost]
) -> None:
    device = Ga467Reader("idcard", port=sim.port, command_timeout_s=0.3)
    host = make_host(device)
    threads: set[threading.Thread] = set()
    host.deviceEvent.connect(lambda *args: threads.add(threading.current_thread()))
    with qtbot.waitSignal(host.statusChanged, timeout=WAIT_MS, check_params_cb=online):
        host.start()
    assert isinstance(read_and_wait(qtbot, host), NoCard)
    with qtbot.waitSignal(
        host.deviceEvent, timeout=WAIT_MS, check_params_cb=event_named("card_inserted")
    ):
        sim.place_card("resident")
    result = read_and_wait(qtbot, host)
    assert isinstance(result, IdCardRecord) and result.name == "李明"
    with qtbot.waitSignal(
        host.deviceEvent, timeout=WAIT_MS, check_params_cb=event_named("card_removed")
    ):
        sim.remove_card()
    assert threads == {threading.main_thread()}


def test_pcsc_recovers_from_pcscd_restart_without_restarting_the_host(
    qtbot: QtBot, card: Any, pcscd: Any, make_host: Callable[[Device], DeviceHost]
) -> None:
    from drivers.idcard.pcsc import PcscReader

    host = make_host(PcscReader("idcard", reader="Virtual PCD 00 00"))
    with qtbot.waitSignal(host.statusChanged, timeout=WAIT_MS, check_params_cb=online):
        host.start()
    with qtbot.waitSignal(
        host.deviceEvent, timeout=WAIT_MS, check_params_cb=event_named("card_inserted")
    ):
        card.insert()
    worker = host._thread
    with qtbot.waitSignal(
        host.statusChanged,
        timeout=WAIT_MS,
        check_params_cb=lambda device_id, status: status["state"] == "no_device",
    ):
        pcscd.stop()
    with qtbot.waitSignal(host.statusChanged, timeout=WAIT_MS, check_params_cb=online):
        pcscd.start()
    assert host._thread is worker
    qtbot.waitUntil(lambda: host.status["sub"].get("card") == "present", timeout=WAIT_MS)
    result = read_and_wait(qtbot, host)
    assert isinstance(result, IdCardRecord) and result.card_number == "K00000001"
