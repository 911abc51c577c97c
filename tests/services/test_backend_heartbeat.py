"""Heartbeats and platform commands, against the real reference platform on loopback."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from central.auth import new_key_file
from central.server import run_in_thread
from kiosk.backend import Backend
from kiosk.config import load_config

KIOSK_ID = "KIOSK-TEST-0001"


@pytest.fixture
def server(tmp_path: Path):
    keys = tmp_path / "keys"
    key_file = new_key_file(keys, KIOSK_ID)
    handle = run_in_thread(port=0, db=tmp_path / "central.db", keys_dir=keys)
    yield handle, key_file
    handle.stop()


@pytest.fixture
def backend(qapp, server, tmp_path: Path):
    handle, key_file = server
    config = load_config(
        env={
            "KIOSK__KIOSK__ID": KIOSK_ID,
            "KIOSK__KIOSK__DEMO": "false",
            "KIOSK__KIOSK__DATA_DIR": str(tmp_path / "var"),
            "KIOSK__PLATFORM__BASE_URL": handle.url,
            "KIOSK__PLATFORM__KEY_FILE": str(key_file),
            "KIOSK__PLATFORM__HEARTBEAT_INTERVAL_S": "3600",
            "KIOSK__DEVICES__CABINET__ENABLED": "false",
        }
    )
    b = Backend(config)
    b.record_device_status("printer", {"state": "online", "sub": {"paper": "low"}})
    b.start()
    yield b
    b.stop()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_heartbeat(qtbot, backend: Backend) -> None:
    qtbot.waitUntil(
        lambda: backend.heartbeat is not None and backend.heartbeat.sent >= 1, timeout=30_000
    )


def command_status(handle, command_id: str) -> str:
    rows = handle.platform.commands(KIOSK_ID)
    return next(r["status"] for r in rows if r["command_id"] == command_id)


def test_first_heartbeat_is_sent_at_start(qtbot, backend):
    wait_heartbeat(qtbot, backend)
    assert backend.heartbeat.failed == 0


def test_heartbeat_payload_carries_devices_queue_and_versions(qtbot, backend):
    wait_heartbeat(qtbot, backend)
    payload = backend._heartbeat_payload()
    assert payload["devices"]["printer"]["sub"]["paper"] == "low"
    assert payload["queue_depth"] >= 0
    assert payload["versions"]["kiosk"]
    assert payload["disk_free_mb"] > 0


def test_maintenance_command_is_applied_and_acknowledged_once(qtbot, backend, server):
    handle, _ = server
    wait_heartbeat(qtbot, backend)
    command_id = handle.platform.queue_command(KIOSK_ID, "maintenance_on")
    with qtbot.waitSignal(backend.maintenanceRequested, timeout=30_000) as signal:
        backend.heartbeat.beat_now()
    assert signal.args == [True]
    qtbot.waitUntil(lambda: command_status(handle, command_id) == "applied", timeout=30_000)


def test_reload_config_with_nothing_changed_is_acknowledged(qtbot, backend, server):
    # Changed, invalid and restart-needing reloads: tests/services/test_reload_config.py.
    handle, _ = server
    wait_heartbeat(qtbot, backend)
    command_id = handle.platform.queue_command(KIOSK_ID, "reload_config")
    backend.heartbeat.beat_now()
    qtbot.waitUntil(lambda: command_status(handle, command_id) == "applied", timeout=30_000)
    stored = next(r for r in handle.platform.commands(KIOSK_ID) if r["command_id"] == command_id)
    assert stored["message"] == "configuration unchanged"


def test_heartbeat_failure_is_counted_not_raised(qtbot, qapp, tmp_path):
    key_file = new_key_file(tmp_path / "keys", KIOSK_ID)
    config = load_config(
        env={
            "KIOSK__KIOSK__ID": KIOSK_ID,
            "KIOSK__KIOSK__DEMO": "false",
            "KIOSK__KIOSK__DATA_DIR": str(tmp_path / "var"),
            "KIOSK__PLATFORM__BASE_URL": f"http://127.0.0.1:{free_port()}",
            "KIOSK__PLATFORM__KEY_FILE": str(key_file),
            "KIOSK__PLATFORM__CONNECT_TIMEOUT_S": "0.5",
            "KIOSK__DEVICES__CABINET__ENABLED": "false",
        }
    )
    b = Backend(config)
    b.start()
    try:
        qtbot.waitUntil(lambda: b.heartbeat is not None and b.heartbeat.failed >= 1, timeout=30_000)
        assert b.heartbeat.sent == 0
    finally:
        b.stop()
