"""``reload_config`` from the platform: re-read, validate, apply what is safe live, else restart.

:func:`plan_reload` compares two validated configurations key by key. Keys in
:data:`HOT_KEYS` (or under a hot prefix) are applied in the running kiosk: attract notices,
idle timings, the heartbeat interval, the log level, the maintenance schedule.
Anything else (devices, stores, keys, the platform URL, the window...) could leave a device or
a store half-reconfigured, so it is applied by a clean restart once no visit is in progress
(:class:`kiosk.services.maintenance.RestartGate`).

No personal data is involved: configuration holds none, and the messages name keys only.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

__all__ = ["HOT_KEYS", "ReloadPlan", "changed_keys", "plan_reload"]

#: Dotted keys (or prefixes ending in ".") that a running kiosk applies without a restart.
HOT_KEYS: frozenset[str] = frozenset(
    {
        "ui.notices",
        "ui.idle_timeout_s",
        "ui.idle_countdown_s",
        "ui.elder_timeout_factor",
        "platform.heartbeat_interval_s",
        "logging.level",
        "maintenance.",
    }
)


def _flatten(value: Any, prefix: str = "") -> Iterator[tuple[str, Any]]:
    if isinstance(value, Mapping):
        if not value and prefix:
            yield prefix, {}
        for key, child in value.items():
            yield from _flatten(child, f"{prefix}.{key}" if prefix else str(key))
    else:
        yield prefix, value


def changed_keys(old: Any, new: Any) -> set[str]:
    """Dotted keys whose values differ between two configurations (arrays compared whole)."""
    a = dict(_flatten(old.model_dump(mode="json")))
    b = dict(_flatten(new.model_dump(mode="json")))
    return {key for key in a.keys() | b.keys() if a.get(key) != b.get(key)}


def is_hot(key: str) -> bool:
    return key in HOT_KEYS or any(p.endswith(".") and key.startswith(p) for p in HOT_KEYS)


@dataclass(frozen=True)
class ReloadPlan:
    hot: frozenset[str] = field(default_factory=frozenset)
    cold: frozenset[str] = field(default_factory=frozenset)

    @property
    def unchanged(self) -> bool:
        return not self.hot and not self.cold

    @property
    def needs_restart(self) -> bool:
        return bool(self.cold)

    def describe(self, limit: int = 300) -> str:
        keys = ", ".join(sorted(self.cold or self.hot))
        return keys if len(keys) <= limit else keys[: limit - 3] + "..."


def plan_reload(old: Any, new: Any) -> ReloadPlan:
    keys = changed_keys(old, new)
    return ReloadPlan(
        hot=frozenset(k for k in keys if is_hot(k)),
        cold=frozenset(k for k in keys if not is_hot(k)),
    )
