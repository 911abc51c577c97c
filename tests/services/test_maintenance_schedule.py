"""Scheduled maintenance: pure timing on a fake clock, the worker's actions, the restart gate."""

from __future__ import annotations

import logging
import logging.handlers
from datetime import datetime, time, timedelta
from pathlib import Path

import pytest

from kiosk.config import ConfigError, MaintenanceConfig, load_config
from kiosk.services.maintenance import (
    EXIT_RESTART,
    MaintenancePlan,
    MaintenanceService,
    RestartGate,
    in_hours,
    next_at,
    parse_hhmm,
    parse_hours,
    rotate_logs,
)

DAY = datetime(2026, 11, 22)


def at(hhmm: str, days: int = 0) -> datetime:
    return datetime.combine(DAY.date() + timedelta(days=days), parse_hhmm(hhmm))


class Clock:
    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now


# ------------------------------------------------------------------------------ pure timing


def test_parse_times_and_ranges():
    assert parse_hhmm("03:30") == time(3, 30)
    assert parse_hhmm("24:00") == time.max
    assert parse_hours("06:00-23:00") == (time(6), time(23))
    for bad in ("3:3", "25:00", "ab:cd", "0330"):
        with pytest.raises(ValueError):
            parse_hhmm(bad)
    with pytest.raises(ValueError):
        parse_hours("06:00-06:00")


def test_in_hours_plain_and_overnight():
    day = parse_hours("06:00-23:00")
    assert in_hours(at("06:00"), day) and in_hours(at("22:59"), day)
    assert not in_hours(at("23:00"), day) and not in_hours(at("03:30"), day)
    night = parse_hours("22:00-06:00")
    assert in_hours(at("23:30"), night) and in_hours(at("05:59"), night)
    assert not in_hours(at("12:00"), night)


def test_next_at_is_strictly_later():
    assert next_at(at("03:00"), time(3, 30)) == at("03:30")
    assert next_at(at("03:30"), time(3, 30)) == at("03:30", days=1)
    assert next_at(at("23:59"), time(0, 5)) == at("00:05", days=1)


def test_daily_runs_once_a_day():
    plan = MaintenancePlan.create(MaintenanceConfig(daily_at="04:00"), at("10:00"))
    assert plan.next_daily == at("04:00", days=1)
    assert plan.due(at("23:00")) == []
    assert plan.due(at("04:00", days=1)) == ["daily"]
    assert plan.due(at("04:01", days=1)) == []
    assert plan.next_daily == at("04:00", days=2)


def test_no_restart_unless_configured():
    plan = MaintenancePlan.create(MaintenanceConfig(), at("10:00"))
    assert plan.next_restart is None
    assert "restart" not in plan.due(at("03:30", days=1))


def test_nightly_restart_at_the_configured_time():
    cfg = MaintenanceConfig(nightly_restart=True, restart_at="03:30", daily_at="04:00")
    plan = MaintenancePlan.create(cfg, at("10:00"))
    assert plan.next_restart == at("03:30", days=1)
    assert plan.due(at("03:29", days=1)) == []
    assert plan.due(at("03:30", days=1)) == ["restart"]
    assert plan.due(at("03:31", days=1)) == []  # asked once; the gate waits for no visit


def test_a_fresh_process_does_not_restart_right_away():
    cfg = MaintenanceConfig(nightly_restart=True, restart_at="03:30")
    # Started at 03:10 (after a crash): 03:30 is within MIN_UPTIME, so tomorrow's.
    plan = MaintenancePlan.create(cfg, at("03:10"))
    assert plan.next_restart == at("03:30", days=1)
    # Started by last night's restart at 03:30:05: tomorrow's too.
    plan = MaintenancePlan.create(cfg, at("03:30") + timedelta(seconds=5))
    assert plan.next_restart == at("03:30", days=1)


def test_config_refuses_a_restart_inside_service_hours():
    with pytest.raises(ConfigError, match="inside service_hours"):
        load_config(
            env={
                "KIOSK__MAINTENANCE__NIGHTLY_RESTART": "true",
                "KIOSK__MAINTENANCE__RESTART_AT": "12:00",
                "KIOSK__MAINTENANCE__SERVICE_HOURS": "06:00-23:00",
            }
        )


