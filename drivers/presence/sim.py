"""LD2410 simulator: a model of the radar on the far end of a real pty.

Not a mock: the driver opens the pty slave (or a stable symlink to it) with pyserial exactly as
it opens ``/dev/ttyUSB0``, and every byte crosses the kernel's tty layer. The model answers the
configuration commands with proper ACKs and streams report frames at about 10 Hz from its own
thread.

Replugging mirrors ``/dev/serial/by-id``: with ``link=`` the simulator keeps a symlink that it
re-points atomically at each new pty (``inject("unplug")`` removes it, ``clear()`` /
``replug()`` plugs a new pty in behind the same link). The pty plumbing and its hard-won
lessons live in :mod:`drivers.simbase`; this module is the radar model.

Run ``python -m drivers.presence.sim [--cycle SECONDS] [--link PATH]`` for the demo.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from collections import deque
from enum import StrEnum

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
from drivers.simbase import RECENT_COMMANDS, RequestSimulator, serve_until_signalled

DEFAULT_FIRMWARE = FirmwareVersion(major=1, minor=0x02, build=0x22062416, firmware_type=0x0100)


class Fault(StrEnum):
    GARBAGE = "garbage"  # random bytes (with header fragments) between frames
    BAD_CHECKSUM = "bad_checksum"  # every report's check byte is wrong
    BAD_FRAME = "bad_frame"  # every report's length field is wrong
    SILENT = "silent"  # no reports, no answers (cable cut, radar hung)
    SLOW = "slow"  # answers commands only after slow_delay_s
    UNPLUG = "unplug"  # the pty is closed and the port disappears


class LD2410Simulator(RequestSimulator):
    """The radar model. Test/demo API: :meth:`start`, :meth:`stop`, :meth:`set_target`,
    :meth:`inject`, :meth:`clear`, :meth:`replug`, :meth:`cycle`; :attr:`port` is the path to
    give the driver."""

    fault_type = Fault
    _faults: set[Fault]

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
        super().__init__(link=link, thread_name="ld2410-sim", slow_delay_s=slow_delay_s)
        self.report_interval_s = report_interval_s
        self.restart_s = restart_s
        self.firmware = firmware
        self._rng = random.Random(seed)
        self._target = TargetState.NONE
        self._distance_cm = 0
        self._cycle_s = cycle_s
        self._cycle_t0 = time.monotonic()
        self._in_config = False
        self._engineering = False
        self._quiet_until = 0.0  # rebooting after a restart command
        self._next_report = 0.0  # the first report goes out as soon as the thread runs
        self._decoder = FrameDecoder()
        # command words received, for tests (the last RECENT_COMMANDS)
        self.commands: deque[int] = deque(maxlen=RECENT_COMMANDS)
        self.reject_commands: set[int] = set()  # command words answered with status 1
        self.reports_sent = 0

    # ---------------------------------------------------------------- test/demo API

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

    # ---------------------------------------------------------------- the model

    def _new_pty(self) -> None:
        super()._new_pty()
        self._decoder = FrameDecoder()
        self._in_config = False
        self._engineering = False

    def _next_due(self) -> float:
        held = super()._next_due()
        return self._next_report if held is None else min(self._next_report, held)

    def _tick(self, now: float) -> None:
        super()._tick(now)  # held commands first
        if now >= self._next_report:
            self._send_report(now)
            self._next_report += self.report_interval_s
            if self._next_report <= now:
                self._next_report = now + self.report_interval_s

    def _received(self, data: bytes) -> None:
        for item in self._decoder.feed(data):
            if not isinstance(item, CommandFrame):
                continue
            self.commands.append(item.command)
            self._answer(item)

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
    scene = f"a person every {args.cycle:g} s" if args.cycle else "nobody there"
    return serve_until_signalled(
        sim, lambda: f"LD2410 simulator on {sim.tty_path} ({scene}); Ctrl-C stops it"
    )


if __name__ == "__main__":
    sys.exit(main())
