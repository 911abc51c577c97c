"""The device model shared by every device class (after XFS4IoT).

Plain data only: no I/O, no Qt, no threads. A device has a :class:`DeviceStatus` (a state plus
class-specific sub-status strings) and reports three kinds of events to its listeners:

* :class:`StatusChanged` - only what changed since the previous status;
* :class:`DeviceErrorEvent` - a fault with the recommended :class:`ErrorAction`;
* :class:`DeviceEvent` - a class event such as ``person_arrived`` of a presence radar.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType
from typing import Any


class DeviceState(StrEnum):
    """The common device state (XFS4IoT ``Common.Status.device``)."""

    ONLINE = "online"
    OFFLINE = "offline"
    NO_DEVICE = "no_device"
    HARDWARE_ERROR = "hardware_error"
    USER_ERROR = "user_error"  # a person is blocking it (card left in, door held open...)
    BUSY = "busy"
    POWER_OFF = "power_off"


class ErrorAction(StrEnum):
    """What should be done about an error (XFS4IoT ``Common.ErrorEvent.action``)."""

    RESET = "reset"  # the application resets/reopens the device (the DeviceHost does it)
    CLEAR = "clear"  # local staff can fix it (paper out, item stuck)
    MAINTENANCE = "maintenance"  # needs a technician
    SUSPEND = "suspend"  # the device is recovering and will report again


def _frozen_strings(sub: Mapping[str, str]) -> Mapping[str, str]:
    return MappingProxyType({str(k): str(v) for k, v in sub.items()})


@dataclass(frozen=True, slots=True)
class DeviceStatus:
    """A snapshot of a device's status.

    ``sub`` holds the class sub-status as strings (presence radar: ``presence`` =
    ``none|moving|stationary|both``; printer: ``paper`` = ``full|low|out|jammed``...). When the
    state is not ``online`` the sub-status is the last known value: do not act on it.
    ``detail`` is a short human reason for technicians; it never contains personal data.
    """

    state: DeviceState
    sub: Mapping[str, str] = field(default_factory=dict)
    detail: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "state", DeviceState(self.state))
        object.__setattr__(self, "sub", _frozen_strings(self.sub))

    def to_dict(self) -> dict[str, Any]:
        return {"state": str(self.state), "sub": dict(self.sub), "detail": self.detail}

    def changes_since(self, previous: DeviceStatus | None) -> dict[str, Any]:
        """What differs from ``previous``: ``state``/``detail`` when changed, and ``sub`` with
        only the changed keys (a removed key maps to ``None``). Empty dict: nothing changed.
        """
        if previous is None:
            return self.to_dict()
        changes: dict[str, Any] = {}
        if self.state != previous.state:
            changes["state"] = str(self.state)
        if self.detail != previous.detail:
            changes["detail"] = self.detail
        sub: dict[str, str | None] = {
            key: value for key, value in self.sub.items() if previous.sub.get(key) != value
        }
        sub.update({key: None for key in previous.sub if key not in self.sub})
        if sub:
            changes["sub"] = sub
        return changes


@dataclass(frozen=True, slots=True)
class StatusChanged:
    """The status changed; ``changes`` carries only what changed (see
    :meth:`DeviceStatus.changes_since`)."""

    device_id: str
    changes: dict[str, Any]


@dataclass(frozen=True, slots=True)
class DeviceErrorEvent:
    """A device fault: ``code`` is a stable machine name, ``message`` a short human reason."""

    device_id: str
    code: str
    message: str
    action: ErrorAction

    def to_dict(self) -> dict[str, str]:
        return {"code": self.code, "message": self.message, "action": str(self.action)}


@dataclass(frozen=True, slots=True)
class DeviceEvent:
    """A device-class event, e.g. presence ``person_arrived`` / ``person_left``."""

    device_id: str
    name: str
    data: Mapping[str, Any] = field(default_factory=dict)


Event = StatusChanged | DeviceErrorEvent | DeviceEvent
Listener = Callable[[Event], None]
