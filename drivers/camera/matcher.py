"""1:1 face verification back ends ("is the person at the kiosk the ID card's holder?").

* :class:`PlatformMatcher` - sends the best frame (JPEG) to the platform's
  ``POST /identity/verify`` through any client object with
  ``verify_identity(id_number=..., name=..., face_jpeg=...) -> {"result", "score"}``
  (``kiosk.platform.adapter.PlatformAdapter`` has it). The authority compares the face with the
  population register photo; the kiosk never sees the reference.
* :class:`SFaceMatcher` - on-device comparison with the ID card chip photo using
  ``cv2.FaceRecognizerSF`` (SFace) and ``cv2.FaceDetectorYN`` (YuNet) for alignment; only when
  both model files are configured (their weights are not on PyPI).
* :class:`StaffAssistedMatcher` - always available: answers ``needs_staff`` and the flow calls
  a member of staff, who checks the resident against the card in person.

Every matcher answers with a :class:`MatchResult` (``match`` / ``no_match`` / ``unavailable`` /
``needs_staff``); failures of the back end (network down, model missing) are ``unavailable``,
never exceptions, so the flow can always fall back to staff. Nothing here logs personal data:
no ID number, no name, no image.
"""

from __future__ import annotations

import abc
import logging
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any, Protocol

import cv2
import numpy as np

from drivers.camera.errors import ModelUnavailable

__all__ = [
    "FaceMatcher",
    "IdentityVerifier",
    "MatchOutcome",
    "MatchRequest",
    "MatchResult",
    "PlatformMatcher",
    "SFaceMatcher",
    "StaffAssistedMatcher",
]

log = logging.getLogger(__name__)

BytesLike = bytes | bytearray | memoryview


class MatchOutcome(StrEnum):
    MATCH = "match"
    NO_MATCH = "no_match"
    UNAVAILABLE = "unavailable"  # the back end could not decide: retry later or ask staff
    NEEDS_STAFF = "needs_staff"  # a person must check the resident against the card


@dataclass(frozen=True, slots=True)
class MatchResult:
    outcome: MatchOutcome
    matcher: str
    score: float | None = None
    detail: str = ""  # for technicians; never personal data

    @property
    def matched(self) -> bool:
        return self.outcome is MatchOutcome.MATCH


@dataclass(frozen=True, slots=True, repr=False)
class MatchRequest:
    """What a matcher gets: the live face and who the resident claims to be.

    ``face_jpeg`` and ``reference_jpeg`` are the caller's wipeable buffers; matchers must not
    keep them. ``repr`` hides everything (personal data).
    """

    id_number: str
    name: str
    face_jpeg: BytesLike
    reference_jpeg: BytesLike | None = None  # the ID card chip photo, for on-device matchers

    def __repr__(self) -> str:
        return "MatchRequest(<redacted>)"


class IdentityVerifier(Protocol):
    """The part of a platform client the :class:`PlatformMatcher` needs."""

    def verify_identity(self, *, id_number: str, name: str, face_jpeg: bytes) -> Any: ...


class FaceMatcher(abc.ABC):
    """A verification back end. ``verify`` may block (network, model): call it off the GUI."""

    name: str = ""

    @property
    def available(self) -> bool:
        """False when this matcher cannot work here at all (no model, no platform client)."""
        return True

    @abc.abstractmethod
    def verify(self, request: MatchRequest) -> MatchResult:
        """Compare; never raises for back-end failures (they are ``unavailable``)."""


class StaffAssistedMatcher(FaceMatcher):
    """The alternative path that must always exist: a member of staff checks in person."""

    name = "staff"

    def verify(self, request: MatchRequest) -> MatchResult:
        return MatchResult(MatchOutcome.NEEDS_STAFF, self.name, None, "staff check requested")


