"""Face detection and the quality gates that guide a resident into a usable picture.

Detectors (:func:`make_detector`):

* ``lbp``  - scikit-image's bundled LBP frontal-face cascade (``skimage.feature.Cascade``); the
  default, because it needs nothing beyond the wheels the kiosk already installs;
* ``haar`` - OpenCV's Haar frontal-face cascade from ``cv2.data.haarcascades``: only OpenCV 4.x
  ships it (OpenCV 5.0 removed ``CascadeClassifier``), so ``auto`` picks it when present;
* ``yunet`` - ``cv2.FaceDetectorYN`` when a model file is configured (much better on turned,
  dim or partly covered faces; also gives the 5 landmarks SFace needs for alignment).

Speed (lesson): detection runs on a copy downscaled to ``detect_width`` (320 px), and between
full-frame searches (every ``full_search_every`` analysed frames) only in a window around the
last face, with the size range narrowed to ±40 % of it. A full 640×480 cascade search costs
30-60 ms here; the tracked search a few ms, which is what makes ≥ 15 fps on one core.
A second person is noticed at the next full search (within ``full_search_every`` frames).

Quality gates, in the order a resident should fix them, each with a guidance code the screens
translate (``Guidance``): ``no_face``, ``one_person_only``, ``move_closer``/``move_back``,
``center_face``, ``too_dark``/``too_bright``, ``hold_still`` (blurred or moving). ``ok`` when
every gate passes. Pure functions of the frame: tests craft a frame per gate.
"""

from __future__ import annotations

import abc
import math
import threading
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

import cv2
import numpy as np

from drivers.camera.errors import ModelUnavailable

__all__ = [
    "FaceAnalyzer",
    "FaceBox",
    "FaceDetector",
    "FaceObservation",
    "Guidance",
    "QualityConfig",
    "evaluate_quality",
    "make_detector",
    "sharpness",
]


class Guidance(StrEnum):
    """What the resident should do; QML maps each code to a translated prompt."""

    OK = "ok"
    NO_FACE = "no_face"
    ONE_PERSON_ONLY = "one_person_only"
    MOVE_CLOSER = "move_closer"
    MOVE_BACK = "move_back"
    CENTER_FACE = "center_face"
    TOO_DARK = "too_dark"
    TOO_BRIGHT = "too_bright"
    HOLD_STILL = "hold_still"


@dataclass(frozen=True, slots=True)
class FaceBox:
    """A face in full-frame pixel coordinates; ``landmarks`` (YuNet only): 5 (x, y) points."""

    x: int
    y: int
    w: int
    h: int
    score: float = 1.0
    landmarks: tuple[tuple[float, float], ...] | None = None

    @property
    def cx(self) -> float:
        return self.x + self.w / 2

    @property
    def cy(self) -> float:
        return self.y + self.h / 2

    @property
    def area(self) -> int:
        return self.w * self.h

    def scaled(self, factor: float, dx: float = 0.0, dy: float = 0.0) -> FaceBox:
        marks = None
        if self.landmarks is not None:
            marks = tuple((px * factor + dx, py * factor + dy) for px, py in self.landmarks)
        return FaceBox(
            round(self.x * factor + dx),
            round(self.y * factor + dy),
            round(self.w * factor),
            round(self.h * factor),
            self.score,
            marks,
        )

    def as_list(self) -> list[int]:
        return [self.x, self.y, self.w, self.h]


# ------------------------------------------------------------------------------- detectors


class FaceDetector(abc.ABC):
    """Finds faces in one (small) picture. Not thread-safe: one per analysing thread."""

    name: str = ""

    @abc.abstractmethod
    def detect(
        self, bgr: np.ndarray, gray: np.ndarray, min_size: int, max_size: int
    ) -> list[FaceBox]:
        """Faces in ``bgr``/``gray`` (the same picture) whose width is within the range."""


