"""ESC/POS printer emulator: a model of an 80 mm Chinese receipt printer on TCP or a pty.

Not a mock: the driver connects to it exactly as to a networked printer (raw TCP, port 9100 by
default; port 0 for tests) or opens its pty as a serial port, and every byte crosses the
kernel. The model interprets what the kiosk sends - init, GB18030 text with Chinese mode
on/off, sizes, alignment, bold, line feeds, native QR (store + print), raster images, cuts -
answers ``DLE EOT n``, ``GS r 1`` and ``GS I n`` as a printer does, and renders each cut
receipt to a 1-bit PNG (576 dots wide, CJK font, QR via ``segno``), kept in :attr:`receipts`
and optionally written to ``out_dir``.

Faults (``inject``/``clear``, or :meth:`set_paper`): ``paper_low``, ``paper_out``, ``jam``
(cutter error), ``cover_open``, ``offline`` (says offline without a cause), ``silent``
(accepts data, answers nothing, prints nothing), ``unplug`` (closes every connection and
stops listening / removes the pty), ``bad_status`` (status replies break their bit pattern),
``drop`` (closes the connection after ``drop_after`` more bytes; fires once), ``runs_out``
(the paper ends at the next printed text: the rest of the job is held).

Behaviour modelled on real printers:

* Real-time ``DLE EOT`` is answered as soon as it arrives, even while offline.
* While offline (paper out, cover open, jam, offline) printing stops: print data and what
  follows it is held and printed when the fault is cleared, as from a receive buffer.
  Commands that do not print (``GS r``, ``GS I``, modes) run at once when nothing is held.
* Text is laid out in cells (12x24 dots half-width, 24x24 full-width, times the ``GS !``
  multipliers); a character that does not fit wraps the line by itself, anywhere - counted in
  :attr:`auto_wraps`, which a good job keeps at zero.
* Outside Chinese mode bytes >= 0x80 print from code page 437 (mojibake, as on hardware).

The worker thread and the pty plumbing (raw mode, stable ``--pty`` link) are shared with the
serial simulators: :mod:`drivers.simbase`.

``python -m drivers.printer.emulator [--port 9100] [--out DIR] [--pty LINK]``.
"""

from __future__ import annotations

import argparse
import contextlib
import errno
import io
import logging
import os
import selectors
import socket
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path
from typing import Literal

from PIL import Image

from drivers.printer.escpos import Token, Tokenizer
from drivers.printer.profiles import CELL_DOTS, CHAR_HEIGHT_DOTS, Charset
from drivers.simbase import (
    SimulatorThread,
    close_fds,
    open_raw_pty,
    point_link,
    remove_link,
    stop_on_signals,
)

log = logging.getLogger(__name__)

DEFAULT_PORT = 9100
MARGIN_DOTS = 16  # blank paper above and below a rendered receipt


class Fault(StrEnum):
    PAPER_LOW = "paper_low"
    PAPER_OUT = "paper_out"
    JAM = "jam"
    COVER_OPEN = "cover_open"
    OFFLINE = "offline"
    SILENT = "silent"
    UNPLUG = "unplug"
    BAD_STATUS = "bad_status"
    DROP = "drop"
    RUNS_OUT = "runs_out"  # the paper runs out at the next printed text


_STOPS_PRINTING = {Fault.PAPER_OUT, Fault.JAM, Fault.COVER_OPEN, Fault.OFFLINE}
_PRINTING = {"text", "LF", "CR", "ESC d", "ESC J", "GS V", "GS v 0", "FF"}


@dataclass(frozen=True, slots=True)
class Cell:
    char: str
    cells: int
    width: int
    height: int
    bold: bool

    @property
    def dots(self) -> int:
        return self.cells * CELL_DOTS * self.width


@dataclass(slots=True)
class TextLine:
    cells: list[Cell]
    align: int
    spacing: int

    @property
    def text(self) -> str:
        return "".join(c.char for c in self.cells)

    @property
    def advance(self) -> int:
        tallest = max((c.height * CHAR_HEIGHT_DOTS for c in self.cells), default=0)
        return max(self.spacing, tallest)


