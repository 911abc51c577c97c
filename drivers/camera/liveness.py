"""Active liveness: the resident must do a randomly chosen thing (blink, turn the head).

HONEST STRENGTH: this is a sandbox-grade check. It stops the laziest attack - a printed photo
or a phone picture held still in front of the camera - and a frozen or replayed still frame,
nothing more. A video of the resident blinking, a photo slid sideways (for a head turn) or a 3D
mask pass it. Production deployments put a certified liveness SDK (GA/T 1212-style presentation
attack detection, ideally with an IR or depth camera) behind the same interface:
``feed(gray, face, t) -> LivenessStatus``.

How it decides, without facial landmarks (the default detector gives only a box):

* blink - the eye band of the face box (rows 25-50 %, columns 12-88 %) normalised to 64×20 px;
  "openness" is the share of pixels darker than 55 % of the band's bright (skin) level: iris,
  pupil and lashes. Closing the eyes replaces them with lid skin and openness drops 3-5×. A blink
  is a drop below ``blink_drop`` × the running open baseline and a recovery above
  ``blink_recover`` × baseline within ``max_blink_s``. Frontal-face cascades often lose a face
  whose eyes are shut, so the last box is kept through gaps up to ``max_face_gap_s``.
* head turn - a frontal detector's box follows the eyes and nose, which move sideways when the
  head turns; the turn is done when the box centre moved ``turn_threshold`` face widths from
  where it rested over the last ``turn_reference_s`` (the median of the box centres then;
  ``turn_left`` = the resident's left = towards the right of the unmirrored camera image).
  Lesson from the soak: the reference used to be fixed from the first frames of the challenge.
  A head already turned that way when the challenge began then set a reference nothing could
  pass, and the check timed out (6 of 90 start moments of the simulated face; 15 in 1,000
  sessions). A resting position that follows the head lets a resident who looks back and turns
  again pass.
* continuity - a face that jumps (more than half a face width between frames) or disappears for
  longer than ``max_face_gap_s`` restarts the current challenge, so a photo cannot be swapped
  for a live person halfway; bit-identical face crops for ``frozen_frames`` frames in a row
  fail the check at once (a frozen camera or an injected still image: real sensors are noisy).

Challenges are drawn with ``secrets.SystemRandom`` so a prepared video cannot anticipate them.
Pure and single-threaded: feed it the frames you analysed, with their capture times.
"""

from __future__ import annotations

import random
import secrets
import statistics
import zlib
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

import cv2
import numpy as np

from drivers.camera.faces import FaceBox

__all__ = [
    "Challenge",
    "LivenessCheck",
    "LivenessState",
    "LivenessStatus",
    "eye_openness",
]


class Challenge(StrEnum):
    """What the resident is asked to do; QML maps each code to a translated prompt."""

    BLINK = "blink"
    TURN_LEFT = "turn_left"
    TURN_RIGHT = "turn_right"


class LivenessState(StrEnum):
    RUNNING = "running"
    PASSED = "passed"
    FAILED = "failed"


@dataclass(frozen=True, slots=True)
class LivenessStatus:
    """Where the check stands: ``challenge`` is the current one (None when finished);
    ``reason`` says why it failed (``timeout``, ``frozen_frame``) or what restarted the
    current challenge (``face_lost``, ``face_jump``)."""

    state: LivenessState
    challenge: Challenge | None
    completed: tuple[Challenge, ...]
    remaining_s: float
    reason: str = ""

    @property
    def passed(self) -> bool:
        return self.state is LivenessState.PASSED

    @property
    def finished(self) -> bool:
        return self.state is not LivenessState.RUNNING


def eye_openness(gray: np.ndarray, face: FaceBox) -> float | None:
    """Share of dark (iris, pupil, lash) pixels in the eye band of ``face``; None off-frame."""
    height, width = gray.shape[:2]
    y0, y1 = int(face.y + 0.25 * face.h), int(face.y + 0.50 * face.h)
    x0, x1 = int(face.x + 0.12 * face.w), int(face.x + 0.88 * face.w)
    if x0 < 0 or y0 < 0 or x1 > width or y1 > height or x1 - x0 < 16 or y1 - y0 < 6:
        return None
    band = cv2.resize(gray[y0:y1, x0:x1], (64, 20), interpolation=cv2.INTER_AREA)
    bright = float(np.percentile(band, 90))
    if bright < 20:
        return None  # too dark to tell
    return float((band < 0.55 * bright).mean())


