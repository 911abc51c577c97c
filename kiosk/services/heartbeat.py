"""Heartbeats to the platform and the commands that come back with them.

Every ``interval_s`` (and at once after start) a worker thread sends ``POST /heartbeat`` with
device states, outbox depth, oldest queued age, dead letters, free disk, versions and the local
clock. The answer may carry commands (``maintenance_on``, ``maintenance_off``,
``refresh_catalogue``, ``reload_config``); each is handed to ``on_command`` (which decides and
returns ``(applied, message)``) and acknowledged through the outbox (kind ``command_ack``, so
an acknowledgement survives a crash and is sent once). A command id seen before is not applied
again (the platform repeats unacknowledged commands).

The heartbeat itself is telemetry, not a state change: it is sent directly, never queued, and a
failed one is simply replaced by the next.

Exceptions: none escape the worker; platform errors are logged (without payloads) and counted.
"""

from __future__ import annotations

import logging
import shutil
import threading
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

CommandHandler = Callable[[str, Mapping[str, Any]], tuple[bool, str]]


class HeartbeatService:
    def __init__(
        self,
        platform: Any,
        *,
        collect: Callable[[], dict[str, Any]],
        on_command: CommandHandler,
        enqueue_ack: Callable[[str, bool, str], None],
        interval_s: float = 60.0,
    ) -> None:
        self._platform = platform
        self._collect = collect
        self._on_command = on_command
        self._enqueue_ack = enqueue_ack
        self._interval = interval_s
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._thread: threading.Thread | None = None
        self._seen: set[str] = set()
        self.sent = 0
        self.failed = 0

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="heartbeat", daemon=True)
            self._thread.start()

    def set_interval(self, interval_s: float) -> None:
        """A new period (configuration reload); it takes effect after the current wait."""
        self._interval = interval_s

    def beat_now(self) -> None:
        self._wake.set()

    def stop(self, timeout: float = 3.0) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def _run(self) -> None:
        while not self._stop.is_set():
            self.beat_once()
            self._wake.wait(self._interval)
            self._wake.clear()

    def beat_once(self) -> None:
        try:
            answer = self._platform.heartbeat(self._collect())
        except Exception as exc:  # platform down: the next beat will tell
            self.failed += 1
            log.info("heartbeat not delivered: %s", type(exc).__name__)
            return
        self.sent += 1
        for command in answer.get("commands") or []:
            self._apply(command)

    def _apply(self, command: Mapping[str, Any]) -> None:
        command_id = str(command.get("command_id", ""))
        kind = str(command.get("type", ""))
        if not command_id or command_id in self._seen:
            return
        self._seen.add(command_id)
        try:
            applied, message = self._on_command(kind, command.get("args") or {})
        except Exception as exc:
            log.exception("command %s failed", kind)
            applied, message = False, f"failed: {type(exc).__name__}"
        log.info("platform command %s %s", kind, "applied" if applied else "refused")
        self._enqueue_ack(command_id, applied, message)


def disk_free_mb(path: Path) -> int:
    try:
        return shutil.disk_usage(path).free // (1024 * 1024)
    except OSError:
        return -1


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
