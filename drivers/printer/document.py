"""Receipt documents and their compilation to ESC/POS job bytes for a printer profile.

A template builds a :class:`Document` (plain blocks: text, label/value fields, rules, QR
codes, feeds); :func:`compile_job` lays it out for the profile's dot width and character set
and emits either

* **native** bytes: GB18030 text with size/alignment/bold commands and native QR - a receipt
  is around 1 KB, which matters at 9600 baud; or
* **raster** bytes (profiles without a Chinese font): the same layout drawn with the CJK font
  into one image sent as ``GS v 0`` bands - tens of KB, but it prints anywhere.

Layout is shared, so both look alike: lines are wrapped by :func:`drivers.printer.gb18030.wrap`
to the number of cells that fit at the block's width multiplier, a line advances by the
larger of the profile's line spacing and the character height, and the job ends with a feed
past the cutter and a cut.

Pure: no I/O besides reading the font file for raster jobs. Exceptions: ``ValueError`` for a
block that cannot fit (a width multiplier too big for the paper), ``FontNotFound`` from
:mod:`drivers.printer.raster` for a raster job on a machine without the CJK font.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

from drivers.printer import escpos
from drivers.printer.escpos import Align, QrErrorLevel
from drivers.printer.gb18030 import Glyph, cells, encode_text, to_bytes, to_text, wrap
from drivers.printer.profiles import CELL_DOTS, CHAR_HEIGHT_DOTS, PrinterProfile

if TYPE_CHECKING:
    from PIL import Image


@dataclass(frozen=True, slots=True)
class Text:
    """A paragraph, wrapped to the line."""

    text: str
    align: Align = Align.LEFT
    width: int = 1
    height: int = 1
    bold: bool = False


@dataclass(frozen=True, slots=True)
class Field:
    """``label value`` with the value wrapped under itself (hanging indent). A label wider
    than half the line puts the value on the next lines, indented by two cells."""

    label: str
    value: str
    bold: bool = False


@dataclass(frozen=True, slots=True)
class Columns:
    """``left`` at the left and ``right`` at the right of the first line; the rest of a long
    ``left`` wraps below, indented by ``indent`` cells (``right`` always stays whole)."""

    left: str
    right: str
    indent: int = 0


@dataclass(frozen=True, slots=True)
class Rule:
    """A full-width line of ``char`` (half-width characters only)."""

    char: str = "-"


@dataclass(frozen=True, slots=True)
class QRCode:
    data: str
    module_size: int = 6
    error_level: QrErrorLevel = QrErrorLevel.M
    align: Align = Align.CENTER


@dataclass(frozen=True, slots=True)
class Feed:
    lines: int = 1


Block = Text | Field | Columns | Rule | QRCode | Feed


@dataclass(frozen=True, slots=True)
class Document:
    """What to print; ``cut`` ends it with a feed past the cutter and a cut."""

    blocks: tuple[Block, ...]
    cut: bool = True
    name: str = ""


# ---------------------------------------------------------------------------- layout


@dataclass(frozen=True, slots=True)
class Line:
    glyphs: tuple[Glyph, ...]
    align: Align = Align.LEFT
    width: int = 1
    height: int = 1
    bold: bool = False

    @property
    def text(self) -> str:
        return to_text(self.glyphs)

    @property
    def dots(self) -> int:
        return cells(self.glyphs) * CELL_DOTS * self.width


@dataclass(frozen=True, slots=True)
class QrItem:
    data: bytes
    module_size: int
    error_level: QrErrorLevel
    align: Align


@dataclass(frozen=True, slots=True)
class FeedItem:
    lines: int


Item = Line | QrItem | FeedItem


@dataclass(frozen=True, slots=True)
class Job:
    """A compiled job: the bytes, how it was made, and what it should look like."""

    data: bytes
    mode: Literal["native", "raster"]
    pages: int
    lines: tuple[str, ...]
    replaced: tuple[str, ...]
    paper_dots: int
    profile: str
    name: str = ""
    qr_payloads: tuple[str, ...] = field(default=())

    def __len__(self) -> int:
        return len(self.data)


def _columns(profile: PrinterProfile, width: int) -> int:
    cols = profile.columns // width
    if cols < 2:
        raise ValueError(f"width x{width} leaves no room on a {profile.dots_per_line}-dot line")
    return cols


def layout(doc: Document, profile: PrinterProfile) -> list[Item]:
    """The document as printed lines, QR symbols and feeds for ``profile``."""
    items: list[Item] = []
    charset = profile.charset
    full = profile.columns
    for block in doc.blocks:
        if isinstance(block, Text):
            cols = _columns(profile, block.width)
            for glyphs in wrap(encode_text(block.text, charset), cols):
                items.append(
                    Line(tuple(glyphs), block.align, block.width, block.height, block.bold)
                )
        elif isinstance(block, Field):
            label = encode_text(block.label, charset)
            value = encode_text(block.value, charset)
            indent = cells(label)
            if indent > full // 2:
                items.append(Line(tuple(label)))
                pad = encode_text("  ", charset)
                for glyphs in wrap(value, full - 2):
                    items.append(Line(tuple(pad + glyphs), bold=block.bold))
                continue
            pad = encode_text(" " * indent, charset)
            for i, glyphs in enumerate(wrap(value, full - indent)):
                head = label if i == 0 else pad
                items.append(Line(tuple(head + glyphs), bold=block.bold))
        elif isinstance(block, Columns):
            right = encode_text(block.right, charset)[:full]
            room = full - cells(right) - 2
            left = encode_text(block.left, charset)
            if room < 2:
                items.append(Line(tuple(right), Align.RIGHT))
                continue
            indent = min(max(0, block.indent), full - 2)
            left_lines = wrap(left, room, full - indent)
            first = left_lines[0]
            gap = full - cells(first) - cells(right)
            items.append(Line(tuple(first + encode_text(" " * gap, charset) + right)))
            pad = encode_text(" " * indent, charset)
            for glyphs in left_lines[1:]:
                items.append(Line(tuple(pad + glyphs)))
        elif isinstance(block, Rule):
            glyph = encode_text(block.char or "-", charset)[:1]
            n = full // max(1, cells(glyph))
            items.append(Line(tuple(glyph * n)))
        elif isinstance(block, QRCode):
            items.append(
                QrItem(
                    block.data.encode("utf-8"),
                    block.module_size,
                    QrErrorLevel(block.error_level),
                    block.align,
                )
            )
        elif isinstance(block, Feed) and block.lines > 0:
            items.append(FeedItem(block.lines))
    return items


def line_advance(profile: PrinterProfile, height: int = 1) -> int:
    """Dots the paper moves for one printed line at ``height`` multiplier."""
    return max(profile.line_spacing_dots, CHAR_HEIGHT_DOTS * height)


def _x_for(align: Align, content_dots: int, page_dots: int) -> int:
    if align is Align.CENTER:
        return max(0, (page_dots - content_dots) // 2)
    if align is Align.RIGHT:
        return max(0, page_dots - content_dots)
    return 0


def paper_dots(items: Sequence[Item], profile: PrinterProfile, cut: bool = True) -> int:
    """How much paper the laid-out items use (including the feed to the cutter)."""
    from drivers.printer.raster import qr_matrix

    total = 0
    for item in items:
        if isinstance(item, Line):
            total += line_advance(profile, item.height)
        elif isinstance(item, QrItem):
            total += len(qr_matrix(item.data, item.error_level.value)) * item.module_size
        else:
            total += item.lines * profile.line_spacing_dots
    return total + (profile.cut_feed_dots if cut else 0)


# ---------------------------------------------------------------------------- native


def _native_body(items: Iterable[Item], profile: PrinterProfile) -> bytes:
    out = bytearray()
    cur_align, cur_size, cur_bold = Align.LEFT, (1, 1), False
    for item in items:
        if isinstance(item, Line):
            if item.align is not cur_align:
                out += escpos.align(item.align)
                cur_align = item.align
            if (item.width, item.height) != cur_size:
                out += escpos.char_size(item.width, item.height)
                cur_size = (item.width, item.height)
            if item.bold != cur_bold:
                out += escpos.bold(item.bold)
                cur_bold = item.bold
            out += to_bytes(item.glyphs) + b"\n"
        elif isinstance(item, QrItem):
            if profile.native_qr:
                if item.align is not cur_align:
                    out += escpos.align(item.align)
                    cur_align = item.align
                out += escpos.qr(
                    item.data, module_size=item.module_size, error_level=item.error_level
                )
            else:
                out += _qr_raster(item, profile)
        else:
            out += escpos.feed_lines(item.lines)
    return bytes(out)


def _qr_raster(item: QrItem, profile: PrinterProfile) -> bytes:
    from PIL import Image

    from drivers.printer.raster import qr_image, to_raster_rows

    symbol = qr_image(item.data, item.module_size, item.error_level.value)
    band = Image.new("1", (profile.dots_per_line, symbol.height), 1)
    band.paste(symbol, (_x_for(item.align, symbol.width, profile.dots_per_line), 0))
    rows, width_bytes = to_raster_rows(band, profile.dots_per_line)
    return escpos.raster_bands(rows, width_bytes, profile.raster_band_rows)


def _ending(doc: Document, profile: PrinterProfile) -> bytes:
    if not doc.cut:
        return b""
    if profile.cutter == "none":
        return escpos.feed_dots(min(255, profile.cut_feed_dots))
    return escpos.cut(partial=profile.cutter == "partial", feed_dots=profile.cut_feed_dots)


def compile_native(
    doc: Document, profile: PrinterProfile, items: Sequence[Item] | None = None
) -> bytes:
    items = layout(doc, profile) if items is None else items
    head = escpos.init()
    if profile.chinese_mode_command:
        head += escpos.chinese_mode(True)
    return head + _native_body(items, profile) + _ending(doc, profile)


# ---------------------------------------------------------------------------- raster


def render_items(items: Sequence[Item], profile: PrinterProfile) -> Image.Image:
    """Draw the laid-out items into one 1-bit Pillow image, ``dots_per_line`` wide."""
    from PIL import Image

    from drivers.printer.raster import draw_glyph, qr_image

    width = profile.dots_per_line
    height = max(1, paper_dots(items, profile, cut=False))
    page = Image.new("1", (width, height), 1)
    y = 0
    for item in items:
        if isinstance(item, Line):
            x = _x_for(item.align, item.dots, width)
            for g in item.glyphs:
                draw_glyph(
                    page,
                    x,
                    y,
                    g.char,
                    g.cells,
                    width_mult=item.width,
                    height_mult=item.height,
                    bold=item.bold,
                )
                x += g.cells * CELL_DOTS * item.width
            y += line_advance(profile, item.height)
        elif isinstance(item, QrItem):
            symbol = qr_image(item.data, item.module_size, item.error_level.value)
            page.paste(symbol, (_x_for(item.align, symbol.width, width), y))
            y += symbol.height
        else:
            y += item.lines * profile.line_spacing_dots
    return page


def compile_raster(
    doc: Document, profile: PrinterProfile, items: Sequence[Item] | None = None
) -> bytes:
    from drivers.printer.raster import to_raster_rows

    items = layout(doc, profile) if items is None else items
    page = render_items(items, profile)
    rows, width_bytes = to_raster_rows(page, profile.dots_per_line)
    return (
        escpos.init()
        + escpos.raster_bands(rows, width_bytes, profile.raster_band_rows)
        + _ending(doc, profile)
    )


# ---------------------------------------------------------------------------- entry point


def compile_job(
    doc: Document, profile: PrinterProfile, *, force: Literal["native", "raster"] | None = None
) -> Job:
    """Compile ``doc`` for ``profile``: native when it has a Chinese font, else raster."""
    mode = force or ("native" if profile.chinese_font else "raster")
    items = layout(doc, profile)
    compile_ = compile_native if mode == "native" else compile_raster
    data = compile_(doc, profile, items)
    lines = tuple(item.text for item in items if isinstance(item, Line))
    replaced = tuple(
        g.source for item in items if isinstance(item, Line) for g in item.glyphs if g.replaced
    )
    qrs = tuple(item.data.decode("utf-8") for item in items if isinstance(item, QrItem))
    return Job(
        data=data,
        mode=mode,
        pages=1 if doc.cut else 0,
        lines=lines,
        replaced=replaced,
        paper_dots=paper_dots(items, profile, doc.cut),
        profile=profile.name,
        name=doc.name,
        qr_payloads=qrs,
    )
