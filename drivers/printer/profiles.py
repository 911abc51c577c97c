"""Printer profiles: what a model of receipt printer can do, so jobs are built to fit it.

A profile is plain data. Job builders (:mod:`drivers.printer.document`) read it to choose the
dot width (576 at 203 dpi, 512 on 180 dpi models, 384 on 58 mm printers), the character set
its font covers (GB18030 with CJK Extension A, GBK only), whether it needs ``FS &`` to enter
Chinese mode, whether it has native QR, and - for printers without a Chinese font - that the
whole receipt goes as a raster image.

Assumed, not verified on hardware (configurable per profile): the power-on line spacing is 30
dots; the cutter needs about 4 lines (120 dots) of feed to clear the print head; paper speed is
150 mm/s for text (datasheets: 130-260 mm/s) and slower for dense raster.

Exceptions: :func:`get_profile` raises ``LookupError`` for an unknown name.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any, Literal

Charset = Literal["gb18030", "gbk", "gb2312"]
StatusMode = Literal["dle_eot", "gs_r", "none"]

#: width of one half-width (ASCII) character cell of font A, in dots
CELL_DOTS = 12
#: height of a character of font A / a CJK character, in dots
CHAR_HEIGHT_DOTS = 24


@dataclass(frozen=True, slots=True)
class PrinterProfile:
    """What one printer model can do. ``name`` is what configuration uses (``profile = ...``)."""

    name: str
    description: str = ""
    #: printable dots per line
    dots_per_line: int = 576
    dpi: int = 203
    #: which Chinese characters its font has: ``gb18030`` = GBK + the 4-byte CJK Extension A
    #: block, ``gbk`` = 1-2 byte GBK only, ``gb2312`` = the basic 6763 hanzi set
    charset: Charset = "gb18030"
    #: False: no Chinese font at all -> every job is sent as a raster image
    chinese_font: bool = True
    #: send ``FS &`` at the start of every job (some models power up in a code page mode)
    chinese_mode_command: bool = True
    #: native QR (``GS ( k``); False -> QR codes are sent as raster images
    native_qr: bool = True
    cutter: Literal["partial", "full", "none"] = "partial"
    #: dots fed before the cut, so the last line clears the cutter
    cut_feed_dots: int = 120
    #: the printer's default line pitch (``ESC 2``), in dots
    line_spacing_dots: int = 30
    #: rows per ``GS v 0`` command (printers have limited receive buffers)
    raster_band_rows: int = 128
    #: how the driver asks for status: real-time ``DLE EOT`` or ``GS r`` (paper sensor only)
    status_mode: StatusMode = "dle_eot"
    #: paper speed for text (mm/s) and for dense raster (mm/s), for estimates only
    speed_mm_s: float = 150.0
    raster_speed_mm_s: float = 80.0

    @property
    def columns(self) -> int:
        """Half-width character cells per line at normal size (48 at 576 dots)."""
        return self.dots_per_line // CELL_DOTS

    @property
    def dots_per_mm(self) -> float:
        return self.dpi / 25.4

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "dots_per_line": self.dots_per_line,
            "dpi": self.dpi,
            "charset": self.charset,
            "chinese_font": self.chinese_font,
            "native_qr": self.native_qr,
            "columns": self.columns,
        }


PROFILES: dict[str, PrinterProfile] = {
    p.name: p
    for p in (
        PrinterProfile(
            "generic-80",
            "80 mm, 203 dpi, GB18030 font incl. CJK Extension A, native QR",
        ),
        PrinterProfile(
            "gbk-80",
            "80 mm, 203 dpi, GBK-only font (Extension A replaced), native QR",
            charset="gbk",
        ),
        PrinterProfile(
            "generic-80-180dpi",
            "80 mm, 180 dpi (512 dots), GB18030 font, native QR",
            dots_per_line=512,
            dpi=180,
        ),
        PrinterProfile(
            "generic-58",
            "58 mm, 203 dpi (384 dots), GBK font, native QR",
            dots_per_line=384,
            charset="gbk",
        ),
        PrinterProfile(
            "raster-80",
            "80 mm, 203 dpi, no Chinese font and no QR: everything as a raster image",
            chinese_font=False,
            chinese_mode_command=False,
            native_qr=False,
        ),
    )
}

DEFAULT_PROFILE = PROFILES["generic-80"]


def get_profile(name: str | PrinterProfile, **overrides: Any) -> PrinterProfile:
    """The named profile (or the given one), with ``overrides`` applied to its fields."""
    if isinstance(name, PrinterProfile):
        profile = name
    else:
        try:
            profile = PROFILES[name]
        except KeyError:
            known = ", ".join(sorted(PROFILES))
            raise LookupError(f"unknown printer profile {name!r} (known: {known})") from None
    return replace(profile, **overrides) if overrides else profile
