from __future__ import annotations

import numpy as np
import pytest

from drivers.camera.faces import FaceAnalyzer
from drivers.camera.liveness import Challenge, LivenessCheck
from drivers.camera.matcher import FaceMatcher, MatchOutcome, MatchRequest, MatchResult
from kiosk.services.identity import (
    BEST_JPEG_BLOB,
    ConsentRequired,
    FaceStage,
    FaceVerification,
    FaceVerificationConfig,
    VerificationStateError,
)
from kiosk.session import EndReason, Identity, ResidentSession
from tests.camera.support import as_frames, frames_of


class KeepingMatcher(FaceMatcher):
    """Answers ``outcome`` and keeps the request's buffers, to check they get wiped."""

    name = "test"

    def __init__(self, outcome: MatchOutcome = MatchOutcome.MATCH) -> None:
        self.outcome = outcome
        self.seen: list[bytes] = []
        self.buffers: list[bytearray] = []

    def verify(self, request: MatchRequest) -> MatchResult:
        self.seen.append(bytes(request.face_jpeg))
        assert isinstance(request.face_jpeg, bytearray)
        self.buffers.append(request.face_jpeg)
        return MatchResult(self.outcome, self.name, 0.9)


@pytest.fixture
def session() -> ResidentSession:
    s = ResidentSession()
    s.set_identity(Identity(name="张三", id_number="370102198503120118"))
    yield s
    s.wipe(EndReason.COMPLETED)


def make_verification(
    session, matcher=None, challenge=Challenge.BLINK, *, timeout_s: float = 10.0
) -> FaceVerification:
    return FaceVerification(
        session,
        matcher or KeepingMatcher(),
        analyzer=FaceAnalyzer(),
        config=FaceVerificationConfig(align_timeout_s=timeout_s),
        liveness_factory=lambda: LivenessCheck([challenge], timeout_s=timeout_s),
    )


def drive(verification: FaceVerification, scene: str = "live", loops: int = 3):
    progress = verification.progress
    for frame in as_frames(list(frames_of(scene)) * loops):
        progress = verification.feed(frame)
        if progress.stage in (FaceStage.READY, FaceStage.FAILED):
            break
    return progress


def test_no_capture_before_consent(session):
    verification = make_verification(session)
    with pytest.raises(ConsentRequired):
        verification.feed(next(as_frames(frames_of("live")[:1])))
    assert verification.stage is FaceStage.CONSENT


def test_attaching_a_camera_needs_consent_too(session):
    class NoCamera:
        def subscribe(self, *args, **kwargs):
            raise AssertionError("must not subscribe before consent")

    with pytest.raises(ConsentRequired):
        make_verification(session).attach(NoCamera())


def test_live_resident_reaches_ready_and_matches(session):
    matcher = KeepingMatcher()
    verification = make_verification(session, matcher)
    verification.give_consent()
    assert drive(verification).stage is FaceStage.READY
    result = verification.verify()
    assert result.outcome is MatchOutcome.MATCH
    assert verification.stage is FaceStage.DONE
    assert matcher.seen[0][:3] == b"\xff\xd8\xff"  # a JPEG of the face was sent


def test_face_jpeg_and_best_frame_are_wiped_after_verification(session):
    matcher = KeepingMatcher()
    verification = make_verification(session, matcher)
    verification.give_consent()
    drive(verification)
    best = verification._best  # the kept crop, to check it is overwritten
    assert best is not None and best.any()
    verification.verify()
    assert not any(matcher.buffers[0])  # the session blob handed to the matcher is zeroed
    assert BEST_JPEG_BLOB not in session.blobs
    assert not best.any()
    assert not verification.has_best_frame


def test_a_still_photo_fails_liveness(session):
    verification = make_verification(session, timeout_s=2.0)
    verification.give_consent()
    progress = drive(verification, "photo", loops=4)
    assert progress.stage is FaceStage.FAILED
    assert progress.reason == "timeout"
    with pytest.raises(VerificationStateError):
        verification.verify()


