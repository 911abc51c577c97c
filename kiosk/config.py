"""Layered, validated kiosk configuration.

Layers, later wins, merged key by key (tables merge, arrays and scalars replace):

1. ``config/default.toml`` from :func:`kiosk.paths.config_dir` (or ``default_file``);
2. the site file: the ``site_file`` argument, else the path in ``KIOSK_SITE_CONFIG``;
3. environment overrides ``KIOSK__SECTION__KEY=value``: ``__`` separates the path parts, parts
   are case-insensitive (lower-cased), and the value is read as a TOML value when it parses as
   one (``30``, ``2.5``, ``true``, ``["a", "b"]``, ``"quoted"``), else taken as a plain string.

The merged data is validated by pydantic into a frozen :class:`KioskConfig`. Unknown keys are
errors everywhere except in a device table, whose unknown keys are the driver's own options and
are collected into :attr:`DeviceConfig.options`.

Exceptions raised by this module::

    Exception
    └── ConfigError      every configuration problem: unreadable/missing file, TOML syntax
                         error, unknown key, bad value, unknown device kind/driver.
                         ``str(err)`` is one line per problem, each naming the dotted key,
                         what is wrong and which layer set it; ``err.problems`` holds the lines.

No other exception escapes :func:`load_config` or :meth:`KioskConfig.check_devices`.
"""

from __future__ import annotations

import json
import os
import re
import tomllib
from collections.abc import Collection, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Annotated, Any, Literal, NamedTuple

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    PlainSerializer,
    PrivateAttr,
    ValidationError,
    field_validator,
    model_validator,
)

from kiosk.paths import config_dir

__all__ = [
    "ENV_PREFIX",
    "SITE_CONFIG_ENV",
    "ConfigError",
    "DeviceConfig",
    "DiagnosticsConfig",
    "KioskConfig",
    "KioskSection",
    "LoggingConfig",
    "MaintenanceConfig",
    "Notice",
    "PlatformConfig",
    "ResolvedPaths",
    "StoreConfig",
    "UiConfig",
    "load_config",
]

ENV_PREFIX = "KIOSK__"
SITE_CONFIG_ENV = "KIOSK_SITE_CONFIG"

Key = tuple[str | int, ...]


class ConfigError(Exception):
    """A configuration problem that must stop start-up; one line per problem."""

    def __init__(self, problems: list[str] | tuple[str, ...] | str) -> None:
        lines = (problems,) if isinstance(problems, str) else tuple(problems)
        self.problems: tuple[str, ...] = tuple(
            line if line.startswith("config error: ") else f"config error: {line}" for line in lines
        )
        super().__init__("\n".join(self.problems))


# --------------------------------------------------------------------------------------------
# Schema
# --------------------------------------------------------------------------------------------

StrictIntField = Annotated[int, Field(strict=True)]
StrictFloatField = Annotated[float, Field(strict=True)]
StrictBoolField = Annotated[bool, Field(strict=True)]


def _freeze_mapping(value: Mapping[str, Any]) -> Mapping[str, Any]:
    return MappingProxyType(dict(value))


FrozenOptions = Annotated[Mapping[str, Any], AfterValidator(_freeze_mapping), PlainSerializer(dict)]


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False)


class KioskSection(_Section):
    id: Annotated[str, Field(pattern=r"^[A-Z0-9-]{4,40}$")] = "KIOSK-DEMO-0001"
    site_name: Annotated[str, Field(min_length=1)] = "市民中心24小时自助服务区"
    demo: StrictBoolField = True
    data_dir: Path = Path("var")


class Notice(_Section):
    zh: Annotated[str, Field(min_length=1)]
    en: Annotated[str, Field(min_length=1)]


