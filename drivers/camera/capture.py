"""The ``opencv`` camera driver: ``cv2.VideoCapture`` on a capture thread of its own.

Sources (``source=``): a V4L2 camera by stable path (``/dev/v4l/by-id/usb-...-video-index0``),
by device node (``/dev/video0``) or by index (``0``); a URL (MJPEG over HTTP, RTSP: what IP
cameras and :mod:`drivers.camera.sim` serve); a video file; an image sequence
(``frames/%04d.jpg``). Files and sequences are paced to the frame rate and loop, so they stand
in for a live camera.

Threads. A camera pushes frames at its own rate, so unlike the request/answer devices it cannot
be driven by the ``DeviceHost``'s slow poll. ``open()`` starts a capture thread that does all of
the camera's I/O (open, read, release) and keeps reading; ``poll()`` (on the ``DeviceHost``
worker, as for every device) only turns what the capture thread observed into the status.
Frames reach consumers through :meth:`CameraDevice.subscribe` (one thread per consumer, newest
frame only, see :mod:`drivers.camera.frames`).

Status. ``online`` while frames flow; ``no_device`` (action ``suspend``) while the camera is
lost and the capture thread reopens it with capped exponential backoff; ``hardware_error`` when
no frame arrives for ``stale_after_s`` (``no_frames``, action ``reset``), when frames are black
for ``black_after_s`` (``black_frames``: lens covered or sensor dead, ``maintenance``), or
bit-identical for ``frozen_after_s`` (``frozen_frames``: a hung camera/driver, ``reset`` via
the ``restart`` command). Sub-status: ``resolution`` (``640x480``).

Lessons recorded here:

* Camera indexes move when cameras are replugged or enumerate in another order after a reboot:
  configure ``/dev/v4l/by-id/...``; its symlink is resolved again on every reopen.
* The capture thread reopens a lost camera itself instead of closing the device: consumers keep
  their subscriptions through a USB glitch and the preview resumes within the backoff, without
  waiting for the host's slower reopen loop. Only a first open that fails raises
  ``DeviceUnavailable`` (so the host retries ``open()``).
* ``CAP_PROP_BUFFERSIZE = 1`` on V4L2: with the default four buffers a busy process reads frames
  that are already 130 ms old. FFmpeg sources get open/read timeouts, or a stalled network
  camera blocks ``read()`` (and so ``close()``) for 30 s.
* A real sensor never delivers two bit-identical frames (there is always noise); a hung camera
  or driver repeats the last buffer. So "frozen" is an exact match of a sparse sample of pixels,
  which costs microseconds, and never fires on a resident who stands still.
"""

from __future__ import annotations

import contextlib
import logging
import os
import threading
import time
import zlib
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

import cv2
import numpy as np

from drivers.base import Device
from drivers.camera.frames import Frame, FrameCallback, FrameSubscription, make_frame
from drivers.errors import DeviceError, DeviceTimeout, DeviceUnavailable
from drivers.model import DeviceState, DeviceStatus, ErrorAction

log = logging.getLogger(__name__)

__all__ = ["CameraDevice", "CaptureSource", "SignalMonitor", "SignalVerdict", "parse_source"]


def _quiet_opencv() -> None:
    # OpenCV prints a WARN line for every failed open ("can't be used to capture by name"):
    # the driver reports the fault itself, through the status.
    with contextlib.suppress(AttributeError):  # builds without the utils module
        cv2.utils.logging.setLogLevel(cv2.utils.logging.LOG_LEVEL_ERROR)


# ------------------------------------------------------------------------------- sources


@dataclass(frozen=True, slots=True)
class CaptureSource:
    """A parsed ``source`` setting: ``kind`` is index, device, url, file or sequence."""

    kind: str
    target: str | int
    api: int

    @property
    def is_live(self) -> bool:
        """A camera or stream (as opposed to a file that is paced and looped)."""
        return self.kind in ("index", "device", "url")

    def describe(self) -> str:
        if self.kind == "index":
            return f"camera index {self.target}"
        if self.kind == "url":
            return _redact_url(str(self.target))
        return str(self.target)


