"""A small run of bench/crash_outbox.py: SIGKILL a kiosk process 10 times at random points
while it enqueues and drains; every application must reach the platform exactly once.
(The bench runs the same code with 200+ kills.)"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "bench" / "crash_outbox.py"


def _bench_module():
    spec = importlib.util.spec_from_file_location("crash_outbox_bench", BENCH)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def test_sigkill_at_random_points_loses_and_duplicates_nothing(tmp_path):
    result = _bench_module().run(kills=10, seed=7, workdir=tmp_path, verbose=False)
    assert result.enqueued > 0
    assert result.lost == 0, result.table()
    assert result.duplicated == 0, result.table()
    assert result.dead == 0, result.table()
    assert result.server_count == result.kiosk_items >= result.enqueued
