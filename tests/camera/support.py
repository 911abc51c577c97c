"""Shared helpers of the camera tests (pure: rendered simulator frames, synthetic pages)."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator

import cv2
import numpy as np

from drivers.camera.frames import Frame, make_frame
from drivers.camera.sim import scene_frames


@functools.cache
def frames_of(scene: str) -> tuple[np.ndarray, ...]:
    """One loop of a simulator scene at 30 fps (read-only arrays, shared by tests)."""
    frames = scene_frames(scene)
    for frame in frames:
        frame.flags.writeable = False
    return tuple(frames)


def as_frames(images: Iterable[np.ndarray], fps: float = 30.0) -> Iterator[Frame]:
    """Camera frames with timestamps ``k / fps`` (lazy copies: frames are made read-only)."""
    for k, image in enumerate(images):
        yield make_frame(k + 1, image.copy(), k / fps)


def synthetic_page(width: int = 1240, height: int = 1754, *, seed: int = 3) -> np.ndarray:
    """A white A4 page (150 dpi) with text lines and a black square marker in its top-left."""
    page = np.full((height, width, 3), 245, np.uint8)
    rng = np.random.default_rng(seed)
    for i, y in enumerate(range(260, height - 150, 60)):
        words = " ".join(f"{rng.integers(0, 10**6):06d}" for _ in range(6))
        cv2.putText(
            page, f"{i:02d} {words}", (100, y), cv2.FONT_HERSHEY_SIMPLEX, 1.1, (30, 30, 30), 2
        )
    cv2.rectangle(page, (100, 100), (200, 200), (0, 0, 0), -1)  # orientation marker
    return page


def photograph(
    page: np.ndarray,
    corners: np.ndarray,
    size: tuple[int, int] = (1920, 1440),
    *,
    noise: float = 6.0,
) -> np.ndarray:
    """``page`` lying on a dark desk, seen in perspective with its corners at ``corners``."""
    height, width = page.shape[:2]
    source = np.float32([[0, 0], [width - 1, 0], [width - 1, height - 1], [0, height - 1]])
    matrix = cv2.getPerspectiveTransform(source, np.float32(corners))
    frame = np.full((size[1], size[0], 3), 40, np.uint8)
    cv2.warpPerspective(page, matrix, size, frame, borderMode=cv2.BORDER_TRANSPARENT)
    jitter = np.random.default_rng(0).normal(0, noise, frame.shape).astype(np.int16)
    return np.clip(frame.astype(np.int16) + jitter, 0, 255).astype(np.uint8)
