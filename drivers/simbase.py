"""Plumbing shared by the device simulators: a worker thread, and a model on the far end of a pty.

Not a mock: a driver opens the pty slave (or a stable symlink to it) with pyserial exactly as it
opens ``/dev/ttyUSB0``, and every byte crosses the kernel's tty layer. What is the same for
every serial device lives here; what the device says lives in the subclass (the *model*).

:class:`SimulatorThread` is the worker: one thread that alone touches the simulator's fds, a
wake pipe to interrupt its ``select``, calls run on it from other threads (:meth:`_in_thread`),
and the ``start``/``stop``/``with`` lifecycle. The printer emulator (TCP or pty) builds on it.

:class:`PtySimulator` adds the pty, the ``link=`` symlink, a fault set with ``inject``/``clear``
and ``replug``, and the loop; a subclass supplies the device model through template methods:

* :meth:`~PtySimulator._received` - bytes the driver wrote (answer with ``_write``, or keep an
  output queue and override ``_output_pending``/``_flush_output``);
* :meth:`~PtySimulator._next_due` and :meth:`~PtySimulator._tick` - the periodic part
  (reports, delayed replies, timers), run on the worker after every wake-up;
* :meth:`~PtySimulator._new_pty` - forget what the previous pty half-received or left pending;
* :meth:`~PtySimulator._flush_delayed` - answer what ``slow`` held back once it is cleared.

:class:`RequestSimulator` is the common case of a device that answers each request (the radar's
commands, the SAM's): the faults decide when (``silent``: never, ``slow``: late), the model's
:meth:`~RequestSimulator._execute` decides what.

Replugging: a pty's name (``/dev/pts/N``) is new every time one is created, like a USB adapter
that comes back as ``ttyUSB1``. Production configs therefore name ports by stable
``/dev/serial/by-id/...`` symlinks; the simulator mirrors that with ``link=``: a symlink it
re-points atomically at each new pty. ``inject("unplug")`` closes the pty and removes the link
(the port disappears, open fails); ``clear()`` / ``replug()`` creates a new pty behind the same
link, so the driver's retry loop finds it again without a configuration change.

pty lessons:

* The slave starts in cooked mode (echo, line buffering, ^C/^S handling): switch it to raw at
  once, before the driver opens it, or the model reads its own reports back.
* With no slave fd open, the master reads EIO and ``select`` reports it readable forever: the
  simulator keeps its own slave fd open for the life of each pty.
* A master write blocks once the slave's input queue is full (nobody reading): the master is
  non-blocking and frames that do not fit are dropped, as a real UART would.
"""

from __future__ import annotations

import contextlib
import errno
import os
import queue
import select
import signal
import sys
import threading
import time
import tty
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable
from enum import StrEnum
from pathlib import Path
from types import FrameType, TracebackType
from typing import Any, ClassVar, Self

#: How many received commands a simulator remembers for tests (``sim.commands``). Lesson from
#: the soak: unbounded, the cabinet's status polls alone grew a demo kiosk all day long.
RECENT_COMMANDS = 1000

#: the fault every pty simulator has: the pty is closed and the port disappears
UNPLUG = "unplug"
#: the fault whose held-back replies are answered at once when it is cleared
SLOW = "slow"
#: the fault under which a :class:`RequestSimulator` answers nothing
SILENT = "silent"


# -------------------------------------------------------------------------------- pty helpers


def open_raw_pty() -> tuple[int, int, str]:
    """A new pty as ``(master, slave, slave path)``: slave raw, master non-blocking."""
    master, slave = os.openpty()
    tty.setraw(slave)
    os.set_blocking(master, False)
    return master, slave, os.ttyname(slave)


def point_link(link: Path, target: str) -> None:
    """Make ``link`` a symlink to ``target`` (creating its folder), replacing what was there."""
    link.parent.mkdir(parents=True, exist_ok=True)
    tmp = link.with_name(f".{link.name}.{os.getpid()}.tmp")
    with contextlib.suppress(FileNotFoundError):
        tmp.unlink()
    tmp.symlink_to(target)
    tmp.replace(link)  # atomic: the link never dangles half-way


