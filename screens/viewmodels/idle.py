"""Idle timeout with a visible countdown.

A resident who walks away must not leave their data on screen. After ``idle_timeout_s`` without
any touch, key or mouse input the countdown overlay appears for ``countdown_s`` seconds with a
one-touch "continue" (a touch anywhere on the overlay but "end now" continues); when it runs
out, ``expired`` fires and the app wipes the session and returns to the attract screen. Before
the overlay shows, any input resets the clock.

Lesson: watch input with an application-wide event filter, not per-item MouseAreas. Items
come and go with screens; the filter sees every touch the window gets.
"""

from __future__ import annotations

from PySide6.QtCore import (
    Property,
    QEvent,
    QObject,
    QTimer,
    Signal,
    Slot,
)

_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.MouseButtonPress,
        QEvent.Type.TouchBegin,
        QEvent.Type.KeyPress,
        QEvent.Type.Wheel,
        QEvent.Type.TabletPress,
    }
)


class IdleMonitor(QObject):
    """Counts inactivity while a visit is running and fires ``expired`` at the end."""

    countdownChanged = Signal()
    expired = Signal()
    activity = Signal()

    def __init__(
        self,
        idle_timeout_s: float,
        countdown_s: int,
        elder_factor: float = 1.0,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._base_idle = idle_timeout_s
        self._base_countdown = countdown_s
        self._elder_factor = elder_factor
        self._elder = False
        self._running = False
        self._remaining = 0
        self._idle_timer = QTimer(self)
        self._idle_timer.setSingleShot(True)
        self._idle_timer.timeout.connect(self._start_countdown)
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._on_tick)

    # -- configuration --------------------------------------------------------------------
    def idle_ms(self) -> int:
        factor = self._elder_factor if self._elder else 1.0
        return max(1, round(self._base_idle * factor * 1000))

    def countdown_total(self) -> int:
        factor = self._elder_factor if self._elder else 1.0
        return max(1, round(self._base_countdown * factor))

    def set_timings(self, idle_timeout_s: float, countdown_s: int, elder_factor: float) -> None:
        """New idle timings (configuration reload); a running countdown keeps its own."""
        self._base_idle = idle_timeout_s
        self._base_countdown = countdown_s
        self._elder_factor = elder_factor

    def set_elder_mode(self, elder: bool) -> None:
        self._elder = elder
        if self._running and not self._tick.isActive():
            self._idle_timer.start(self.idle_ms())

    # -- properties -----------------------------------------------------------------------
    def _countdown_active(self) -> bool:
        return self._tick.isActive()

    countdownActive = Property(bool, _countdown_active, notify=countdownChanged)

    def _get_remaining(self) -> int:
        return self._remaining

    remaining = Property(int, _get_remaining, notify=countdownChanged)

    def _get_total(self) -> int:
        return self.countdown_total()

    countdownTotal = Property(int, _get_total, notify=countdownChanged)

    @property
    def running(self) -> bool:
        return self._running

    # -- control --------------------------------------------------------------------------
    @Slot()
    def start(self) -> None:
        """A visit began: start counting inactivity."""
        self._running = True
        self.touch()

    @Slot()
    def stop(self) -> None:
        """Back on the attract screen: nothing to time out."""
        self._running = False
        self._idle_timer.stop()
        was_counting = self._tick.isActive()
        self._tick.stop()
        if was_counting:
            self.countdownChanged.emit()

    @Slot()
    def touch(self) -> None:
        """Input arrived (or the resident pressed "continue")."""
        if not self._running:
            return
        was_counting = self._tick.isActive()
        self._tick.stop()
        self._idle_timer.start(self.idle_ms())
        if was_counting:
            self.countdownChanged.emit()
        self.activity.emit()

    @Slot()
    def expire_now(self) -> None:
        """End the visit at once (the overlay's "end now" and tests)."""
        if self._running:
            self._expire()

    def _start_countdown(self) -> None:
        self._remaining = self.countdown_total()
        self._tick.start()
        self.countdownChanged.emit()

    def _on_tick(self) -> None:
        self._remaining -= 1
        if self._remaining <= 0:
            self._expire()
        else:
            self.countdownChanged.emit()

    def _expire(self) -> None:
        self.stop()
        self._remaining = 0
        self.countdownChanged.emit()
        self.expired.emit()

    # -- event filter ---------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # While the overlay shows, its own buttons decide (continue / end now): resetting on
        # the press would hide the overlay before the release lands on "end now".
        if self._running and not self._tick.isActive() and event.type() in _INPUT_EVENTS:
            self.touch()
        return False
