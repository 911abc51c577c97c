"""Byte transports to a receipt printer, on python-escpos 3.1's connection classes.

python-escpos is used for its connections only (``Network``, ``Serial``, ``Usb``, ``File``):
jobs are the project's own bytes sent with ``_raw``; its text, image and status helpers are
not used (its text encoder mangles Chinese, its status helpers block without a bound).

URLs::

    tcp://HOST[:PORT]                       raw TCP ("JetDirect"), port 9100 by default
    serial:///dev/ttyUSB0?baud=9600         also xonxoff=1, dsrdtr=1
    usb://VID:PID[?in_ep=0x82&out_ep=0x01]  hex ids, e.g. usb://0416:5011
    file:///dev/usb/lp0                     write-only (no status back channel)

Every read and write is bounded by the timeout passed in. Lessons:

* Touching ``Escpos.device`` before ``open()`` (or after ``close()``) silently opens the
  connection; the transport keeps its own handle and never does that.
* ``Network._read`` and ``Serial._read`` ask for 16 bytes; pyserial's ``read(16)`` waits the
  whole timeout for 16 bytes, so serial reads go to the pyserial object with the exact count.
* A peer that closed a TCP connection shows up as ``recv() == b""`` (or ECONNRESET), often
  only on the read after a write that "succeeded" into the kernel buffer.
* Importing ``escpos.printer`` takes ~0.4 s (it parses a YAML capabilities database), makes
  an empty temporary directory and calls ``logging.basicConfig()``: it is imported lazily, in
  ``open()``, on the device's worker thread, after the app has configured logging.
* A python-escpos object whose ``close()`` raised (a vanished serial port cannot ``tcdrain``)
  raises again from ``__del__``; :meth:`Transport.close` marks it closed either way.

Exceptions: :class:`drivers.errors.DeviceUnavailable` (cannot open, connection lost),
:class:`drivers.errors.DeviceTimeout` (a write did not finish in time); ``ValueError`` from
:func:`parse_url` for a malformed URL.
"""

from __future__ import annotations

import contextlib
import logging
import socket
import time
from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from drivers.errors import DeviceTimeout, DeviceUnavailable

log = logging.getLogger(__name__)

DEFAULT_TCP_PORT = 9100
DEFAULT_BAUDRATE = 9600


@dataclass(frozen=True, slots=True)
class PrinterUrl:
    scheme: str
    host: str = ""
    port: int = 0
    path: str = ""
    params: dict[str, str] = field(default_factory=dict)
    text: str = ""

    def __str__(self) -> str:
        return self.text


