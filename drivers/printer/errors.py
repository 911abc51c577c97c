"""Printer faults, on top of the device exception tree of :mod:`drivers.errors`.

The state/action in brackets is what ``Device.poll()``/``open()`` make of them (sub-status
``paper`` = ``full|low|out|jammed``, ``cover`` = ``open|closed``)::

    DeviceError
    ├── PaperOut            no paper; a job is refused BEFORE   [user_error, clear]
    │                       anything is sent (code paper_out), or
    │                       ran out during one (paper_out_during_job)
    ├── CoverOpen           paper cover open                    [user_error, clear]
    ├── PaperJam            cutter/paper jam                    [hardware_error, clear]
    ├── PrinterOffline      printer says offline, no cause      [offline, suspend]
    │                       (feed button, waiting to recover)
    ├── PrinterNotReady     a job refused because the status is [state of the printer]
    │                       not online (jam, cover, offline...)
    └── DeviceUnavailable   connection refused/closed, no answer [no_device, suspend]
        └── JobInterrupted  the connection broke during a job:  [no_device, suspend]
                            the receipt may be missing or cut short

A malformed status reply is a :class:`drivers.errors.ProtocolError` [hardware_error, reset];
a write that does not finish in time a :class:`drivers.errors.DeviceTimeout`.
"""

from __future__ import annotations

from drivers.errors import DeviceError, DeviceUnavailable
from drivers.model import DeviceState, ErrorAction


class PaperOut(DeviceError):
    default_state = DeviceState.USER_ERROR
    default_action = ErrorAction.CLEAR
    default_code = "paper_out"


class CoverOpen(DeviceError):
    default_state = DeviceState.USER_ERROR
    default_action = ErrorAction.CLEAR
    default_code = "cover_open"


class PaperJam(DeviceError):
    default_state = DeviceState.HARDWARE_ERROR
    default_action = ErrorAction.CLEAR
    default_code = "paper_jam"


class PrinterOffline(DeviceError):
    default_state = DeviceState.OFFLINE
    default_action = ErrorAction.SUSPEND
    default_code = "printer_offline"


class PrinterNotReady(DeviceError):
    """A job was refused because the printer is not online; ``state`` is the printer's."""

    default_code = "not_ready"


class JobInterrupted(DeviceUnavailable):
    """The connection failed while a job was being sent or confirmed."""

    default_code = "job_interrupted"
