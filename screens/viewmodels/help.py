"""呼叫帮助 (call for help) for QML: the ``Help`` singleton behind the status bar's button.

A request goes through the outbox like every state-changing write, so it survives a crash or a
network outage, and the platform puts it on the staff console's help list. What the resident
is told follows what really happened, never more:

``state``       meaning                                        the dialog says
==============  =============================================  ==============================
``""``          nothing asked in this visit
``writing``     handed to the outbox writer, not on disk yet   calling staff…
``queued``      durably queued (fsync'd), not delivered yet    staff notified; sending…
``delivered``   the drain delivered it to the platform         staff notified; sent to staff
``unavailable`` no outbox (not started, broken), the write     please ask staff in the hall
                failed, or the platform refused it for good    or call 12345
==============  =============================================  ==============================

One request per visit: the idempotency key is ``help-<visit id>`` and further taps in the same
visit only show the dialog again (the outbox would deduplicate the key anyway). A tap outside a
visit (the attract screen) gets a key of its own, forgotten when a visit starts or ends.

Threads: ``submit`` answers on the outbox writer thread; that answer is re-emitted through a
signal of this object (which lives on the GUI thread), so state only changes on the GUI thread.
The drain's ``itemDone``/``deadLettered`` arrive through :class:`~kiosk.backend.Backend`.
"""

from __future__ import annotations

import logging
import uuid
from collections import deque
from collections.abc import Callable, Mapping
from concurrent.futures import Future
from typing import Any

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.logs import log_event

__all__ = ["HELP_KIND", "HelpViewModel"]

log = logging.getLogger(__name__)

HELP_KIND = "help"

#: ``submit(kind, payload, idempotency_key=..., on_done=...) -> bool`` (``Backend.submit``)
Submit = Callable[..., bool]


class HelpViewModel(QObject):
    """The ``Help`` singleton (see the module docstring)."""

    changed = Signal()
    # outbox writer thread → GUI thread: (request number, outbox item id or "" on failure)
    _written = Signal(int, str)

    def __init__(
        self,
        *,
        submit: Callable[[], Submit | None] = lambda: None,
        visit_id: Callable[[], str] = lambda: "",
        parent: QObject | None = None,
    ) -> None:
        """``submit``: the backend's ``submit`` once there is a backend (None: no outbox)."""
        super().__init__(parent)
        self._submit = submit
        self._visit_id = visit_id
        self._state = ""
        self._screen = ""
        self._key = ""
        self._item_id = ""
        self._request = 0  # numbers requests so a late answer of a reset one is dropped
        #: help items the drain delivered before their "written" answer came back (a race)
        self._delivered: deque[str] = deque(maxlen=16)
        self._written.connect(self._on_written)

    # -- properties -------------------------------------------------------------------------
    def _get_state(self) -> str:
        return self._state

    state = Property(str, _get_state, notify=changed)

    def _get_screen(self) -> str:
        return self._screen

    screen = Property(str, _get_screen, notify=changed)

    def _notified(self) -> bool:
        return self._state in ("queued", "delivered")

    notified = Property(bool, _notified, notify=changed)

    @property
    def idempotency_key(self) -> str:
        return self._key

    # -- the resident taps "call for help" ------------------------------------------------------
    @Slot(str)
    def request(self, screen: str) -> None:
        """Ask staff for help at ``screen`` (once per visit; later taps change nothing)."""
        if self._state in ("writing", "queued", "delivered"):
            return
        visit = self._visit_id()
        if not self._key:
            self._key = f"help-{visit}" if visit else f"help-{uuid.uuid4().hex}"
            self._screen = screen
        submit = self._submit()
        self._request += 1
        if submit is None:
            log_event(log, "help.unavailable", screen=self._screen, reason="no_outbox")
            self._set("unavailable")
            return
        number = self._request
        self._set("writing")

        def written(done: Future[Any]) -> None:  # on the outbox writer thread
            error = done.exception()
            self._written.emit(number, "" if error is not None else str(done.result().id))

        accepted = submit(
            HELP_KIND,
            {"screen": self._screen, "visit_id": visit},
            idempotency_key=self._key,
            on_done=written,
        )
        if not accepted:
            log_event(log, "help.unavailable", screen=self._screen, reason="no_outbox")
            self._set("unavailable")

    @Slot(int, str)
    def _on_written(self, number: int, item_id: str) -> None:
        if number != self._request or self._state != "writing":
            return
        if not item_id:
            log_event(log, "help.unavailable", screen=self._screen, reason="enqueue_failed")
            self._set("unavailable")
            return
        self._item_id = item_id
        log_event(log, "help.queued", screen=self._screen)
        self._set("delivered" if item_id in self._delivered else "queued")

    # -- the drain --------------------------------------------------------------------------
    @Slot(str, str, dict)
    def on_item_done(self, kind: str, item_id: str, _response: Mapping[str, Any]) -> None:
        if kind != HELP_KIND:
            return
        if item_id == self._item_id and self._state == "queued":
            log_event(log, "help.delivered", screen=self._screen)
            self._set("delivered")
        elif self._state == "writing":
            self._delivered.append(item_id)

    @Slot(str, str, dict)
    def on_dead_lettered(self, kind: str, item_id: str, _error: Mapping[str, Any]) -> None:
        if kind == HELP_KIND and item_id == self._item_id and self._state == "queued":
            log_event(log, "help.unavailable", screen=self._screen, reason="refused")
            self._set("unavailable")

    # -- visits -----------------------------------------------------------------------------
    def reset(self) -> None:
        """A visit started or ended: the next request is a new one."""
        self._request += 1
        self._key = ""
        self._item_id = ""
        self._screen = ""
        self._delivered.clear()
        self._set("")

    def _set(self, state: str) -> None:
        if state != self._state:
            self._state = state
            self.changed.emit()
