"""Log reader, configuration masking and the bundle writer (kiosk.diagnostics.report)."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from kiosk.config import load_config
from kiosk.diagnostics.report import (
    MASK,
    choose_export_dir,
    masked_config,
    read_logs,
    write_bundle,
)


def write_log(path: Path, *entries: tuple[str, str, str]) -> None:
    lines = [
        json.dumps(
            {"ts": f"2026-11-22T10:00:{i:02d}+08:00", "level": level, "logger": lg, "msg": m}
        )
        for i, (level, lg, m) in enumerate(entries)
    ]
    path.write_text("\n".join(lines) + "\n", "utf-8")


def test_logs_come_newest_first_across_rotated_files(tmp_path):
    write_log(tmp_path / "kiosk.log.1", ("INFO", "a", "older"))
    write_log(tmp_path / "kiosk.log", ("INFO", "a", "newer"), ("INFO", "a", "newest"))
    assert [x.msg for x in read_logs(tmp_path)] == ["newest", "newer", "older"]


def test_logs_filter_by_minimum_level(tmp_path):
    write_log(
        tmp_path / "kiosk.log",
        ("DEBUG", "a", "d"),
        ("INFO", "a", "i"),
        ("WARNING", "a", "w"),
        ("ERROR", "a", "e"),
    )
    assert [x.msg for x in read_logs(tmp_path, min_level="WARNING")] == ["e", "w"]


def test_logs_filter_by_text_in_message_or_logger(tmp_path):
    write_log(
        tmp_path / "kiosk.log",
        ("INFO", "drivers.printer", "paper low"),
        ("INFO", "kiosk.outbox", "sent"),
    )
    assert [x.msg for x in read_logs(tmp_path, text="PRINTER")] == ["paper low"]
    assert [x.msg for x in read_logs(tmp_path, text="sent")] == ["sent"]


def test_logs_are_scrubbed_again_when_read(tmp_path):
    write_log(tmp_path / "kiosk.log", ("INFO", "old", "card 370102198503120118 read"))
    (line,) = read_logs(tmp_path)
    assert "370102198503120118" not in line.msg


def test_logs_of_a_missing_directory_are_empty(tmp_path):
    assert read_logs(tmp_path / "nothing") == []


def test_config_masks_key_files_pin_hashes_and_cards(tmp_path):
    config = load_config(
        env={
            "KIOSK__PLATFORM__KEY_FILE": "/etc/kiosk/k.key",
            "KIOSK__DIAGNOSTICS__TECHNICIAN_CARDS": '["scrypt$16384$8$1$YWJjZGVmZ2g=$aGFzaA=="]',
        }
    )
    shown = dict(masked_config(config))
    assert shown["platform.key_file"] == MASK
    assert shown["diagnostics.pin_hash"] == MASK
    assert shown["diagnostics.technician_cards"] == MASK
    assert shown["store.key_file"] == "(not set)"
    assert shown["kiosk.id"] == "KIOSK-DEMO-0001"
    assert not any("scrypt$" in v or "k.key" in v for v in shown.values())


def test_export_goes_to_the_stick_when_mounted(tmp_path):
    stick = tmp_path / "usb"
    stick.mkdir()
    assert choose_export_dir(stick, tmp_path / "fallback") == stick


def test_export_falls_back_without_a_stick(tmp_path):
    chosen = choose_export_dir(tmp_path / "absent", tmp_path / "fallback")
    assert chosen == tmp_path / "fallback" and chosen.is_dir()


def test_bundle_is_complete_and_leaves_no_partial_file(tmp_path):
    logs = tmp_path / "log"
    logs.mkdir()
    write_log(logs / "kiosk.log", ("INFO", "a", "hello"))
    out = tmp_path / "out"
    out.mkdir()
    path = write_bundle(
        out,
        kiosk_id="KIOSK-T-0001",
        log_dir=logs,
        config_lines=[("kiosk.id", "KIOSK-T-0001")],
        devices=[{"deviceId": "printer", "state": "online"}],
        outbox=None,
        audit=[{"action": "diagnostics.enter"}],
        selftests=[{"name": "disk", "state": "pass"}],
    )
    assert path.name.startswith("diag-KIOSK-T-0001-") and path.suffix == ".zip"
    assert [p.name for p in out.iterdir()] == [path.name]
    with zipfile.ZipFile(path) as bundle:
        assert "hello" in bundle.read("logs/kiosk.log").decode()
        assert json.loads(bundle.read("versions.json"))["kiosk"]
        assert json.loads(bundle.read("outbox_summary.json")) == {"available": False}
