"""好差评 for QML (the ``Rating`` singleton): the last screen of a journey.

Journeys end with ``Router.replace("rating", {"item_id", "application_id", "item_name"})``
(all optional). When the router shows ``rating`` this object starts a
:class:`~kiosk.flows.rating.RatingFlow` for the current visit (the resident session's id) and
performs its effects:

* ``submit``: the evaluation is queued in the outbox through ``submit(kind, body, key,
  on_done)`` (the app passes :meth:`kiosk.backend.Backend.submit`); the outbox write runs on the
  backend's writer thread and its outcome comes back through a queued signal, so a touch never
  waits for an fsync. The drain sends it (``POST /evaluations``) whenever the platform is
  reachable: a rating given offline lands later.
* ``end``: ``Router.reset("completed")`` - the session is wiped and the attract screen reminds
  the resident to take the ID card and the receipt.

One rating per visit: visit ids already rated are remembered (a few, in memory) and a second
``rating`` screen in the same visit only thanks the resident. The thank-you screen ends the
visit by itself after ``thanks_s`` seconds (longer in elder mode), or at once with "Done".

``prompt`` is the sentence a voice prompt speaks for the current step.
"""

from __future__ import annotations

import logging
import uuid
from collections import deque
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Property, QCoreApplication, QObject, QTimer, Signal, Slot

from kiosk.flows.rating import LEVELS, REASONS, RatingError, RatingFlow, RatingStep
from kiosk.logs import log_event

__all__ = ["RATING_SCREEN", "RatingViewModel"]

log = logging.getLogger(__name__)

RATING_SCREEN = "rating"

#: submit(kind, body, idempotency_key, on_done(ok)) -> queued? (on_done may run on any thread)
Submit = Callable[[str, dict[str, Any], str, Callable[[bool], None]], bool]