def parse_url(url: str) -> PrinterUrl:
    """Parse a printer URL (see the module docstring); ``ValueError`` when malformed."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    params = dict(parse_qsl(parts.query))
    if scheme == "tcp":
        if not parts.hostname:
            raise ValueError(f"{url!r}: tcp:// needs a host")
        try:
            port = parts.port or DEFAULT_TCP_PORT
        except ValueError as exc:
            raise ValueError(f"{url!r}: bad port") from exc
        return PrinterUrl("tcp", parts.hostname, port, params=params, text=url)
    if scheme in ("serial", "file"):
        path = parts.path or parts.netloc
        if not path:
            raise ValueError(f"{url!r}: {scheme}:// needs a device path")
        if scheme == "serial":
            baud = params.get("baud", str(DEFAULT_BAUDRATE))
            if not baud.isdigit() or int(baud) <= 0:
                raise ValueError(f"{url!r}: bad baud rate {baud!r}")
        return PrinterUrl(scheme, path=path, params=params, text=url)
    if scheme == "usb":
        vid, sep, pid = parts.netloc.partition(":")
        try:
            ids = (int(vid, 16), int(pid, 16)) if sep else None
        except ValueError:
            ids = None
        if ids is None:
            raise ValueError(f"{url!r}: usb:// needs VID:PID in hex, e.g. usb://0416:5011")
        return PrinterUrl("usb", host=f"{ids[0]:04x}", port=ids[1], params=params, text=url)
    raise ValueError(f"unsupported printer URL {url!r} (tcp://, serial://, usb://, file://)")


def _reason(exc: BaseException) -> str:
    """The OS-level reason behind a python-escpos error ("Connection refused")."""
    cause = exc.__cause__ or exc.__context__
    if isinstance(cause, OSError) and cause.strerror:
        return cause.strerror
    text = str(cause or exc).strip()
    return text.splitlines()[-1] if text else type(exc).__name__


class Transport(ABC):
    """A connection to one printer. Not thread-safe: one worker thread uses it."""

    #: False for write-only connections (no status, no replies)
    can_read: bool = True
    #: bytes per second the link carries (for timeouts); None = fast enough not to matter
    bytes_per_s: float | None = None

    def __init__(self, url: PrinterUrl, connect_timeout_s: float) -> None:
        self.url = url
        self.connect_timeout_s = connect_timeout_s
        self._conn: Any = None
        self._rx = bytearray()

    @property
    def is_open(self) -> bool:
        return self._conn is not None

    @abstractmethod
    def open(self) -> None: ...

    def close(self) -> None:
        conn, self._conn = self._conn, None
        self._rx.clear()
        if conn is not None:
            with contextlib.suppress(Exception):
                # python-escpos closes and flushes; a dead device may raise anything here.
                conn.close()
            # If it raised, its __del__ would try (and raise) again: mark it closed.
            conn._device = False

    @abstractmethod
    def write(self, data: bytes, timeout: float) -> None: ...

    @abstractmethod
    def _read_some(self, n: int, timeout: float) -> bytes:
        """Up to ``n`` bytes arriving within ``timeout`` (``b""`` if none)."""

    def read(self, n: int, timeout: float, *, until: bytes | None = None) -> bytes:
        """Read ``n`` bytes (or up to and including ``until``) within ``timeout``; returns
        what arrived, possibly less."""
        deadline = time.monotonic() + timeout
        while True:
            if until is not None and until in self._rx:
                end = self._rx.index(until) + len(until)
                break
            if until is None and len(self._rx) >= n:
                end = n
                break
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                end = len(self._rx)
                break
            want = 64 if until is not None else n - len(self._rx)
            self._rx += self._read_some(want, remaining)
        data = bytes(self._rx[:end])
        del self._rx[:end]
        return data

    def drain(self) -> bytes:
        """Throw away what has arrived unasked (a late reply); return it for logging."""
        stale = bytes(self._rx)
        self._rx.clear()
        while True:
            chunk = self._read_some(64, 0.0)
            if not chunk:
                return stale
            stale += chunk

    def _require(self) -> Any:
        if self._conn is None:
            raise DeviceUnavailable(f"{self.url} is not open")
        return self._conn


class TcpTransport(Transport):
    def open(self) -> None:
        from escpos.exceptions import DeviceNotFoundError
        from escpos.printer import Network

        conn = Network(self.url.host, self.url.port, timeout=self.connect_timeout_s)
        try:
            conn.open()
        except DeviceNotFoundError as exc:
            raise DeviceUnavailable(f"cannot connect to {self.url}: {_reason(exc)}") from exc
        sock = conn._device
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self._conn = conn

    def _sock(self) -> socket.socket:
        sock: socket.socket = self._require()._device
        return sock

    def write(self, data: bytes, timeout: float) -> None:
        conn = self._require()
        self._sock().settimeout(timeout)
        try:
            conn._raw(data)
        except TimeoutError as exc:
            raise DeviceTimeout(f"sending to {self.url} timed out after {timeout:g} s") from exc
        except OSError as exc:
            raise DeviceUnavailable(
                f"connection to {self.url} lost: {exc.strerror or exc}", code="disconnected"
            ) from exc

    def _read_some(self, n: int, timeout: float) -> bytes:
        conn = self._require()
        sock = self._sock()
        if timeout <= 0:
            sock.setblocking(False)
        else:
            sock.settimeout(timeout)
        try:
            data = bytes(conn._read())
        except (TimeoutError, BlockingIOError):
            return b""
        except OSError as exc:
            raise DeviceUnavailable(
                f"connection to {self.url} lost: {exc.strerror or exc}", code="disconnected"
            ) from exc
        if not data:
            raise DeviceUnavailable(f"{self.url} closed the connection", code="disconnected")
        return data


class SerialTransport(Transport):
    def __init__(self, url: PrinterUrl, connect_timeout_s: float) -> None:
        super().__init__(url, connect_timeout_s)
        self.baudrate = int(url.params.get("baud", DEFAULT_BAUDRATE))
        self.bytes_per_s = self.baudrate / 10  # 8N1: 10 bits a byte

    def open(self) -> None:
        from escpos.exceptions import DeviceNotFoundError
        from escpos.printer import Serial

        flag = {"1", "true", "yes", "on"}
        conn = Serial(
            devfile=self.url.path,
            baudrate=self.baudrate,
            timeout=self.connect_timeout_s,
            xonxoff=self.url.params.get("xonxoff", "0").lower() in flag,
            dsrdtr=self.url.params.get("dsrdtr", "0").lower() in flag,
        )
        try:
            conn.open()
        except DeviceNotFoundError as exc:
            raise DeviceUnavailable(f"cannot open {self.url.path}: {_reason(exc)}") from exc
        self._conn = conn

    def close(self) -> None:
        conn = self._conn
        if conn is not None and conn._device:
            # python-escpos flushes (tcdrain) before closing, which fails on a vanished port;
            # jobs are already drained by write(), so close the port directly.
            with contextlib.suppress(Exception):
                conn._device.close()
            conn._device = False
        super().close()

    def write(self, data: bytes, timeout: float) -> None:
        import serial

        conn = self._require()
        port = conn._device
        port.write_timeout = timeout
        try:
            conn._raw(data)
            port.flush()
        except serial.SerialTimeoutException as exc:
            raise DeviceTimeout(
                f"writing to {self.url.path} timed out after {timeout:g} s (flow control?)"
            ) from exc
        except (serial.SerialException, OSError) as exc:
            raise DeviceUnavailable(f"{self.url.path} went away: {exc}", code="unplugged") from exc

    def _read_some(self, n: int, timeout: float) -> bytes:
        import serial

        port = self._require()._device
        try:
            if timeout <= 0:
                waiting = port.in_waiting
                return bytes(port.read(min(n, waiting))) if waiting else b""
            # read(n) would wait the whole timeout for n bytes: wait for one, take the rest.
            port.timeout = timeout
            data = bytes(port.read(1))
            waiting = port.in_waiting if data else 0
            if waiting and n > 1:
                data += bytes(port.read(min(n - 1, waiting)))
            return data
        except (serial.SerialException, OSError) as exc:
            raise DeviceUnavailable(f"{self.url.path} went away: {exc}", code="unplugged") from exc


class UsbTransport(Transport):
    def open(self) -> None:
        from escpos.printer import usb as escpos_usb

        if not escpos_usb.is_usable():
            # Constructing Usb() without pyusb leaves an object whose __del__ raises.
            raise DeviceUnavailable(f"cannot open {self.url}: pyusb is not installed")
        try:
            from escpos.printer import Usb

            conn = Usb(
                int(self.url.host, 16),
                self.url.port,
                timeout=int(self.connect_timeout_s * 1000),
                in_ep=int(self.url.params.get("in_ep", "0x82"), 0),
                out_ep=int(self.url.params.get("out_ep", "0x01"), 0),
            )
            conn.open()
        except Exception as exc:
            # python-escpos raises USBNotFoundError, RuntimeError without pyusb, and pyusb's
            # NoBackendError (a ValueError) without libusb: all mean "no printer here".
            raise DeviceUnavailable(f"cannot open {self.url}: {exc}") from exc
        self._conn = conn

    def write(self, data: bytes, timeout: float) -> None:
        conn = self._require()
        conn.timeout = int(timeout * 1000)
        try:
            conn._raw(data)
        except Exception as exc:
            if "timeout" in type(exc).__name__.lower() or "timed out" in str(exc):
                raise DeviceTimeout(f"USB write to {self.url} timed out") from exc
            raise DeviceUnavailable(f"{self.url} went away: {exc}", code="unplugged") from exc

    def _read_some(self, n: int, timeout: float) -> bytes:
        conn = self._require()
        try:
            return bytes(conn._device.read(conn.in_ep, max(n, 64), max(1, int(timeout * 1000))))
        except Exception as exc:
            if "timeout" in type(exc).__name__.lower() or "timed out" in str(exc):
                return b""
            raise DeviceUnavailable(f"{self.url} went away: {exc}", code="unplugged") from exc


class FileTransport(Transport):
    can_read = False

    def open(self) -> None:
        from escpos.exceptions import DeviceNotFoundError
        from escpos.printer import File

        conn = File(self.url.path, auto_flush=True)
        try:
            conn.open()
        except DeviceNotFoundError as exc:
            raise DeviceUnavailable(f"cannot open {self.url.path}: {_reason(exc)}") from exc
        self._conn = conn

    def write(self, data: bytes, timeout: float) -> None:
        conn = self._require()
        try:
            conn._raw(data)
        except OSError as exc:
            raise DeviceUnavailable(f"{self.url.path}: {exc}", code="unplugged") from exc

    def _read_some(self, n: int, timeout: float) -> bytes:
        return b""


def make_transport(url: str | PrinterUrl, connect_timeout_s: float = 3.0) -> Transport:
    parsed = parse_url(url) if isinstance(url, str) else url
    cls: type[Transport] = {
        "tcp": TcpTransport,
        "serial": SerialTransport,
        "usb": UsbTransport,
        "file": FileTransport,
    }[parsed.scheme]
    return cls(parsed, connect_timeout_s)
