"""Keep the memory of a process that runs for months flat (glibc's allocator).

Lesson from the 1,000-session soak (``bench/soak.py``): resident memory grew about 3 MB per face
verification (RSS 544 → 657 MB over the soak) while the bytes actually in use did not
(``mallinfo2``: in use +6 MB, free-but-kept +32 MB over 11 verifications; heaptrack found
1.4 MB not freed, all of it Qt's bounded glyph cache). The growth was fragmentation:

* glibc raises its mmap threshold each time a large block served by ``mmap`` is freed (the
  "dynamic threshold"). After the first 640×480 camera frame (900 KB) was freed, every later
  frame, JPEG and OpenCV buffer came from the heap instead, and freed frames left holes that
  the heap could not give back;
* every thread that allocates gets its own arena (up to 8 per core), so the camera, printer,
  card-reader and outbox workers each fragmented a heap of their own.

:func:`tune_allocator` fixes the mmap threshold at 256 KB (which also turns the dynamic
threshold off: big buffers always go back to the kernel when freed) and caps the arenas at
two. Measured with 12 face verifications in a row (``bench/soak.py`` figures are in the
README): +25 MB untuned, +2.4 MB with the fixed threshold, +2.8 MB with two arenas.
:func:`release_free_memory` (``malloc_trim``) hands free pages back between visits.

Both are no-ops where the C library is not glibc (musl, macOS): :func:`tune_allocator` then
returns ``False``. The same settings can be given to a process before it starts through
``MALLOC_MMAP_THRESHOLD_`` and ``MALLOC_ARENA_MAX`` (the systemd unit does).

No exceptions: a missing symbol means "not glibc" and is reported by the return value.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
import logging
import threading

log = logging.getLogger(__name__)

#: Blocks at least this big are mapped on their own and unmapped when freed.
MMAP_THRESHOLD = 256 * 1024
#: Arenas for all threads together (glibc's default is 8 per core).
ARENA_MAX = 2

# mallopt parameters from <malloc.h>
_M_MMAP_THRESHOLD = -3
_M_ARENA_MAX = -8

_lock = threading.Lock()
_tuned = False


@functools.cache
def _glibc() -> ctypes.CDLL | None:
    """The C library when it is glibc (loaded once), else None."""
    name = ctypes.util.find_library("c") or "libc.so.6"
    try:
        libc = ctypes.CDLL(name)
    except OSError:
        return None
    if not hasattr(libc, "mallopt") or not hasattr(libc, "malloc_trim"):
        return None
    return libc


def tune_allocator(mmap_threshold: int = MMAP_THRESHOLD, arena_max: int = ARENA_MAX) -> bool:
    """Apply the settings above to this process (idempotent). Call it as early as possible:
    arenas that threads already own stay as they are. ``True`` when glibc took them."""
    global _tuned
    with _lock:
        if _tuned:
            return True
        libc = _glibc()
        if libc is None:
            log.info("allocator tuning skipped: the C library is not glibc")
            return False
        ok = bool(libc.mallopt(_M_MMAP_THRESHOLD, mmap_threshold)) and bool(
            libc.mallopt(_M_ARENA_MAX, arena_max)
        )
        if ok:
            _tuned = True
            log.info(
                "allocator tuned: mmap threshold %d KB, at most %d arenas",
                mmap_threshold // 1024,
                arena_max,
            )
        else:
            log.warning("allocator tuning refused by mallopt")
        return ok


class _MallInfo2(ctypes.Structure):
    _fields_ = [  # struct mallinfo2 of <malloc.h>, in order
        (name, ctypes.c_size_t)
        for name in (
            "arena",
            "ordblks",
            "smblks",
            "hblks",
            "hblkhd",
            "usmblks",
            "fsmblks",
            "uordblks",
            "fordblks",
            "keepcost",
        )
    ]


def heap_stats() -> dict[str, float] | None:
    """glibc's own account of its heap in MB (``mallinfo2``): ``in_use`` (live blocks, mapped
    ones included), ``free`` (kept by the allocator, not given back) and ``mapped`` (blocks
    served by mmap). None where there is no glibc ≥ 2.33. For the soak's memory table."""
    libc = _glibc()
    if libc is None or not hasattr(libc, "mallinfo2"):
        return None
    libc.mallinfo2.restype = _MallInfo2
    info = libc.mallinfo2()
    mb = 1024 * 1024
    return {
        "in_use": (info.uordblks + info.hblkhd) / mb,
        "free": info.fordblks / mb,
        "mapped": info.hblkhd / mb,
    }


def release_free_memory() -> bool:
    """Give free heap pages back to the kernel (``malloc_trim(0)``). Takes a few ms and locks
    each arena in turn: call it from a worker, between visits. ``True`` when pages were
    released."""
    libc = _glibc()
    if libc is None:
        return False
    return bool(libc.malloc_trim(0))