class LbpCascadeDetector(FaceDetector):
    """scikit-image's LBP frontal-face cascade (trained by OpenCV; shipped in its wheel)."""

    name = "lbp"

    def __init__(self, scale_factor: float = 1.2, min_neighbours: int = 3) -> None:
        from skimage import data
        from skimage.feature import Cascade

        self._cascade = Cascade(data.lbp_frontal_face_cascade_filename())
        self._scale_factor = scale_factor
        self._min_neighbours = min_neighbours

    def detect(
        self, bgr: np.ndarray, gray: np.ndarray, min_size: int, max_size: int
    ) -> list[FaceBox]:
        limit = min(max_size, gray.shape[0], gray.shape[1])
        if limit < min_size or min_size < 24:
            min_size = max(24, min_size)
            if limit < min_size:
                return []
        found = self._cascade.detect_multi_scale(
            img=gray,
            scale_factor=self._scale_factor,
            step_ratio=1,
            min_size=(min_size, min_size),
            max_size=(limit, limit),
            min_neighbor_number=self._min_neighbours,
        )
        return [FaceBox(int(d["c"]), int(d["r"]), int(d["width"]), int(d["height"])) for d in found]


class HaarCascadeDetector(FaceDetector):
    """OpenCV 4.x's Haar frontal-face cascade (``cv2.data.haarcascades``)."""

    name = "haar"

    def __init__(self, cascade: str = "haarcascade_frontalface_default.xml") -> None:
        if not hasattr(cv2, "CascadeClassifier"):
            raise ModelUnavailable(f"OpenCV {cv2.__version__} has no CascadeClassifier")
        path = Path(cv2.data.haarcascades) / cascade  # type: ignore[attr-defined]
        self._cascade = cv2.CascadeClassifier(str(path))  # type: ignore[attr-defined]
        if self._cascade.empty():
            raise ModelUnavailable(f"cannot load Haar cascade {cascade}")

    def detect(
        self, bgr: np.ndarray, gray: np.ndarray, min_size: int, max_size: int
    ) -> list[FaceBox]:
        found = self._cascade.detectMultiScale(
            gray,
            scaleFactor=1.15,
            minNeighbors=5,
            minSize=(min_size, min_size),
            maxSize=(max_size, max_size),
        )
        return [FaceBox(int(x), int(y), int(w), int(h)) for x, y, w, h in found]


class YuNetDetector(FaceDetector):
    """``cv2.FaceDetectorYN`` with a configured ONNX model (e.g. face_detection_yunet_2023mar)."""

    name = "yunet"

    def __init__(self, model_path: str | Path, score_threshold: float = 0.8) -> None:
        path = Path(model_path)
        if not path.is_file():
            raise ModelUnavailable(f"YuNet model not found: {path}")
        try:
            self._net = cv2.FaceDetectorYN.create(str(path), "", (320, 240), score_threshold)
        except cv2.error as exc:
            raise ModelUnavailable(f"cannot load YuNet model {path.name}: {exc}") from exc
        self._size = (320, 240)

    def detect(
        self, bgr: np.ndarray, gray: np.ndarray, min_size: int, max_size: int
    ) -> list[FaceBox]:
        size = (bgr.shape[1], bgr.shape[0])
        if size != self._size:
            self._net.setInputSize(size)
            self._size = size
        _, faces = self._net.detect(bgr)
        boxes = []
        for row in faces if faces is not None else []:
            x, y, w, h = (float(v) for v in row[:4])
            if not min_size <= w <= max_size:
                continue
            marks = tuple((float(row[4 + 2 * i]), float(row[5 + 2 * i])) for i in range(5))
            boxes.append(FaceBox(round(x), round(y), round(w), round(h), float(row[14]), marks))
        return boxes


def make_detector(kind: str = "auto", model_path: str | Path | None = None) -> FaceDetector:
    """``auto`` = YuNet with a model path, else Haar on OpenCV 4.x, else the LBP cascade."""
    if kind == "yunet" or (kind == "auto" and model_path):
        if not model_path:
            raise ModelUnavailable("the yunet detector needs a model path")
        return YuNetDetector(model_path)
    if kind == "haar" or (kind == "auto" and hasattr(cv2, "CascadeClassifier")):
        return HaarCascadeDetector()
    if kind in ("auto", "lbp"):
        return LbpCascadeDetector()
    raise ValueError(f"unknown face detector {kind!r} (auto, lbp, haar, yunet)")


# ------------------------------------------------------------------------------- quality


