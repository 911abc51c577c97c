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
FEATURES: tuple[Feature, ...] = (
    Feature("browse"),
    # 办件进度查询: by application number needs nothing; with the ID card it needs the reader.
    Feature("progress_by_number"),
    Feature("progress_by_card", frozenset({"idcard"})),
    # ... and with the QR code printed on the receipt it needs the camera.
    Feature("progress_by_qr", frozenset({"camera"})),
    # Identity for services that need a face check, and the mobile-app QR code.
    Feature("identity_face", frozenset({"idcard", "camera"})),
    Feature("identity_qr", frozenset({"camera"})),
    # 取件: the certificate cabinet must answer (the code needs nothing else; the ID-card way
    # needs the reader and the camera too, checked on the pickup screen).
    Feature("pickup", frozenset({"cabinet"})),
    # Applying (screens/viewmodels/apply.py): the ID card always, the camera for the face
    # check; the printer is not needed (without paper the receipt is shown on screen).
    Feature("apply", frozenset({"idcard"})),
    Feature("apply_face", frozenset({"idcard", "camera"})),
)


def feature_blockers(
    feature: str,
    features: Iterable[Feature],
    device_states: Mapping[str, tuple[str, str]],
) -> list[tuple[str, str]]:
    """(kind, state) of each device that keeps ``feature`` from running; [] when it can run.

    A required kind with no configured device at all is reported as (kind, ``"no_device"``).
    """
    wanted = next((f for f in features if f.name == feature), None)
    if wanted is None:
        raise KeyError(f"unknown feature {feature!r}")
    blockers: list[tuple[str, str]] = []
    for kind in sorted(wanted.requires):
        states = [state for k, state in device_states.values() if k == kind]
        if "online" in states:
            continue
        blockers.append((kind, states[0] if states else "no_device"))
    return blockers


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
