"""EscPosPrinter against the emulator over real TCP: printing, status, faults, recovery."""

from __future__ import annotations

import socket
from collections.abc import Callable
from pathlib import Path

import pytest

from drivers.errors import DeviceError, DeviceTimeout, DeviceUnavailable, ProtocolError
from drivers.model import DeviceErrorEvent, DeviceEvent, DeviceState, ErrorAction, Event
from drivers.printer.document import Document, Text
from drivers.printer.driver import EscPosPrinter
from drivers.printer.emulator import EscPosEmulator
from drivers.printer.errors import JobInterrupted, PaperOut, PrinterNotReady
from drivers.printer.escpos import RealtimeStatus
from drivers.printer.profiles import get_profile
from drivers.printer.render import sample_job
from drivers.printer.transport import make_transport, parse_url

# A crash on the emulator thread must fail the test, not just warn.
pytestmark = pytest.mark.filterwarnings("error::pytest.PytestUnhandledThreadExceptionWarning")

JOB = sample_job("application_receipt").data


class Recorder:
    def __init__(self, device: EscPosPrinter) -> None:
        self.events: list[Event] = []
        device.add_listener(self.events.append)

    @property
    def errors(self) -> list[DeviceErrorEvent]:
        return [e for e in self.events if isinstance(e, DeviceErrorEvent)]


# ----------------------------------------------------------------------- happy path


def test_open_reads_status_and_identity(printer: EscPosPrinter) -> None:
    assert printer.status.state is DeviceState.ONLINE
    assert dict(printer.status.sub) == {"paper": "full", "cover": "closed"}
    info = printer.info()
    assert (info["firmware"], info["model"]) == ("EMU-1.0", "ESC/POS emulator 80mm")


def test_print_job_reaches_the_paper(printer: EscPosPrinter, emulator: EscPosEmulator) -> None:
    result = printer.print_job(JOB)
    assert (result.bytes_sent, result.pages, result.paper) == (len(JOB), 1, "full")
    assert emulator.wait_for_receipts(1)
    receipt = emulator.receipts[0]
    assert receipt.lines[0] == "办件回执" and receipt.auto_wraps == 0


def test_counters(printer: EscPosPrinter) -> None:
    printer.print_job(JOB)
    printer.print_job(JOB)
    info = printer.info()
    assert (info["jobs_printed"], info["pages_printed"], info["bytes_sent"]) == (2, 2, 2 * len(JOB))


def test_job_printed_event(printer: EscPosPrinter) -> None:
    rec = Recorder(printer)
    printer.print_job(JOB)
    (event,) = [e for e in rec.events if isinstance(e, DeviceEvent)]
    assert event.name == "job_printed" and event.data == {"bytes": len(JOB), "pages": 1}


def test_print_document_uses_the_profile(make_printer: Callable[..., EscPosPrinter]) -> None:
    printer = make_printer(profile="raster-80")
    printer.open()
    printer.print_document(Document((Text("光栅"),)))
    assert printer.info()["bytes_sent"] > 1000  # an image, not two characters


def test_print_test_page(printer: EscPosPrinter, emulator: EscPosEmulator) -> None:
    printer.print_test_page()
    assert emulator.wait_for_receipts(1)
    assert emulator.receipts[0].lines[0] == "打印机测试页"


def test_gs_r_status_mode(
    make_printer: Callable[..., EscPosPrinter], emulator: EscPosEmulator
) -> None:
    printer = make_printer(profile=get_profile("generic-80", status_mode="gs_r"))
    printer.open()
    emulator.set_paper("low")
    assert printer.poll().sub["paper"] == "low"
    emulator.set_paper("out")
    assert printer.poll().state is DeviceState.USER_ERROR


def test_file_transport_writes_the_job(tmp_path: Path) -> None:
    target = tmp_path / "lp0"
    printer = EscPosPrinter("p", port=f"file://{target}")
    printer.open()
    try:
        assert dict(printer.status.sub) == {"paper": "unknown", "cover": "unknown"}
        printer.print_job(JOB)
    finally:
        printer.close()
    assert target.read_bytes() == JOB


@pytest.mark.parametrize(
    ("url", "scheme"),
    [
        ("tcp://127.0.0.1:9100", "tcp"),
        ("tcp://printer.local", "tcp"),
        ("serial:///dev/ttyS0?baud=19200", "serial"),
        ("usb://0416:5011", "usb"),
        ("file:///dev/usb/lp0", "file"),
    ],
)
def test_parse_url(url: str, scheme: str) -> None:
    assert parse_url(url).scheme == scheme


@pytest.mark.parametrize(
    "url", ["http://x", "tcp://", "serial://", "usb://zz:1", "usb://0416", "serial:///x?baud=0"]
)
def test_parse_url_rejects(url: str) -> None:
    with pytest.raises(ValueError):
        parse_url(url)


