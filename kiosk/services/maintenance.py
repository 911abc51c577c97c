"""Scheduled maintenance: daily log rollover and catalogue refresh, an optional nightly restart.

What already runs elsewhere and is not repeated here: the log file also rotates by size
(``RotatingFileHandler``, ``logging.max_bytes`` × ``logging.backup_count``, kiosk/logs.py),
and the outbox drain purges acknowledged items past ``store.retention_days`` every hour
(kiosk/services/outbox.py).

Daily at ``maintenance.daily_at`` (local time): the log file is rolled over (one file per day
on a quiet kiosk, still bounded by ``backup_count``) and a catalogue sync is requested.

Nightly restart (``maintenance.nightly_restart = true``): at ``maintenance.restart_at`` - which
must lie outside ``maintenance.service_hours`` when those are set - the kiosk asks to restart.
A restart never cuts a resident's visit short: :class:`RestartGate` (GUI thread) waits until no
visit is in progress and the attract (or out-of-service) screen shows, then quits the event
loop with :data:`EXIT_RESTART`; the unit's ``Restart=always`` starts it again. A configuration
reload that needs a restart (kiosk/services/reconfig.py) goes through the same gate.

Timing is computed by pure functions of a ``datetime`` (tested with a fake clock); the worker
only asks them what is due every ``check_s`` seconds.

Exceptions: none escape the worker; a failing action is logged and tried again the next day.
"""

from __future__ import annotations

import logging
import logging.handlers
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from time import monotonic as _monotonic
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal, Slot

log = logging.getLogger(__name__)

__all__ = [
    "EXIT_RESTART",
    "MaintenancePlan",
    "MaintenanceService",
    "RestartGate",
    "in_hours",
    "next_at",
    "parse_hhmm",
    "parse_hours",
    "rotate_logs",
]

#: Exit code of a planned restart (EX_TEMPFAIL); the unit restarts on any exit.
EXIT_RESTART = 75
#: A process younger than this does not take the nightly restart (it just started).
MIN_UPTIME = timedelta(minutes=30)


# ------------------------------------------------------------------------------ pure timing


def parse_hhmm(text: str) -> time:
    """``"03:30"`` → 03:30; ``"24:00"`` is the end of the day (23:59:59.999999)."""
    hours, sep, minutes = text.strip().partition(":")
    if not sep or not hours.isdigit() or not minutes.isdigit() or len(minutes) != 2:
        raise ValueError(f"{text!r} is not a time like 03:30")
    h, m = int(hours), int(minutes)
    if (h, m) == (24, 0):
        return time.max
    if not (0 <= h <= 23 and 0 <= m <= 59):
        raise ValueError(f"{text!r} is not a time of day")
    return time(h, m)


def parse_hours(text: str) -> tuple[time, time]:
    """``"06:00-23:00"`` → (06:00, 23:00); an overnight range like ``"22:00-06:00"`` is fine."""
    start, sep, end = text.partition("-")
    if not sep:
        raise ValueError(f"{text!r} is not a range like 06:00-23:00")
    first, last = parse_hhmm(start), parse_hhmm(end)
    if first == last:
        raise ValueError(f"{text!r} is an empty range")
    return first, last


def in_hours(moment: datetime | time, hours: tuple[time, time]) -> bool:
    """Whether ``moment``'s time of day lies in [start, end) (wrapping past midnight)."""
    t = moment.time() if isinstance(moment, datetime) else moment
    start, end = hours
    if start < end:
        return start <= t < end
    return t >= start or t < end


def next_at(after: datetime, at: time) -> datetime:
    """The first moment strictly after ``after`` whose time of day is ``at``."""
    candidate = datetime.combine(after.date(), at, tzinfo=after.tzinfo)
    if candidate <= after:
        candidate = datetime.combine(after.date() + timedelta(days=1), at, tzinfo=after.tzinfo)
    return candidate


@dataclass
class MaintenancePlan:
    """When the next daily run and the next restart are due (from the process start)."""

    daily_at: time
    restart_at: time | None  # None: no nightly restart
    started: datetime
    next_daily: datetime
    next_restart: datetime | None
    restart_requested: bool = False

    @classmethod
    def create(cls, cfg: Any, started: datetime) -> MaintenancePlan:
        """From a :class:`kiosk.config.MaintenanceConfig` and the process start time."""
        daily = parse_hhmm(cfg.daily_at)
        restart = parse_hhmm(cfg.restart_at) if cfg.nightly_restart else None
        first_restart = None
        if restart is not None:
            # Never restart within MIN_UPTIME of starting: the next occurrence after that.
            first_restart = next_at(started + MIN_UPTIME - timedelta(microseconds=1), restart)
        return cls(daily, restart, started, next_at(started, daily), first_restart)

    def due(self, now: datetime) -> list[str]:
        """What is due at ``now`` (``"daily"``, ``"restart"``); advances the plan past it."""
        actions: list[str] = []
        if now >= self.next_daily:
            actions.append("daily")
            self.next_daily = next_at(now, self.daily_at)
        if self.next_restart is not None and now >= self.next_restart:
            if not self.restart_requested:
                actions.append("restart")
                self.restart_requested = True
            assert self.restart_at is not None
            self.next_restart = next_at(now, self.restart_at)
        return actions


