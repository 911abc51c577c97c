"""Work-arounds for defects of the pinned Qt binding, installed before any signal is emitted.

PySide6 6.12.0 drops one reference each time it hands back a singleton it did not own:

* ``Signal.emit()`` returns ``True`` without counting the reference it gives away;
* a ``Property`` getter that returns ``None`` loses a reference to ``None`` on every read.

CPython 3.11 still counts references to ``True``, ``False`` and ``None`` (3.12 made them
immortal), so after a few hundred thousand emits or reads the count reaches zero and the
interpreter aborts with "bool_dealloc: deallocating True or False" or "none_dealloc". A kiosk
emits signals all day: unpatched, it died within the soak. Other objects are not affected
(``tests/kiosk/test_pyside_refcounts.py`` checks emits with payloads, properties of every type
and slots).

6.11.3 does not have this defect but has another one that matters more here (QML types
registered by one app instance are unusable for the next in the same process, which breaks
every test run), so the pin stays on 6.12.0 and the three singletons are made effectively
immortal, as CPython 3.12 does: their reference counts are raised by 2**40, which at a thousand
lost references a second lasts thirty years. Version-gated: a binding without the defect is
left alone.
"""

from __future__ import annotations

import ctypes
import sys

__all__ = ["AFFECTED", "install", "installed"]

#: binding versions known to drop references to singletons
AFFECTED = frozenset({"6.12.0"})
_BOOST = 1 << 40
_done: list[bool] = []


def installed() -> bool:
    return bool(_done)


def install() -> bool:
    """Apply the work-around if the running PySide6 needs it; True if applied (idempotent)."""
    if _done:
        return True
    import PySide6

    if PySide6.__version__ not in AFFECTED or sys.version_info >= (3, 12):
        return False
    for singleton in (True, False, None):
        # ob_refcnt is the first field of every object in a release build of CPython 3.11.
        ctypes.c_ssize_t.from_address(id(singleton)).value += _BOOST
    _done.append(True)
    return True