def test_retry_after_failure_starts_over_and_is_limited(session):
    verification = make_verification(session, timeout_s=2.0)
    verification.give_consent()
    drive(verification, "photo", loops=4)
    assert verification.retry() is True
    assert verification.stage is FaceStage.ALIGN
    assert not verification.has_best_frame
    drive(verification, "photo", loops=4)
    assert verification.retry() is False  # two attempts by default, then staff


def test_nobody_in_front_times_out_in_align(session):
    verification = make_verification(session, timeout_s=2.0)
    verification.give_consent()
    progress = drive(verification, "empty", loops=4)
    assert (progress.stage, progress.reason) == (FaceStage.FAILED, "align_timeout")


def test_guidance_is_reported_while_aligning(session):
    verification = make_verification(session)
    verification.give_consent()
    progress = verification.feed(next(as_frames(frames_of("two")[:1])))
    assert progress.stage is FaceStage.ALIGN
    assert progress.guidance == "one_person_only"


def test_staff_path_is_always_available_and_wipes(session):
    verification = make_verification(session)
    verification.give_consent()
    drive(verification)
    assert verification.staff_check().outcome is MatchOutcome.NEEDS_STAFF
    assert not verification.has_best_frame


def test_unavailable_matcher_leaves_nothing_behind(session):
    verification = make_verification(session, KeepingMatcher(MatchOutcome.UNAVAILABLE))
    verification.give_consent()
    drive(verification)
    verification.verify()
    assert verification.stage is FaceStage.FAILED
    assert BEST_JPEG_BLOB not in session.blobs


def test_verify_needs_an_identity():
    session = ResidentSession()
    verification = make_verification(session)
    verification.give_consent()
    drive(verification)
    with pytest.raises(VerificationStateError, match="identity"):
        verification.verify()


def test_session_wipe_zeroes_a_blob_in_flight(session):
    blob = session.add_blob(BEST_JPEG_BLOB, np.full(16, 7, np.uint8).tobytes())
    session.wipe(EndReason.TIMEOUT)
    assert not any(blob)


def wait_for(predicate, timeout: float = 30.0) -> bool:
    import time

    deadline = time.monotonic() + timeout
    while not predicate() and time.monotonic() < deadline:
        time.sleep(0.02)
    return predicate()


def test_verification_through_the_camera(session, sim, make_camera):
    camera = make_camera(sim.url)
    camera.open()
    matcher = KeepingMatcher()
    verification = FaceVerification(
        session,
        matcher,
        analyzer=FaceAnalyzer(),
        config=FaceVerificationConfig(align_timeout_s=20.0),
        # A head turn lasts a second in the script: robust even when a busy machine drops
        # frames (a 170 ms blink can fall between analysed frames).
        liveness_factory=lambda: LivenessCheck([Challenge.TURN_LEFT], timeout_s=20.0),
    )
    stages: list[str] = []
    verification.give_consent()
    verification.attach(camera, on_progress=lambda progress: stages.append(progress.stage))
    try:
        assert wait_for(lambda: verification.stage in (FaceStage.READY, FaceStage.FAILED))
    finally:
        verification.detach()
    assert verification.stage is FaceStage.READY, verification.progress
    assert {"align", "liveness", "ready"} <= set(stages)
    assert verification.verify().outcome is MatchOutcome.MATCH


def test_wipe_while_capturing_leaves_nothing(session, sim, make_camera):
    camera = make_camera(sim.url)
    camera.open()
    verification = make_verification(session)
    verification.give_consent()
    verification.attach(camera)
    assert wait_for(lambda: verification.has_best_frame or verification.stage != "align")
    verification.wipe()
    assert wait_for(lambda: not verification.has_best_frame, timeout=5.0)
    frames_after_wipe = camera.frames_captured
    assert wait_for(lambda: camera.frames_captured > frames_after_wipe + 5, timeout=5.0)
    assert not verification.has_best_frame  # no longer fed
