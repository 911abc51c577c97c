"""The catalogue as QML sees it: search results, theme lists and one item's guide.

QML binds to :class:`CatalogueViewModel` as the ``Catalogue`` singleton. The catalogue itself
and its search index come from :class:`kiosk.catalogue.sync.CatalogueSync`, which builds them
on its worker thread and calls :meth:`CatalogueViewModel.on_activated` there; the view-model
re-emits that as a queued Qt signal, so the swap (and every model reset) happens on the GUI
thread. ``search`` runs synchronously on the GUI thread because the index answers a keystroke
in a few milliseconds (``bench/search.py``: p99 well under the 5 ms budget); nothing here does
disk or network I/O.

Names, departments and guide texts are Chinese data from the platform and are shown as they
are in both languages; the UI chrome around them is translated in QML.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Sequence
from typing import Any, Final

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

from kiosk.catalogue.models import Item
from kiosk.catalogue.search import SearchIndex
from kiosk.catalogue.sync import ActiveCatalogue, SyncStatus

__all__ = ["DEFAULT_GUIDE_URL", "CatalogueViewModel", "ServiceListModel", "qr_data_url"]

log = logging.getLogger(__name__)

#: Where a resident's phone opens an item's guide (the QR code on the guide screen).
DEFAULT_GUIDE_URL: Final = "https://zwfw.example.gov.cn/guide/{item_id}"
SEARCH_LIMIT: Final = 50
#: how many of the site's hot services the home screen shows
HOT_LIMIT: Final = 6

_ROLES = ("itemId", "name", "department", "selfService", "themes", "hot", "identityLevel")
_ROLE_IDS = {name: Qt.ItemDataRole.UserRole + 1 + i for i, name in enumerate(_ROLES)}

ModelIndex = QModelIndex | QPersistentModelIndex


class ServiceListModel(QAbstractListModel):
    """Rows of services (search results or a theme's list) for ``ServiceRow`` delegates."""

    countChanged = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[dict[str, Any]] = []

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()
        self.countChanged.emit()

    def rows(self) -> list[dict[str, Any]]:
        return list(self._rows)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row["name"]
        for name, rid in _ROLE_IDS.items():
            if rid == role:
                return row[name]
        return None

    def roleNames(self) -> dict[int, QByteArray]:
        return {rid: QByteArray(name.encode()) for name, rid in _ROLE_IDS.items()}

    def _count(self) -> int:
        return len(self._rows)

    count = Property(int, _count, notify=countChanged)


@functools.lru_cache(maxsize=64)
def qr_data_url(text: str, scale: int = 8) -> str:
    """A PNG ``data:`` URL of a QR code for ``text`` (QML shows it in an ``Image``).

    About 8 ms per code on the GUI thread, hence the cache (residents reopen the same guides).
    """
    import segno  # small, pure Python; imported when a guide is first opened

    return str(segno.make(text, error="m").png_data_uri(scale=scale, border=2))


class CatalogueViewModel(QObject):
    """The ``Catalogue`` QML singleton."""

    stateChanged = Signal()  # ready/version/itemCount/state
    statusChanged = Signal()  # lastSync/lastError
    queryChanged = Signal()
    # Cross-thread hand-over: emitted on the sync worker, delivered on the GUI thread.
    _activated = Signal(object)
    _status = Signal(object)

    def __init__(
        self,
        *,
        guide_url: str = DEFAULT_GUIDE_URL,
        loading: bool = False,
        parent: QObject | None = None,
    ) -> None:
        """``loading``: a sync worker is about to load the stored copy (say so, not "missing")."""
        super().__init__(parent)
        self._guide_url = guide_url
        self._loading = loading
        self._active: ActiveCatalogue | None = None
        self._sync_status: SyncStatus | None = None
        self._query = ""
        self._browse: tuple[str, str] | None = None
        self._results = ServiceListModel(self)
        self._browse_results = ServiceListModel(self)
        self._activated.connect(self._apply_active)
        self._status.connect(self._apply_status)

    # -- called by CatalogueSync on its worker thread -----------------------------------------
    def on_activated(self, active: ActiveCatalogue) -> None:
        self._activated.emit(active)

    def on_status(self, status: SyncStatus) -> None:
        self._status.emit(status)

    # -- GUI thread -----------------------------------------------------------------------------
    def set_active(self, active: ActiveCatalogue | None) -> None:
        """Serve ``active`` now (GUI thread; tests and the wiring's first load use it)."""
        self._apply_active(active)

    @Slot(object)
    def _apply_active(self, active: ActiveCatalogue | None) -> None:
        self._active = active
        self._refresh_results()
        if self._browse is not None:
            self.browse(*self._browse)
        self.stateChanged.emit()

    @Slot(object)
    def _apply_status(self, status: SyncStatus) -> None:
        self._sync_status = status
        self._loading = False
        self.statusChanged.emit()
        self.stateChanged.emit()  # "loading" becomes "missing" once the first load is done

    @property
    def index(self) -> SearchIndex | None:
        return self._active.index if self._active is not None else None

    # -- properties ---------------------------------------------------------------------------
    def _ready(self) -> bool:
        return self._active is not None

    ready = Property(bool, _ready, notify=stateChanged)

    def _state(self) -> str:
        """``ready``, ``loading`` (before the first load finished) or ``missing``."""
        if self._active is not None:
            return "ready"
        return "loading" if self._loading else "missing"

    state = Property(str, _state, notify=stateChanged)

    def _version(self) -> int:
        return self._active.version if self._active is not None else 0

    version = Property(int, _version, notify=stateChanged)

    def _item_count(self) -> int:
        return len(self._active.index) if self._active is not None else 0

    itemCount = Property(int, _item_count, notify=stateChanged)

    def _last_sync(self) -> str:
        status = self._sync_status
        return (status.last_success_at or "") if status is not None else ""

    lastSync = Property(str, _last_sync, notify=statusChanged)

    def _last_error(self) -> str:
        return self._sync_status.last_error if self._sync_status is not None else ""

    lastError = Property(str, _last_error, notify=statusChanged)

    def _get_results(self) -> ServiceListModel:
        return self._results

    results = Property(QObject, _get_results, constant=True)

    def _get_browse_results(self) -> ServiceListModel:
        return self._browse_results

    browseResults = Property(QObject, _get_browse_results, constant=True)

    def _result_limit(self) -> int:
        return SEARCH_LIMIT

    resultLimit = Property(int, _result_limit, constant=True)

    def _get_query(self) -> str:
        return self._query

    query = Property(str, _get_query, notify=queryChanged)

    # -- slots --------------------------------------------------------------------------------
    @Slot(str)
    def search(self, text: str) -> None:
        """Results as you type; an empty query lists the site's hot services."""
        if text != self._query:
            self._query = text
            self.queryChanged.emit()
        self._refresh_results()

    @Slot(str, str)
    def browse(self, theme: str, audience: str) -> None:
        """The services of a theme (and audience), hot first, into ``browseResults``."""
        self._browse = (theme, audience)
        index = self.index
        items = index.browse(theme, audience) if index is not None else []
        self._browse_results.set_rows(self._rows(items))

    def _hot_items(self) -> list[dict[str, Any]]:
        """The site's hot list (``site.hot``, hidden items left out), at most ``HOT_LIMIT``."""
        index = self.index
        if index is None:
            return []
        return self._rows(index.hot_items()[:HOT_LIMIT])

    hotItems = Property("QVariantList", _hot_items, notify=stateChanged)

    def _bundles(self) -> list[dict[str, Any]]:
        """The "一件事" bundles offered here (those whose lead service is not hidden)."""
        index = self.index
        catalogue = self._active.catalogue if self._active is not None else None
        if index is None or catalogue is None:
            return []
        out = []
        for bundle in catalogue.bundles:
            if index.item(bundle.lead_item_id) is None:
                continue
            items = [i for i in (index.item(x) for x in bundle.item_ids) if i is not None]
            out.append(
                {
                    "bundleId": bundle.bundle_id,
                    "name": bundle.name,
                    "count": len(items),
                    "selfService": all(i.self_service for i in items),
                }
            )
        return out

    bundles = Property("QVariantList", _bundles, notify=stateChanged)

    @Slot(str, result="QVariantMap")
    def bundle(self, bundle_id: str) -> dict[str, Any]:
        """One bundle with its services for the bundle screen (``{}`` if not offered here).

        ``complete`` is False when the site hides one of its services (those are left out of
        ``items``: hidden services are never shown); ``selfService`` when every service shown
        can be done at this kiosk.
        """
        index = self.index
        catalogue = self._active.catalogue if self._active is not None else None
        if index is None or catalogue is None:
            return {}
        found = next((b for b in catalogue.bundles if b.bundle_id == bundle_id), None)
        if found is None or index.item(found.lead_item_id) is None:
            return {}
        items = [i for i in (index.item(x) for x in found.item_ids) if i is not None]
        rows = self._rows(items)
        for row in rows:
            row["lead"] = row["itemId"] == found.lead_item_id
        return {
            "bundleId": found.bundle_id,
            "name": found.name,
            "leadItemId": found.lead_item_id,
            "items": rows,
            "complete": len(items) == len(found.item_ids),
            "selfService": all(i.self_service for i in items),
        }

    @Slot(str, result="QVariantMap")
    def item(self, item_id: str) -> dict[str, Any]:
        """Everything the guide screen shows about one service (``{}`` if unknown)."""
        index = self.index
        found = index.item(item_id) if index is not None else None
        if found is None:
            return {}
        return self._guide(found, index)  # type: ignore[arg-type]

    # -- helpers ------------------------------------------------------------------------------
    def _refresh_results(self) -> None:
        index = self.index
        if index is None:
            self._results.set_rows([])
            return
        hits = index.search(self._query, SEARCH_LIMIT)
        items = [index.item(h.item_id) for h in hits]
        self._results.set_rows(self._rows([i for i in items if i is not None]))

    def _rows(self, items: Sequence[Item]) -> list[dict[str, Any]]:
        index = self.index
        if index is None:
            return []
        hot = set(index.hot)
        return [
            {
                "itemId": item.item_id,
                "name": item.name,
                "department": index.department_name[item.item_id],
                "selfService": item.self_service,
                "themes": list(item.themes),
                "hot": item.item_id in hot,
                "identityLevel": item.identity_level,
            }
            for item in items
        ]

    def _guide(self, item: Item, index: SearchIndex) -> dict[str, Any]:
        catalogue = self._active.catalogue if self._active is not None else None
        bundles = catalogue.bundles if catalogue is not None else ()
        url = self._guide_url.format(item_id=item.item_id)
        return {
            "itemId": item.item_id,
            "code": item.code,
            "name": item.name,
            "shortName": item.short_name or "",
            "department": index.department_name[item.item_id],
            "kioskMode": item.kiosk_mode,
            "selfService": item.self_service,
            "identityLevel": item.identity_level,
            "conditions": list(item.conditions),
            "materials": [
                {
                    "materialId": m.material_id,
                    "name": m.name,
                    "required": m.required,
                    "ecert": m.ecert_type is not None,
                    "tolerance": m.tolerance,
                    "copies": m.copies,
                    "note": m.note or "",
                }
                for m in item.materials
            ],
            "feeText": item.fee.text,
            "feeFen": item.fee.amount_fen,
            "legalDays": item.time_limit.legal_days,
            "promisedDays": item.time_limit.promised_days,
            "visits": item.visits,
            "whereElse": list(item.where_else),
            "legalBasis": list(item.legal_basis),
            "deliveries": list(item.deliveries),
            "bundles": [b.name for b in bundles if b.bundle_id in item.bundle_ids],
            "guideUrl": url,
            "qr": qr_data_url(url),
        }
