from __future__ import annotations

import functools
import random

import cv2
import numpy as np
import pytest

from drivers.camera.faces import FaceAnalyzer, FaceBox
from drivers.camera.liveness import Challenge, LivenessCheck, LivenessState, eye_openness
from drivers.camera.sim import Pose, render_frame
from tests.camera.support import frames_of


@functools.cache
def observe(scene: str) -> list[tuple[np.ndarray, FaceBox | None]]:
    """Each frame of a scene with the face the analyzer found (computed once per scene)."""
    analyzer = FaceAnalyzer()
    out = []
    for image in frames_of(scene):
        out.append((cv2.cvtColor(image, cv2.COLOR_BGR2GRAY), analyzer.analyze(image).face))
    return out


def run(check: LivenessCheck, observations, *, start: int = 0, frames: int = 600):
    status = check.status
    for k in range(frames):
        gray, face = observations[(start + k) % len(observations)]
        status = check.feed(gray, face, k / 30)
        if status.finished:
            break
    return status


@pytest.mark.parametrize("challenge", list(Challenge))
def test_passes_on_the_scripted_sequence(challenge):
    status = run(LivenessCheck([challenge], timeout_s=10), observe("live"))
    assert status.state is LivenessState.PASSED
    assert status.completed == (challenge,)


@pytest.mark.parametrize("challenge", [Challenge.TURN_LEFT, Challenge.TURN_RIGHT])
def test_passes_from_every_moment_of_the_loop(challenge):
    # The challenge may appear while the head is already turned that way (the simulated face
    # turns left at 1.8-2.8 s of its 6 s loop and right at 3.8-4.8 s): the resident looks
    # back and turns again. A reference fixed at the challenge's start timed out here.
    observations = observe("live")
    for start in range(0, len(observations), 6):
        status = run(LivenessCheck([challenge], timeout_s=20), observations, start=start)
        assert status.passed, f"start at {start / 30:.1f} s: {status.reason}"


def test_passes_a_sequence_of_challenges():
    check = LivenessCheck([Challenge.TURN_RIGHT, Challenge.BLINK], timeout_s=15)
    assert run(check, observe("live")).passed


def test_fails_on_a_still_photo_by_timeout():
    status = run(LivenessCheck([Challenge.BLINK], timeout_s=3), observe("photo"))
    assert status.state is LivenessState.FAILED
    assert status.reason == "timeout"


@pytest.mark.parametrize("challenge", [Challenge.TURN_LEFT, Challenge.TURN_RIGHT])
def test_a_still_photo_does_not_turn(challenge):
    assert not run(LivenessCheck([challenge], timeout_s=3), observe("photo")).passed


def test_fails_at_once_on_a_frozen_frame():
    gray, face = observe("live")[0]
    check = LivenessCheck([Challenge.BLINK], timeout_s=10)
    statuses = [check.feed(gray, face, k / 30) for k in range(10)]
    assert statuses[-1].state is LivenessState.FAILED
    assert statuses[-1].reason == "frozen_frame"


def test_times_out_without_a_face():
    status = run(LivenessCheck([Challenge.BLINK], timeout_s=2), observe("empty"))
    assert (status.state, status.reason) == (LivenessState.FAILED, "timeout")


def test_a_face_that_jumps_restarts_the_challenge():
    observations = observe("live")
    check = LivenessCheck([Challenge.TURN_LEFT], timeout_s=10)
    gray, face = observations[0]
    check.feed(gray, face, 0.0)
    moved = FaceBox(face.x + face.w, face.y, face.w, face.h)
    assert check.feed(observations[1][0], moved, 1 / 30).reason == "face_jump"


def test_challenge_is_drawn_at_random_from_the_pool():
    drawn = {LivenessCheck(rng=random.Random(seed)).challenge for seed in range(30)}
    assert drawn == set(Challenge)


def test_eye_openness_drops_when_the_eyes_close():
    analyzer = FaceAnalyzer()
    open_image = render_frame(Pose(), rng=np.random.default_rng(2))
    face = analyzer.analyze(open_image).face
    closed = render_frame(Pose(eyes_closed=True), rng=np.random.default_rng(2))
    gray_open = cv2.cvtColor(open_image, cv2.COLOR_BGR2GRAY)
    gray_closed = cv2.cvtColor(closed, cv2.COLOR_BGR2GRAY)
    assert eye_openness(gray_closed, face) < 0.5 * eye_openness(gray_open, face)
