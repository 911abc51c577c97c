"""The device exception tree (documented in :mod:`drivers`).

Each exception class carries the device state and the :class:`ErrorAction` it implies, so the
:class:`~drivers.base.Device` template can turn any fault a driver raises into the right status
and error event without a lookup table per driver. A driver may refine them per instance
(``DeviceTimeout("...", code="no_reports")``).

Drivers wrap vendor/transport errors (``serial.SerialException``, ``OSError``) in one of these
with ``raise ... from exc`` so the cause stays in the traceback.
"""

from __future__ import annotations

from drivers.model import DeviceState, ErrorAction

#: bytes of an offending frame kept in :attr:`ProtocolError.data_hex`
PROTOCOL_ERROR_MAX_BYTES = 32


class DeviceError(Exception):
    """Base of every device fault. Anything else escaping a driver is a programming error."""

    default_state: DeviceState = DeviceState.HARDWARE_ERROR
    default_action: ErrorAction = ErrorAction.MAINTENANCE
    default_code: str = "device_error"

    def __init__(
        self,
        message: str,
        *,
        code: str | None = None,
        action: ErrorAction | None = None,
        state: DeviceState | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.code = code or self.default_code
        self.action = action or self.default_action
        self.state = state or self.default_state

    def __str__(self) -> str:
        return self.message


class DeviceUnavailable(DeviceError):
    """Cannot open the device, it was unplugged, or nothing answers on the port."""

    default_state = DeviceState.NO_DEVICE
    # The DeviceHost keeps reopening with backoff: the device "will report again" by itself.
    # Escalating a device that stays away to a technician is a health-monitor decision.
    default_action = ErrorAction.SUSPEND
    default_code = "no_device"


class DeviceTimeout(DeviceError):
    """The device is there but did not answer (or stopped reporting) in time."""

    default_action = ErrorAction.RESET
    default_code = "timeout"


class ProtocolError(DeviceError):
    """A malformed frame: bad header/length/tail/checksum, or an impossible field value.

    ``data_hex`` holds the offending bytes as hex, truncated to
    :data:`PROTOCOL_ERROR_MAX_BYTES`. It is deliberately not part of ``str(exc)``: frames of
    some devices (ID card readers) carry personal data, so drivers of such devices pass only
    the frame header, and only diagnostics show ``data_hex``.
    """

    default_action = ErrorAction.RESET
    default_code = "protocol_error"

    def __init__(
        self,
        message: str,
        data: bytes = b"",
        *,
        code: str | None = None,
        action: ErrorAction | None = None,
        state: DeviceState | None = None,
    ) -> None:
        super().__init__(message, code=code, action=action, state=state)
        self.data_hex = hex_preview(data)


class CommandRejected(DeviceError):
    """The device understood the command and answered with an error status."""

    default_action = ErrorAction.MAINTENANCE
    default_code = "command_rejected"

    def __init__(
        self,
        message: str,
        *,
        command: str = "",
        status: int | None = None,
        code: str | None = None,
        action: ErrorAction | None = None,
        state: DeviceState | None = None,
    ) -> None:
        super().__init__(message, code=code, action=action, state=state)
        self.command = command
        self.status = status


class DeviceBusy(DeviceError):
    """The device is doing something else (a print, a card read) and cannot take this now."""

    default_state = DeviceState.BUSY
    default_action = ErrorAction.SUSPEND
    default_code = "busy"


def hex_preview(data: bytes, limit: int = PROTOCOL_ERROR_MAX_BYTES) -> str:
    """``data`` as spaced hex, cut after ``limit`` bytes with a ``…(+N)`` marker."""
    text = bytes(data[:limit]).hex(" ")
    if len(data) > limit:
        text += f" …(+{len(data) - limit})"
    return text