class PlatformMatcher(FaceMatcher):
    """Verification by the platform (``POST /identity/verify``).

    ``transient_errors`` are the client's exception types that mean "could not ask" (pass
    ``(PlatformError,)``); anything else is a programming error and propagates.
    """

    name = "platform"

    def __init__(
        self,
        client: IdentityVerifier,
        *,
        transient_errors: tuple[type[BaseException], ...] = (OSError,),
        min_score: float | None = None,
    ) -> None:
        self._client = client
        self._transient = transient_errors
        self._min_score = min_score

    def verify(self, request: MatchRequest) -> MatchResult:
        try:
            answer = self._client.verify_identity(
                id_number=request.id_number,
                name=request.name,
                face_jpeg=request.face_jpeg,  # type: ignore[arg-type]  # bytes-like is fine
            )
        except self._transient as exc:
            code = getattr(exc, "code", type(exc).__name__)
            log.warning("identity verification unavailable: %s", code)
            return MatchResult(MatchOutcome.UNAVAILABLE, self.name, None, f"platform: {code}")
        return self._interpret(answer)

    def _interpret(self, answer: Any) -> MatchResult:
        if not isinstance(answer, dict):
            return MatchResult(MatchOutcome.UNAVAILABLE, self.name, None, "unreadable answer")
        raw = str(answer.get("result", ""))
        score = answer.get("score")
        score = float(score) if isinstance(score, int | float) else None
        try:
            outcome = MatchOutcome(raw)
        except ValueError:
            return MatchResult(MatchOutcome.UNAVAILABLE, self.name, score, f"result {raw!r}")
        if (
            outcome is MatchOutcome.MATCH
            and self._min_score is not None
            and (score is None or score < self._min_score)
        ):
            outcome = MatchOutcome.NO_MATCH
        return MatchResult(outcome, self.name, score, "platform")


def _decode(jpeg: BytesLike) -> np.ndarray | None:
    buffer = np.frombuffer(memoryview(jpeg), np.uint8)
    image = cv2.imdecode(buffer, cv2.IMREAD_COLOR)
    return image if image is not None and image.size else None


class SFaceMatcher(FaceMatcher):
    """On-device SFace comparison against the ID card photo (needs both model files).

    ``threshold`` is the cosine similarity above which two faces are the same person (0.363 is
    the value published with the SFace model for its test set; tune per deployment).
    """

    name = "sface"

    def __init__(
        self,
        model_path: str | Path,
        yunet_path: str | Path,
        *,
        threshold: float = 0.363,
    ) -> None:
        model, yunet = Path(model_path), Path(yunet_path)
        for path in (model, yunet):
            if not path.is_file():
                raise ModelUnavailable(f"model file not found: {path}")
        try:
            self._recognizer = cv2.FaceRecognizerSF.create(str(model), "")
            self._detector = cv2.FaceDetectorYN.create(str(yunet), "", (320, 320), 0.8)
        except cv2.error as exc:
            raise ModelUnavailable(f"cannot load SFace/YuNet models: {exc}") from exc
        self._threshold = threshold

    def _feature(self, image: np.ndarray) -> np.ndarray | None:
        self._detector.setInputSize((image.shape[1], image.shape[0]))
        _, faces = self._detector.detect(image)
        if faces is None or len(faces) == 0:
            return None
        best = max(faces, key=lambda row: row[2] * row[3])
        aligned = self._recognizer.alignCrop(image, best)
        feature = self._recognizer.feature(aligned)
        aligned.fill(0)  # the aligned crop is a face too
        return feature

    def verify(self, request: MatchRequest) -> MatchResult:
        if request.reference_jpeg is None:
            return MatchResult(MatchOutcome.UNAVAILABLE, self.name, None, "no reference photo")
        live = _decode(request.face_jpeg)
        reference = _decode(request.reference_jpeg)
        try:
            if live is None or reference is None:
                return MatchResult(MatchOutcome.UNAVAILABLE, self.name, None, "undecodable image")
            live_feature = self._feature(live)
            reference_feature = self._feature(reference)
            if live_feature is None or reference_feature is None:
                return MatchResult(MatchOutcome.UNAVAILABLE, self.name, None, "no face to compare")
            score = float(
                self._recognizer.match(
                    live_feature, reference_feature, cv2.FaceRecognizerSF_FR_COSINE
                )
            )
        finally:
            for image in (live, reference):
                if image is not None:
                    image.fill(0)
        outcome = MatchOutcome.MATCH if score >= self._threshold else MatchOutcome.NO_MATCH
        return MatchResult(outcome, self.name, score, "sface cosine")
