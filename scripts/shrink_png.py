"""Shrink screenshots for the repository: 128-colour palette PNGs, visually the same for UI
renders, about a third of the size.

    .venv/bin/python scripts/shrink_png.py docs/screenshots    # in place, recursively
"""

from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image


def shrink(path: Path) -> tuple[int, int]:
    before = path.stat().st_size
    with Image.open(path) as image:
        if image.mode == "P":
            return before, before
        palette = image.convert("RGB").quantize(
            colors=128, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE
        )
    palette.save(path, "PNG", optimize=True)
    return before, path.stat().st_size


def main(argv: list[str]) -> int:
    total_before = total_after = 0
    for root in argv or ["docs/screenshots"]:
        for path in sorted(Path(root).rglob("*.png")):
            before, after = shrink(path)
            total_before += before
            total_after += after
    print(f"{total_before / 1e6:.1f} MB -> {total_after / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
