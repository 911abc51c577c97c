"""Per-keystroke search latency over the seeded catalogue, beside a naive SQLite LIKE baseline.

    .venv/bin/python bench/search.py [--rounds N] [--url http://127.0.0.1:8765 --key FILE]

The catalogue comes from the reference platform's seed generator (``central.seed``), the same
≥ 2,400 items the demo serves; ``--synthetic`` builds one from ``central.seed_data`` names alone.
Each query is typed one character at a time (``s``, ``sb``, ``sbk``...) and every prefix is
timed as one keystroke:

* ``index``: :meth:`kiosk.catalogue.search.SearchIndex.search` (what the kiosk runs);
* ``like``: the naive baseline, ``SELECT ... WHERE name LIKE '%q%' OR short_name LIKE ... OR
  aliases LIKE ...`` over the same items in an in-memory SQLite database (it finds only Chinese
  substrings: no pinyin, initials or typos; it is the floor a naive implementation starts from).

Prints p50/p99/max per query family and overall (wall clock; "cpu p99" is the thread's own
CPU time, which a busy machine's scheduling does not inflate), the share of keystrokes that
found anything (LIKE finds nothing for pinyin, initials or typos), the p99 ratio LIKE/index,
and checks the budget: p99 ≤ 5 ms per keystroke over ≥ 2,400 items (exit 1 when over).
"""

from __future__ import annotations

import argparse
import gc
import os
import sqlite3
import statistics
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kiosk.catalogue.models import Catalogue, parse_catalogue  # noqa: E402
from kiosk.catalogue.search import SearchIndex  # noqa: E402

BUDGET_P99_MS = 5.0

QUERIES: dict[str, list[str]] = {
    "chinese": ["社保卡申领", "住房公积金提取", "医保", "居民身份证", "营业执照", "不动产登记",
                "户口迁移"],
    "pinyin": ["shebaoka", "gongjijin tiqu", "yiliaobaoxian", "hukou", "budongchan",
               "jiehundengji"],
    "initials": ["sbk", "gjjtq", "ylbx", "sfz", "bdcdj", "yyzz"],
    "mixed": ["社保ka", "sbk申领", "公积金tiqu"],
    "typos": ["shebaok", "gongjijng", "yiliaobaoxain", "hukuo qianyi", "budongcan"],
}  # fmt: skip


KEYS = ("index", "index_cpu", "like", "index_hit", "like_hit")


def load_seeded(site: str = "DEMO") -> dict[str, Any]:
    """The reference platform's seeded catalogue, in the wire format of ``GET /catalogue``."""
    from central.seed import generate_catalogue

    seed = generate_catalogue()
    overrides = seed.site_overrides.get(site, {"hidden": [], "hot": []})
    return {
        "kind": "full",
        "version": 1,
        "generated_at": "2026-11-22T06:00:00+08:00",
        "departments": seed.departments,
        "themes": seed.themes,
        "items": [{"updated_version": 1, **item} for item in seed.items],
        "bundles": seed.bundles,
        "site": {"site": site, **overrides},
    }


def load_synthetic(count: int = 2400) -> dict[str, Any]:
    """Items named from central.seed_data's vocabulary only (no guides worth reading)."""
    from central.seed_data import DEPARTMENTS, THEMES

    names: list[tuple[str, str]] = []
    for dept in DEPARTMENTS:
        names.extend((dept.code, n) for n in dept.named)
        for objects, verbs in dept.groups:
            for obj in objects:
                for verb in verbs:
                    names.append((dept.code, verb.format(obj) if "{}" in verb else obj + verb))
    quals = ["", "（个人）", "（单位）", "（跨省通办）", "（线上）"]
    out: list[tuple[str, str]] = []
    seen: set[str] = set()
    for q in quals:
        for code, n in names:
            if n + q not in seen:
                seen.add(n + q)
                out.append((code, n + q))
    out = out[:count]
    themes = [t[0] for t in THEMES]
    items = []
    for k, (code, name) in enumerate(out):
        items.append(
            {
                "item_id": f"S-{k:05d}",
                "code": f"{k:012d}",
                "name": name,
                "short_name": None,
                "aliases": [],
                "department": code,
                "themes": [themes[k % len(themes)]],
                "audience": ["personal"],
                "kiosk_mode": "self_service" if k % 3 == 0 else "guide_only",
                "identity_level": "none",
                "conditions": ["无"],
                "materials": [],
                "fee": {"amount_fen": 0, "text": "不收费"},
                "time_limit": {"legal_days": 20, "promised_days": 5},
                "visits": 0,
                "deliveries": ["window"],
                "updated_version": 1,
            }
        )
    return {
        "kind": "full",
        "version": 1,
        "generated_at": "2026-11-22T06:00:00+08:00",
        "departments": [{"code": d.code, "name": d.name} for d in DEPARTMENTS],
        "themes": [{"code": c, "name": n, "audience": list(a)} for c, n, a in THEMES],
        "items": items,
        "bundles": [],
        "site": {"site": "DEMO", "hidden": [], "hot": []},
    }


