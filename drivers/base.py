"""The :class:`Device` template every driver implements.

A driver implements a tiny surface - ``_open``, ``_close``, ``_read_status`` and optionally
``_take_events`` - and raises :mod:`drivers.errors` exceptions for device faults. The public
methods here do everything that must be identical across drivers: status diffing, turning
faults into states and error events, listener fan-out, idempotent open/close.

Threading: a ``Device`` is not thread-safe. Exactly one thread (the ``DeviceHost`` worker) calls
its methods; listeners are called synchronously on that thread.
"""

from __future__ import annotations

import logging
from abc import ABC, abstractmethod
from typing import Any, ClassVar

from drivers.errors import DeviceError, DeviceUnavailable
from drivers.model import (
    DeviceErrorEvent,
    DeviceEvent,
    DeviceState,
    DeviceStatus,
    Event,
    Listener,
    StatusChanged,
)

log = logging.getLogger(__name__)


class Device(ABC):
    """One physical device of one class (``kind``), driven by one driver (``driver_name``)."""

    #: device class: "presence", "idcard", "printer", "cabinet"...
    kind: ClassVar[str]
    #: name in the driver registry: "ld2410", "ga467", "escpos"...
    driver_name: ClassVar[str]
    #: sub-status keys this class reports
    sub_status_keys: ClassVar[tuple[str, ...]] = ()
    #: names of the class events (:class:`DeviceEvent`) it can emit
    event_names: ClassVar[tuple[str, ...]] = ()
    #: public methods a DeviceHost may run by name (``host.submit("restart")``)
    command_names: ClassVar[tuple[str, ...]] = ()

    def __init__(self, device_id: str) -> None:
        self._device_id = device_id
        self._status = DeviceStatus(DeviceState.OFFLINE, {}, "not opened")
        self._is_open = False
        self._listeners: list[Listener] = []
        # (state, code) of the fault currently shown, so a fault that persists over many polls
        # yields one error event and one status change, not one per poll.
        self._fault: tuple[DeviceState, str] | None = None

    # ---------------------------------------------------------------- public surface

    @property
    def device_id(self) -> str:
        return self._device_id

    @property
    def status(self) -> DeviceStatus:
        return self._status

    @property
    def is_open(self) -> bool:
        return self._is_open

    def add_listener(self, callback: Listener) -> None:
        """Call ``callback(event)`` for every event, on the thread that drives the device."""
        self._listeners.append(callback)

    def remove_listener(self, callback: Listener) -> None:
        if callback in self._listeners:
            self._listeners.remove(callback)

    def open(self) -> None:
        """Open the device and read its first status. No-op when already open.

        On a device fault the status becomes the fault's state (``no_device``,
        ``hardware_error``...), an error event is emitted, whatever was half-opened is released,
        and the :class:`DeviceError` is re-raised so the caller can retry later.
        """
        if self._is_open:
            return
        try:
            self._open()
        except DeviceError as exc:
            self._release()
            self._apply_fault(exc)
            raise
        except BaseException:
            self._release()
            raise
        self._is_open = True
        self._fault = None
        self.poll()

    def close(self) -> None:
        """Release the device; status becomes ``offline``. Idempotent, never raises a fault."""
        if self._is_open:
            self._is_open = False
            self._release()
        self._fault = None
        self._set_status(DeviceStatus(DeviceState.OFFLINE, self._status.sub, "closed"))

    def poll(self) -> DeviceStatus:
        """Read the device, emit what changed, return the status.

        Device faults never escape: they become the status (and one error event per new
        fault). A device that vanished (:class:`DeviceUnavailable`) is closed, so
        :attr:`is_open` tells the owner to reopen it. Programming errors propagate.
        """
        if not self._is_open:
            return self._status
        try:
            status = self._read_status()
            events = self._take_events()
        except DeviceUnavailable as exc:
            self._is_open = False
            self._release()
            self._apply_fault(exc)
            return self._status
        except DeviceError as exc:
            self._apply_fault(exc)
            return self._status
        self._fault = None
        self._set_status(status)
        for event in events:
            self._emit(event)
        return self._status

    def capabilities(self) -> dict[str, Any]:
        """What this device class/driver offers; drivers add to it with ``_capabilities``."""
        caps: dict[str, Any] = {
            "kind": self.kind,
            "driver": self.driver_name,
            "sub_status": list(self.sub_status_keys),
            "events": list(self.event_names),
            "commands": list(self.command_names),
        }
        caps.update(self._capabilities())
        return caps

    def info(self) -> dict[str, Any]:
        """Identification for diagnostics: driver, firmware, port (``None`` when unknown)."""
        info: dict[str, Any] = {
            "device_id": self._device_id,
            "kind": self.kind,
            "driver": self.driver_name,
            "firmware": None,
            "port": None,
        }
        info.update(self._info())
        return info

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self._device_id!r} {self._status.state}>"

    # ---------------------------------------------------------------- driver surface

    @abstractmethod
    def _open(self) -> None:
        """Open the transport and check the device answers; raise DeviceError subclasses."""

    @abstractmethod
    def _close(self) -> None:
        """Release the transport. Must tolerate a half-opened or already-closed device."""

    @abstractmethod
    def _read_status(self) -> DeviceStatus:
        """Read the device without blocking for long and return its current status."""

    def _take_events(self) -> list[DeviceEvent]:
        """Class events gathered since the last call (called right after ``_read_status``)."""
        return []

    def _capabilities(self) -> dict[str, Any]:
        return {}

    def _info(self) -> dict[str, Any]:
        return {}

    # ---------------------------------------------------------------- internals

    def _release(self) -> None:
        try:
            self._close()
        except DeviceError as exc:
            # Closing a device that is already gone fails in vendor-specific ways; the port
            # is released either way and there is nobody to report it to.
            log.debug("%s: ignoring error while closing: %s", self._device_id, exc)

    def _apply_fault(self, exc: DeviceError) -> None:
        key = (exc.state, exc.code)
        if key == self._fault:
            return
        self._fault = key
        log.warning(
            "%s: %s (%s, action %s): %s",
            self._device_id,
            exc.state,
            exc.code,
            exc.action,
            exc.message,
        )
        self._set_status(DeviceStatus(exc.state, self._status.sub, exc.message))
        self._emit(DeviceErrorEvent(self._device_id, exc.code, exc.message, exc.action))

    def _set_status(self, status: DeviceStatus) -> None:
        changes = status.changes_since(self._status)
        self._status = status
        if changes:
            self._emit(StatusChanged(self._device_id, changes))

    def _emit(self, event: Event) -> None:
        for callback in list(self._listeners):
            try:
                callback(event)
            except Exception:
                # One broken listener must not stop the device loop or starve the others.
                log.exception("%s: listener %r failed on %r", self._device_id, callback, event)
