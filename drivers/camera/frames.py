"""Frames and their hand-over from the capture thread to consumers (latest-frame semantics).

A camera produces 30 frames a second whether or not anybody keeps up. Consumers (preview,
face detection, QR decoding) run at their own pace, each on its own thread, and always take the
newest frame: a frame that was replaced before its consumer got to it is dropped and counted,
never queued. A slow consumer therefore costs only its own frame rate; it never delays the
capture thread or the other consumers, and never works on a stale picture of the resident.

Frames are shared, not copied, between consumers: their pixel array is made read-only so one
consumer cannot scribble on what another one sees. A consumer that keeps a frame beyond its
callback (the best face frame of a verification) copies it and wipes the copy with
:func:`wipe_array` when done.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

log = logging.getLogger(__name__)

FrameCallback = Callable[["Frame"], None]


@dataclass(frozen=True, slots=True, eq=False)
class Frame:
    """One captured picture: ``image`` is BGR ``uint8`` (H×W×3), read-only, shared."""

    seq: int
    timestamp: float  # time.monotonic() when the capture thread received it
    image: np.ndarray

    @property
    def width(self) -> int:
        return int(self.image.shape[1])

    @property
    def height(self) -> int:
        return int(self.image.shape[0])

    def __repr__(self) -> str:  # never dump pixels (a face) into a log or traceback
        return f"Frame(seq={self.seq}, {self.width}x{self.height})"


def make_frame(seq: int, image: np.ndarray, timestamp: float | None = None) -> Frame:
    """Wrap ``image`` as a shared frame (the array becomes read-only)."""
    image.flags.writeable = False
    return Frame(seq, time.monotonic() if timestamp is None else timestamp, image)


def wipe_array(array: np.ndarray | None) -> None:
    """Overwrite an array's pixels with zeros in place (also a read-only one we own)."""
    if array is None or array.size == 0:
        return
    if not array.flags.writeable:
        try:
            array.flags.writeable = True
        except ValueError:
            # A read-only view of somebody else's buffer: it cannot be wiped through the view.
            log.debug("cannot wipe a read-only view; the owner must wipe it")
            return
    array.fill(0)


def wipe_bytes(buffer: bytearray | None) -> None:
    """Overwrite a bytearray with zeros in place (same length, no reallocation)."""
    if buffer is not None:
        buffer[:] = bytes(len(buffer))


class FrameMailbox:
    """A one-slot mailbox: ``put`` replaces an unread frame (counted as dropped)."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._frame: Frame | None = None
        self._closed = False
        self.dropped = 0
        self.taken = 0

    def put(self, frame: Frame) -> bool:
        """Leave ``frame`` for the reader; returns False when an unread frame was dropped."""
        with self._cond:
            if self._closed:
                return True
            replaced = self._frame is not None
            if replaced:
                self.dropped += 1
            self._frame = frame
            self._cond.notify()
            return not replaced

    def take(self, timeout: float | None = None) -> Frame | None:
        """The newest unread frame, waiting up to ``timeout``; None on timeout or close."""
        with self._cond:
            if self._frame is None and not self._closed:
                self._cond.wait(timeout)
            frame, self._frame = self._frame, None
            if frame is not None:
                self.taken += 1
            return frame

    def close(self) -> None:
        with self._cond:
            self._closed = True
            self._frame = None
            self._cond.notify_all()

    @property
    def closed(self) -> bool:
        return self._closed


class FrameSubscription:
    """Delivers the newest frames to ``callback`` on a thread of its own.

    Created by :meth:`CameraDevice.subscribe`; ``close()`` it when done. The callback runs on
    the subscription's thread; an exception in it is logged (once per kind) and the
    subscription goes on with the next frame.
    """

    def __init__(self, callback: FrameCallback, name: str = "consumer") -> None:
        self.name = name
        self._callback = callback
        self._mailbox = FrameMailbox()
        self.delivered = 0
        self.errors = 0
        self._logged: set[str] = set()
        self._thread = threading.Thread(target=self._run, name=f"camera-{name}", daemon=True)
        self._thread.start()

    @property
    def dropped(self) -> int:
        """Frames replaced before the callback could take them."""
        return self._mailbox.dropped

    @property
    def active(self) -> bool:
        return not self._mailbox.closed

    def offer(self, frame: Frame) -> None:
        """Called by the capture thread for every new frame; never blocks."""
        self._mailbox.put(frame)

    def close(self, timeout: float = 2.0, *, wait: bool = True) -> bool:
        """Stop delivering. With ``wait``, wait up to ``timeout`` for a running callback;
        without (the GUI thread), return at once: a running callback still finishes, no new
        one starts. Idempotent."""
        self._mailbox.close()
        if not wait or threading.current_thread() is self._thread:
            return not self._thread.is_alive()
        self._thread.join(timeout)
        return not self._thread.is_alive()

    def _run(self) -> None:
        while not self._mailbox.closed:
            frame = self._mailbox.take(0.5)
            if frame is None:
                continue
            try:
                self._callback(frame)
            except Exception as exc:
                self.errors += 1
                kind = type(exc).__name__
                if kind not in self._logged:
                    self._logged.add(kind)
                    log.exception("camera consumer %s failed on %r", self.name, frame)
            else:
                self.delivered += 1