def _redact_url(url: str) -> str:
    # rtsp://user:password@host/... -> rtsp://***@host/...: credentials never reach a log
    scheme, sep, rest = url.partition("://")
    if sep and "@" in rest.split("/", 1)[0]:
        return f"{scheme}://***@{rest.split('@', 1)[1]}"
    return url


def parse_source(source: str | int) -> CaptureSource:
    """Classify a ``source`` setting (see the module docstring)."""
    if isinstance(source, int) or (isinstance(source, str) and source.strip().isdigit()):
        return CaptureSource("index", int(source), cv2.CAP_V4L2)
    text = str(source).strip()
    if not text:
        raise ValueError("camera source is empty")
    if "://" in text:
        return CaptureSource("url", text, cv2.CAP_FFMPEG)
    if text.startswith("/dev/"):
        return CaptureSource("device", text, cv2.CAP_V4L2)
    if "%" in os.path.basename(text):
        return CaptureSource("sequence", text, cv2.CAP_IMAGES)
    return CaptureSource("file", text, cv2.CAP_FFMPEG)


# ------------------------------------------------------------------------------- signal check


class SignalVerdict(StrEnum):
    OK = "ok"
    BLACK = "black"
    FROZEN = "frozen"


class SignalMonitor:
    """Judges the picture itself: black for too long, or frozen (bit-identical) for too long.

    Pure: fed ``(image, t)``, no clock of its own. Samples every 16th pixel of every 16th row,
    so a 640×480 frame costs ~1,200 pixels.
    """

    def __init__(
        self, *, black_level: float = 12.0, black_after_s: float = 2.0, frozen_after_s: float = 3.0
    ) -> None:
        self.black_level = black_level
        self.black_after_s = black_after_s
        self.frozen_after_s = frozen_after_s
        self._digest: int | None = None
        self._black_since: float | None = None
        self._same_since: float | None = None

    def reset(self) -> None:
        self._digest = None
        self._black_since = None
        self._same_since = None

    def feed(self, image: np.ndarray, t: float) -> SignalVerdict:
        sample = np.ascontiguousarray(image[::16, ::16])
        if float(sample.mean()) < self.black_level:
            if self._black_since is None:
                self._black_since = t
        else:
            self._black_since = None
        digest = zlib.crc32(sample.data)
        if digest == self._digest:
            if self._same_since is None:
                self._same_since = t
        else:
            self._same_since = None
        self._digest = digest
        if self._black_since is not None and t - self._black_since >= self.black_after_s:
            return SignalVerdict.BLACK
        if self._same_since is not None and t - self._same_since >= self.frozen_after_s:
            return SignalVerdict.FROZEN
        return SignalVerdict.OK


# ------------------------------------------------------------------------------- the device


