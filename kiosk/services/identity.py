"""Identity services. This part: face verification (consent → capture → quality → liveness →
match), Qt-free, so flows and tests drive it without a GUI.

Flow of one :class:`FaceVerification` (one per resident session):

1. ``consent`` - nothing is captured before :meth:`FaceVerification.give_consent`: feeding a
   frame earlier raises :class:`ConsentRequired` (face verification needs separate, explicit
   consent; the screens always offer the staff-assisted path instead);
2. ``align`` - each frame goes through the quality gates (``FaceProgress.guidance`` tells the
   resident what to fix); ``settle_frames`` good frames in a row end it, and the best of them
   (sharp, centred) is kept as a tight face crop - the only picture that is kept;
3. ``liveness`` - a random challenge (:mod:`drivers.camera.liveness`); it restarts if the face
   jumps or disappears, so the kept picture and the live person are one continuous face;
4. ``ready`` → :meth:`FaceVerification.verify` (blocking: run it on a worker thread) sends the
   crop as JPEG to the matcher and returns its :class:`~drivers.camera.matcher.MatchResult`;
5. ``done`` / ``failed``. The staff-assisted path (:meth:`FaceVerification.staff_check`) is
   available at any stage.

Privacy: the kept crop is a numpy array overwritten with zeros after use; its JPEG lives in the
session's blobs (``face.best_jpeg``, a ``bytearray``) only from encoding until the matcher has
answered, then it is zeroed and removed; :meth:`FaceVerification.wipe` (also called by
``cancel``) clears everything, and a session wipe zeroes the blob anyway. Frames from the camera
are shared, read-only and never stored. Nothing is logged but stages and outcomes.

Exceptions raised by this module::

    Exception
    └── IdentityError             base class of identity-service errors
        ├── ConsentRequired       a frame was fed before the resident consented
        └── VerificationStateError verify() before the ``ready`` stage, or without an identity
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

import cv2
import numpy as np

from drivers.camera.faces import FaceAnalyzer, FaceBox, Guidance
from drivers.camera.frames import Frame, FrameSubscription, wipe_array
from drivers.camera.liveness import Challenge, LivenessCheck, LivenessState
from drivers.camera.matcher import (
    FaceMatcher,
    MatchOutcome,
    MatchRequest,
    MatchResult,
    StaffAssistedMatcher,
)
from kiosk.logs import log_event
from kiosk.session import ResidentSession

__all__ = [
    "ConsentRequired",
    "FaceProgress",
    "FaceStage",
    "FaceVerification",
    "FaceVerificationConfig",
    "IdentityError",
    "VerificationStateError",
]

log = logging.getLogger(__name__)

BEST_JPEG_BLOB = "face.best_jpeg"


class IdentityError(Exception):
    """Base class of identity-service errors."""


class ConsentRequired(IdentityError):
    """Face capture was attempted before the resident gave explicit consent."""


class VerificationStateError(IdentityError):
    """The verification is not in a state that allows this (e.g. verify before ``ready``)."""


class FaceStage(StrEnum):
    CONSENT = "consent"
    ALIGN = "align"
    LIVENESS = "liveness"
    READY = "ready"
    MATCHING = "matching"
    DONE = "done"
    FAILED = "failed"


@dataclass(frozen=True, slots=True)
class FaceProgress:
    """What the screen shows: stage, guidance code, challenge, face box (fractions of the
    frame), and for ``failed`` the reason (``align_timeout``, ``timeout``, ``frozen_frame``)."""

    stage: FaceStage
    guidance: Guidance = Guidance.NO_FACE
    challenge: Challenge | None = None
    box: dict[str, float] | None = None
    reason: str = ""
    remaining_s: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "stage": str(self.stage),
            "guidance": str(self.guidance),
            "challenge": str(self.challenge) if self.challenge else "",
            "box": self.box,
            "reason": self.reason,
            "remaining_s": round(self.remaining_s, 1),
        }


@dataclass(frozen=True, slots=True)
class FaceVerificationConfig:
    settle_frames: int = 5  # good frames in a row that end the align stage
    align_timeout_s: float = 30.0
    liveness_timeout_s: float = 10.0
    liveness_challenges: int = 1
    liveness_attempts: int = 2  # then only the staff path is left
    crop_margin: float = 0.35  # face crop margin, as a share of the face box on each side
    max_crop_px: int = 480
    jpeg_quality: int = 90


class FaceVerification:
    """One resident's face verification (see the module docstring). Thread-safe."""

    def __init__(
        self,
        session: ResidentSession,
        matcher: FaceMatcher,
        *,
        analyzer: FaceAnalyzer | None = None,
        config: FaceVerificationConfig | None = None,
        liveness_factory: Callable[[], LivenessCheck] | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.session = session
        self.matcher = matcher
        self.analyzer = analyzer if analyzer is not None else FaceAnalyzer()
        self.config = config or FaceVerificationConfig()
        self._liveness_factory = liveness_factory or self._default_liveness
        self._clock = clock
        self._lock = threading.RLock()
        self._consented = False
        self._stage = FaceStage.CONSENT
        self._progress = FaceProgress(FaceStage.CONSENT)
        self._align_started: float | None = None
        self._ok_streak = 0
        self._best: np.ndarray | None = None  # the kept face crop (BGR), wiped after use
        self._best_score = 0.0
        self._liveness: LivenessCheck | None = None
        self._attempts = 0
        self._subscription: FrameSubscription | None = None
        self._camera: Any = None
        self._wiped = False
        self.result: MatchResult | None = None

    # ---------------------------------------------------------------- state

    @property
    def consented(self) -> bool:
        return self._consented

    @property
    def stage(self) -> FaceStage:
        return self._stage

    @property
    def progress(self) -> FaceProgress:
        return self._progress

    @property
    def has_best_frame(self) -> bool:
        return self._best is not None

    def give_consent(self) -> None:
        """The resident agreed to face verification (a separate, explicit step)."""
        with self._lock:
            if not self.session.is_active:
                raise VerificationStateError("the session has ended")
            self._consented = True
            if self._stage is FaceStage.CONSENT:
                self._set(FaceProgress(FaceStage.ALIGN))
        log_event(log, "face.consent", session_id=self.session.session_id)

    # ---------------------------------------------------------------- frames

    def attach(
        self, camera: Any, on_progress: Callable[[FaceProgress], None] | None = None
    ) -> FrameSubscription:
        """Feed this verification from a camera (``CameraDevice.subscribe``) until
        :meth:`detach`; ``on_progress`` runs on the subscription's thread after each frame."""
        if not self._consented:
            raise ConsentRequired("no face capture before the resident consents")

        def consume(frame: Frame) -> None:
            progress = self.feed(frame)
            if on_progress is not None:
                on_progress(progress)

        self.detach()
        with self._lock:
            self._wiped = False
            self._subscription = camera.subscribe(consume, name="face-verification")
            self._camera = camera
            return self._subscription

    def detach(self) -> None:
        """Stop feeding from the camera; never waits for a frame being analysed."""
        subscription, self._subscription = self._subscription, None
        camera, self._camera = self._camera, None
        if subscription is not None:
            if camera is not None:
                camera.unsubscribe(subscription, wait=False)
            else:
                subscription.close(wait=False)

    def feed(self, frame: Frame) -> FaceProgress:
        """Analyse one frame; returns the progress to show."""
        with self._lock:
            if not self._consented:
                raise ConsentRequired("no face capture before the resident consents")
            if self._wiped:
                return self._progress
            try:
                if self._stage is FaceStage.ALIGN:
                    return self._align(frame)
                if self._stage is FaceStage.LIVENESS:
                    return self._check_liveness(frame)
                return self._progress
            finally:
                if self._wiped:  # wiped while this frame was analysed: nothing may linger
                    self._discard_best()

    def _align(self, frame: Frame) -> FaceProgress:
        now = frame.timestamp
        if self._align_started is None:
            self._align_started = now
            self.analyzer.reset()
        observation = self.analyzer.analyze(frame.image)
        box = observation.to_dict()["box"]
        remaining = self.config.align_timeout_s - (now - self._align_started)
        if observation.ok and observation.face is not None:
            self._ok_streak += 1
            if observation.score > self._best_score:
                self._keep(frame.image, observation.face)
                self._best_score = observation.score
        else:
            self._ok_streak = 0
        if self._ok_streak >= self.config.settle_frames and self._best is not None:
            self._liveness = self._liveness_factory()
            self._attempts += 1
            log_event(log, "face.aligned", session_id=self.session.session_id)
            return self._set(
                FaceProgress(
                    FaceStage.LIVENESS,
                    observation.guidance,
                    self._liveness.challenge,
                    box,
                    remaining_s=self._liveness.timeout_s,
                )
            )
        if remaining <= 0:
            return self._fail("align_timeout", box)
        return self._set(
            FaceProgress(FaceStage.ALIGN, observation.guidance, None, box, remaining_s=remaining)
        )

    def _check_liveness(self, frame: Frame) -> FaceProgress:
        assert self._liveness is not None
        observation = self.analyzer.analyze(frame.image)
        gray = cv2.cvtColor(frame.image, cv2.COLOR_BGR2GRAY)
        status = self._liveness.feed(gray, observation.face, frame.timestamp)
        box = observation.to_dict()["box"]
        if status.state is LivenessState.PASSED:
            log_event(log, "face.liveness", session_id=self.session.session_id, result="passed")
            return self._set(FaceProgress(FaceStage.READY, observation.guidance, None, box))
        if status.state is LivenessState.FAILED:
            log_event(
                log,
                "face.liveness",
                session_id=self.session.session_id,
                result="failed",
                reason=status.reason,
            )
            return self._fail(status.reason, box)
        return self._set(
            FaceProgress(
                FaceStage.LIVENESS,
                observation.guidance,
                status.challenge,
                box,
                status.reason,
                status.remaining_s,
            )
        )

    def retry(self) -> bool:
        """Start again from ``align`` after a failure; False when no attempt is left."""
        with self._lock:
            if self._stage is not FaceStage.FAILED:
                return self._stage in (FaceStage.ALIGN, FaceStage.LIVENESS)
            if self._attempts >= self.config.liveness_attempts:
                return False
            self._discard_best()
            self._align_started = None
            self._ok_streak = 0
            self._liveness = None
            self._set(FaceProgress(FaceStage.ALIGN))
            return True

    # ---------------------------------------------------------------- matching

    def verify(self) -> MatchResult:
        """Match the kept face against the session's identity. Blocks (network/model):
        never call it on the GUI thread. The face crop and its JPEG are wiped afterwards."""
        with self._lock:
            if self._stage is not FaceStage.READY or self._best is None:
                raise VerificationStateError(f"cannot verify in stage {self._stage}")
            identity = self.session.identity
            if identity is None or not identity.id_number or not identity.name:
                raise VerificationStateError("no identity (ID card) to verify against")
            jpeg = self._encode_best()
            blob = self.session.add_blob(BEST_JPEG_BLOB, jpeg)
            jpeg[:] = bytes(len(jpeg))
            request = MatchRequest(identity.id_number, identity.name, blob, identity.photo)
            self._set(FaceProgress(FaceStage.MATCHING, Guidance.OK))
        try:
            result = self.matcher.verify(request)
        finally:
            with self._lock:
                self.session.remove_blob(BEST_JPEG_BLOB)
                self._discard_best()
        with self._lock:
            self.result = result
            # Unavailable keeps nothing for a retry: the resident is asked again (retry()) or
            # goes to staff.
            unavailable = result.outcome is MatchOutcome.UNAVAILABLE
            stage = FaceStage.FAILED if unavailable else FaceStage.DONE
            self._set(FaceProgress(stage, Guidance.OK, reason=str(result.outcome)))
        log_event(
            log,
            "face.match",
            session_id=self.session.session_id,
            matcher=result.matcher,
            outcome=str(result.outcome),
        )
        return result

    def staff_check(self) -> MatchResult:
        """The always-available alternative: ask staff; wipes whatever was captured."""
        self.wipe()
        result = StaffAssistedMatcher().verify(MatchRequest("", "", b""))
        with self._lock:
            self.result = result
            self._set(FaceProgress(FaceStage.DONE, reason=str(result.outcome)))
        return result

    def wipe(self) -> None:
        """Stop capturing and zero everything this verification holds. Idempotent.

        Safe on the GUI thread: it never waits for a frame being analysed (that frame's
        ``feed`` sees the flag and discards what it kept).
        """
        self._wiped = True
        self.detach()
        if self._lock.acquire(blocking=False):
            try:
                self._discard_best()
                self._liveness = None
            finally:
                self._lock.release()
        if self.session.is_active:
            self.session.remove_blob(BEST_JPEG_BLOB)

    cancel = wipe

    # ---------------------------------------------------------------- internals

    def _default_liveness(self) -> LivenessCheck:
        return LivenessCheck(
            count=self.config.liveness_challenges, timeout_s=self.config.liveness_timeout_s
        )

    def _set(self, progress: FaceProgress) -> FaceProgress:
        self._stage = progress.stage
        self._progress = progress
        return progress

    def _fail(self, reason: str, box: dict[str, float] | None) -> FaceProgress:
        return self._set(FaceProgress(FaceStage.FAILED, Guidance.OK, None, box, reason))

    def _keep(self, image: np.ndarray, face: FaceBox) -> None:
        height, width = image.shape[:2]
        margin_x, margin_y = face.w * self.config.crop_margin, face.h * self.config.crop_margin
        x0, y0 = max(0, int(face.x - margin_x)), max(0, int(face.y - margin_y))
        x1 = min(width, int(face.x + face.w + margin_x))
        y1 = min(height, int(face.y + face.h + margin_y))
        crop = image[y0:y1, x0:x1]
        longest = max(crop.shape[:2])
        if longest > self.config.max_crop_px:
            factor = self.config.max_crop_px / longest
            crop = cv2.resize(crop, None, fx=factor, fy=factor, interpolation=cv2.INTER_AREA)
        else:
            crop = crop.copy()
        self._discard_best()
        self._best = crop

    def _encode_best(self) -> bytearray:
        assert self._best is not None
        ok, encoded = cv2.imencode(
            ".jpg", self._best, [cv2.IMWRITE_JPEG_QUALITY, self.config.jpeg_quality]
        )
        if not ok:
            raise VerificationStateError("cannot encode the face picture")
        jpeg = bytearray(encoded.data)  # straight from the buffer: no immutable bytes copy
        wipe_array(encoded)
        return jpeg

    def _discard_best(self) -> None:
        best, self._best = self._best, None
        wipe_array(best)
        self._best_score = 0.0
