"""Camera preview for QML: the newest frame as an image provider, plus the face overlay.

The GUI thread never touches a camera or a full frame. A :class:`CameraViewModel` subscribes
to a :class:`~drivers.camera.capture.CameraDevice`; on the subscription's own thread each new
frame is downscaled to ``preview_width``, mirrored (residents expect a mirror) and converted to
RGB once, wrapped in a ``QImage`` and handed to :class:`CameraImageProvider`. Only then is a
frame counter sent to the GUI thread (a queued signal); QML's ``Image`` re-reads
``image://camera/preview/<frameId>``, and ``requestImage`` just returns the stored image.

Lessons:

* At most one frame notification is in flight to the GUI thread: if the GUI is busy, newer
  frames replace the stored image and no notifications pile up in its event queue.
* The ``QImage`` wraps the numpy buffer without copying; the provider keeps the array alive as
  long as the image (a ``QImage`` over a freed buffer crashes the render thread).
* The face box and guidance come in as plain data (``set_progress`` from the identity service,
  or the optional preview analyzer) and are mirrored like the picture, as fractions of it.

QML use (``engine.addImageProvider("camera", vm.provider)`` before loading)::

    CameraPreview { camera: cameraViewModel }
"""

from __future__ import annotations

import threading
from typing import Any

import cv2
import numpy as np
from PySide6.QtCore import Property, QObject, QSize, Signal, Slot
from PySide6.QtGui import QImage
from PySide6.QtQml import QQmlImageProviderBase
from PySide6.QtQuick import QQuickImageProvider

from drivers.camera.faces import FaceAnalyzer
from drivers.camera.frames import Frame, FrameSubscription

__all__ = ["PROVIDER_ID", "CameraImageProvider", "CameraViewModel", "prepare_preview"]

PROVIDER_ID = "camera"


def prepare_preview(image: np.ndarray, width: int, *, mirror: bool = True) -> np.ndarray:
    """Downscale to ``width`` px, mirror, BGR → RGB: the one conversion of a preview frame."""
    height = max(1, round(image.shape[0] * width / image.shape[1]))
    if image.shape[1] != width:
        image = cv2.resize(image, (width, height), interpolation=cv2.INTER_AREA)
    if mirror:
        image = cv2.flip(image, 1)
    return cv2.cvtColor(image, cv2.COLOR_BGR2RGB)


class CameraImageProvider(QQuickImageProvider):
    """Hands QML the newest preview image; ``requestImage`` does no work (any thread)."""

    def __init__(self) -> None:
        super().__init__(QQmlImageProviderBase.ImageType.Image)
        self._lock = threading.Lock()
        self._image = QImage()
        self._buffer: np.ndarray | None = None
        self.requests = 0

    def set_rgb(self, rgb: np.ndarray) -> None:
        """Store an RGB ``uint8`` array as the current image (wrapped, not copied)."""
        rgb = np.ascontiguousarray(rgb)
        height, width = rgb.shape[:2]
        image = QImage(rgb.data, width, height, rgb.strides[0], QImage.Format.Format_RGB888)
        with self._lock:
            self._image, self._buffer = image, rgb

    def clear(self) -> None:
        with self._lock:
            buffer = self._buffer
            self._image, self._buffer = QImage(), None
        if buffer is not None:
            buffer.fill(0)  # the preview showed a face

    def current(self) -> QImage:
        with self._lock:
            return self._image

    def requestImage(self, id: str, size: QSize, requestedSize: QSize) -> QImage:
        self.requests += 1
        with self._lock:
            image = self._image
        if image.isNull():
            blank = QImage(4, 3, QImage.Format.Format_RGB888)
            blank.fill(0)
            return blank
        return image


