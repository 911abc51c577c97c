"""Which services can run right now, for QML (the ``Features`` singleton).

A service whose device is not ``online`` is shown as temporarily unavailable with the reason
(the device kind and its state, translated by ``Labels``); it comes back by itself when the
device does. The rule lives in :mod:`kiosk.services.availability`; this object only follows the
device list and publishes, per blocked feature, its first blocking device.

QML::

    readonly property var blocker: Features.blocked["progress_by_card"]  // undefined: available
    enabled: blocker === undefined
    text: Labels.deviceKind(blocker.kind) + ": " + Labels.deviceState(blocker.state)
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.services.availability import FEATURES, Feature, feature_blockers


class FeaturesViewModel(QObject):
    changed = Signal()

    def __init__(
        self, features: Iterable[Feature] = FEATURES, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._features = tuple(features)
        self._blocked: dict[str, dict[str, str]] = {}
        self.update({})

    def update(self, device_states: Mapping[str, tuple[str, str]]) -> None:
        """Recompute from ``device id → (kind, state)`` (``DeviceListModel.states()``)."""
        blocked: dict[str, dict[str, str]] = {}
        for feature in self._features:
            blockers = feature_blockers(feature.name, self._features, device_states)
            if blockers:
                kind, state = blockers[0]
                blocked[feature.name] = {"kind": kind, "state": state}
        if blocked != self._blocked:
            self._blocked = blocked
            self.changed.emit()

    def is_available(self, name: str) -> bool:
        return name not in self._blocked

    @Slot(str, result=bool)
    def available(self, name: str) -> bool:
        return self.is_available(name)

    def _get_blocked(self) -> dict[str, dict[str, str]]:
        return {name: dict(blocker) for name, blocker in self._blocked.items()}

    blocked = Property("QVariantMap", _get_blocked, notify=changed)
