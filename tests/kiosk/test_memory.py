"""Allocator tuning (kiosk/services/memory.py): big blocks go back to the kernel when freed.

Each check runs in a fresh interpreter: the settings are process-wide, and a fresh process has
no other threads allocating while the blocks are counted.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from kiosk.services import memory

PROBE = textwrap.dedent(
    """
    import ctypes, sys
    from kiosk.services.memory import heap_stats, tune_allocator

    libc = ctypes.CDLL("libc.so.6")
    libc.malloc.restype = ctypes.c_void_p
    libc.free.argtypes = [ctypes.c_void_p]
    if sys.argv[1] == "tuned":
        assert tune_allocator()
    mapped = []
    for _ in range(4):  # a camera frame's worth, allocated and freed again and again
        before = heap_stats()["mapped"]
        block = libc.malloc(900_000)
        mapped.append(int(heap_stats()["mapped"] - before >= 0.85))  # MB: mapped on its own
        libc.free(block)
    print(",".join(map(str, mapped)))
    """
)


def _run(mode: str) -> list[int]:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, mode], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    return [int(n) for n in done.stdout.strip().split(",")]


needs_glibc = pytest.mark.skipif(memory._glibc() is None, reason="the C library is not glibc")


@needs_glibc
def test_untuned_glibc_serves_a_freed_frame_size_from_the_heap() -> None:
    # The control: glibc's dynamic threshold moves above a block once one was freed, so
    # the next ones come from the heap (where they fragment it).
    assert _run("untuned")[0] == 1
    assert _run("untuned")[1:] == [0, 0, 0]


@needs_glibc
def test_tuned_allocator_maps_every_frame_size_block() -> None:
    assert _run("tuned") == [1, 1, 1, 1]


@needs_glibc
def test_tuning_is_idempotent() -> None:
    assert memory.tune_allocator()
    assert memory.tune_allocator()


TRIM = textwrap.dedent(
    """
    import ctypes
    from kiosk.services.memory import release_free_memory

    libc = ctypes.CDLL("libc.so.6")
    libc.malloc.restype = ctypes.c_void_p
    libc.free.argtypes = [ctypes.c_void_p]
    blocks = [libc.malloc(16_000) for _ in range(2_000)]  # 32 MB of heap, not mapped
    keep = libc.malloc(16_000)  # the heap's top stays in use: only a trim can give pages back
    for block in blocks:
        libc.free(block)
    print(release_free_memory())
    """
)


@needs_glibc
def test_release_gives_freed_heap_pages_back() -> None:
    done = subprocess.run([sys.executable, "-c", TRIM], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "True"
