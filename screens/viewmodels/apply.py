"""The apply journey for QML (the ``Apply`` singleton): one :class:`~kiosk.flows.apply.ApplyFlow`
per journey, its effects performed here, never on the GUI thread when they touch a device, the
disk or the network.

Entry points (QML and other view-models)::

    Apply.begin(itemId)          // from the guide screen: true if the journey started
    Apply.beginBundle(bundleId)  // "一件事": every self-service service of the bundle at once
    Apply.availability(itemId)   // {available, kind, state}: the device that blocks it, if any

Effects and where they run:

* identity: the ``Identity`` journey (``Identity.begin(level, "applyForm")``); its
  ``finished`` signal answers (QR identity counts as a face check, like the card + face);
* e-certificates (``POST /ecerts/query``), page capture + find/warp/enhance/compress
  (``drivers.camera.documents``), the multi-page PDF and the signature PNG (Pillow): on one
  worker thread, answered by a queued signal with the flow's operation number;
* submit: ``Backend.submit`` (one application, attachments included) or
  ``Backend.submit_many`` (a bundle, one transaction) on the backend's writer thread; the
  resident is told "submitted" only once that is on disk;
* receipt: the drain's ``itemDone`` (forwarded by the backend) gives the platform's number;
  after ``receipt_wait_s`` without it, the receipt carries the kiosk reference; printed with
  ``Printing`` (no printer or no paper: shown on screen only, and said so);
* at the end, ``Router.replace("rating", {item_id, application_id, item_name})``.

Screens: ``applyForm``, ``applyMaterials``, ``applyScan``, ``applyReview``, ``applySign``,
``applyReceipt``. The steps are pushed on the router stack, so the nav bar's "Back" returns to
the previous step (the flow follows the router); leaving the journey's screens any other way
("Home", "End visit", the idle timeout) cancels it. Once submitted, "Back" cannot return to the
signature: the receipt sits on top of the home screen.

Privacy: form values, scans and the signature live in the flow (``bytearray`` s zeroed by
``ApplyFlow.wipe``) and are dropped at visit end (``Router.visitEnded``); logs carry only
steps, codes and counts.
"""

from __future__ import annotations

import datetime as dt
import io
import logging
import time
from collections import OrderedDict
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, Final

from PySide6.QtCore import Property, QObject, QTimer, Signal, Slot

from kiosk.flows.apply import (
    ApplyFlow,
    ApplyFlowError,
    Effect,
    EffectKind,
    Problem,
    Step,
)
from kiosk.flows.forms import KEYPAD_TYPES
from kiosk.logs import log_event
from kiosk.privacy import mask_id_number, mask_name

__all__ = ["APPLY_SCREENS", "ApplyViewModel", "render_signature"]

log = logging.getLogger(__name__)

#: router screens of the journey, in order
APPLY_SCREENS: Final = (
    "applyForm",
    "applyMaterials",
    "applyScan",
    "applyReview",
    "applySign",
    "applyReceipt",
)
_SCREEN: Final = {
    Step.FORM: "applyForm",
    Step.MATERIALS: "applyMaterials",
    Step.SCAN: "applyScan",
    Step.REVIEW: "applyReview",
    Step.SIGN: "applySign",
    Step.SUBMITTING: "applyReceipt",
    Step.SUBMIT_FAILED: "applyReceipt",
    Step.WAITING: "applyReceipt",
    Step.RECEIPT: "applyReceipt",
}
_STEP_OF_SCREEN: Final = {
    "applyForm": Step.FORM,
    "applyMaterials": Step.MATERIALS,
    "applyScan": Step.SCAN,
    "applyReview": Step.REVIEW,
    "applySign": Step.SIGN,
}
_IDENTITY_SCREENS: Final = frozenset(
    {"identityConsent", "idCard", "face", "qrIdentity", "identityResult"}
)
_VERIFIED_LEVEL: Final = {"idcard": "idcard", "idcard_face": "idcard_face", "qr": "idcard_face"}
_MAX_BUFFERED_ANSWERS = 32


def render_signature(
    strokes: list[list[list[float]]], width: float, height: float, *, out_width: int = 800
) -> bytearray:
    """The signature as a PNG (black ink on white, ``out_width`` px wide), as a ``bytearray``."""
    from PIL import Image, ImageDraw

    scale = out_width / max(width, 1.0)
    size = (out_width, max(1, round(height * scale)))
    image = Image.new("L", size, 255)
    draw = ImageDraw.Draw(image)
    pen = max(3, round(4 * scale))
    for stroke in strokes:
        points = [(x * scale, y * scale) for x, y in stroke]
        if len(points) == 1:
            x, y = points[0]
            draw.ellipse((x - pen / 2, y - pen / 2, x + pen / 2, y + pen / 2), fill=0)
        elif points:
            draw.line(points, fill=0, width=pen, joint="curve")
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    data = bytearray(buffer.getbuffer())
    buffer.seek(0)
    buffer.truncate()
    return data


def _store_problem(error: BaseException) -> Problem:
    from offline_cache.store import StoreError, StoreFull

    if isinstance(error, StoreFull):
        return Problem.STORE_FULL
    if isinstance(error, StoreError):
        return Problem.STORE_ERROR
    return Problem.SUBMIT_ERROR


