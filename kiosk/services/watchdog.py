"""Telling the service manager the kiosk is alive: ``sd_notify`` pinged from the GUI thread.

The unit (``deploy/gov-kiosk.service``) is ``Type=notify`` with ``WatchdogSec=``: the service
manager passes ``NOTIFY_SOCKET`` (a unix datagram socket; ``@name`` is an abstract socket) and
``WATCHDOG_USEC``. The kiosk sends:

* ``READY=1`` once the first frame is on screen and the UI is interactive;
* ``WATCHDOG=1`` every ``WATCHDOG_USEC / 2`` from a timer **on the GUI thread**: a GUI thread
  that hangs stops the pings, and the manager kills (SIGABRT, then SIGKILL) and restarts the
  kiosk. A hung worker thread does not stop them; workers have their own timeouts;
* ``STATUS=...`` (one line, no personal data) whenever it changes, and ``STOPPING=1`` on exit.

The kiosk runs under the ``cage`` compositor, so the service's main process is cage and the
kiosk is its child: the unit says ``NotifyAccess=all``, and ``WATCHDOG_PID`` (cage's pid) is
accepted when it is our parent's pid. Without ``NOTIFY_SOCKET`` everything here is a no-op.

SIGABRT on a hang: :func:`start_watchdog` enables :mod:`faulthandler` into
``<log dir>/faulthandler.log``, so the killed process leaves the Python stack of every thread
(where the GUI thread was stuck) for the technician.

Test hook (honoured only when ``KIOSK_TEST_HOOKS=1``): ``SIGUSR2`` or
``KIOSK_TEST_FREEZE_AFTER_S=<s>`` makes the GUI thread sleep forever, as a hang would.

Exceptions: none escape; a notification that cannot be sent is logged once and dropped.
"""

from __future__ import annotations

import faulthandler
import logging
import os
import signal
import socket
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, TextIO

log = logging.getLogger(__name__)

__all__ = [
    "SdNotifier",
    "Watchdog",
    "install_test_hooks",
    "start_watchdog",
    "watchdog_interval_s",
]

TEST_HOOKS_ENV = "KIOSK_TEST_HOOKS"
FREEZE_AFTER_ENV = "KIOSK_TEST_FREEZE_AFTER_S"


class SdNotifier:
    """Sends ``sd_notify`` datagrams to ``NOTIFY_SOCKET`` (path or ``@abstract``)."""

    def __init__(self, address: str) -> None:
        if address.startswith("@"):
            # Abstract namespace: a leading NUL byte instead of "@".
            self.address: str | bytes = b"\0" + address[1:].encode()
        else:
            self.address = address
        self._sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM | socket.SOCK_CLOEXEC)
        self._warned = False

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> SdNotifier | None:
        address = (os.environ if env is None else env).get("NOTIFY_SOCKET", "")
        if not address or not (address.startswith("/") or address.startswith("@")):
            return None
        return cls(address)

    def notify(self, *assignments: str) -> bool:
        """Send ``KEY=value`` lines in one datagram; False when it could not be sent."""
        message = "\n".join(a.replace("\n", " ") for a in assignments).encode()
        try:
            self._sock.sendto(message, self.address)
        except OSError as exc:
            if not self._warned:
                log.warning("sd_notify to the service manager failed: %s", exc.strerror or exc)
                self._warned = True
            return False
        return True

    def close(self) -> None:
        self._sock.close()


def watchdog_interval_s(env: Mapping[str, str] | None = None) -> float | None:
    """The service manager's watchdog period in seconds, or None when no watchdog is asked.

    Like ``sd_watchdog_enabled()``, except that ``WATCHDOG_PID`` may also be our parent
    (cage is the service's main process and the kiosk its child).
    """
    env = os.environ if env is None else env
    try:
        usec = int(env.get("WATCHDOG_USEC", "0"))
    except ValueError:
        return None
    if usec <= 0:
        return None
    pid = env.get("WATCHDOG_PID", "")
    if pid and pid not in {str(os.getpid()), str(os.getppid())}:
        return None
    return usec / 1_000_000


