"""取件 for QML (the ``Pickup`` singleton, router screen ``pickup``).

Performs the effects of :class:`~kiosk.flows.pickup.PickupFlow` against the
:class:`~kiosk.services.cabinet.CabinetService` (``app.backend.cabinet``):

* the code is matched with ``find_by_code`` (a hash compare under a lock, no I/O; the service
  counts wrong codes and locks out);
* the holder's certificates (after the identity journey, level ``idcard_face``) with
  ``find_by_holder``;
* ``open``: ``cabinet.pickup(pickup_id, attempt_id=...)`` returns a future resolved on the
  cabinet's worker; its outcome and the cabinet's events (collected, not collected, door
  alarm) come back to the GUI thread through queued signals;
* ``print``: one pickup slip per certificate collected, through ``Printing``; without a
  printer the resident is told, nothing else changes;
* ``help``: a help request to staff; ``end``: on to the rating.

The screen shows the compartment big, with a map of the cabinet (boards × locks) that
highlights it. ``prompt`` is the sentence a voice prompt speaks for the current step.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import Property, QCoreApplication, QObject, QTimer, Signal, Slot

from kiosk.flows.pickup import Pickup, PickupError, PickupFlow, PickupStep
from kiosk.logs import log_event

__all__ = ["PICKUP_SCREEN", "PickupViewModel", "open_failure"]

log = logging.getLogger(__name__)

PICKUP_SCREEN = "pickup"


def open_failure(error: BaseException) -> tuple[str, str]:
    """(kind, reason) of a failed ``cabinet.pickup`` for :meth:`PickupFlow.open_failed`."""
    from kiosk.services.cabinet import (
        AlreadyOpened,
        CabinetNotReady,
        CompartmentBusy,
        OpenFailed,
        PickupNotFound,
        TooManyAttempts,
    )

    if isinstance(error, OpenFailed):
        return "open_failed", error.reason
    if isinstance(error, TooManyAttempts):
        return "too_many", ""
    if isinstance(error, CompartmentBusy):
        return "busy", error.reason
    if isinstance(error, PickupNotFound):
        return "busy", "not_found"
    if isinstance(error, AlreadyOpened):
        return "busy", "already_opened"
    if isinstance(error, CabinetNotReady):
        return "not_ready", ""
    return "not_ready", type(error).__name__


class PickupViewModel(QObject):
    changed = Signal()
    _openDone = Signal(int, object)  # op, OpenTicket or exception (from the cabinet worker)
    _cabinetEvent = Signal(str, str, str)  # name, compartment, pickup id

    def __init__(
        self,
        *,
        router: Any,
        sessions: Any,
        cabinet: Callable[[], Any] = lambda: None,
        directory: Callable[[str], dict[str, str]] = lambda _pickup_id: {},
        printing: Any = None,
        on_help: Callable[[str], None] | None = None,
        kiosk_id: str = "",
        cabinet_name: str = "",
        language: Callable[[], str] = lambda: "zh_CN",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._router = router
        self._sessions = sessions
        self._cabinet = cabinet
        self._directory = directory
        self._printing = printing
        self._on_help = on_help
        self._kiosk_id = kiosk_id
        self._cabinet_name = cabinet_name
        self._language = language
        #: seconds the door may stay open before the screen reminds to close it (tests shorten)
        self.close_reminder_s = 30.0
        self._flow = PickupFlow("", close_reminder_s=self.close_reminder_s)
        self._listening: Any = None
        self._jobs: dict[str, tuple[bool, str] | None] = {}
        self._on_screen = False
        self._holder_id = ""  # the verified card's ID number, for the slip (cleared at end)
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._on_tick)
        self._openDone.connect(self._on_open_done)
        self._cabinetEvent.connect(self._on_cabinet_event)
        if printing is not None:
            printing.jobFinished.connect(self._on_job_finished)
        router.currentScreenChanged.connect(self._on_screen_changed)
        router.visitEnded.connect(self._on_visit_ended)

    def close(self) -> None:
        self._tick.stop()
        self._detach()

    @property
    def flow(self) -> PickupFlow:
        return self._flow

    # ---------------------------------------------------------------- QML slots

    @Slot()
    def useCode(self) -> None:
        self._do(lambda f: f.use_code())

    @Slot(str)
    def submitCode(self, typed: str) -> None:
        flow = self._flow
        try:
            code = flow.submit_code(typed)
        except PickupError:
            return
        if code is not None:
            self._match_code(code)
        self._after()

    @Slot(str)
    def openPickup(self, pickup_id: str) -> None:
        self._do(lambda f: f.open(pickup_id))

    @Slot()
    def backToList(self) -> None:
        self._do(lambda f: f.back_to_list())

    @Slot()
    def callHelp(self) -> None:
        self._do(lambda f: f.call_help())

    @Slot()
    def finish(self) -> None:
        self._do(lambda f: f.finish())

    @Slot()
    def reset(self) -> None:
        session = self._sessions.current
        visit = session.session_id if session is not None else "novisit"
        self._flow = PickupFlow(visit, close_reminder_s=self.close_reminder_s)
        self._jobs = {}
        self._tick.stop()
        cabinet = self._cabinet()
        if cabinet is None or not cabinet.ready:
            self._flow.not_ready()
        self.changed.emit()

    # ---------------------------------------------------------------- properties

    def _get_step(self) -> str:
        return str(self._flow.step)

    def _get_method(self) -> str:
        return self._flow.method

    def _get_pickups(self) -> list[dict[str, Any]]:
        return [p.view() for p in self._flow.pickups]

    def _get_current(self) -> dict[str, Any]:
        current = self._flow.current
        return current.view() if current is not None else {}

    def _get_compartment(self) -> str:
        current = self._flow.current
        return current.compartment if current is not None else ""

    def _get_layout(self) -> list[dict[str, Any]]:
        """Boards of the cabinet and their locks, for the map: [{board, locks}]."""
        cabinet = self._cabinet()
        if cabinet is None:
            return []
        boards: dict[int, int] = {}
        for view in cabinet.compartments():
            boards[view.board] = max(boards.get(view.board, 0), view.lock)
        return [{"board": b, "locks": n} for b, n in sorted(boards.items())]

    def _get_code_problem(self) -> str:
        return self._flow.code_problem

    def _get_attempts_left(self) -> int:
        return self._flow.code_attempts_left

    def _get_problem(self) -> str:
        return self._flow.problem

    def _get_alarm(self) -> bool:
        return self._flow.alarm

    def _get_remind(self) -> bool:
        return self._flow.remind_close

    def _get_print_state(self) -> str:
        return self._flow.print_state

    def _get_print_reason(self) -> str:
        return self._flow.print_reason

    def _get_collected(self) -> int:
        return len(self._flow.collected())

    def _get_printer_ready(self) -> bool:
        return bool(self._printing is not None and self._printing.property("available"))

    def _get_prompt(self) -> str:
        translate = QCoreApplication.translate
        flow = self._flow
        step = flow.step
        compartment = flow.current.compartment if flow.current is not None else ""
        if step is PickupStep.CHOOSE:
            return translate(
                "PickupViewModel", "Enter your pickup code, or use your ID card and face."
            )
        if step is PickupStep.CODE:
            return translate("PickupViewModel", "Please enter the 6-digit pickup code.")
        if step is PickupStep.OPENING:
            return translate("PickupViewModel", "Opening the compartment. Please wait.")
        if step is PickupStep.OPEN:
            if flow.alarm or flow.remind_close:
                return translate(
                    "PickupViewModel", "Please close the door of compartment %1."
                ).replace("%1", compartment)
            return translate(
                "PickupViewModel",
                "Compartment %1 is open. Please take your certificate and close the door.",
            ).replace("%1", compartment)
        if step is PickupStep.LIST:
            return translate("PickupViewModel", "Choose the certificate to collect.")
        if step is PickupStep.OPEN_FAILED:
            return translate("PickupViewModel", "The door did not open. Staff have been called.")
        if step is PickupStep.DONE or step is PickupStep.PRINTING:
            return translate("PickupViewModel", "Please take your pickup slip.")
        return ""

    step = Property(str, _get_step, notify=changed)
    method = Property(str, _get_method, notify=changed)
    pickups = Property("QVariantList", _get_pickups, notify=changed)
    current = Property("QVariantMap", _get_current, notify=changed)
    compartment = Property(str, _get_compartment, notify=changed)
    cabinetLayout = Property("QVariantList", _get_layout, notify=changed)
    codeProblem = Property(str, _get_code_problem, notify=changed)
    attemptsLeft = Property(int, _get_attempts_left, notify=changed)
    problem = Property(str, _get_problem, notify=changed)
    alarm = Property(bool, _get_alarm, notify=changed)
    remindClose = Property(bool, _get_remind, notify=changed)
    printState = Property(str, _get_print_state, notify=changed)
    printReason = Property(str, _get_print_reason, notify=changed)
    collectedCount = Property(int, _get_collected, notify=changed)
    printerReady = Property(bool, _get_printer_ready, notify=changed)
    prompt = Property(str, _get_prompt, notify=changed)

    # ---------------------------------------------------------------- internals

    def _do(self, event: Callable[[PickupFlow], Any]) -> None:
        try:
            event(self._flow)
        except PickupError:
            log.info("pickup: event ignored in step %s", self._flow.step)
            return
        self._after()

    def _after(self) -> None:
        flow = self._flow
        for effect in flow.take_effects():
            if effect.kind == "open":
                self._open(effect.op, str(effect.payload["pickup_id"]), effect.payload)
            elif effect.kind == "print":
                self._print()
            elif effect.kind == "help":
                log_event(log, "pickup.help", why=str(effect.payload.get("why", "")))
                if self._on_help is not None:
                    self._on_help("pickup")
            elif effect.kind == "end":
                self._end()
                return
        if flow.step is PickupStep.OPEN:
            if not self._tick.isActive():
                self._tick.start()
        else:
            self._tick.stop()
        self.changed.emit()

    def _pickup(self, view: Any) -> Pickup:
        known = self._directory(str(view.pickup_id))
        return Pickup(
            pickup_id=str(view.pickup_id),
            compartment=str(view.compartment),
            item_name=str(view.item_name or known.get("item_name") or ""),
            holder_hint=str(view.holder_hint or ""),
            application_id=str(known.get("application_id") or ""),
        )

    def _match_code(self, code: str) -> None:
        from kiosk.services.cabinet import CabinetError, PickupNotFound, TooManyAttempts

        cabinet = self._cabinet()
        if cabinet is None:
            self._flow.not_ready()
            return
        try:
            view = cabinet.find_by_code(code)
        except TooManyAttempts as exc:
            log_event(log, "pickup.code_locked")
            self._flow.locked(exc.retry_after_s)
            return
        except PickupNotFound:
            log_event(log, "pickup.code_wrong")
            self._flow.code_wrong()
            return
        except CabinetError:
            self._flow.not_ready()
            return
        self._attach(cabinet)
        self._flow.code_found(self._pickup(view))

    def _find_mine(self) -> None:
        cabinet = self._cabinet()
        session = self._sessions.current
        identity = session.identity if session is not None else None
        id_number = identity.id_number if identity is not None else None
        if cabinet is None or not cabinet.ready:
            self._flow.not_ready()
            return
        self._holder_id = id_number or ""
        views = cabinet.find_by_holder(id_number) if id_number else []
        self._attach(cabinet)
        self._flow.holder_found([self._pickup(v) for v in views])
        log_event(log, "pickup.by_card", found=len(views))

    def _open(self, op: int, pickup_id: str, payload: dict[str, Any]) -> None:
        cabinet = self._cabinet()
        if cabinet is None:
            QTimer.singleShot(0, self, lambda: self._on_open_done(op, RuntimeError("no cabinet")))
            return
        self._attach(cabinet)
        log_event(log, "pickup.open", method=self._flow.method)
        future = cabinet.pickup(pickup_id, attempt_id=str(payload["attempt_id"]))

        def done(f: Any) -> None:
            error = f.exception()
            self._openDone.emit(op, error if error is not None else f.result())

        future.add_done_callback(done)

    @Slot(int, object)
    def _on_open_done(self, op: int, result: object) -> None:
        if isinstance(result, BaseException):
            kind, reason = open_failure(result)
            log_event(log, "pickup.open_failed", kind=kind, reason=reason)
            self._do(lambda f: f.open_failed(op, kind, reason))
        else:
            self._do(lambda f: f.opened(op, str(getattr(result, "compartment", ""))))

    def _attach(self, cabinet: Any) -> None:
        if self._listening is cabinet:
            return
        self._detach()
        cabinet.add_listener(self._forward)
        self._listening = cabinet

    def _detach(self) -> None:
        if self._listening is not None:
            self._listening.remove_listener(self._forward)
            self._listening = None

    def _forward(self, event: Any) -> None:
        """Cabinet worker thread: hand the event to the GUI thread."""
        if event.name in ("collected", "not_collected", "door_alarm") and event.pickup_id:
            self._cabinetEvent.emit(event.name, event.compartment or "", event.pickup_id)

    @Slot(str, str, str)
    def _on_cabinet_event(self, name: str, compartment: str, pickup_id: str) -> None:
        self._do(lambda f: f.cabinet_event(name, compartment, pickup_id))

    def _print(self) -> None:
        printing = self._printing
        if printing is None or not printing.property("available"):
            out = printing is not None and printing.property("paper") == "out"
            self._flow.printed(False, "paper_out" if out else "unavailable")
            return
        from drivers.printer.templates import PickupSlip, pickup_slip_document

        self._jobs = {}
        for pickup in self._flow.collected():
            document = pickup_slip_document(
                PickupSlip(
                    application_no=pickup.application_id or pickup.pickup_id,
                    item_name=pickup.item_name,
                    document=pickup.item_name,
                    cabinet=self._cabinet_name,
                    compartment=pickup.compartment,
                    collected_at=datetime.fromtimestamp(pickup.collected_at).astimezone(),
                    id_number=self._holder_id or pickup.holder_hint,
                    kiosk_id=self._kiosk_id,
                ),
                self._language(),
            )
            self._jobs[printing.print_document(document)] = None

    @Slot(str, bool, str)
    def _on_job_finished(self, job_id: str, ok: bool, reason: str) -> None:
        if job_id not in self._jobs:
            return
        self._jobs[job_id] = (ok, reason)
        results = list(self._jobs.values())
        if any(r is None for r in results):
            return
        failed = [r[1] for r in results if r is not None and not r[0]]
        self._do(lambda f: f.printed(not failed, failed[0] if failed else ""))

    @Slot()
    def _on_tick(self) -> None:
        before = self._flow.remind_close
        self._flow.tick()
        if self._flow.remind_close != before:
            self._after()

    def _end(self) -> None:
        self._tick.stop()
        collected = self._flow.collected()
        first = collected[0] if collected else None
        self._holder_id = ""
        self.changed.emit()
        if self._router.currentScreen == PICKUP_SCREEN:
            params: dict[str, Any] = {}
            if first is not None:
                params = {"application_id": first.application_id, "item_name": first.item_name}
            self._router.replace("rating", params)

    @Slot()
    def _on_screen_changed(self) -> None:
        on_screen = self._router.currentScreen == PICKUP_SCREEN
        if on_screen and not self._on_screen:
            self._on_screen = True
            self.reset()
            params = self._router.currentParams or {}
            if params.get("mode") == "mine" and self._flow.step is PickupStep.CHOOSE:
                self._find_mine()
                self._after()
        elif not on_screen and self._on_screen:
            self._on_screen = False
            self._tick.stop()

    @Slot(str)
    def _on_visit_ended(self, _reason: str) -> None:
        self._holder_id = ""
        self._jobs = {}
        self._tick.stop()
        self._flow = PickupFlow("", close_reminder_s=self.close_reminder_s)
        self.changed.emit()
