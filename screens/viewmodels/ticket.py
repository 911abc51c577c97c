"""取号 and 预约签到 for QML (the ``Ticket`` singleton, router screen ``ticket``).

Performs the effects of :class:`~kiosk.flows.ticket.TicketFlow`:

* ``enqueue``: the request goes into the outbox through ``enqueue(kind, body, key, on_done)``
  (the app passes the backend's writer; ``on_done(item_id)`` runs on the writer thread with
  ``""`` on failure) and the answer comes back through a queued signal;
* the drain's outcome arrives through :meth:`on_item_done` / :meth:`on_dead_lettered` (the
  app connects the backend's forwarded ``itemDone`` / ``deadLettered`` signals);
* ``check``: the item's outbox state is read on a worker thread (``item_state(item_id)``);
* ``print``: the ticket is printed through :class:`~kiosk.services.printing.PrintService`;
  without a printer (or with no paper) the number is shown big on screen and the resident is
  told to note it;
* ``end``: on to the rating (``Router.replace("rating", ...)``).

Check-in by ID card goes through the identity journey (``Identity.begin("idcard", "ticket",
{"mode": "checkin_card"})``); when the router comes back to ``ticket`` with that mode the ID
number is taken from the resident session and sent. It is not kept here.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime
from typing import Any

from PySide6.QtCore import Property, QCoreApplication, QObject, QTimer, Signal, Slot

from kiosk.flows.ticket import SERVICE_TYPES, TicketError, TicketFlow, TicketStep, TicketTimeouts
from kiosk.logs import log_event

__all__ = ["TICKET_SCREEN", "TicketViewModel", "service_name"]

log = logging.getLogger(__name__)

TICKET_SCREEN = "ticket"

#: enqueue(kind, body, key, on_done(item_id or "")) -> queued?
Enqueue = Callable[[str, dict[str, Any], str, Callable[[str], None]], bool]


def service_name(code: str) -> str:
    """The translated name of a service type (printed on the ticket)."""
    translate = QCoreApplication.translate
    names = {
        "general": translate("TicketViewModel", "General services"),
        "social_security": translate("TicketViewModel", "Social security"),
        "medical_insurance": translate("TicketViewModel", "Medical insurance"),
        "housing_fund": translate("TicketViewModel", "Housing fund"),
        "household": translate("TicketViewModel", "Household registration"),
        "real_estate": translate("TicketViewModel", "Real estate"),
        "business_start": translate("TicketViewModel", "Starting a business"),
        "tax": translate("TicketViewModel", "Tax"),
    }
    return names.get(code, code)


class TicketViewModel(QObject):
    changed = Signal()
    _queued = Signal(int, str)
    _state = Signal(int, str)

    def __init__(
        self,
        *,
        router: Any,
        sessions: Any,
        printing: Any = None,
        enqueue: Enqueue | None = None,
        item_state: Callable[[str], str] | None = None,
        kiosk_id: str = "",
        hall: str = "",
        language: Callable[[], str] = lambda: "zh_CN",
        timeouts: TicketTimeouts | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._router = router
        self._sessions = sessions
        self._printing = printing
        self._enqueue = enqueue
        self._item_state = item_state
        self._kiosk_id = kiosk_id
        self._hall = hall
        self._language = language
        #: deadlines of the next request (tests shorten them)
        self.timeouts = timeouts or TicketTimeouts()
        self._flow = TicketFlow(timeouts=self.timeouts)
        self._job = ""
        self._on_screen = False
        self._closed = False
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="ticket")
        self._tick = QTimer(self)
        self._tick.setInterval(250)
        self._tick.timeout.connect(self._on_tick)
        self._queued.connect(self._on_queued)
        self._state.connect(self._on_state)
        if printing is not None:
            printing.jobFinished.connect(self._on_job_finished)
        router.currentScreenChanged.connect(self._on_screen_changed)
        router.visitEnded.connect(self._on_visit_ended)

    def close(self) -> None:
        self._closed = True
        self._tick.stop()
        self._worker.shutdown(wait=True, cancel_futures=True)

    @property
    def flow(self) -> TicketFlow:
        return self._flow

    # ---------------------------------------------------------------- QML slots

    @Slot(str)
    def requestTicket(self, service_type: str) -> None:
        self._do(lambda f: f.request_ticket(service_type))

    @Slot()
    def enterCode(self) -> None:
        self._do(lambda f: f.enter_code())

    @Slot(str)
    def checkinByCode(self, typed: str) -> None:
        self._do(lambda f: f.checkin_by_code(typed))

    @Slot()
    def again(self) -> None:
        self._do(lambda f: f.again())

    @Slot()
    def finish(self) -> None:
        self._do(lambda f: f.finish())

    @Slot()
    def reset(self) -> None:
        """A fresh start on the choice (entering the screen)."""
        self._flow = TicketFlow(timeouts=self.timeouts)
        self._job = ""
        self._tick.stop()
        self.changed.emit()

    # ---------------------------------------------------------------- drain answers

    @Slot(str, str, dict)
    def on_item_done(self, kind: str, item_id: str, response: dict) -> None:
        if kind in ("queue_ticket", "checkin"):
            self._do(lambda f: f.answered(item_id, dict(response)))

    @Slot(str, str, dict)
    def on_dead_lettered(self, kind: str, item_id: str, error: dict) -> None:
        if kind in ("queue_ticket", "checkin"):
            self._do(lambda f: f.refused(item_id, str(error.get("code", ""))))

    # ---------------------------------------------------------------- properties

    def _get(self, name: str) -> Any:
        return getattr(self._flow, name)

    def _get_step(self) -> str:
        return str(self._flow.step)

    def _get_purpose(self) -> str:
        return self._flow.purpose

    def _get_method(self) -> str:
        return self._flow.method

    def _get_reason(self) -> str:
        return self._flow.reason

    def _get_late(self) -> bool:
        return self._flow.late

    def _get_ticket(self) -> dict[str, Any]:
        ticket = self._flow.ticket()
        ticket["serviceName"] = service_name(self._flow.service_type)
        return ticket

    def _get_print_state(self) -> str:
        return self._flow.print_state

    def _get_print_reason(self) -> str:
        return self._flow.print_reason

    def _get_remaining(self) -> int:
        left = self._flow.remaining_s()
        return 0 if left is None else int(left + 0.999)

    def _get_service_types(self) -> list[str]:
        return list(SERVICE_TYPES)

    def _get_printer_ready(self) -> bool:
        return bool(self._printing is not None and self._printing.property("available"))

    def _get_prompt(self) -> str:
        translate = QCoreApplication.translate
        flow = self._flow
        step = flow.step
        if step is TicketStep.CHOOSE:
            return translate(
                "TicketViewModel",
                "Choose the service you need a number for, or check in for your appointment.",
            )
        if step is TicketStep.CODE:
            return translate("TicketViewModel", "Please enter your 8-digit appointment code.")
        if step is TicketStep.REQUESTING:
            return translate("TicketViewModel", "Getting your number. Please wait.")
        if step is TicketStep.ISSUED:
            number = flow.ticket()["number"]
            return translate("TicketViewModel", "Your number is %1.").replace("%1", number)
        if step is TicketStep.NO_APPOINTMENT:
            return translate("TicketViewModel", "No appointment was found for today.")
        if step is TicketStep.UNAVAILABLE:
            return translate(
                "TicketViewModel",
                "Numbers cannot be issued right now. Please ask the staff at the service desk.",
            )
        return translate("TicketViewModel", "Please ask the staff at the service desk.")

    step = Property(str, _get_step, notify=changed)
    purpose = Property(str, _get_purpose, notify=changed)
    method = Property(str, _get_method, notify=changed)
    reason = Property(str, _get_reason, notify=changed)
    late = Property(bool, _get_late, notify=changed)
    ticket = Property("QVariantMap", _get_ticket, notify=changed)
    printState = Property(str, _get_print_state, notify=changed)
    printReason = Property(str, _get_print_reason, notify=changed)
    remaining = Property(int, _get_remaining, notify=changed)
    serviceTypes = Property("QStringList", _get_service_types, constant=True)
    printerReady = Property(bool, _get_printer_ready, notify=changed)
    prompt = Property(str, _get_prompt, notify=changed)

    # ---------------------------------------------------------------- internals

    def _do(self, event: Callable[[TicketFlow], Any]) -> None:
        if self._closed:
            return
        try:
            event(self._flow)
        except TicketError:
            log.info("ticket: event ignored in step %s", self._flow.step)
            return
        self._after()

    def _after(self) -> None:
        flow = self._flow
        for effect in flow.take_effects():
            if effect.kind == "enqueue":
                self._perform_enqueue(effect.op, effect.payload)
            elif effect.kind == "check":
                self._perform_check(effect.op, str(effect.payload["item_id"]))
            elif effect.kind == "print":
                self._perform_print(effect.payload)
            elif effect.kind == "end":
                self._end()
                return
        if flow.step is TicketStep.REQUESTING:
            if not self._tick.isActive():
                self._tick.start()
        else:
            self._tick.stop()
        self.changed.emit()

    def _perform_enqueue(self, op: int, payload: dict[str, Any]) -> None:
        kind = str(payload["kind"])
        log_event(log, "ticket.request", kind=kind, method=self._flow.method)
        started = False
        if self._enqueue is not None:
            try:
                started = self._enqueue(
                    kind,
                    dict(payload["body"]),
                    str(payload["key"]),
                    lambda item_id: self._queued.emit(op, item_id),
                )
            except Exception:
                log.exception("ticket: could not hand the request to the outbox")
        if not started:
            QTimer.singleShot(0, self, lambda: self._on_queued(op, ""))

    def _perform_check(self, op: int, item_id: str) -> None:
        reader = self._item_state
        if reader is None:
            QTimer.singleShot(0, self, lambda: self._on_state(op, "missing"))
            return

        def work() -> None:
            try:
                state = reader(item_id)
            except Exception as exc:
                log.warning("ticket: outbox state unreadable: %s", type(exc).__name__)
                state = "in_flight"  # unknown: keep waiting until the final deadline
            self._state.emit(op, state)

        self._worker.submit(work)

    def _perform_print(self, ticket: dict[str, Any]) -> None:
        printing = self._printing
        if printing is None or not printing.property("available"):
            out = printing is not None and printing.property("paper") == "out"
            self._flow.printed(False, "paper_out" if out else "unavailable")
            return
        from drivers.printer.templates import QueueTicket, queue_ticket_document

        issued = _parse_time(ticket.get("issuedAt"))
        if ticket["purpose"] == "checkin":
            service = ticket["itemName"] or service_name("general")
            hall = " ".join(p for p in (ticket["window"], ticket["time"]) if p)
        else:
            service = service_name(self._flow.service_type)
            hall = self._hall
        document = queue_ticket_document(
            QueueTicket(
                number=ticket["number"],
                service=service,
                waiting=int(ticket["waiting"]),
                issued_at=issued,
                kiosk_id=self._kiosk_id,
                hall=hall,
            ),
            self._language(),
        )
        self._job = printing.print_document(document)

    @Slot(str, bool, str)
    def _on_job_finished(self, job_id: str, ok: bool, reason: str) -> None:
        if job_id and job_id == self._job:
            self._job = ""
            self._do(lambda f: f.printed(ok, reason))

    @Slot(int, str)
    def _on_queued(self, op: int, item_id: str) -> None:
        if item_id:
            self._do(lambda f: f.queued(op, item_id))
        else:
            self._do(lambda f: f.queue_failed(op))

    @Slot(int, str)
    def _on_state(self, op: int, state: str) -> None:
        self._do(lambda f: f.item_state(op, state))

    @Slot()
    def _on_tick(self) -> None:
        step = self._flow.step
        self._flow.tick()
        if self._flow.step is not step or self._flow.remaining_s() is not None:
            self._after()

    def _end(self) -> None:
        self._tick.stop()
        ticket = self._flow.ticket()
        self.changed.emit()
        if self._router.currentScreen == TICKET_SCREEN:
            self._router.replace("rating", {"item_name": ticket.get("itemName", "")})

    @Slot()
    def _on_screen_changed(self) -> None:
        on_screen = self._router.currentScreen == TICKET_SCREEN
        if on_screen and not self._on_screen:
            self._on_screen = True
            self.reset()
            params = self._router.currentParams or {}
            if params.get("mode") == "checkin_card":
                session = self._sessions.current
                identity = session.identity if session is not None else None
                id_number = identity.id_number if identity is not None else None
                if id_number:
                    self._do(lambda f: f.checkin_by_card(id_number))
        elif not on_screen and self._on_screen:
            self._on_screen = False
            self._tick.stop()

    @Slot(str)
    def _on_visit_ended(self, _reason: str) -> None:
        self.reset()


def _parse_time(value: Any) -> datetime:
    try:
        return datetime.fromisoformat(str(value))
    except ValueError:
        return datetime.now().astimezone()
