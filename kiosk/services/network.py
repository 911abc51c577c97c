"""Is the central platform reachable? Checked on a worker thread, reported by a Qt signal.

This is a plain TCP reachability probe of the configured platform address, enough for the
status bar. The platform client (catalogue sync, outbox drain) reports its own, richer errors.

Lesson: never resolve names or connect from the GUI thread; a dead DNS server or a black-holed
route stalls ``connect`` for seconds, and a frozen touchscreen looks broken to a resident.
"""

from __future__ import annotations

import logging
import socket
import threading
from urllib.parse import urlsplit

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)


def platform_address(base_url: str) -> tuple[str, int]:
    parts = urlsplit(base_url)
    if not parts.hostname:
        raise ValueError(f"platform URL has no host: {base_url!r}")
    port = parts.port or (443 if parts.scheme == "https" else 80)
    return parts.hostname, port


def probe(host: str, port: int, timeout_s: float) -> bool:
    try:
        with socket.create_connection((host, port), timeout=timeout_s):
            return True
    except OSError:
        return False


class ReachabilityMonitor(QObject):
    """Probes ``base_url`` every ``interval_s`` and emits ``stateChanged('online'|'offline')``."""

    stateChanged = Signal(str)

    def __init__(
        self,
        base_url: str,
        interval_s: float = 10.0,
        timeout_s: float = 2.0,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._host, self._port = platform_address(base_url)
        self._interval = interval_s
        self._timeout = timeout_s
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._thread: threading.Thread | None = None
        self._state = "unknown"

    @property
    def state(self) -> str:
        return self._state

    def start(self) -> None:
        if self._thread is not None:
            return
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="net-probe", daemon=True)
        self._thread.start()

    def check_now(self) -> None:
        self._wake.set()

    def stop(self, timeout: float = 3.0) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def _run(self) -> None:
        while not self._stop.is_set():
            state = "online" if probe(self._host, self._port, self._timeout) else "offline"
            if state != self._state:
                self._state = state
                log.info("platform %s:%d is %s", self._host, self._port, state)
                self.stateChanged.emit(state)
            self._wake.wait(self._interval)
            self._wake.clear()
