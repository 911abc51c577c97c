"""Receipt printer implementations for the device contract suite.

* ``escpos-tcp-sim``: the driver over raw TCP to the emulator on a loopback port;
* ``escpos-pty-sim``: the driver over a serial port (python-escpos ``Serial``) to the emulator
  on a pty behind a stable symlink;
* ``escpos-hardware``: a real printer at ``--printer-url`` (or ``$PRINTER_URL``), with
  ``--hardware``.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import ClassVar

import pytest
from device_contract import FaultCase, Stimulus

from drivers.base import Device
from drivers.errors import DeviceUnavailable, ProtocolError
from drivers.model import DeviceState, ErrorAction
from drivers.printer.driver import EscPosPrinter
from drivers.printer.emulator import EscPosEmulator

ONLINE, OFFLINE, NO_DEVICE = DeviceState.ONLINE, DeviceState.OFFLINE, DeviceState.NO_DEVICE
USER_ERROR, HW_ERROR = DeviceState.USER_ERROR, DeviceState.HARDWARE_ERROR

#: a short job: one line and a cut
JOB = b"\x1b@\x1c&" + "合同测试".encode("gb18030") + b"\n\x1dV\x01"


class _PrinterBase:
    marks: ClassVar[tuple[pytest.MarkDecorator, ...]] = ()

    def __init__(self) -> None:
        self._devices: list[EscPosPrinter] = []

    def activity(self, device: Device) -> int:
        return int(device.info()["status_replies"])

    def _track(self, device: EscPosPrinter) -> EscPosPrinter:
        self._devices.append(device)
        return device

    def _print(self) -> None:
        # Stimuli run on the test thread, which is also the thread driving the device.
        self._devices[-1].print_job(JOB)

    def teardown(self) -> None:
        for device in self._devices:
            device.close()


class _EmulatorDUT(_PrinterBase):
    transport: ClassVar[str] = "tcp"
    faults: ClassVar[dict[str, FaultCase]] = {
        "paper_low": FaultCase("paper_low", ONLINE),
        "paper_out": FaultCase("paper_out", USER_ERROR, ErrorAction.CLEAR),
        "cover_open": FaultCase("cover_open", USER_ERROR, ErrorAction.CLEAR),
        "jam": FaultCase("jam", HW_ERROR, ErrorAction.CLEAR),
        "offline": FaultCase("offline", OFFLINE, ErrorAction.SUSPEND),
        "bad_status": FaultCase("bad_status", HW_ERROR, ErrorAction.RESET),
        "silent": FaultCase("silent", NO_DEVICE, ErrorAction.SUSPEND, closes=True),
        "unplug": FaultCase("unplug", NO_DEVICE, ErrorAction.SUSPEND, closes=True),
        "silent_open": FaultCase(
            "silent", NO_DEVICE, ErrorAction.SUSPEND, phase="open", raises=DeviceUnavailable
        ),
        "unplugged_open": FaultCase(
            "unplug", NO_DEVICE, ErrorAction.SUSPEND, phase="open", raises=DeviceUnavailable
        ),
        "bad_status_open": FaultCase(
            "bad_status", HW_ERROR, ErrorAction.RESET, phase="open", raises=ProtocolError
        ),
    }

    def __init__(self, emulator: EscPosEmulator) -> None:
        super().__init__()
        self.emulator = emulator

    @classmethod
    def setup(cls, config: pytest.Config, tmp_path: Path) -> _EmulatorDUT:
        emulator = EscPosEmulator(
            transport=cls.transport,  # type: ignore[arg-type]
            link=tmp_path / "ttyPrinter" if cls.transport == "pty" else None,
        )
        return cls(emulator.start())

    def make_device(self, device_id: str = "dut") -> Device:
        # Short timeouts keep the fault tests quick; a loopback answer takes microseconds.
        return self._track(
            EscPosPrinter(
                device_id, port=self.emulator.port, status_timeout_s=0.3, connect_timeout_s=1.0
            )
        )

    def stimuli(self) -> Sequence[Stimulus]:
        return [
            Stimulus("a receipt is printed", self._print, "job_printed"),
            Stimulus("the paper runs low", lambda: self.emulator.set_paper("low"), None),
            Stimulus("staff load a new roll", lambda: self.emulator.set_paper("full"), None),
        ]

    def inject(self, fault: str) -> None:
        self.emulator.inject(fault)

    def clear(self) -> None:
        self.emulator.clear()

    def teardown(self) -> None:
        super().teardown()
        self.emulator.stop()


class PrinterTcpSimDUT(_EmulatorDUT):
    """The ESC/POS driver over raw TCP to the emulator."""

    name = "escpos-tcp-sim"
    transport = "tcp"


class PrinterPtySimDUT(_EmulatorDUT):
    """The ESC/POS driver over a serial port (a pty) to the emulator."""

    name = "escpos-pty-sim"
    transport = "pty"
    faults: ClassVar[dict[str, FaultCase]] = {
        name: _EmulatorDUT.faults[name]
        for name in ("paper_out", "silent", "unplug", "unplugged_open")
    }


class PrinterHardwareDUT(_PrinterBase):
    """A real printer at ``--printer-url``/``$PRINTER_URL`` (run with ``--hardware``)."""

    name = "escpos-hardware"
    marks = (pytest.mark.hardware,)
    faults: ClassVar[dict[str, FaultCase]] = {}

    def __init__(self, url: str) -> None:
        super().__init__()
        self.url = url

    @classmethod
    def setup(cls, config: pytest.Config, tmp_path: Path) -> PrinterHardwareDUT:
        url = config.getoption("--printer-url", default=None) or os.environ.get("PRINTER_URL")
        if not url:
            pytest.skip("give the printer's URL with --printer-url or $PRINTER_URL")
        return cls(str(url))

    def make_device(self, device_id: str = "dut") -> Device:
        return self._track(EscPosPrinter(device_id, port=self.url))

    def stimuli(self) -> Sequence[Stimulus]:
        return [Stimulus("a receipt is printed", self._print, "job_printed")]

    def inject(self, fault: str) -> None:
        raise NotImplementedError("faults cannot be injected into real hardware")

    def clear(self) -> None:
        pass


PRINTER_DUT_CLASSES: list[type] = [PrinterTcpSimDUT, PrinterPtySimDUT, PrinterHardwareDUT]
