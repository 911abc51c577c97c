"""Printing for the resident journeys and diagnostics: one queue of jobs on the printer's host.

:class:`PrintService` (the ``Printing`` QML singleton) turns a
:class:`~drivers.printer.document.Document` into a job on the printer's
:class:`~kiosk.services.device_host.DeviceHost` worker (compiling to ESC/POS happens there, not
on the GUI thread) and reports the outcome with ``jobFinished(job_id, ok, reason)``. Callers
build documents with :mod:`drivers.printer.templates` (receipt, queue ticket, pickup slip,
guide, test page) and keep the job id to match the answer.

Reasons (short codes the screens translate; never personal data):

* ``""`` - printed and confirmed by the printer;
* ``paper_out`` - no paper: nothing was sent (or it ran out during the job, then the rest
  prints once paper is loaded);
* ``not_ready`` - cover open, jam, printer offline: nothing was sent;
* ``interrupted`` - the connection broke during the job: the receipt may be missing;
* ``unavailable`` - no printer configured, or it is not open;
* ``error`` - anything else (logged with the exception type only).

``available`` says whether a job would be accepted now (printer online and not out of paper);
screens show "printing is unavailable" up front instead of failing at the end of a journey.
``printedThisVisit`` drives the "take your receipt" reminder; the app clears it at visit end.

Exceptions: none escape; every failure is a ``jobFinished`` with ``ok=False``.
"""

from __future__ import annotations

import itertools
import logging
from typing import Any

from PySide6.QtCore import Property, QObject, QTimer, Signal, Slot

from drivers.errors import DeviceError, DeviceUnavailable
from drivers.printer.document import Document
from drivers.printer.errors import JobInterrupted, PaperOut, PrinterNotReady

log = logging.getLogger(__name__)

__all__ = ["PrintService", "failure_reason"]


def failure_reason(result: BaseException) -> str:
    """The short reason code of a failed job (see the module docstring)."""
    if isinstance(result, PaperOut):
        return "paper_out"
    if isinstance(result, JobInterrupted):
        return "interrupted"
    if isinstance(result, PrinterNotReady):
        return "not_ready"
    if isinstance(result, DeviceUnavailable):
        return "unavailable"
    if isinstance(result, DeviceError) and result.code in {"cover_open", "paper_jam"}:
        return "not_ready"
    return "error"


class _Job:
    """A callable the host runs on its worker; its ``__name__`` carries the job id, so the
    host's ``commandFinished`` answer names the job it belongs to."""

    def __init__(self, job_id: str, device: Any, document: Document | None) -> None:
        self.__name__ = f"print:{job_id}"
        self._device = device
        self._document = document

    def __call__(self) -> Any:
        if self._document is None:
            return self._device.print_test_page()
        return self._device.print_document(self._document)


class PrintService(QObject):
    """Jobs for the receipt printer; lives on the GUI thread, prints on the host's worker."""

    jobFinished = Signal(str, bool, str)
    availableChanged = Signal()
    printedChanged = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._host: Any | None = None
        self._status: dict[str, Any] = {"state": "no_device", "sub": {}}
        self._ids = itertools.count(1)
        self._pending: set[str] = set()
        self._printed_this_visit = False
        self.jobs_ok = 0
        self.jobs_failed = 0

    # -- wiring --------------------------------------------------------------------------------
    def attach(self, host: Any) -> None:
        """Use the printer behind ``host`` (a DeviceHost); call on the GUI thread."""
        self._host = host
        host.commandFinished.connect(self._on_command_finished)
        host.statusChanged.connect(self._on_status)
        self._on_status(host.device_id, host.status)

    # -- properties ----------------------------------------------------------------------------
    def _available(self) -> bool:
        return (
            self._host is not None
            and self._status.get("state") == "online"
            and self._status.get("sub", {}).get("paper") != "out"
        )

    available = Property(bool, _available, notify=availableChanged)

    def _paper(self) -> str:
        return str(self._status.get("sub", {}).get("paper", ""))

    paper = Property(str, _paper, notify=availableChanged)

    def _state(self) -> str:
        return str(self._status.get("state", "no_device")) if self._host else "no_device"

    state = Property(str, _state, notify=availableChanged)

    def _printed(self) -> bool:
        return self._printed_this_visit

    printedThisVisit = Property(bool, _printed, notify=printedChanged)

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    # -- jobs ----------------------------------------------------------------------------------
    def print_document(self, document: Document) -> str:
        """Queue ``document``; returns the job id. The answer comes as ``jobFinished``."""
        return self._submit(document)

    @Slot(result=str)
    def printTestPage(self) -> str:
        return self._submit(None)

    def _submit(self, document: Document | None) -> str:
        job_id = f"job{next(self._ids)}"
        host = self._host
        if host is None:
            QTimer.singleShot(0, self, lambda: self._finish(job_id, False, "unavailable"))
            return job_id
        self._pending.add(job_id)
        host.submit(_Job(job_id, host.device, document))
        return job_id

    def clear_visit(self) -> None:
        if self._printed_this_visit:
            self._printed_this_visit = False
            self.printedChanged.emit()

    # -- answers (GUI thread, queued from the host's worker) ---------------------------------
    @Slot(str, str, object)
    def _on_command_finished(self, _device_id: str, name: str, result: object) -> None:
        if not name.startswith("print:"):
            return
        job_id = name.removeprefix("print:")
        if job_id not in self._pending:
            return
        self._pending.discard(job_id)
        if isinstance(result, BaseException):
            reason = failure_reason(result)
            log.warning("print %s failed: %s (%s)", job_id, reason, type(result).__name__)
            self._finish(job_id, False, reason)
        else:
            self._finish(job_id, True, "")

    def _finish(self, job_id: str, ok: bool, reason: str) -> None:
        if ok:
            self.jobs_ok += 1
            if not self._printed_this_visit:
                self._printed_this_visit = True
                self.printedChanged.emit()
        else:
            self.jobs_failed += 1
        self.jobFinished.emit(job_id, ok, reason)

    @Slot(str, dict)
    def _on_status(self, _device_id: str, status: dict) -> None:
        before = self._available(), self._paper(), self._state()
        self._status = dict(status)
        if (self._available(), self._paper(), self._state()) != before:
            self.availableChanged.emit()
