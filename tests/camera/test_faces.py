from __future__ import annotations

import cv2
import numpy as np
import pytest
from skimage import data

from drivers.camera.errors import ModelUnavailable
from drivers.camera.faces import (
    FaceAnalyzer,
    FaceBox,
    Guidance,
    QualityConfig,
    evaluate_quality,
    make_detector,
    sharpness,
)
from drivers.camera.sim import FACE_BOX, Pose, render_frame


def rendered(**pose: object) -> np.ndarray:
    return render_frame(Pose(**pose), rng=np.random.default_rng(1))  # type: ignore[arg-type]


def test_detector_finds_exactly_one_face_in_the_astronaut():
    image = cv2.cvtColor(data.astronaut(), cv2.COLOR_RGB2BGR)
    observation = FaceAnalyzer(detect_width=512).analyze(image)
    assert len(observation.faces) == 1
    face = observation.face
    x, y, w, h = FACE_BOX  # measured with OpenCV 4's Haar cascade
    assert abs(face.cx - (x + w / 2)) < w / 4 and abs(face.cy - (y + h / 2)) < h / 4


@pytest.mark.parametrize(
    ("pose", "guidance"),
    [
        ({}, Guidance.OK),
        ({"face": False}, Guidance.NO_FACE),
        ({"second_face": True, "dx": -60}, Guidance.ONE_PERSON_ONLY),
        ({"scale": 0.5}, Guidance.MOVE_CLOSER),
        ({"scale": 2.0}, Guidance.MOVE_BACK),
        ({"dx": 200}, Guidance.CENTER_FACE),
        ({"brightness": 0.3}, Guidance.TOO_DARK),
        ({"brightness": 1.8}, Guidance.TOO_BRIGHT),
        ({"blur": 3.0}, Guidance.HOLD_STILL),
    ],
    ids=lambda v: v if isinstance(v, str) else None,
)
def test_quality_gate(pose, guidance):
    observation = FaceAnalyzer().analyze(rendered(**pose))
    assert observation.guidance is guidance


def test_moving_face_must_hold_still():
    analyzer = FaceAnalyzer()
    assert analyzer.analyze(rendered()).ok
    assert analyzer.analyze(rendered(dx=40)).guidance is Guidance.HOLD_STILL


def test_tracking_follows_the_face_between_full_searches():
    analyzer = FaceAnalyzer(full_search_every=10)
    first = analyzer.analyze(rendered())
    second = analyzer.analyze(rendered(dx=6))
    assert first.full_search and not second.full_search
    assert second.face is not None and abs(second.face.cx - first.face.cx - 6) < 12


def test_sharpness_drops_with_blur():
    gray = cv2.cvtColor(rendered(), cv2.COLOR_BGR2GRAY)[130:320, 230:410]
    assert sharpness(gray) > 3 * sharpness(cv2.GaussianBlur(gray, (0, 0), 3))


def test_gates_are_pure_functions_of_the_boxes():
    gray = np.full((480, 640), 128, np.uint8)
    two = (FaceBox(200, 120, 200, 200), FaceBox(480, 150, 100, 100))
    assert evaluate_quality(gray, two, QualityConfig())[0] is Guidance.ONE_PERSON_ONLY


def test_observation_box_is_in_frame_fractions():
    observation = FaceAnalyzer().analyze(rendered())
    box = observation.to_dict()["box"]
    assert 0 < box["x"] < 1 and 0 < box["w"] < 1
    assert observation.to_dict()["guidance"] == "ok"


def test_yunet_needs_a_model_file(tmp_path):
    with pytest.raises(ModelUnavailable):
        make_detector("yunet", tmp_path / "missing.onnx")


def test_unknown_detector_is_rejected():
    with pytest.raises(ValueError, match="unknown face detector"):
        make_detector("magic")


@pytest.mark.parametrize(
    ("level", "guidance"), [(255, Guidance.TOO_BRIGHT), (10, Guidance.TOO_DARK)]
)
def test_exposure_is_named_even_when_no_face_is_found(level, guidance):
    gray = np.full((480, 640), level, np.uint8)
    assert evaluate_quality(gray, (), QualityConfig())[0] is guidance