class UiConfig(_Section):
    language: Literal["zh_CN", "en_US"] = "zh_CN"
    elder_mode: StrictBoolField = False
    fullscreen: StrictBoolField = True
    width: Annotated[int, Field(strict=True, ge=800)] = 1920
    height: Annotated[int, Field(strict=True, ge=600)] = 1080
    idle_timeout_s: Annotated[int, Field(strict=True, ge=10)] = 60
    idle_countdown_s: Annotated[int, Field(strict=True, ge=20)] = 30
    elder_timeout_factor: Annotated[float, Field(strict=True, ge=1.0, le=4.0)] = 2.0
    attract_notice_interval_s: Annotated[int, Field(strict=True, ge=3, le=60)] = 8
    notices: tuple[Notice, ...] = ()
    help_enabled: StrictBoolField = True
    # Spoken prompts at the start of a visit: "on", "elder" (in elder mode only) or "off".
    # Elder mode always switches them on (unless "off"); the resident can switch them any time.
    voice_prompts: Literal["on", "elder", "off"] = "on"


class LoggingConfig(_Section):
    dir: Path = Path("var/log")
    level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"
    max_bytes: Annotated[int, Field(strict=True, ge=100_000)] = 5_000_000
    backup_count: Annotated[int, Field(strict=True, ge=1, le=100)] = 10

    @field_validator("level", mode="before")
    @classmethod
    def _upper_level(cls, value: Any) -> Any:
        return value.upper() if isinstance(value, str) else value

    def resolved_dir(self, cwd: Path | None = None) -> Path:
        """Absolute log directory (relative paths are relative to ``cwd`` or the current one)."""
        return _absolute(self.dir, cwd)


class PlatformConfig(_Section):
    base_url: str = "http://127.0.0.1:8765"
    connect_timeout_s: Annotated[float, Field(strict=True, gt=0)] = 3.0
    read_timeout_s: Annotated[float, Field(strict=True, gt=0)] = 10.0
    # The kiosk's own signing key (hex, mode 0600, outside the repo). None in demo mode:
    # the demo platform creates <data_dir>/secrets/<kiosk id>.key.
    key_file: Path | None = None
    site: Annotated[str, Field(pattern=r"^[A-Za-z0-9_-]{1,40}$")] = "DEMO"
    catalogue_interval_s: Annotated[int, Field(strict=True, ge=60, le=86_400)] = 900
    heartbeat_interval_s: Annotated[int, Field(strict=True, ge=5, le=3_600)] = 60
    catalogue_max_drop: Annotated[float, Field(strict=True, ge=0.0, lt=1.0)] = 0.2
    guide_url: Annotated[str, Field(pattern=r"\{item_id\}")] = (
        "https://zwfw.example.gov.cn/guide/{item_id}"
    )

    @field_validator("base_url")
    @classmethod
    def _check_url(cls, value: str) -> str:
        if not re.fullmatch(r"https?://[^\s/?#]+(?:[/?#]\S*)?", value):
            raise ValueError("must be an http:// or https:// URL with a host")
        return value.rstrip("/")


_HHMM = r"([01][0-9]|2[0-3]):[0-5][0-9]"


def _minutes(hhmm: str) -> int:
    hours, _, minutes = hhmm.partition(":")
    return int(hours) * 60 + int(minutes)


class MaintenanceConfig(_Section):
    """Scheduled maintenance (kiosk/services/maintenance.py); local times "HH:MM"."""

    # Daily log rollover and catalogue refresh.
    daily_at: Annotated[str, Field(pattern=f"^{_HHMM}$")] = "04:00"
    # Restart the kiosk once a night at restart_at, when no visit is in progress.
    nightly_restart: StrictBoolField = False
    restart_at: Annotated[str, Field(pattern=f"^{_HHMM}$")] = "03:30"
    # Opening hours of the hall ("06:00-23:00"); "" = open around the clock. A nightly restart
    # must fall outside them.
    service_hours: Annotated[str, Field(pattern=f"^$|^{_HHMM}-({_HHMM}|24:00)$")] = ""

    @model_validator(mode="after")
    def _restart_outside_hours(self) -> MaintenanceConfig:
        if self.nightly_restart and self.service_hours:
            start, _, end = self.service_hours.partition("-")
            first, last, at = _minutes(start), _minutes(end), _minutes(self.restart_at)
            if first == last:
                raise ValueError("service_hours is an empty range")
            inside = first <= at < last if first < last else (at >= first or at < last)
            if inside:
                raise ValueError(
                    f"restart_at {self.restart_at} is inside service_hours {self.service_hours}"
                )
        return self