def test_usb_without_a_printer_is_unavailable() -> None:
    printer = EscPosPrinter("p", port="usb://0416:5011")
    with pytest.raises(DeviceUnavailable):
        printer.open()
    assert printer.status.state is DeviceState.NO_DEVICE


# ----------------------------------------------------------------------- paper


def test_paper_low_is_reported_and_still_prints(
    printer: EscPosPrinter, emulator: EscPosEmulator
) -> None:
    rec = Recorder(printer)
    emulator.set_paper("low")
    status = printer.poll()
    assert status.state is DeviceState.ONLINE and status.sub["paper"] == "low"
    assert not rec.errors
    assert printer.print_job(JOB).paper == "low"
    assert emulator.wait_for_receipts(1)


def test_paper_out_is_user_error_with_clear(
    printer: EscPosPrinter, emulator: EscPosEmulator
) -> None:
    rec = Recorder(printer)
    emulator.set_paper("out")
    status = printer.poll()
    assert status.state is DeviceState.USER_ERROR and status.sub["paper"] == "out"
    assert [(e.code, e.action) for e in rec.errors] == [("paper_out", ErrorAction.CLEAR)]


def test_paper_out_job_is_refused_before_sending(
    printer: EscPosPrinter, emulator: EscPosEmulator
) -> None:
    emulator.set_paper("out")
    before = emulator.model.bytes_received
    with pytest.raises(PaperOut):
        printer.print_job(JOB)
    # Only the status requests (3 bytes each) went out; not one byte of the job.
    assert emulator.model.bytes_received - before <= 4 * 3
    assert emulator.model.held_tokens == 0
    assert printer.info()["jobs_refused"] == 1 and printer.info()["bytes_sent"] == 0
    emulator.clear()
    assert not emulator.wait_for_receipts(1, timeout=0.2)


def test_paper_reloaded_recovers(printer: EscPosPrinter, emulator: EscPosEmulator) -> None:
    emulator.set_paper("out")
    printer.poll()
    emulator.set_paper("full")
    assert printer.poll().state is DeviceState.ONLINE
    printer.print_job(JOB)


def test_cover_open_refuses_with_not_ready(
    printer: EscPosPrinter, emulator: EscPosEmulator
) -> None:
    emulator.inject("cover_open")
    with pytest.raises(PrinterNotReady) as info:
        printer.print_job(JOB)
    assert info.value.state is DeviceState.USER_ERROR
    assert printer.status.sub["cover"] == "open"


def test_jam_is_hardware_error_paper_jammed(
    printer: EscPosPrinter, emulator: EscPosEmulator
) -> None:
    rec = Recorder(printer)
    emulator.inject("jam")
    status = printer.poll()
    assert (status.state, status.sub["paper"]) == (DeviceState.HARDWARE_ERROR, "jammed")
    assert rec.errors[-1].action is ErrorAction.CLEAR


# ----------------------------------------------------------------------- offline / connection


def test_silent_printer_is_no_device_and_recovers(
    printer: EscPosPrinter, emulator: EscPosEmulator
) -> None:
    emulator.inject("silent")
    status = printer.poll()
    assert status.state is DeviceState.NO_DEVICE and not printer.is_open
    emulator.clear()
    printer.open()
    assert printer.status.state is DeviceState.ONLINE


def test_printer_reporting_offline(printer: EscPosPrinter, emulator: EscPosEmulator) -> None:
    rec = Recorder(printer)
    emulator.inject("offline")
    assert printer.poll().state is DeviceState.OFFLINE
    assert rec.errors[-1].action is ErrorAction.SUSPEND
    emulator.clear()
    assert printer.poll().state is DeviceState.ONLINE


def test_unplugged_printer_refuses_connections_and_comes_back(
    printer: EscPosPrinter, emulator: EscPosEmulator
) -> None:
    emulator.inject("unplug")
    assert printer.poll().state is DeviceState.NO_DEVICE
    with pytest.raises(DeviceUnavailable, match="refused"):
        printer.open()
    emulator.clear()
    printer.open()
    assert printer.status.state is DeviceState.ONLINE


def test_connection_dropped_mid_job(printer: EscPosPrinter, emulator: EscPosEmulator) -> None:
    emulator.inject("drop")
    with pytest.raises(JobInterrupted):
        printer.print_job(JOB)
    assert printer.status.state is DeviceState.NO_DEVICE and not printer.is_open
    assert printer.info()["jobs_failed"] == 1 and printer.info()["jobs_printed"] == 0
    printer.open()
    printer.print_job(JOB)
    assert emulator.wait_for_receipts(1)


