"""Guard against Qt binding releases that corrupt reference counts.

PySide6 6.12.0's ``Signal.emit()`` dropped a reference to the bool it returns: every emit
lowered the reference count of ``True``/``False`` by one until CPython aborted with
"bool_dealloc: deallocating True or False" — minutes into a soak, hours into a real kiosk's
day. The kiosk emits signals all the time, so this must never come back with an upgrade.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    fired = Signal()
    carried = Signal(object)


def _counts() -> tuple[int, int, int]:
    return sys.getrefcount(True), sys.getrefcount(False), sys.getrefcount(None)


def test_emitting_without_receivers_keeps_reference_counts(qapp) -> None:
    emitter = _Emitter()
    before = _counts()
    for _ in range(2000):
        emitter.fired.emit()
    after = _counts()
    assert all(abs(a - b) < 50 for a, b in zip(after, before, strict=True)), (before, after)


def test_emitting_to_python_receivers_keeps_reference_counts(qapp) -> None:
    emitter = _Emitter()
    seen: list[object] = []
    emitter.fired.connect(lambda: None)
    emitter.carried.connect(seen.append)
    before = _counts()
    for index in range(2000):
        emitter.fired.emit()
        emitter.carried.emit(None if index % 2 else True)
    seen.clear()
    after = _counts()
    assert all(abs(a - b) < 50 for a, b in zip(after, before, strict=True)), (before, after)