class StoreConfig(_Section):
    # Encryption of personal data at rest: AES-256-GCM, or SM4 for 国密 deployments.
    encryption: Literal["aes-256-gcm", "sm4-gcm", "sm4-cbc-hmac"] = "aes-256-gcm"
    # Data key file (mode 0600, outside the repo); None: <data_dir>/secrets/outbox.key, created
    # on first start.
    key_file: Path | None = None
    # Days acknowledged outbox items are kept before they are purged.
    retention_days: Annotated[int, Field(strict=True, ge=1, le=365)] = 7
    # Days the last known state of an application (办件进度, shown offline) is kept.
    progress_cache_days: Annotated[int, Field(strict=True, ge=1, le=365)] = 30


# Technician diagnostics (kiosk/diagnostics, screens/viewmodels/diagnostics.py). Hash strings
# come from ``python -m kiosk.diagnostics.pin hash``; the default is the demo PIN 246813, which
# is refused when kiosk.demo is false.
ScryptHash = Annotated[
    str, Field(pattern=r"^(scrypt\$\d+\$\d+\$\d+\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+)?$")
]


class DiagnosticsConfig(_Section):
    pin_hash: ScryptHash = (
        "scrypt$16384$8$1$ZGVtby1waW4tc2FsdC0wMQ==$HUAnTfrE7W+JEbmWXNGPmASXAa6w9qY8PwsMfdD3nOU="
    )
    staff_pin_hash: ScryptHash = ""  # "": staff use the technician PIN
    technician_cards: tuple[ScryptHash, ...] = ()  # hashes of technicians' ID card numbers
    max_failures: Annotated[int, Field(strict=True, ge=1, le=20)] = 5
    lockout_s: Annotated[int, Field(strict=True, ge=10, le=86_400)] = 300
    lockout_max_s: Annotated[int, Field(strict=True, ge=10, le=86_400)] = 3600
    gesture_taps: Annotated[int, Field(strict=True, ge=3, le=10)] = 5
    gesture_window_s: Annotated[float, Field(strict=True, gt=0, le=10)] = 3.0
    idle_exit_s: Annotated[int, Field(strict=True, ge=30, le=3600)] = 300
    export_dir: Path = Path("/media/usb")
    fallback_export_dir: Path | None = None  # None: <data_dir>/exports
    min_free_mb: Annotated[int, Field(strict=True, ge=0)] = 500
    max_clock_skew_s: Annotated[int, Field(strict=True, ge=1, le=3600)] = 60
    camera_test_s: Annotated[float, Field(strict=True, gt=0, le=60)] = 4.0
    min_camera_fps: Annotated[float, Field(strict=True, ge=0, le=120)] = 10.0
    door_close_timeout_s: Annotated[float, Field(strict=True, gt=0, le=600)] = 60.0


DEVICE_FIELDS = frozenset({"kind", "driver", "enabled", "port", "poll_interval_s", "options"})


class DeviceConfig(_Section):
    """One ``[devices.<id>]`` table. Keys other than the common ones go to ``options``."""

    kind: Annotated[str, Field(min_length=1)]
    driver: Annotated[str, Field(min_length=1)]
    enabled: StrictBoolField = True
    port: str | None = None
    poll_interval_s: Annotated[float, Field(strict=True, ge=0.05, le=60.0)] = 0.5
    options: FrozenOptions = Field(default_factory=dict)

    @model_validator(mode="before")
    @classmethod
    def _collect_options(cls, data: Any) -> Any:
        if not isinstance(data, Mapping):
            return data
        return _split_device_table(dict(data))

    @property
    def simulated(self) -> bool:
        """True when the demo launcher must start a simulator (``port = "sim"``)."""
        return self.port == "sim"


DeviceId = Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]{0,39}$")]
FrozenDevices = Annotated[
    Mapping[DeviceId, DeviceConfig], AfterValidator(_freeze_mapping), PlainSerializer(dict)
]


class ResolvedPaths(NamedTuple):
    data_dir: Path
    log_dir: Path


