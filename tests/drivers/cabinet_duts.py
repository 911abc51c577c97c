"""Pickup-cabinet implementations for the device contract suite.

These are listed in ``DUT_CLASSES`` in ``tests/drivers/conftest.py`` (``*CABINET_DUT_CLASSES``),
so the shared contract suite (``test_device_contract.py``) runs them.

Door faults (jammed, left open, a lost reply to an open) are deliberately listed as
*tolerated*: they are not device faults - the boards still answer every status read - and
are handled by ``OpenResult`` and the cabinet service.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any, ClassVar

import pytest
from device_contract import FaultCase, Stimulus

from drivers.base import Device
from drivers.cabinet.driver import Cabinet, Generic8ACabinet, KerongCabinet
from drivers.cabinet.frames import Generic8ALayout
from drivers.cabinet.sim import CabinetSimulator, Family, Fault
from drivers.errors import DeviceUnavailable, ProtocolError
from drivers.model import DeviceState, ErrorAction

HW_ERROR, NO_DEVICE, ONLINE = (
    DeviceState.HARDWARE_ERROR,
    DeviceState.NO_DEVICE,
    DeviceState.ONLINE,
)
RESET, SUSPEND = ErrorAction.RESET, ErrorAction.SUSPEND

#: short timeouts keep the fault tests quick; "slow" must exceed every retry window
TIMING: dict[str, Any] = {
    "reply_timeout_s": 0.1,
    "status_retries": 1,
    "open_confirm_s": 0.3,
    "confirm_interval_s": 0.05,
    "inter_frame_gap_s": 0.001,
}
SLOW_OK_S = 0.03  # a slow board that still answers within the reply timeout
# Beyond the retry window AND the whole fault test: replies that late could be taken for
# answers to later identical requests (the protocols have no sequence numbers) and make the
# device flap; clear() releases them, and the driver drops them as stale bytes.
SLOW_BAD_S = 5.0


class _CabinetBase:
    marks: ClassVar[tuple[pytest.MarkDecorator, ...]] = ()

    def __init__(self) -> None:
        self._devices: list[Device] = []

    def activity(self, device: Device) -> int:
        return int(device.info()["replies_received"])

    def _track(self, device: Device) -> Device:
        self._devices.append(device)
        return device

    def teardown(self) -> None:
        for device in self._devices:
            device.close()


class _CabinetSimBase(_CabinetBase):
    """A cabinet driver against the simulator on a pty behind a stable symlink."""

    name: ClassVar[str]
    family: ClassVar[Family]
    driver_class: ClassVar[type[Cabinet]]
    options: ClassVar[dict[str, Any]] = {}
    sim_options: ClassVar[dict[str, Any]] = {}
    faults: ClassVar[dict[str, FaultCase]] = {
        "garbage": FaultCase("garbage", ONLINE),
        "slow_within_timeout": FaultCase("slow_ok", ONLINE),
        "door_jammed": FaultCase("door_jammed", ONLINE),
        "door_left_open": FaultCase("door_left_open", ONLINE),
        "drop_open_reply": FaultCase("drop_open_reply", ONLINE),
        "bad_checksum": FaultCase("bad_checksum", HW_ERROR, RESET),
        "no_answer": FaultCase("no_answer", HW_ERROR, RESET),
        "slow": FaultCase("slow", HW_ERROR, RESET),
        "unplug": FaultCase("unplug", NO_DEVICE, SUSPEND, closes=True),
        "no_answer_open": FaultCase(
            "no_answer", NO_DEVICE, SUSPEND, phase="open", raises=DeviceUnavailable
        ),
        "slow_open": FaultCase("slow", NO_DEVICE, SUSPEND, phase="open", raises=DeviceUnavailable),
        "bad_checksum_open": FaultCase(
            "bad_checksum", HW_ERROR, RESET, phase="open", raises=ProtocolError
        ),
        "unplugged_open": FaultCase(
            "unplug", NO_DEVICE, SUSPEND, phase="open", raises=DeviceUnavailable
        ),
    }

    def __init__(self, sim: CabinetSimulator) -> None:
        super().__init__()
        self.sim = sim

    @classmethod
    def setup(cls, config: pytest.Config, tmp_path: Path) -> _CabinetSimBase:
        sim = CabinetSimulator(cls.family, link=tmp_path / "cabinet", seed=485, **cls.sim_options)
        return cls(sim.start())

    def make_device(self, device_id: str = "dut") -> Device:
        return self._track(
            self.driver_class(device_id, port=self.sim.port, **TIMING, **self.options)
        )

    def stimuli(self) -> Sequence[Stimulus]:
        b = self.sim.boards[0]
        steps = [
            Stimulus(
                "a technician opens compartment 3 with the key",
                lambda: self.sim.open_with_key(b, 3),
                "door_opened",
            ),
            Stimulus(
                "a certificate is put in",
                lambda: self.sim.place_item(b, 3),
                "item_placed" if self.driver_class.has_item_sensors else None,
            ),
        ]
        if self.driver_class.has_item_sensors:
            steps.append(
                Stimulus(
                    "it is taken out again", lambda: self.sim.remove_item(b, 3), "item_removed"
                )
            )
        steps.append(
            Stimulus("the door is pushed shut", lambda: self.sim.close_door(b, 3), "door_closed")
        )
        return steps

    def inject(self, fault: str) -> None:
        if fault in ("slow_ok", "slow"):
            self.sim.slow_delay_s = SLOW_OK_S if fault == "slow_ok" else SLOW_BAD_S
            fault = "slow"
        self.sim.inject(Fault(fault))

    def clear(self) -> None:
        self.sim.clear()

    def teardown(self) -> None:
        super().teardown()
        self.sim.stop()


class KerongSimDUT(_CabinetSimBase):
    name = "kerong-sim"
    family = "kerong"
    driver_class = KerongCabinet


class Generic8ASimDUT(_CabinetSimBase):
    """8A boards read lock by lock (the verified frames only; the default)."""

    name = "generic8a-sim"
    family = "generic8a"
    driver_class = Generic8ACabinet
    # 8 locks: a per-lock poll of 24 would make the slow-board cases needlessly long.
    options: ClassVar[dict[str, Any]] = {"locks_per_board": 8}


class Generic8ABitmapSimDUT(_CabinetSimBase):
    """8A boards read with the (assumed) all-locks bitmap reply."""

    name = "generic8a-bitmap-sim"
    family = "generic8a"
    driver_class = Generic8ACabinet
    options: ClassVar[dict[str, Any]] = {"all_query": "bitmap"}
    sim_options: ClassVar[dict[str, Any]] = {
        "generic8a_layout": Generic8ALayout(all_query="bitmap")
    }


class CabinetHardwareDUT(_CabinetBase):
    """Real lock boards on ``--cabinet-port`` (driver ``--cabinet-driver``, run with
    ``--hardware``). Read-only: it never opens a compartment unattended."""

    name = "cabinet-hardware"
    marks = (pytest.mark.hardware,)
    faults: ClassVar[dict[str, FaultCase]] = {}

    def __init__(self, port: str, driver: str) -> None:
        super().__init__()
        self.port = port
        self.driver_class: type[Cabinet] = KerongCabinet if driver == "kerong" else Generic8ACabinet

    @classmethod
    def setup(cls, config: pytest.Config, tmp_path: Path) -> CabinetHardwareDUT:
        port = config.getoption("--cabinet-port", default=None)
        if not port:
            pytest.skip("give the lock boards' port with --cabinet-port")
        driver = config.getoption("--cabinet-driver", default=None) or "kerong"
        return cls(str(port), str(driver))

    def make_device(self, device_id: str = "dut") -> Device:
        return self._track(self.driver_class(device_id, port=self.port))

    def stimuli(self) -> Sequence[Stimulus]:
        return []  # needs a person at the cabinet

    def inject(self, fault: str) -> None:
        raise NotImplementedError("faults cannot be injected into real hardware")

    def clear(self) -> None:
        pass


CABINET_DUT_CLASSES: list[type] = [
    KerongSimDUT,
    Generic8ASimDUT,
    Generic8ABitmapSimDUT,
    CabinetHardwareDUT,
]
