"""The identity journey for QML (the ``Identity`` singleton): the flow, the devices, the voice.

:class:`IdentityViewModel` owns one :class:`~kiosk.flows.identity.IdentityFlow` per journey and
performs its effects; the flow decides, this object only does:

* the card is read by the ID-card reader's :class:`~kiosk.services.device_host.DeviceHost`
  (``submit("read_card")``, answer through ``commandFinished``); its ``card_inserted`` events and
  status changes are flow events too;
* faces: a :class:`~kiosk.services.identity.FaceVerification` fed by
  ``CameraDevice.subscribe`` (frames are analysed on the subscription's own thread); its
  progress comes back through a queued signal, and the preview goes to the
  :class:`~screens.viewmodels.camera.CameraViewModel`;
* QR codes are decoded on another camera subscription thread;
* verifications (platform face match, QR token) run on a single worker thread.

So nothing here blocks the GUI thread: every slot only changes state and hands work to a thread.
Answers carry the flow's operation number and late ones are dropped by the flow.

Screens: the flow's step picks the router screen (``identityConsent``, ``idCard``, ``face``,
``qrIdentity``, ``identityResult``); the steps replace each other on the router stack, so "back"
leaves the journey, which cancels it (and drops an identity that was not verified). A journey
started with a ``next`` screen continues there once verified.

Voice: the flow's prompts are spoken by the kiosk's one
:class:`~screens.viewmodels.voice.VoicePrompts` (the ``Voice`` singleton's engine, passed in as
``voice``) in the UI language; with no engine (or a failing one) it stays silent. ``voiceOn`` is
the same switch as the status bar's.

Exceptions: none escape to QML; worker errors become flow events (``verify_failed``).
"""

from __future__ import annotations

import logging
import threading
import time
from collections import deque
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import Property, QCoreApplication, QObject, QTimer, Signal, Slot

from drivers.camera.qr import QrScanner
from drivers.idcard.errors import CardError, CardRemoved, NoCard
from kiosk.flows.identity import (
    Effect,
    EffectKind,
    IdentityFlow,
    IdentityTimeouts,
    Level,
    Problem,
    Prompt,
    Step,
)
from kiosk.logs import log_event
from kiosk.privacy import mask_id_number, mask_name
from screens.viewmodels.voice import VoicePrompts

__all__ = ["IDENTITY_SCREENS", "IdentityViewModel", "VoicePrompts", "card_problem"]

log = logging.getLogger(__name__)

#: router screens of the journey (they replace each other on the stack)
IDENTITY_SCREENS = frozenset({"identityConsent", "idCard", "face", "qrIdentity", "identityResult"})

_CARD_PROBLEMS = frozenset(
    {
        Problem.NO_CARD,
        Problem.CARD_REMOVED,
        Problem.UNREADABLE,
        Problem.EXPIRED,
        Problem.READER_FAULT,
    }
)
_QR_PROBLEMS = frozenset({Problem.QR_TIMEOUT, Problem.QR_REJECTED})
_READER_DOWN = frozenset({"offline", "no_device", "hardware_error", "power_off"})


def card_problem(result: BaseException) -> Problem:
    """What a failed ``read_card`` means for the resident."""
    if isinstance(result, NoCard):
        return Problem.NO_CARD
    if isinstance(result, CardRemoved):
        return Problem.CARD_REMOVED
    if isinstance(result, CardError):
        return Problem.UNREADABLE  # unreadable, not genuine, unknown type, impossible data
    return Problem.READER_FAULT  # protocol, timeout, SAM, unplugged, driver bug


def screen_for(flow: IdentityFlow) -> str:
    """The router screen that shows the flow's current step."""
    step = flow.step
    if step in (Step.CONSENT, Step.FACE_CONSENT):
        return "identityConsent"
    if step in (Step.PLACE_CARD, Step.READING):
        return "idCard"
    if step in (Step.FACE_CAPTURE, Step.LIVENESS, Step.VERIFYING):
        return "face"
    if step in (Step.QR_SCAN, Step.QR_VERIFYING):
        return "qrIdentity"
    if step is Step.ERROR:
        if flow.problem in _CARD_PROBLEMS:
            return "idCard"
        if flow.problem in _QR_PROBLEMS:
            return "qrIdentity"
        return "qrIdentity" if flow.retry_step is Step.QR_SCAN else "face"
    return "identityResult"


