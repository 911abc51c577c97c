"""LD2410 simulator: a model of the radar on the far end of a real pty.

Not a mock: the driver opens the pty slave (or a stable symlink to it) with pyserial exactly as
it opens ``/dev/ttyUSB0``, and every byte crosses the kernel's tty layer. The model answers the
configuration commands with proper ACKs and streams report frames at about 10 Hz from its own
thread.

Replugging: a pty's name (``/dev/pts/N``) is new every time one is created, like a USB adapter
that comes back as ``ttyUSB1``. Production configs therefore name ports by stable
``/dev/serial/by-id/...`` symlinks; the simulator mirrors that with ``link=``: a symlink it
re-points atomically at each new pty. ``inject("unplug")`` closes the pty and removes the link
(the port disappears, open fails); ``clear()`` / ``replug()`` creates a new pty behind the same
link, so the driver's retry loop finds it again without a configuration change.

Run ``python -m drivers.presence.sim [--cycle SECONDS] [--link PATH]`` for the demo.

pty lessons:

* The slave starts in cooked mode (echo, line buffering, ^C/^S handling): switch it to raw at
  once, before the driver opens it, or the model reads its own reports back.
* With no slave fd open, the master reads EIO and ``select`` reports it readable forever: the
  simulator keeps its own slave fd open for the life of each pty.
* A master write blocks once the slave's input queue is full (nobody reading): the master is
  non-blocking and frames that do not fit are dropped, as a real UART would.
"""

from __future__ import annotations

import argparse
import contextlib
import errno
import os
import queue
import random
import select
import signal
import sys
import threading
import time
import tty
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from types import FrameType, TracebackType

from drivers.presence.protocol import (
    CMD_HEADER,
    REPORT_HEADER,
    Command,
    CommandFrame,
    EngineeringData,
    FirmwareVersion,
    FrameDecoder,
    Report,
    TargetState,
    ack_frame,
    enable_configuration_ack,
    firmware_version_ack,
    report_frame,
)

DEFAULT_FIRMWARE = FirmwareVersion(major=1, minor=0x02, build=0x22062416, firmware_type=0x0100)


class Fault(StrEnum):
    GARBAGE = "garbage"  # random bytes (with header fragments) between frames
    BAD_CHECKSUM = "bad_checksum"  # every report's check byte is wrong
    BAD_FRAME = "bad_frame"  # every report's length field is wrong
    SILENT = "silent"  # no reports, no answers (cable cut, radar hung)
    SLOW = "slow"  # answers commands only after slow_delay_s
    UNPLUG = "unplug"  # the pty is closed and the port disappears


