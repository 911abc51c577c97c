#!/usr/bin/env python3
"""A small stand-in for systemd's service supervision, for tests and machines without systemd.

It implements exactly the semantics ``deploy/gov-kiosk.service`` relies on:

* ``Type=notify``: the service is started with ``NOTIFY_SOCKET`` (a unix datagram socket, a
  path or with ``--abstract`` an ``@abstract`` name) and is *started* when it sends
  ``READY=1``; no READY within ``--timeout-start-sec``: SIGTERM, then SIGKILL, then restart.
* ``NotifyAccess=``: ``main`` accepts messages from the main process only, ``all`` from any
  process of the service (here: of its session; systemd uses the cgroup). Senders are known
  from ``SCM_CREDENTIALS``, like systemd. ``MAINPID=`` moves the main process.
* ``WatchdogSec=``: ``WATCHDOG_USEC`` is passed; after READY, a ``WATCHDOG=1`` must arrive at
  least every watchdog period, else the main process gets SIGABRT (``WatchdogSignal``) and,
  if still alive after ``--timeout-abort-sec``, the whole service gets SIGKILL.
  ``WATCHDOG=trigger`` fires it at once.
* ``BARRIER=1`` (``sd_notify_barrier``, sent by ``systemd-notify`` after its message): the
  file descriptor that comes with it is closed at once, which releases the sender, and the
  message is not subject to ``NotifyAccess=`` (systemd handles barriers first, too). Lesson
  learnt: the sender has usually exited by the time we look it up, so an access check on it
  races and reported the barrier as an ``ignored`` message.
* ``Restart=always`` with ``RestartSec=``: whatever way it ended, start again after the delay.
  ``StartLimitBurst`` / ``StartLimitIntervalSec`` stop the restarting.
* Stopping (SIGTERM/SIGINT to the supervisor): SIGTERM to the service, SIGKILL after
  ``--timeout-stop-sec``; ``KillMode=control-group``: leftover processes of the service's
  session are killed as well when the main process ends.

Every step is written as a JSON line to ``--events`` (default stdout): ``{"t": seconds since
the supervisor started, "event": ..., ...}`` with events ``started``, ``ready``, ``status``,
``stopping``, ``watchdog_timeout``, ``start_timeout``, ``exited``, ``restarting``,
``start_limit``, ``stopped`` and ``ignored`` (a message refused by ``NotifyAccess=``).

Usage::

    python deploy/supervise.py --watchdog-sec 4 --restart-sec 1 -- python -m kiosk --headless
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import select
import signal
import socket
import struct
import subprocess
import sys
import tempfile
import time
from collections import deque
from pathlib import Path
from typing import IO, Any

CRED = struct.Struct("iII")  # struct ucred: pid, uid, gid
MAX_FDS = 16  # file descriptors accepted with one message (systemd accepts up to 768 for FDSTORE)


class Supervisor:
    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.command: list[str] = args.command
        self.t0 = time.monotonic()
        self.events: IO[str] = (
            open(args.events, "a", buffering=1, encoding="utf-8")  # noqa: SIM115
            if args.events
            else sys.stdout
        )
        self.stop_requested = False
        self.sock, self.address, self._tmpdir = self._bind()
        self.child: subprocess.Popen[bytes] | None = None
        self.main_pid = 0
        self.starts: deque[float] = deque()

    # -- notify socket ------------------------------------------------------------------------
    def _bind(self) -> tuple[socket.socket, str, str | None]:
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM | socket.SOCK_CLOEXEC)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_PASSCRED, 1)
        if self.args.abstract:
            name = f"gov-kiosk-supervise-{os.getpid()}-{time.monotonic_ns()}"
            sock.bind(b"\0" + name.encode())
            return sock, "@" + name, None
        tmpdir = tempfile.mkdtemp(prefix="supervise-")
        path = os.path.join(tmpdir, "notify")
        sock.bind(path)
        return sock, path, tmpdir

    def _receive(self, timeout: float) -> list[tuple[int, dict[str, str]]]:
        """Datagrams within ``timeout`` s: (sender pid, {KEY: value})."""
        out: list[tuple[int, dict[str, str]]] = []
        ready, _, _ = select.select([self.sock], [], [], max(0.0, timeout))
        while ready:
            try:
                data, ancdata, _flags, _addr = self.sock.recvmsg(
                    4096,
                    socket.CMSG_SPACE(CRED.size) + socket.CMSG_SPACE(MAX_FDS * 4),
                    socket.MSG_DONTWAIT,
                )
            except BlockingIOError:
                break
            pid = 0
            for level, kind, payload in ancdata:
                if level == socket.SOL_SOCKET and kind == socket.SCM_CREDENTIALS:
                    pid = CRED.unpack(payload[: CRED.size])[0]
                elif level == socket.SOL_SOCKET and kind == socket.SCM_RIGHTS:
                    # We keep no fds (no FDSTORE); closing a barrier's fd is its answer.
                    usable = len(payload) - len(payload) % 4
                    for fd in struct.unpack(f"{usable // 4}i", payload[:usable]):
                        with contextlib.suppress(OSError):
                            os.close(fd)
            fields: dict[str, str] = {}
            for line in data.decode("utf-8", "replace").splitlines():
                key, sep, value = line.partition("=")
                if sep:
                    fields[key] = value
            out.append((pid, fields))
        return out

    def _accepted(self, pid: int) -> bool:
        if self.child is None:
            return False
        if pid == self.main_pid:
            return True
        if self.args.notify_access != "all":
            return False
        try:
            return os.getsid(pid) == self.child.pid  # the service's session (its "cgroup")
        except OSError:
            return False

    # -- events ---------------------------------------------------------------------------------
    def emit(self, event: str, **fields: Any) -> None:
        record = {"t": round(time.monotonic() - self.t0, 3), "event": event, **fields}
        self.events.write(json.dumps(record) + "\n")
        self.events.flush()

    # -- one run of the service -----------------------------------------------------------------
    def _spawn(self) -> None:
        env = dict(os.environ)
        env["NOTIFY_SOCKET"] = self.address
        env.pop("WATCHDOG_PID", None)  # like systemd when the pid is not known before exec
        if self.args.watchdog_sec > 0:
            env["WATCHDOG_USEC"] = str(round(self.args.watchdog_sec * 1_000_000))
        else:
            env.pop("WATCHDOG_USEC", None)
        self.child = subprocess.Popen(
            self.command, env=env, stdin=subprocess.DEVNULL, start_new_session=True
        )
        self.main_pid = self.child.pid
        self.emit("started", pid=self.child.pid)

    def _signal_main(self, sig: int) -> None:
        with contextlib.suppress(OSError):
            os.kill(self.main_pid, sig)

    def _kill_group(self, sig: int) -> None:
        if self.child is None:
            return
        with contextlib.suppress(OSError):
            os.killpg(self.child.pid, sig)

    def _wait_exit(self, timeout: float) -> bool:
        assert self.child is not None
        try:
            self.child.wait(timeout=timeout)
            return True
        except subprocess.TimeoutExpired:
            return False

    def _terminate(self, first: int, timeout: float) -> None:
        """``first`` to the main process (and the group for SIGTERM), SIGKILL after timeout."""
        self._signal_main(first)
        if first == signal.SIGTERM:
            self._kill_group(first)
        if not self._wait_exit(timeout):
            self._kill_group(signal.SIGKILL)
            self._signal_main(signal.SIGKILL)
            self._wait_exit(10.0)

    def run_once(self) -> None:
        """Start the service, supervise it until it ends; returns after cleaning up."""
        self._spawn()
        assert self.child is not None
        started = time.monotonic()
        ready = False
        last_ping = started
        watchdog = self.args.watchdog_sec
        while True:
            if self.stop_requested:
                self._terminate(signal.SIGTERM, self.args.timeout_stop_sec)
                break
            code = self.child.poll()
            if code is not None:
                break
            now = time.monotonic()
            if not ready:
                deadline = started + self.args.timeout_start_sec
            elif watchdog > 0:
                deadline = last_ping + watchdog
            else:
                deadline = now + 3600
            if now >= deadline:
                if not ready:
                    self.emit("start_timeout", pid=self.main_pid)
                    self._terminate(signal.SIGTERM, self.args.timeout_stop_sec)
                else:
                    self.emit(
                        "watchdog_timeout",
                        pid=self.main_pid,
                        since_ping_s=round(now - last_ping, 3),
                    )
                    self._terminate(signal.SIGABRT, self.args.timeout_abort_sec)
                break
            for pid, fields in self._receive(min(0.1, deadline - now)):
                if fields == {"BARRIER": "1"}:
                    continue  # answered in _receive by closing its fd
                if not self._accepted(pid):
                    self.emit("ignored", sender=pid, keys=sorted(fields))
                    continue
                if "MAINPID" in fields and fields["MAINPID"].isdigit():
                    self.main_pid = int(fields["MAINPID"])
                if fields.get("READY") == "1" and not ready:
                    ready = True
                    last_ping = time.monotonic()
                    self.emit("ready", pid=self.main_pid, after_s=round(last_ping - started, 3))
                if fields.get("WATCHDOG") == "1":
                    last_ping = time.monotonic()
                if fields.get("WATCHDOG") == "trigger":
                    last_ping = time.monotonic() - watchdog
                if "STATUS" in fields:
                    self.emit("status", pid=pid, status=fields["STATUS"])
                if fields.get("STOPPING") == "1":
                    self.emit("stopping", pid=pid)
        self.child.wait()
        code = self.child.returncode
        # KillMode=control-group: nothing of the service outlives its main process.
        self._kill_group(signal.SIGKILL)
        how = {"signal": signal.Signals(-code).name} if code < 0 else {"code": code}
        self.emit("exited", pid=self.child.pid, **how)

    def run(self) -> int:
        try:
            while True:
                now = time.monotonic()
                self.starts.append(now)
                while self.starts and self.starts[0] < now - self.args.start_limit_interval_sec:
                    self.starts.popleft()
                if len(self.starts) > self.args.start_limit_burst:
                    self.emit("start_limit", starts=len(self.starts))
                    return 1
                self.run_once()
                if self.stop_requested or self.args.restart == "no":
                    break
                self.emit("restarting", in_s=self.args.restart_sec)
                end = time.monotonic() + self.args.restart_sec
                while time.monotonic() < end and not self.stop_requested:
                    time.sleep(0.05)
                if self.stop_requested:
                    break
        finally:
            self.emit("stopped")
            self.sock.close()
            if self._tmpdir:
                Path(self.address).unlink(missing_ok=True)
                os.rmdir(self._tmpdir)
        return 0


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--watchdog-sec", type=float, default=0.0, help="WatchdogSec (0: off)")
    p.add_argument("--restart", choices=["always", "no"], default="always")
    p.add_argument("--restart-sec", type=float, default=2.0, help="RestartSec")
    p.add_argument("--timeout-start-sec", type=float, default=90.0, help="TimeoutStartSec")
    p.add_argument("--timeout-stop-sec", type=float, default=10.0, help="TimeoutStopSec")
    p.add_argument("--timeout-abort-sec", type=float, default=10.0, help="TimeoutAbortSec")
    p.add_argument("--notify-access", choices=["main", "all"], default="all")
    p.add_argument("--start-limit-burst", type=int, default=5)
    p.add_argument("--start-limit-interval-sec", type=float, default=60.0)
    p.add_argument("--abstract", action="store_true", help="an @abstract NOTIFY_SOCKET")
    p.add_argument("--events", help="append JSON-line events here (default: stdout)")
    p.add_argument("command", nargs="+", help="the service's ExecStart (after --)")
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    supervisor = Supervisor(args)

    def request_stop(*_: object) -> None:
        supervisor.stop_requested = True

    signal.signal(signal.SIGTERM, request_stop)
    signal.signal(signal.SIGINT, request_stop)
    return supervisor.run()


if __name__ == "__main__":
    raise SystemExit(main())
