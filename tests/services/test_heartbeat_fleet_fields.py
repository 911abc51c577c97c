"""The heartbeat carries what the fleet view needs: cabinet occupancy, start time, interval."""

from __future__ import annotations

from pathlib import Path

import pytest

from central.auth import new_key_file
from central.server import run_in_thread
from kiosk.backend import Backend
from kiosk.config import load_config

KIOSK_ID = "KIOSK-TEST-0003"


@pytest.fixture
def running(qapp, tmp_path: Path):
    keys = tmp_path / "keys"
    key_file = new_key_file(keys, KIOSK_ID)
    handle = run_in_thread(port=0, db=tmp_path / "central.db", keys_dir=keys)
    config = load_config(
        env={
            "KIOSK__KIOSK__ID": KIOSK_ID,
            "KIOSK__KIOSK__DEMO": "false",
            "KIOSK__KIOSK__DATA_DIR": str(tmp_path / "var"),
            "KIOSK__PLATFORM__BASE_URL": handle.url,
            "KIOSK__PLATFORM__KEY_FILE": str(key_file),
            "KIOSK__PLATFORM__HEARTBEAT_INTERVAL_S": "3600",
            "KIOSK__DEVICES__CABINET__BOARDS": "[0]",  # the plain simulator has one board
        }
    )
    backend = Backend(config)
    backend.start()
    yield backend, handle
    backend.stop()
    handle.stop()


def stored_heartbeat(handle) -> dict | None:
    for record in handle.platform.fleet():
        if record["kiosk_id"] == KIOSK_ID:
            return record["heartbeat"]
    return None


def test_heartbeat_reports_cabinet_occupancy_and_start(qtbot, running):
    backend, handle = running
    qtbot.waitUntil(lambda: backend.cabinet is not None and backend.cabinet.ready, timeout=60_000)
    backend.heartbeat.beat_now()
    qtbot.waitUntil(
        lambda: (stored_heartbeat(handle) or {}).get("cabinet", {}).get("ready") is True,
        timeout=30_000,
    )
    hb = stored_heartbeat(handle)
    cabinet = hb["cabinet"]
    assert cabinet["total"] == len(backend.cabinet.compartments()) > 0
    assert 0 <= cabinet["occupied"] <= cabinet["total"]
    assert cabinet["free"] + cabinet["occupied"] <= cabinet["total"]
    assert hb["heartbeat_interval_s"] == 3600
    assert hb["started_at"].endswith("+00:00") and hb["uptime_s"] >= 0


def test_no_cabinet_reports_none(qtbot, qapp, tmp_path):
    config = load_config(
        env={
            "KIOSK__KIOSK__DATA_DIR": str(tmp_path / "var"),
            "KIOSK__DEVICES__CABINET__ENABLED": "false",
        }
    )
    backend = Backend(config)
    assert backend._cabinet_summary() is None
    backend.stop()
