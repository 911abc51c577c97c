"""Camera implementations for the device contract suite.

``CameraSimDUT`` runs the ``opencv`` driver against the MJPEG camera simulator on 127.0.0.1;
``CameraHardwareDUT`` against a real camera named by the ``KIOSK_TEST_CAMERA`` environment
variable (``/dev/v4l/by-id/...``, an index or a URL), with ``--hardware``.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import ClassVar

import pytest
from device_contract import FaultCase, Stimulus

from drivers.base import Device
from drivers.camera.capture import CameraDevice
from drivers.camera.sim import CameraSimulator
from drivers.errors import DeviceUnavailable
from drivers.model import DeviceState, ErrorAction

HW_ERROR, NO_DEVICE = DeviceState.HARDWARE_ERROR, DeviceState.NO_DEVICE


class _CameraBase:
    marks: ClassVar[tuple[pytest.MarkDecorator, ...]] = ()

    def __init__(self) -> None:
        self._devices: list[Device] = []

    def activity(self, device: Device) -> int:
        assert isinstance(device, CameraDevice)
        return device.frames_captured

    def stimuli(self) -> Sequence[Stimulus]:
        return []  # a camera has no class events: frames go to subscribers, not listeners

    def _track(self, device: Device) -> Device:
        self._devices.append(device)
        return device

    def teardown(self) -> None:
        for device in self._devices:
            device.close()


class CameraSimDUT(_CameraBase):
    """The opencv driver reading the simulator's MJPEG stream over HTTP."""

    name = "camera-sim"
    faults: ClassVar[dict[str, FaultCase]] = {
        "black": FaultCase("black", HW_ERROR, ErrorAction.MAINTENANCE),
        "frozen": FaultCase("frozen", HW_ERROR, ErrorAction.RESET),
        # The capture thread reopens a lost camera itself: the device stays open.
        "unplug": FaultCase("unplug", NO_DEVICE, ErrorAction.SUSPEND),
        "unplugged_open": FaultCase(
            "unplug", NO_DEVICE, ErrorAction.SUSPEND, phase="open", raises=DeviceUnavailable
        ),
    }

    def __init__(self, sim: CameraSimulator) -> None:
        super().__init__()
        self.sim = sim

    @classmethod
    def setup(cls, config: pytest.Config, tmp_path: Path) -> CameraSimDUT:
        return cls(CameraSimulator().start())

    def make_device(self, device_id: str = "dut") -> Device:
        # Short hold times keep the fault tests quick; 0.5 s is still 15 frames.
        return self._track(
            CameraDevice(
                device_id,
                source=self.sim.url,
                open_timeout_s=3.0,
                read_timeout_s=1.0,
                black_after_s=0.5,
                frozen_after_s=0.5,
                backoff_initial_s=0.05,
                backoff_max_s=0.3,
            )
        )

    def inject(self, fault: str) -> None:
        self.sim.inject(fault)

    def clear(self) -> None:
        self.sim.clear()

    def teardown(self) -> None:
        super().teardown()
        self.sim.stop()


class CameraHardwareDUT(_CameraBase):
    """A real camera named by ``KIOSK_TEST_CAMERA`` (run with ``--hardware``)."""

    name = "camera-hardware"
    marks = (pytest.mark.hardware,)
    faults: ClassVar[dict[str, FaultCase]] = {}

    def __init__(self, source: str) -> None:
        super().__init__()
        self.source = source

    @classmethod
    def setup(cls, config: pytest.Config, tmp_path: Path) -> CameraHardwareDUT:
        source = os.environ.get("KIOSK_TEST_CAMERA")
        if not source:
            pytest.skip("name the camera with KIOSK_TEST_CAMERA=/dev/v4l/by-id/...")
        return cls(source)

    def make_device(self, device_id: str = "dut") -> Device:
        return self._track(CameraDevice(device_id, source=self.source))

    def inject(self, fault: str) -> None:
        raise NotImplementedError("faults cannot be injected into real hardware")

    def clear(self) -> None:
        pass
