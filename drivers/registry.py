"""Lazy driver registry: ``(kind, driver name) -> "module.path:ClassName"``.

Configuration names a driver by string (``kind = "presence"``, ``driver = "ld2410"``); the
module is imported only when a device is created, so a kiosk without a printer never imports
the printer stack (and a missing optional vendor library only breaks the device that needs it).

Third-party drivers register through the entry-point group ``gov_kiosk.drivers``; the entry
point's name is ``"kind.driver"`` and its value ``"module:Class"``::

    [project.entry-points."gov_kiosk.drivers"]
    "printer.acme" = "acme_kiosk.printer:AcmePrinter"

Built-in entries win over entry points of the same name; :func:`register` wins over both.
"""

from __future__ import annotations

import importlib
import importlib.metadata
import logging
import threading
from typing import Any

from drivers.base import Device

log = logging.getLogger(__name__)

ENTRY_POINT_GROUP = "gov_kiosk.drivers"

_BUILTIN: dict[str, dict[str, str]] = {
    "presence": {
        "ld2410": "drivers.presence.ld2410:LD2410Sensor",
    },
    "printer": {
        "escpos": "drivers.printer.driver:EscPosPrinter",
    },
    "idcard": {
        "ga467": "drivers.idcard.ga467:Ga467Reader",
        "pcsc": "drivers.idcard.pcsc:PcscReader",
    },
    "camera": {
        "opencv": "drivers.camera.capture:CameraDevice",
    },
    "cabinet": {
        "kerong": "drivers.cabinet.driver:KerongCabinet",
        "generic8a": "drivers.cabinet.driver:Generic8ACabinet",
    },
}

_lock = threading.Lock()
_table: dict[str, dict[str, str | type[Device]]] = {
    kind: dict(drivers) for kind, drivers in _BUILTIN.items()
}
_entry_points_loaded = False


def register(kind: str, driver: str, target: str | type[Device]) -> None:
    """Add or replace a driver: ``target`` is ``"module.path:ClassName"`` or the class."""
    if isinstance(target, str) and ":" not in target:
        raise ValueError(f"driver target must look like 'module.path:ClassName', got {target!r}")
    with _lock:
        _table.setdefault(kind, {})[driver] = target


def unregister(kind: str, driver: str) -> None:
    """Remove a driver (tests, plug-ins that fail their own checks). Missing ones are ignored."""
    with _lock:
        drivers = _table.get(kind)
        if drivers is not None:
            drivers.pop(driver, None)
            if not drivers:
                del _table[kind]


def known_drivers() -> dict[str, set[str]]:
    """``{kind: {driver names}}`` without importing any driver module."""
    _load_entry_points()
    with _lock:
        return {kind: set(drivers) for kind, drivers in _table.items()}


def driver_class(kind: str, driver: str) -> type[Device]:
    """Import (once) and return the class registered for ``kind``/``driver``."""
    _load_entry_points()
    with _lock:
        target = _table.get(kind, {}).get(driver)
    if target is None:
        raise LookupError(_unknown_message(kind, driver))
    try:
        cls = _resolve(target) if isinstance(target, str) else target
    except (ImportError, AttributeError) as exc:
        raise ImportError(f"cannot load driver {kind}.{driver} from {target!r}: {exc}") from exc
    if not (isinstance(cls, type) and issubclass(cls, Device)):
        raise TypeError(f"driver {kind}.{driver} -> {target!r} is not a drivers.base.Device")
    if cls.kind != kind:
        raise TypeError(f"driver {kind}.{driver} -> {cls.__qualname__} is of kind {cls.kind!r}")
    with _lock:
        if _table.get(kind, {}).get(driver) == target:
            _table[kind][driver] = cls
    return cls


def create(kind: str, driver: str, device_id: str, **params: Any) -> Device:
    """Create an unopened device: ``driver_class(kind, driver)(device_id, **params)``."""
    return driver_class(kind, driver)(device_id, **params)


def _resolve(target: str) -> Any:
    module_name, _, qualname = target.partition(":")
    obj: Any = importlib.import_module(module_name)
    for part in qualname.split("."):
        obj = getattr(obj, part)
    return obj


def _unknown_message(kind: str, driver: str) -> str:
    with _lock:
        table = {k: sorted(v) for k, v in _table.items()}
    if kind not in table:
        return f"unknown device kind {kind!r} (known kinds: {', '.join(sorted(table)) or 'none'})"
    return (
        f"unknown driver {driver!r} for device kind {kind!r}"
        f" (known: {', '.join(table[kind]) or 'none'})"
    )


def _entry_points() -> list[importlib.metadata.EntryPoint]:
    return list(importlib.metadata.entry_points(group=ENTRY_POINT_GROUP))


def _load_entry_points() -> None:
    global _entry_points_loaded
    if _entry_points_loaded:
        return
    try:
        found = _entry_points()
    except Exception:
        # A broken distribution's metadata must not take the built-in drivers down with it.
        log.exception("cannot read entry points of group %s", ENTRY_POINT_GROUP)
        found = []
    with _lock:
        if _entry_points_loaded:
            return
        for ep in found:
            kind, dot, driver = ep.name.partition(".")
            if not dot or not kind or not driver or ":" not in ep.value:
                log.warning(
                    "ignoring entry point %s = %s: want 'kind.driver' = 'module:Class'",
                    ep.name,
                    ep.value,
                )
                continue
            if driver in _BUILTIN.get(kind, {}):
                log.warning("entry point %s shadows a built-in driver: ignored", ep.name)
                continue
            _table.setdefault(kind, {}).setdefault(driver, ep.value)
        _entry_points_loaded = True


def _reset_for_tests() -> None:
    """Back to the built-in table; entry points are read again on next use."""
    global _entry_points_loaded
    with _lock:
        _table.clear()
        _table.update({kind: dict(drivers) for kind, drivers in _BUILTIN.items()})
        _entry_points_loaded = False