class ApplyViewModel(QObject):
    """QML-facing apply journey (see the module docstring)."""

    changed = Signal()  # step, problem, structure (fields, materials, deliveries)
    valuesChanged = Signal()  # form values and errors
    receiptChanged = Signal()
    #: the journey ended: ``done`` or ``cancelled``
    finished = Signal(str)
    # worker → GUI thread (queued: this object lives on the GUI thread)
    _workDone = Signal(int, str, object)
    _enqueueDone = Signal(int, object)

    def __init__(
        self,
        *,
        router: Any,
        sessions: Any,
        catalogue: Any,
        identity: Any = None,
        features: Any = None,
        printing: Any = None,
        camera_view: Any = None,
        platform: Callable[[], Any] | None = None,
        backend: Callable[[], Any] | None = None,
        kiosk_id: str = "KIOSK",
        language: Callable[[], str] = lambda: "zh_CN",
        receipt_wait_s: float = 8.0,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._router = router
        self._sessions = sessions
        self._catalogue = catalogue
        self._identity = identity
        self._features = features
        self._printing = printing
        self._camera_view = camera_view
        self.platform = platform or (lambda: None)
        self._backend = backend or (lambda: None)
        self.kiosk_id = kiosk_id
        self._language = language
        #: seconds the receipt waits for the platform's number (tests shorten it)
        self.receipt_wait_s = receipt_wait_s
        self._flow: ApplyFlow | None = None
        self._camera: Any = None
        self._visit_level = "none"  # the strongest identity verified in this visit
        self._awaiting_identity = False
        self._print_jobs: dict[str, int] = {}
        #: the drain's answers (delivered / refused) that came before the outbox ids did
        self._early_answers: OrderedDict[str, Callable[[ApplyFlow], None]] = OrderedDict()
        self._receipt_qr = ""
        self._navigating = False
        self._closed = False
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="apply")
        #: perf_counter() marks of the last journey (measured by the e2e tests)
        self.marks: dict[str, float] = {}
        self._form_cache: tuple[dict[str, Any], dict[str, Any], list[str]] | None = None
        self._workDone.connect(self._on_work_done)
        self._enqueueDone.connect(self._on_enqueue_done)
        router.currentScreenChanged.connect(self._on_screen_changed)
        router.visitEnded.connect(self._on_visit_ended)
        if identity is not None:
            identity.finished.connect(self._on_identity_finished)
        if printing is not None:
            printing.jobFinished.connect(self._on_job_finished)

    # ---------------------------------------------------------------- wiring

    def attach_camera(self, host: Any) -> None:
        """The document camera's ``DeviceHost`` (the face camera doubles as one)."""
        self._camera = host
        host.statusChanged.connect(self._on_camera_status)

    def attach_backend(self, backend: Any) -> None:
        """Follow the drain's deliveries and refusals (``Backend.itemDone`` /
        ``deadLettered``, queued to the GUI thread)."""
        backend.itemDone.connect(self._on_item_done)
        backend.deadLettered.connect(self._on_dead_lettered)

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        self._drop_flow()
        self._worker.shutdown(wait=True, cancel_futures=True)

    @property
    def flow(self) -> ApplyFlow | None:
        return self._flow

    # ---------------------------------------------------------------- entry points

    @Slot(str, result="QVariantMap")
    def availability(self, item_id: str) -> dict[str, Any]:
        """Can ``item_id`` be applied for here now? ``{available, kind, state}`` (the first
        device in the way) or ``{available: false, reason: "guide_only"/"unknown"}``."""
        item = self._item(item_id)
        if item is None:
            return {"available": False, "reason": "unknown"}
        if item.get("kiosk_mode") != "self_service":
            return {"available": False, "reason": "guide_only"}
        return self._blocker([str(item.get("identity_level", "idcard"))])

    @Slot(str, result="QVariantMap")
    def bundleAvailability(self, bundle_id: str) -> dict[str, Any]:
        items = self._bundle_items(bundle_id)
        if not items:
            return {"available": False, "reason": "unknown"}
        return self._blocker([str(i.get("identity_level", "idcard")) for i in items])

    def _blocker(self, levels: list[str]) -> dict[str, Any]:
        features = self._features
        if features is None or all(level == "none" for level in levels):
            return {"available": True}
        feature = "apply_face" if "idcard_face" in levels else "apply"
        blocked = features.property("blocked") or {}
        blocker = blocked.get(feature)
        if blocker:
            return {"available": False, "kind": blocker["kind"], "state": blocker["state"]}
        return {"available": True}

    @Slot(str, result=bool)
    def begin(self, item_id: str) -> bool:
        """Start applying for one service (from its guide)."""
        item = self._item(item_id)
        if item is None or not self.availability(item_id).get("available"):
            return False
        return self._start([item], None)

    @Slot(str, result=bool)
    def beginBundle(self, bundle_id: str) -> bool:
        """Start a "一件事" bundle: identity once, one form, one signature, one receipt."""
        items = self._bundle_items(bundle_id)
        if not items or not self.bundleAvailability(bundle_id).get("available"):
            return False
        bundle = self._bundle(bundle_id)
        return self._start(items, bundle)

    def _start(self, items: list[dict[str, Any]], bundle: dict[str, Any] | None) -> bool:
        self._drop_flow()
        session = self._sessions.current
        if session is None:
            session = self._sessions.start(language=self._language())
        identity = session.identity if self._visit_level != "none" else None
        try:
            flow = ApplyFlow(
                items,
                bundle=bundle,
                identity=identity,
                verified_level=self._visit_level if identity is not None else "none",
                visit_id=session.session_id,
                kiosk_id=self.kiosk_id,
                receipt_wait_s=self.receipt_wait_s,
            )
        except ApplyFlowError:
            log.warning("apply: could not start", exc_info=True)
            return False
        self._flow = flow
        self._early_answers.clear()
        self._receipt_qr = ""
        self.marks = {"begin": time.perf_counter()}
        log_event(
            log,
            "apply.begin",
            items=len(items),
            bundle=bundle["bundle_id"] if bundle else "",
            identity_level=flow.level,
        )
        self._after()
        self.changed.emit()
        self._emit_values()
        return True

    # ---------------------------------------------------------------- QML slots: form

    @Slot(str, "QVariant")
    def setValue(self, name: str, value: Any) -> None:
        self._do(lambda f: f.set_value(name, value), values=True)

    @Slot(str)
    def checkField(self, name: str) -> None:
        self._do(lambda f: f.check(name), values=True)

    @Slot()
    def next(self) -> None:
        """The main button of the current step."""
        flow = self._flow
        if flow is None:
            return
        step = flow.step
        if step is Step.FORM:
            self._do(lambda f: f.form_next(), values=True)
        elif step is Step.MATERIALS:
            self._do(lambda f: f.materials_next())
        elif step is Step.REVIEW:
            self._do(lambda f: f.review_next())

    @Slot()
    def back(self) -> None:
        self._do(lambda f: f.back())

    @Slot()
    def cancel(self) -> None:
        self._do(lambda f: f.cancel())

    # ---------------------------------------------------------------- QML slots: materials

    @Slot(str)
    def useEcert(self, key: str) -> None:
        self._do(lambda f: f.use_ecert(key))

    @Slot(str)
    def commit(self, key: str) -> None:
        self._do(lambda f: f.commit(key))

    @Slot(str)
    def clearSupply(self, key: str) -> None:
        self._do(lambda f: f.clear_supply(key))

    @Slot(str)
    def startScan(self, key: str) -> None:
        self._do(lambda f: f.start_scan(key))

    @Slot()
    def capture(self) -> None:
        self._do(lambda f: f.capture())

    @Slot()
    def removeLastPage(self) -> None:
        self._do(lambda f: f.remove_last_page())

    @Slot()
    def finishScan(self) -> None:
        self._do(lambda f: f.finish_scan())

    # ---------------------------------------------------------------- QML slots: review, sign

    @Slot(int, str)
    def chooseDelivery(self, index: int, method: str) -> None:
        self._do(lambda f: f.choose_delivery(index, method))

    @Slot(str)
    def setAddress(self, text: str) -> None:
        self._do(lambda f: f.set_address(text))

    @Slot("QVariantList", float, float)
    def sign(self, strokes: Any, width: float, height: float) -> None:
        """The signature pad's strokes (lists of [x, y]) and its size: sign and submit."""
        clean: list[list[list[float]]] = []
        for stroke in strokes or []:
            points = [
                [float(p[0]), float(p[1])]
                for p in stroke or []
                if isinstance(p, list | tuple) and len(p) >= 2
            ]
            if points:
                clean.append(points)
        self.marks["sign"] = time.perf_counter()
        self._do(lambda f: f.sign(clean, width, height))

    @Slot()
    def retry(self) -> None:
        self._do(lambda f: f.retry())

    @Slot()
    def finish(self) -> None:
        self._do(lambda f: f.finish())

    # ---------------------------------------------------------------- plumbing

    def _do(self, event: Callable[[ApplyFlow], Any], *, values: bool = False) -> None:
        flow = self._flow
        if flow is None or self._closed:
            return
        try:
            event(flow)
        except ApplyFlowError:
            # A button that does not fit the step (a double tap): ignore, never crash QML.
            log.warning("apply: event ignored in step %s", flow.step)
            return
        self._after()
        if values:
            self._emit_values()

    def _after(self) -> None:
        flow = self._flow
        if flow is None:
            return
        for effect in flow.take_effects():
            self._perform(effect)
        if self._flow is not flow:
            return
        self._show()
        self.changed.emit()

    def _show(self) -> None:
        """Put the current step's screen on the router (pushed; "back" pops to a step)."""
        flow = self._flow
        if flow is None or flow.final or flow.step is Step.IDENTITY:
            return
        target = _SCREEN[flow.step]
        current = self._router.currentScreen
        stack = self._router.stack
        if flow.submitted:
            # On disk: "back" must not lead into the signature again, so the receipt sits on
            # top of the home screen.
            if current == target and not any(s in APPLY_SCREENS for s in stack[:-1]):
                return
        elif current == target:
            return
        if current in _IDENTITY_SCREENS:
            return  # the identity journey continues to applyForm itself
        self._navigating = True
        try:
            if flow.submitted:
                self._router.home()
                self._router.go(target)
            elif target in stack:
                while self._router.currentScreen != target and self._router.depth > 2:
                    self._router.back()
            else:
                self._router.go(target)
        finally:
            self._navigating = False

    def _perform(self, effect: Effect) -> None:
        kind = effect.kind
        if kind is EffectKind.BEGIN_IDENTITY:
            self._begin_identity(str(effect.payload["level"]))
        elif kind is EffectKind.QUERY_ECERTS:
            self._query_ecerts(effect.op, str(effect.payload["id_number"]))
        elif kind is EffectKind.START_CAMERA:
            self._start_camera()
        elif kind is EffectKind.STOP_CAMERA:
            if self._camera_view is not None:
                self._camera_view.detach()
        elif kind is EffectKind.CAPTURE_PAGE:
            self._capture(effect.op, str(effect.payload.get("mode", "document")))
        elif kind is EffectKind.BUILD_PDF:
            self._build_pdf(effect.op, str(effect.payload["key"]), list(effect.payload["pages"]))
        elif kind is EffectKind.RENDER_SIGNATURE:
            payload = effect.payload
            self._worker.submit(
                self._render_worker,
                effect.op,
                payload["strokes"],
                payload["width"],
                payload["height"],
            )
        elif kind is EffectKind.ENQUEUE:
            self._enqueue(effect.op, list(effect.payload["entries"]))
        elif kind is EffectKind.WAIT_RECEIPT:
            self._wait_receipt(effect.op, float(effect.payload["seconds"]))
        elif kind is EffectKind.PRINT:
            self._print(effect.op)
        elif kind is EffectKind.DONE:
            self._done(str(effect.payload.get("step", "")))

    # ---------------------------------------------------------------- identity

    def _begin_identity(self, level: str) -> None:
        if self._identity is None:
            QTimer.singleShot(0, self, lambda: self._do(lambda f: f.identity_ended()))
            return
        self._awaiting_identity = True
        self._identity.begin(level, "applyForm", {})

    @Slot(str)
    def _on_identity_finished(self, step: str) -> None:
        flow = self._flow
        if not self._awaiting_identity or flow is None or flow.step is not Step.IDENTITY:
            return
        self._awaiting_identity = False
        session = self._sessions.current
        identity_flow = self._identity.flow if self._identity is not None else None
        if step == "verified" and session is not None and identity_flow is not None:
            level = _VERIFIED_LEVEL.get(identity_flow.verified_by, "none")
            if _stronger(level, self._visit_level):
                self._visit_level = level
            self.marks["identity"] = time.perf_counter()
            self._do(lambda f: f.identity_verified(session.identity, level), values=True)
        else:
            self._do(lambda f: f.identity_ended())

    # ---------------------------------------------------------------- e-certificates

    def _query_ecerts(self, op: int, id_number: str) -> None:
        platform = self.platform()

        def work() -> None:
            try:
                if platform is None:
                    raise RuntimeError("no platform")
                certs = platform.ecerts(id_number)
            except Exception as exc:
                log.warning("apply: e-certificates unavailable: %s", type(exc).__name__)
                self._workDone.emit(op, "ecerts", exc)
                return
            self._workDone.emit(op, "ecerts", list(certs))

        self._worker.submit(work)

    # ---------------------------------------------------------------- scanning

    def _camera_device(self) -> Any:
        host = self._camera
        if host is None or str(host.status.get("state")) != "online":
            return None
        return host.device

    def _start_camera(self) -> None:
        camera = self._camera_device()
        if camera is None:
            QTimer.singleShot(0, self, lambda: self._do(lambda f: f.camera_fault()))
            return
        if self._camera_view is not None:
            self._camera_view.attach(camera, mirror=False)  # a mirrored page reads backwards

    @Slot(str, dict)
    def _on_camera_status(self, _device_id: str, status: dict) -> None:
        flow = self._flow
        if flow is not None and flow.step is Step.SCAN and str(status.get("state")) != "online":
            self._do(lambda f: f.camera_fault())

    def _capture(self, op: int, mode: str) -> None:
        camera = self._camera_device()
        if camera is None:
            QTimer.singleShot(
                0, self, lambda: self._do(lambda f: f.page_failed(op, Problem.CAMERA_FAULT))
            )
            return

        def work() -> None:
            from drivers.camera.documents import scan_page
            from drivers.camera.errors import PageNotFound
            from drivers.camera.frames import wipe_array

            image = None
            try:
                image = camera.snapshot()
                page = scan_page(image, mode=mode)
            except PageNotFound:
                self._workDone.emit(op, "page", Problem.PAGE_NOT_FOUND)
                return
            except Exception as exc:
                log.warning("apply: page capture failed: %s", type(exc).__name__)
                problem = Problem.SCAN_FAILED
                if type(exc).__name__ in ("DeviceUnavailable", "DeviceError", "DeviceTimeout"):
                    problem = Problem.CAMERA_FAULT
                self._workDone.emit(op, "page", problem)
                return
            finally:
                if image is not None:
                    wipe_array(image)
            self._workDone.emit(op, "page", page.jpeg)

        self._worker.submit(work)

    def _build_pdf(self, op: int, key: str, pages: list[bytearray]) -> None:
        def work() -> None:
            from drivers.camera.documents import pages_to_pdf

            try:
                pdf = pages_to_pdf(pages)
            except Exception as exc:
                log.warning("apply: PDF failed: %s", type(exc).__name__)
                self._workDone.emit(op, "pdf", (key, exc, len(pages)))
                return
            finally:
                for page in pages:
                    page[:] = bytes(len(page))
            self._workDone.emit(op, "pdf", (key, pdf, len(pages)))

        self._worker.submit(work)

    def _render_worker(self, op: int, strokes: Any, width: float, height: float) -> None:
        try:
            png = render_signature(strokes, width, height)
        except Exception as exc:
            log.warning("apply: signature rendering failed: %s", type(exc).__name__)
            self._workDone.emit(op, "signature", exc)
            return
        self._workDone.emit(op, "signature", png)

    @Slot(int, str, object)
    def _on_work_done(self, op: int, kind: str, result: object) -> None:
        flow = self._flow
        if flow is None:
            _wipe(result)
            return
        if kind == "ecerts":
            if isinstance(result, BaseException):
                self._do(lambda f: f.ecerts_failed(op))
            else:
                self._do(lambda f: f.ecerts_loaded(op, result))  # type: ignore[arg-type]
        elif kind == "page":
            if isinstance(result, bytearray):
                self._do(lambda f: f.page_captured(op, result))
            else:
                self._do(lambda f: f.page_failed(op, result))  # type: ignore[arg-type]
        elif kind == "pdf":
            key, pdf, pages = result  # type: ignore[misc]
            if isinstance(pdf, bytearray):
                self._do(lambda f: f.pdf_built(op, key, pdf, pages))
            else:
                self._do(lambda f: f.pdf_failed(op, key))
        elif kind == "signature":
            if isinstance(result, bytearray):
                self.marks["signature"] = time.perf_counter()
                self._do(lambda f: f.signature_rendered(op, result))
            else:
                self._do(lambda f: f.signature_failed(op))

    # ---------------------------------------------------------------- submit

    def _enqueue(self, op: int, entries: list[dict[str, Any]]) -> None:
        from offline_cache.outbox import Attachment, OutboxEntry

        backend = self._backend()

        def done(future: Future[Any]) -> None:  # on the writer thread
            error = future.exception()
            if error is not None:
                self._enqueueDone.emit(op, error)
                return
            result = future.result()
            items = result if isinstance(result, list) else [result]
            self._enqueueDone.emit(op, [str(item.id) for item in items])
            drain = getattr(backend, "drain", None)
            if drain is not None:
                # A resident waits for the number: end a hold left from an earlier outage.
                drain.wake(expedite=True)

        outbox_entries = [
            OutboxEntry(
                entry["kind"],
                entry["payload"],
                entry["idempotency_key"],
                tuple(Attachment(bytes(data), kind) for data, kind in entry["attachments"]),
            )
            for entry in entries
        ]
        started = False
        if backend is not None:
            if len(outbox_entries) == 1:
                one = outbox_entries[0]
                started = backend.submit(
                    one.kind,
                    one.payload,
                    idempotency_key=one.idempotency_key,
                    attachments=one.attachments,
                    on_done=done,
                )
            else:
                started = backend.submit_many(outbox_entries, on_done=done)
        if not started:
            QTimer.singleShot(
                0,
                self,
                lambda: self._do(lambda f: f.enqueue_failed(op, Problem.OUTBOX_UNAVAILABLE)),
            )

    @Slot(int, object)
    def _on_enqueue_done(self, op: int, result: object) -> None:
        if self._flow is None:
            return
        if isinstance(result, BaseException):
            problem = _store_problem(result)
            log_event(log, "apply.not_submitted", reason=str(problem))
            self._do(lambda f: f.enqueue_failed(op, problem))
            return
        ids = [str(i) for i in result]  # type: ignore[attr-defined]
        self.marks["on_disk"] = time.perf_counter()
        log_event(log, "apply.submitted", applications=len(ids))
        self._do(lambda f: f.enqueued(op, ids))
        for outbox_id in ids:  # the drain may have been quicker than this answer
            answer = self._early_answers.pop(outbox_id, None)
            if answer is not None:
                self._do(answer)

    @Slot(str, str, dict)
    def _on_item_done(self, kind: str, item_id: str, response: dict) -> None:
        if kind != "application":
            return
        answer = dict(response)
        if self._drain_answer(item_id, lambda f: f.application_done(item_id, answer)):
            self.marks.setdefault("delivered", time.perf_counter())

    @Slot(str, str, dict)
    def _on_dead_lettered(self, kind: str, item_id: str, error: dict) -> None:
        if kind != "application":
            return
        code = str((error or {}).get("code") or "refused")
        if self._drain_answer(item_id, lambda f: f.application_refused(item_id, code)):
            log_event(log, "apply.refused", code=code)

    def _drain_answer(self, item_id: str, answer: Callable[[ApplyFlow], None]) -> bool:
        """Give the flow the drain's answer about one of its applications now (True), or keep
        it until the outbox ids of the submission arrive (the drain may be quicker)."""
        flow = self._flow
        if flow is not None and any(line.outbox_id == item_id for line in flow.receipt):
            self._do(answer)
            self.receiptChanged.emit()
            return True
        self._early_answers[item_id] = answer
        while len(self._early_answers) > _MAX_BUFFERED_ANSWERS:
            self._early_answers.popitem(last=False)
        return False

    def _wait_receipt(self, op: int, seconds: float) -> None:
        QTimer.singleShot(
            max(0, round(seconds * 1000)),
            self,
            lambda: self._do(lambda f: f.receipt_timeout(op)),
        )

    # ---------------------------------------------------------------- receipt

    def _receipt_data(self) -> Any:
        from kiosk.services.apply_receipt import ReceiptApplication, ReceiptData, add_working_days

        flow = self._flow
        assert flow is not None
        today = dt.date.today()
        applications = []
        for line in flow.receipt:
            try:
                promised = dt.date.fromisoformat(line.promised_date)
            except ValueError:
                promised = add_working_days(today, line.promised_days)
            applications.append(
                ReceiptApplication(
                    line.item_name, line.number, line.delivered, promised, line.delivery
                )
            )
        identity = flow.identity
        try:
            submitted = dt.datetime.fromisoformat(flow.submitted_at)
        except ValueError:
            submitted = dt.datetime.now()
        return ReceiptData(
            applications=applications,
            submitted_at=submitted,
            id_number=str(getattr(identity, "id_number", "") or flow.values.get("id_number", "")),
            applicant_name=str(getattr(identity, "name", "") or ""),
            materials=[
                (need.name, flow.supplies[need.key].source)
                for need in flow.needs
                if need.key in flow.supplies
            ],
            kiosk_id=self.kiosk_id,
            bundle_name=str(flow.bundle["name"]) if flow.bundle else "",
        )

    def _print(self, op: int) -> None:
        from kiosk.services.apply_receipt import progress_code, receipt_document
        from screens.viewmodels.catalogue import qr_data_url

        flow = self._flow
        assert flow is not None
        self.marks["receipt"] = time.perf_counter()
        self._receipt_qr = qr_data_url(progress_code(flow.receipt[0].number), 6)
        self.receiptChanged.emit()
        printing = self._printing
        if printing is None or not printing.property("available"):
            reason = "unavailable"
            if printing is not None and printing.property("paper") == "out":
                reason = "paper_out"
            QTimer.singleShot(0, self, lambda: self._do(lambda f: f.print_skipped(op, reason)))
            return
        try:
            document = receipt_document(self._receipt_data(), self._language())
        except Exception:
            log.exception("apply: the receipt could not be laid out")
            QTimer.singleShot(0, self, lambda: self._do(lambda f: f.print_skipped(op, "error")))
            return
        job = printing.print_document(document)
        self._print_jobs[job] = op

    @Slot(str, bool, str)
    def _on_job_finished(self, job_id: str, ok: bool, reason: str) -> None:
        op = self._print_jobs.pop(job_id, None)
        if op is not None:
            self._do(lambda f: f.printed(op, ok, reason))

    def _done(self, step: str) -> None:
        flow = self._flow
        log_event(log, "apply.end", step=step)
        if self._camera_view is not None:
            self._camera_view.detach()
        if step == str(Step.DONE) and flow is not None:
            first = flow.receipt[0] if flow.receipt else None
            name = str(flow.bundle["name"]) if flow.bundle else (first.item_name if first else "")
            params = {
                "item_id": first.item_id if first and not flow.bundle else "",
                "application_id": first.number if first else "",
                "item_name": name,
            }
            if flow.bundle:
                params["bundle_id"] = str(flow.bundle["bundle_id"])
            flow.wipe()
            self._navigating = True
            try:
                from screens.viewmodels.router import SCREENS

                if "rating" in SCREENS:
                    self._router.replace("rating", params)
                else:
                    self._router.home()
            finally:
                self._navigating = False
        elif step == str(Step.CANCELLED):
            self._navigating = True
            try:
                while self._router.currentScreen in APPLY_SCREENS and self._router.depth > 2:
                    self._router.back()
            finally:
                self._navigating = False
        self._emit_values()  # the wiped values leave the screens' cache too
        self.finished.emit(step)

    # ---------------------------------------------------------------- router

    @Slot()
    def _on_screen_changed(self) -> None:
        flow = self._flow
        if flow is None or flow.final or self._navigating:
            return
        current = self._router.currentScreen
        if flow.step is Step.IDENTITY:
            if current == "applyForm":
                return  # the identity journey handed over (the flow already moved on)
            return
        if current in _IDENTITY_SCREENS:
            return
        wanted = _SCREEN.get(flow.step)
        if current == wanted:
            return
        step = _STEP_OF_SCREEN.get(current)
        if step is not None and not flow.submitted and flow.step is not Step.SUBMITTING:
            self._do(lambda f: f.back_to(step))  # the nav bar's "back" popped a step
            return
        if current not in APPLY_SCREENS:
            if flow.step is Step.RECEIPT:
                return  # home/end after the receipt: nothing to undo
            self._do(lambda f: f.cancel())

    @Slot(str)
    def _on_visit_ended(self, reason: str) -> None:
        # The next resident starts afresh: form values, scans and signature go now.
        self._drop_flow()
        self._visit_level = "none"
        self._print_jobs.clear()
        self._early_answers.clear()
        self._receipt_qr = ""
        self.changed.emit()
        self._emit_values()
        self.receiptChanged.emit()

    def _drop_flow(self) -> None:
        flow, self._flow = self._flow, None
        self._awaiting_identity = False
        if flow is not None:
            if flow.step is Step.SCAN and self._camera_view is not None:
                self._camera_view.detach()
            flow.take_effects()
            flow.wipe()

    # ---------------------------------------------------------------- catalogue access

    def _item(self, item_id: str) -> dict[str, Any] | None:
        index = getattr(self._catalogue, "index", None)
        found = index.item(item_id) if index is not None else None
        return found.model_dump(mode="json") if found is not None else None

    def _bundle(self, bundle_id: str) -> dict[str, Any] | None:
        active = getattr(self._catalogue, "_active", None)
        catalogue = getattr(active, "catalogue", None)
        for bundle in getattr(catalogue, "bundles", ()) or ():
            if bundle.bundle_id == bundle_id:
                return {"bundle_id": bundle.bundle_id, "name": bundle.name}
        return None

    def _bundle_items(self, bundle_id: str) -> list[dict[str, Any]]:
        """The bundle's services that can be applied for at a kiosk (hidden ones left out)."""
        active = getattr(self._catalogue, "_active", None)
        catalogue = getattr(active, "catalogue", None)
        bundle = next(
            (b for b in getattr(catalogue, "bundles", ()) or () if b.bundle_id == bundle_id), None
        )
        if bundle is None:
            return []
        items = [self._item(item_id) for item_id in bundle.item_ids]
        return [i for i in items if i is not None and i.get("kiosk_mode") == "self_service"]

    # ---------------------------------------------------------------- properties

    def _step(self) -> str:
        return str(self._flow.step) if self._flow is not None else ""

    def _problem(self) -> str:
        flow = self._flow
        return str(flow.problem) if flow is not None and flow.problem is not None else ""

    def _title(self) -> str:
        flow = self._flow
        if flow is None:
            return ""
        if flow.bundle:
            return str(flow.bundle["name"])
        return str(flow.items[0]["name"])

    def _is_bundle(self) -> bool:
        return self._flow is not None and self._flow.is_bundle

    def _item_names(self) -> list[str]:
        return [str(i["name"]) for i in self._flow.items] if self._flow is not None else []

    def _fields(self) -> list[dict[str, Any]]:
        """The form's fields in order; ``group`` is "" for fields asked of every service of a
        bundle (or of the one service), else the service's name."""
        flow = self._flow
        if flow is None:
            return []
        out = []
        for spec, owners in flow.fields:
            group = ""
            if flow.is_bundle and len(owners) == 1:
                group = str(flow.items[owners[0]]["name"])
            out.append(
                {
                    "name": spec.name,
                    "label": spec.label,
                    "type": spec.type,
                    "required": spec.required,
                    "options": list(spec.options or []),
                    "maxLength": spec.max_length or 0,
                    "keypad": spec.type in KEYPAD_TYPES,
                    "group": group,
                }
            )
        return out

    # Every field delegate reads these three on each change: computed once per change.
    def _form_state(self) -> tuple[dict[str, Any], dict[str, Any], list[str]]:
        cached = self._form_cache
        if cached is not None:
            return cached
        flow = self._flow
        if flow is None:
            cached = ({}, {}, [])
        else:
            cached = (
                {name: ("" if v is None else v) for name, v in flow.values.items()},
                {
                    name: {"code": e.code, "limit": e.limit, "message": e.message}
                    for name, e in flow.errors.items()
                },
                sorted(flow.prefilled),
            )
        self._form_cache = cached
        return cached

    def _emit_values(self) -> None:
        # Lesson: QML bindings are notified before ordinary slots of the same signal, so the
        # cache must be dropped before emitting, not in a slot connected to the signal.
        self._form_cache = None
        self.valuesChanged.emit()

    def _values(self) -> dict[str, Any]:
        return self._form_state()[0]

    def _errors(self) -> dict[str, Any]:
        return self._form_state()[1]

    def _prefilled(self) -> list[str]:
        return self._form_state()[2]

    def _materials(self) -> list[dict[str, Any]]:
        flow = self._flow
        if flow is None:
            return []
        out = []
        for need in flow.needs:
            supply = flow.supplies.get(need.key)
            cert = flow.ecert_for(need)
            out.append(
                {
                    "key": need.key,
                    "name": need.name,
                    "required": need.required,
                    "note": need.note,
                    "tolerance": need.tolerance,
                    "ecertAvailable": cert is not None,
                    "ecertName": str(cert.get("name", "")) if cert else "",
                    "ecertIssuer": str(cert.get("issuer", "")) if cert else "",
                    "source": supply.source if supply is not None else "",
                    "pages": supply.pages if supply is not None else 0,
                    "preparing": need.key in flow.pdf_pending,
                    "missing": need.key in flow.missing_materials,
                }
            )
        return out

    def _ecerts_state(self) -> str:
        return self._flow.ecerts_state if self._flow is not None else ""

    def _scan_name(self) -> str:
        flow = self._flow
        if flow is None or not flow.scan_key:
            return ""
        return flow.need(flow.scan_key).name

    def _scan_pages(self) -> int:
        return len(self._flow.scan_pages) if self._flow is not None else 0

    def _scan_busy(self) -> bool:
        return self._flow is not None and self._flow.scan_busy

    def _deliveries(self) -> list[dict[str, Any]]:
        flow = self._flow
        if flow is None:
            return []
        return [
            {
                "index": index,
                "itemName": str(item["name"]),
                "choices": flow.delivery_choices(index),
                "chosen": flow.deliveries[index],
            }
            for index, item in enumerate(flow.items)
        ]

    def _needs_address(self) -> bool:
        return self._flow is not None and "post" in self._flow.deliveries

    def _address(self) -> str:
        return self._flow.address if self._flow is not None else ""

    def _summary(self) -> list[dict[str, str]]:
        """The form for the review page: label and shown value (ID numbers masked)."""
        flow = self._flow
        if flow is None:
            return []
        out = []
        for spec, _owners in flow.fields:
            value = flow.values.get(spec.name)
            if value is None or value == "":
                continue
            if spec.type == "checkbox":
                shown = "✓" if value is True else "✗"
            elif spec.type == "id_number":
                shown = mask_id_number(str(value))
            elif spec.prefill == "idcard.name":
                shown = mask_name(str(value))
            else:
                shown = str(value)
            out.append({"label": spec.label, "value": shown, "type": spec.type})
        return out

    def _receipt(self) -> list[dict[str, Any]]:
        flow = self._flow
        if flow is None:
            return []
        return [
            {
                "itemName": line.item_name,
                "number": line.number,
                "delivered": line.delivered,
                "refused": bool(line.refused),
                "promisedDate": line.promised_date,
                "queryCode": line.query_code,
                "delivery": line.delivery,
            }
            for line in flow.receipt
        ]

    def _print_state(self) -> str:
        return self._flow.print_state if self._flow is not None else ""

    def _all_delivered(self) -> bool:
        return self._flow is not None and self._flow.all_delivered

    def _any_waiting(self) -> bool:
        return self._flow is not None and self._flow.any_waiting

    def _any_refused(self) -> bool:
        return self._flow is not None and self._flow.any_refused

    def _receipt_qr_url(self) -> str:
        return self._receipt_qr

    def _masked_id(self) -> str:
        flow = self._flow
        number = getattr(flow.identity, "id_number", "") if flow is not None else ""
        return mask_id_number(number) if number else ""

    step = Property(str, _step, notify=changed)
    problem = Property(str, _problem, notify=changed)
    title = Property(str, _title, notify=changed)
    isBundle = Property(bool, _is_bundle, notify=changed)
    itemNames = Property("QStringList", _item_names, notify=changed)
    fields = Property("QVariantList", _fields, notify=changed)
    values = Property("QVariantMap", _values, notify=valuesChanged)
    errors = Property("QVariantMap", _errors, notify=valuesChanged)
    prefilled = Property("QStringList", _prefilled, notify=valuesChanged)
    materials = Property("QVariantList", _materials, notify=changed)
    ecertsState = Property(str, _ecerts_state, notify=changed)
    scanName = Property(str, _scan_name, notify=changed)
    scanPages = Property(int, _scan_pages, notify=changed)
    scanBusy = Property(bool, _scan_busy, notify=changed)
    deliveries = Property("QVariantList", _deliveries, notify=changed)
    needsAddress = Property(bool, _needs_address, notify=changed)
    address = Property(str, _address, notify=changed)
    summary = Property("QVariantList", _summary, notify=changed)
    receipt = Property("QVariantList", _receipt, notify=changed)
    printState = Property(str, _print_state, notify=changed)
    allDelivered = Property(bool, _all_delivered, notify=changed)
    #: some application is still queued here (sent automatically later)
    anyWaiting = Property(bool, _any_waiting, notify=changed)
    #: the platform refused an application after it was submitted: see staff
    anyRefused = Property(bool, _any_refused, notify=changed)
    receiptQr = Property(str, _receipt_qr_url, notify=receiptChanged)
    maskedId = Property(str, _masked_id, notify=changed)


def _stronger(level: str, than: str) -> bool:
    order = ("none", "idcard", "idcard_face")
    return order.index(level if level in order else "none") > order.index(than)


def _wipe(result: object) -> None:
    if isinstance(result, bytearray):
        result[:] = bytes(len(result))
    elif isinstance(result, tuple):
        for part in result:
            _wipe(part)