class CameraViewModel(QObject):
    """QML-facing camera state: ``frameId``, ``guidance``, ``faceBox``, ``hasFace``, ``fps``."""

    frameChanged = Signal()
    overlayChanged = Signal()
    activeChanged = Signal()
    _frameReady = Signal()
    _overlayReady = Signal(str, object)

    def __init__(
        self,
        *,
        preview_width: int = 640,
        mirror: bool = True,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.provider = CameraImageProvider()
        self._preview_width = preview_width
        self._mirror = mirror
        self._mirror_frames = mirror  # this attachment's (documents are not mirrored)
        self._frame_id = 0
        self._guidance = "no_face"
        self._box: dict[str, float] | None = None
        self._fps = 0.0
        self._camera: Any = None
        self._subscriptions: list[FrameSubscription] = []
        self._pending = threading.Event()  # a frame notification is on its way to the GUI
        self._frames_prepared = 0
        self._times: list[float] = []
        self._frameReady.connect(self._on_frame_ready)
        self._overlayReady.connect(self._on_overlay)

    # ---------------------------------------------------------------- wiring (GUI thread)

    def attach(
        self, camera: Any, analyzer: FaceAnalyzer | None = None, *, mirror: bool | None = None
    ) -> None:
        """Show ``camera``'s frames; with ``analyzer``, also draw its face box and guidance
        (a preview-only mode; in a verification the identity service calls ``set_progress``).
        ``mirror=False`` for documents under the camera (a mirrored page reads backwards)."""
        self.detach()
        self._mirror_frames = self._mirror if mirror is None else mirror
        self._camera = camera
        self._subscriptions.append(camera.subscribe(self._on_frame, name="preview"))
        if analyzer is not None:

            def analyse(frame: Frame) -> None:
                observation = analyzer.analyze(frame.image)
                self.set_progress(observation.to_dict())

            self._subscriptions.append(camera.subscribe(analyse, name="preview-faces"))
        self.activeChanged.emit()

    def detach(self) -> None:
        camera, self._camera = self._camera, None
        subscriptions, self._subscriptions = self._subscriptions, []
        for subscription in subscriptions:  # never blocks the GUI on a frame in progress
            if camera is not None:
                camera.unsubscribe(subscription, wait=False)
            else:
                subscription.close(wait=False)
        if subscriptions:
            self.provider.clear()
            self._on_overlay("no_face", None)
            self.activeChanged.emit()

    # ---------------------------------------------------------------- any thread

    def set_progress(self, progress: dict[str, Any]) -> None:
        """Overlay data from any thread: ``{"guidance": code, "box": {x,y,w,h} | None}``."""
        box = progress.get("box")
        if box is not None and self._mirror:
            box = {**box, "x": 1.0 - box["x"] - box["w"]}
        self._overlayReady.emit(str(progress.get("guidance", "")), box)

    def _on_frame(self, frame: Frame) -> None:
        # On the preview subscription's thread: all pixel work happens here.
        rgb = prepare_preview(frame.image, self._preview_width, mirror=self._mirror_frames)
        self.provider.set_rgb(rgb)
        if not self._subscriptions:  # detached while this frame was prepared
            self.provider.clear()
            return
        self._frames_prepared += 1
        self._times = [*self._times[-29:], frame.timestamp]
        if not self._pending.is_set():
            self._pending.set()
            self._frameReady.emit()

    # ---------------------------------------------------------------- GUI thread

    @Slot()
    def _on_frame_ready(self) -> None:
        self._pending.clear()
        self._frame_id += 1
        times = self._times
        if len(times) >= 2 and times[-1] > times[0]:
            self._fps = (len(times) - 1) / (times[-1] - times[0])
        self.frameChanged.emit()

    @Slot(str, object)
    def _on_overlay(self, guidance: str, box: object) -> None:
        self._guidance = guidance
        self._box = box if isinstance(box, dict) else None
        self.overlayChanged.emit()

    # ---------------------------------------------------------------- properties

    def _get_frame_id(self) -> int:
        return self._frame_id

    def _get_guidance(self) -> str:
        return self._guidance

    def _get_has_face(self) -> bool:
        return self._box is not None

    def _get_face_box(self) -> dict[str, float]:
        return dict(self._box) if self._box else {"x": 0.0, "y": 0.0, "w": 0.0, "h": 0.0}

    def _get_fps(self) -> float:
        return round(self._fps, 1)

    def _get_active(self) -> bool:
        return bool(self._subscriptions)

    def _get_provider_id(self) -> str:
        return PROVIDER_ID

    frameId = Property(int, _get_frame_id, notify=frameChanged)
    fps = Property(float, _get_fps, notify=frameChanged)
    guidance = Property(str, _get_guidance, notify=overlayChanged)
    hasFace = Property(bool, _get_has_face, notify=overlayChanged)
    faceBox = Property("QVariantMap", _get_face_box, notify=overlayChanged)
    active = Property(bool, _get_active, notify=activeChanged)
    providerId = Property(str, _get_provider_id, constant=True)

    @property
    def frames_prepared(self) -> int:
        return self._frames_prepared
