"""The resident's identity journey as a pure state machine (no Qt, no threads, no I/O).

The caller says which level it needs: ``idcard`` (the ID card is read; enough to look up one's
own applications) or ``idcard_face`` (card + live face matched by the platform). The resident
may instead show the identity QR code of the mobile app, or ask a member of staff; every step
has a way forward and every waiting step a timeout::

    consent ──agree──▶ place_card ──card──▶ reading ──read──▶ (idcard) verified
       │                   ▲  │ timeout        │ fault          (idcard_face) face_consent
       │ qr                │  ▼                ▼                      │ agree_face
       ▼                   └─ error ◀──────────┘                      ▼
    qr_scan ──ident code──▶ qr_verifying ──▶ verified /       face_capture ─▶ liveness ─▶
                                              unavailable /    verifying ─▶ verified /
                                              error            not_matched (retry once) /
                                                               unavailable ─▶ staff

``staff`` (a member of staff checks the resident in person: the alternative path that must
always exist) and ``cancelled`` are reachable from every step that is not final.

The flow does nothing itself: each event returns nothing and queues :class:`Effect` s (read
the card, start/stop the camera, verify, say a prompt, call staff) that the view-model performs
on its workers and answers with further events. Answers of asynchronous work carry the
operation number of the effect that asked for it; an answer that arrives after the flow moved
on (a late face match after a timeout) is ignored.

Privacy: a card that was read successfully is recorded in the resident session with
``ResidentSession.set_identity`` (which masks its strings in logs); the card photo is not
kept. Cancelling before the identity is verified removes it from the session again (replaced by
an empty identity, which zeroes and unregisters the old one).

Exceptions raised by this module::

    Exception
    └── IdentityFlowError      an event that makes no sense now (a programming error in the
                               caller: e.g. ``agree_face`` during ``place_card``)
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any, Protocol

from drivers.camera.errors import CodeFormatError
from drivers.camera.qr import CodeType, parse_code
from kiosk.session import Identity, ResidentSession

__all__ = [
    "Action",
    "Effect",
    "EffectKind",
    "IdentityFlow",
    "IdentityFlowError",
    "IdentityTimeouts",
    "Level",
    "Problem",
    "Prompt",
    "Step",
]


class IdentityFlowError(Exception):
    """An event the current step cannot take (a caller bug, not a resident's mistake)."""


class Level(StrEnum):
    IDCARD = "idcard"
    IDCARD_FACE = "idcard_face"


class Step(StrEnum):
    CONSENT = "consent"
    PLACE_CARD = "place_card"
    READING = "reading"
    FACE_CONSENT = "face_consent"
    FACE_CAPTURE = "face_capture"
    LIVENESS = "liveness"
    VERIFYING = "verifying"
    VERIFIED = "verified"
    NOT_MATCHED = "not_matched"
    UNAVAILABLE = "unavailable"
    STAFF = "staff"
    ERROR = "error"
    QR_SCAN = "qr_scan"
    QR_VERIFYING = "qr_verifying"
    CANCELLED = "cancelled"


FINAL_STEPS = frozenset({Step.VERIFIED, Step.STAFF, Step.CANCELLED})
CAMERA_STEPS = frozenset({Step.FACE_CAPTURE, Step.LIVENESS, Step.QR_SCAN})


class Problem(StrEnum):
    """Why the flow is in ``error``; QML maps each to a message and the way forward."""

    NO_CARD = "no_card"  # no card found before the place-card timeout
    CARD_REMOVED = "card_removed"  # taken away during the read
    UNREADABLE = "unreadable"  # damaged, not genuine, unknown type, impossible data
    EXPIRED = "expired_card"
    READER_FAULT = "reader_fault"  # the reader itself does not work (or did not answer)
    CAMERA_FAULT = "camera_fault"  # camera lost, black or frozen
    FACE_TIMEOUT = "face_timeout"  # no usable picture in time
    LIVENESS_FAILED = "liveness_failed"  # the challenge was not done in time (or a still image)
    QR_TIMEOUT = "qr_timeout"  # no identity code shown in time
    QR_REJECTED = "qr_rejected"  # the platform does not know the code (expired, forged)


class Action(StrEnum):
    """Ways forward the screens offer as buttons in the current step."""

    AGREE = "agree"
    AGREE_FACE = "agree_face"
    PLACE_AGAIN = "place_again"
    TRY_AGAIN = "try_again"
    USE_QR = "use_qr"
    USE_CARD = "use_card"
    STAFF = "staff"
    CANCEL = "cancel"


class Prompt(StrEnum):
    """Spoken prompts (the view-model translates and speaks them when voice is on)."""

    PLACE_CARD = "place_card"
    LOOK_AT_CAMERA = "look_at_camera"
    TAKE_CARD = "take_card"
    SHOW_QR = "show_qr"


class EffectKind(StrEnum):
    READ_CARD = "read_card"  # submit read_card to the reader; answer card_read/card_failed
    START_FACE = "start_face"  # new face verification on the camera; answer face_progress
    VERIFY_FACE = "verify_face"  # match the kept face on a worker; answer face_result
    START_QR = "start_qr"  # scan camera frames for QR codes; answer qr_scanned
    VERIFY_QR = "verify_qr"  # ask the platform about payload["token"]; answer qr_result
    STOP_CAMERA = "stop_camera"  # stop capture/scanning and wipe what was captured
    SAY = "say"  # payload["prompt"]: a Prompt
    CALL_STAFF = "call_staff"  # notify staff (help request)
    DONE = "done"  # the journey ended (payload["step"]: verified/staff/cancelled)


@dataclass(frozen=True, slots=True)
class Effect:
    kind: EffectKind
    op: int = 0  # operation number the answer must carry (0: no answer expected)
    payload: dict[str, Any] = field(default_factory=dict)

    def __repr__(self) -> str:  # a QR token is a credential: never print it
        return f"Effect({self.kind}, op={self.op})"


@dataclass(frozen=True, slots=True)
class IdentityTimeouts:
    """Seconds each waiting step may last (multiplied by ``factor``: elder mode waits longer).

    Steps that wait for the resident's choice (consent, errors, results) have no timeout of
    their own: the visit's idle countdown ends them (and wipes the session).
    """

    place_card_s: float = 60.0
    reading_s: float = 15.0
    face_s: float = 60.0  # capture + liveness together (the service has finer limits)
    verifying_s: float = 20.0
    qr_scan_s: float = 60.0
    qr_verifying_s: float = 20.0
    probe_every_s: float = 2.0  # re-probe for a card lying on the reader (missed events)
    factor: float = 1.0

    def scaled(self, factor: float) -> IdentityTimeouts:
        return replace(self, factor=factor)

    def limit(self, step: Step) -> float | None:
        base = {
            Step.PLACE_CARD: self.place_card_s,
            Step.READING: self.reading_s,
            Step.FACE_CAPTURE: self.face_s,
            Step.LIVENESS: self.face_s,
            Step.VERIFYING: self.verifying_s,
            Step.QR_SCAN: self.qr_scan_s,
            Step.QR_VERIFYING: self.qr_verifying_s,
        }.get(step)
        return None if base is None else base * self.factor


class CardRecord(Protocol):
    """What the flow reads from an ID-card record (``drivers.idcard.records.IdCardRecord``)."""

    card_type: str
    name: str
    id_number: str
    sex: str | None
    nation: str | None
    birth_date: str | None
    address: str | None
    valid_from: str | None
    valid_to: str | None


#: how many times a read that found no card is repeated after the reader saw one arrive
_READ_RETRIES = 2


class IdentityFlow:
    """One identity journey of one resident (see the module docstring)."""

    def __init__(
        self,
        session: ResidentSession,
        level: Level | str,
        *,
        timeouts: IdentityTimeouts | None = None,
        qr_allowed: bool = True,
        max_match_attempts: int = 2,
        max_capture_attempts: int = 3,
        clock: Callable[[], float] = time.monotonic,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        self.session = session
        self.level = Level(level)
        self.timeouts = timeouts or IdentityTimeouts()
        self.qr_allowed = qr_allowed
        self.max_match_attempts = max_match_attempts
        self.max_capture_attempts = max_capture_attempts
        self._clock = clock
        self._today = today
        self.step = Step.CONSENT
        self.problem: Problem | None = None
        self.hint = ""  # extra advice within a step (qr_scan: "not_identity_code")
        self.verified_by = ""  # idcard / idcard_face / qr once verified
        self.card_seen = False  # a card was read in this journey (remind to take it)
        self.match_attempts = 0
        self.capture_attempts = 0
        self._op = 0
        self._pending_op = 0  # the one asynchronous answer the flow waits for, if any
        self._entered = clock()
        self._last_probe = 0.0
        self._read_retries = 0
        self._retry_step: Step | None = None  # where try_again leads from ``error``
        self._effects: list[Effect] = []

    # ---------------------------------------------------------------- queries

    @property
    def final(self) -> bool:
        return self.step in FINAL_STEPS

    @property
    def has_effects(self) -> bool:
        """Effects are waiting for :meth:`take_effects`."""
        return bool(self._effects)

    @property
    def pending_op(self) -> int:
        """The operation whose answer the flow waits for (0: none)."""
        return self._pending_op

    @property
    def retry_step(self) -> Step | None:
        """In ``error``: the step ``try_again`` returns to (None: waiting for the card)."""
        return self._retry_step

    def take_effects(self) -> list[Effect]:
        """The effects queued since the last call (the caller performs them in order)."""
        effects, self._effects = self._effects, []
        return effects

    def remaining_s(self) -> float | None:
        """Seconds left in the current waiting step (None when it has no timeout)."""
        limit = self.timeouts.limit(self.step)
        if limit is None:
            return None
        return max(0.0, limit - (self._clock() - self._entered))

    def actions(self) -> list[Action]:
        """The ways forward in the current step, in the order the screen shows them."""
        step = self.step
        qr = [Action.USE_QR] if self.qr_allowed else []
        if step is Step.CONSENT:
            return [Action.AGREE, *qr, Action.STAFF, Action.CANCEL]
        if step in (Step.PLACE_CARD, Step.READING):
            return [*qr, Action.STAFF, Action.CANCEL]
        if step is Step.FACE_CONSENT:
            return [Action.AGREE_FACE, Action.STAFF, Action.CANCEL]
        if step in (Step.FACE_CAPTURE, Step.LIVENESS, Step.VERIFYING, Step.QR_VERIFYING):
            return [Action.STAFF, Action.CANCEL]
        if step is Step.QR_SCAN:
            return [Action.USE_CARD, Action.STAFF, Action.CANCEL]
        if step is Step.NOT_MATCHED:
            retry = [Action.TRY_AGAIN] if self.match_attempts < self.max_match_attempts else []
            return [*retry, Action.STAFF, Action.CANCEL]
        if step is Step.UNAVAILABLE:
            return [Action.STAFF, Action.CANCEL]
        if step is Step.ERROR:
            return self._error_actions()
        return []

    def _error_actions(self) -> list[Action]:
        problem = self.problem
        qr = [Action.USE_QR] if self.qr_allowed else []
        if problem in (Problem.NO_CARD, Problem.CARD_REMOVED, Problem.UNREADABLE):
            return [Action.PLACE_AGAIN, *qr, Action.STAFF, Action.CANCEL]
        if problem is Problem.EXPIRED:
            return [*qr, Action.STAFF, Action.CANCEL]
        if problem is Problem.READER_FAULT:
            return [Action.TRY_AGAIN, *qr, Action.STAFF, Action.CANCEL]
        if problem in (Problem.FACE_TIMEOUT, Problem.LIVENESS_FAILED):
            retry = [Action.TRY_AGAIN] if self.capture_attempts < self.max_capture_attempts else []
            return [*retry, Action.STAFF, Action.CANCEL]
        if problem is Problem.CAMERA_FAULT:
            card = [Action.USE_CARD] if self._retry_step is Step.QR_SCAN else []
            return [Action.TRY_AGAIN, *card, Action.STAFF, Action.CANCEL]
        if problem in (Problem.QR_TIMEOUT, Problem.QR_REJECTED):
            return [Action.TRY_AGAIN, Action.USE_CARD, Action.STAFF, Action.CANCEL]
        return [Action.STAFF, Action.CANCEL]

    # ---------------------------------------------------------------- resident's choices

    def agree(self) -> None:
        """Consent to reading the ID card."""
        self._require(Step.CONSENT)
        self._to_place_card()

    def agree_face(self) -> None:
        """Separate, explicit consent to the face check."""
        self._require(Step.FACE_CONSENT)
        self._to_face_capture()

    def use_qr(self) -> None:
        """Show the mobile app's identity code instead of the card."""
        if not self.qr_allowed:
            raise IdentityFlowError("the QR path is not available here")
        self._require(Step.CONSENT, Step.PLACE_CARD, Step.READING, Step.ERROR)
        self._to(Step.QR_SCAN)
        self.hint = ""
        self._emit(EffectKind.START_QR, self._start_op())
        self._say(Prompt.SHOW_QR)

    def use_card(self) -> None:
        """Back from the QR path to the ID card."""
        self._require(Step.QR_SCAN, Step.ERROR)
        self._stop_camera()
        self._to_place_card()

    def place_again(self) -> None:
        self._require(Step.ERROR)
        self._to_place_card()

    def try_again(self) -> None:
        if self.step is Step.NOT_MATCHED:
            if self.match_attempts >= self.max_match_attempts:
                raise IdentityFlowError("no match attempt left: only staff can help now")
            self._to_face_capture()
            return
        self._require(Step.ERROR)
        if Action.TRY_AGAIN not in self._error_actions():
            raise IdentityFlowError(f"nothing to try again after {self.problem}")
        target = self._retry_step
        if target in (Step.FACE_CAPTURE, Step.LIVENESS):
            self._to_face_capture()
        elif target is Step.QR_SCAN:
            self.use_qr()
        else:
            self._to_place_card()

    def use_staff(self) -> None:
        """The staff-assisted path: a member of staff checks the resident in person."""
        if self.final:
            raise IdentityFlowError(f"the journey already ended ({self.step})")
        self._stop_camera()
        self._to(Step.STAFF)
        self._emit(EffectKind.CALL_STAFF)
        self._finish()

    def cancel(self) -> None:
        """Leave the journey; an identity that was not verified leaves the session again."""
        if self.final:
            return
        self._stop_camera()
        if self.session.identity is not None and self.session.is_active:
            self.session.set_identity(Identity())  # zeroes and unregisters the old one
        self._to(Step.CANCELLED)
        self._finish()

    # ---------------------------------------------------------------- devices and workers

    def card_inserted(self) -> None:
        """The reader saw a card arrive."""
        if self.step is not Step.PLACE_CARD:
            return
        self._to(Step.READING)
        self._read_retries = 0
        if not self._pending_op:  # a probe already on its way answers for this card
            self._emit(EffectKind.READ_CARD, self._start_op())

    def card_read(self, op: int, record: CardRecord) -> None:
        """The reader read a card (``record`` as ``drivers.idcard.records.IdCardRecord``)."""
        if not self._answer(op, Step.PLACE_CARD, Step.READING):
            return
        self.card_seen = True  # it lies on the reader: remind the resident to take it
        if self._expired(record.valid_to):
            self._error(Problem.EXPIRED)
            return
        self.session.set_identity(
            Identity(
                name=record.name,
                id_number=record.id_number,
                sex=record.sex,
                nation=record.nation,
                birth_date=record.birth_date,
                address=record.address,
                card_type=str(record.card_type),
                valid_from=record.valid_from,
                valid_to=record.valid_to,
                photo=None,  # the chip photo is not kept (the platform matches faces)
            )
        )
        if self.level is Level.IDCARD:
            self._verified("idcard")
        else:
            self._to(Step.FACE_CONSENT)

    def card_failed(self, op: int, problem: Problem | str) -> None:
        """The read failed: ``no_card``, ``card_removed``, ``unreadable`` or ``reader_fault``."""
        if not self._answer(op, Step.PLACE_CARD, Step.READING):
            return
        problem = Problem(problem)
        if self.step is Step.PLACE_CARD and problem is Problem.NO_CARD:
            return  # a probe found nothing: keep waiting for the card
        if problem is Problem.NO_CARD and self._read_retries < _READ_RETRIES:
            # The reader saw the card arrive but the field lost it: read once more.
            self._read_retries += 1
            self._emit(EffectKind.READ_CARD, self._start_op())
            return
        self._error(problem)

    def reader_offline(self) -> None:
        """The reader went offline (unplugged, hardware error) while it was needed."""
        if self.step in (Step.PLACE_CARD, Step.READING):
            self._error(Problem.READER_FAULT)

    def face_progress(self, op: int, stage: str, reason: str = "") -> None:
        """The face verification moved on (``FaceStage`` value and, for ``failed``, why)."""
        if op != self._pending_op or self.step not in (Step.FACE_CAPTURE, Step.LIVENESS):
            return
        if stage == "liveness" and self.step is Step.FACE_CAPTURE:
            self._to(Step.LIVENESS)
        elif stage == "ready":
            self._to(Step.VERIFYING)
            self._emit(EffectKind.VERIFY_FACE, self._start_op())
        elif stage == "failed":
            self._stop_camera()
            problem = Problem.FACE_TIMEOUT if reason == "align_timeout" else Problem.LIVENESS_FAILED
            self._error(problem, retry=Step.FACE_CAPTURE)

    def camera_fault(self) -> None:
        """The camera stopped delivering usable frames (lost, black, frozen)."""
        if self.step in CAMERA_STEPS:
            retry = Step.QR_SCAN if self.step is Step.QR_SCAN else Step.FACE_CAPTURE
            self._stop_camera()
            self._error(Problem.CAMERA_FAULT, retry=retry)

    def face_result(self, op: int, outcome: str) -> None:
        """The matcher answered ``match``, ``no_match``, ``unavailable`` or ``needs_staff``."""
        if not self._answer(op, Step.VERIFYING):
            return
        self._stop_camera()
        if outcome == "match":
            self._verified("idcard_face")
        elif outcome == "no_match":
            self.match_attempts += 1
            self._to(Step.NOT_MATCHED)
        elif outcome == "needs_staff":
            self.use_staff()
        else:
            self._to(Step.UNAVAILABLE)

    def qr_scanned(self, text: str) -> None:
        """A QR code was decoded from the camera (any payload)."""
        if self.step is not Step.QR_SCAN:
            return
        try:
            code = parse_code(text)
        except CodeFormatError:
            self.hint = "not_identity_code"
            return
        if code.type is not CodeType.IDENT:
            self.hint = "not_identity_code"
            return
        self._stop_camera()
        self._to(Step.QR_VERIFYING)
        self._emit(EffectKind.VERIFY_QR, self._start_op(), token=code.token)

    def qr_result(self, op: int, answer: dict[str, Any]) -> None:
        """The platform's answer to ``verify_qr_identity`` (see docs/platform-api.md)."""
        if not self._answer(op, Step.QR_VERIFYING):
            return
        result = str(answer.get("result", ""))
        id_number, name = answer.get("id_number"), answer.get("name")
        if result == "match" and id_number and name:
            self.session.set_identity(Identity(name=str(name), id_number=str(id_number)))
            self._verified("qr")
        elif result == "no_match":
            self._error(Problem.QR_REJECTED, retry=Step.QR_SCAN)
        else:
            self._to(Step.UNAVAILABLE)

    def verify_failed(self, op: int) -> None:
        """A verification could not be asked at all (network down, worker error)."""
        if self._answer(op, Step.VERIFYING, Step.QR_VERIFYING):
            self._stop_camera()
            self._to(Step.UNAVAILABLE)

    def tick(self) -> None:
        """Check the current step's timeout (call a few times a second)."""
        now = self._clock()
        limit = self.timeouts.limit(self.step)
        if limit is not None and now - self._entered >= limit:
            self._timeout()
            return
        if (
            self.step is Step.PLACE_CARD
            and not self._pending_op
            and now - self._last_probe >= self.timeouts.probe_every_s
        ):
            self._probe()

    # ---------------------------------------------------------------- internals

    def _timeout(self) -> None:
        step = self.step
        if step is Step.PLACE_CARD:
            self._error(Problem.NO_CARD)
        elif step is Step.READING:
            self._error(Problem.READER_FAULT)
        elif step in (Step.FACE_CAPTURE, Step.LIVENESS):
            self._stop_camera()
            self._error(Problem.FACE_TIMEOUT, retry=Step.FACE_CAPTURE)
        elif step is Step.QR_SCAN:
            self._stop_camera()
            self._error(Problem.QR_TIMEOUT, retry=Step.QR_SCAN)
        elif step in (Step.VERIFYING, Step.QR_VERIFYING):
            self._stop_camera()
            self._to(Step.UNAVAILABLE)

    def _to_place_card(self) -> None:
        self._to(Step.PLACE_CARD)
        self._say(Prompt.PLACE_CARD)
        self._probe()  # a card may already lie on the reader

    def _probe(self) -> None:
        self._last_probe = self._clock()
        self._emit(EffectKind.READ_CARD, self._start_op())

    def _to_face_capture(self) -> None:
        self.capture_attempts += 1
        self._to(Step.FACE_CAPTURE)
        self._emit(EffectKind.START_FACE, self._start_op())
        self._say(Prompt.LOOK_AT_CAMERA)

    def _verified(self, by: str) -> None:
        self.verified_by = by
        self._to(Step.VERIFIED)
        self._finish()

    def _finish(self) -> None:
        if self.card_seen:
            self._say(Prompt.TAKE_CARD)
        self._emit(EffectKind.DONE, step=str(self.step))

    def _error(self, problem: Problem, *, retry: Step | None = None) -> None:
        self.problem = problem
        self._retry_step = retry
        self._to(Step.ERROR, keep_problem=True)

    def _stop_camera(self) -> None:
        if self.step in CAMERA_STEPS or self.step is Step.VERIFYING:
            self._emit(EffectKind.STOP_CAMERA)

    def _to(self, step: Step, *, keep_problem: bool = False) -> None:
        self.step = step
        self._entered = self._clock()
        if step not in (Step.READING, Step.LIVENESS):  # these continue the same operation
            self._pending_op = 0
        if not keep_problem:
            self.problem = None
            self._retry_step = None
        if step is not Step.QR_SCAN:
            self.hint = ""

    def _start_op(self) -> int:
        self._op += 1
        self._pending_op = self._op
        return self._op

    def _answer(self, op: int, *steps: Step) -> bool:
        """Is this the answer the flow waits for, in a step that takes it? (clears it)"""
        if op != self._pending_op or self.step not in steps:
            return False
        self._pending_op = 0
        return True

    def _emit(self, kind: EffectKind, op: int = 0, **payload: Any) -> None:
        self._effects.append(Effect(kind, op, payload))

    def _say(self, prompt: Prompt) -> None:
        self._emit(EffectKind.SAY, prompt=prompt)

    def _require(self, *steps: Step) -> None:
        if self.step not in steps:
            wanted = ", ".join(steps)
            raise IdentityFlowError(f"not possible in step {self.step} (only in {wanted})")

    def _expired(self, valid_to: str | None) -> bool:
        if not valid_to or valid_to == "long_term":
            return False
        try:
            end = dt.date.fromisoformat(valid_to)
        except ValueError:
            return False  # the driver validated dates; an odd one is not the resident's fault
        return end < self._today()
