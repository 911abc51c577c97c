"""Bytes and time to print the application receipt: native GB18030 + native QR vs raster.

    .venv/bin/python bench/receipt.py [--baud 9600] [--rounds 50]

The same sample receipt (``drivers.printer.render.sample_application``, Chinese) is compiled
for the ``generic-80`` profile three ways, in one run:

* ``native``: GB18030 text + native QR (``GS ( k``) - what the kiosk sends;
* ``native+rasterQR``: GB18030 text, QR as a ``GS v 0`` image (printers without native QR);
* ``raster``: the whole receipt as ``GS v 0`` bands (printers without a Chinese font) - the
  baseline.

Time to print is modelled, not measured on hardware: transfer = bytes x 10 bits / baud (8N1)
plus paper feed = receipt length / speed (the profile's 150 mm/s for text, 80 mm/s for raster:
thermal printers slow down on dense bitmaps; over a 9600 baud line the printer waits for
data anyway). Compile time (median and p99 over ``--rounds``) is measured. Checks the budget:
native receipt <= 2 KB of ESC/POS (exit 1 when over).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from drivers.printer.document import compile_job  # noqa: E402
from drivers.printer.profiles import PROFILES  # noqa: E402
from drivers.printer.raster import qr_matrix  # noqa: E402
from drivers.printer.render import sample_application  # noqa: E402
from drivers.printer.templates import application_receipt_document  # noqa: E402

BUDGET_BYTES = 2048


def _timed(fn, rounds: int) -> tuple[object, float, float]:
    samples = []
    result = None
    for _ in range(rounds):
        t0 = time.perf_counter()
        result = fn()
        samples.append((time.perf_counter() - t0) * 1000)
    samples.sort()
    p99 = samples[min(len(samples) - 1, round(0.99 * (len(samples) - 1)))]
    return result, statistics.median(samples), p99


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baud", type=int, default=9600)
    parser.add_argument("--rounds", type=int, default=50)
    args = parser.parse_args(argv)

    doc = application_receipt_document(sample_application(), "zh_CN")
    base = PROFILES["generic-80"]
    variants = [
        ("native", base, "native"),
        ("native+rasterQR", replace(base, native_qr=False), "native"),
        ("raster", base, "raster"),
    ]
    rows = []
    for name, profile, mode in variants:
        compile_job(doc, profile, force=mode)  # warm caches (font, glyphs)

        def run(p=profile, m=mode):
            qr_matrix.cache_clear()  # every real receipt has its own QR code
            return compile_job(doc, p, force=m)

        job, med, p99 = _timed(run, args.rounds)
        size = len(job.data)
        transfer = size * 10 / args.baud
        mm = job.paper_dots / profile.dots_per_mm
        speed = profile.speed_mm_s if name != "raster" else profile.raster_speed_mm_s
        feed = mm / speed
        rows.append((name, size, transfer, mm, feed, transfer + feed, med, p99))

    baseline = rows[-1]
    print(f"application receipt, profile {base.name}, {args.baud} baud 8N1, {args.rounds} rounds")
    header = (
        f"{'variant':<17}{'bytes':>8}{'transfer s':>12}{'paper mm':>10}{'feed s':>8}"
        f"{'total s':>9}{'compile ms p50/p99':>20}{'bytes ratio':>13}{'time ratio':>12}"
    )
    print(header)
    print("-" * len(header))
    for name, size, transfer, mm, feed, total, med, p99 in rows:
        print(
            f"{name:<17}{size:>8}{transfer:>12.2f}{mm:>10.1f}{feed:>8.2f}{total:>9.2f}"
            f"{f'{med:.1f}/{p99:.1f}':>20}{baseline[1] / size:>12.1f}x{baseline[5] / total:>11.1f}x"
        )
    native = rows[0][1]
    verdict = "OK" if native <= BUDGET_BYTES else "OVER BUDGET"
    print(f"\nbudget: native receipt {native} B <= {BUDGET_BYTES} B: {verdict}")
    return 0 if native <= BUDGET_BYTES else 1


if __name__ == "__main__":
    sys.exit(main())