class LD2410Simulator:
    """The radar model. Test/demo API: :meth:`start`, :meth:`stop`, :meth:`set_target`,
    :meth:`inject`, :meth:`clear`, :meth:`replug`, :meth:`cycle`; :attr:`port` is the path to
    give the driver."""

    def __init__(
        self,
        *,
        link: str | os.PathLike[str] | None = None,
        report_interval_s: float = 0.1,
        slow_delay_s: float = 3.0,
        restart_s: float = 0.5,
        firmware: FirmwareVersion = DEFAULT_FIRMWARE,
        cycle_s: float | None = None,
        seed: int | None = None,
    ) -> None:
        self.link = Path(link) if link is not None else None
        self.report_interval_s = report_interval_s
        self.slow_delay_s = slow_delay_s
        self.restart_s = restart_s
        self.firmware = firmware
        self._rng = random.Random(seed)
        self._lock = threading.Lock()
        self._target = TargetState.NONE
        self._distance_cm = 0
        self._faults: set[Fault] = set()
        self._cycle_s = cycle_s
        self._cycle_t0 = time.monotonic()
        self._in_config = False
        self._engineering = False
        self._quiet_until = 0.0  # rebooting after a restart command
        self._delayed: list[tuple[float, CommandFrame]] = []
        self._decoder = FrameDecoder()
        self._master: int | None = None
        self._slave: int | None = None
        self._tty_path: str | None = None
        self._thread: threading.Thread | None = None
        self._stop = threading.Event()
        self._calls: queue.SimpleQueue[tuple[Callable[[], None], threading.Event]] = (
            queue.SimpleQueue()
        )
        self._wake_r = self._wake_w = -1
        self.commands: list[int] = []  # command words received, for tests
        self.reject_commands: set[int] = set()  # command words answered with status 1
        self.reports_sent = 0
        self.frames_dropped = 0

    # ---------------------------------------------------------------- lifecycle

    @property
    def port(self) -> str:
        """What to configure as the driver's port: the stable link, else the pty path."""
        if self.link is not None:
            return str(self.link)
        if self._tty_path is None:
            raise RuntimeError("simulator not started")
        return self._tty_path

    @property
    def tty_path(self) -> str | None:
        """The current pty slave (changes on every replug); ``None`` while unplugged."""
        return self._tty_path

    def start(self) -> LD2410Simulator:
        if self._thread is not None:
            return self
        self._stop.clear()
        self._wake_r, self._wake_w = os.pipe()
        os.set_blocking(self._wake_r, False)
        os.set_blocking(self._wake_w, False)
        self._plug()
        self._thread = threading.Thread(target=self._run, name="ld2410-sim", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        thread, self._thread = self._thread, None
        if thread is not None:
            self._stop.set()
            self._wake()
            thread.join(timeout=5)
        self._unplug()
        for fd in (self._wake_r, self._wake_w):
            with contextlib.suppress(OSError):
                os.close(fd)
        self._wake_r = self._wake_w = -1

    def __enter__(self) -> LD2410Simulator:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    # ---------------------------------------------------------------- test/demo API

    @property
    def faults(self) -> frozenset[Fault]:
        with self._lock:
            return frozenset(self._faults)

    @property
    def in_config_mode(self) -> bool:
        return self._in_config

    @property
    def engineering_mode(self) -> bool:
        return self._engineering

    def set_target(self, state: TargetState | int | str, distance_cm: int = 0) -> None:
        """What the radar sees: ``"none"``, ``"moving"``, ``"stationary"``, ``"both"``."""
        target = TargetState[state.upper()] if isinstance(state, str) else TargetState(state)
        with self._lock:
            self._target = target
            self._distance_cm = 0 if target is TargetState.NONE else int(distance_cm)
            self._cycle_s = None

    def cycle(self, period_s: float | None) -> None:
        """Scripted demo: a person walks up, stands, leaves; every ``period_s`` seconds."""
        with self._lock:
            self._cycle_s = period_s
            self._cycle_t0 = time.monotonic()

    def inject(self, fault: Fault | str) -> None:
        fault = Fault(fault)
        with self._lock:
            self._faults.add(fault)
        if fault is Fault.UNPLUG:
            self._in_thread(self._unplug)
        self._wake()

    def clear(self, fault: Fault | str | None = None) -> None:
        """Remove one fault, or all; clearing ``unplug`` plugs a new pty in (:meth:`replug`)."""
        with self._lock:
            if fault is None:
                cleared = set(self._faults)
                self._faults.clear()
            else:
                cleared = {Fault(fault)} & self._faults
                self._faults -= cleared
        if Fault.SLOW in cleared:
            # Answer what is still held back now, in order, as a radar that caught up would.
            self._in_thread(self._flush_delayed)
        if Fault.UNPLUG in cleared:
            self.replug()
        self._wake()

    def replug(self) -> None:
        """Plug in a new pty (new ``tty_path``, same ``link``)."""
        with self._lock:
            self._faults.discard(Fault.UNPLUG)

        def plug_again() -> None:
            self._unplug()
            self._plug()

        self._in_thread(plug_again)

    # ---------------------------------------------------------------- pty handling

    def _plug(self) -> None:
        master, slave = os.openpty()
        tty.setraw(slave)
        os.set_blocking(master, False)
        path = os.ttyname(slave)
        self._master, self._slave, self._tty_path = master, slave, path
        self._decoder = FrameDecoder()
        self._in_config = False
        self._engineering = False
        self._delayed.clear()
        if self.link is not None:
            self.link.parent.mkdir(parents=True, exist_ok=True)
            tmp = self.link.with_name(f".{self.link.name}.{os.getpid()}.tmp")
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()
            tmp.symlink_to(path)
            tmp.replace(self.link)  # atomic: the link never dangles half-way

    def _unplug(self) -> None:
        if self.link is not None:
            with contextlib.suppress(FileNotFoundError):
                self.link.unlink()
        for fd in (self._master, self._slave):
            if fd is not None:
                with contextlib.suppress(OSError):
                    os.close(fd)
        self._master = self._slave = None
        self._tty_path = None

    def _in_thread(self, fn: Callable[[], None]) -> None:
        """Run ``fn`` on the simulator thread (the only one touching the fds) and wait."""
        thread = self._thread
        if thread is None or not thread.is_alive() or thread is threading.current_thread():
            fn()
            return
        done = threading.Event()
        self._calls.put((fn, done))
        self._wake()
        if not done.wait(timeout=5):
            raise RuntimeError("simulator thread did not respond")

    def _wake(self) -> None:
        if self._wake_w < 0:
            return
        with contextlib.suppress(OSError):
            os.write(self._wake_w, b"\0")

    # ---------------------------------------------------------------- the model

    def _run(self) -> None:
        next_report = time.monotonic()
        while not self._stop.is_set():
            now = time.monotonic()
            due = [next_report] + [t for t, _ in self._delayed]
            timeout = max(0.0, min(due) - now)
            fds = [self._wake_r] + ([self._master] if self._master is not None else [])
            readable, _, _ = select.select(fds, [], [], timeout)
            if self._wake_r in readable:
                with contextlib.suppress(BlockingIOError):
                    os.read(self._wake_r, 4096)
            while not self._calls.empty():
                fn, done = self._calls.get_nowait()
                try:
                    fn()
                finally:
                    done.set()
            if self._master is not None and self._master in readable:
                self._receive()
            now = time.monotonic()
            self._run_delayed(now)
            if now >= next_report:
                self._send_report(now)
                next_report += self.report_interval_s
                if next_report <= now:
                    next_report = now + self.report_interval_s

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
        faults = self.faults
        for item in self._decoder.feed(data):
            if not isinstance(item, CommandFrame):
                continue
            self.commands.append(item.command)
            if Fault.SILENT in faults:
                continue
            if Fault.SLOW in faults:
                self._delayed.append((time.monotonic() + self.slow_delay_s, item))
            else:
                self._execute(item)

    def _flush_delayed(self) -> None:
        self._run_delayed(float("inf"))

    def _run_delayed(self, now: float) -> None:
        ready = [cmd for t, cmd in self._delayed if t <= now]
        self._delayed = [(t, cmd) for t, cmd in self._delayed if t > now]
        if Fault.SILENT in self.faults:
            return
        for cmd in ready:
            self._execute(cmd)

    def _execute(self, cmd: CommandFrame) -> None:
        word = cmd.command
        if word in self.reject_commands:
            self._write(ack_frame(word, status=1))
        elif word == Command.ENABLE_CONFIG:
            self._in_config = True
            self._write(enable_configuration_ack())
        elif not self._in_config:
            # Assumed: outside configuration mode the radar refuses other commands.
            self._write(ack_frame(word, status=1))
        elif word == Command.END_CONFIG:
            self._in_config = False
            self._write(ack_frame(word))
        elif word == Command.READ_FIRMWARE:
            self._write(firmware_version_ack(self.firmware))
        elif word == Command.ENABLE_ENGINEERING:
            self._engineering = True
            self._write(ack_frame(word))
        elif word == Command.CLOSE_ENGINEERING:
            self._engineering = False
            self._write(ack_frame(word))
        elif word == Command.RESTART:
            self._write(ack_frame(word))
            self._in_config = False
            self._engineering = False
            self._quiet_until = time.monotonic() + self.restart_s
        else:
            self._write(ack_frame(word, status=1))

    def _send_report(self, now: float) -> None:
        faults = self.faults
        if Fault.SILENT in faults or self._in_config or now < self._quiet_until:
            return
        frame = report_frame(self._current_report(now))
        if Fault.BAD_CHECKSUM in faults:
            frame = frame[:-5] + b"\xa5" + frame[-4:]  # the check byte before the frame tail
        if Fault.BAD_FRAME in faults:
            frame = frame[:4] + bytes([frame[4] + 1]) + frame[5:]  # length off by one
        if Fault.GARBAGE in faults:
            frame = self._garbage() + frame
        if self._write(frame):
            self.reports_sent += 1

    def _current_report(self, now: float) -> Report:
        with self._lock:
            target, distance, cycle_s, t0 = (
                self._target,
                self._distance_cm,
                self._cycle_s,
                self._cycle_t0,
            )
        if cycle_s:
            phase, offset = divmod(now - t0, cycle_s)
            if int(phase) % 2 == 0:
                target, distance = TargetState.NONE, 0
            elif offset < cycle_s / 2:  # walking up: 3 m -> 0.6 m
                target = TargetState.MOVING
                distance = int(300 - 240 * offset / (cycle_s / 2))
            else:  # standing at the screen
                target, distance = TargetState.STATIONARY, 60
        moving = target in (TargetState.MOVING, TargetState.BOTH)
        still = target in (TargetState.STATIONARY, TargetState.BOTH)
        engineering = None
        if self._engineering:
            gate = min(distance // 75, 8)
            energies = tuple(60 if i == gate and target else 3 for i in range(9))
            engineering = EngineeringData(8, 8, energies, energies, b"\x60\x01")
        return Report(
            target,
            moving_distance_cm=distance if moving else 0,
            moving_energy=60 if moving else 0,
            stationary_distance_cm=distance if still else 0,
            stationary_energy=40 if still else 0,
            detection_distance_cm=distance,
            engineering=engineering,
        )

    def _garbage(self) -> bytes:
        size = self._rng.randint(1, 24)
        junk = bytearray(self._rng.randbytes(size))
        if self._rng.random() < 0.3:  # a stray header fragment exercises resynchronisation
            header = self._rng.choice((REPORT_HEADER, CMD_HEADER))
            cut = self._rng.randint(1, 4)
            junk[self._rng.randint(0, len(junk)) : 0] = header[:cut]
        return bytes(junk)

    def _write(self, data: bytes) -> bool:
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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m drivers.presence.sim",
        description="Serve a simulated LD2410 presence radar on a pty until Ctrl-C.",
    )
    parser.add_argument(
        "--cycle",
        type=float,
        metavar="SECONDS",
        help="script a person arriving and leaving every SECONDS (default: nobody there)",
    )
    parser.add_argument("--link", help="also serve the pty through this stable symlink path")
    args = parser.parse_args(argv)
    if args.cycle is not None and args.cycle <= 0:
        parser.error("--cycle must be positive")

    sim = LD2410Simulator(link=args.link, cycle_s=args.cycle)
    stop = threading.Event()

    def on_signal(signum: int, frame: FrameType | None) -> None:
        stop.set()

    signal.signal(signal.SIGINT, on_signal)
    signal.signal(signal.SIGTERM, on_signal)
    with sim:
        print(sim.port, flush=True)
        scene = f"a person every {args.cycle:g} s" if args.cycle else "nobody there"
        print(f"LD2410 simulator on {sim.tty_path} ({scene}); Ctrl-C stops it", file=sys.stderr)
        while not stop.wait(0.5):
            pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
