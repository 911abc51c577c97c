"""PrintService: documents printed on the printer host's worker, outcomes as short reasons."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from drivers.printer.document import Document, Text
from drivers.printer.driver import EscPosPrinter
from drivers.printer.emulator import EscPosEmulator
from kiosk.services.device_host import DeviceHost
from kiosk.services.printing import PrintService

WAIT_MS = 10_000


@pytest.fixture
def service(qtbot: QtBot, emulator: EscPosEmulator) -> Iterator[PrintService]:
    device = EscPosPrinter("printer", port=emulator.port, status_timeout_s=0.3)
    host = DeviceHost(device, poll_interval_s=0.05, backoff_initial_s=0.05, backoff_max_s=0.2)
    printing = PrintService()
    printing.attach(host)
    host.start()
    qtbot.waitUntil(lambda: printing.available, timeout=WAIT_MS)
    yield printing
    assert host.stop(timeout=5)


def doc(text: str = "回执 test") -> Document:
    return Document(blocks=(Text(text),))


def test_a_document_prints_and_marks_the_visit(
    qtbot: QtBot, service: PrintService, emulator: EscPosEmulator
) -> None:
    with qtbot.waitSignal(service.jobFinished, timeout=WAIT_MS) as blocker:
        job = service.print_document(doc())
    assert blocker.args == [job, True, ""]
    assert emulator.wait_for_receipts(1)
    assert "回执" in emulator.receipts[0].text
    assert service.printedThisVisit
    service.clear_visit()
    assert not service.printedThisVisit


def test_paper_out_is_refused_with_a_reason_and_nothing_printed(
    qtbot: QtBot, service: PrintService, emulator: EscPosEmulator
) -> None:
    emulator.set_paper("out")
    qtbot.waitUntil(lambda: not service.available, timeout=WAIT_MS)
    assert service.paper == "out"
    with qtbot.waitSignal(service.jobFinished, timeout=WAIT_MS) as blocker:
        job = service.print_document(doc())
    assert blocker.args == [job, False, "paper_out"]
    assert not emulator.receipts
    assert not service.printedThisVisit


def test_without_a_printer_a_job_fails_as_unavailable(qtbot: QtBot) -> None:
    printing = PrintService()
    assert not printing.available
    with qtbot.waitSignal(printing.jobFinished, timeout=WAIT_MS) as blocker:
        job = printing.print_document(doc())
    assert blocker.args == [job, False, "unavailable"]


def test_answers_to_other_commands_on_the_host_are_ignored(
    qtbot: QtBot, service: PrintService
) -> None:
    received: list[object] = []
    service.jobFinished.connect(lambda *args: received.append(args))
    service._host.submit("print_test_page")  # type: ignore[union-attr]  # e.g. diagnostics
    qtbot.wait(500)
    assert received == []