def like_baseline(catalogue: Catalogue) -> sqlite3.Connection:
    db = sqlite3.connect(":memory:")
    db.execute(
        "CREATE TABLE items (item_id TEXT PRIMARY KEY, name TEXT, short_name TEXT, aliases TEXT,"
        " department TEXT)"
    )
    depts = catalogue.department_names()
    db.executemany(
        "INSERT INTO items VALUES (?, ?, ?, ?, ?)",
        [
            (
                i.item_id,
                i.name,
                i.short_name or "",
                " ".join(i.aliases),
                depts.get(i.department, ""),
            )
            for i in catalogue.items
        ],
    )
    return db


def like_search(db: sqlite3.Connection, text: str) -> list[str]:
    pattern = f"%{text}%"
    rows = db.execute(
        "SELECT item_id FROM items WHERE name LIKE ?1 OR short_name LIKE ?1 OR aliases LIKE ?1"
        " OR department LIKE ?1 ORDER BY length(name) LIMIT 50",
        (pattern,),
    ).fetchall()
    return [r[0] for r in rows]


def keystrokes(query: str) -> list[str]:
    return [query[: n + 1] for n in range(len(query)) if query[n] != " "]


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    k = min(len(ordered) - 1, max(0, round(p / 100 * (len(ordered) - 1))))
    return ordered[k]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=20, help="times each query is typed")
    parser.add_argument("--synthetic", action="store_true", help="names from seed_data only")
    args = parser.parse_args()

    data = load_synthetic() if args.synthetic else load_seeded()
    t0 = time.perf_counter()
    catalogue = parse_catalogue(data)
    t1 = time.perf_counter()
    index = SearchIndex(catalogue)
    t2 = time.perf_counter()
    db = like_baseline(catalogue)
    print(
        f"catalogue: {len(catalogue.items)} items ({len(index)} searchable), "
        f"parse+validate {1000 * (t1 - t0):.0f} ms, index build {1000 * (t2 - t1):.0f} ms"
    )

    results: dict[str, dict[str, list[float]]] = {}
    gc.collect()
    for family, queries in QUERIES.items():
        fam = results.setdefault(family, {k: [] for k in KEYS})
        for _ in range(args.rounds):
            for query in queries:
                for typed in keystrokes(query):
                    cpu = time.thread_time()
                    a = time.perf_counter()
                    found = index.search(typed)
                    b = time.perf_counter()
                    fam["index_cpu"].append(1000 * (time.thread_time() - cpu))
                    found_like = like_search(db, typed)
                    c = time.perf_counter()
                    fam["index"].append(1000 * (b - a))
                    fam["like"].append(1000 * (c - b))
                    fam["index_hit"].append(float(bool(found)))
                    fam["like_hit"].append(float(bool(found_like)))

    header = (
        f"{'family':<10}{'keys':>7}{'index p50':>11}{'p99':>8}{'max':>8}{'cpu p99':>9}"
        f"{'found':>7}{'LIKE p50':>10}{'p99':>8}{'found':>7}{'p99 LIKE/index':>16}"
    )
    print(header)
    print("-" * len(header))
    every: dict[str, list[float]] = {k: [] for k in KEYS}
    for family, fam in results.items():
        for key in every:
            every[key] += fam[key]
        _row(family, fam)
    print("-" * len(header))
    _row("all", every)
    every_index = every["index"]
    p99 = pct(every_index, 99)
    verdict = "within" if p99 <= BUDGET_P99_MS else "OVER"
    print(f"budget: p99 ≤ {BUDGET_P99_MS:.1f} ms per keystroke: {p99:.2f} ms, {verdict} budget")
    if os.getloadavg()[0] > (os.cpu_count() or 1):
        print(
            f"note: load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores; wall-clock"
            " tails include time the scheduler gave to other processes (see cpu p99)"
        )
    _show_examples(index, catalogue)
    return 0 if p99 <= BUDGET_P99_MS else 1


def _row(name: str, fam: dict[str, list[float]]) -> None:
    """Milliseconds per keystroke; "found": share of keystrokes with at least one result."""
    idx, like = fam["index"], fam["like"]
    ratio = pct(like, 99) / pct(idx, 99) if pct(idx, 99) else float("inf")
    hit = 100 * statistics.fmean(fam["index_hit"])
    like_hit = 100 * statistics.fmean(fam["like_hit"])
    print(
        f"{name:<10}{len(idx):>7}{statistics.median(idx):>10.3f} {pct(idx, 99):>7.3f}"
        f"{max(idx):>8.2f}{pct(fam['index_cpu'], 99):>9.3f}"
        f"{hit:>6.0f}%{statistics.median(like):>10.3f}{pct(like, 99):>8.3f}"
        f"{like_hit:>6.0f}%{ratio:>15.2f}x"
    )


def _show_examples(index: SearchIndex, catalogue: Catalogue) -> None:
    names = {i.item_id: i.name for i in catalogue.items}
    print("top results:")
    for q in ("sbk", "shebaoka", "gongjijin tiqu", "gongjijng", "医保", "社保ka"):
        hits = index.search(q, limit=3)
        shown = ", ".join(f"{names[h.item_id]} ({h.tier.name.lower()})" for h in hits)
        print(f"  {q!r:<18} {shown}")


if __name__ == "__main__":
    raise SystemExit(main())
