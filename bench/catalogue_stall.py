"""Longest GUI-thread stall while the kiosk starts and loads its catalogue (budget 50 ms).

    .venv/bin/python bench/catalogue_stall.py [--seconds 20]

Runs the real kiosk offscreen twice in this process: the baseline without the backend (no
platform, no catalogue), then in demo mode, where the reference platform is seeded and the
~2,460-item catalogue is downloaded, validated, indexed and stored on worker threads. A 5 ms
QTimer on the GUI thread records how late each tick fires; the table shows the gaps after
the first frame (start-up itself is bench/startup.py's business).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def run(seconds: float, backend: bool) -> dict[str, float]:
    from PySide6.QtCore import QEventLoop, QTimer

    from kiosk.app import AppOptions, KioskApp
    from kiosk.config import load_config

    work = Path(tempfile.mkdtemp(prefix="kiosk-stall-"))
    config = load_config(
        env={
            "KIOSK__KIOSK__DATA_DIR": str(work / "var"),
            "KIOSK__LOGGING__DIR": str(work / "log"),
            "KIOSK__UI__FULLSCREEN": "false",
            "KIOSK__PLATFORM__BASE_URL": "http://127.0.0.1:0",
        }
    )
    app = KioskApp(
        config,
        AppOptions(
            headless=True, start_devices=False, start_network_probe=False, start_backend=backend
        ),
    )
    gaps: list[float] = []
    last = [time.perf_counter()]
    ready_at: list[float] = []

    def tick() -> None:
        now = time.perf_counter()
        gaps.append((now - last[0]) * 1000 - 5)
        last[0] = now
        if not ready_at and app.catalogue.property("ready"):
            ready_at.append(now)

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(5)
    loop = QEventLoop()
    QTimer.singleShot(round(seconds * 1000), loop.quit)
    t0 = time.perf_counter()
    loop.exec()
    timer.stop()
    app.close()
    gaps = gaps[5:]  # the first ticks overlap the first frame
    return {
        "max": max(gaps),
        "p99": sorted(gaps)[int(len(gaps) * 0.99)],
        "median": statistics.median(gaps),
        "ready_s": (ready_at[0] - t0) if ready_at else float("nan"),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=20.0)
    args = parser.parse_args()

    from PySide6.QtGui import QGuiApplication

    from kiosk.app import AppOptions, prepare_qt_environment

    prepare_qt_environment(AppOptions(headless=True))
    _app = QGuiApplication([])
    base = run(args.seconds, backend=False)
    full = run(args.seconds, backend=True)
    print(f"GUI-thread lateness of a 5 ms timer over {args.seconds:.0f} s (ms)")
    print(f"{'run':34} {'median':>7} {'p99':>7} {'max':>7} {'catalogue ready':>16}")
    print(
        f"{'baseline (no backend)':34} {base['median']:7.1f} {base['p99']:7.1f} "
        f"{base['max']:7.1f} {'-':>16}"
    )
    print(
        f"{'demo: platform + catalogue sync':34} {full['median']:7.1f} {full['p99']:7.1f} "
        f"{full['max']:7.1f} {full['ready_s']:15.1f}s"
    )
    print(f"ratio max demo/baseline: {full['max'] / max(base['max'], 0.1):.1f}")
    verdict = "within" if full["max"] <= 50 else "OVER"
    print(f"budget 50 ms longest stall: {full['max']:.0f} ms is {verdict} budget")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