def test_print_when_closed_is_unavailable(make_printer: Callable[..., EscPosPrinter]) -> None:
    with pytest.raises(DeviceUnavailable):
        make_printer().print_job(JOB)


def test_connection_refused_on_open() -> None:
    printer = EscPosPrinter("p", port="tcp://127.0.0.1:1", connect_timeout_s=1)
    with pytest.raises(DeviceUnavailable, match="refused"):
        printer.open()
    assert printer.status.state is DeviceState.NO_DEVICE


def test_malformed_status_reply_on_open_is_protocol_error(
    make_printer: Callable[..., EscPosPrinter], emulator: EscPosEmulator
) -> None:
    emulator.inject("bad_status")
    printer = make_printer()
    with pytest.raises(ProtocolError) as info:
        printer.open()
    assert info.value.data_hex == "ff"
    assert printer.status.state is DeviceState.HARDWARE_ERROR


def test_malformed_status_reply_while_polling(
    printer: EscPosPrinter, emulator: EscPosEmulator
) -> None:
    rec = Recorder(printer)
    emulator.inject("bad_status")
    assert printer.poll().state is DeviceState.HARDWARE_ERROR
    assert [(e.code, e.action) for e in rec.errors] == [("protocol_error", ErrorAction.RESET)]
    emulator.clear()
    assert printer.poll().state is DeviceState.ONLINE


def test_a_stale_late_reply_is_not_taken_for_the_next_answer(
    printer: EscPosPrinter, emulator: EscPosEmulator
) -> None:
    # A reply that arrives after its request timed out must be dropped, not read later.
    printer._transport._rx += b"\xff"
    assert printer.poll().state is DeviceState.ONLINE


def test_write_to_a_printer_that_stops_reading_times_out() -> None:
    # A printer whose buffer is full (paused, flow-controlled) stops reading: the write must
    # end with a typed timeout, not hang the device thread.
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen(1)
        transport = make_transport(f"tcp://127.0.0.1:{server.getsockname()[1]}", 1.0)
        transport.open()
        try:
            with pytest.raises(DeviceTimeout):
                transport.write(b"x" * 50_000_000, timeout=0.3)
        finally:
            transport.close()


HW = DeviceState.HARDWARE_ERROR


@pytest.mark.parametrize(
    ("status", "state", "code", "paper"),
    [
        (RealtimeStatus(0x12, None, None, 0x12), DeviceState.ONLINE, None, "full"),
        (RealtimeStatus(0x12, None, None, 0x1E), DeviceState.ONLINE, None, "low"),
        (RealtimeStatus(0x1A, 0x32, None, 0x7E), DeviceState.USER_ERROR, "paper_out", "out"),
        (RealtimeStatus(0x1A, 0x52, 0x1A, 0x12), HW, "paper_jam", "jammed"),
        (
            RealtimeStatus(0x1A, 0x52, 0x32, 0x12),
            DeviceState.HARDWARE_ERROR,
            "printer_error",
            "full",
        ),
        (RealtimeStatus(0x1A, 0x52, 0x52, 0x12), DeviceState.BUSY, "head_overheat", "full"),
        (RealtimeStatus(0x1A, 0x12, None, 0x12), DeviceState.OFFLINE, "printer_offline", "full"),
    ],
)
def test_status_classification(
    status: RealtimeStatus, state: DeviceState, code: str | None, paper: str
) -> None:
    printer = EscPosPrinter("p", port="tcp://127.0.0.1:9")  # never opened: no I/O
    if code is None:
        result = printer._classify(status)
        assert (result.state, result.sub["paper"]) == (state, paper)
        return
    with pytest.raises(DeviceError) as info:
        printer._classify(status)
    assert (info.value.state, info.value.code) == (state, code)
    assert printer.status.sub["paper"] == paper


def test_profile_without_status_prints_blind(
    make_printer: Callable[..., EscPosPrinter], emulator: EscPosEmulator
) -> None:
    printer = make_printer(profile=get_profile("generic-80", status_mode="none"))
    printer.open()
    assert printer.status.sub["paper"] == "unknown"
    printer.print_job(JOB)
    assert emulator.wait_for_receipts(1)
    assert emulator.model.status_requests == 0


def test_paper_running_out_during_the_job_is_reported(
    printer: EscPosPrinter, emulator: EscPosEmulator
) -> None:
    emulator.inject("runs_out")
    with pytest.raises(PaperOut) as info:
        printer.print_job(JOB)
    assert info.value.code == "paper_out_during_job"
    assert printer.status.state is DeviceState.USER_ERROR
    assert emulator.model.held_tokens  # the printer keeps the rest...
    emulator.set_paper("full")
    assert emulator.wait_for_receipts(1)  # ...and prints it once paper is loaded