@dataclass(slots=True)
class Picture:
    image: Image.Image
    x: int

    @property
    def advance(self) -> int:
        return self.image.height


@dataclass(slots=True)
class Blank:
    dots: int

    @property
    def advance(self) -> int:
        return self.dots


Element = TextLine | Picture | Blank


@dataclass(frozen=True, slots=True)
class Receipt:
    """One cut receipt: the rendered page (kept as PNG), its text lines, QR payloads, stats.

    Lesson from the soak: Pillow holds a rendered 80 mm page as a byte per dot, 300-780 KB,
    against 3-10 KB as PNG; kept raw, the last receipts were megabytes of a demo kiosk's
    memory. ``image`` decodes a fresh copy on each access.
    """

    index: int
    png: bytes
    lines: tuple[str, ...]
    qr_payloads: tuple[bytes, ...]
    auto_wraps: int
    partial: bool
    path: Path | None = None

    @property
    def image(self) -> Image.Image:
        with Image.open(io.BytesIO(self.png)) as page:
            page.load()
            return page.copy()

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


@dataclass
class _Modes:
    chinese: bool = True
    align: int = 0
    width: int = 1
    height: int = 1
    bold: bool = False
    spacing: int = 30


@dataclass
class PrinterModel:
    """The printer itself, without transport: feed it tokens, get reply bytes back.

    Not thread-safe; :class:`EscPosEmulator` serialises access.
    """

    dots_per_line: int = 576
    charset: Charset = "gb18030"
    chinese_default: bool = True
    default_spacing: int = 30
    firmware: str = "EMU-1.0"
    maker: str = "GovKiosk"
    model_name: str = "ESC/POS emulator 80mm"
    out_dir: Path | None = None
    # Lesson from the soak: 200 kept receipts (Pillow holds a 1-bit page as a byte per dot) were
    # 30 MB of a demo kiosk's memory growth. The newest few, as PNG, are enough to look at;
    # ``out_dir`` keeps all.
    max_receipts: int = 20
    on_receipt: Callable[[Receipt], None] | None = None
    faults: set[Fault] = field(default_factory=set)
    receipt_count: int = 0
    auto_wraps_total: int = 0
    unknown_commands: int = 0
    status_requests: int = 0
    bytes_received: int = 0
    paper_dots_used: int = 0

    def __post_init__(self) -> None:
        self.modes = _Modes(chinese=self.chinese_default, spacing=self.default_spacing)
        self._line: list[Cell] = []
        self._partial = b""
        self._elements: list[Element] = []
        self._qr_data = b""
        self._qr_size = 3
        self._qr_level = "L"
        self._qr_printed: list[bytes] = []
        self._auto_wraps = 0
        self._held: list[Token] = []
        self._receipts: list[Receipt] = []
        # Cut pages not rendered yet: real-time replies must not wait for Pillow.
        self._pending: list[tuple[list[Element], list[bytes], int, int]] = []

    @property
    def receipts(self) -> list[Receipt]:
        """Rendered receipts, oldest first (at most ``max_receipts``)."""
        self.render_pending()
        return self._receipts

    # ---------------------------------------------------------------- state

    @property
    def offline(self) -> bool:
        return bool(self.faults & _STOPS_PRINTING)

    @property
    def paper(self) -> Literal["full", "low", "out"]:
        if Fault.PAPER_OUT in self.faults:
            return "out"
        return "low" if Fault.PAPER_LOW in self.faults else "full"

    @property
    def held_tokens(self) -> int:
        return len(self._held)

    def resume(self) -> list[bytes]:
        """Print what was held while offline (call after a fault was cleared)."""
        replies: list[bytes] = []
        if self.offline or Fault.SILENT in self.faults:
            return replies
        held, self._held = self._held, []
        for i, token in enumerate(held):
            if self.offline:
                self._held = held[i:] + self._held
                break
            replies.extend(self._execute(token))
        return replies

    # ---------------------------------------------------------------- input

    def handle(self, token: Token) -> list[bytes]:
        """Process one token; return the bytes to send back."""
        if token.realtime:
            return self._realtime(token)
        if Fault.RUNS_OUT in self.faults and token.name == "text":
            self.faults.discard(Fault.RUNS_OUT)
            self.faults.add(Fault.PAPER_OUT)
        if self._held or (self.offline and token.name in _PRINTING | {"GS ( k"}):
            self._held.append(token)
            return []
        return self._execute(token)

    def _realtime(self, token: Token) -> list[bytes]:
        if token.name != "DLE EOT" or not token.args:
            return []
        self.status_requests += 1
        return [bytes([self.status_byte(token.args[0])])]

    def status_byte(self, n: int) -> int:
        """The reply to ``DLE EOT n`` for the current faults."""
        if Fault.BAD_STATUS in self.faults:
            return 0xFF
        value = 0x12
        f = self.faults
        if n == 1:
            if self.offline:
                value |= 0x08
            if f & {Fault.JAM}:
                value |= 0x20  # waiting for online recovery
        elif n == 2:
            if Fault.COVER_OPEN in f:
                value |= 0x04
            if Fault.PAPER_OUT in f:
                value |= 0x20
            if Fault.JAM in f:
                value |= 0x40
        elif n == 3:
            if Fault.JAM in f:
                value |= 0x08  # autocutter error
        elif n == 4:
            if Fault.PAPER_OUT in f:
                value |= 0x6C
            elif Fault.PAPER_LOW in f:
                value |= 0x0C
        return value

    def paper_sensor_byte(self) -> int:
        return {"full": 0x00, "low": 0x03, "out": 0x0F}[self.paper]

    # ---------------------------------------------------------------- commands

    def _execute(self, t: Token) -> list[bytes]:
        name, a = t.name, t.args
        m = self.modes
        if name == "text":
            self._text(t.data)
        elif name == "LF":
            self._newline()
        elif name == "ESC @":
            self.modes = _Modes(chinese=self.chinese_default, spacing=self.default_spacing)
            self._line, self._partial = [], b""
        elif name == "FS &":
            m.chinese = True
        elif name == "FS .":
            m.chinese = False
        elif name == "ESC a":
            m.align = a[0] % 48 if a[0] >= 48 else a[0]
        elif name == "ESC E":
            m.bold = bool(a[0] & 1)
        elif name == "GS !":
            m.width, m.height = (a[0] >> 4) + 1, (a[0] & 0x07) + 1
        elif name == "ESC !":
            m.bold = bool(a[0] & 0x08)
            m.height = 2 if a[0] & 0x10 else 1
            m.width = 2 if a[0] & 0x20 else 1
        elif name == "ESC 3":
            m.spacing = a[0]
        elif name == "ESC 2":
            m.spacing = self.default_spacing
        elif name == "ESC d":
            self._flush_line()
            self._elements.append(Blank(a[0] * m.spacing))
        elif name == "ESC J":
            self._flush_line()
            self._elements.append(Blank(a[0]))
        elif name == "GS ( k":
            self._qr(t)
        elif name == "GS v 0":
            self._raster(t)
        elif name == "GS V":
            self._flush_line()
            if len(a) > 1:
                self._elements.append(Blank(a[1]))
            self._cut()
        elif name == "GS r":
            if a[0] in (1, 49):
                return [bytes([self.paper_sensor_byte()])]
        elif name == "GS I":
            text = {65: self.firmware, 66: self.maker, 67: self.model_name}.get(a[0])
            if text is not None:
                return [b"_" + text.encode("ascii") + b"\0"]
            if a[0] in (1, 2, 3, 49, 50, 51):
                return [bytes([{1: 0x20, 2: 0x02, 3: 0x10}.get(a[0] % 48, 0)])]
        elif name == "unknown":
            self.unknown_commands += 1
        # Other known commands (ESC t, GS L, ...) do not change what this model draws.
        return []

    def _text(self, data: bytes) -> None:
        data = self._partial + data
        self._partial = b""
        m = self.modes
        i = 0
        while i < len(data):
            b = data[i]
            if b < 0x80:
                self._put(chr(b), 1)
                i += 1
                continue
            if not m.chinese:
                self._put(bytes([b]).decode("cp437"), 1)
                i += 1
                continue
            if not 0x81 <= b <= 0xFE:
                self._put("?", 1)
                i += 1
                continue
            if i + 1 >= len(data):
                self._partial = data[i:]
                return
            size = 2
            if 0x30 <= data[i + 1] <= 0x39:
                size = 4
                if i + 3 >= len(data):
                    self._partial = data[i:]
                    return
            chunk = data[i : i + size]
            i += size
            try:
                ch = chunk.decode("gb18030")
            except UnicodeDecodeError:
                ch = "?"
            if not self._font_has(ch, size):
                ch = "?"
            self._put(ch, 2)

    def _font_has(self, ch: str, size: int) -> bool:
        if self.charset == "gb18030":
            return size == 2 or 0x3400 <= ord(ch) <= 0x4DBF
        try:
            ch.encode(self.charset)
        except UnicodeEncodeError:
            return False
        return size == 2

    def _put(self, ch: str, cells: int) -> None:
        m = self.modes
        cell = Cell(ch, cells, m.width, m.height, m.bold)
        used = sum(c.dots for c in self._line)
        if used + cell.dots > self.dots_per_line:
            self._auto_wraps += 1
            self.auto_wraps_total += 1
            self._flush_line()
        self._line.append(cell)

    def _flush_line(self) -> None:
        if self._line:
            self._newline()

    def _newline(self) -> None:
        self._elements.append(TextLine(self._line, self.modes.align, self.modes.spacing))
        self._line = []

    def _x(self, width: int) -> int:
        align = self.modes.align
        if align == 1:
            return max(0, (self.dots_per_line - width) // 2)
        if align == 2:
            return max(0, self.dots_per_line - width)
        return 0

    def _qr(self, t: Token) -> None:
        if len(t.args) < 2 or t.args[0] != 49:
            self.unknown_commands += 1
            return
        fn, d = t.args[1], t.data
        if fn == 65:
            pass  # model 2 is the only one rendered
        elif fn == 67 and d:
            self._qr_size = max(1, min(16, d[0]))
        elif fn == 69 and d:
            self._qr_level = {48: "L", 49: "M", 50: "Q", 51: "H"}.get(d[0], "L")
        elif fn == 80 and d:
            self._qr_data = d[1:]
        elif fn == 81:
            if not self._qr_data:
                return
            from drivers.printer.raster import qr_image

            self._flush_line()
            img = qr_image(self._qr_data, self._qr_size, self._qr_level)
            self._elements.append(Picture(img, self._x(img.width)))
            self._qr_printed.append(self._qr_data)

    def _raster(self, t: Token) -> None:
        from drivers.printer.raster import from_raster_rows

        mode, xb, rows = t.args[0], t.args[1] | (t.args[2] << 8), t.args[3] | (t.args[4] << 8)
        img = from_raster_rows(t.data, xb, rows)
        if mode & 1 or mode & 2:
            sx = 2 if mode & 1 else 1
            sy = 2 if mode & 2 else 1
            img = img.resize((img.width * sx, img.height * sy), Image.Resampling.NEAREST)
        self._flush_line()
        self._elements.append(Picture(img, self._x(img.width)))

    # ---------------------------------------------------------------- rendering

    def _cut(self) -> None:
        self.receipt_count += 1
        self._pending.append(
            (self._elements, self._qr_printed, self._auto_wraps, self.receipt_count)
        )
        self._elements, self._qr_printed, self._auto_wraps = [], [], 0

    def render_pending(self) -> None:
        """Render (and save) the receipts cut since the last call."""
        pending, self._pending = self._pending, []
        for elements, qrs, wraps, index in pending:
            receipt, height = self._render_page(elements, qrs, wraps, index, partial=False)
            self.paper_dots_used += height - 2 * MARGIN_DOTS
            if self.out_dir is not None:
                self.out_dir.mkdir(parents=True, exist_ok=True)
                path = self.out_dir / f"receipt-{index:04d}.png"
                path.write_bytes(receipt.png)
                receipt = replace(receipt, path=path)
            self._receipts.append(receipt)
            del self._receipts[: -self.max_receipts]
            if self.on_receipt is not None:
                self.on_receipt(receipt)

    def render(self) -> Receipt:
        """Render what is on the paper since the last cut (not cut yet)."""
        elements = list(self._elements)
        if self._line:
            elements.append(TextLine(list(self._line), self.modes.align, self.modes.spacing))
        receipt, _height = self._render_page(
            elements, self._qr_printed, self._auto_wraps, self.receipt_count + 1, partial=True
        )
        return receipt

    def _render_page(
        self, elements: list[Element], qrs: list[bytes], wraps: int, index: int, *, partial: bool
    ) -> tuple[Receipt, int]:
        """The receipt and its page height in dots."""
        from drivers.printer.raster import draw_glyph

        height = sum(e.advance for e in elements) + 2 * MARGIN_DOTS
        page = Image.new("1", (self.dots_per_line, max(height, 2 * MARGIN_DOTS)), 1)
        y = MARGIN_DOTS
        lines: list[str] = []
        for e in elements:
            if isinstance(e, TextLine):
                width = sum(c.dots for c in e.cells)
                x = {1: (self.dots_per_line - width) // 2, 2: self.dots_per_line - width}.get(
                    e.align, 0
                )
                tallest = max((c.height * CHAR_HEIGHT_DOTS for c in e.cells), default=0)
                for c in e.cells:
                    top = y + tallest - c.height * CHAR_HEIGHT_DOTS
                    draw_glyph(
                        page,
                        max(0, x),
                        top,
                        c.char,
                        c.cells,
                        width_mult=c.width,
                        height_mult=c.height,
                        bold=c.bold,
                    )
                    x += c.dots
                lines.append(e.text)
            elif isinstance(e, Picture):
                page.paste(e.image, (e.x, y))
            y += e.advance
        png = io.BytesIO()
        page.save(png, format="PNG")
        receipt = Receipt(
            index=index,
            png=png.getvalue(),
            lines=tuple(lines),
            qr_payloads=tuple(qrs),
            auto_wraps=wraps,
            partial=partial,
        )
        return receipt, page.height


# ---------------------------------------------------------------------------- server


@dataclass(eq=False)
class _Conn:
    kind: Literal["tcp", "pty"]
    sock: socket.socket | None = None
    fd: int = -1
    tokenizer: Tokenizer = field(default_factory=Tokenizer)
    received: int = 0

    def fileobj(self) -> socket.socket | int:
        return self.sock if self.sock is not None else self.fd


class EscPosEmulator(SimulatorThread):
    """The printer model served on TCP (``transport="tcp"``) or a pty (``"pty"``).

    Test/demo API: :meth:`start`, :meth:`stop`, :meth:`inject`, :meth:`clear`,
    :meth:`set_paper`, :meth:`wait_for_receipts`; :attr:`port` is the URL to give the driver.
    """

    noun = "emulator"

    def __init__(
        self,
        *,
        host: str = "127.0.0.1",
        tcp_port: int = 0,
        transport: Literal["tcp", "pty"] = "tcp",
        link: str | os.PathLike[str] | None = None,
        out_dir: str | os.PathLike[str] | None = None,
        dots_per_line: int = 576,
        charset: Charset = "gb18030",
        chinese_default: bool = True,
        drop_after: int = 64,
        baudrate: int = 9600,
    ) -> None:
        super().__init__(thread_name="escpos-emulator")
        self.host = host
        self.transport = transport
        self.link = Path(link) if link is not None else None
        self.drop_after = drop_after
        self.baudrate = baudrate
        self.model = PrinterModel(
            dots_per_line=dots_per_line,
            charset=charset,
            chinese_default=chinese_default,
            out_dir=Path(out_dir) if out_dir is not None else None,
        )
        self._tcp_port = tcp_port
        self._receipt_cond = threading.Condition(self._lock)
        self._sel: selectors.BaseSelector | None = None
        self._listener: socket.socket | None = None
        self._conns: list[_Conn] = []
        self._master: int | None = None
        self._slave: int | None = None
        self._tty_path: str | None = None
        self._drop_budget: int | None = None
        self.connections_accepted = 0

    # ---------------------------------------------------------------- lifecycle

    @property
    def port(self) -> str:
        """The printer URL for the driver (``tcp://127.0.0.1:N`` or ``serial://...``)."""
        if self.transport == "tcp":
            if not self._tcp_port:
                raise RuntimeError("emulator not started")
            return f"tcp://{self.host}:{self._tcp_port}"
        path = str(self.link) if self.link is not None else self._tty_path
        if path is None:
            raise RuntimeError("emulator not started")
        return f"serial://{path}?baud={self.baudrate}"

    url = port

    @property
    def tcp_port(self) -> int:
        return self._tcp_port

    @property
    def receipts(self) -> list[Receipt]:
        with self._lock:
            return list(self.model.receipts)

    @property
    def faults(self) -> frozenset[Fault]:
        with self._lock:
            return frozenset(self.model.faults)

    # ---------------------------------------------------------------- test/demo API

    def inject(self, fault: Fault | str) -> None:
        fault = Fault(fault)
        with self._lock:
            self.model.faults.add(fault)
            if fault is Fault.DROP:
                self._drop_budget = self.drop_after
        if fault is Fault.UNPLUG:
            self._in_thread(self._unplug)
        self._wake()

    def clear(self, fault: Fault | str | None = None) -> None:
        """Remove one fault, or all; held print data is then printed, an unplugged printer
        listens again (same port / link)."""
        with self._lock:
            if fault is None:
                cleared = set(self.model.faults)
                self.model.faults.clear()
            else:
                cleared = {Fault(fault)} & self.model.faults
                self.model.faults -= cleared
            if Fault.DROP in cleared:
                self._drop_budget = None
        if Fault.UNPLUG in cleared:
            self._in_thread(self._plug)
        self._in_thread(self._resume)

    def set_paper(self, level: Literal["full", "low", "out"]) -> None:
        with self._lock:
            self.model.faults -= {Fault.PAPER_LOW, Fault.PAPER_OUT}
            if level == "low":
                self.model.faults.add(Fault.PAPER_LOW)
            elif level == "out":
                self.model.faults.add(Fault.PAPER_OUT)
        self._in_thread(self._resume)

    def wait_for_receipts(self, count: int, timeout: float = 10.0) -> bool:
        """Wait until at least ``count`` receipts were cut in total."""
        with self._receipt_cond:
            return self._receipt_cond.wait_for(
                lambda: self.model.receipt_count >= count, timeout=timeout
            )

    # ---------------------------------------------------------------- transport

    def _setup(self) -> None:
        self._sel = selectors.DefaultSelector()
        self._sel.register(self._wake_r, selectors.EVENT_READ, None)
        self._plug()

    def _teardown(self) -> None:
        self._unplug()
        if self._sel is not None:
            self._sel.close()
            self._sel = None

    def _plug(self) -> None:
        assert self._sel is not None
        if self.transport == "tcp":
            sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            sock.bind((self.host, self._tcp_port))
            sock.listen(8)
            sock.setblocking(False)
            self._tcp_port = sock.getsockname()[1]
            self._listener = sock
            self._sel.register(sock, selectors.EVENT_READ, "listen")
            return
        master, slave, self._tty_path = open_raw_pty()
        self._master, self._slave = master, slave
        conn = _Conn("pty", fd=master)
        self._conns.append(conn)
        self._sel.register(master, selectors.EVENT_READ, conn)
        if self.link is not None:
            point_link(self.link, self._tty_path)

    def _unplug(self) -> None:
        for conn in list(self._conns):
            self._drop(conn)
        if self._listener is not None:
            if self._sel is not None:
                with contextlib.suppress(KeyError, ValueError):
                    self._sel.unregister(self._listener)
            self._listener.close()
            self._listener = None
        if self.link is not None and self.transport == "pty":
            remove_link(self.link)
        close_fds((self._slave,))  # the master is the pty connection's: closed by _drop
        self._master = self._slave = None
        self._tty_path = None

    def _drop(self, conn: _Conn) -> None:
        if conn in self._conns:
            self._conns.remove(conn)
        if self._sel is not None:
            with contextlib.suppress(KeyError, ValueError):
                self._sel.unregister(conn.fileobj())
        if conn.sock is not None:
            with contextlib.suppress(OSError):
                conn.sock.close()
        elif conn.fd >= 0:
            with contextlib.suppress(OSError):
                os.close(conn.fd)

    def _run(self) -> None:
        assert self._sel is not None
        while not self._stop.is_set():
            for key, _ in self._sel.select(timeout=0.5):
                if key.data is None:
                    self._drain_wake()
                elif key.data == "listen":
                    self._accept()
                else:
                    self._receive(key.data)
            self._run_calls()

    def _accept(self) -> None:
        if self._listener is None or self._sel is None:
            return
        try:
            sock, _ = self._listener.accept()
        except (BlockingIOError, OSError):
            return
        sock.setblocking(True)
        sock.settimeout(2.0)
        conn = _Conn("tcp", sock=sock)
        self._conns.append(conn)
        self.connections_accepted += 1
        self._sel.register(sock, selectors.EVENT_READ, conn)

    def _receive(self, conn: _Conn) -> None:
        try:
            data = conn.sock.recv(65536) if conn.sock is not None else os.read(conn.fd, 65536)
        except BlockingIOError:
            return
        except OSError as exc:
            if conn.kind == "pty" and exc.errno == errno.EIO:
                return
            self._drop(conn)
            return
        if not data:
            if conn.kind == "tcp":
                self._drop(conn)
            return
        with self._lock:
            if Fault.SILENT in self.model.faults:
                return
            if self._drop_budget is not None:
                if len(data) > self._drop_budget:
                    data = data[: self._drop_budget]
                    self._drop_budget = None
                    self.model.faults.discard(Fault.DROP)
                    drop_now = True
                else:
                    self._drop_budget -= len(data)
                    drop_now = False
            else:
                drop_now = False
            self.model.bytes_received += len(data)
            replies: list[bytes] = []
            before = self.model.receipt_count
            for token in conn.tokenizer.feed(data):
                replies.extend(self.model.handle(token))
            if self.model.receipt_count != before:
                self._receipt_cond.notify_all()
        if drop_now:
            self._drop(conn)
        else:
            self._send(conn, b"".join(replies))
        with self._lock:
            self.model.render_pending()

    def _send(self, conn: _Conn, data: bytes) -> None:
        if not data:
            return
        try:
            if conn.sock is not None:
                conn.sock.sendall(data)
            else:
                os.write(conn.fd, data)
        except OSError:
            self._drop(conn)

    def _resume(self) -> None:
        with self._lock:
            before = self.model.receipt_count
            replies = self.model.resume()
            if self.model.receipt_count != before:
                self._receipt_cond.notify_all()
        if replies and self._conns:
            # Late answers (GS r, GS I) go to the most recent connection, as a printer with one
            # host would send them.
            self._send(self._conns[-1], b"".join(replies))
        with self._lock:
            self.model.render_pending()


# ---------------------------------------------------------------------------- CLI


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m drivers.printer.emulator", description="ESC/POS receipt printer emulator"
    )
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=DEFAULT_PORT, help="TCP port (0: any)")
    parser.add_argument("--pty", metavar="LINK", help="serve on a pty (symlink LINK) instead")
    parser.add_argument("--out", metavar="DIR", help="write each receipt as DIR/receipt-N.png")
    parser.add_argument("--dots", type=int, default=576, help="dots per line (576 or 512)")
    parser.add_argument("--charset", choices=["gb18030", "gbk", "gb2312"], default="gb18030")
    parser.add_argument("--paper", choices=["full", "low", "out"], default="full")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")

    emulator = EscPosEmulator(
        host=args.host,
        tcp_port=args.port,
        transport="pty" if args.pty else "tcp",
        link=args.pty,
        out_dir=args.out,
        dots_per_line=args.dots,
        charset=args.charset,
    )

    def announce(receipt: Receipt) -> None:
        where = f" -> {receipt.path}" if receipt.path else ""
        log.info("receipt %d: %d lines%s", receipt.index, len(receipt.lines), where)

    emulator.model.on_receipt = announce
    stop = stop_on_signals()
    try:
        emulator.start()
    except OSError as exc:
        print(f"error: cannot listen on {args.host}:{args.port}: {exc.strerror}", file=sys.stderr)
        return 1
    emulator.set_paper(args.paper)
    log.info("ESC/POS emulator listening: %s", emulator.port)
    try:
        while not stop.wait(0.5):
            pass
    finally:
        emulator.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