class LivenessCheck:
    """One resident's liveness check (see the module docstring)."""

    def __init__(
        self,
        challenges: Sequence[Challenge] | None = None,
        *,
        count: int = 1,
        rng: random.Random | None = None,
        timeout_s: float = 10.0,
        max_face_gap_s: float = 0.6,
        blink_drop: float = 0.5,
        blink_recover: float = 0.8,
        max_blink_s: float = 0.8,
        turn_threshold: float = 0.15,
        turn_reference_s: float = 1.5,
        frozen_frames: int = 5,
    ) -> None:
        if challenges is None:
            chooser = rng if rng is not None else secrets.SystemRandom()
            pool = list(Challenge)
            challenges = chooser.sample(pool, k=max(1, min(count, len(pool))))
        if not challenges:
            raise ValueError("at least one challenge is needed")
        self.challenges: tuple[Challenge, ...] = tuple(Challenge(c) for c in challenges)
        self.timeout_s = timeout_s
        self.max_face_gap_s = max_face_gap_s
        self.blink_drop = blink_drop
        self.blink_recover = blink_recover
        self.max_blink_s = max_blink_s
        self.turn_threshold = turn_threshold
        self.turn_reference_s = turn_reference_s
        self.frozen_frames = frozen_frames
        self._index = 0
        self._started: float | None = None
        self._status = LivenessStatus(LivenessState.RUNNING, self.challenges[0], (), timeout_s)
        self._last_face: FaceBox | None = None
        self._last_face_t = 0.0
        self._digest: int | None = None
        self._same = 0
        self._reset_progress()

    @property
    def status(self) -> LivenessStatus:
        return self._status

    @property
    def challenge(self) -> Challenge | None:
        return self._status.challenge

    def feed(self, gray: np.ndarray, face: FaceBox | None, t: float) -> LivenessStatus:
        """Judge one frame (``gray`` full frame, the resident's face or None, capture time)."""
        if self._status.finished:
            return self._status
        if gray.ndim == 3:
            gray = cv2.cvtColor(gray, cv2.COLOR_BGR2GRAY)
        if self._started is None:
            self._started = t
        remaining = self.timeout_s - (t - self._started)
        if remaining <= 0:
            return self._finish(LivenessState.FAILED, "timeout", t)
        reason = ""
        box = face
        if face is None:
            if self._last_face is not None and t - self._last_face_t <= self.max_face_gap_s:
                box = self._last_face  # eyes shut often hide a face from a frontal cascade
            elif self._last_face is not None:
                self._last_face = None
                self._reset_progress()
                reason = "face_lost"
        else:
            last = self._last_face
            if last is not None and abs(face.cx - last.cx) + abs(face.cy - last.cy) > 0.5 * last.w:
                self._reset_progress()
                reason = "face_jump"
            self._last_face, self._last_face_t = face, t
        if box is not None:
            if self._frozen(gray, box):
                return self._finish(LivenessState.FAILED, "frozen_frame", t)
            if not reason and self._step(gray, box, face is not None, t):
                self._index += 1
                self._reset_progress()
                if self._index >= len(self.challenges):
                    return self._finish(LivenessState.PASSED, "", t)
        self._status = LivenessStatus(
            LivenessState.RUNNING,
            self.challenges[self._index],
            self.challenges[: self._index],
            remaining,
            reason,
        )
        return self._status

    # ---------------------------------------------------------------- internals

    def _finish(self, state: LivenessState, reason: str, t: float) -> LivenessStatus:
        started = self._started if self._started is not None else t
        remaining = max(0.0, self.timeout_s - (t - started))
        done = self.challenges[: self._index]
        self._status = LivenessStatus(state, None, done, remaining, reason)
        return self._status

    def _reset_progress(self) -> None:
        self._open_values: deque[float] = deque(maxlen=15)
        self._closed_since: float | None = None
        self._recent_x: deque[tuple[float, float]] = deque()  # (t, box centre x)
        self._turn_frames = 0

    def _frozen(self, gray: np.ndarray, box: FaceBox) -> bool:
        x0, y0 = max(0, box.x), max(0, box.y)
        crop = np.ascontiguousarray(gray[y0 : y0 + box.h : 4, x0 : x0 + box.w : 4])
        digest = zlib.crc32(crop.data)
        self._same = self._same + 1 if digest == self._digest else 0
        self._digest = digest
        return self._same >= self.frozen_frames

    def _step(self, gray: np.ndarray, box: FaceBox, detected: bool, t: float) -> bool:
        challenge = self.challenges[self._index]
        if challenge is Challenge.BLINK:
            return self._blink(gray, box, t)
        if not detected:
            return False
        recent = self._recent_x
        while recent and recent[0][0] < t - self.turn_reference_s:
            recent.popleft()
        enough = len(recent) >= 3
        reference = statistics.median(x for _t, x in recent) if enough else 0.0
        recent.append((t, box.cx))
        if not enough:
            return False
        shift = (box.cx - reference) / box.w
        wanted = shift >= self.turn_threshold
        if challenge is Challenge.TURN_RIGHT:
            wanted = shift <= -self.turn_threshold
        self._turn_frames = self._turn_frames + 1 if wanted else 0
        return self._turn_frames >= 2

    def _blink(self, gray: np.ndarray, box: FaceBox, t: float) -> bool:
        value = eye_openness(gray, box)
        if value is None:
            return False
        if len(self._open_values) < 5:
            self._open_values.append(value)
            return False
        baseline = statistics.median(self._open_values)
        if baseline <= 0.02:
            self._open_values.append(value)
            return False  # no visible eyes (sunglasses, heavy glare): cannot judge a blink
        if self._closed_since is None:
            if value < self.blink_drop * baseline:
                self._closed_since = t
            else:
                self._open_values.append(value)
            return False
        if value > self.blink_recover * baseline:
            closed_for = t - self._closed_since
            self._closed_since = None
            return closed_for <= self.max_blink_s
        if t - self._closed_since > self.max_blink_s:
            self._closed_since = None  # eyes kept shut: not a blink; the baseline adapts
            self._open_values.clear()
        return False
