"""The printer behind the app's DeviceHost: printing off the GUI thread, results as signals.

This is how the kiosk uses it: ``host.submit("print_job", job_bytes)`` from the GUI thread,
``commandFinished`` back with a ``PrintResult`` or the typed error (``PaperOut`` before anything
was sent, so the screen can say "no receipt: please ask staff" instead of "take your receipt").
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from drivers.printer.driver import EscPosPrinter, PrintResult
from drivers.printer.emulator import EscPosEmulator
from drivers.printer.errors import PaperOut
from drivers.printer.render import sample_job
from kiosk.services.device_host import DeviceHost

WAIT_MS = 10_000
JOB = sample_job("application_receipt").data


@pytest.fixture
def host(emulator: EscPosEmulator) -> Iterator[DeviceHost]:
    device = EscPosPrinter("printer", port=emulator.port, status_timeout_s=0.3)
    host = DeviceHost(device, poll_interval_s=0.05, backoff_initial_s=0.05, backoff_max_s=0.2)
    yield host
    assert host.stop(timeout=5)


def online(device_id: str, status: dict[str, Any]) -> bool:
    return status["state"] == "online"


def test_print_job_runs_on_the_worker_and_answers_with_a_signal(
    qtbot: QtBot, host: DeviceHost, emulator: EscPosEmulator
) -> None:
    with qtbot.waitSignal(host.statusChanged, timeout=WAIT_MS, check_params_cb=online):
        host.start()
    gui_thread = threading.current_thread()
    with qtbot.waitSignal(host.commandFinished, timeout=WAIT_MS) as blocker:
        host.submit("print_job", JOB)
    device_id, name, result = blocker.args
    assert (device_id, name) == ("printer", "print_job")
    assert isinstance(result, PrintResult) and result.pages == 1
    assert emulator.wait_for_receipts(1)
    assert threading.current_thread() is gui_thread


def test_paper_out_comes_back_as_a_typed_error(
    qtbot: QtBot, host: DeviceHost, emulator: EscPosEmulator
) -> None:
    with qtbot.waitSignal(host.statusChanged, timeout=WAIT_MS, check_params_cb=online):
        host.start()
    emulator.set_paper("out")
    with qtbot.waitSignal(host.commandFinished, timeout=WAIT_MS) as blocker:
        host.submit("print_job", JOB)
    assert isinstance(blocker.args[2], PaperOut)
    qtbot.waitUntil(lambda: host.status["sub"].get("paper") == "out", timeout=WAIT_MS)
    assert host.status["state"] == "user_error"
    assert not emulator.receipts
