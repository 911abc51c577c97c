"""The Qt binding must not lose references to the objects it hands back.

PySide6 6.12.0 drops a reference to ``True`` on every ``Signal.emit()`` and to ``None`` on
every read of a property whose getter returns ``None``; CPython 3.11 aborts when such a count
reaches zero ("bool_dealloc: deallocating True or False"). ``kiosk/qtcompat.py`` raises their
counts out of reach on the affected version. These tests fail if a binding upgrade brings a
new kind of lost reference (payloads, other return types, slots) or if the work-around is not
active where it is needed.
"""

from __future__ import annotations

import sys

import PySide6
from PySide6.QtCore import Property, QMetaObject, QObject, Qt, Signal, Slot

from kiosk import qtcompat

PAYLOAD = {"k": [1, 2]}
TEXT = "some text value"


class _Vm(QObject):
    fired = Signal()
    carried = Signal(object)
    pair = Signal(str, dict)

    def _map(self) -> dict:
        return PAYLOAD

    mapping = Property("QVariantMap", _map, constant=True)

    def _text(self) -> str:
        return TEXT

    text = Property(str, _text, constant=True)

    def _nothing(self) -> object:
        return None

    nothing = Property("QVariant", _nothing, constant=True)

    @Slot(result=str)
    def name(self) -> str:
        return TEXT


def _delta(action, objects, n: int = 500) -> list[int]:
    before = [sys.getrefcount(o) for o in objects]
    for _ in range(n):
        action()
    return [sys.getrefcount(o) - b for o, b in zip(objects, before, strict=True)]


def test_the_work_around_is_active_on_the_affected_binding() -> None:
    if PySide6.__version__ in qtcompat.AFFECTED and sys.version_info < (3, 12):
        assert qtcompat.installed()
        assert sys.getrefcount(True) > 1 << 39
        assert sys.getrefcount(None) > 1 << 39


def test_payloads_of_emitted_signals_keep_their_references(qapp) -> None:
    vm = _Vm()
    seen: list[object] = []
    vm.carried.connect(seen.append)
    vm.pair.connect(lambda *_args: None)
    (grown,) = _delta(lambda: vm.carried.emit(PAYLOAD), [PAYLOAD])
    assert abs(grown - len(seen)) <= 2  # the receiver's list holds one per emit, no fewer
    seen.clear()
    assert all(abs(d) <= 2 for d in _delta(lambda: vm.pair.emit(TEXT, PAYLOAD), [PAYLOAD, TEXT]))


def test_property_reads_keep_references_of_what_they_return(qapp) -> None:
    vm = _Vm()
    # A lost reference per read would show as -500; a couple of temporaries are noise.
    assert abs(_delta(lambda: vm.property("mapping"), [PAYLOAD])[0]) <= 2
    assert abs(_delta(lambda: vm.property("text"), [TEXT])[0]) <= 2


def test_many_emits_and_none_reads_do_not_abort(qapp) -> None:
    vm = _Vm()
    vm.fired.connect(lambda: None)
    for _ in range(20_000):
        vm.fired.emit()
        vm.property("nothing")
    assert sys.getrefcount(True) > 100 and sys.getrefcount(None) > 100


def test_invoked_slots_keep_references(qapp) -> None:
    vm = _Vm()
    call = lambda: QMetaObject.invokeMethod(vm, "name", Qt.ConnectionType.DirectConnection)  # noqa: E731
    assert _delta(call, [TEXT])[0] >= -2
