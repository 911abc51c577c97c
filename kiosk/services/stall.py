"""How responsive is the GUI thread? A 10 ms timer on it, and how late each tick came.

:class:`StallMonitor` runs a precise ``QTimer`` on the GUI thread. Each tick records the gap
since the previous one; the *stall* of a tick is ``gap - interval`` (how long the thread was
busy with something else past the moment the tick was due). It keeps the longest stall since
:meth:`StallMonitor.reset` and the stalls of the last ``window_s`` seconds for a p99 and a
count of ticks later than 50 ms (the touch feedback budget of DESIGN.md).

It is used by the watchdog (a stall longer than the watchdog period means the kiosk is hung and
is restarted), the end-to-end tests and ``bench/responsiveness.py``.

:func:`touch_to_feedback` measures one touch: the time from a synthetic touch press/release
posted to the window's event queue to the next frame the window renders afterwards.

Qt-light: only QtCore at import time; QtGui/QtTest are imported by the touch helper.
"""

from __future__ import annotations

import math
import time
from collections import deque
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer

__all__ = ["STALL_BUDGET_MS", "StallMonitor", "StallSnapshot", "percentile", "touch_to_feedback"]

#: A touch must show feedback within this (DESIGN.md); ticks later than this are counted.
STALL_BUDGET_MS = 50.0

StallSnapshot = dict[str, float | int]


def percentile(values: list[float], q: float) -> float:
    """Nearest-rank percentile (``q`` in 0..100) of ``values``; 0.0 for no values."""
    if not values:
        return 0.0
    ordered = sorted(values)
    rank = max(1, math.ceil(q / 100.0 * len(ordered)))
    return ordered[min(rank, len(ordered)) - 1]


class StallMonitor(QObject):
    """Longest and p99 GUI-thread stall. Create, start and read it on the GUI thread."""

    def __init__(
        self,
        interval_ms: int = 10,
        window_s: float = 60.0,
        *,
        clock: Any = time.perf_counter,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.interval_ms = interval_ms
        self.window_s = window_s
        self._clock = clock
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._tick)
        self._last: float | None = None
        self._recent: deque[tuple[float, float]] = deque()  # (tick time s, stall ms)
        self._longest_ms = 0.0
        self._ticks = 0
        self._over = 0

    # -- control ----------------------------------------------------------------------------
    def start(self) -> None:
        self._last = self._clock()
        self._timer.start()

    def stop(self) -> StallSnapshot:
        """Stop ticking; returns the final snapshot."""
        self._timer.stop()
        return self.snapshot()

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    def reset(self) -> None:
        """Forget everything measured so far (the next gap counts from now)."""
        self._recent.clear()
        self._longest_ms = 0.0
        self._ticks = 0
        self._over = 0
        self._last = self._clock() if self.running else None

    # -- measuring --------------------------------------------------------------------------
    def _tick(self) -> None:
        self.record(self._clock())

    def record(self, now: float) -> None:
        """Account for a tick at ``now`` (seconds, the monitor's clock). Tests call it directly."""
        if self._last is None:
            self._last = now
            return
        stall_ms = max(0.0, (now - self._last) * 1000.0 - self.interval_ms)
        self._last = now
        self._ticks += 1
        self._longest_ms = max(self._longest_ms, stall_ms)
        if stall_ms > STALL_BUDGET_MS:
            self._over += 1
        self._recent.append((now, stall_ms))
        horizon = now - self.window_s
        while self._recent and self._recent[0][0] < horizon:
            self._recent.popleft()

    def current_stall_ms(self) -> float:
        """How long the thread has gone without a tick right now (from any thread)."""
        last = self._last
        if last is None:
            return 0.0
        return max(0.0, (self._clock() - last) * 1000.0 - self.interval_ms)

    @property
    def longest_ms(self) -> float:
        return self._longest_ms

    def snapshot(self) -> StallSnapshot:
        """``longest_ms`` since reset; ``p99_ms`` and ``count_over_50ms`` over the window."""
        window = [stall for _t, stall in self._recent]
        return {
            "longest_ms": round(self._longest_ms, 1),
            "p99_ms": round(percentile(window, 99.0), 1),
            "count_over_50ms": sum(1 for stall in window if stall > STALL_BUDGET_MS),
            "ticks": self._ticks,
            "total_over_50ms": self._over,
        }


def touch_to_feedback(
    window: Any,
    x: float,
    y: float,
    *,
    timeout_ms: int = 5000,
    force_frame: bool = False,
    clock: Any = time.perf_counter,
) -> float | None:
    """Milliseconds from a touch at (``x``, ``y``) on ``window`` to its next rendered frame.

    Sends a touch press and release from a registered touch-screen device through Qt's window
    system interface (where a real touchscreen's events enter), then runs a local event loop
    until the window swaps its next frame: the earliest the resident can see the touch's
    effect. Returns None when no frame came within ``timeout_ms`` (the touch changed nothing
    on screen). ``force_frame`` renders a frame even when nothing changed (then a touch on
    something static measures delivery plus one frame, a baseline). Call on the GUI thread.
    """
    from PySide6.QtCore import QEventLoop, QPoint
    from PySide6.QtTest import QTest

    device = _touch_device()
    point = QPoint(round(x), round(y))
    loop = QEventLoop()
    result: dict[str, float] = {}

    def swapped() -> None:
        if "posted" in result and "frame" not in result:
            result["frame"] = clock()
            loop.quit()

    window.frameSwapped.connect(swapped, Qt.ConnectionType.DirectConnection)
    try:
        result["posted"] = clock()
        # The path a touchscreen's events take: the window system interface, then the window.
        QTest.touchEvent(window, device).press(0, point, window).commit()
        QTest.touchEvent(window, device).release(0, point, window).commit()
        if force_frame:
            window.update()  # QQuickWindow.update() renders even when nothing is dirty
        if "frame" not in result:
            # A timer owned by the loop, gone with it. (QTimer.singleShot left one pending
            # timer and its closure behind per touch: a soak's thousands of touches.)
            timeout = QTimer(loop)
            timeout.setSingleShot(True)
            timeout.timeout.connect(loop.quit)
            timeout.start(timeout_ms)
            loop.exec()
            timeout.stop()
    finally:
        window.frameSwapped.disconnect(swapped)
    if "frame" not in result:
        return None
    return (result["frame"] - result["posted"]) * 1000.0


_DEVICE: list[Any] = []


def _touch_device() -> Any:
    """One touch-screen device for synthetic touches, registered with Qt once per process."""
    if not _DEVICE:
        from PySide6.QtTest import QTest

        _DEVICE.append(QTest.createTouchDevice())
    return _DEVICE[0]
