"""The device contract's building blocks, shared by every device class.

A device class joins the contract suite (``test_device_contract.py``) by writing one
:class:`DeviceUnderTest` per implementation - its simulator (always run) and real hardware
(marked ``hardware``) - and listing the classes in ``DUT_CLASSES`` in ``conftest.py``:

* ``make_device()`` builds an unopened driver pointed at the device;
* ``stimuli()`` are the class-specific ways to make the device emit its events (a person
  walks up, a card is put on the reader, a door is opened); hardware usually has none;
* ``faults`` maps a scenario name to :class:`FaultCase` (what to inject, when, and which
  state/action the driver must report); ``inject()``/``clear()`` do it on the simulator;
* ``activity()`` counts good traffic (reports, replies), so tests wait for "ten more
  reports" rather than for a number of seconds.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar, Literal, Protocol

import pytest

from drivers.base import Device
from drivers.errors import DeviceError
from drivers.model import (
    DeviceErrorEvent,
    DeviceEvent,
    DeviceState,
    ErrorAction,
    Event,
    StatusChanged,
)

#: upper bound for anything a test waits for; never an expected duration
WAIT_S = 10.0


@dataclass(frozen=True)
class FaultCase:
    """A fault scenario and what the driver must make of it.

    ``phase="poll"``: inject while open; the device must reach ``state`` (for a tolerated
    fault, ``state`` is ``online`` and it must stay there). ``phase="open"``: inject first;
    ``open()`` must raise ``raises`` and leave ``state``. After ``clear()`` the device must
    come back ``online`` (reopened if it closed itself).
    """

    inject: str
    state: DeviceState
    action: ErrorAction | None = None
    phase: Literal["poll", "open"] = "poll"
    raises: type[DeviceError] | None = None
    closes: bool = False  # the device closes itself (it vanished) and must be reopened

    @property
    def tolerated(self) -> bool:
        return self.state is DeviceState.ONLINE


@dataclass(frozen=True)
class Stimulus:
    """Something done to the device; ``expect_event`` is the class event it must cause, or
    ``None`` when it must cause none (a person standing still is not "left")."""

    description: str
    apply: Callable[[], None]
    expect_event: str | None


class DeviceUnderTest(Protocol):
    name: ClassVar[str]
    marks: ClassVar[tuple[pytest.MarkDecorator, ...]]
    faults: ClassVar[Mapping[str, FaultCase]]

    @classmethod
    def setup(cls, config: pytest.Config, tmp_path: Path) -> DeviceUnderTest: ...

    def make_device(self, device_id: str = "dut") -> Device: ...

    def stimuli(self) -> Sequence[Stimulus]: ...

    def inject(self, fault: str) -> None: ...

    def clear(self) -> None: ...

    def activity(self, device: Device) -> int: ...

    def teardown(self) -> None: ...


@dataclass
class EventRecorder:
    """Listener that keeps every event with the device's full status at that moment."""

    device: Device
    events: list[tuple[Event, dict[str, Any]]] = field(default_factory=list)

    def __call__(self, event: Event) -> None:
        self.events.append((event, self.device.status.to_dict()))

    def of(self, kind: type) -> list[Any]:
        return [event for event, _ in self.events if isinstance(event, kind)]

    @property
    def errors(self) -> list[DeviceErrorEvent]:
        return self.of(DeviceErrorEvent)

    @property
    def status_changes(self) -> list[tuple[StatusChanged, dict[str, Any]]]:
        return [(e, s) for e, s in self.events if isinstance(e, StatusChanged)]

    def saw(self, name: str) -> bool:
        return any(e.name == name for e in self.of(DeviceEvent))


def poll_until(device: Device, predicate: Callable[[], bool], *, timeout: float = WAIT_S) -> bool:
    """Poll ``device`` until ``predicate()`` holds; reopen it if it closed itself."""
    deadline = time.monotonic() + timeout
    while True:
        if device.is_open:
            device.poll()
        else:
            with contextlib.suppress(DeviceError):
                device.open()
        if predicate():
            return True
        if time.monotonic() > deadline:
            return False
        time.sleep(0.02)


def wait_for(predicate: Callable[[], bool], *, timeout: float = WAIT_S) -> bool:
    """Wait (without touching any device) until ``predicate()`` holds."""
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.01)
    return True


def poll_while(device: Device, predicate: Callable[[], bool], *, timeout: float = WAIT_S) -> None:
    """Poll ``device`` (without reopening) as long as ``predicate()`` holds."""
    deadline = time.monotonic() + timeout
    while predicate() and time.monotonic() < deadline:
        device.poll()
        time.sleep(0.02)


def replay(initial: dict[str, Any], changes: dict[str, Any]) -> dict[str, Any]:
    """Apply one ``StatusChanged.changes`` to a full status dict (``None`` removes a key)."""
    status = {**initial, "sub": dict(initial["sub"])}
    for key, value in changes.items():
        if key == "sub":
            for sub_key, sub_value in value.items():
                if sub_value is None:
                    status["sub"].pop(sub_key, None)
                else:
                    status["sub"][sub_key] = sub_value
        else:
            status[key] = value
    return status
