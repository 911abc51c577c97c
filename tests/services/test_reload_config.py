"""reload_config: re-read and validate off the GUI thread; apply live, refuse, or restart later.

A real Backend against the reference platform on loopback; the configuration comes from a site
file the test rewrites between start and reload, as a technician would.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from central.auth import new_key_file
from central.server import run_in_thread
from kiosk.backend import Backend
from kiosk.config import load_config
from kiosk.services.reconfig import changed_keys, plan_reload

KIOSK_ID = "KIOSK-TEST-0002"
SITE = """
[ui]
idle_timeout_s = 60
notices = [{zh = "今天正常办公", en = "Open as usual today"}]
"""


@pytest.fixture
def server(tmp_path: Path):
    keys = tmp_path / "keys"
    key_file = new_key_file(keys, KIOSK_ID)
    handle = run_in_thread(port=0, db=tmp_path / "central.db", keys_dir=keys)
    yield handle, key_file
    handle.stop()


@pytest.fixture
def site(tmp_path: Path) -> Path:
    path = tmp_path / "site.toml"
    path.write_text(SITE, encoding="utf-8")
    return path


@pytest.fixture
def backend(qapp, server, site, tmp_path: Path):
    handle, key_file = server
    config = load_config(
        site_file=site,
        env={
            "KIOSK__KIOSK__ID": KIOSK_ID,
            "KIOSK__KIOSK__DEMO": "false",
            "KIOSK__KIOSK__DATA_DIR": str(tmp_path / "var"),
            "KIOSK__LOGGING__DIR": str(tmp_path / "log"),
            "KIOSK__PLATFORM__BASE_URL": handle.url,
            "KIOSK__PLATFORM__KEY_FILE": str(key_file),
            "KIOSK__PLATFORM__HEARTBEAT_INTERVAL_S": "3600",
            "KIOSK__DEVICES__CABINET__ENABLED": "false",
        },
    )
    b = Backend(config)
    b.start()
    yield b
    b.stop()


def wait_heartbeat(qtbot, backend: Backend) -> None:
    qtbot.waitUntil(
        lambda: backend.heartbeat is not None and backend.heartbeat.sent >= 1, timeout=30_000
    )


def stored_command(handle, command_id: str) -> dict:
    return next(r for r in handle.platform.commands(KIOSK_ID) if r["command_id"] == command_id)


# ------------------------------------------------------------------------------ pure planning


def test_changed_keys_are_dotted_paths():
    old = load_config(env={})
    new = load_config(env={"KIOSK__UI__WIDTH": "1280", "KIOSK__LOGGING__LEVEL": "DEBUG"})
    assert changed_keys(old, new) == {"ui.width", "logging.level"}


def test_live_keys_need_no_restart():
    old = load_config(env={})
    new = load_config(
        env={"KIOSK__PLATFORM__HEARTBEAT_INTERVAL_S": "30", "KIOSK__MAINTENANCE__DAILY_AT": "05:00"}
    )
    plan = plan_reload(old, new)
    assert plan.hot == {"platform.heartbeat_interval_s", "maintenance.daily_at"}
    assert not plan.needs_restart


def test_device_change_needs_a_restart():
    old = load_config(env={})
    new = load_config(env={"KIOSK__DEVICES__PRINTER__ENABLED": "false", "KIOSK__UI__WIDTH": "1280"})
    plan = plan_reload(old, new)
    assert plan.cold == {"devices.printer.enabled", "ui.width"}
    assert plan.needs_restart


# ------------------------------------------------------------------------------ the backend


def test_unchanged_configuration(qtbot, backend):
    wait_heartbeat(qtbot, backend)
    assert backend.reload_config() == (True, "configuration unchanged")


def test_new_notices_and_schedule_apply_live(qtbot, backend, site):
    wait_heartbeat(qtbot, backend)
    site.write_text(
        SITE.replace("今天正常办公", "今天下午停电检修") + '\n[maintenance]\ndaily_at = "05:15"\n',
        encoding="utf-8",
    )
    with qtbot.waitSignal(backend.configReloaded, timeout=10_000) as reloaded:
        applied, message = backend.reload_config()
    assert applied
    assert message == "applied: maintenance.daily_at, ui.notices"
    assert reloaded.args[0].ui.notices[0].zh == "今天下午停电检修"
    assert backend.config.maintenance.daily_at == "05:15"
    assert backend.maintenance.plan.daily_at.strftime("%H:%M") == "05:15"


def test_invalid_file_is_refused_with_the_reason(qtbot, backend, site):
    wait_heartbeat(qtbot, backend)
    site.write_text(SITE.replace("idle_timeout_s = 60", "idle_timeout_s = 2"), encoding="utf-8")
    applied, message = backend.reload_config()
    assert not applied
    assert message.startswith("invalid configuration: ui.idle_timeout_s = 2")
    assert "must be at least 10" in message
    assert backend.config.ui.idle_timeout_s == 60  # the running configuration is kept


def test_broken_toml_is_refused(qtbot, backend, site):
    wait_heartbeat(qtbot, backend)
    site.write_text("[ui\nwidth = ", encoding="utf-8")
    applied, message = backend.reload_config()
    assert not applied
    assert "TOML syntax error" in message


def test_device_change_schedules_a_restart(qtbot, backend, site):
    wait_heartbeat(qtbot, backend)
    site.write_text(SITE + "\n[devices.printer]\nenabled = false\n", encoding="utf-8")
    with qtbot.waitSignal(backend.restartRequested, timeout=10_000) as restart:
        applied, message = backend.reload_config()
    assert applied
    assert message == "restart scheduled (devices.printer.enabled changed)"
    assert restart.args == ["configuration reload"]
    assert backend.config.devices["printer"].enabled  # applied by the restart, not live


def test_platform_command_is_acknowledged_with_the_outcome(qtbot, backend, server, site):
    handle, _ = server
    wait_heartbeat(qtbot, backend)
    site.write_text(SITE.replace("[ui]\n", "[ui]\nwidth = 1280\n"), encoding="utf-8")
    command_id = handle.platform.queue_command(KIOSK_ID, "reload_config")
    with qtbot.waitSignal(backend.restartRequested, timeout=30_000):
        backend.heartbeat.beat_now()
    qtbot.waitUntil(
        lambda: stored_command(handle, command_id)["status"] == "applied", timeout=30_000
    )
    assert stored_command(handle, command_id)["message"] == "restart scheduled (ui.width changed)"


def test_invalid_reload_is_refused_on_the_platform(qtbot, backend, server, site):
    handle, _ = server
    wait_heartbeat(qtbot, backend)
    site.write_text(SITE.replace("[ui]\n", '[ui]\nlanguage = "fr_FR"\n'), encoding="utf-8")
    command_id = handle.platform.queue_command(KIOSK_ID, "reload_config")
    backend.heartbeat.beat_now()
    qtbot.waitUntil(
        lambda: stored_command(handle, command_id)["status"] == "refused", timeout=30_000
    )
    assert "ui.language" in stored_command(handle, command_id)["message"]