class _Grabber:
    """What the capture thread shares with the device (guarded by ``lock``)."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.stop = threading.Event()
        self.ready = threading.Event()  # first frame or first failure
        self.restart = threading.Event()
        self.first_error: DeviceError | None = None
        self.lost: str | None = None
        self.last_frame_at: float | None = None
        self.verdict = SignalVerdict.OK
        self.resolution = ""
        self.backend = ""
        self.thread: threading.Thread | None = None


class CameraDevice(Device):
    """A camera read with OpenCV (see the module docstring for sources, threads and status).

    ``port`` (the configuration's common device key; ``source`` is an alias) names the camera.
    Besides the ``Device`` surface (host thread only), ``subscribe``/``unsubscribe``,
    ``latest_frame``, ``frames_captured`` and ``measured_fps`` may be called from any thread.
    """

    kind = "camera"
    driver_name = "opencv"
    sub_status_keys = ("resolution",)
    event_names = ()
    command_names = ("snapshot", "restart")

    def __init__(
        self,
        device_id: str,
        *,
        port: str | int | None = None,
        source: str | int | None = None,
        width: int = 640,
        height: int = 480,
        fps: float = 30.0,
        fourcc: str = "MJPG",
        open_timeout_s: float = 5.0,
        read_timeout_s: float = 2.0,
        stale_after_s: float = 2.0,
        black_after_s: float = 2.0,
        frozen_after_s: float = 3.0,
        black_level: float = 12.0,
        backoff_initial_s: float = 0.2,
        backoff_max_s: float = 5.0,
        loop: bool = True,
        pace: bool | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(device_id)
        if (port is None) == (source is None):
            raise ValueError("give the camera as port= (the config key) or source=, not both")
        if fps <= 0 or width <= 0 or height <= 0:
            raise ValueError("width, height and fps must be positive")
        if not 0 < backoff_initial_s <= backoff_max_s:
            raise ValueError("need 0 < backoff_initial_s <= backoff_max_s")
        if len(fourcc) != 4:
            raise ValueError("fourcc must be four characters, e.g. 'MJPG'")
        _quiet_opencv()
        chosen = port if port is not None else source
        assert chosen is not None
        self._source = parse_source(chosen)
        self._width = int(width)
        self._height = int(height)
        self._fps = float(fps)
        self._fourcc = fourcc
        self._open_timeout_s = float(open_timeout_s)
        self._read_timeout_s = float(read_timeout_s)
        self._stale_after_s = float(stale_after_s)
        self._black_after_s = float(black_after_s)
        self._frozen_after_s = float(frozen_after_s)
        self._black_level = float(black_level)
        self._backoff_initial_s = float(backoff_initial_s)
        self._backoff_max_s = float(backoff_max_s)
        self._loop = bool(loop)
        self._pace = (not self._source.is_live) if pace is None else bool(pace)
        self._clock = clock
        self._grabber: _Grabber | None = None
        # Shared with the capture thread (guarded by _lock).
        self._lock = threading.Lock()
        self._subscriptions: list[FrameSubscription] = []
        self._latest: Frame | None = None
        self._seq = 0
        self._times: deque[float] = deque(maxlen=31)
        self._reopens = 0
        self._retired_dropped = 0

    # ---------------------------------------------------------------- consumers (any thread)

    def subscribe(self, callback: FrameCallback, name: str = "consumer") -> FrameSubscription:
        """Deliver every new frame (newest only) to ``callback`` on a thread of its own.

        Works before ``open()`` and survives close/reopen; ``unsubscribe`` (or close the
        subscription) when done.
        """
        subscription = FrameSubscription(callback, name)
        with self._lock:
            self._subscriptions.append(subscription)
        return subscription

    def unsubscribe(self, subscription: FrameSubscription, *, wait: bool = True) -> None:
        """Stop ``subscription``; ``wait=False`` never blocks (see ``FrameSubscription.close``)."""
        with self._lock:
            if subscription in self._subscriptions:
                self._subscriptions.remove(subscription)
                self._retired_dropped += subscription.dropped
        subscription.close(wait=wait)

    def latest_frame(self) -> Frame | None:
        """The newest frame (shared, read-only), or None before the first one."""
        with self._lock:
            return self._latest

    @property
    def frames_captured(self) -> int:
        with self._lock:
            return self._seq

    def measured_fps(self) -> float:
        """Frames per second over the last 30 frames (0.0 before two frames)."""
        with self._lock:
            times = list(self._times)
        if len(times) < 2 or times[-1] <= times[0]:
            return 0.0
        return (len(times) - 1) / (times[-1] - times[0])

    # ---------------------------------------------------------------- commands

    def snapshot(self) -> np.ndarray:
        """A private copy of the newest frame (e.g. a document photo)."""
        frame = self.latest_frame()
        if frame is None:
            raise DeviceUnavailable(f"{self.device_id}: no frame yet")
        return frame.image.copy()

    def restart(self) -> None:
        """Release and reopen the camera (the ``reset`` action for frozen frames)."""
        grabber = self._grabber
        if grabber is None:
            raise DeviceUnavailable(f"{self.device_id} is not open")
        grabber.restart.set()

    # ---------------------------------------------------------------- Device surface

    def _open(self) -> None:
        grabber = _Grabber()
        thread = threading.Thread(
            target=self._capture_loop, args=(grabber,), name=f"camera-{self.device_id}", daemon=True
        )
        grabber.thread = thread
        self._grabber = grabber
        thread.start()
        if not grabber.ready.wait(self._open_timeout_s + self._read_timeout_s + 1.0):
            raise DeviceTimeout(
                f"{self._source.describe()} opened but delivered no frame", code="no_frames"
            )
        if grabber.first_error is not None:
            raise grabber.first_error

    def _close(self) -> None:
        grabber, self._grabber = self._grabber, None
        if grabber is None:
            return
        grabber.stop.set()
        thread = grabber.thread
        if thread is not None and thread is not threading.current_thread():
            # A read blocks at most read_timeout_s (FFmpeg) or one V4L2 frame interval.
            thread.join(self._read_timeout_s + 1.0)
        with self._lock:
            self._latest = None  # a face must not linger in a closed device
            self._times.clear()

    def _read_status(self) -> DeviceStatus:
        grabber = self._grabber
        if grabber is None:
            raise DeviceUnavailable(f"{self.device_id} is not open")
        with grabber.lock:
            lost, last, verdict = grabber.lost, grabber.last_frame_at, grabber.verdict
            resolution = grabber.resolution
        alive = grabber.thread is not None and grabber.thread.is_alive()
        if not alive:
            raise DeviceUnavailable(f"capture of {self._source.describe()} stopped")
        if lost is not None:
            raise DeviceError(
                f"camera lost ({lost}); reopening",
                code="device_lost",
                state=DeviceState.NO_DEVICE,
                action=ErrorAction.SUSPEND,
            )
        if last is None or self._clock() - last > self._stale_after_s:
            raise DeviceTimeout(
                f"no frame from the camera for more than {self._stale_after_s:g} s",
                code="no_frames",
            )
        if verdict is SignalVerdict.BLACK:
            raise DeviceError(
                f"black frames for more than {self._black_after_s:g} s (lens covered?)",
                code="black_frames",
                action=ErrorAction.MAINTENANCE,
            )
        if verdict is SignalVerdict.FROZEN:
            raise DeviceError(
                f"identical frames for more than {self._frozen_after_s:g} s (camera hung)",
                code="frozen_frames",
                action=ErrorAction.RESET,
            )
        return DeviceStatus(DeviceState.ONLINE, {"resolution": resolution})

    def _capabilities(self) -> dict[str, Any]:
        return {
            "source_kind": self._source.kind,
            "max_resolution": f"{self._width}x{self._height}",
            "fps": self._fps,
        }

    def _info(self) -> dict[str, Any]:
        grabber = self._grabber
        backend = grabber.backend if grabber is not None else ""
        port = self._source.describe()
        if self._source.kind == "device":
            port = f"{port} -> {os.path.realpath(str(self._source.target))}"
        with self._lock:
            dropped = self._retired_dropped + sum(s.dropped for s in self._subscriptions)
            frames = self._seq
            reopens = self._reopens
        return {
            "port": port,
            "firmware": f"OpenCV {cv2.__version__} {backend}".strip(),
            "frames": frames,
            "dropped": dropped,
            "fps": round(self.measured_fps(), 1),
            "reopens": reopens,
        }

    # ---------------------------------------------------------------- capture thread

    def _open_capture(self) -> cv2.VideoCapture:
        source = self._source
        if source.kind in ("device", "file") and not os.path.exists(str(source.target)):
            raise DeviceUnavailable(f"no camera at {source.describe()}")
        params: list[int] = []
        if source.api == cv2.CAP_FFMPEG:
            params = [
                cv2.CAP_PROP_OPEN_TIMEOUT_MSEC,
                int(self._open_timeout_s * 1000),
                cv2.CAP_PROP_READ_TIMEOUT_MSEC,
                int(self._read_timeout_s * 1000),
            ]
        target = source.target
        if source.kind == "device":
            target = os.path.realpath(str(target))  # a by-id symlink follows a replug
        try:
            cap = cv2.VideoCapture(target, source.api, params)
        except cv2.error as exc:
            raise DeviceUnavailable(f"cannot open {source.describe()}: {exc}") from exc
        if not cap.isOpened():
            cap.release()
            raise DeviceUnavailable(f"cannot open {source.describe()}")
        if source.kind in ("index", "device"):
            cap.set(cv2.CAP_PROP_FOURCC, cv2.VideoWriter.fourcc(*self._fourcc))
            cap.set(cv2.CAP_PROP_FRAME_WIDTH, self._width)
            cap.set(cv2.CAP_PROP_FRAME_HEIGHT, self._height)
            cap.set(cv2.CAP_PROP_FPS, self._fps)
            cap.set(cv2.CAP_PROP_BUFFERSIZE, 1)
        return cap

    def _capture_loop(self, grabber: _Grabber) -> None:
        monitor = SignalMonitor(
            black_level=self._black_level,
            black_after_s=self._black_after_s,
            frozen_after_s=self._frozen_after_s,
        )
        cap: cv2.VideoCapture | None = None
        backoff = self._backoff_initial_s
        opened_once = False
        frames_this_open = 0
        next_due = 0.0
        try:
            while not grabber.stop.is_set():
                if grabber.restart.is_set() and cap is not None:
                    grabber.restart.clear()
                    cap.release()
                    cap = None
                if cap is None:
                    try:
                        cap = self._open_capture()
                    except DeviceUnavailable as exc:
                        if not opened_once:
                            grabber.first_error = exc
                            grabber.ready.set()
                            return
                        with grabber.lock:
                            grabber.lost = str(exc)
                        grabber.stop.wait(backoff)
                        backoff = min(backoff * 2, self._backoff_max_s)
                        continue
                    if opened_once:
                        with self._lock:
                            self._reopens += 1
                    opened_once = True
                    frames_this_open = 0
                    with grabber.lock:
                        grabber.backend = cap.getBackendName()
                    next_due = self._clock()
                ok, image = cap.read()
                if not ok or image is None or image.size == 0:
                    cap.release()
                    cap = None
                    if not self._source.is_live and self._loop and frames_this_open:
                        continue  # end of the file: start it again, as a camera never ends
                    if (
                        frames_this_open == 0
                        and grabber.lost is None
                        and not grabber.ready.is_set()
                    ):
                        grabber.first_error = DeviceUnavailable(
                            f"{self._source.describe()} opened but gives no frames"
                        )
                        grabber.ready.set()
                        return
                    with grabber.lock:
                        grabber.lost = "stream ended" if frames_this_open else "no frames"
                    grabber.stop.wait(backoff)
                    backoff = min(backoff * 2, self._backoff_max_s)
                    continue
                frames_this_open += 1
                backoff = self._backoff_initial_s
                self._publish(grabber, monitor, image)
                if self._pace:
                    next_due += 1.0 / self._fps
                    delay = next_due - self._clock()
                    if delay > 0:
                        grabber.stop.wait(delay)
                    elif delay < -1.0:
                        next_due = self._clock()  # fell far behind (suspend): do not race
        except Exception:
            # A driver bug must not die silently on a daemon thread: poll() sees the thread
            # gone and reports the camera unavailable, and the host reopens it.
            log.exception("%s: capture thread failed", self.device_id)
        finally:
            if cap is not None:
                cap.release()
            grabber.ready.set()

    def _publish(self, grabber: _Grabber, monitor: SignalMonitor, image: np.ndarray) -> None:
        now = self._clock()
        verdict = monitor.feed(image, now)
        with self._lock:
            self._seq += 1
            frame = make_frame(self._seq, image, now)
            self._latest = frame
            self._times.append(now)
            subscriptions = list(self._subscriptions)
        with grabber.lock:
            grabber.lost = None
            grabber.last_frame_at = now
            grabber.verdict = verdict
            grabber.resolution = f"{frame.width}x{frame.height}"
        grabber.ready.set()
        for subscription in subscriptions:
            subscription.offer(frame)
