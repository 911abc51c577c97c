"""Starting the platform: the kiosk's demo launcher, the command line, key-file permissions."""

from __future__ import annotations

import socket
import subprocess
import sys
from pathlib import Path

import requests
from central_support import Kiosk

from central.demo import ensure_demo_platform
from central.server import bind_socket, run_in_thread

ROOT = Path(__file__).resolve().parents[2]


def test_demo_platform_creates_a_private_key_and_answers(tmp_path):
    base_url, key_path, stop = ensure_demo_platform(tmp_path, "KIOSK-DEMO-0001")
    try:
        assert key_path == tmp_path / "secrets" / "KIOSK-DEMO-0001.key"
        assert key_path.stat().st_mode & 0o777 == 0o600
        kiosk = Kiosk(base_url, "KIOSK-DEMO-0001", bytes.fromhex(key_path.read_text().strip()))
        assert kiosk.get("/api/v1/items/3701-RSJ-0001").status_code == 200
    finally:
        stop()
    assert (tmp_path / "central" / "central.db").exists()


def test_demo_platform_keeps_key_and_data_across_restarts(tmp_path):
    _url, key_path, stop = ensure_demo_platform(tmp_path, "KIOSK-DEMO-0001")
    key = key_path.read_text()
    stop()
    url, again, stop = ensure_demo_platform(tmp_path, "KIOSK-DEMO-0001")
    try:
        assert again.read_text() == key
        kiosk = Kiosk(url, "KIOSK-DEMO-0001", bytes.fromhex(key.strip()))
        assert kiosk.get("/api/v1/catalogue").json()["version"] == 1
    finally:
        stop()


def test_demo_platform_takes_a_free_port_when_the_configured_one_is_busy(tmp_path):
    busy = bind_socket("127.0.0.1", 0)
    try:
        port = busy.getsockname()[1]
        url, _key, stop = ensure_demo_platform(tmp_path, "KIOSK-DEMO-0001", port=port)
        try:
            assert not url.endswith(f":{port}")
            assert requests.get(url + "/healthz").status_code == 200
        finally:
            stop()
    finally:
        busy.close()


def test_stop_releases_the_port(tmp_path):
    handle = run_in_thread(db=tmp_path / "c.db")
    port = handle.port
    handle.stop()
    handle.stop()
    with socket.socket() as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        probe.bind(("127.0.0.1", port))


def test_command_line_refuses_to_start_without_a_console_password(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "central", "--db", str(tmp_path / "c.db"), "--port", "0"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT)},
    )
    assert result.returncode == 2
    assert "--console-password" in result.stderr
