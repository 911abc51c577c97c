"""Chinese text for ESC/POS printers: normalisation, GB18030 encoding per profile, line wrapping.

Pure functions, no I/O. The project encodes text itself instead of using python-escpos's
"magic" encoder, which (3.1) sends a string as GB18030 only when it contains an ideograph:
Chinese punctuation alone comes out as ``??``, CJK Extension A fails, and ``¥`` becomes a
4-byte sequence that GBK printers misprint.

Rules:

* Text is normalised first: ``¥`` -> ``￥`` (GBK ``A3 A4``), ``•`` -> ``·``, no-break and
  exotic spaces -> space, zero-width characters dropped, and C0 control characters removed -
  a resident's name or an item title must never inject an ESC/POS command into the job.
* Full-width punctuation (``，。、：；！？（）【】《》“”``) is kept as it is.
* Each character becomes a :class:`Glyph`: its bytes and its width in half-width cells (ASCII
  1 cell = 12 dots, any 2- or 4-byte character 2 cells = 24 dots).
* What the profile's font cannot print is replaced *visibly* by ``□`` (GB2312 ``A1 F5``), never
  dropped and never sent as bytes the printer would misread: ``gb18030`` fonts print GBK plus
  the 4-byte CJK Extension A block (U+3400-U+4DBF, e.g. ``㐀`` = ``81 39 EE 39``); other 4-byte
  sequences (emoji, rare scripts) are replaced; ``gbk`` fonts print 1-2 byte GBK only
  (``䶮`` = ``FE 9F`` in GB18030 is a private-use code in GBK: replaced); ``gb2312`` the basic
  set only.
* :func:`wrap` never splits a character (it works on whole glyphs, so never a GB18030 byte
  sequence either), keeps a line at most ``width`` cells (a printer that runs out of line
  wraps by itself, anywhere), prefers breaking after punctuation or at spaces near the end of
  the line, else between two CJK characters, else at a ``-``/``/`` in a Latin run, and only
  then inside a word; closing punctuation never starts a line and opening punctuation never
  ends one.

Exceptions: none for text (bad characters are replaced); ``ValueError`` for a width < 2.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from drivers.printer.profiles import Charset

REPLACEMENT = "□"
_REPLACEMENT_BYTES = REPLACEMENT.encode("gb18030")

EXT_A_FIRST = 0x3400
EXT_A_LAST = 0x4DBF

#: characters rewritten before encoding (what GBK printers misprint or cannot print)
NORMALISE: dict[str, str] = {
    "\u00a5": "\uffe5",  # ¥ -> ￥: U+00A5 is 4 bytes in GB18030, U+FFE5 is GBK A3 A4
    "\u2022": "\u00b7",  # • -> ·
    "\u00a0": " ",
    "\u2002": " ",
    "\u2003": " ",
    "\u2009": " ",
    "\t": " ",
    "\u200b": "",
    "\u200c": "",
    "\u200d": "",
    "\ufeff": "",
    "\r": "",
}

#: may not start a line (break before them is not allowed)
CLOSING = set("，。、；：！？）」』】》〉〕”’…—．,.;:!?)]}%％·～")
#: may not end a line
OPENING = set("（「『【《〈〔“‘([{￥$＄#＃")
SPACES = {" ", "\u3000"}


@dataclass(frozen=True, slots=True)
class Glyph:
    """One printed character: ``char`` as printed, its ``data`` bytes, its width in cells.

    ``source`` is the character the caller wrote; it differs from ``char`` when the character
    was replaced because the profile's font cannot print it.
    """

    char: str
    data: bytes
    cells: int
    source: str

    @property
    def replaced(self) -> bool:
        return self.char != self.source and self.char == REPLACEMENT


def normalise(text: str) -> str:
    """Apply :data:`NORMALISE` and drop control characters (``\\n`` is kept)."""
    out: list[str] = []
    for ch in text:
        ch = NORMALISE.get(ch, ch)
        if not ch:
            continue
        if ch != "\n" and (ord(ch) < 0x20 or ord(ch) == 0x7F or 0x80 <= ord(ch) < 0xA0):
            continue
        out.append(ch)
    return "".join(out)


def _printable(ch: str, data: bytes, charset: Charset) -> bool:
    if len(data) == 1:
        return 0x20 <= data[0] < 0x7F
    if len(data) == 4:
        return charset == "gb18030" and EXT_A_FIRST <= ord(ch) <= EXT_A_LAST
    if charset == "gb18030":
        return True
    try:
        return ch.encode(charset) == data
    except UnicodeEncodeError:
        return False


def encode_char(ch: str, charset: Charset = "gb18030") -> Glyph:
    """Encode one (already normalised) character for a font covering ``charset``."""
    try:
        data = ch.encode("gb18030")
    except UnicodeEncodeError:  # lone surrogates
        data = b""
    if data and _printable(ch, data, charset):
        return Glyph(ch, data, 1 if len(data) == 1 else 2, ch)
    if unicodedata.combining(ch):
        # A combining mark on its own would be a stray box after its base letter.
        return Glyph("", b"", 0, ch)
    return Glyph(REPLACEMENT, _REPLACEMENT_BYTES, 2, ch)


def encode_text(text: str, charset: Charset = "gb18030") -> list[Glyph]:
    """Normalise and encode ``text``; ``\\n`` becomes a zero-width glyph with data ``\\n``."""
    glyphs: list[Glyph] = []
    for ch in normalise(text):
        if ch == "\n":
            glyphs.append(Glyph("\n", b"\n", 0, "\n"))
            continue
        glyph = encode_char(ch, charset)
        if glyph.cells:
            glyphs.append(glyph)
    return glyphs


def to_bytes(glyphs: Iterable[Glyph]) -> bytes:
    return b"".join(g.data for g in glyphs)


def to_text(glyphs: Iterable[Glyph]) -> str:
    return "".join(g.char for g in glyphs)


def cells(glyphs: Iterable[Glyph]) -> int:
    return sum(g.cells for g in glyphs)


def text_cells(text: str, charset: Charset = "gb18030") -> int:
    """Width of ``text`` in half-width cells once printed."""
    return cells(encode_text(text, charset))


def _is_space(g: Glyph) -> bool:
    return g.char in SPACES


def _break_allowed(a: Glyph, b: Glyph) -> tuple[bool, bool]:
    """(allowed, preferred) for a line break between ``a`` and ``b``."""
    if _is_space(a) or _is_space(b):
        return True, True
    if b.char in CLOSING or a.char in OPENING:
        return False, False
    if a.char in CLOSING or b.char in OPENING:
        return True, True
    if a.cells == 2 or b.cells == 2:
        return True, False
    if a.char in "-/":
        return True, False
    return False, False


def _rstrip(line: Sequence[Glyph]) -> list[Glyph]:
    end = len(line)
    while end > 0 and _is_space(line[end - 1]):
        end -= 1
    return list(line[:end])


def _lstrip(line: Sequence[Glyph]) -> list[Glyph]:
    start = 0
    while start < len(line) and _is_space(line[start]):
        start += 1
    return list(line[start:])


def _split_point(line: Sequence[Glyph], width: int) -> int:
    """Where to break ``line`` (wider than ``width``): index of the first glyph moved on."""
    # The last index at which the glyphs before it still fit.
    fit, used = 0, 0
    for i, g in enumerate(line):
        if used + g.cells > width:
            break
        used += g.cells
        fit = i + 1
    fit = max(fit, 1)
    slack = max(4, width // 3)
    best_any = 0
    used_at = [0]
    for g in line:
        used_at.append(used_at[-1] + g.cells)
    for i in range(fit, 0, -1):
        if i >= len(line):
            continue
        allowed, preferred = _break_allowed(line[i - 1], line[i])
        if not allowed:
            continue
        if preferred and used_at[fit] - used_at[i] <= slack:
            return i
        if not best_any:
            best_any = i
    return best_any or fit


def wrap(glyphs: Sequence[Glyph], width: int, rest_width: int | None = None) -> list[list[Glyph]]:
    """Break ``glyphs`` into lines of at most ``width`` cells (``rest_width`` after the first).

    ``\\n`` glyphs force a break. Spaces at a break are dropped. An empty input gives one
    empty line.
    """
    if width < 2 or (rest_width is not None and rest_width < 2):
        raise ValueError("a line must hold at least one full-width character (2 cells)")
    later = width if rest_width is None else rest_width
    lines: list[list[Glyph]] = []
    paragraphs: list[list[Glyph]] = [[]]
    for g in glyphs:
        if g.char == "\n":
            paragraphs.append([])
        else:
            paragraphs[-1].append(g)
    for para in paragraphs:
        rest = list(para)
        while True:
            limit = width if not lines else later
            if cells(rest) <= limit:
                lines.append(rest)
                break
            cut = _split_point(rest, limit)
            lines.append(_rstrip(rest[:cut]))
            rest = _lstrip(rest[cut:])
            if not rest:
                break
    return lines


def wrap_text(
    text: str, width: int, charset: Charset = "gb18030", rest_width: int | None = None
) -> list[str]:
    """:func:`wrap` on a string, returning the printed text of each line."""
    return [to_text(line) for line in wrap(encode_text(text, charset), width, rest_width)]
