"""Presence radar implementations for the device contract suite."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import ClassVar

import pytest
from device_contract import FaultCase, Stimulus

from drivers.base import Device
from drivers.errors import DeviceTimeout, DeviceUnavailable
from drivers.model import DeviceState, ErrorAction
from drivers.presence.ld2410 import LD2410Sensor
from drivers.presence.sim import LD2410Simulator

HW_ERROR, NO_DEVICE, ONLINE = (
    DeviceState.HARDWARE_ERROR,
    DeviceState.NO_DEVICE,
    DeviceState.ONLINE,
)


class _LD2410Base:
    marks: ClassVar[tuple[pytest.MarkDecorator, ...]] = ()

    def __init__(self) -> None:
        self._devices: list[Device] = []

    def activity(self, device: Device) -> int:
        return int(device.info()["reports_received"])

    def _track(self, device: Device) -> Device:
        self._devices.append(device)
        return device

    def teardown(self) -> None:
        for device in self._devices:
            device.close()


class LD2410SimDUT(_LD2410Base):
    """The LD2410 driver against the simulator on a pty behind a stable symlink."""

    name = "ld2410-sim"
    faults: ClassVar[dict[str, FaultCase]] = {
        "garbage": FaultCase("garbage", ONLINE),
        "bad_checksum": FaultCase("bad_checksum", HW_ERROR, ErrorAction.RESET),
        "bad_frame": FaultCase("bad_frame", HW_ERROR, ErrorAction.RESET),
        "silent": FaultCase("silent", HW_ERROR, ErrorAction.RESET),
        "unplug": FaultCase("unplug", NO_DEVICE, ErrorAction.SUSPEND, closes=True),
        "slow_open": FaultCase(
            "slow", HW_ERROR, ErrorAction.RESET, phase="open", raises=DeviceTimeout
        ),
        "silent_open": FaultCase(
            "silent", NO_DEVICE, ErrorAction.SUSPEND, phase="open", raises=DeviceUnavailable
        ),
        "unplugged_open": FaultCase(
            "unplug", NO_DEVICE, ErrorAction.SUSPEND, phase="open", raises=DeviceUnavailable
        ),
    }

    def __init__(self, sim: LD2410Simulator) -> None:
        super().__init__()
        self.sim = sim

    @classmethod
    def setup(cls, config: pytest.Config, tmp_path: Path) -> LD2410SimDUT:
        # slow_delay_s > the driver's ack_timeout_s below: "slow" must time out.
        sim = LD2410Simulator(link=tmp_path / "ld2410", slow_delay_s=1.0, seed=2410)
        return cls(sim.start())

    def make_device(self, device_id: str = "dut") -> Device:
        # Short timeouts keep the fault tests quick (the defaults are for real cables); the
        # stale limit still allows ten lost reports, so a loaded CI box does not fake a fault.
        return self._track(
            LD2410Sensor(
                device_id,
                port=self.sim.port,
                ack_timeout_s=0.3,
                stale_after_s=1.0,
                leave_hold_s=0.3,
            )
        )

    def stimuli(self) -> Sequence[Stimulus]:
        return [
            Stimulus(
                "a person walks up",
                lambda: self.sim.set_target("moving", 120),
                "person_arrived",
            ),
            Stimulus("they stand still", lambda: self.sim.set_target("stationary", 80), None),
            Stimulus("they walk away", lambda: self.sim.set_target("none"), "person_left"),
        ]

    def inject(self, fault: str) -> None:
        self.sim.inject(fault)

    def clear(self) -> None:
        self.sim.clear()

    def teardown(self) -> None:
        super().teardown()
        self.sim.stop()


class LD2410HardwareDUT(_LD2410Base):
    """A real LD2410 on ``--presence-port`` (run with ``--hardware``)."""

    name = "ld2410-hardware"
    marks = (pytest.mark.hardware,)
    faults: ClassVar[dict[str, FaultCase]] = {}  # nothing can be injected into real hardware

    def __init__(self, port: str) -> None:
        super().__init__()
        self.port = port

    @classmethod
    def setup(cls, config: pytest.Config, tmp_path: Path) -> LD2410HardwareDUT:
        port = config.getoption("--presence-port")
        if not port:
            pytest.skip("give the radar's port with --presence-port")
        return cls(str(port))

    def make_device(self, device_id: str = "dut") -> Device:
        return self._track(LD2410Sensor(device_id, port=self.port))

    def stimuli(self) -> Sequence[Stimulus]:
        return []  # needs a person walking in front of the radar

    def inject(self, fault: str) -> None:
        raise NotImplementedError("faults cannot be injected into real hardware")

    def clear(self) -> None:
        pass
