"""办件进度查询 for QML (the ``Progress`` singleton): a resident's applications and their timeline.

Three ways in:

* with the ID card (the identity journey at level ``idcard`` puts the holder in the session;
  :meth:`ProgressViewModel.queryMine` asks ``query_applications(id_number=...)``);
* with an application number typed on the keypad (:meth:`ProgressViewModel.queryNumber`; no
  identity needed: the holder is shown masked only);
* with the QR code printed on the receipt (:meth:`ProgressViewModel.scanReceipt`): the camera
  preview is shown and frames are decoded on a camera subscription thread
  (:class:`~drivers.camera.qr.QrScanner`); the kiosk receipt code or a progress URL
  (:mod:`kiosk.flows.receipt_code`) names the application, which is then looked up like a
  typed number. A code that is not a receipt's keeps the camera on with a hint; no code within
  ``scan_timeout_s`` ends in ``scan_timeout``; a camera that is not online in
  ``camera_unavailable``.

Every lookup runs on ONE worker thread (network, disk and decryption never on the GUI thread):

1. this kiosk's outbox is read for applications submitted here and not yet sent
   (:func:`~kiosk.services.progress_cache.queued_applications`): by the holder's ID number, or
   by the kiosk reference a receipt carries when the platform had not answered yet (a reference
   whose application has been sent since is turned into the platform's number);
2. the platform is asked; a successful answer is kept in the encrypted progress cache
   (:class:`~kiosk.services.progress_cache.ProgressCache`);
3. when the platform cannot be reached (network, timeout, 5xx, 429), the last known state
   comes from that cache: ``offline`` is then True and ``lastUpdated`` says when it was fetched.

``state`` says what the screen shows: ``idle``, ``scanning``, ``loading``, ``loaded`` (the
list; with ``offline`` True it is the last known state), ``empty`` (no applications),
``not_found`` (no such number), ``invalid`` (the number is malformed), ``offline`` (the
platform cannot be reached and nothing is known here: retry, or call 12345 / the app),
``error`` (the platform refused the question), ``no_identity`` (no card was read),
``scan_timeout``, ``camera_unavailable``. A newer query makes older answers obsolete.

Nothing personal is logged; the ID number is read from the session when the query starts and
is only passed to the worker.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import Property, QObject, QTimer, Signal, Slot

from kiosk.flows.receipt_code import (
    APPLICATION_ID,
    ReceiptCodeError,
    normalise_typed_number,
    parse_receipt_code,
)
from kiosk.privacy import mask_name

__all__ = [
    "APPLICATION_ID",
    "ProgressViewModel",
    "application_view",
    "normalise_number",
    "queued_view",
]

log = logging.getLogger(__name__)

#: the keypad's and the receipt's numbers (``SQ`` + 14 digits, or a kiosk reference)
normalise_number = normalise_typed_number


def _day(value: Any) -> str:
    text = str(value or "")
    return text[:10]


def _minute(value: Any) -> str:
    text = str(value or "")
    return text[:16].replace("T", " ")


def application_view(answer: dict[str, Any], fetched_at: str = "") -> dict[str, Any]:
    """One platform answer as the screen shows it (no personal data but the masked hint).

    ``fetched_at``: when this answer was fetched, for an answer from the cache (offline).
    """
    pickup = answer.get("pickup") or None
    delivery = answer.get("delivery") or {}
    return {
        "applicationId": str(answer.get("application_id", "")),
        "itemId": str(answer.get("item_id", "")),
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
        "queued": False,
        "notAccepted": False,
        "refusal": "",
        "fetchedAt": _minute(fetched_at),
    }


def queued_view(queued: Any) -> dict[str, Any]:
    """An application still in this kiosk's outbox (``QueuedApplication``) for the screen:
    waiting to be sent, or refused by the platform (``notAccepted``: see staff)."""
    sendable = bool(queued.sendable)
    return {
        "applicationId": str(queued.reference),
        "itemId": str(queued.item_id),
        "itemName": "",  # filled from the catalogue on the GUI thread
        "status": "queued" if sendable else "not_accepted",
        "notAccepted": not sendable,
        "refusal": str(queued.refusal),
        "statusText": "",
        "receivedAt": _day(queued.created_at),
        "updatedAt": _minute(queued.created_at),
        "promisedDate": "",
        "holderHint": "",
        "delivery": str(queued.delivery),
        "pickup": None,
        "timeline": [],
        "queued": sendable,
        "fetchedAt": "",
    }


class _Offline:
    def query_applications(self, **_query: str) -> list[dict[str, Any]]:
        from kiosk.platform.adapter import PlatformUnavailable

        raise PlatformUnavailable("not_connected", "the platform is not connected yet")


class ProgressViewModel(QObject):
    changed = Signal()
    scanChanged = Signal()
    # worker / camera threads → GUI thread (queued: this object lives in the GUI thread)
    _answer = Signal(int, object)
    _qrFound = Signal(int, str)

    def __init__(
        self,
        *,
        sessions: Any,
        platform: Callable[[], Any] | None = None,
        cache: Callable[[], Any] | None = None,
        outbox: Callable[[], Any] | None = None,
        kiosk_id: str = "KIOSK",
        item_name: Callable[[str], str] | None = None,
        camera_view: Any = None,
        scan_timeout_s: float = 60.0,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._sessions = sessions
        #: where the platform adapter comes from (None while it is not connected)
        self.platform = platform or (lambda: None)
        #: opens the progress cache (called on the worker; None while it cannot be opened)
        self.cache_opener = cache or (lambda: None)
        #: this kiosk's outbox (None while the backend starts)
        self.outbox = outbox or (lambda: None)
        self.kiosk_id = kiosk_id
        self._item_name = item_name or (lambda _item_id: "")
        self._camera_view = camera_view
        #: seconds the camera looks for a receipt code before giving up (tests shorten it)
        self.scan_timeout_s = scan_timeout_s
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="progress")
        self._cache: Any = None  # opened on the worker, on first use
        self._cache_lock = threading.Lock()
        self._request = 0
        self._state = "idle"
        self._mode = ""
        self._number = ""
        self._holder = ""
        self._offline = False
        self._last_updated = ""
        self._applications: list[dict[str, Any]] = []
        self._last: tuple[str, str] | None = None  # (mode, application id) for retry
        self._closed = False
        self._camera: Any = None
        self._qr_subscription: Any = None
        self._scan_op = 0
        self._scan_hint = ""
        self._scan_deadline = 0.0
        self._scan_remaining = 0
        self._tick = QTimer(self)
        self._tick.setInterval(250)
        self._tick.timeout.connect(self._on_tick)
        self._answer.connect(self._on_answer)
        self._qrFound.connect(self._on_qr_found)

    def attach_camera(self, host: Any) -> None:
        """Use this ``DeviceHost`` of the camera for receipt codes."""
        self._camera = host
        host.statusChanged.connect(self._on_camera_status)

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        self._stop_scan()
        self._worker.shutdown(wait=True, cancel_futures=True)
        with self._cache_lock:
            cache, self._cache = self._cache, None
        if cache is not None:
            try:
                cache.close()
            except Exception:
                log.exception("progress: closing the cache failed")

    # ---------------------------------------------------------------- slots

    @Slot()
    def queryMine(self) -> None:
        """The applications of the ID card's holder (read by the identity journey)."""
        self._stop_scan()
        session = self._sessions.current
        identity = session.identity if session is not None else None
        if identity is None or not identity.id_number:
            self._set("no_identity", "mine", [])
            return
        self._holder = mask_name(identity.name)
        self._last = ("mine", "")
        self._start("mine", id_number=identity.id_number)

    @Slot(str)
    def queryNumber(self, typed: str) -> None:
        """One application by the number typed on the keypad."""
        self._stop_scan()
        application_id = normalise_number(typed)
        self._holder = ""
        self._number = typed
        if application_id is None:
            self._set("invalid", "number", [])
            return
        self._last = ("number", application_id)
        self._start("number", application_id=application_id)

    @Slot()
    def scanReceipt(self) -> None:
        """Show the camera and look for the QR code of a receipt."""
        self._stop_scan()
        self._request += 1  # answers on their way are obsolete
        self._holder = ""
        self._number = ""
        self._last = None
        camera = self._camera_device()
        if camera is None:
            self._set("camera_unavailable", "qr", [])
            return
        self._scan_op += 1
        op = self._scan_op
        if self._camera_view is not None:
            self._camera_view.attach(camera)
        from drivers.camera.qr import QrScanner

        scanner = QrScanner()
        last: dict[str, float] = {}

        def scan(frame: Any) -> None:
            for text in scanner.scan(frame.image):
                now = time.monotonic()
                if now - last.get(text, 0.0) >= 1.0:  # the same code: at most once a second
                    last[text] = now
                    self._qrFound.emit(op, text)

        self._qr_subscription = camera.subscribe(scan, name="qr-receipt")
        self._scan_hint = ""
        self._scan_deadline = time.monotonic() + self.scan_timeout_s
        self._scan_remaining = int(self.scan_timeout_s + 0.999)
        self._tick.start()
        self._set("scanning", "qr", [])
        self.scanChanged.emit()

    @Slot()
    def stopScan(self) -> None:
        """Leave the camera (the resident chose another way, or left the screen)."""
        if self._state == "scanning":
            self._stop_scan()
            self._set("idle", "", [])
        else:
            self._stop_scan()

    @Slot()
    def retry(self) -> None:
        if self._mode == "qr" and self._state in ("scan_timeout", "camera_unavailable"):
            self.scanReceipt()
            return
        if self._last is None:
            return
        mode, application_id = self._last
        if mode == "mine":
            self.queryMine()
        else:
            self._start(mode, application_id=application_id)

    @Slot()
    def clear(self) -> None:
        self._stop_scan()
        self._request += 1  # answers on their way are obsolete
        self._last = None
        self._holder = ""
        self._number = ""
        self._set("idle", "", [])

    # ---------------------------------------------------------------- the camera

    def _camera_device(self) -> Any:
        host = self._camera
        if host is None or str(host.status.get("state")) != "online":
            return None
        return host.device

    @Slot(str, dict)
    def _on_camera_status(self, _device_id: str, status: dict) -> None:
        if self._state == "scanning" and str(status.get("state")) != "online":
            self._stop_scan()
            self._set("camera_unavailable", "qr", [])

    @Slot(int, str)
    def _on_qr_found(self, op: int, text: str) -> None:
        if op != self._scan_op or self._state != "scanning":
            return
        try:
            ref = parse_receipt_code(text)
        except ReceiptCodeError:
            if self._scan_hint != "not_receipt":
                self._scan_hint = "not_receipt"
                self.scanChanged.emit()
            return
        self._stop_scan()
        self._number = ref.application_id
        self._last = ("qr", ref.application_id)
        self._start("qr", application_id=ref.application_id)

    @Slot()
    def _on_tick(self) -> None:
        if self._state != "scanning":
            self._tick.stop()
            return
        left = self._scan_deadline - time.monotonic()
        if left <= 0:
            self._stop_scan()
            self._set("scan_timeout", "qr", [])
            return
        remaining = int(left + 0.999)
        if remaining != self._scan_remaining:
            self._scan_remaining = remaining
            self.scanChanged.emit()

    def _stop_scan(self) -> None:
        self._tick.stop()
        self._scan_op += 1  # codes on their way are obsolete
        subscription, self._qr_subscription = self._qr_subscription, None
        if subscription is not None:
            host = self._camera
            if host is not None:
                host.device.unsubscribe(subscription, wait=False)
            else:
                subscription.close(wait=False)
            if self._camera_view is not None:
                self._camera_view.detach()
        if self._scan_hint:
            self._scan_hint = ""
            self.scanChanged.emit()

    # ---------------------------------------------------------------- worker

    def _start(self, mode: str, *, id_number: str = "", application_id: str = "") -> None:
        if self._closed:
            return
        self._request += 1
        request = self._request
        self._set("loading", mode, [])
        platform = self.platform() or _Offline()
        self._worker.submit(self._lookup, request, mode, platform, id_number, application_id)

    def _open_cache(self) -> Any:
        """The progress cache (worker thread), opened on first use; None if it cannot be."""
        with self._cache_lock:
            if self._cache is None and not self._closed:
                try:
                    self._cache = self.cache_opener()
                except Exception as exc:
                    log.warning("progress: cache unavailable: %s", type(exc).__name__)
            return self._cache

    def _lookup(
        self, request: int, mode: str, platform: Any, id_number: str, application_id: str
    ) -> None:
        """On the worker: outbox, platform, cache; one answer back to the GUI thread."""
        from kiosk.platform.adapter import PlatformUnavailable, RateLimited, Rejected
        from kiosk.services.progress_cache import find_sent_reference, queued_applications

        queued: list[dict[str, Any]] = []
        lookup = application_id
        outbox = self.outbox()
        try:
            if outbox is not None and id_number:
                found = queued_applications(outbox, kiosk_id=self.kiosk_id, id_number=id_number)
                queued = [queued_view(q) for q in found]
            elif outbox is not None and application_id.startswith("K"):
                found = queued_applications(
                    outbox, kiosk_id=self.kiosk_id, reference=application_id
                )
                queued = [queued_view(q) for q in found]
                if not queued:
                    lookup = (
                        find_sent_reference(
                            outbox, kiosk_id=self.kiosk_id, reference=application_id
                        )
                        or ""
                    )
        except Exception as exc:
            log.warning("progress: outbox unreadable: %s", type(exc).__name__)
        if application_id.startswith("K") and (queued or not APPLICATION_ID.fullmatch(lookup)):
            # A kiosk reference: known only here (queued), or sent and renumbered, or unknown.
            self._answer.emit(request, {"kind": "ok" if queued else "not_found", "list": queued})
            return

        query = {"id_number": id_number} if id_number else {"application_id": lookup}
        cache = self._open_cache()
        try:
            answer = platform.query_applications(**query)
        except (PlatformUnavailable, RateLimited) as exc:
            log.info("progress: platform unreachable (%s); last known state", exc.code)
            self._answer.emit(request, self._offline_answer(cache, queued, id_number, lookup))
            return
        except Rejected as exc:
            log.warning("progress query refused: %s", exc.code)
            kind = "not_found" if mode != "mine" else "error"
            self._answer.emit(request, {"kind": kind, "list": queued})
            return
        except Exception as exc:
            log.warning("progress query failed: %s", type(exc).__name__)
            self._answer.emit(request, self._offline_answer(cache, queued, id_number, lookup))
            return
        answers = [a for a in answer if isinstance(a, dict)]
        if cache is not None and answers:
            try:
                cache.save(answers, id_number=id_number or None)
            except Exception as exc:  # a full disk must not hide the answer
                log.warning("progress: could not keep the answer: %s", type(exc).__name__)
        views = [application_view(a) for a in answers]
        self._answer.emit(request, {"kind": "ok", "list": queued + views})

    @staticmethod
    def _offline_answer(
        cache: Any, queued: list[dict[str, Any]], id_number: str, application_id: str
    ) -> dict[str, Any]:
        cached: list[Any] = []
        if cache is not None:
            try:
                if id_number:
                    cached = cache.by_holder(id_number)
                else:
                    one = cache.by_application(application_id)
                    cached = [one] if one is not None else []
            except Exception as exc:
                log.warning("progress: cache unreadable: %s", type(exc).__name__)
        views = [application_view(c.answer, c.fetched_at) for c in cached]
        oldest = min((c.fetched_at for c in cached), default="")
        return {"kind": "offline", "list": queued + views, "lastUpdated": _minute(oldest)}

    @Slot(int, object)
    def _on_answer(self, request: int, answer: object) -> None:
        if request != self._request or not isinstance(answer, dict):
            return
        kind = str(answer.get("kind"))
        views = list(answer.get("list") or [])
        for view in views:
            if not view.get("itemName") and view.get("itemId"):
                try:
                    view["itemName"] = self._item_name(view["itemId"]) or ""
                except Exception:
                    view["itemName"] = ""
        offline = kind == "offline"
        self._offline = offline and bool(views)
        self._last_updated = str(answer.get("lastUpdated", "")) if offline else ""
        if views:
            self._set("loaded", self._mode, views)
        elif kind == "offline":
            self._set("offline", self._mode, [])
        elif kind in ("not_found", "error"):
            self._set(kind, self._mode, [])
        else:
            self._set("empty" if self._mode == "mine" else "not_found", self._mode, [])

    def _set(self, state: str, mode: str, applications: list[dict[str, Any]]) -> None:
        if state != "loaded":
            self._offline = False
            self._last_updated = ""
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

    def _get_offline(self) -> bool:
        return self._offline

    def _get_last_updated(self) -> str:
        return self._last_updated

    def _get_queued_count(self) -> int:
        return sum(1 for a in self._applications if a.get("queued"))

    def _get_scan_hint(self) -> str:
        return self._scan_hint

    def _get_scan_remaining(self) -> int:
        return self._scan_remaining

    state = Property(str, _get_state, notify=changed)
    mode = Property(str, _get_mode, notify=changed)
    applications = Property("QVariantList", _get_applications, notify=changed)
    count = Property(int, _get_count, notify=changed)
    queuedCount = Property(int, _get_queued_count, notify=changed)
    maskedHolder = Property(str, _get_holder, notify=changed)
    number = Property(str, _get_number, notify=changed)
    #: the list is the last known state (the platform cannot be reached)
    offline = Property(bool, _get_offline, notify=changed)
    #: when the shown last known state was fetched ("YYYY-MM-DD HH:MM", the oldest shown)
    lastUpdated = Property(str, _get_last_updated, notify=changed)
    scanHint = Property(str, _get_scan_hint, notify=scanChanged)
    scanRemaining = Property(int, _get_scan_remaining, notify=scanChanged)