def prompt_text(prompt: Prompt) -> str:
    """The spoken sentence of a prompt in the installed UI language."""
    # Literal translate() calls: pyside6-lupdate extracts only those.
    translate = QCoreApplication.translate
    if prompt is Prompt.PLACE_CARD:
        return translate("IdentityViewModel", "Please place your ID card on the reader.")
    if prompt is Prompt.LOOK_AT_CAMERA:
        return translate("IdentityViewModel", "Please look at the camera.")
    if prompt is Prompt.TAKE_CARD:
        return translate("IdentityViewModel", "Please take your ID card.")
    return translate(
        "IdentityViewModel", "Please show the QR code from the mobile app to the camera."
    )


class _Offline:
    """Platform stand-in before the backend is ready: every call is 'unavailable'."""

    def __getattr__(self, name: str) -> Callable[..., Any]:
        from kiosk.platform.adapter import PlatformUnavailable

        def unavailable(*_args: Any, **_kwargs: Any) -> Any:
            raise PlatformUnavailable("no_platform", "the platform is not connected yet")

        return unavailable


class IdentityViewModel(QObject):
    """QML-facing identity journey (see the module docstring)."""

    changed = Signal()
    faceChanged = Signal()
    voiceChanged = Signal()
    cardChanged = Signal()
    #: the journey ended: ``verified``, ``staff`` or ``cancelled``
    finished = Signal(str)
    # worker → GUI thread (queued: this object lives in the GUI thread)
    _faceProgress = Signal(int, object)
    _workDone = Signal(int, str, object)
    _qrFound = Signal(int, str)

    def __init__(
        self,
        *,
        router: Any,
        sessions: Any,
        camera_view: Any = None,
        platform: Callable[[], Any] | None = None,
        language: Callable[[], str] = lambda: "zh_CN",
        elder_factor: Callable[[], float] = lambda: 1.0,
        on_help: Callable[[str], None] | None = None,
        tts_engine: str | None = None,
        voice: VoicePrompts | None = None,
        timeouts: IdentityTimeouts | None = None,
        face_config: Any = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._router = router
        self._sessions = sessions
        self._camera_view = camera_view
        #: where the platform adapter comes from (None while it is not connected)
        self.platform = platform or (lambda: None)
        self._language = language
        self._elder_factor = elder_factor
        self._on_help = on_help
        #: per-step timeouts of the next journey (tests shorten them)
        self.timeouts = timeouts or IdentityTimeouts()
        #: FaceVerificationConfig for the next face capture (None: the service's defaults)
        self.face_config = face_config
        #: the kiosk's one voice (``Voice`` singleton's engine) or a voice of its own
        self.voice = voice if voice is not None else VoicePrompts(tts_engine, self)
        self.voice.enabledChanged.connect(self.voiceChanged)
        self._flow: IdentityFlow | None = None
        self._next = ""
        self._next_params: dict[str, Any] = {}
        self._idcard: Any = None
        self._camera: Any = None
        self._card_on_reader = False
        self._read_ops: deque[int] = deque()  # the host answers read_card in order
        self._face_op = 0
        self._face: Any = None  # FaceVerification of the current capture
        self._face_lock = threading.Lock()
        self._qr_subscription: Any = None
        self._guidance = ""
        self._challenge = ""
        self._remaining = 0
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="identity")
        self._closed = False
        #: perf_counter() marks of the last journey (measured by the e2e tests)
        self.marks: dict[str, float] = {}
        self._tick = QTimer(self)
        self._tick.setInterval(250)
        self._tick.timeout.connect(self._on_tick)
        self._faceProgress.connect(self._on_face_progress)
        self._workDone.connect(self._on_work_done)
        self._qrFound.connect(self._on_qr_found)
        router.currentScreenChanged.connect(self._on_screen_changed)
        router.visitEnded.connect(self._on_visit_ended)

    # ---------------------------------------------------------------- wiring

    def attach_idcard(self, host: Any) -> None:
        """Use this ``DeviceHost`` of an ID-card reader."""
        self._idcard = host
        host.commandFinished.connect(self._on_command_finished)
        host.deviceEvent.connect(self._on_device_event)
        host.statusChanged.connect(self._on_idcard_status)

    def attach_camera(self, host: Any) -> None:
        """Use this ``DeviceHost`` of the face camera (frames via ``host.device.subscribe``)."""
        self._camera = host
        host.statusChanged.connect(self._on_camera_status)

    def close(self) -> None:
        """Stop the journey and the worker (app shutdown)."""
        if self._closed:
            return
        self._closed = True
        self._tick.stop()
        if self._flow is not None and not self._flow.final:
            self._flow.cancel()
            self._flow.take_effects()
        self._stop_camera()
        self.voice.stop()
        self._worker.shutdown(wait=True, cancel_futures=True)

    @property
    def flow(self) -> IdentityFlow | None:
        return self._flow

    # ---------------------------------------------------------------- QML slots

    @Slot(str)
    @Slot(str, str)
    @Slot(str, str, "QVariantMap")
    def begin(self, level: str, next_screen: str = "", params: Any = None) -> None:
        """Start a journey at ``level`` (``idcard``/``idcard_face``); continue at
        ``next_screen`` (with ``params``) once verified."""
        self._end_journey()
        self._next = next_screen
        self._next_params = dict(params or {})
        self._router.go("identityConsent")
        session = self._sessions.current
        if session is None:
            session = self._sessions.start(language=self._language())
        self._flow = IdentityFlow(
            session,
            Level(level),
            timeouts=self.timeouts.scaled(self._elder_factor()),
            qr_allowed=self._camera is not None,
        )
        self.marks = {"begin": time.perf_counter()}
        self._guidance = self._challenge = ""
        self._tick.start()
        log_event(log, "identity.begin", identity_level=level)
        self._after()

    @Slot()
    def agree(self) -> None:
        self._do(lambda f: f.agree())

    @Slot()
    def agreeFace(self) -> None:
        self._do(lambda f: f.agree_face())

    @Slot()
    def useQr(self) -> None:
        self._do(lambda f: f.use_qr())

    @Slot()
    def useCard(self) -> None:
        self._do(lambda f: f.use_card())

    @Slot()
    def placeAgain(self) -> None:
        self._do(lambda f: f.place_again())

    @Slot()
    def tryAgain(self) -> None:
        self._do(lambda f: f.try_again())

    @Slot()
    def useStaff(self) -> None:
        self._do(lambda f: f.use_staff())

    @Slot()
    def cancel(self) -> None:
        self._do(lambda f: f.cancel())

    @Slot(str)
    def act(self, action: str) -> None:
        """Run one of ``actions`` by name (the screens' generic action buttons)."""
        handlers = {
            "agree": self.agree,
            "agree_face": self.agreeFace,
            "use_qr": self.useQr,
            "use_card": self.useCard,
            "place_again": self.placeAgain,
            "try_again": self.tryAgain,
            "staff": self.useStaff,
            "cancel": self.cancel,
        }
        handler = handlers.get(action)
        if handler is not None:
            handler()

    @Slot()
    def continueOn(self) -> None:
        """From the result screen: to the next screen of the caller, or back where it began."""
        flow = self._flow
        if flow is None or not flow.final:
            return
        if flow.step is Step.VERIFIED and self._next:
            self._router.replace(self._next, self._next_params)
        elif self._router.currentScreen in IDENTITY_SCREENS:
            self._router.back()

    @Slot()
    def refresh(self) -> None:
        """Perform the flow's pending effects and show its step (after driving the flow
        directly: screenshots and layout tests put it into any step this way)."""
        self._after()

    @Slot(bool)
    def setVoiceOn(self, on: bool) -> None:
        self.voice.enabled = on  # stops speaking when off; enabledChanged → voiceChanged

    # ---------------------------------------------------------------- properties

    def _step(self) -> str:
        return str(self._flow.step) if self._flow is not None else ""

    def _problem(self) -> str:
        flow = self._flow
        return str(flow.problem) if flow is not None and flow.problem is not None else ""

    def _hint(self) -> str:
        return self._flow.hint if self._flow is not None else ""

    def _level(self) -> str:
        return str(self._flow.level) if self._flow is not None else ""

    def _actions(self) -> list[str]:
        return [str(a) for a in self._flow.actions()] if self._flow is not None else []

    def _identity(self) -> Any:
        session = self._sessions.current
        return session.identity if session is not None else None

    def _masked_name(self) -> str:
        identity = self._identity()
        return mask_name(identity.name) if identity is not None else ""

    def _masked_id(self) -> str:
        identity = self._identity()
        return mask_id_number(identity.id_number) if identity is not None else ""

    def _verified_by(self) -> str:
        return self._flow.verified_by if self._flow is not None else ""

    def _has_next(self) -> bool:
        return bool(self._next)

    def _match_attempts(self) -> int:
        return self._flow.match_attempts if self._flow is not None else 0

    def _get_guidance(self) -> str:
        return self._guidance

    def _get_challenge(self) -> str:
        return self._challenge

    def _get_remaining(self) -> int:
        return self._remaining

    def _voice_on(self) -> bool:
        return self.voice.enabled

    def _take_card(self) -> bool:
        flow = self._flow
        return flow is not None and flow.card_seen and self._card_on_reader

    def _card_present(self) -> bool:
        return self._card_on_reader

    step = Property(str, _step, notify=changed)
    problem = Property(str, _problem, notify=changed)
    hint = Property(str, _hint, notify=changed)
    level = Property(str, _level, notify=changed)
    actions = Property("QStringList", _actions, notify=changed)
    maskedName = Property(str, _masked_name, notify=changed)
    maskedId = Property(str, _masked_id, notify=changed)
    verifiedBy = Property(str, _verified_by, notify=changed)
    hasNext = Property(bool, _has_next, notify=changed)
    matchAttempts = Property(int, _match_attempts, notify=changed)
    guidance = Property(str, _get_guidance, notify=faceChanged)
    challenge = Property(str, _get_challenge, notify=faceChanged)
    remaining = Property(int, _get_remaining, notify=faceChanged)
    voiceOn = Property(bool, _voice_on, setVoiceOn, notify=voiceChanged)
    takeCardReminder = Property(bool, _take_card, notify=cardChanged)
    cardPresent = Property(bool, _card_present, notify=cardChanged)

    # ---------------------------------------------------------------- flow plumbing

    def _do(self, event: Callable[[IdentityFlow], None]) -> None:
        flow = self._flow
        if flow is None or self._closed:
            return
        try:
            event(flow)
        except Exception:
            # A button that does not fit the step (a double tap): ignore, never crash QML.
            log.warning("identity: event ignored in step %s", flow.step, exc_info=True)
            return
        self._after()

    def _after(self) -> None:
        flow = self._flow
        if flow is None:
            return
        for effect in flow.take_effects():
            self._perform(effect)
        self._show()
        self.changed.emit()
        self.cardChanged.emit()
        self._update_remaining()

    def _show(self) -> None:
        """Put the screen of the current step on the router (steps replace each other)."""
        flow = self._flow
        if flow is None or flow.step is Step.CANCELLED:
            return
        if flow.step is Step.VERIFIED and self._next and flow.level is Level.IDCARD:
            # Reading the card was all the caller needed: straight on to its screen.
            if self._router.currentScreen in IDENTITY_SCREENS:
                self._router.replace(self._next, self._next_params)
            return
        screen = screen_for(flow)
        current = self._router.currentScreen
        if current == screen:
            return
        if current in IDENTITY_SCREENS:
            self._router.replace(screen)
        else:
            self._router.go(screen)

    def _perform(self, effect: Effect) -> None:
        kind = effect.kind
        if kind is EffectKind.READ_CARD:
            self._read_card(effect.op)
        elif kind is EffectKind.START_FACE:
            self._start_face(effect.op)
        elif kind is EffectKind.VERIFY_FACE:
            self._verify_face(effect.op)
        elif kind is EffectKind.START_QR:
            self._start_qr(effect.op)
        elif kind is EffectKind.VERIFY_QR:
            self._verify_qr(effect.op, str(effect.payload["token"]))
        elif kind is EffectKind.STOP_CAMERA:
            self._stop_camera()
        elif kind is EffectKind.SAY:
            self.voice.say(prompt_text(effect.payload["prompt"]), self._language())
        elif kind is EffectKind.CALL_STAFF:
            if self._on_help is not None:
                self._on_help("identity")
        elif kind is EffectKind.DONE:
            self._done(str(effect.payload.get("step", "")))

    def _done(self, step: str) -> None:
        self._tick.stop()
        self._stop_camera()
        self.marks["done"] = time.perf_counter()
        log_event(log, "identity.end", step=step, by=self._verified_by())
        if step == str(Step.CANCELLED) and self._router.currentScreen in IDENTITY_SCREENS:
            self._router.back()
        self.finished.emit(step)

    def _end_journey(self) -> None:
        """A new journey replaces an open one: cancel it quietly (no prompts, no navigation)."""
        flow = self._flow
        if flow is not None and not flow.final:
            flow.cancel()
            flow.take_effects()
        self._tick.stop()
        self._stop_camera()

    @Slot()
    def _on_tick(self) -> None:
        flow = self._flow
        if flow is None or flow.final:
            self._tick.stop()
            return
        step = flow.step
        flow.tick()
        if flow.step is not step or flow.has_effects:
            self._after()
        else:
            self._update_remaining()

    def _update_remaining(self) -> None:
        flow = self._flow
        left = flow.remaining_s() if flow is not None else None
        value = 0 if left is None else int(left + 0.999)
        if value != self._remaining:
            self._remaining = value
            self.faceChanged.emit()

    @Slot(str)
    def _on_visit_ended(self, reason: str) -> None:
        # The next resident starts afresh: nothing of this journey may show or linger.
        self._end_journey()
        self._flow = None
        self.changed.emit()
        self.cardChanged.emit()

    @Slot()
    def _on_screen_changed(self) -> None:
        # "back", "home", "end visit" or the idle timeout left the journey: cancel it.
        flow = self._flow
        if flow is None or flow.final:
            return
        if self._router.currentScreen not in IDENTITY_SCREENS:
            self._do(lambda f: f.cancel())

    # ---------------------------------------------------------------- the card

    def _read_card(self, op: int) -> None:
        host = self._idcard
        if host is None:
            QTimer.singleShot(0, self, lambda: self._card_answer(op, Problem.READER_FAULT))
            return
        self._read_ops.append(op)
        host.submit("read_card")

    def _card_answer(self, op: int, result: Any) -> None:
        flow = self._flow
        if flow is None:
            return
        if isinstance(result, Problem):
            flow.card_failed(op, result)
        elif isinstance(result, BaseException):
            flow.card_failed(op, card_problem(result))
        else:
            self.marks["card_read"] = time.perf_counter()
            flow.card_read(op, result)
        self._after()

    @Slot(str, str, object)
    def _on_command_finished(self, device_id: str, command: str, result: object) -> None:
        if command != "read_card" or self._flow is None:
            return
        op = self._read_ops.popleft() if self._read_ops else 0
        self._card_answer(op, result)

    @Slot(str, str, dict)
    def _on_device_event(self, device_id: str, name: str, data: dict) -> None:
        if name == "card_inserted":
            self.marks["card_inserted"] = time.perf_counter()
            self._card_on_reader = True
            self.cardChanged.emit()
            if self._flow is not None and self._flow.step is Step.PLACE_CARD:
                self._do(lambda f: f.card_inserted())
        elif name == "card_removed":
            self._card_on_reader = False
            self.cardChanged.emit()

    @Slot(str, dict)
    def _on_idcard_status(self, device_id: str, status: dict) -> None:
        present = dict(status.get("sub", {})).get("card") == "present"
        if present != self._card_on_reader:
            self._card_on_reader = present
            self.cardChanged.emit()
        if str(status.get("state")) in _READER_DOWN and self._flow is not None:
            self._do(lambda f: f.reader_offline())

    # ---------------------------------------------------------------- the camera

    def _camera_device(self) -> Any:
        host = self._camera
        if host is None:
            return None
        if str(host.status.get("state")) != "online":
            return None
        return host.device

    @Slot(str, dict)
    def _on_camera_status(self, device_id: str, status: dict) -> None:
        if str(status.get("state")) != "online" and self._flow is not None:
            self._do(lambda f: f.camera_fault())

    def _fault_soon(self) -> None:
        QTimer.singleShot(0, self, lambda: self._do(lambda f: f.camera_fault()))

    def _start_face(self, op: int) -> None:
        camera = self._camera_device()
        session = self._sessions.current
        if camera is None or session is None:
            self._fault_soon()
            return
        self._guidance, self._challenge = "no_face", ""
        self.faceChanged.emit()
        if self._camera_view is not None:
            self._camera_view.attach(camera)
        self.marks["face_start"] = time.perf_counter()
        with self._face_lock:
            self._face_op = op
        self._worker.submit(self._start_face_worker, op, camera, session)

    def _start_face_worker(self, op: int, camera: Any, session: Any) -> None:
        # Loading the face detector takes tens of ms: on the worker, not the GUI thread.
        from drivers.camera.matcher import PlatformMatcher
        from kiosk.platform.adapter import PlatformError
        from kiosk.services.identity import FaceVerification

        try:
            platform = self.platform() or _Offline()
            verification = FaceVerification(
                session,
                PlatformMatcher(platform, transient_errors=(PlatformError,)),
                config=self.face_config,
            )
            verification.give_consent()
            view = self._camera_view

            def on_progress(progress: Any) -> None:
                data = progress.to_dict()
                if view is not None:
                    view.set_progress(data)
                self._faceProgress.emit(op, data)

            with self._face_lock:
                if self._face_op != op:  # stopped (cancel, timeout) while this was prepared
                    verification.wipe()
                    return
                old, self._face = self._face, verification
                if old is not None:
                    old.wipe()
                verification.attach(camera, on_progress)
        except Exception:
            log.exception("identity: could not start the face capture")
            self._workDone.emit(op, "face_start", RuntimeError("face capture failed"))

    @Slot(int, object)
    def _on_face_progress(self, op: int, data: object) -> None:
        flow = self._flow
        if flow is None or not isinstance(data, dict):
            return
        guidance = str(data.get("guidance", ""))
        challenge = str(data.get("challenge", ""))
        if (guidance, challenge) != (self._guidance, self._challenge):
            self._guidance, self._challenge = guidance, challenge
            self.faceChanged.emit()
        stage = str(data.get("stage", ""))
        before = flow.step
        flow.face_progress(op, stage, str(data.get("reason", "")))
        if flow.step is not before or flow.has_effects:
            if flow.step is Step.VERIFYING:
                self.marks["face_ready"] = time.perf_counter()
            self._after()

    def _verify_face(self, op: int) -> None:
        with self._face_lock:
            verification = self._face
        if verification is None:
            QTimer.singleShot(0, self, lambda: self._do(lambda f: f.verify_failed(op)))
            return
        verification.detach()  # the kept picture is all the matcher needs
        if self._camera_view is not None:
            self._camera_view.detach()

        def work() -> None:
            try:
                result = verification.verify()
            except Exception as exc:
                log.warning("identity: face verification failed: %s", type(exc).__name__)
                self._workDone.emit(op, "face", exc)
                return
            self._workDone.emit(op, "face", str(result.outcome))

        self._worker.submit(work)

    def _start_qr(self, op: int) -> None:
        camera = self._camera_device()
        if camera is None:
            self._fault_soon()
            return
        if self._camera_view is not None:
            self._camera_view.attach(camera)
        scanner = QrScanner()
        last: dict[str, float] = {}

        def scan(frame: Any) -> None:
            for text in scanner.scan(frame.image):
                now = time.monotonic()
                if now - last.get(text, 0.0) >= 1.0:  # the same code: at most once a second
                    last[text] = now
                    self._qrFound.emit(op, text)

        self._stop_qr()
        self._qr_subscription = camera.subscribe(scan, name="qr-identity")

    @Slot(int, str)
    def _on_qr_found(self, op: int, text: str) -> None:
        flow = self._flow
        if flow is None or flow.step is not Step.QR_SCAN:
            return
        self._do(lambda f: f.qr_scanned(text))

    def _verify_qr(self, op: int, token: str) -> None:
        platform = self.platform() or _Offline()

        def work() -> None:
            try:
                answer = platform.verify_qr_identity(token)
            except Exception as exc:
                log.warning("identity: QR verification failed: %s", type(exc).__name__)
                self._workDone.emit(op, "qr", exc)
                return
            self._workDone.emit(op, "qr", answer if isinstance(answer, dict) else {})

        self._worker.submit(work)

    @Slot(int, str, object)
    def _on_work_done(self, op: int, kind: str, result: object) -> None:
        flow = self._flow
        if flow is None:
            return
        if isinstance(result, BaseException):
            if kind == "face_start":
                self._do(lambda f: f.camera_fault())
            else:
                self._do(lambda f: f.verify_failed(op))
            return
        if kind == "face":
            self.marks["verified"] = time.perf_counter()
            self._do(lambda f: f.face_result(op, str(result)))
        elif kind == "qr":
            self._do(lambda f: f.qr_result(op, dict(result)))  # type: ignore[call-overload]

    def _stop_qr(self) -> None:
        subscription, self._qr_subscription = self._qr_subscription, None
        if subscription is not None:
            host = self._camera
            if host is not None:
                host.device.unsubscribe(subscription, wait=False)
            else:
                subscription.close(wait=False)

    def _stop_camera(self) -> None:
        with self._face_lock:
            self._face_op = 0
            verification, self._face = self._face, None
        if verification is not None:
            verification.wipe()  # never waits for a frame in analysis
        self._stop_qr()
        if self._camera_view is not None:
            self._camera_view.detach()