class KioskConfig(_Section):
    """The whole validated configuration (immutable)."""

    kiosk: KioskSection = Field(default_factory=KioskSection)
    ui: UiConfig = Field(default_factory=UiConfig)
    logging: LoggingConfig = Field(default_factory=LoggingConfig)
    platform: PlatformConfig = Field(default_factory=PlatformConfig)
    store: StoreConfig = Field(default_factory=StoreConfig)
    maintenance: MaintenanceConfig = Field(default_factory=MaintenanceConfig)
    diagnostics: DiagnosticsConfig = Field(default_factory=DiagnosticsConfig)
    devices: FrozenDevices = Field(default_factory=dict)

    # dotted key -> layer description; set by load_config, used in later error messages
    _sources: Mapping[str, str] = PrivateAttr(default_factory=dict)
    # how load_config was called (site file, KIOSK_* environment, default file), for reload()
    _origin: tuple[Path | None, Mapping[str, str], Path | None] = PrivateAttr(
        default_factory=lambda: (None, {}, None)
    )

    def reload(self) -> KioskConfig:
        """Read and validate the same layers again (files re-read, same environment).

        Raises :class:`ConfigError` like :func:`load_config`.
        """
        site_file, env, default_file = self._origin
        return load_config(site_file=site_file, env=env, default_file=default_file)

    def resolved_paths(self, cwd: Path | None = None) -> ResolvedPaths:
        """Absolute data and log directories (relative ones are relative to ``cwd``/CWD)."""
        return ResolvedPaths(
            data_dir=_absolute(self.kiosk.data_dir, cwd),
            log_dir=self.logging.resolved_dir(cwd),
        )

    @property
    def data_dir(self) -> Path:
        return self.resolved_paths().data_dir

    @property
    def log_dir(self) -> Path:
        return self.resolved_paths().log_dir

    def source_of(self, dotted_key: str) -> str | None:
        """Which layer set ``dotted_key`` (or its nearest parent), if known."""
        key = dotted_key
        while key:
            if key in self._sources:
                return self._sources[key]
            key = key.rpartition(".")[0]
        return None

    def check_devices(self, known: Mapping[str, Collection[str]]) -> None:
        """Raise :class:`ConfigError` for device kinds or drivers not in ``known``.

        ``known`` maps a device kind to the driver names available for it (the driver
        registry's table); this module never imports drivers itself.
        """
        problems: list[str] = []
        for device_id, device in self.devices.items():
            if device.kind not in known:
                key = f"devices.{device_id}.kind"
                problems.append(
                    f"{key} = {_show(device.kind)}{self._from(key)}: unknown device kind"
                    f" (known: {', '.join(sorted(known)) or 'none'})"
                )
                continue
            drivers = known[device.kind]
            if device.driver not in drivers:
                key = f"devices.{device_id}.driver"
                problems.append(
                    f"{key} = {_show(device.driver)}{self._from(key)}: unknown driver for kind"
                    f" {_show(device.kind)} (known: {', '.join(sorted(drivers)) or 'none'})"
                )
        if problems:
            raise ConfigError(problems)

    def _from(self, key: str) -> str:
        source = self.source_of(key)
        return f" (from {source})" if source else ""


def _absolute(path: Path, cwd: Path | None) -> Path:
    path = path.expanduser()
    if not path.is_absolute():
        path = (cwd or Path.cwd()) / path
    return Path(os.path.normpath(path))


def _split_device_table(table: dict[str, Any]) -> dict[str, Any]:
    """Move driver-specific keys of a device table into its ``options`` table."""
    extras = {k: table.pop(k) for k in list(table) if k not in DEVICE_FIELDS}
    if not extras:
        return table
    options = table.get("options")
    merged = dict(options) if isinstance(options, Mapping) else {}
    merged.update(extras)
    table["options"] = merged if options is None or isinstance(options, Mapping) else options
    return table


# --------------------------------------------------------------------------------------------
# Loading and merging
# --------------------------------------------------------------------------------------------


@dataclass
class _Layer:
    label: str
    data: dict[str, Any]
    raw_env: dict[Key, str]  # env layer only: path -> the raw string, for str-typed fields


