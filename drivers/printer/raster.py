"""Drawing printer text and QR codes into 1-bit images (Pillow), the way a thermal head does.

Used by the raster fallback (printers without a Chinese font get the receipt as an image) and
by the emulator (which renders what it received to PNG). Both draw characters into the
printer's fixed cells - 12x24 dots for a half-width character, 24x24 for a full-width one -
and scale them by whole multiples for ``GS !`` sizes, as the print head does, so a receipt
looks the same either way.

The font is "Noto Sans Mono CJK SC" (Debian ``fonts-noto-cjk``): its Latin glyphs are exactly
half an em wide, so they fit the 12-dot cells, and it covers CJK Extension A. Lookup order:
``$KIOSK_PRINTER_FONT`` (``path`` or ``path:index``), ``fc-match``, then known paths.

Exceptions: :class:`FontNotFound` (a ``RuntimeError``) when no CJK font can be found.
"""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from drivers.printer.profiles import CELL_DOTS, CHAR_HEIGHT_DOTS

FONT_ENV = "KIOSK_PRINTER_FONT"
_FAMILY = "Noto Sans Mono CJK SC"
_KNOWN = (
    ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 7),
    ("/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc", 7),
    ("/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc", 7),
)
#: glyph size in pixels inside a 24-dot cell (a little margin, as printer fonts have)
FONT_PX = 22


class FontNotFound(RuntimeError):
    """No CJK font: install ``fonts-noto-cjk`` or set ``$KIOSK_PRINTER_FONT``."""


def _fc_match(pattern: str) -> tuple[str, int] | None:
    exe = shutil.which("fc-match")
    if exe is None:
        return None
    try:
        out = subprocess.run(
            [exe, "-f", "%{file}:%{index}", pattern],
            capture_output=True,
            text=True,
            timeout=5,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return None
    path, _, index = out.rpartition(":")
    if not path or "CJK" not in Path(path).name:
        return None
    return path, int(index or 0)


@functools.cache
def find_font(bold: bool = False) -> tuple[str, int]:
    """(path, face index) of the printer font."""
    env = os.environ.get(FONT_ENV)
    if env:
        path, sep, index = env.rpartition(":")
        if sep and index.isdigit():
            return path, int(index)
        return env, 0
    found = _fc_match(f"{_FAMILY}:bold" if bold else _FAMILY)
    if found and Path(found[0]).exists():
        return found
    for path, index in _KNOWN:
        if Path(path).exists():
            return path, index
    raise FontNotFound(f"no CJK font for printing ({_FAMILY}): install fonts-noto-cjk")


@functools.cache
def _font(bold: bool) -> ImageFont.FreeTypeFont:
    path, index = find_font(bold)
    return ImageFont.truetype(path, FONT_PX, index=index)


@functools.cache
def _baseline(bold: bool) -> float:
    """Baseline (from the cell top) that centres a CJK ideograph in the 24-dot cell."""
    _, top, _, bottom = _font(bold).getbbox("国", anchor="ls")
    return (CHAR_HEIGHT_DOTS - (bottom - top)) / 2 - top


@functools.lru_cache(maxsize=4096)
def glyph_bitmap(char: str, cells: int, bold: bool = False) -> Image.Image:
    """The 1-bit bitmap (``cells`` x 12 by 24 dots) of one character at normal size."""
    width = cells * CELL_DOTS
    img = Image.new("L", (width, CHAR_HEIGHT_DOTS), 255)
    if char.strip():
        draw = ImageDraw.Draw(img)
        font = _font(bold)
        x = (width - font.getlength(char)) / 2
        draw.text((x, _baseline(bold)), char, font=font, fill=0, anchor="ls")
    return img.point(lambda v: 0 if v < 128 else 255, mode="1")


def draw_glyph(
    page: Image.Image,
    x: int,
    y: int,
    char: str,
    cells: int,
    *,
    width_mult: int = 1,
    height_mult: int = 1,
    bold: bool = False,
) -> None:
    """Paste one character at (x, y) (its top-left), scaled like the print head does."""
    bitmap = glyph_bitmap(char, cells, bold)
    if width_mult != 1 or height_mult != 1:
        bitmap = bitmap.resize(
            (bitmap.width * width_mult, bitmap.height * height_mult), Image.Resampling.NEAREST
        )
    page.paste(bitmap, (x, y))


@functools.lru_cache(maxsize=8)  # the same payload recurs only within one job (measure, draw)
def qr_matrix(data: bytes, error_level: str = "M") -> tuple[tuple[bool, ...], ...]:
    """The module matrix (True = dark) of a model 2 QR code, smallest version that fits."""
    import segno

    code = segno.make_qr(data, error=error_level.lower(), boost_error=False)
    return tuple(tuple(bool(v) for v in row) for row in code.matrix)


def qr_image(data: bytes, module_size: int, error_level: str = "M") -> Image.Image:
    """A 1-bit image of the QR symbol without quiet zone (printers print none either)."""
    matrix = qr_matrix(data, error_level)
    n = len(matrix)
    img = Image.new("1", (n, n), 1)
    pixels = img.load()
    assert pixels is not None
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                pixels[x, y] = 0
    return img.resize((n * module_size, n * module_size), Image.Resampling.NEAREST)


def to_raster_rows(img: Image.Image, width_dots: int) -> tuple[bytes, int]:
    """Pack a 1-bit image (black = 0 in Pillow) into ESC/POS raster rows (1 = black).

    The image is placed at the left of a ``width_dots`` wide band (cropped if wider).
    Returns (rows, bytes per row).
    """
    width_bytes = (width_dots + 7) // 8
    band = Image.new("1", (width_bytes * 8, img.height), 1)
    band.paste(img.convert("1").crop((0, 0, min(img.width, width_dots), img.height)), (0, 0))
    # Pillow packs mode "1" MSB first with 1 = white: invert the bits.
    packed = band.tobytes()
    return bytes(b ^ 0xFF for b in packed), width_bytes


def from_raster_rows(rows: bytes, width_bytes: int, height: int) -> Image.Image:
    """Inverse of :func:`to_raster_rows`: ESC/POS raster rows to a 1-bit image."""
    inverted = bytes(b ^ 0xFF for b in rows[: width_bytes * height])
    return Image.frombytes("1", (width_bytes * 8, height), inverted)