class RatingViewModel(QObject):
    changed = Signal()
    #: the outbox answered (operation number, ok); emitted on the writer thread, queued here
    _saved = Signal(int, bool)

    def __init__(
        self,
        *,
        router: Any,
        sessions: Any,
        submit: Submit | None = None,
        thanks_s: float = 8.0,
        elder_factor: Callable[[], float] = lambda: 1.0,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._router = router
        self._sessions = sessions
        self._submit = submit
        self._thanks_s = thanks_s
        self._elder_factor = elder_factor
        self._flow: RatingFlow | None = None
        self._item_name = ""
        self._rated: deque[str] = deque(maxlen=32)
        self._op = 0
        self._on_screen = False
        #: evaluations handed to the outbox by this object (tests read it)
        self.submitted: list[dict[str, Any]] = []
        self._end_timer = QTimer(self)
        self._end_timer.setSingleShot(True)
        self._end_timer.timeout.connect(self.finish)
        self._saved.connect(self._on_saved)
        router.currentScreenChanged.connect(self._on_screen_changed)
        router.visitEnded.connect(self._on_visit_ended)

    # ---------------------------------------------------------------- QML slots

    @Slot(int)
    def choose(self, level: int) -> None:
        self._do(lambda f: f.choose(level))

    @Slot(str)
    def toggleReason(self, code: str) -> None:
        self._do(lambda f: f.toggle_reason(code))

    @Slot()
    def submit(self) -> None:
        self._do(lambda f: f.submit())

    @Slot()
    def skip(self) -> None:
        self._do(lambda f: f.skip())

    @Slot()
    def finish(self) -> None:
        """ "Done" on the thank-you screen (or its timer): the visit ends."""
        self._end_timer.stop()
        self._do(lambda f: f.finish())

    @Slot("QVariantMap")
    def begin(self, params: Any = None) -> None:
        """Start the rating of the current visit (called when the ``rating`` screen shows)."""
        params = dict(params or {})
        session = self._sessions.current
        visit_id = session.session_id if session is not None else uuid.uuid4().hex
        self._end_timer.stop()
        self._op += 1
        self._item_name = str(params.get("item_name") or "")
        self._flow = RatingFlow(
            visit_id,
            already_rated=visit_id in self._rated,
            item_id=str(params.get("item_id") or "") or None,
            application_id=str(params.get("application_id") or "") or None,
        )
        if self._flow.step is RatingStep.ALREADY:
            self._arm_end_timer()
        self._after()

    # ---------------------------------------------------------------- properties

    def _get_step(self) -> str:
        return str(self._flow.step) if self._flow is not None else ""

    def _get_level(self) -> int:
        return self._flow.level if self._flow is not None else 0

    def _get_reasons(self) -> list[str]:
        return list(self._flow.reasons) if self._flow is not None else []

    def _get_reason_options(self) -> list[str]:
        return list(REASONS)

    def _get_levels(self) -> list[int]:
        return list(LEVELS)

    def _get_saved(self) -> bool:
        return bool(self._flow is not None and self._flow.saved)

    def _get_item_name(self) -> str:
        return self._item_name

    def _get_prompt(self) -> str:
        translate = QCoreApplication.translate
        step = self._flow.step if self._flow is not None else None
        if step is RatingStep.CHOOSE:
            return translate("RatingViewModel", "How satisfied are you with this visit?")
        if step is RatingStep.REASONS:
            return translate(
                "RatingViewModel", "Sorry to hear that. What went wrong? You may choose some."
            )
        if step is RatingStep.THANKS:
            return translate("RatingViewModel", "Thank you for your rating.")
        if step is RatingStep.ALREADY:
            return translate("RatingViewModel", "You have already rated this visit. Thank you.")
        return ""

    step = Property(str, _get_step, notify=changed)
    level = Property(int, _get_level, notify=changed)
    reasons = Property("QStringList", _get_reasons, notify=changed)
    reasonOptions = Property("QStringList", _get_reason_options, constant=True)
    levels = Property("QVariantList", _get_levels, constant=True)
    saved = Property(bool, _get_saved, notify=changed)
    itemName = Property(str, _get_item_name, notify=changed)
    prompt = Property(str, _get_prompt, notify=changed)

    @property
    def flow(self) -> RatingFlow | None:
        return self._flow

    # ---------------------------------------------------------------- internals

    def _do(self, event: Callable[[RatingFlow], None]) -> None:
        flow = self._flow
        if flow is None:
            return
        try:
            event(flow)
        except RatingError:
            log.info("rating: event ignored in step %s", flow.step)
            return
        self._after()

    def _after(self) -> None:
        flow = self._flow
        if flow is None:
            return
        for effect in flow.take_effects():
            if effect.kind == "submit":
                self._queue(flow, dict(effect.payload["body"]), str(effect.payload["key"]))
            elif effect.kind == "end":
                self._end()
                return
        self.changed.emit()

    def _queue(self, flow: RatingFlow, body: dict[str, Any], key: str) -> None:
        self._rated.append(flow.visit_id)
        op = self._op
        log_event(log, "rating.submit", level=flow.level, reasons=len(flow.reasons))
        submit = self._submit
        started = False
        if submit is not None:
            self.submitted.append(body)
            try:
                started = submit("evaluation", body, key, lambda ok: self._saved.emit(op, ok))
            except Exception:
                log.exception("rating: could not hand the evaluation to the outbox")
                started = False
        if not started:
            QTimer.singleShot(0, self, lambda: self._on_saved(op, False))

    @Slot(int, bool)
    def _on_saved(self, op: int, ok: bool) -> None:
        flow = self._flow
        if op != self._op or flow is None or flow.step is not RatingStep.SAVING:
            return
        if ok:
            flow.saved_ok()
        else:
            log.warning("rating: the evaluation could not be queued")
            flow.save_failed()
        self._arm_end_timer()
        self._after()

    def _arm_end_timer(self) -> None:
        self._end_timer.start(int(self._thanks_s * self._elder_factor() * 1000))

    def _end(self) -> None:
        self._end_timer.stop()
        self.changed.emit()
        if self._router.currentScreen == RATING_SCREEN:
            self._router.reset("completed")

    @Slot()
    def _on_screen_changed(self) -> None:
        on_screen = self._router.currentScreen == RATING_SCREEN
        if on_screen and not self._on_screen:
            self._on_screen = True
            self.begin(self._router.currentParams)
        elif not on_screen and self._on_screen:
            self._on_screen = False
            self._end_timer.stop()

    @Slot(str)
    def _on_visit_ended(self, _reason: str) -> None:
        self._end_timer.stop()
        self._op += 1  # an outbox answer on its way changes nothing on screen now
        self._flow = None
        self._item_name = ""
        self.changed.emit()
