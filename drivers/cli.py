"""The shape every technician check shares (``python -m drivers.<kind> ...``).

A check makes the real driver from its arguments, opens it, does one thing, closes it, and then
either prints the result as JSON on stdout and exits 0, or prints ONE line ``error: <reason>``
on stderr and exits 1 (2 for bad arguments). That one line is what a technician reads on a
small terminal and what a script greps, so logging is kept at ERROR: driver warnings would only
repeat it.

:func:`run_check` is that outer shape; a module supplies how to make the device and the check
itself, which returns the JSON result or raises :class:`CheckFailed` (or a
:class:`~drivers.errors.DeviceError`) with the reason.
"""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Callable
from typing import Any, TypeVar

from drivers.base import Device
from drivers.errors import DeviceError
from drivers.model import DeviceErrorEvent, DeviceState, DeviceStatus, Event

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_BAD_ARGUMENTS = 2

D = TypeVar("D", bound=Device)


class CheckFailed(Exception):
    """The check cannot succeed: ``str(exc)`` is the one-line reason, ``code`` the exit code;
    ``result``, when given, still goes to stdout as one JSON line (what a script needs to know
    about the failure, e.g. how an open went wrong)."""

    def __init__(self, reason: object, *, code: int = EXIT_FAILED, result: Any = None) -> None:
        super().__init__(str(reason))
        self.code = code
        self.result = result


def fail(reason: object, code: int = EXIT_FAILED) -> int:
    """Print the one line ``error: <reason>`` on stderr; return ``code`` (the exit code)."""
    print(f"error: {reason}", file=sys.stderr)
    return code


def print_json(result: Any) -> None:
    """The success output: indented, and Chinese printed as text, not ``\\u`` escapes."""
    print(json.dumps(result, indent=2, ensure_ascii=False))


def device_report(device: Device, status: DeviceStatus | None = None) -> dict[str, Any]:
    """The ``status`` check's JSON: ``status`` (default: the device's now), ``info`` and
    ``capabilities``."""
    status = device.status if status is None else status
    return {
        "status": status.to_dict(),
        "info": device.info(),
        "capabilities": device.capabilities(),
    }


class ErrorWatch:
    """Listens to a device's error events, so a device that opened but is not online can say
    why in the driver's own words (the last error's message, else the status detail)."""

    def __init__(self, device: Device) -> None:
        self.device = device
        self.errors: list[DeviceErrorEvent] = []
        device.add_listener(self._on_event)

    def _on_event(self, event: Event) -> None:
        if isinstance(event, DeviceErrorEvent):
            self.errors.append(event)

    def require_online(self, status: DeviceStatus | None = None) -> None:
        """Raise :class:`CheckFailed` unless ``status`` (default: the device's now) is online."""
        status = self.device.status if status is None else status
        if status.state is not DeviceState.ONLINE:
            raise CheckFailed(self.errors[-1].message if self.errors else status.detail)


def run_check(
    make_device: Callable[[], D],
    check: Callable[[D, ErrorWatch], Any],
    *,
    bad_arguments: tuple[type[Exception], ...] = (),
) -> int:
    """Make the device, open it, run ``check`` on it, close it; return the exit code.

    A ``ValueError`` from ``make_device`` is a bad argument (the driver refused its settings):
    exit 2, as is any ``bad_arguments`` exception raised while opening or checking. A
    :class:`DeviceError` or :class:`CheckFailed` is the one-line failure; anything else is a
    programming error and keeps its traceback.
    """
    # The one-line verdict is the output; driver warnings would only repeat it.
    logging.basicConfig(level=logging.ERROR)
    try:
        device = make_device()
    except ValueError as exc:
        return fail(exc, EXIT_BAD_ARGUMENTS)
    watch = ErrorWatch(device)
    try:
        device.open()
        result = check(device, watch)
    except DeviceError as exc:
        return fail(exc)
    except CheckFailed as exc:
        code = fail(exc, exc.code)
        if exc.result is not None:
            print(json.dumps(exc.result, ensure_ascii=False))
        return code
    except bad_arguments as exc:
        return fail(exc, EXIT_BAD_ARGUMENTS)
    finally:
        device.close()
    print_json(result)
    return EXIT_OK
