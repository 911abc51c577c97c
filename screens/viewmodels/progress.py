"""办件进度查询 for QML (the ``Progress`` singleton): a resident's applications and their timeline.

Two ways in: with the ID card (the identity journey at level ``idcard`` puts the holder in the
session; :meth:`ProgressViewModel.queryMine` asks ``query_applications(id_number=...)``), or
with an application number typed on the keypad (no identity needed: the platform answers the
status of that one application, whose holder is shown masked only).

The query runs on a worker thread (network I/O never on the GUI thread); the answer comes back
through a queued signal and replaces the list. ``state`` says what the screen shows:
``idle``, ``loading``, ``loaded``, ``empty`` (no applications), ``not_found`` (no such
number), ``invalid`` (the number is malformed), ``offline`` (the platform cannot be reached:
retry), ``no_identity`` (no card was read). A newer query makes older answers obsolete.

Nothing personal is logged; the ID number is read from the session when the query starts and
is not kept here.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.privacy import mask_name

__all__ = ["APPLICATION_ID", "ProgressViewModel", "application_view", "normalise_number"]

log = logging.getLogger(__name__)

#: ``SQ`` + date (8 digits) + sequence (6 digits), as the platform numbers applications
APPLICATION_ID = re.compile(r"SQ\d{14}")


def normalise_number(typed: str) -> str | None:
    """The application id for what was typed (digits, with or without ``SQ``), or None."""
    text = "".join(typed.split()).upper()
    if not text.startswith("SQ"):
        text = "SQ" + text
    return text if APPLICATION_ID.fullmatch(text) else None


def _day(value: Any) -> str:
    text = str(value or "")
    return text[:10]


def _minute(value: Any) -> str:
    text = str(value or "")
    return text[:16].replace("T", " ")


def application_view(answer: dict[str, Any]) -> dict[str, Any]:
    """One platform answer as the screen shows it (no personal data but the masked hint)."""
    pickup = answer.get("pickup") or None
    delivery = answer.get("delivery") or {}
    return {
        "applicationId": str(answer.get("application_id", "")),
        "itemName": str(answer.get("item_name", "")),
        "status": str(answer.get("status", "")),
        "statusText": str(answer.get("status_text", "")),
        "receivedAt": _day(answer.get("received_at")),
        "updatedAt": _minute(answer.get("updated_at")),
        "promisedDate": _day(answer.get("promised_date")),
        "holderHint": str(answer.get("holder_hint", "")),
        "delivery": str(delivery.get("method", "")) if isinstance(delivery, dict) else "",
        "pickup": (
            {
                "compartment": str(pickup.get("compartment", "")),
                "kioskId": str(pickup.get("kiosk_id", "")),
                "status": str(pickup.get("status", "")),
            }
            if isinstance(pickup, dict)
            else None
        ),
        "timeline": [
            {
                "status": str(event.get("status", "")),
                "at": _minute(event.get("at")),
                "note": str(event.get("note", "")),
            }
            for event in answer.get("timeline") or []
            if isinstance(event, dict)
        ],
    }


class ProgressViewModel(QObject):
    changed = Signal()
    _answer = Signal(int, object)

    def __init__(
        self,
        *,
        sessions: Any,
        platform: Callable[[], Any] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._sessions = sessions
        #: where the platform adapter comes from (None while it is not connected)
        self.platform = platform or (lambda: None)
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="progress")
        self._request = 0
        self._state = "idle"
        self._mode = ""
        self._number = ""
        self._holder = ""
        self._applications: list[dict[str, Any]] = []
        self._last: tuple[str, str] | None = None  # (mode, application id) for retry
        self._closed = False
        self._answer.connect(self._on_answer)

    def close(self) -> None:
        self._closed = True
        self._worker.shutdown(wait=True, cancel_futures=True)

    # ---------------------------------------------------------------- slots

    @Slot()
    def queryMine(self) -> None:
        """The applications of the ID card's holder (read by the identity journey)."""
        session = self._sessions.current
        identity = session.identity if session is not None else None
        if identity is None or not identity.id_number:
            self._set("no_identity", "mine", [])
            return
        self._holder = mask_name(identity.name)
        self._last = ("mine", "")
        self._start("mine", {"id_number": identity.id_number})

    @Slot(str)
    def queryNumber(self, typed: str) -> None:
        """One application by the number typed on the keypad."""
        application_id = normalise_number(typed)
        self._holder = ""
        self._number = typed
        if application_id is None:
            self._set("invalid", "number", [])
            return
        self._last = ("number", application_id)
        self._start("number", {"application_id": application_id})

    @Slot()
    def retry(self) -> None:
        if self._last is None:
            return
        mode, application_id = self._last
        if mode == "mine":
            self.queryMine()
        else:
            self._start("number", {"application_id": application_id})

    @Slot()
    def clear(self) -> None:
        self._request += 1  # answers on their way are obsolete
        self._last = None
        self._holder = ""
        self._number = ""
        self._set("idle", "", [])

    # ---------------------------------------------------------------- worker

    def _start(self, mode: str, query: dict[str, str]) -> None:
        if self._closed:
            return
        self._request += 1
        request = self._request
        self._set("loading", mode, [])
        platform = self.platform()

        def work() -> None:
            from kiosk.platform.adapter import PlatformUnavailable, RateLimited, Rejected

            if platform is None:
                self._answer.emit(request, "offline")
                return
            try:
                answer = platform.query_applications(**query)
            except (PlatformUnavailable, RateLimited):
                self._answer.emit(request, "offline")
                return
            except Rejected as exc:
                log.warning("progress query refused: %s", exc.code)
                self._answer.emit(request, "not_found" if mode == "number" else "error")
                return
            except Exception as exc:
                log.warning("progress query failed: %s", type(exc).__name__)
                self._answer.emit(request, "offline")
                return
            self._answer.emit(request, [application_view(a) for a in answer])

        self._worker.submit(work)

    @Slot(int, object)
    def _on_answer(self, request: int, answer: object) -> None:
        if request != self._request:
            return
        if isinstance(answer, str):
            self._set(answer, self._mode, [])
        elif isinstance(answer, list) and answer:
            self._set("loaded", self._mode, answer)
        else:
            self._set("not_found" if self._mode == "number" else "empty", self._mode, [])

    def _set(self, state: str, mode: str, applications: list[dict[str, Any]]) -> None:
        self._state, self._mode, self._applications = state, mode, applications
        self.changed.emit()

    # ---------------------------------------------------------------- properties

    def _get_state(self) -> str:
        return self._state

    def _get_mode(self) -> str:
        return self._mode

    def _get_applications(self) -> list[dict[str, Any]]:
        return list(self._applications)

    def _get_count(self) -> int:
        return len(self._applications)

    def _get_holder(self) -> str:
        return self._holder

    def _get_number(self) -> str:
        return self._number

    state = Property(str, _get_state, notify=changed)
    mode = Property(str, _get_mode, notify=changed)
    applications = Property("QVariantList", _get_applications, notify=changed)
    count = Property(int, _get_count, notify=changed)
    maskedHolder = Property(str, _get_holder, notify=changed)
    number = Property(str, _get_number, notify=changed)
