"""``python -m drivers.printer``: the technician's status check and test page."""

from __future__ import annotations

import json

import pytest

from drivers.printer import __main__ as technician
from drivers.printer.emulator import EscPosEmulator


def test_status_prints_json(emulator: EscPosEmulator, capsys: pytest.CaptureFixture[str]) -> None:
    assert technician.main(["--url", emulator.port, "status"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["status"] == {"state": "online", "sub": {"paper": "full", "cover": "closed"},
                             "detail": ""}  # fmt: skip
    assert out["info"]["firmware"] == "EMU-1.0"
    assert out["capabilities"]["profile"] == "generic-80"


def test_status_paper_out_fails_with_one_line(
    emulator: EscPosEmulator, capsys: pytest.CaptureFixture[str]
) -> None:
    emulator.set_paper("out")
    assert technician.main(["--url", emulator.port, "status"]) == 1
    err = capsys.readouterr().err
    assert err == "error: paper out: load a new roll\n"


def test_connection_refused_fails_with_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert technician.main(["--url", "tcp://127.0.0.1:1", "status"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: cannot connect to tcp://127.0.0.1:1: Connection refused")
    assert err.count("\n") == 1


def test_timeout_fails_with_one_line(
    emulator: EscPosEmulator, capsys: pytest.CaptureFixture[str]
) -> None:
    emulator.inject("silent")
    assert technician.main(["--url", emulator.port, "--timeout", "0.2", "status"]) == 1
    assert capsys.readouterr().err.startswith("error: no answer to DLE EOT 1")


def test_bad_url_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert technician.main(["--url", "lpt://1", "status"]) == 2
    assert capsys.readouterr().err.startswith("error: unsupported printer URL")


def test_test_page_is_printed(emulator: EscPosEmulator, capsys: pytest.CaptureFixture[str]) -> None:
    assert technician.main(["--url", emulator.port, "test-page"]) == 0
    assert json.loads(capsys.readouterr().out)["printed"]["pages"] == 1
    assert emulator.wait_for_receipts(1)
    assert emulator.receipts[0].lines[0] == "打印机测试页"
