"""A kiosk whose GUI thread hangs is killed by the watchdog and restarted, and serves again.

The real kiosk process (``python -m kiosk --headless``, non-demo, against the reference
platform on loopback) runs under ``deploy/supervise.py``, the stand-in for systemd's
``Type=notify`` + ``WatchdogSec`` + ``Restart=always`` (this machine's systemd is not PID 1, so
``systemd-run --user`` cannot be used; ``systemd-notify`` can, see test_supervise_notify.py).
The test freezes the kiosk's GUI thread with the test-only SIGUSR2 hook; the pings stop, the
supervisor sends SIGABRT, starts the kiosk again, and the new process sends READY and
heartbeats to the platform.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from central.auth import new_key_file
from central.server import ServerHandle, run_in_thread

ROOT = Path(__file__).resolve().parents[2]
KIOSK_ID = "KIOSK-WDOG-0001"
WATCHDOG_S = 3.0
START_S = 60.0  # a cold kiosk start on a loaded 2-core machine


@pytest.fixture
def platform(tmp_path: Path) -> Iterator[tuple[ServerHandle, Path]]:
    keys = tmp_path / "keys"
    key_file = new_key_file(keys, KIOSK_ID)
    handle = run_in_thread(port=0, db=tmp_path / "central.db", keys_dir=keys)
    yield handle, key_file
    handle.stop()


def kiosk_env(tmp_path: Path, base_url: str, key_file: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("KIOSK")}
    env.update(
        {
            "QT_QPA_PLATFORM": "offscreen",
            "KIOSK_TEST_HOOKS": "1",
            "KIOSK__KIOSK__ID": KIOSK_ID,
            "KIOSK__KIOSK__DEMO": "false",
            "KIOSK__KIOSK__DATA_DIR": str(tmp_path / "var"),
            "KIOSK__LOGGING__DIR": str(tmp_path / "log"),
            "KIOSK__UI__FULLSCREEN": "false",
            "KIOSK__PLATFORM__BASE_URL": base_url,
            "KIOSK__PLATFORM__KEY_FILE": str(key_file),
            "KIOSK__PLATFORM__HEARTBEAT_INTERVAL_S": "5",
        }
    )
    for device in ("presence", "printer", "idcard", "camera", "cabinet"):
        env[f"KIOSK__DEVICES__{device.upper()}__ENABLED"] = "false"
    return env


class Events:
    """The supervisor's JSON-line event log, read as it grows."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.seen: list[dict[str, Any]] = []

    def read(self) -> list[dict[str, Any]]:
        if self.path.exists():
            lines = self.path.read_text(encoding="utf-8").splitlines()
            self.seen = [json.loads(line) for line in lines if line.strip()]
        return self.seen

    def wait(self, event: str, timeout: float, **match: Any) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for record in self.read():
                if record["event"] == event and all(record.get(k) == v for k, v in match.items()):
                    return record
            time.sleep(0.05)
        raise AssertionError(f"no {event} {match} within {timeout} s; events: {self.read()}")


def heartbeat_of(handle: ServerHandle) -> dict[str, Any] | None:
    for record in handle.platform.fleet():
        if record["kiosk_id"] == KIOSK_ID:
            return record["heartbeat"]
    return None


def wait_heartbeat(handle: ServerHandle, timeout: float, not_started_at: str | None = None) -> dict:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        hb = heartbeat_of(handle)
        if hb is not None and hb.get("started_at") and hb["started_at"] != not_started_at:
            return hb
        time.sleep(0.1)
    raise AssertionError(f"no heartbeat from a kiosk started after {not_started_at}")


@pytest.fixture
def supervised(platform, tmp_path: Path) -> Iterator[tuple[Events, ServerHandle, Path]]:
    handle, key_file = platform
    events = Events(tmp_path / "events.jsonl")
    command = [
        sys.executable,
        str(ROOT / "deploy" / "supervise.py"),
        "--watchdog-sec",
        str(WATCHDOG_S),
        "--restart-sec",
        "1",
        "--timeout-abort-sec",
        "5",
        "--timeout-start-sec",
        str(START_S),
        "--abstract",
        "--events",
        str(events.path),
        "--",
        sys.executable,
        "-m",
        "kiosk",
        "--headless",
    ]
    process = subprocess.Popen(
        command, cwd=ROOT, env=kiosk_env(tmp_path, handle.url, key_file), start_new_session=True
    )
    try:
        yield events, handle, tmp_path
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=10)


def test_a_frozen_gui_thread_is_restarted_and_serves_again(supervised, record_property):
    events, handle, tmp_path = supervised
    first = events.wait("ready", START_S)
    first_pid = first["pid"]
    before = wait_heartbeat(handle, START_S)
    assert before["heartbeat_interval_s"] == 5

    os.kill(first_pid, signal.SIGUSR2)  # the GUI thread now sleeps forever

    timeout = events.wait("watchdog_timeout", WATCHDOG_S + 15, pid=first_pid)
    exited = events.wait("exited", 30, pid=first_pid)
    assert exited.get("signal") == "SIGABRT"
    new_pid = _next_pid(events, first_pid)
    again = events.wait("ready", START_S, pid=new_pid)
    after = wait_heartbeat(handle, START_S, not_started_at=before["started_at"])
    assert after["started_at"] > before["started_at"]

    restart_s = again["t"] - timeout["t"]
    detect_s = timeout["since_ping_s"]
    record_property("watchdog_detect_s", detect_s)
    record_property("watchdog_kill_to_ready_s", round(restart_s, 2))
    print(
        f"\nwatchdog: no ping for {detect_s:.1f} s → SIGABRT; "
        f"killed → restarted → READY in {restart_s:.1f} s "
        f"(new process ready {again['after_s']:.1f} s after its start)"
    )
    # SIGABRT left the hung thread's Python stack for the technician.
    dump = (tmp_path / "log" / "faulthandler.log").read_text(encoding="utf-8")
    assert "_freeze" in dump


def _next_pid(events: Events, old_pid: int, timeout: float = 30.0) -> int:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for record in events.read():
            if record["event"] == "started" and record["pid"] != old_pid:
                return int(record["pid"])
        time.sleep(0.05)
    raise AssertionError(f"the kiosk was not started again: {events.read()}")
