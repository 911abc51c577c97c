"""Device layer: one package per device class, real drivers plus wire-level simulators.

Model (after XFS4IoT, see ``/work/shared/DESIGN.md``): every device has a status (state + class
sub-status), capabilities, commands and events; :mod:`drivers.model` holds the data types,
:mod:`drivers.base` the :class:`~drivers.base.Device` template, :mod:`drivers.registry` the lazy
``kind/driver -> class`` table. A simulator is a device model behind the real transport (a pty
for serial devices), so tests and the demo run the production driver code.

Exception tree (:mod:`drivers.errors`); the state/action in brackets is what
``Device.poll()``/``open()`` turn it into::

    DeviceError                  any device fault            [hardware_error, maintenance]
    ├── DeviceUnavailable        cannot open, unplugged,     [no_device, suspend]
    │                            nothing answers
    ├── DeviceTimeout            present but no answer /     [hardware_error, reset]
    │                            stopped reporting in time
    ├── ProtocolError            malformed frame, checksum/  [hardware_error, reset]
    │                            length error; .data_hex
    ├── CommandRejected          device answered with an     [hardware_error, maintenance]
    │                            error status; .status
    └── DeviceBusy               doing something else        [busy, suspend]

Drivers wrap transport errors (``serial.SerialException``, ``OSError``) with
``raise DeviceUnavailable(...) from exc``. Anything that is not a ``DeviceError`` is a
programming error and propagates.
"""

from drivers.errors import (
    CommandRejected,
    DeviceBusy,
    DeviceError,
    DeviceTimeout,
    DeviceUnavailable,
    ProtocolError,
)
from drivers.model import (
    DeviceErrorEvent,
    DeviceEvent,
    DeviceState,
    DeviceStatus,
    ErrorAction,
    StatusChanged,
)

__all__ = [
    "CommandRejected",
    "DeviceBusy",
    "DeviceError",
    "DeviceErrorEvent",
    "DeviceEvent",
    "DeviceState",
    "DeviceStatus",
    "DeviceTimeout",
    "DeviceUnavailable",
    "ErrorAction",
    "ProtocolError",
    "StatusChanged",
]