def test_config_accepts_a_restart_outside_overnight_hours():
    config = load_config(
        env={
            "KIOSK__MAINTENANCE__NIGHTLY_RESTART": "true",
            "KIOSK__MAINTENANCE__RESTART_AT": "12:00",
            "KIOSK__MAINTENANCE__SERVICE_HOURS": "18:00-08:00",
        }
    )
    assert config.maintenance.restart_at == "12:00"


def test_config_refuses_bad_times():
    with pytest.raises(ConfigError, match=r"maintenance\.daily_at"):
        load_config(env={"KIOSK__MAINTENANCE__DAILY_AT": "4am"})


# ------------------------------------------------------------------------------ the worker


def test_service_rolls_logs_refreshes_and_asks_for_the_restart():
    clock = Clock(at("10:00"))
    calls: list[str] = []
    service = MaintenanceService(
        MaintenanceConfig(nightly_restart=True, restart_at="03:30", daily_at="04:00"),
        refresh_catalogue=lambda: calls.append("refresh"),
        request_restart=lambda reason: calls.append(f"restart: {reason}"),
        rotate=lambda: calls.append("rotate") or 1,
        clock=clock,
    )
    assert service.check() == []
    clock.now = at("03:30", days=1)
    assert service.check() == ["restart"]
    clock.now = at("04:00", days=1)
    assert service.check() == ["daily"]
    assert calls == ["restart: nightly restart", "rotate", "refresh"]


def test_a_failing_action_does_not_stop_the_worker():
    clock = Clock(at("10:00"))

    def broken() -> int:
        raise OSError("disk full")

    service = MaintenanceService(
        MaintenanceConfig(daily_at="04:00"),
        refresh_catalogue=None,
        request_restart=lambda _r: None,
        rotate=broken,
        clock=clock,
    )
    clock.now = at("04:00", days=1)
    assert service.check() == ["daily"]
    clock.now = at("04:00", days=2)
    assert service.check() == ["daily"]


def test_the_worker_thread_starts_and_stops():
    service = MaintenanceService(
        MaintenanceConfig(), refresh_catalogue=None, request_restart=lambda _r: None, check_s=0.01
    )
    service.start()
    service.stop()
    assert service._thread is None


def test_rotate_logs_rolls_a_written_file(tmp_path: Path):
    logger = logging.getLogger("test-maintenance-rotate")
    handler = logging.handlers.RotatingFileHandler(
        tmp_path / "kiosk.log", maxBytes=10**6, backupCount=3
    )
    logger.addHandler(handler)
    try:
        assert rotate_logs(logger) == 0  # nothing written yet
        logger.warning("one line")
        assert rotate_logs(logger) == 1
        assert (tmp_path / "kiosk.log.1").read_text().strip() == "one line"
        assert rotate_logs(logger) == 0  # the new file is empty
    finally:
        logger.removeHandler(handler)
        handler.close()


# ------------------------------------------------------------------------------ the gate


class Gate:
    def __init__(self, idle: bool = True) -> None:
        self.idle = idle
        self.exits: list[int] = []
        self.now = 1000.0
        self.gate = RestartGate(
            is_idle=lambda: self.idle,
            quit=self.exits.append,
            grace_s=0.05,
            clock=lambda: self.now,
        )


def test_gate_restarts_at_once_when_nobody_is_there(qtbot):
    g = Gate(idle=True)
    g.gate.request("nightly restart")
    assert g.exits == [EXIT_RESTART]
    g.gate.request("again")
    assert g.exits == [EXIT_RESTART]


def test_gate_waits_for_the_visit_to_end(qtbot):
    g = Gate(idle=False)
    g.gate.visit_started()
    with qtbot.waitSignal(g.gate.pending, timeout=1000):
        g.gate.request("configuration reload")
    qtbot.wait(150)
    assert g.exits == []  # a resident is being served
    g.idle = True
    g.gate.visit_ended("completed")
    qtbot.wait(20)
    assert g.exits == []  # the "take your card" reminder still shows
    g.now += 60
    qtbot.waitUntil(lambda: g.exits == [EXIT_RESTART], timeout=2000)


def test_gate_without_a_request_never_restarts(qtbot):
    g = Gate(idle=True)
    g.gate.visit_ended("completed")
    qtbot.wait(100)
    assert g.exits == []
