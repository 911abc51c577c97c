"""Touch-to-feedback latency and GUI-thread stalls per resident journey (budgets 100 / 50 ms).

    .venv/bin/python bench/responsiveness.py [--rounds 5] [--json out/responsiveness.json]

One kiosk with every simulator and the reference platform on loopback (``bench/journeys.py``).
Each journey runs ``--rounds`` times through the real UI: every touch is a synthetic touch
event on the window, timed from the press to the next frame the window shows; a 10 ms timer on
the GUI thread (``kiosk.services.stall.StallMonitor``) gives the longest stall of each journey.
The first round of each journey also pays for compiling its QML screens (once per process);
it is reported separately ("cold") from the later rounds ("warm").

Baseline, in the same process: a touch on a static item of the home screen (its title),
i.e. touch delivery plus one frame with nothing to do; the table gives each journey's median
as a ratio of it.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from journeys import (
    Kiosk,
    Resident,
    Stuck,
    Submitted,
    apply_social_card,
    browse,
    help_call,
    progress_by_number,
    search,
    summarize,
    ticket,
    touch,
)

TOUCH_BUDGET_MS = 100.0
STALL_BUDGET_MS = 50.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args()

    from PySide6.QtCore import QPointF

    from kiosk.services.stall import StallMonitor

    kiosk = Kiosk(idle_timeout_s=120.0)
    kiosk.pump(2000)  # let start-up work (catalogue activation, first heartbeat) settle
    submitted: list[Submitted] = []
    number = "SQ20261122000001"
    journeys = {
        "browse (theme → guide)": browse,
        "search (pinyin → guide)": search,
        "progress by number": lambda you: progress_by_number(you, number),
        "call for help": help_call,
        "queue ticket": ticket,
        "apply 社会保障卡申领": lambda you: apply_social_card(you, submitted),
    }

    # Baseline: touches on the home screen's title (nothing reacts; one frame is drawn).
    # Not the status bar: five taps in its corner open the technicians' PIN dialog.
    starter = Resident(kiosk)
    browse(starter)  # one visit first: the home screen's first load is not the baseline
    kiosk.pump(500)
    starter.start_visit()
    title = kiosk.app.find("homeTitle")
    baseline: list[float] = []
    for _ in range(30):
        centre = title.mapToScene(QPointF(title.width() / 2, title.height() / 2))  # type: ignore[union-attr]
        latency = touch(kiosk.app.window, centre.x(), centre.y())
        if latency is not None:
            baseline.append(latency)
        kiosk.pump(20)
    starter.end_visit()
    base_med, base_p99, base_max = summarize(baseline)

    monitor = StallMonitor()
    monitor.start()
    rows = []
    for name, journey in journeys.items():
        cold = Resident(kiosk)
        warm = Resident(kiosk)
        stalls_cold = 0.0
        stalls_warm: list[float] = []
        outcomes: list[str] = []
        for round_ in range(args.rounds):
            you = cold if round_ == 0 else warm
            monitor.reset()
            try:
                outcomes.append(journey(you))
            except Stuck as exc:
                outcomes.append(f"stuck:{exc}")
                kiosk.app.router.reset("completed")
            longest = float(monitor.snapshot()["longest_ms"])
            if round_ == 0:
                stalls_cold = longest
            else:
                stalls_warm.append(longest)
            kiosk.pump(300)
        med, p99, worst = summarize(warm.latencies_ms)
        slowest = warm.slowest
        rows.append(
            {
                "journey": name,
                "touches": len(warm.latencies_ms) // max(1, args.rounds - 1),
                "touch_med_ms": med,
                "touch_p99_ms": p99,
                "touch_max_ms": worst,
                "slowest_touch": f"{slowest[0]} {slowest[1]:.0f}",
                "cold_touch_max_ms": max(cold.latencies_ms, default=0.0),
                "stall_warm_max_ms": max(stalls_warm, default=0.0),
                "stall_cold_ms": stalls_cold,
                "ratio": med / base_med if base_med else 0.0,
                "outcomes": sorted(set(outcomes)),
            }
        )
    monitor.stop()
    kiosk.close()

    print()
    print(f"responsiveness: {args.rounds} rounds per journey (1 cold + {args.rounds - 1} warm),")
    print("touch → next frame (ms) over the warm rounds; longest GUI stall per journey (ms)")
    print(f"baseline (touch on a static item): median {base_med:.1f}, p99 {base_p99:.1f}")
    header = (
        f"{'journey':26} {'touch':>5} {'med':>6} {'p99':>6} {'max':>6} {'×base':>6}"
        f" {'stall':>6} {'cold':>6} {'cold':>6}  slowest touch (warm)"
    )
    print(header)
    print(f"{'':26} {'s':>5} {'':>6} {'':>6} {'':>6} {'':>6} {'warm':>6} {'touch':>6} {'stall':>6}")
    for r in rows:
        print(
            f"{r['journey']:26} {r['touches']:5d} {r['touch_med_ms']:6.1f} {r['touch_p99_ms']:6.1f}"
            f" {r['touch_max_ms']:6.1f} {r['ratio']:6.1f} {r['stall_warm_max_ms']:6.1f}"
            f" {r['cold_touch_max_ms']:6.1f} {r['stall_cold_ms']:6.1f}  {r['slowest_touch']}"
        )
    print(f"budgets: touch → feedback {TOUCH_BUDGET_MS:.0f} ms, GUI stall {STALL_BUDGET_MS:.0f} ms")
    over = [
        r["journey"]
        for r in rows
        if r["touch_max_ms"] > TOUCH_BUDGET_MS or r["stall_warm_max_ms"] > STALL_BUDGET_MS
    ]
    print("over budget (warm): " + (", ".join(over) if over else "none"))
    stuck = [f"{r['journey']}: {o}" for r in rows for o in r["outcomes"] if o.startswith("stuck")]
    if stuck:
        print("stuck: " + "; ".join(stuck))
    if args.json is not None:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(
            json.dumps(
                {"baseline_ms": [base_med, base_p99, base_max], "rows": rows, "at": time.time()},
                ensure_ascii=False,
                indent=1,
            )
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
