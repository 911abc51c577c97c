"""Fixtures for the receipt printer tests: an emulator on a loopback port per test, and the
real driver pointed at it (short timeouts keep the fault tests quick)."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from drivers.printer.driver import EscPosPrinter
from drivers.printer.emulator import EscPosEmulator

WAIT_S = 10.0


@pytest.fixture
def emulator(tmp_path: Path) -> Iterator[EscPosEmulator]:
    emu = EscPosEmulator(out_dir=tmp_path / "receipts").start()
    yield emu
    emu.stop()


@pytest.fixture
def make_printer(emulator: EscPosEmulator) -> Iterator[Callable[..., EscPosPrinter]]:
    made: list[EscPosPrinter] = []

    def make(**kwargs: object) -> EscPosPrinter:
        options: dict[str, object] = {"status_timeout_s": 0.3, "connect_timeout_s": 1.0}
        options.update(kwargs)
        printer = EscPosPrinter("printer", port=emulator.port, **options)  # type: ignore[arg-type]
        made.append(printer)
        return printer

    yield make
    for printer in made:
        printer.close()


@pytest.fixture
def printer(make_printer: Callable[..., EscPosPrinter]) -> EscPosPrinter:
    device = make_printer()
    device.open()
    return device


def wait_until(predicate: Callable[[], bool], timeout: float = WAIT_S) -> bool:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.01)
    return True
