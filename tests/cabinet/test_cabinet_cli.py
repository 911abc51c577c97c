"""``python -m drivers.cabinet``: the technician's status/open check against the simulator."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from drivers.cabinet import __main__ as technician
from drivers.cabinet.sim import CabinetSimulator, Fault

pytestmark = pytest.mark.filterwarnings("error::pytest.PytestUnhandledThreadExceptionWarning")

REPO = Path(__file__).resolve().parents[2]


def run(sim: CabinetSimulator, *args: str) -> list[str]:
    return [
        "--driver",
        sim.family,
        "--port",
        sim.port,
        "--timeout",
        "0.2",
        "--confirm",
        "0.3",
        *args,
    ]


def test_status_prints_doors_and_items_as_json(sim: CabinetSimulator, capsys) -> None:
    b = sim.boards[0]
    sim.open_with_key(b, 2)
    sim.place_item(b, 3)
    assert technician.main(run(sim, "status", "--board", str(b))) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["board"] == b and out["driver"] == sim.family
    assert out["doors"]["2"] == "open" and out["doors"]["1"] == "closed"
    if sim.family == "kerong":
        assert out["items"]["3"] == "present"
    else:
        assert out["items"] is None


def test_open_opens_once_and_prints_the_outcome(sim: CabinetSimulator, capsys) -> None:
    b = sim.boards[0]
    assert technician.main(run(sim, "open", "--board", str(b), "--lock", "5")) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["outcome"] == "opened" and out["compartment"] == f"{b}-5"
    assert len(sim.opens(b, 5)) == 1


def test_jammed_open_exits_non_zero_with_one_line(sim: CabinetSimulator, capsys) -> None:
    b = sim.boards[0]
    sim.jam(b, 5)
    assert technician.main(run(sim, "open", "--board", str(b), "--lock", "5")) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("error: ") and "jammed" in err[0]
    assert len(sim.opens(b, 5)) == 1


def test_silent_board_exits_non_zero_with_one_line(sim: CabinetSimulator, capsys) -> None:
    sim.inject(Fault.NO_ANSWER)
    assert technician.main(run(sim, "status", "--board", str(sim.boards[0]))) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "no" in err[0] and "answer" in err[0]


def test_bad_board_address_exits_2(sim: CabinetSimulator, capsys) -> None:
    assert technician.main(run(sim, "status", "--board", "300")) == 2
    assert capsys.readouterr().err.startswith("error: ")


def test_missing_port_fails_in_one_line(capsys) -> None:
    code = technician.main(
        ["--driver", "kerong", "--port", "/nonexistent/tty", "status", "--board", "0"]
    )
    assert code == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "/nonexistent/tty" in err[0]


@pytest.mark.parametrize("family", ["kerong"])
def test_module_runs_as_a_program(sim: CabinetSimulator) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "drivers.cabinet", *run(sim, "status", "--board", "0")],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["doors"]["16"] == "closed"
