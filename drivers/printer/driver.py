"""ESC/POS receipt printer driver (``printer/escpos``) over TCP, serial, USB or a device file.

Configuration (``[devices.printer]``): ``port`` is the printer URL (``tcp://10.0.0.5:9100``,
``serial:///dev/ttyS0?baud=9600``, ``usb://0416:5011``, ``file:///dev/usb/lp0``; see
:mod:`drivers.printer.transport`), ``profile`` a name from :mod:`drivers.printer.profiles`.

Status (polled by the DeviceHost worker, never on the GUI thread): ``DLE EOT 1`` (online);
when offline ``DLE EOT 2`` (why) and ``DLE EOT 3`` (which error); always ``DLE EOT 4`` (paper
near-end/end). Profiles with ``status_mode = "gs_r"`` use ``GS r 1`` (paper only). Every reply
is one byte matched against its fixed bit pattern; each wait is bounded by
``status_timeout_s``. Sub-status: ``paper`` = ``full|low|out|jammed`` (``unknown`` on a
write-only ``file://``), ``cover`` = ``open|closed|unknown``. The mapping to device states
and error actions is in :mod:`drivers.printer.errors`.

Printing: :meth:`EscPosPrinter.print_job` takes job bytes (from
:mod:`drivers.printer.templates`), reads a fresh status first and refuses with
:class:`~drivers.printer.errors.PaperOut` (or ``PrinterNotReady``) *before sending anything*,
so the kiosk never tells a resident to take a receipt that will not come; after sending it
asks for status again (queued behind the job on the wire, so it also confirms the printer got
it) and raises :class:`~drivers.printer.errors.JobInterrupted` if the connection broke.

Lessons:

* A printer that lost paper goes offline and stops processing queued print data, but still
  answers the real-time ``DLE EOT``; ``GS I``/``GS r`` are queued behind print data and may be
  answered late. Stale bytes are drained before every request so a late reply is never read
  as the answer to the next question; identification (``GS I``) is asked only when online.
* :class:`~drivers.base.Device` shows a fault with the previous sub-status; the printer's
  faults carry their own (``paper: out``), so the driver sets the status before raising.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, NoReturn

from drivers.base import Device
from drivers.errors import DeviceBusy, DeviceError, DeviceUnavailable, ProtocolError
from drivers.model import DeviceEvent, DeviceState, DeviceStatus, ErrorAction
from drivers.printer import escpos
from drivers.printer.document import Document, compile_job
from drivers.printer.errors import (
    CoverOpen,
    JobInterrupted,
    PaperJam,
    PaperOut,
    PrinterNotReady,
    PrinterOffline,
)
from drivers.printer.escpos import RealtimeStatus, StatusFormatError
from drivers.printer.profiles import PrinterProfile, get_profile
from drivers.printer.transport import Transport, make_transport, parse_url

log = logging.getLogger(__name__)

JOB_PRINTED = "job_printed"


@dataclass(frozen=True, slots=True)
class PrintResult:
    """What a finished job did: bytes sent, pages cut, paper state afterwards."""

    bytes_sent: int
    pages: int
    paper: str


class EscPosPrinter(Device):
    """An ESC/POS receipt printer behind ``port`` (a printer URL)."""

    kind = "printer"
    driver_name = "escpos"
    sub_status_keys = ("paper", "cover")
    event_names = (JOB_PRINTED,)
    command_names = ("print_job", "print_document", "print_test_page")

    def __init__(
        self,
        device_id: str,
        *,
        port: str,
        profile: str | PrinterProfile = "generic-80",
        status_timeout_s: float = 0.5,
        connect_timeout_s: float = 3.0,
        job_timeout_s: float = 30.0,
        identify: bool = True,
        profile_options: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(device_id)
        self._url = parse_url(str(port))
        self._profile = get_profile(profile, **dict(profile_options or {}))
        self._status_timeout_s = float(status_timeout_s)
        self._job_timeout_s = float(job_timeout_s)
        self._identify = bool(identify)
        self._transport: Transport = make_transport(self._url, float(connect_timeout_s))
        #: False for write-only connections and profiles without status commands
        self._has_status = self._transport.can_read and self._profile.status_mode != "none"
        self._ident: dict[str, str | None] = {"firmware": None, "maker": None, "model": None}
        self._events: list[DeviceEvent] = []
        self._counters = {
            "jobs_printed": 0,
            "pages_printed": 0,
            "bytes_sent": 0,
            "jobs_refused": 0,
            "jobs_failed": 0,
            "status_replies": 0,
        }

    @property
    def profile(self) -> PrinterProfile:
        return self._profile

    @property
    def counters(self) -> dict[str, int]:
        return dict(self._counters)

    # ---------------------------------------------------------------- commands

    def print_job(self, data: bytes) -> PrintResult:
        """Print ``data`` (whole ESC/POS job bytes); see the module docstring.

        Raises ``PaperOut``/``PrinterNotReady`` with the default codes (nothing was sent), or
        with code ``paper_out_during_job`` / state offline when the printer stopped during the
        job (it prints the rest once fixed); ``JobInterrupted`` (the connection broke: the
        receipt may be missing), ``DeviceTimeout`` (a write hung), ``DeviceUnavailable`` (not
        open). Returns :class:`PrintResult` once the printer has confirmed the job.
        """
        data = bytes(data)
        if not self.is_open:
            raise DeviceUnavailable(f"{self.device_id} is not open ({self.status.state})")
        status = self.poll()
        if not self.is_open:
            self._counters["jobs_refused"] += 1
            raise DeviceUnavailable(f"printer not reachable: {status.detail}")
        if status.state is not DeviceState.ONLINE:
            self._counters["jobs_refused"] += 1
            if status.sub.get("paper") == "out":
                raise PaperOut(f"paper out: job not sent ({status.detail})")
            raise PrinterNotReady(
                f"printer not ready: {status.detail}", state=status.state, action=ErrorAction.CLEAR
            )
        try:
            self._transport.write(data, self._write_timeout(len(data)))
            if self._has_status:
                # DLE EOT is answered as soon as it reaches the printer, i.e. behind the job:
                # the answer confirms the printer took it. A networked printer may still be
                # pulling a long job out of its buffer, so allow the whole job time.
                after = self._query_status(1, timeout=self._write_timeout(len(data)))
                if RealtimeStatus(printer=after).offline:
                    self._job_stopped()
        except DeviceUnavailable as exc:
            self._counters["jobs_failed"] += 1
            self.poll()  # let the device model see the lost connection (it closes itself)
            raise JobInterrupted(
                f"connection lost while printing: the receipt may be missing ({exc})"
            ) from exc
        except DeviceError:
            self._counters["jobs_failed"] += 1
            raise
        pages = escpos.count_cuts(data)
        self._counters["jobs_printed"] += 1
        self._counters["pages_printed"] += pages
        self._counters["bytes_sent"] += len(data)
        self._events.append(
            DeviceEvent(self.device_id, JOB_PRINTED, {"bytes": len(data), "pages": pages})
        )
        status = self.poll()
        return PrintResult(len(data), pages, status.sub.get("paper", "unknown"))

    def _job_stopped(self) -> NoReturn:
        """The printer went offline during the job (paper ran out, cover opened): it keeps
        the rest in its buffer and prints it once the cause is fixed."""
        self._counters["jobs_failed"] += 1
        status = self.poll()
        reason = f"printing stopped during the job: {status.detail or 'printer offline'}"
        if status.sub.get("paper") == "out":
            raise PaperOut(reason, code="paper_out_during_job")
        raise PrinterNotReady(reason, state=status.state, action=ErrorAction.CLEAR)

    def print_document(self, document: Document) -> PrintResult:
        """Compile ``document`` for this printer's profile (on this thread) and print it."""
        job = compile_job(document, self._profile)
        if job.replaced:
            log.info(
                "%s: %d character(s) replaced for the %s font",
                self.device_id,
                len(job.replaced),
                self._profile.charset,
            )
        return self.print_job(job.data)

    def print_test_page(self, lang: str = "zh_CN") -> PrintResult:
        """The technician test page with this printer's counters."""
        from datetime import datetime

        from drivers.printer.templates import TechnicianPage, technician_page

        page = TechnicianPage(
            profile=self._profile,
            counters={
                "Pages printed": self._counters["pages_printed"],
                "Jobs printed": self._counters["jobs_printed"],
                "Jobs refused": self._counters["jobs_refused"],
                "Bytes sent": self._counters["bytes_sent"],
            },
            paper=self.status.sub.get("paper", ""),
            device_id=self.device_id,
            printed_at=datetime.now(),
        )
        return self.print_job(technician_page(page, lang))

    # ---------------------------------------------------------------- Device surface

    def _open(self) -> None:
        self._transport.open()
        if not self._has_status:
            return
        if self._profile.status_mode == "dle_eot":
            online = not RealtimeStatus(printer=self._query_status(1)).offline
        else:
            online = True
        if self._identify and online:
            self._read_identity()
        log.info("%s: printer on %s (%s)", self.device_id, self._url, self._ident["model"])

    def _close(self) -> None:
        self._transport.close()

    def _read_status(self) -> DeviceStatus:
        if not self._has_status:
            return DeviceStatus(
                DeviceState.ONLINE, {"paper": "unknown", "cover": "unknown"}, "no status channel"
            )
        if self._profile.status_mode == "gs_r":
            paper = self._query_paper_sensor()
            sub = {"paper": paper, "cover": "unknown"}
            if paper == "out":
                self._raise_fault(PaperOut("paper out"), sub)
            return DeviceStatus(DeviceState.ONLINE, sub, "paper near end" if paper == "low" else "")
        st = RealtimeStatus(printer=self._query_status(1))
        if st.offline:
            st = RealtimeStatus(st.printer, offline_cause=self._query_status(2))
            if st.error:
                st = RealtimeStatus(st.printer, st.offline_cause, error_cause=self._query_status(3))
        st = RealtimeStatus(st.printer, st.offline_cause, st.error_cause, self._query_status(4))
        return self._classify(st)

    def _take_events(self) -> list[DeviceEvent]:
        events, self._events = self._events, []
        return events

    def _capabilities(self) -> dict[str, Any]:
        return {
            "profile": self._profile.name,
            "dots_per_line": self._profile.dots_per_line,
            "charset": self._profile.charset,
            "native_text": self._profile.chinese_font,
            "native_qr": self._profile.native_qr,
            "cutter": self._profile.cutter,
            "status": self._has_status,
        }

    def _info(self) -> dict[str, Any]:
        return {
            "port": str(self._url),
            "firmware": self._ident["firmware"] or ("unknown" if self.is_open else None),
            "maker": self._ident["maker"],
            "model": self._ident["model"],
            "profile": self._profile.name,
            **self._counters,
        }

    # ---------------------------------------------------------------- internals

    def _classify(self, st: RealtimeStatus) -> DeviceStatus:
        """Turn decoded ``DLE EOT`` replies into a status, or raise the fault (most specific
        cause first: a jam also shows as "offline" and "error")."""
        paper = "out" if st.paper_out else "low" if st.paper_near_end else "full"
        cover = "open" if st.cover_open else "closed"
        sub = {"paper": paper, "cover": cover}
        fault: DeviceError | None = None
        if st.cutter_error:
            fault = PaperJam("paper jam (cutter error): clear the paper path")
            sub["paper"] = "jammed"
        elif st.cover_open:
            fault = CoverOpen("printer cover open")
        elif paper == "out":
            fault = PaperOut("paper out: load a new roll")
        elif st.unrecoverable_error:
            fault = DeviceError("unrecoverable printer error", code="printer_error")
        elif st.auto_recoverable_error:
            fault = DeviceBusy("print head too hot: waiting", code="head_overheat")
        elif st.recoverable_error:
            fault = DeviceError(
                "recoverable printer error", code="recoverable_error", action=ErrorAction.CLEAR
            )
        elif st.error:
            fault = DeviceError("printer error", code="printer_error", action=ErrorAction.RESET)
        elif st.offline:
            fault = PrinterOffline("printer offline")
        if fault is not None:
            self._raise_fault(fault, sub)
        return DeviceStatus(DeviceState.ONLINE, sub, "paper near end" if paper == "low" else "")

    def _raise_fault(self, exc: DeviceError, sub: Mapping[str, str]) -> NoReturn:
        # The base class shows a fault with the last sub-status; this fault knows better
        # (paper out/jammed), so show both in one status change, then raise as usual.
        self._set_status(DeviceStatus(exc.state, sub, exc.message))
        raise exc

    def _transfer_s(self, size: int) -> float:
        """Seconds the link needs for ``size`` bytes (0 for fast links)."""
        rate = self._transport.bytes_per_s
        return size / rate if rate else 0.0

    def _write_timeout(self, size: int) -> float:
        return self._job_timeout_s + 2.0 * self._transfer_s(size)

    def _exchange(
        self, request: bytes, size: int, timeout: float, until: bytes | None = None
    ) -> bytes:
        stale = self._transport.drain()
        if stale:
            log.debug("%s: dropped %d stale byte(s): %s", self.device_id, len(stale), stale.hex())
        self._transport.write(request, max(timeout, 1.0))
        return self._transport.read(size, timeout, until=until)

    def _no_answer(self, what: str, wait: float | None = None) -> DeviceUnavailable:
        wait = self._status_timeout_s if wait is None else wait
        return DeviceUnavailable(
            f"no answer to {what} from {self._url} within {wait:g} s", code="no_answer"
        )

    def _query_status(self, n: int, timeout: float | None = None) -> int:
        wait = self._status_timeout_s if timeout is None else timeout
        reply = self._exchange(escpos.status_request(n), 1, wait)
        if not reply:
            raise self._no_answer(f"DLE EOT {n}", wait)
        try:
            value = escpos.decode_status(n, reply)
        except StatusFormatError as exc:
            raise ProtocolError(f"malformed status reply from {self._url}: {exc}", reply) from exc
        self._counters["status_replies"] += 1
        return value

    def _query_paper_sensor(self) -> str:
        reply = self._exchange(escpos.paper_sensor_request(), 1, self._status_timeout_s)
        if not reply:
            raise self._no_answer("GS r 1")
        try:
            paper = escpos.decode_paper_sensor(reply)
        except StatusFormatError as exc:
            raise ProtocolError(f"malformed status reply from {self._url}: {exc}", reply) from exc
        self._counters["status_replies"] += 1
        return paper

    def _read_identity(self) -> None:
        for key, fn in (("model", 67), ("firmware", 65), ("maker", 66)):
            reply = self._exchange(
                escpos.printer_id_request(fn), 0, self._status_timeout_s, until=b"\x00"
            )
            if not reply:
                return  # GS I not supported: do not wait three times
            try:
                self._ident[key] = escpos.decode_printer_id(reply)
            except StatusFormatError:
                log.debug("%s: odd GS I %d reply %s", self.device_id, fn, reply[:16].hex())
