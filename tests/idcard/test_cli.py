"""The technician CLI: ``python -m drivers.idcard --driver ga467|pcsc ... read``."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from typing import Any

import pytest

from drivers.idcard import __main__ as cli
from drivers.idcard import samples
from drivers.idcard.records import IdCardRecord
from drivers.idcard.sim import Ga467Simulator

pytestmark = pytest.mark.filterwarnings("error::pytest.PytestUnhandledThreadExceptionWarning")

FAST = ["--timeout", "0.3", "--read-timeout", "1"]


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = cli.main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_ga467_read_prints_the_record_as_json(sim: Ga467Simulator, capsys) -> None:
    sim.place_card("resident")
    code, out, err = run(["--driver", "ga467", "--port", sim.port, *FAST, "read"], capsys)
    assert (code, err) == (0, "")
    data = json.loads(out)
    assert list(data)[:10] == list(IdCardRecord.MAIN_KEYS)
    assert data == samples.resident().to_dict()
    assert "李明" in out  # printed as text, not \u escapes


def test_ga467_read_of_a_foreign_card(sim: Ga467Simulator, capsys) -> None:
    sim.place_card("foreign2023")
    code, out, _ = run(["--driver", "ga467", "--port", sim.port, *FAST, "read"], capsys)
    assert code == 0
    assert json.loads(out)["english_name"] == samples.foreign_permanent_2023().english_name


@pytest.mark.parametrize(
    ("fault", "reason"),
    [
        (None, "no card"),
        ("bad_checksum", "checksum"),
        ("silent", "no answer"),
        ("bad_length", "cut off"),
    ],
)
def test_ga467_failures_are_one_line_and_exit_1(
    sim: Ga467Simulator, capsys, fault: str | None, reason: str
) -> None:
    if fault is not None:
        sim.place_card()
        sim.inject(fault)
    code, out, err = run(["--driver", "ga467", "--port", sim.port, *FAST, "read"], capsys)
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and err.startswith("error: ")
    assert reason in err


def test_ga467_bad_check_digit_exits_1(sim: Ga467Simulator, capsys) -> None:
    from dataclasses import replace

    good = samples.resident()
    sim.place_card(replace(good, id_number=good.id_number[:17] + "0"))
    code, _, err = run(["--driver", "ga467", "--port", sim.port, *FAST, "read"], capsys)
    assert code == 1 and "check digit" in err
    assert good.id_number[:10] not in err


def test_ga467_missing_port_exits_1(tmp_path, capsys) -> None:
    port = str(tmp_path / "ttyNothing")
    code, _, err = run(["--driver", "ga467", "--port", port, "read"], capsys)
    assert code == 1 and err.startswith("error: ")


def test_ga467_needs_a_port(capsys) -> None:
    with pytest.raises(SystemExit) as info:
        cli.main(["--driver", "ga467", "read"])
    assert info.value.code == 2


def test_ga467_status(sim: Ga467Simulator, capsys) -> None:
    code, out, _ = run(["--driver", "ga467", "--port", sim.port, *FAST, "status"], capsys)
    assert code == 0
    data = json.loads(out)
    assert data["status"]["state"] == "online"
    assert data["info"]["sam_id"].startswith("05.01-")


def test_photo_out_writes_the_wlt(sim: Ga467Simulator, capsys, tmp_path) -> None:
    sim.place_card()
    target = tmp_path / "photo.wlt"
    argv = ["--driver", "ga467", "--port", sim.port, *FAST, "--photo-out", str(target), "read"]
    assert run(argv, capsys)[0] == 0
    assert target.read_bytes() == samples.resident().photo_wlt


def test_module_runs_as_a_program(sim: Ga467Simulator) -> None:
    sim.place_card("hmt")
    proc = subprocess.run(
        [sys.executable, "-m", "drivers.idcard", "--driver", "ga467", "--port", sim.port, "read"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["card_type"] == "hmt_residence_permit"


# ----------------------------------------------------------------------------- PC/SC


def test_pcsc_read(card: Any, capsys) -> None:
    card.insert()
    code, out, err = run(
        ["--driver", "pcsc", "--reader", "Virtual PCD 00 00", "--wait", "5", "read"], capsys
    )
    assert (code, err) == (0, "")
    data = json.loads(out)
    assert (data["name"], data["card_type"], data["card_number"]) == (
        "李明",
        "social_security",
        "K00000001",
    )


def test_pcsc_no_card(pcscd: Any, capsys) -> None:
    code, out, err = run(["--driver", "pcsc", "--reader", "Virtual PCD 00 00", "read"], capsys)
    assert code == 1 and out == "" and err == "error: no card in the reader\n"


def test_pcsc_unknown_reader(pcscd: Any, capsys) -> None:
    code, _, err = run(["--driver", "pcsc", "--reader", "Nope", "read"], capsys)
    assert code == 1 and "no PC/SC reader 'Nope'" in err


def test_pcsc_readers(pcscd: Any, capsys) -> None:
    code, out, _ = run(["--driver", "pcsc", "readers"], capsys)
    assert code == 0
    assert json.loads(out)["readers"] == ["Virtual PCD 00 00", "Virtual PCD 00 01"]


def test_pcsc_from_a_separate_process(card: Any, pcscd: Any) -> None:
    card.insert()
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "drivers.idcard",
            "--driver",
            "pcsc",
            "--reader",
            "PCD 00 00",
            "--wait",
            "5",
            "read",
        ],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, **pcscd.env},
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["id_number"] == samples.social_security().id_number