def load_config(
    site_file: Path | None = None,
    env: Mapping[str, str] | None = None,
    default_file: Path | None = None,
) -> KioskConfig:
    """Load, merge and validate the configuration layers; raise :class:`ConfigError`."""
    env = os.environ if env is None else env
    problems: list[str] = []
    layers: list[_Layer] = []

    default_path = default_file if default_file is not None else config_dir() / "default.toml"
    default = _read_toml(default_path, f"default file {default_path}", problems)
    if default is not None:
        layers.append(_Layer(f"default file {default_path}", default, {}))

    site_path: Path | None = site_file
    site_origin = "argument"
    if site_path is None and env.get(SITE_CONFIG_ENV, "").strip():
        site_path = Path(env[SITE_CONFIG_ENV].strip())
        site_origin = f"environment {SITE_CONFIG_ENV}"
    if site_path is not None:
        label = f"site file {site_path}"
        if not site_path.is_file():
            problems.append(f"{label} (from {site_origin}): file not found")
        else:
            site = _read_toml(site_path, label, problems)
            if site is not None:
                layers.append(_Layer(label, site, {}))

    layers.extend(_env_layers(env, problems))
    if problems:
        raise ConfigError(problems)

    merged: dict[str, Any] = {}
    sources: dict[Key, str] = {}
    raw_env: dict[Key, str] = {}
    for layer in layers:
        _normalise_devices(layer.data)
        _merge(merged, layer.data, (), layer.label, sources)
        raw_env.update({k: v for k, v in layer.raw_env.items() if sources.get(k) == layer.label})

    config = _validate(merged, sources, raw_env)
    config._sources = MappingProxyType({_dotted(k): v for k, v in sources.items()})
    kept = {
        k: v for k, v in env.items() if k.upper().startswith(ENV_PREFIX) or k == SITE_CONFIG_ENV
    }
    config._origin = (site_file, kept, default_file)
    return config


def _read_toml(path: Path, label: str, problems: list[str]) -> dict[str, Any] | None:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except FileNotFoundError:
        problems.append(f"{label}: file not found")
    except tomllib.TOMLDecodeError as exc:
        problems.append(f"{label}: TOML syntax error: {exc}")
    except UnicodeDecodeError as exc:
        problems.append(f"{label}: not valid UTF-8 (byte {exc.start})")
    except OSError as exc:
        problems.append(f"{label}: cannot read: {exc.strerror or exc}")
    return None


def _parse_env_value(raw: str) -> Any:
    try:
        return tomllib.loads(f"value = {raw}")["value"]
    except tomllib.TOMLDecodeError:
        return raw


def _env_layers(env: Mapping[str, str], problems: list[str]) -> Iterator[_Layer]:
    for name in sorted(env):
        if not name.upper().startswith(ENV_PREFIX):
            continue
        parts = [p.lower() for p in name[len(ENV_PREFIX) :].split("__")]
        label = f"environment {name}"
        if not parts or any(not p.strip() for p in parts):
            problems.append(f"{label}: malformed override name (use KIOSK__SECTION__KEY)")
            continue
        raw = env[name]
        data: dict[str, Any] = {}
        node = data
        for part in parts[:-1]:
            node = node.setdefault(part, {})
        node[parts[-1]] = _parse_env_value(raw)
        yield _Layer(label, data, {tuple(parts): raw})


def _normalise_devices(data: dict[str, Any]) -> None:
    """Per layer, move driver-specific device keys into ``options`` so layers merge cleanly."""
    devices = data.get("devices")
    if isinstance(devices, dict):
        for device_id, table in devices.items():
            if isinstance(table, dict):
                devices[device_id] = _split_device_table(table)


def _merge(
    target: dict[str, Any], overlay: Mapping[str, Any], path: Key, label: str, sources: dict
) -> None:
    for key, value in overlay.items():
        key_path = (*path, key)
        if isinstance(value, dict) and isinstance(target.get(key), dict):
            _merge(target[key], value, key_path, label, sources)
            continue
        for stale in [k for k in sources if k[: len(key_path)] == key_path]:
            del sources[stale]
        target[key] = value
        sources[key_path] = label
        if isinstance(value, dict):
            _record_tables(value, key_path, label, sources)


def _record_tables(value: Mapping[str, Any], path: Key, label: str, sources: dict) -> None:
    for key, child in value.items():
        sources[(*path, key)] = label
        if isinstance(child, dict):
            _record_tables(child, (*path, key), label, sources)


