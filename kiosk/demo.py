"""Demo launcher: device simulators for devices configured with ``port = "sim"``.

A simulator is a device model on the far end of the real transport (a pty for serial devices),
so the kiosk runs exactly the production driver against it. The simulator is started here, in
the kiosk process on its own thread, and the driver is handed the simulator's stable port path
(a symlink in a private temporary directory, like ``/dev/serial/by-id/...`` on a real kiosk),
which survives simulated unplug/replug.
"""

from __future__ import annotations

import importlib
import logging
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

#: ``kind.driver`` → (``module:Class`` of the simulator, keyword arguments for a demo).
SIMULATORS: dict[str, tuple[str, dict[str, Any]]] = {
    # In the demo someone walks up to the kiosk every 20 s and leaves again.
    "presence.ld2410": ("drivers.presence.sim:LD2410Simulator", {"cycle_s": 20.0}),
    # An ESC/POS printer model on TCP (loopback); it renders each receipt to PNG in memory.
    "printer.escpos": ("drivers.printer.emulator:EscPosEmulator", {}),
    # A resident ID card (张三, a sandbox test resident: the platform verifies him) is placed on
    # the reader every 30 s and lifted again.
    "idcard.ga467": ("drivers.idcard.sim:Ga467Simulator", {"cycle_s": 30.0, "card": "zhangsan"}),
    # An MJPEG network camera on loopback showing a scripted face (scikit-image's astronaut).
    "camera.opencv": ("drivers.camera.sim:CameraSimulator", {"scene": "live"}),
    # Pickup cabinet lock boards on a pty; doors close by themselves 8 s after opening. Two
    # boards: the seeded platform has a certificate waiting in compartment 1-3 (board 1).
    "cabinet.kerong": (
        "drivers.cabinet.sim:KerongSimulator",
        {"auto_close_s": 8.0, "boards": (0, 1)},
    ),
    "cabinet.generic8a": ("drivers.cabinet.sim:Generic8ASimulator", {"auto_close_s": 8.0}),
}


class NoSimulator(LookupError):
    """``port = "sim"`` was configured for a device that has no simulator."""


def start_simulator(kind: str, driver: str, *, demo: bool = True) -> tuple[str, Callable[[], None]]:
    """Start the simulator for ``kind``/``driver``; return (port for the driver, stop)."""
    _simulator, port, stop = launch_simulator(kind, driver, demo=demo)
    return port, stop


def launch_simulator(
    kind: str, driver: str, *, demo: bool = True
) -> tuple[Any, str, Callable[[], None]]:
    """Like :func:`start_simulator`, and also return the simulator object itself (tests and the
    demo place cards or inject faults through it): (simulator, port, stop)."""
    key = f"{kind}.{driver}"
    try:
        target, demo_kwargs = SIMULATORS[key]
    except KeyError:
        known = ", ".join(sorted(SIMULATORS)) or "none"
        raise NoSimulator(f"no simulator for {key} (simulators: {known})") from None
    module_name, _, class_name = target.partition(":")
    cls = getattr(importlib.import_module(module_name), class_name)
    workdir = Path(tempfile.mkdtemp(prefix=f"kiosk-sim-{kind}-"))
    kwargs = dict(demo_kwargs) if demo else {}
    simulator = cls(link=workdir / f"{kind}-0", **kwargs)
    simulator.start()
    log.info("simulator for %s serves %s", key, simulator.port)

    def stop() -> None:
        simulator.stop()
        shutil.rmtree(workdir, ignore_errors=True)

    return simulator, str(simulator.port), stop
