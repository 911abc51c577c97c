"""The sd_notify client (kiosk/services/watchdog.py) and the supervisor (deploy/supervise.py)
agree with each other and with systemd's own ``systemd-notify``; small shell/python services."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from kiosk.services.watchdog import SdNotifier, Watchdog, start_watchdog, watchdog_interval_s

ROOT = Path(__file__).resolve().parents[2]
SUPERVISE = ROOT / "deploy" / "supervise.py"


def supervise(tmp_path: Path, *options: str, service: list[str], timeout: float = 60) -> list:
    events = tmp_path / "events.jsonl"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    subprocess.run(
        [sys.executable, str(SUPERVISE), "--events", str(events), *options, "--", *service],
        cwd=ROOT,
        env=env,
        timeout=timeout,
        check=False,
    )
    return [json.loads(line) for line in events.read_text().splitlines()]


def names(events: list[dict[str, Any]]) -> list[str]:
    return [e["event"] for e in events if e["event"] != "status"]


# ------------------------------------------------------------------------------ the client


def test_no_notify_socket_means_no_notifier():
    assert SdNotifier.from_env({}) is None
    assert SdNotifier.from_env({"NOTIFY_SOCKET": "relative/path"}) is None


@pytest.mark.parametrize("abstract", [False, True])
def test_notifier_sends_one_datagram(tmp_path, abstract):
    server = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    if abstract:
        name = f"gov-kiosk-test-{os.getpid()}"
        server.bind(b"\0" + name.encode())
        address = "@" + name
    else:
        address = str(tmp_path / "notify")
        server.bind(address)
    server.settimeout(5)
    try:
        notifier = SdNotifier.from_env({"NOTIFY_SOCKET": address})
        assert notifier is not None
        assert notifier.notify("READY=1", "STATUS=in service\nsecond line")
        assert server.recv(4096) == b"READY=1\nSTATUS=in service second line"
        notifier.close()
    finally:
        server.close()


def test_notifier_to_a_vanished_socket_reports_failure(tmp_path):
    notifier = SdNotifier(str(tmp_path / "gone"))
    assert notifier.notify("WATCHDOG=1") is False


def test_watchdog_interval_rules():
    assert watchdog_interval_s({}) is None
    assert watchdog_interval_s({"WATCHDOG_USEC": "20000000"}) == 20.0
    assert watchdog_interval_s({"WATCHDOG_USEC": "junk"}) is None
    mine = {"WATCHDOG_USEC": "4000000", "WATCHDOG_PID": str(os.getpid())}
    assert watchdog_interval_s(mine) == 4.0
    # cage is the main process and we are its child: our parent's pid counts as ours.
    assert watchdog_interval_s({**mine, "WATCHDOG_PID": str(os.getppid())}) == 4.0
    assert watchdog_interval_s({**mine, "WATCHDOG_PID": "1"}) is None


def test_watchdog_pings_from_the_gui_thread_with_status_changes(qtbot, tmp_path):
    server = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    server.bind(str(tmp_path / "notify"))
    server.settimeout(5)
    status = ["in service"]
    watchdog = Watchdog(SdNotifier(str(tmp_path / "notify")), 0.2, status=lambda: status[0])
    try:
        watchdog.ready()
        first = server.recv(4096).decode()
        assert first.startswith("READY=1\nSTATUS=in service\nMAINPID=")
        assert server.recv(4096) == b"WATCHDOG=1"
        qtbot.waitUntil(lambda: watchdog.pings >= 2, timeout=5000)
        assert server.recv(4096) == b"WATCHDOG=1"
        status[0] = "maintenance"
        qtbot.waitUntil(lambda: watchdog.pings >= 4, timeout=5000)
        received = [server.recv(4096) for _ in range(2)]
        assert b"WATCHDOG=1\nSTATUS=maintenance" in received
    finally:
        watchdog.stop()
        server.close()


def test_start_watchdog_without_a_manager_is_a_no_op(qapp):
    class Window:
        def requestUpdate(self) -> None:  # pragma: no cover - must not be called
            raise AssertionError

    watchdog = start_watchdog(Window(), env={})
    assert not watchdog.enabled
    watchdog.ready()
    watchdog.stop()


# ------------------------------------------------------------------------------ the supervisor


@pytest.mark.skipif(shutil.which("systemd-notify") is None, reason="no systemd-notify")
def test_systemd_notify_from_a_child_is_accepted_with_notify_access_all(tmp_path):
    service = ["sh", "-c", "systemd-notify --ready --status=up; sleep 0.2; exit 3"]
    events = supervise(tmp_path, "--restart", "no", "--notify-access", "all", service=service)
    assert names(events) == ["started", "ready", "exited", "stopped"]
    assert events[-2]["code"] == 3
    assert {"event": "status", "status": "up"}.items() <= next(
        e for e in events if e["event"] == "status"
    ).items()


def test_notify_access_main_ignores_a_child_and_times_out(tmp_path):
    # (systemd-notify would send with its parent's pid - the main process - when run as root.)
    child = f'{sys.executable} -c "{READY}"'
    events = supervise(
        tmp_path,
        "--restart",
        "no",
        "--notify-access",
        "main",
        "--timeout-start-sec",
        "1.5",
        service=["sh", "-c", f"{child}; sleep 30"],
    )
    assert names(events) == ["started", "ignored", "start_timeout", "exited", "stopped"]
    assert events[-2]["signal"] == "SIGTERM"


READY = "from kiosk.services.watchdog import SdNotifier; SdNotifier.from_env().notify('READY=1')"
SILENT_AFTER_READY = (
    "import time; from kiosk.services.watchdog import SdNotifier; "
    "n = SdNotifier.from_env(); n.notify('READY=1'); time.sleep(30)"
)


# sd_notify_barrier(): BARRIER=1 with the write end of a pipe; the manager closes it on receipt.
# Sent by a child of the main process, like systemd-notify's barrier after its message.
BARRIER = """
import array, os, select, socket, sys
address = os.environ['NOTIFY_SOCKET']
address = b'\\0' + address[1:].encode() if address.startswith('@') else address
read_end, write_end = os.pipe()
with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as sock:
    fds = array.array('i', [write_end]).tobytes()
    sock.sendmsg([b'BARRIER=1'], [(socket.SOL_SOCKET, socket.SCM_RIGHTS, fds)], 0, address)
