"""deploy/install.sh and the systemd unit: syntax, a dry run that changes nothing, the unit
verified by systemd-analyze, and the site.toml the installer writes is a valid configuration."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from kiosk.config import load_config

ROOT = Path(__file__).resolve().parents[2]
INSTALL = ROOT / "deploy" / "install.sh"
UNIT = ROOT / "deploy" / "gov-kiosk.service"
TOUCHED = [
    Path("/etc/gov-kiosk"),
    Path("/opt/gov-kiosk"),
    Path("/etc/systemd/system/gov-kiosk.service"),
    Path("/etc/udev/rules.d/60-gov-kiosk.rules"),
]


@pytest.fixture
def bundle(tmp_path: Path) -> Path:
    directory = tmp_path / "gov-kiosk"
    directory.mkdir()
    exe = directory / "gov-kiosk"
    exe.write_text("#!/bin/sh\necho bundle\n")
    exe.chmod(0o755)
    return directory


def dry_run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["bash", str(INSTALL), "--dry-run", *args],
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_install_script_parses():
    subprocess.run(["bash", "-n", str(INSTALL)], check=True)


def test_dry_run_prints_every_step_and_changes_nothing(bundle):
    before = {path: path.exists() for path in TOUCHED}
    result = dry_run(
        "--bundle",
        str(bundle),
        "--kiosk-id",
        "KIOSK-3701-0042",
        "--platform-url",
        "https://p.example",
    )
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "==> release " in out and "/opt/gov-kiosk/releases/" in out
    assert "+ write /etc/gov-kiosk/site.toml (mode 0640, root:gov-kiosk)" in out
    assert (
        "+ create key /etc/gov-kiosk/outbox.key (32 random bytes, hex, mode 0600, gov-kiosk)" in out
    )
    assert "+ write /etc/systemd/system/gov-kiosk.service (mode 0644, root:root)" in out
    assert "+ systemctl enable gov-kiosk.service" in out
    assert "--check-config" in out
    assert "dry run: nothing was changed" in out
    assert {path: path.exists() for path in TOUCHED} == before


def test_the_site_file_it_writes_is_valid(bundle, tmp_path):
    result = dry_run(
        "--bundle", str(bundle), "--kiosk-id", "KIOSK-3701-0042", "--site-name", "市民中心"
    )
    block = re.search(r"\+ write /etc/gov-kiosk/site\.toml.*?\n((?:\|   .*\n?)+)", result.stdout)
    assert block is not None, result.stdout
    site = tmp_path / "site.toml"
    site.write_text(
        "\n".join(line[4:] for line in block.group(1).splitlines()) + "\n", encoding="utf-8"
    )
    config = load_config(site_file=site, env={})
    assert config.kiosk.id == "KIOSK-3701-0042" and not config.kiosk.demo
    assert config.kiosk.site_name == "市民中心"
    assert str(config.data_dir) == "/var/lib/gov-kiosk"
    assert str(config.log_dir) == "/var/log/gov-kiosk"
    assert str(config.platform.key_file) == "/etc/gov-kiosk/platform.key"
    assert config.maintenance.nightly_restart


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--bundle", "/nonexistent"], "no bundle at /nonexistent"),
        (["--kiosk-id", "kiosk 1"], "--kiosk-id must be"),
        (["--platform-key", "/nonexistent.key"], "no such file"),
        (["--frobnicate"], "unknown option"),
    ],
)
def test_bad_arguments_are_refused(args, message):
    result = dry_run(*args)
    assert result.returncode == 2
    assert message in result.stderr


def unit_settings() -> dict[str, list[str]]:
    settings: dict[str, list[str]] = {}
    for line in UNIT.read_text().splitlines():
        if "=" in line and not line.startswith("#"):
            key, _, value = line.partition("=")
            settings.setdefault(key.strip(), []).append(value.strip())
    return settings


def test_unit_has_the_supervision_the_kiosk_relies_on():
    s = unit_settings()
    assert s["Type"] == ["notify"] and s["NotifyAccess"] == ["all"]
    assert s["Restart"] == ["always"] and s["ExecStart"] == [
        "/usr/bin/cage -s -- /opt/gov-kiosk/gov-kiosk"
    ]
    assert int(s["WatchdogSec"][0]) >= 10
    assert s["ProtectSystem"] == ["strict"] and s["PrivateTmp"] == ["yes"]
    assert "PrivateDevices" not in s and "MemoryDenyWriteExecute" not in s
    assert s["StateDirectory"] == ["gov-kiosk"] and s["LogsDirectory"] == ["gov-kiosk"]


def test_installer_creates_every_group_the_unit_needs():
    groups = set(unit_settings()["SupplementaryGroups"][0].split())
    wanted = re.search(r"GROUPS_WANTED=\(([^)]*)\)", INSTALL.read_text())
    assert wanted is not None
    assert groups == set(wanted.group(1).split())


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="no systemd-analyze")
def test_unit_verifies_cleanly(tmp_path):
    text = UNIT.read_text()
    if not Path("/usr/bin/cage").exists():
        # verify checks that ExecStart's binary exists; this machine has no cage.
        text = text.replace("/usr/bin/cage -s -- /opt/gov-kiosk/gov-kiosk", "/bin/true")
    unit = tmp_path / "gov-kiosk.service"
    unit.write_text(text)
    result = subprocess.run(
        ["systemd-analyze", "verify", str(unit)], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr.strip() == "", result.stderr  # no ignored or unknown settings