class Watchdog:
    """READY, STATUS and WATCHDOG pings for one kiosk process. Create on the GUI thread."""

    def __init__(
        self,
        notifier: SdNotifier | None,
        interval_s: float | None,
        *,
        status: Callable[[], str] | None = None,
    ) -> None:
        from PySide6.QtCore import Qt, QTimer

        self._notifier = notifier
        self.interval_s = interval_s
        self._status = status
        self._last_status = ""
        self.pings = 0
        self.ready_sent = False
        self._timer = QTimer()
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        if interval_s:
            # Half the period, as sd_watchdog_enabled(3) recommends; at least every 50 ms apart.
            self._timer.setInterval(max(50, round(interval_s * 1000 / 2)))
        self._timer.timeout.connect(self._ping)

    @property
    def enabled(self) -> bool:
        return self._notifier is not None

    def ready(self) -> None:
        """The UI is interactive: READY=1, first status, and start pinging."""
        if self._notifier is None or self.ready_sent:
            return
        self.ready_sent = True
        self._last_status = self._current_status()
        self._notifier.notify("READY=1", f"STATUS={self._last_status}", f"MAINPID={os.getpid()}")
        if self.interval_s:
            self._notifier.notify("WATCHDOG=1")
            self._timer.start()
        log.info(
            "service manager told: ready (watchdog %s)",
            f"{self.interval_s:g} s" if self.interval_s else "off",
        )

    def _current_status(self) -> str:
        if self._status is None:
            return "serving"
        try:
            return self._status()[:200]
        except Exception:  # a status must never stop the pings
            log.exception("watchdog status failed")
            return "serving"

    def _ping(self) -> None:
        if self._notifier is None:
            return
        lines = ["WATCHDOG=1"]
        status = self._current_status()
        if status != self._last_status:
            self._last_status = status
            lines.append(f"STATUS={status}")
        self._notifier.notify(*lines)
        self.pings += 1

    def stop(self) -> None:
        self._timer.stop()
        if self._notifier is not None:
            self._notifier.notify("STOPPING=1", "STATUS=stopping")
            self._notifier.close()
            self._notifier = None


def start_watchdog(
    window: Any,
    *,
    log_dir: Path | None = None,
    status: Callable[[], str] | None = None,
    env: Mapping[str, str] | None = None,
) -> Watchdog:
    """A :class:`Watchdog` that sends READY after ``window``'s next frame (GUI thread)."""
    from PySide6.QtCore import QTimer

    env = os.environ if env is None else env
    notifier = SdNotifier.from_env(env)
    watchdog = Watchdog(notifier, watchdog_interval_s(env), status=status)
    if notifier is not None and log_dir is not None:
        _enable_faulthandler(log_dir)
    if env.get(TEST_HOOKS_ENV) == "1":
        install_test_hooks(env)
    if notifier is None:
        return watchdog

    def first_frame() -> None:
        window.frameSwapped.disconnect(first_frame)
        # Queued: READY goes out from the GUI thread once the frame is on screen.
        QTimer.singleShot(0, watchdog.ready)

    window.frameSwapped.connect(first_frame)
    window.requestUpdate()
    return watchdog


_FAULT_FILE: list[TextIO] = []


def _enable_faulthandler(log_dir: Path) -> None:
    if _FAULT_FILE:
        return
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        handle = (log_dir / "faulthandler.log").open("a", encoding="utf-8")
        handle.write(f"--- kiosk pid {os.getpid()} started {time.strftime('%FT%T%z')}\n")
        handle.flush()
    except OSError as exc:
        log.warning("faulthandler log not available: %s", exc.strerror or exc)
        return
    _FAULT_FILE.append(handle)
    faulthandler.enable(file=handle, all_threads=True)


def _freeze(*_args: object) -> None:
    """Test hook: the GUI thread hangs for good (as a deadlock would)."""
    log.warning("test hook: freezing the GUI thread")
    while True:
        time.sleep(3600)


def install_test_hooks(env: Mapping[str, str] | None = None) -> None:
    """SIGUSR2 / ``KIOSK_TEST_FREEZE_AFTER_S`` freeze the GUI thread; only with the test env."""
    from PySide6.QtCore import QTimer

    env = os.environ if env is None else env
    if env.get(TEST_HOOKS_ENV) != "1":
        return
    # Python runs signal handlers on the main (GUI) thread: the handler itself hangs it.
    signal.signal(signal.SIGUSR2, _freeze)
    after = env.get(FREEZE_AFTER_ENV, "")
    if after:
        QTimer.singleShot(round(float(after) * 1000), _freeze)
