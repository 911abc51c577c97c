"""Device states for the status bar and, later, the diagnostics dashboard.

Rows are fed by ``DeviceHost.statusChanged`` (queued to the GUI thread by Qt), one row per
configured device, in configuration order. QML translates kinds and states itself (``Labels``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import (
    Property,
    QAbstractListModel,
    QByteArray,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)

_ROLES = ("deviceId", "kind", "state", "detail", "ok", "sub")
_ROLE_IDS = {name: Qt.ItemDataRole.UserRole + 1 + i for i, name in enumerate(_ROLES)}

ModelIndex = QModelIndex | QPersistentModelIndex


class DeviceListModel(QAbstractListModel):
    summaryChanged = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[dict[str, Any]] = []
        self._index: dict[str, int] = {}

    def add_device(self, device_id: str, kind: str) -> None:
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(
            {"deviceId": device_id, "kind": kind, "state": "offline", "detail": "", "sub": {}}
        )
        self._index[device_id] = row
        self.endInsertRows()
        self.summaryChanged.emit()

    @Slot(str, dict)
    def on_status(self, device_id: str, status: Mapping[str, Any]) -> None:
        row = self._index.get(device_id)
        if row is None:
            return
        entry = self._rows[row]
        entry["state"] = str(status.get("state", entry["state"]))
        entry["detail"] = str(status.get("detail", ""))
        entry["sub"] = dict(status.get("sub", {}))
        idx = self.index(row)
        self.dataChanged.emit(idx, idx)
        self.summaryChanged.emit()

    def state_of(self, device_id: str) -> str | None:
        row = self._index.get(device_id)
        return None if row is None else self._rows[row]["state"]

    def states(self) -> dict[str, tuple[str, str]]:
        """device id → (kind, state)."""
        return {r["deviceId"]: (r["kind"], r["state"]) for r in self._rows}

    # -- QAbstractListModel -----------------------------------------------------------------
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        entry = self._rows[index.row()]
        for name, rid in _ROLE_IDS.items():
            if rid == role:
                if name == "ok":
                    return entry["state"] == "online"
                return entry[name]
        if role == Qt.ItemDataRole.DisplayRole:
            return entry["deviceId"]
        return None

    def roleNames(self) -> dict[int, QByteArray]:
        return {rid: QByteArray(name.encode()) for name, rid in _ROLE_IDS.items()}

    # -- summary for the status bar ---------------------------------------------------------
    def _problem_count(self) -> int:
        return sum(1 for r in self._rows if r["state"] != "online")

    problemCount = Property(int, _problem_count, notify=summaryChanged)

    def _count(self) -> int:
        return len(self._rows)

    count = Property(int, _count, notify=summaryChanged)
