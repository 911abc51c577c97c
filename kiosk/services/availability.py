"""Which services can run with the devices that are online right now.

Failure degrades, never crashes: a service whose required device is not ``online`` is shown as
temporarily unavailable; when no service is left the kiosk shows the out-of-service screen.
Pure functions, no Qt, so the rule is tested without a window.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Feature:
    """A thing a resident can do at the kiosk and the device kinds it cannot do without."""

    name: str
    requires: frozenset[str] = field(default_factory=frozenset)


#: What the kiosk offers today. Browsing the catalogue and reading guides need no device;
#: later features (apply, pickup, print) add their required device kinds here.
FEATURES: tuple[Feature, ...] = (Feature("browse"),)


def blocked_features(
    features: Iterable[Feature], device_states: Mapping[str, tuple[str, str]]
) -> dict[str, list[str]]:
    """Feature name → device ids that block it (a kind with no online device blocks too)."""
    online_kinds = {kind for kind, state in device_states.values() if state == "online"}
    blocked: dict[str, list[str]] = {}
    for feature in features:
        missing = sorted(feature.requires - online_kinds)
        if missing:
            blocked[feature.name] = [
                dev for dev, (kind, _state) in device_states.items() if kind in missing
            ] or missing
    return blocked


def unavailable_reason(
    features: Iterable[Feature], device_states: Mapping[str, tuple[str, str]]
) -> str:
    """``""`` if at least one feature can run, else ``"no_services"``."""
    features = tuple(features)
    blocked = blocked_features(features, device_states)
    return "no_services" if len(blocked) == len(features) else ""