def _validate(
    merged: dict[str, Any], sources: dict[Key, str], raw_env: dict[Key, str]
) -> KioskConfig:
    try:
        return KioskConfig.model_validate(merged)
    except ValidationError as exc:
        errors = exc.errors(include_url=False)
    # An env value that happened to parse as a TOML number/bool/date but lands in a string
    # field is meant literally: retry once with the raw strings.
    retried = False
    for error in errors:
        loc = _config_key(error["loc"])
        if error["type"] == "string_type" and loc in raw_env:
            _set(merged, loc, raw_env[loc])
            retried = True
    if retried:
        try:
            return KioskConfig.model_validate(merged)
        except ValidationError as exc:
            errors = exc.errors(include_url=False)
    raise ConfigError([_describe(error, merged, sources) for error in errors])


def _config_key(loc: tuple[Any, ...]) -> Key:
    """Pydantic location -> path in the merged data (drops validator tags)."""
    return tuple(part for part in loc if part != "[key]")


def _set(data: dict[str, Any], path: Key, value: Any) -> None:
    node: Any = data
    for part in path[:-1]:
        node = node[part]
    node[path[-1]] = value


_MISSING = object()


def _lookup(data: Any, path: Key) -> Any:
    node = data
    for part in path:
        try:
            node = node[part]
        except (KeyError, IndexError, TypeError):
            return _MISSING
    return node


def _dotted(path: Key) -> str:
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def _show(value: Any) -> str:
    if isinstance(value, str):
        text = json.dumps(value, ensure_ascii=False)
    elif isinstance(value, bool):
        text = "true" if value else "false"
    elif isinstance(value, dict):
        text = "{...}"
    elif isinstance(value, list | tuple):
        text = "[...]"
    else:
        text = str(value)
    return text if len(text) <= 80 else text[:77] + "..."


def _source(path: Key, sources: dict[Key, str]) -> str | None:
    for end in range(len(path), 0, -1):
        if path[:end] in sources:
            return sources[path[:end]]
    return None


def _describe(error: Any, merged: dict[str, Any], sources: dict[Key, str]) -> str:
    loc = tuple(error["loc"])
    path = _config_key(loc)
    key = _dotted(path)
    source = _source(path, sources)
    origin = f" (from {source})" if source else ""
    kind = error["type"]
    if kind == "extra_forbidden":
        return f"unknown key {key}{origin}"
    if kind == "missing":
        return f"{key}{origin}: required key is missing"
    if loc and loc[-1] == "[key]":
        return f"{key}{origin}: invalid name {_show(path[-1])}: {_reason(error)}"
    value = _lookup(merged, path)
    shown = "" if value is _MISSING else f" = {_show(value)}"
    return f"{key}{shown}{origin}: {_reason(error)}"


def _reason(error: Any) -> str:
    kind: str = error["type"]
    ctx: dict[str, Any] = error.get("ctx") or {}
    if kind == "greater_than_equal":
        return f"must be at least {ctx['ge']}"
    if kind == "less_than_equal":
        return f"must be at most {ctx['le']}"
    if kind == "greater_than":
        return f"must be greater than {ctx['gt']}"
    if kind == "less_than":
        return f"must be less than {ctx['lt']}"
    if kind == "literal_error":
        return f"must be {ctx.get('expected', 'one of the allowed values')}"
    if kind == "string_pattern_mismatch":
        return f"must match the pattern {ctx['pattern']}"
    if kind == "string_too_short":
        return "must not be empty"
    if kind in {"bool_type", "bool_parsing"}:
        return "must be true or false"
    if kind in {"int_type", "int_parsing", "int_from_float"}:
        return "must be a whole number"
    if kind in {"float_type", "float_parsing"}:
        return "must be a number"
    if kind == "finite_number":
        return "must be a finite number"
    if kind == "string_type":
        return "must be a string"
    if kind in {"dict_type", "model_type", "model_attributes_type", "mapping_type"}:
        return "must be a table"
    if kind in {"tuple_type", "list_type"}:
        return "must be an array"
    message: str = error["msg"]
    message = message.removeprefix("Value error, ")
    return message[:1].lower() + message[1:]