# ------------------------------------------------------------------------------ actions


def rotate_logs(root: logging.Logger | None = None) -> int:
    """Roll over every non-empty rotating log file of ``root``; returns how many rolled."""
    rolled = 0
    for handler in (root or logging.getLogger()).handlers:
        if not isinstance(handler, logging.handlers.RotatingFileHandler):
            continue
        if handler.backupCount < 1:
            continue  # a rollover would only truncate the file
        handler.acquire()
        try:
            stream = handler.stream
            if stream is not None and stream.tell() == 0:
                continue  # nothing written since the last rollover
            handler.doRollover()
            rolled += 1
        finally:
            handler.release()
    return rolled


class MaintenanceService:
    """The worker that runs what :class:`MaintenancePlan` says is due."""

    def __init__(
        self,
        cfg: Any,
        *,
        refresh_catalogue: Callable[[], None] | None,
        request_restart: Callable[[str], None],
        rotate: Callable[[], int] = rotate_logs,
        clock: Callable[[], datetime] = datetime.now,
        check_s: float = 30.0,
    ) -> None:
        self._clock = clock
        self._refresh = refresh_catalogue
        self._request_restart = request_restart
        self._rotate = rotate
        self._check_s = check_s
        self._lock = threading.Lock()
        self.plan = MaintenancePlan.create(cfg, clock())
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.runs: list[tuple[str, datetime]] = []

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="maintenance", daemon=True)
            self._thread.start()

    def stop(self, timeout: float = 3.0) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def update(self, cfg: Any) -> None:
        """New maintenance settings (configuration reload); timing restarts from the old start."""
        with self._lock:
            self.plan = MaintenancePlan.create(cfg, self.plan.started)

    def _run(self) -> None:
        while not self._stop.wait(self._check_s):
            self.check()

    def check(self) -> list[str]:
        """Run whatever is due now (the worker calls this; tests call it with a fake clock)."""
        now = self._clock()
        with self._lock:
            actions = self.plan.due(now)
        for action in actions:
            self.runs.append((action, now))
            try:
                if action == "daily":
                    rolled = self._rotate()
                    if self._refresh is not None:
                        self._refresh()
                    log.info(
                        "daily maintenance: %d log file(s) rolled, catalogue sync asked", rolled
                    )
                elif action == "restart":
                    log.info("nightly restart due; waiting for no visit in progress")
                    self._request_restart("nightly restart")
            except Exception:
                log.exception("maintenance action %s failed", action)
        return actions


# ------------------------------------------------------------------------------ the gate


class RestartGate(QObject):
    """Restarts the kiosk once no visit is in progress. Lives on the GUI thread.

    Connect worker signals to :meth:`request` (queued: it runs here). ``is_idle`` says whether
    a restart would interrupt nobody (no session, attract or out-of-service screen); ``quit``
    ends the event loop with an exit code. While a restart is pending and the kiosk is busy the
    gate looks again every ``grace_s``, and never sooner than ``grace_s`` after a visit ended
    (the "take your ID card" reminder stays on screen).
    """

    #: a restart is pending (reason), for the status line and tests
    pending = Signal(str)

    def __init__(
        self,
        *,
        is_idle: Callable[[], bool],
        quit: Callable[[int], None],
        grace_s: float = 30.0,
        clock: Callable[[], float] = _monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._is_idle = is_idle
        self._quit = quit
        self._grace_s = grace_s
        self._clock = clock
        self._visit_ended_at: float | None = None
        self.reason = ""
        self.restarting = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(max(1, round(grace_s * 1000)))
        self._timer.timeout.connect(self._try)

    @Slot(str)
    def request(self, reason: str) -> None:
        if self.restarting:
            return
        if not self.reason:
            log.info("restart requested: %s", reason)
            self.reason = reason
            self.pending.emit(reason)
        self._try()

    @Slot()
    def visit_started(self) -> None:
        self._visit_ended_at = None

    @Slot(str)
    def visit_ended(self, _reason: str = "") -> None:
        self._visit_ended_at = self._clock()
        if self.reason:
            self._timer.start()

    def _try(self) -> None:
        if not self.reason or self.restarting:
            return
        ended = self._visit_ended_at
        recent = ended is not None and self._clock() - ended < self._grace_s
        if recent or not self._is_idle():
            self._timer.start()
            return
        self.restarting = True
        log.info("restarting the kiosk: %s", self.reason)
        self._quit(EXIT_RESTART)
