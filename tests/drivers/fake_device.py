"""An in-memory device for tests of the Device template and the registry (no I/O)."""

from __future__ import annotations

from drivers.base import Device
from drivers.errors import DeviceError
from drivers.model import DeviceEvent, DeviceState, DeviceStatus


class FakeDevice(Device):
    kind = "fake"
    driver_name = "fake"
    sub_status_keys = ("level",)
    event_names = ("ding",)
    command_names = ("ring",)

    def __init__(self, device_id: str = "fake", **params: object) -> None:
        super().__init__(device_id)
        self.params = params
        self.open_error: BaseException | None = None
        self.read_error: BaseException | None = None
        self.close_error: DeviceError | None = None
        self.level = "low"
        self.pending: list[str] = []
        self.opened = 0
        self.closed = 0
        self.reads = 0

    def ring(self) -> str:
        return "ring!"

    def _open(self) -> None:
        self.opened += 1
        if self.open_error is not None:
            raise self.open_error

    def _close(self) -> None:
        self.closed += 1
        if self.close_error is not None:
            raise self.close_error

    def _read_status(self) -> DeviceStatus:
        self.reads += 1
        if self.read_error is not None:
            raise self.read_error
        return DeviceStatus(DeviceState.ONLINE, {"level": self.level})

    def _take_events(self) -> list[DeviceEvent]:
        events = [
            DeviceEvent(self.device_id, name, {"n": i}) for i, name in enumerate(self.pending)
        ]
        self.pending.clear()
        return events

    def _info(self) -> dict[str, object]:
        return {"firmware": "fake-1.0", "port": "memory"}


class OtherKindDevice(FakeDevice):
    kind = "other"
