from __future__ import annotations

from pathlib import Path

import pytest

from drivers.camera.errors import ModelUnavailable
from drivers.camera.matcher import (
    MatchOutcome,
    MatchRequest,
    PlatformMatcher,
    SFaceMatcher,
    StaffAssistedMatcher,
)

JPEG = bytearray(b"\xff\xd8\xff\xe0 a face \xff\xd9")


class RecordingPlatform:
    """Any object with ``verify_identity`` will do (kiosk.platform's adapter has it)."""

    def __init__(self, answer: object = None, error: BaseException | None = None) -> None:
        self.answer = answer
        self.error = error
        self.calls: list[dict[str, object]] = []

    def verify_identity(self, *, id_number: str, name: str, face_jpeg: bytes) -> object:
        self.calls.append({"id_number": id_number, "name": name, "face_jpeg": bytes(face_jpeg)})
        if self.error is not None:
            raise self.error
        return self.answer


def request() -> MatchRequest:
    return MatchRequest("370102198503120118", "张三", JPEG)


@pytest.mark.parametrize("result", ["match", "no_match", "unavailable"])
def test_platform_result_is_typed(result):
    platform = RecordingPlatform({"result": result, "score": 0.9})
    assert PlatformMatcher(platform).verify(request()).outcome is MatchOutcome(result)


def test_platform_gets_the_jpeg_and_the_claimed_identity():
    platform = RecordingPlatform({"result": "match", "score": 0.93})
    PlatformMatcher(platform).verify(request())
    assert platform.calls == [
        {"id_number": "370102198503120118", "name": "张三", "face_jpeg": bytes(JPEG)}
    ]


def test_platform_failure_is_unavailable_not_an_exception():
    class PlatformDown(Exception):
        code = "network"

    platform = RecordingPlatform(error=PlatformDown("connection refused"))
    result = PlatformMatcher(platform, transient_errors=(PlatformDown,)).verify(request())
    assert result.outcome is MatchOutcome.UNAVAILABLE
    assert "network" in result.detail


def test_platform_programming_errors_propagate():
    platform = RecordingPlatform(error=KeyError("bug"))
    with pytest.raises(KeyError):
        PlatformMatcher(platform).verify(request())


def test_unreadable_platform_answer_is_unavailable():
    result = PlatformMatcher(RecordingPlatform({"result": "maybe"})).verify(request())
    assert result.outcome is MatchOutcome.UNAVAILABLE


def test_low_score_match_can_be_downgraded():
    platform = RecordingPlatform({"result": "match", "score": 0.5})
    result = PlatformMatcher(platform, min_score=0.8).verify(request())
    assert result.outcome is MatchOutcome.NO_MATCH


def test_staff_assisted_matcher_always_asks_for_staff():
    assert StaffAssistedMatcher().verify(request()).outcome is MatchOutcome.NEEDS_STAFF


def test_sface_needs_its_model_files(tmp_path: Path):
    with pytest.raises(ModelUnavailable):
        SFaceMatcher(tmp_path / "sface.onnx", tmp_path / "yunet.onnx")


def test_request_repr_hides_personal_data():
    assert "370102" not in repr(request()) and "张三" not in repr(request())