os.close(write_end)
poller = select.poll()
poller.register(read_end, select.POLLHUP)
sys.exit(0 if poller.poll(5000) else 4)
"""
READY_THEN_CHILD_BARRIER = (
    "import subprocess, sys; from kiosk.services.watchdog import SdNotifier; "
    "SdNotifier.from_env().notify('READY=1'); "
    f"sys.exit(subprocess.run([sys.executable, '-c', {BARRIER!r}]).returncode)"
)


@pytest.mark.parametrize("access", ["main", "all"])
def test_a_barrier_is_released_and_not_reported(tmp_path, access):
    service = [sys.executable, "-c", READY_THEN_CHILD_BARRIER]
    events = supervise(tmp_path, "--restart", "no", "--notify-access", access, service=service)
    assert names(events) == ["started", "ready", "exited", "stopped"]
    assert events[-2]["code"] == 0  # 4: the barrier was never released


def test_missed_pings_abort_and_restart_until_the_start_limit(tmp_path):
    events = supervise(
        tmp_path,
        "--abstract",
        "--watchdog-sec",
        "0.5",
        "--restart-sec",
        "0.1",
        "--start-limit-burst",
        "2",
        service=[sys.executable, "-c", SILENT_AFTER_READY],
    )
    assert names(events) == [
        "started",
        "ready",
        "watchdog_timeout",
        "exited",
        "restarting",
        "started",
        "ready",
        "watchdog_timeout",
        "exited",
        "restarting",
        "start_limit",
        "stopped",
    ]
    assert all(e["signal"] == "SIGABRT" for e in events if e["event"] == "exited")