@dataclass(frozen=True, slots=True)
class QualityConfig:
    """Gate thresholds. Sizes and offsets are fractions of the frame width/height.

    The defaults suit a camera above a 21-32 inch screen with the resident at 40-70 cm; sites
    tune them in configuration. ``min_sharpness`` is the variance of the Laplacian of the face
    scaled to 128×128 px (a focused face: 100-400; motion blur: < 30).
    """

    min_face_width: float = 0.18
    max_face_width: float = 0.50
    max_offset_x: float = 0.15
    max_offset_y: float = 0.18
    min_brightness: float = 60.0
    max_brightness: float = 210.0
    min_sharpness: float = 40.0
    max_motion: float = 0.08  # face centre movement between analysed frames / face width


def sharpness(gray_face: np.ndarray) -> float:
    """Variance of the Laplacian of a face crop normalised to 128×128 (higher = sharper)."""
    if gray_face.size == 0:
        return 0.0
    face = cv2.resize(gray_face, (128, 128), interpolation=cv2.INTER_AREA)
    return float(cv2.Laplacian(face, cv2.CV_64F).var())


def _crop(gray: np.ndarray, box: FaceBox, inset: float = 0.0) -> np.ndarray:
    height, width = gray.shape[:2]
    dx, dy = round(box.w * inset), round(box.h * inset)
    x0, y0 = max(0, box.x + dx), max(0, box.y + dy)
    x1, y1 = min(width, box.x + box.w - dx), min(height, box.y + box.h - dy)
    return gray[y0:y1, x0:x1]


def evaluate_quality(
    gray: np.ndarray,
    faces: tuple[FaceBox, ...],
    config: QualityConfig,
    previous: FaceBox | None = None,
) -> tuple[Guidance, dict[str, float]]:
    """The first failing gate (or ``ok``) for ``faces`` in ``gray``, and the measurements."""
    if not faces:
        # An over- or under-exposed face is not found at all: say why rather than "no face".
        sample = gray[::4, ::4]
        level = float(sample.mean())
        if level < config.min_brightness * 0.6:
            return Guidance.TOO_DARK, {"brightness": level}
        if level > config.max_brightness or float((sample >= 250).mean()) > 0.25:
            return Guidance.TOO_BRIGHT, {"brightness": level}
        return Guidance.NO_FACE, {"brightness": level}
    face = max(faces, key=lambda f: f.area)
    height, width = gray.shape[:2]
    inner = _crop(gray, face, 0.15)
    metrics = {
        "face_width": face.w / width,
        "offset_x": (face.cx - width / 2) / width,
        "offset_y": (face.cy - height / 2) / height,
        "brightness": float(inner.mean()) if inner.size else 0.0,
        "sharpness": sharpness(_crop(gray, face)),
        "motion": 0.0,
    }
    if previous is not None:
        metrics["motion"] = math.hypot(face.cx - previous.cx, face.cy - previous.cy) / face.w
    if len(faces) > 1:
        return Guidance.ONE_PERSON_ONLY, metrics
    if metrics["face_width"] < config.min_face_width:
        return Guidance.MOVE_CLOSER, metrics
    if metrics["face_width"] > config.max_face_width:
        return Guidance.MOVE_BACK, metrics
    if (
        abs(metrics["offset_x"]) > config.max_offset_x
        or abs(metrics["offset_y"]) > config.max_offset_y
    ):
        return Guidance.CENTER_FACE, metrics
    if metrics["brightness"] < config.min_brightness:
        return Guidance.TOO_DARK, metrics
    if metrics["brightness"] > config.max_brightness:
        return Guidance.TOO_BRIGHT, metrics
    if metrics["sharpness"] < config.min_sharpness or metrics["motion"] > config.max_motion:
        return Guidance.HOLD_STILL, metrics
    return Guidance.OK, metrics


@dataclass(frozen=True, slots=True)
class FaceObservation:
    """The analysis of one frame: the faces, the resident's (largest) face and the guidance."""

    faces: tuple[FaceBox, ...]
    face: FaceBox | None
    guidance: Guidance
    metrics: dict[str, float] = field(default_factory=dict)
    frame_size: tuple[int, int] = (0, 0)  # width, height
    full_search: bool = True

    @property
    def ok(self) -> bool:
        return self.guidance is Guidance.OK

    @property
    def score(self) -> float:
        """How good this frame is as the verification photo (higher is better; 0 if not ok)."""
        if not self.ok:
            return 0.0
        centred = 1.0 - min(1.0, abs(self.metrics["offset_x"]) + abs(self.metrics["offset_y"]))
        return self.metrics["sharpness"] * centred

    def to_dict(self) -> dict[str, Any]:
        """For a view-model: box as fractions of the frame, guidance code."""
        width, height = self.frame_size
        box = None
        if self.face is not None and width and height:
            box = {
                "x": self.face.x / width,
                "y": self.face.y / height,
                "w": self.face.w / width,
                "h": self.face.h / height,
            }
        return {"guidance": str(self.guidance), "box": box, "faces": len(self.faces)}


