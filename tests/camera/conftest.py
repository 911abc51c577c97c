"""Fixtures for the camera tests: the MJPEG camera simulator and drivers pointed at it.

Each test gets its own simulator (a real HTTP server on 127.0.0.1) and its own devices, closed
at teardown; rendered scene frames are cached per process (rendering is pure).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from drivers.camera.capture import CameraDevice
from drivers.camera.sim import CameraSimulator


@pytest.fixture
def sim() -> Iterator[CameraSimulator]:
    with CameraSimulator() as running:
        yield running


@pytest.fixture
def make_camera() -> Iterator[Callable[..., CameraDevice]]:
    made: list[CameraDevice] = []

    def build(source: str, **options: object) -> CameraDevice:
        params: dict[str, object] = {
            "open_timeout_s": 3.0,
            "read_timeout_s": 1.0,
            "black_after_s": 0.4,
            "frozen_after_s": 0.4,
            "backoff_initial_s": 0.05,
            "backoff_max_s": 0.3,
        }
        params.update(options)
        camera = CameraDevice("cam", source=source, **params)  # type: ignore[arg-type]
        made.append(camera)
        return camera

    yield build
    for camera in made:
        camera.close()