def remove_link(link: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        link.unlink()


def close_fds(fds: Iterable[int | None]) -> None:
    for fd in fds:
        if fd is not None and fd >= 0:
            with contextlib.suppress(OSError):
                os.close(fd)


# -------------------------------------------------------------------------------- the worker


class SimulatorThread(ABC):
    """A simulator's worker thread and its lifecycle: :meth:`start`, :meth:`stop`, ``with``.

    A subclass opens its transport in :meth:`_setup` (before the thread starts), closes it in
    :meth:`_teardown` (after the thread ended) and serves it in :meth:`_run`, which must watch
    ``self._wake_r`` (then call :meth:`_drain_wake`) and call :meth:`_run_calls` each round.
    """

    #: what the error messages call this object
    noun: ClassVar[str] = "simulator"

    def __init__(self, *, thread_name: str) -> None:
        self._thread_name = thread_name
        self._lock = threading.RLock()
        self._thread: threading.Thread | None = None
        self._stop = threading.Event()
        self._calls: queue.SimpleQueue[tuple[Callable[[], None], threading.Event]] = (
            queue.SimpleQueue()
        )
        self._wake_r = self._wake_w = -1

    def start(self) -> Self:
        if self._thread is not None:
            return self
        self._stop.clear()
        self._wake_r, self._wake_w = os.pipe()
        os.set_blocking(self._wake_r, False)
        os.set_blocking(self._wake_w, False)
        self._setup()
        self._thread = threading.Thread(target=self._run, name=self._thread_name, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        thread, self._thread = self._thread, None
        if thread is not None:
            self._stop.set()
            self._wake()
            thread.join(timeout=5)
        self._teardown()
        close_fds((self._wake_r, self._wake_w))
        self._wake_r = self._wake_w = -1

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    @abstractmethod
    def _setup(self) -> None:
        """Open the transport (called by :meth:`start`, before the thread runs)."""

    @abstractmethod
    def _teardown(self) -> None:
        """Close the transport (called by :meth:`stop`, after the thread ended)."""

    @abstractmethod
    def _run(self) -> None:
        """The worker loop, until ``self._stop`` is set."""

    def _in_thread(self, fn: Callable[[], None]) -> None:
        """Run ``fn`` on the worker thread (the only one touching the fds) and wait."""
        thread = self._thread
        if thread is None or not thread.is_alive() or thread is threading.current_thread():
            fn()
            return
        done = threading.Event()
        self._calls.put((fn, done))
        self._wake()
        if not done.wait(timeout=5):
            raise RuntimeError(f"{self.noun} thread did not respond")

    def _run_calls(self) -> None:
        while not self._calls.empty():
            fn, done = self._calls.get_nowait()
            try:
                fn()
            finally:
                done.set()

    def _wake(self) -> None:
        if self._wake_w < 0:
            return
        with contextlib.suppress(OSError):
            os.write(self._wake_w, b"\0")

    def _drain_wake(self) -> None:
        with contextlib.suppress(BlockingIOError):
            os.read(self._wake_r, 4096)


# -------------------------------------------------------------------------------- pty simulator


class PtySimulator(SimulatorThread):
    """A serial device model on a pty; :attr:`port` is the path to give the driver.

    Test/demo API: :meth:`start`, :meth:`stop`, :meth:`inject`, :meth:`clear`, :meth:`replug`,
    :attr:`faults`, :attr:`port`, :attr:`tty_path`, :attr:`link`, :attr:`frames_dropped`.
    """

    #: the subclass's fault enum (it has ``unplug``; ``slow`` optionally)
    fault_type: ClassVar[type[StrEnum]]
    #: select timeout while :meth:`_next_due` has nothing due
    idle_timeout_s: ClassVar[float] = 0.5

    def __init__(self, *, link: str | os.PathLike[str] | None, thread_name: str) -> None:
        super().__init__(thread_name=thread_name)
        self.link = Path(link) if link is not None else None
        self._faults: set[Any] = set()
        self._master: int | None = None
        self._slave: int | None = None
        self._tty_path: str | None = None
        self.frames_dropped = 0  # frames :meth:`_write` dropped: nobody read the slave

    # ---------------------------------------------------------------- lifecycle

    @property
    def port(self) -> str:
        """What to configure as the driver's port: the stable link, else the pty path."""
        if self.link is not None:
            return str(self.link)
        if self._tty_path is None:
            raise RuntimeError(f"{self.noun} not started")
        return self._tty_path

    @property
    def tty_path(self) -> str | None:
        """The current pty slave (changes on every replug); ``None`` while unplugged."""
        return self._tty_path

    # ---------------------------------------------------------------- faults

    @property
    def faults(self) -> frozenset[Any]:
        with self._lock:
            return frozenset(self._faults)

    def inject(self, fault: StrEnum | str) -> None:
        fault = self.fault_type(fault)
        with self._lock:
            self._faults.add(fault)
        self._fault_injected(fault)

    def clear(self, fault: StrEnum | str | None = None) -> None:
        """Remove one fault (wherever it was injected), or all; clearing ``unplug`` plugs a new
        pty in (:meth:`replug`)."""
        with self._lock:
            present = {self._fault_name(entry) for entry in self._faults}
            cleared = present if fault is None else {self.fault_type(fault)} & present
            self._faults.difference_update(
                [entry for entry in self._faults if self._fault_name(entry) in cleared]
            )
        if SLOW in cleared:
            # Answer what is still held back now, in order, as a device that caught up would.
            self._in_thread(self._flush_delayed)
        if UNPLUG in cleared:
            self.replug()
        self._wake()

    def replug(self) -> None:
        """Plug in a new pty (new ``tty_path``, same ``link``)."""
        with self._lock:
            self._faults.difference_update(
                [entry for entry in self._faults if self._fault_name(entry) == UNPLUG]
            )

        def plug_again() -> None:
            self._unplug()
            self._plug()

        self._in_thread(plug_again)

    def _fault_injected(self, fault: StrEnum) -> None:
        """What every injection does after recording ``fault``: unplug closes the pty."""
        if fault == UNPLUG:
            self._in_thread(self._unplug)
        self._wake()

    def _fault_name(self, entry: Any) -> StrEnum:
        """The fault of one entry of ``self._faults`` (a subclass may key them, e.g. by board)."""
        return entry

    # ---------------------------------------------------------------- pty handling

    def _setup(self) -> None:
        self._plug()

    def _teardown(self) -> None:
        self._unplug()

    def _plug(self) -> None:
        master, slave, path = open_raw_pty()
        self._master, self._slave, self._tty_path = master, slave, path
        self._new_pty()
        if self.link is not None:
            point_link(self.link, path)

    def _unplug(self) -> None:
        if self.link is not None:
            remove_link(self.link)
        close_fds((self._master, self._slave))
        self._master = self._slave = None
        self._tty_path = None

    # ---------------------------------------------------------------- the loop

    def _run(self) -> None:
        while not self._stop.is_set():
            due = self._next_due()
            timeout = self.idle_timeout_s if due is None else max(0.0, due - time.monotonic())
            readers = [self._wake_r]
            writers = []
            if self._master is not None:
                readers.append(self._master)
                if self._output_pending():
                    writers.append(self._master)
            readable, writable, _ = select.select(readers, writers, [], timeout)
            if self._wake_r in readable:
                self._drain_wake()
            self._run_calls()
            if self._master is not None and self._master in readable:
                self._receive()
            if self._master is not None and self._master in writable:
                self._flush_output()
            self._tick(time.monotonic())

    def _receive(self) -> None:
        assert self._master is not None
        try:
            data = os.read(self._master, 4096)
        except BlockingIOError:
            return
        except OSError as exc:
            if exc.errno == errno.EIO:  # no slave open; cannot happen while we hold one
                return
            raise
        self._received(data)

    def _write(self, data: bytes) -> bool:
        """Send ``data`` to the driver now; ``False`` when unplugged or it did not fit."""
        if self._master is None:
            return False
        try:
            os.write(self._master, data)
        except BlockingIOError:
            self.frames_dropped += 1  # nobody reads the slave: drop it like a UART would
            return False
        except OSError:
            return False
        return True

    # ---------------------------------------------------------------- the model's part

    @abstractmethod
    def _received(self, data: bytes) -> None:
        """Bytes the driver wrote (any chunking: the model keeps its own frame decoder)."""

    def _next_due(self) -> float | None:
        """The monotonic time :meth:`_tick` must run by; ``None``: only when woken."""
        return None

    def _tick(self, now: float) -> None:
        """Periodic work, run after every wake-up of the loop (due or not)."""

    def _new_pty(self) -> None:
        """A new pty was plugged in: drop what the old one half-received or left pending."""

    def _flush_delayed(self) -> None:
        """``slow`` was cleared: answer what it held back, in order."""

    def _output_pending(self) -> bool:
        """Whether the model has queued output for :meth:`_flush_output` (select writable)."""
        return False

    def _flush_output(self) -> None:
        """The master is writable: write what is queued (models with an output queue)."""


# -------------------------------------------------------------------------------- request model


class RequestSimulator(PtySimulator):
    """A device that answers every request it receives, when the faults let it.

    The model decodes what it receives, records it, and hands each request to :meth:`_answer`:
    under ``silent`` nothing is answered; under ``slow`` the request waits ``slow_delay_s``; a
    command that takes time on the device waits its own ``delay_s``; else :meth:`_execute`
    answers at once. Waiting requests are answered in order when due (unless ``silent`` came
    meanwhile: they are lost), and all at once when ``slow`` is cleared.
    """

    def __init__(
        self, *, link: str | os.PathLike[str] | None, thread_name: str, slow_delay_s: float
    ) -> None:
        super().__init__(link=link, thread_name=thread_name)
        self.slow_delay_s = slow_delay_s
        self._delayed: list[tuple[float, Any]] = []

    @abstractmethod
    def _execute(self, request: Any) -> None:
        """Answer one request (on the worker thread)."""

    def _answer(self, request: Any, delay_s: float = 0.0) -> None:
        faults = self.faults
        if SILENT in faults:
            return
        if SLOW in faults:
            self._delayed.append((time.monotonic() + self.slow_delay_s, request))
        elif delay_s:
            self._delayed.append((time.monotonic() + delay_s, request))
        else:
            self._execute(request)

    def _run_delayed(self, now: float) -> None:
        ready = [request for t, request in self._delayed if t <= now]
        self._delayed = [(t, request) for t, request in self._delayed if t > now]
        if SILENT in self.faults:
            return
        for request in ready:
            self._execute(request)

    def _flush_delayed(self) -> None:
        self._run_delayed(float("inf"))

    def _next_due(self) -> float | None:
        return min((t for t, _ in self._delayed), default=None)

    def _tick(self, now: float) -> None:
        self._run_delayed(now)

    def _new_pty(self) -> None:
        self._delayed.clear()


# -------------------------------------------------------------------------------- demo commands


def stop_on_signals() -> threading.Event:
    """An event that SIGINT or SIGTERM sets: the demo commands serve until Ctrl-C."""
    stop = threading.Event()

    def on_signal(signum: int, frame: FrameType | None) -> None:
        stop.set()

    signal.signal(signal.SIGINT, on_signal)
    signal.signal(signal.SIGTERM, on_signal)
    return stop


def serve_until_signalled(sim: PtySimulator, banner: Callable[[], str]) -> int:
    """``python -m drivers.<kind>.sim``: print the port on stdout (the line a script reads),
    ``banner()`` on stderr, serve until Ctrl-C, then unplug (the link goes away); exit 0."""
    stop = stop_on_signals()
    with sim:
        print(sim.port, flush=True)
        print(banner(), file=sys.stderr)
        while not stop.wait(0.5):
            pass
    return 0