class FaceAnalyzer:
    """Detects faces in frames and applies the quality gates (see the module docstring).

    Keeps tracking state between calls: use one analyzer per stream, from one thread.
    """

    def __init__(
        self,
        detector: FaceDetector | None = None,
        config: QualityConfig | None = None,
        *,
        detect_width: int = 320,
        full_search_every: int = 5,
    ) -> None:
        self.detector = detector if detector is not None else make_detector()
        self.config = config or QualityConfig()
        self.detect_width = detect_width
        self.full_search_every = max(1, full_search_every)
        self._lock = threading.Lock()
        self.reset()

    def reset(self) -> None:
        """Forget the tracked face (a new resident)."""
        self._count = 0
        self._primary: FaceBox | None = None
        self._others: tuple[FaceBox, ...] = ()

    def analyze(self, image: np.ndarray) -> FaceObservation:
        """Detect and judge one BGR (or gray) frame."""
        with self._lock:
            return self._analyze(image)

    def _analyze(self, image: np.ndarray) -> FaceObservation:
        gray = image if image.ndim == 2 else cv2.cvtColor(image, cv2.COLOR_BGR2GRAY)
        height, width = gray.shape[:2]
        factor = min(1.0, self.detect_width / width)
        small_gray = cv2.resize(gray, None, fx=factor, fy=factor, interpolation=cv2.INTER_AREA)
        small_bgr = small_gray
        if self.detector.name == "yunet":
            bgr = image if image.ndim == 3 else cv2.cvtColor(image, cv2.COLOR_GRAY2BGR)
            small_bgr = cv2.resize(bgr, None, fx=factor, fy=factor, interpolation=cv2.INTER_AREA)
        min_size = max(24, round(self.config.min_face_width * 0.7 * width * factor))
        max_size = round(min(small_gray.shape[:2]))
        previous = self._primary
        tracked: FaceBox | None = None
        full = previous is None or self._count % self.full_search_every == 0
        self._count += 1
        if not full and previous is not None:
            tracked = self._track(small_bgr, small_gray, previous.scaled(factor), factor)
            full = tracked is None
        if full:
            found = self.detector.detect(small_bgr, small_gray, min_size, max_size)
            faces = sorted((f.scaled(1 / factor) for f in found), key=lambda f: -f.area)
            self._primary = faces[0] if faces else None
            self._others = tuple(faces[1:])
        else:
            self._primary = tracked
        all_faces = (self._primary, *self._others) if self._primary is not None else ()
        guidance, metrics = evaluate_quality(gray, all_faces, self.config, previous)
        return FaceObservation(
            all_faces, self._primary, guidance, metrics, (width, height), full_search=full
        )

    def _track(
        self, bgr: np.ndarray, gray: np.ndarray, last: FaceBox, factor: float
    ) -> FaceBox | None:
        """Search a window around the last face (small coordinates); full-frame box or None."""
        height, width = gray.shape[:2]
        margin = 0.6 * last.w
        x0, y0 = max(0, int(last.x - margin)), max(0, int(last.y - margin))
        x1 = min(width, int(last.x + last.w + margin))
        y1 = min(height, int(last.y + last.h + margin))
        if x1 - x0 < 24 or y1 - y0 < 24:
            return None
        window_bgr = bgr[y0:y1, x0:x1] if bgr.ndim == 3 else gray[y0:y1, x0:x1]
        found = self.detector.detect(
            window_bgr,
            gray[y0:y1, x0:x1],
            max(24, int(last.w * 0.6)),
            int(last.w * 1.4) + 1,
        )
        if not found:
            return None
        best = min(found, key=lambda f: abs(f.x + f.w / 2 + x0 - last.cx))
        return best.scaled(1 / factor, x0 / factor, y0 / factor)
