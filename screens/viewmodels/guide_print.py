"""Printing a service guide (办事指南) for QML (the ``GuidePrint`` singleton).

The guide screen's "print" button calls :meth:`GuidePrintViewModel.printGuide` with the item
id; the item comes from the catalogue index in memory (no I/O), the document is built with
:func:`drivers.printer.templates.service_guide_document` and printed on the printer host's
worker through :class:`~kiosk.services.printing.PrintService`. ``state`` says how it went
(``printing``, ``printed``, ``failed`` with ``reason``) for the item ``itemId``; ``available``
and ``paperOut`` let the screen say up front that printing is not possible now.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.logs import log_event

__all__ = ["GuidePrintViewModel", "service_guide"]

log = logging.getLogger(__name__)


def _days(n: int, lang: str) -> str:
    if lang.startswith("en"):
        return "on the spot" if n == 0 else f"{n} working days"
    return "即办" if n == 0 else f"{n}个工作日"


def service_guide(item: Any, department: str, lang: str = "zh_CN") -> Any:
    """The printable guide of a catalogue :class:`~kiosk.catalogue.models.Item`."""
    from drivers.printer.templates import GuideMaterial, ServiceGuide

    english = lang.startswith("en")
    materials = []
    for material in item.materials:
        parts = []
        if material.copies > 1:
            parts.append(f"{material.copies} copies" if english else f"{material.copies}份")
        if not material.required:
            parts.append("if applicable" if english else "如适用")
        if material.note:
            parts.append(str(material.note))
        materials.append(GuideMaterial(str(material.name), "，".join(parts)))
    visits = (
        (f"{item.visits} visit(s)" if english else f"最多跑{item.visits}次")
        if item.visits
        else ("none (online or at a kiosk)" if english else "零跑动")
    )
    return ServiceGuide(
        item_name=str(item.name),
        department=department,
        conditions=[str(c) for c in item.conditions],
        materials=materials,
        fee=str(item.fee.text),
        legal_limit=_days(int(item.time_limit.legal_days), lang),
        promised_limit=_days(int(item.time_limit.promised_days), lang),
        visits=visits,
        location="；".join(str(w) for w in item.where_else[:3]),
        printed_at=datetime.now().astimezone(),
    )


class GuidePrintViewModel(QObject):
    changed = Signal()

    def __init__(
        self,
        *,
        index: Callable[[], Any],
        printing: Any,
        language: Callable[[], str] = lambda: "zh_CN",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._index = index
        self._printing = printing
        self._language = language
        self._item_id = ""
        self._state = ""
        self._reason = ""
        self._job = ""
        printing.jobFinished.connect(self._on_job_finished)
        printing.availableChanged.connect(self.changed)

    @Slot(str)
    def printGuide(self, item_id: str) -> None:
        if self._state == "printing":
            return
        self._item_id = item_id
        if not self._printing.property("available"):
            out = self._printing.property("paper") == "out"
            self._set("failed", "paper_out" if out else "unavailable")
            return
        index = self._index()
        item = index.item(item_id) if index is not None else None
        if item is None:
            self._set("failed", "error")
            return
        from drivers.printer.templates import service_guide_document

        lang = self._language()
        department = str(getattr(index, "department_name", {}).get(item_id, ""))
        document = service_guide_document(service_guide(item, department, lang), lang)
        log_event(log, "guide.print")
        self._set("printing", "")
        self._job = self._printing.print_document(document)

    @Slot()
    def clear(self) -> None:
        self._item_id = ""
        self._job = ""
        self._set("", "")

    @Slot(str, bool, str)
    def _on_job_finished(self, job_id: str, ok: bool, reason: str) -> None:
        if job_id and job_id == self._job:
            self._job = ""
            self._set("printed" if ok else "failed", "" if ok else reason)

    def _set(self, state: str, reason: str) -> None:
        self._state, self._reason = state, reason
        self.changed.emit()

    def _get_state(self) -> str:
        return self._state

    def _get_reason(self) -> str:
        return self._reason

    def _get_item_id(self) -> str:
        return self._item_id

    def _get_available(self) -> bool:
        return bool(self._printing.property("available"))

    def _get_paper_out(self) -> bool:
        return self._printing.property("paper") == "out"

    state = Property(str, _get_state, notify=changed)
    reason = Property(str, _get_reason, notify=changed)
    itemId = Property(str, _get_item_id, notify=changed)
    available = Property(bool, _get_available, notify=changed)
    paperOut = Property(bool, _get_paper_out, notify=changed)
