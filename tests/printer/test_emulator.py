"""The ESC/POS emulator as a printer model: what it prints, what it answers, how it renders."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from pathlib import Path

import cv2
import numpy as np
import pytest

from drivers.printer import escpos
from drivers.printer.document import Document, QRCode, Text, compile_job
from drivers.printer.driver import EscPosPrinter
from drivers.printer.emulator import EscPosEmulator, Fault, PrinterModel
from drivers.printer.escpos import Tokenizer
from drivers.printer.profiles import PROFILES
from drivers.printer.render import SAMPLES, Sample

from .conftest import wait_until

REPO = Path(__file__).resolve().parents[2]


def feed(model: PrinterModel, data: bytes) -> bytes:
    replies = b""
    for token in Tokenizer().feed(data):
        replies += b"".join(model.handle(token))
    return replies


def decode_qr(image: object) -> str:
    gray = np.array(image.convert("L"))  # type: ignore[attr-defined]
    value, _, _ = cv2.QRCodeDetector().detectAndDecode(gray)
    return str(value)


# ----------------------------------------------------------------------- model


def test_prints_gb18030_text_in_chinese_mode() -> None:
    model = PrinterModel()
    feed(model, b"\x1b@\x1c&" + "办件回执：￥".encode("gb18030") + b"\n\x1dV\x01")
    assert model.receipts[0].lines == ("办件回执：￥",)


def test_four_byte_extension_a() -> None:
    model = PrinterModel()
    feed(model, "㐀".encode("gb18030") + b"\n\x1dV\x01")
    assert model.receipts[0].lines == ("㐀",)


def test_gbk_printer_cannot_print_extension_a() -> None:
    model = PrinterModel(charset="gbk")
    feed(model, "㐀".encode("gb18030") + b"\n\x1dV\x01")
    assert model.receipts[0].lines == ("?",)


def test_outside_chinese_mode_bytes_are_a_code_page() -> None:
    model = PrinterModel()
    feed(model, b"\x1c." + "中".encode("gb18030") + b"\n\x1dV\x01")
    assert model.receipts[0].lines == ("╓╨",)  # cp437 mojibake, as on hardware


def test_character_split_across_chunks_is_reassembled() -> None:
    model = PrinterModel()
    data = "中".encode("gb18030")
    tok = Tokenizer()
    for part in (data[:1], data[1:] + b"\n\x1dV\x01"):
        for token in tok.feed(part):
            model.handle(token)
    assert model.receipts[0].lines == ("中",)


def test_overlong_line_wraps_by_itself_and_is_counted() -> None:
    model = PrinterModel()
    feed(model, ("中" * 25).encode("gb18030") + b"\n\x1dV\x01")
    receipt = model.receipts[0]
    assert receipt.lines == ("中" * 24, "中") and receipt.auto_wraps == 1


def test_double_width_counts_double() -> None:
    model = PrinterModel()
    feed(model, b"\x1d!\x10" + ("中" * 13).encode("gb18030") + b"\n\x1dV\x01")
    assert model.receipts[0].auto_wraps == 1


@pytest.mark.parametrize(
    ("fault", "n", "value"),
    [
        (None, 1, 0x12),
        (None, 4, 0x12),
        (Fault.PAPER_LOW, 4, 0x1E),
        (Fault.PAPER_OUT, 4, 0x7E),
        (Fault.PAPER_OUT, 1, 0x1A),
        (Fault.PAPER_OUT, 2, 0x32),
        (Fault.COVER_OPEN, 2, 0x16),
        (Fault.JAM, 3, 0x1A),
        (Fault.BAD_STATUS, 1, 0xFF),
    ],
)
def test_status_bytes(fault: Fault | None, n: int, value: int) -> None:
    model = PrinterModel()
    if fault:
        model.faults.add(fault)
    assert feed(model, escpos.status_request(n)) == bytes([value])


@pytest.mark.parametrize(("level", "reply"), [("full", 0x00), ("low", 0x03), ("out", 0x0F)])
def test_gs_r_paper_sensor(level: str, reply: int) -> None:
    model = PrinterModel()
    if level != "full":
        model.faults.add(Fault.PAPER_LOW if level == "low" else Fault.PAPER_OUT)
    assert feed(model, escpos.paper_sensor_request()) == bytes([reply])


def test_printer_id() -> None:
    assert feed(PrinterModel(), escpos.printer_id_request(65)) == b"_EMU-1.0\x00"


def test_print_data_is_held_while_paper_out_and_printed_after() -> None:
    model = PrinterModel()
    model.faults.add(Fault.PAPER_OUT)
    # DLE EOT is answered at once even with a job waiting.
    assert feed(model, b"ok\n\x1dV\x01" + escpos.status_request(1)) == b"\x1a"
    assert not model.receipts and model.held_tokens
    model.faults.clear()
    model.resume()
    assert model.receipts[0].lines == ("ok",)


def test_native_qr_is_rendered_and_decodes() -> None:
    model = PrinterModel()
    feed(model, b"\x1ba\x01" + escpos.qr("https://zwfw.example.gov.cn/q/1") + b"\n\x1dV\x01")
    receipt = model.receipts[0]
    assert receipt.qr_payloads == (b"https://zwfw.example.gov.cn/q/1",)
    assert decode_qr(receipt.image) == "https://zwfw.example.gov.cn/q/1"


def test_raster_is_rendered_like_native() -> None:
    doc = Document((Text("中文 ABC"), QRCode("https://x.cn/1")))
    native, raster = PrinterModel(), PrinterModel()
    feed(native, compile_job(doc, PROFILES["generic-80"]).data)
    feed(raster, compile_job(doc, PROFILES["raster-80"]).data)
    a = np.array(native.receipts[0].image)
    b = np.array(raster.receipts[0].image)
    assert a.shape == b.shape
    assert (a != b).mean() < 0.01
    assert decode_qr(raster.receipts[0].image) == "https://x.cn/1"


def test_receipt_width_is_the_dot_width() -> None:
    model = PrinterModel(dots_per_line=512)
    feed(model, b"x\n\x1dV\x01")
    assert model.receipts[0].image.width == 512


def test_kept_receipts_are_compressed_and_bounded() -> None:
    model = PrinterModel(max_receipts=3)
    for index in range(5):
        feed(model, f"第{index}张\n".encode("gb18030") * 30 + b"\x1dV\x01")
    kept = model.receipts
    assert [r.index for r in kept] == [3, 4, 5]
    page = kept[-1].image
    assert page.mode == "1" and page.width == model.dots_per_line
    # As PNG a page is a small fraction of the dot-per-byte image Pillow holds.
    assert len(kept[-1].png) < page.width * page.height / 20
    assert kept[-1].lines[0] == "第4张"


# ----------------------------------------------------------------------- server


def test_tcp_status_round_trip(emulator: EscPosEmulator) -> None:
    with socket.create_connection(("127.0.0.1", emulator.tcp_port), timeout=2) as sock:
        sock.sendall(escpos.status_request(1))
        assert sock.recv(1) == b"\x12"


def test_receipts_are_written_to_out_dir(emulator: EscPosEmulator, tmp_path: Path) -> None:
    with socket.create_connection(("127.0.0.1", emulator.tcp_port), timeout=2) as sock:
        sock.sendall("回执\n".encode("gb18030") + escpos.cut())
        assert emulator.wait_for_receipts(1)
    path = emulator.receipts[0].path
    assert path == tmp_path / "receipts" / "receipt-0001.png" and path.exists()


def test_silent_printer_answers_nothing(emulator: EscPosEmulator) -> None:
    emulator.inject("silent")
    with socket.create_connection(("127.0.0.1", emulator.tcp_port), timeout=0.3) as sock:
        sock.sendall(escpos.status_request(1))
        with pytest.raises(TimeoutError):
            sock.recv(1)


def test_unplug_refuses_and_clear_listens_on_the_same_port(emulator: EscPosEmulator) -> None:
    port = emulator.tcp_port
    emulator.inject("unplug")
    with pytest.raises(ConnectionRefusedError):
        socket.create_connection(("127.0.0.1", port), timeout=1)
    emulator.clear()
    assert emulator.tcp_port == port
    socket.create_connection(("127.0.0.1", port), timeout=1).close()


def test_pty_transport_with_the_serial_driver(tmp_path: Path) -> None:
    with EscPosEmulator(transport="pty", link=tmp_path / "ttyPrinter") as emu:
        assert emu.port == f"serial://{tmp_path / 'ttyPrinter'}?baud=9600"
        printer = EscPosPrinter("p", port=emu.port, status_timeout_s=0.5)
        printer.open()
        try:
            result = printer.print_job(b"\x1b@\x1c&" + "串口".encode("gb18030") + b"\n\x1dV\x01")
            assert result.pages == 1
            assert emu.wait_for_receipts(1)
            assert emu.receipts[0].lines == ("串口",)
        finally:
            printer.close()


def test_cli_serves_until_terminated(tmp_path: Path) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    proc = subprocess.Popen(
        [sys.executable, "-m", "drivers.printer.emulator", "--port", str(port),
         "--out", str(tmp_path)],
        cwd=REPO,
        stderr=subprocess.PIPE,
        text=True,
    )  # fmt: skip
    try:

        def answers() -> bool:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=0.5) as sock:
                    sock.sendall(b"cli\n\x1dV\x01" + escpos.status_request(1))
                    return sock.recv(1) == b"\x12"
            except OSError:
                time.sleep(0.05)
                return False

        assert wait_until(answers)
        assert wait_until(lambda: (tmp_path / "receipt-0001.png").exists())
    finally:
        proc.terminate()
        assert proc.wait(timeout=10) == 0
        assert proc.stderr is not None
        proc.stderr.close()


@pytest.mark.parametrize("sample", SAMPLES, ids=[s.name for s in SAMPLES])
def test_the_printer_reads_back_exactly_the_laid_out_lines(sample: Sample) -> None:
    profile = PROFILES[sample.profile]
    job = compile_job(sample.document(), profile)
    model = PrinterModel(dots_per_line=profile.dots_per_line, charset=profile.charset)
    feed(model, job.data)
    (receipt,) = model.receipts
    assert receipt.auto_wraps == 0
    if job.mode == "native":
        assert receipt.lines == job.lines  # no character lost, split or misdecoded
        assert receipt.qr_payloads == tuple(q.encode() for q in job.qr_payloads)


def test_accepts_the_demo_launchers_link_argument(tmp_path: Path) -> None:
    # kiosk.demo.start_simulator() constructs simulators with link=...; TCP ignores it.
    with EscPosEmulator(link=tmp_path / "printer-0") as emu:
        assert emu.port.startswith("tcp://127.0.0.1:")
