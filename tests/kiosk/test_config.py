"""Layered configuration: defaults, site file, environment, validation messages."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from kiosk.config import ConfigError, DeviceConfig, KioskConfig, load_config
from kiosk.paths import config_dir


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def load(site: Path | None = None, **env: str) -> KioskConfig:
    return load_config(site_file=site, env=env)


def error_of(site: Path | None = None, **env: str) -> str:
    with pytest.raises(ConfigError) as info:
        load(site, **env)
    return str(info.value)


# -- layers ----------------------------------------------------------------------------------


def test_defaults_load_from_default_toml():
    config = load()
    assert config.kiosk.id == "KIOSK-DEMO-0001"
    assert config.kiosk.demo is True
    assert config.ui.language == "zh_CN"
    assert (config.ui.width, config.ui.height) == (1920, 1080)
    assert config.ui.idle_countdown_s == 30
    assert 3 <= len(config.ui.notices) <= 4
    assert config.logging.level == "INFO"
    assert config.platform.base_url == "http://127.0.0.1:8765"


def test_default_presence_device():
    device = load().devices["presence"]
    assert (device.kind, device.driver, device.port) == ("presence", "ld2410", "sim")
    assert device.enabled is True
    assert device.simulated is True
    assert device.options == {"baudrate": 256000}


def test_site_example_file_is_valid():
    config = load(config_dir() / "site.example.toml")
    assert config.kiosk.demo is False
    assert config.devices["presence"].port == "/dev/ttyUSB0"


def test_site_layer_overrides_and_keeps_other_defaults(tmp_path):
    site = write(tmp_path / "site.toml", '[ui]\nlanguage = "en_US"\nidle_timeout_s = 90\n')
    config = load(site)
    assert config.ui.language == "en_US"
    assert config.ui.idle_timeout_s == 90
    assert config.ui.idle_countdown_s == 30


def test_site_notices_replace_default_list(tmp_path):
    site = write(
        tmp_path / "site.toml", '[[ui.notices]]\nzh = "夜间请按门铃"\nen = "Ring at night"\n'
    )
    notices = load(site).ui.notices
    assert [(n.zh, n.en) for n in notices] == [("夜间请按门铃", "Ring at night")]


def test_site_file_taken_from_env_var(tmp_path):
    site = write(tmp_path / "site.toml", '[kiosk]\nid = "SITE-0042"\n')
    assert load(KIOSK_SITE_CONFIG=str(site)).kiosk.id == "SITE-0042"


def test_site_argument_wins_over_env_var(tmp_path):
    arg = write(tmp_path / "arg.toml", '[kiosk]\nid = "ARG-0001"\n')
    env = write(tmp_path / "env.toml", '[kiosk]\nid = "ENV-0001"\n')
    assert load(arg, KIOSK_SITE_CONFIG=str(env)).kiosk.id == "ARG-0001"


def test_env_override_wins_over_site_file(tmp_path):
    site = write(tmp_path / "site.toml", "[ui]\nidle_timeout_s = 90\n")
    assert load(site, KIOSK__UI__IDLE_TIMEOUT_S="120").ui.idle_timeout_s == 120


@pytest.mark.parametrize(
    ("name", "raw", "section", "key", "expected"),
    [
        ("KIOSK__UI__WIDTH", "1280", "ui", "width", 1280),
        ("KIOSK__UI__FULLSCREEN", "false", "ui", "fullscreen", False),
        ("KIOSK__UI__ELDER_TIMEOUT_FACTOR", "2.5", "ui", "elder_timeout_factor", 2.5),
        ("KIOSK__PLATFORM__READ_TIMEOUT_S", "7", "platform", "read_timeout_s", 7.0),
        ("KIOSK__KIOSK__SITE_NAME", "社区服务站", "kiosk", "site_name", "社区服务站"),
        ("KIOSK__KIOSK__SITE_NAME", '"quoted name"', "kiosk", "site_name", "quoted name"),
        ("KIOSK__KIOSK__SITE_NAME", "2024", "kiosk", "site_name", "2024"),
        ("KIOSK__LOGGING__LEVEL", "debug", "logging", "level", "DEBUG"),
    ],
)
def test_env_override_value_parsing(name, raw, section, key, expected):
    value = getattr(getattr(load(**{name: raw}), section), key)
    assert value == expected
    assert type(value) is type(expected)


def test_env_override_parses_toml_array():
    config = load(KIOSK__UI__NOTICES='[{zh = "甲", en = "A"}, {zh = "乙", en = "B"}]')
    assert [n.en for n in config.ui.notices] == ["A", "B"]


def test_env_override_keys_are_case_insensitive():
    assert load(KIOSK__Ui__Idle_Timeout_S="45").ui.idle_timeout_s == 45


def test_env_override_of_device_option_lands_in_options():
    config = load(
        KIOSK__DEVICES__PRESENCE__BAUDRATE="115200", KIOSK__DEVICES__PRESENCE__PORT="/dev/ttyS1"
    )
    device = config.devices["presence"]
    assert device.options == {"baudrate": 115200}
    assert device.port == "/dev/ttyS1"


def test_unrelated_env_vars_are_ignored():
    assert load(KIOSK_OTHER="x", PATH="/bin", HOME="/root").kiosk.id == "KIOSK-DEMO-0001"


def test_device_extra_keys_are_collected_into_options(tmp_path):
    site = write(
        tmp_path / "site.toml",
        '[devices.ticket_printer]\nkind = "printer"\ndriver = "escpos"\n'
        'host = "127.0.0.1"\ntcp_port = 9100\n',
    )
    printer = load(site).devices["ticket_printer"]
    assert printer.options == {"host": "127.0.0.1", "tcp_port": 9100}
    assert printer.port is None


def test_device_explicit_options_table_merges_with_default_options(tmp_path):
    site = write(tmp_path / "site.toml", "[devices.presence.options]\ntimeout_ms = 200\n")
    assert load(site).devices["presence"].options == {"baudrate": 256000, "timeout_ms": 200}


def test_resolved_paths_are_absolute_relative_to_cwd(tmp_path):
    paths = load().resolved_paths(cwd=tmp_path)
    assert paths.data_dir == tmp_path / "var"
    assert paths.log_dir == tmp_path / "var" / "log"


# -- errors ----------------------------------------------------------------------------------


def test_bad_env_value_names_key_value_layer_and_rule():
    assert error_of(KIOSK__UI__IDLE_COUNTDOWN_S="5") == (
        "config error: ui.idle_countdown_s = 5 (from environment KIOSK__UI__IDLE_COUNTDOWN_S):"
        " must be at least 20"
    )


def test_countdown_below_20_from_site_file_names_the_file(tmp_path):
    site = write(tmp_path / "site.toml", "[ui]\nidle_countdown_s = 19\n")
    assert error_of(site) == (
        f"config error: ui.idle_countdown_s = 19 (from site file {site}): must be at least 20"
    )


def test_unknown_key_is_an_error(tmp_path):
    site = write(tmp_path / "site.toml", "[ui]\nidel_timeout_s = 30\n")
    message = error_of(site)
    assert message.startswith("config error: unknown key ui.idel_timeout_s")
    assert str(site) in message


def test_unknown_section_is_an_error():
    assert "unknown key printer" in error_of(KIOSK__PRINTER__PAPER="a4")


def test_toml_syntax_error_names_file_and_line(tmp_path):
    site = write(tmp_path / "site.toml", '[ui]\nlanguage = "en_US"\nwidth = \n')
    message = error_of(site)
    assert str(site) in message
    assert "TOML syntax error" in message
    assert "line 3" in message


def test_missing_site_file(tmp_path):
    missing = tmp_path / "nowhere.toml"
    assert error_of(missing) == f"config error: site file {missing} (from argument): file not found"


def test_missing_site_file_from_env_var_names_the_variable(tmp_path):
    message = error_of(KIOSK_SITE_CONFIG=str(tmp_path / "nowhere.toml"))
    assert "environment KIOSK_SITE_CONFIG" in message


def test_missing_default_file(tmp_path):
    with pytest.raises(ConfigError, match=r"default file .* file not found"):
        load_config(env={}, default_file=tmp_path / "default.toml")


def test_several_errors_are_listed_one_per_line(tmp_path):
    site = write(tmp_path / "site.toml", '[ui]\nlanguage = "fr_FR"\nwidth = 640\n')
    lines = error_of(site, KIOSK__LOGGING__BACKUP_COUNT="0").splitlines()
    assert len(lines) == 3
    assert all(line.startswith("config error: ") for line in lines)
    assert any(line.startswith('config error: ui.language = "fr_FR"') for line in lines)
    assert any("ui.width = 640" in line and "at least 800" in line for line in lines)
    assert any("logging.backup_count = 0" in line for line in lines)


def test_error_object_lists_problems():
    with pytest.raises(ConfigError) as info:
        load(KIOSK__UI__WIDTH="10", KIOSK__UI__HEIGHT="10")
    assert len(info.value.problems) == 2


def test_bad_kiosk_id_pattern():
    assert 'kiosk.id = "demo 1"' in error_of(KIOSK__KIOSK__ID="demo 1")


def test_non_http_platform_url():
    assert "platform.base_url" in error_of(KIOSK__PLATFORM__BASE_URL="ftp://host")


def test_infinite_timeout_is_rejected():
    assert error_of(KIOSK__PLATFORM__READ_TIMEOUT_S="inf").endswith("must be a finite number")


def test_env_number_for_a_text_field_is_kept_as_text():
    assert load(KIOSK__DEVICES__PRESENCE__PORT="1234").devices["presence"].port == "1234"


def test_wrong_type_is_named():
    message = error_of(KIOSK__UI__FULLSCREEN="yes")
    assert message.endswith("must be true or false")


def test_device_missing_driver_names_key_and_layer(tmp_path):
    site = write(tmp_path / "site.toml", '[devices.ticket_printer]\nkind = "printer"\n')
    assert error_of(site) == (
        f"config error: devices.ticket_printer.driver (from site file {site}):"
        " required key is missing"
    )


def test_default_devices_use_registered_drivers():
    from drivers.registry import known_drivers

    load().check_devices(known_drivers())


def test_check_devices_unknown_driver_names_key():
    config = load(KIOSK__DEVICES__PRESENCE__DRIVER="ld9999")
    with pytest.raises(ConfigError) as info:
        config.check_devices({"presence": {"ld2410"}})
    message = str(info.value)
    assert message.startswith('config error: devices.presence.driver = "ld9999"')
    assert "KIOSK__DEVICES__PRESENCE__DRIVER" in message
    assert "ld2410" in message


def test_check_devices_unknown_kind_names_key():
    with pytest.raises(ConfigError, match=r"devices\.presence\.kind"):
        load().check_devices({"printer": {"escpos"}})


# -- immutability ------------------------------------------------------------------------------


def test_config_is_frozen():
    config = load()
    with pytest.raises(ValidationError):
        config.ui.language = "en_US"  # type: ignore[misc]


def test_devices_mapping_is_read_only():
    config = load()
    with pytest.raises(TypeError):
        config.devices["extra"] = config.devices["presence"]  # type: ignore[index]


def test_device_options_are_read_only():
    device = DeviceConfig(kind="presence", driver="ld2410", baudrate=256000)
    with pytest.raises(TypeError):
        device.options["baudrate"] = 9600  # type: ignore[index]
