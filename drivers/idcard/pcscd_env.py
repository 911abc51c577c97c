"""A private ``pcscd`` with the ``vpcd`` virtual reader, for tests, CI and demos.

The PC/SC driver talks to the real pcsc-lite daemon; the card is
:mod:`drivers.idcard.vpcd_card`, which connects to the virtual reader's TCP port exactly as
``vicc`` does. Nothing is mocked.

Why private: a developer's machine may run the system pcscd with real readers in use, and CI
must not depend on a system service. This starts its own daemon on its own socket:

* pcscd 1.9 has no option for the socket path, but it accepts a listening socket from systemd
  (socket activation: ``LISTEN_FDS=1``, ``LISTEN_PID`` = its own pid, the socket on fd 3). We
  create the socket in a private directory and hand it over the same way, and clients find it
  through ``PCSCLITE_CSOCK_NAME``. libpcsclite reads that variable **once per process**, at
  its first call: set it (``use_in_this_process``) before anything touches PC/SC.
* ``-c DIR`` gives the daemon a private reader.conf directory with one ``vpcd`` entry on a
  free port pair (slot 0 on ``port``, slot 1 on ``port + 1``), so two test runs never fight
  over 35963.
* ``-f`` keeps it in the foreground, so it never auto-exits after 60 idle seconds as the
  packaged unit's ``--auto-exit`` does.
* The vpcd driver listens on all interfaces (its reader.conf syntax has no bind address);
  the card emulator only ever connects to 127.0.0.1.
* pcscd still writes ``/run/pcscd/pcscd.pid`` (not configurable). Harmless for a private
  instance: it is only read by another daemon starting without socket activation.
* pcsc-lite 1.9.9 cannot be told to leave USB readers alone: on a developer machine with a
  real reader plugged in, the private daemon also tries to claim it (and fails, or wins over
  the system daemon). CI machines have none; unplug real readers while running these tests.

Check from a shell: ``python -m drivers.idcard.pcscd_env`` starts one, lists its readers
through pyscard and stops it (exit 0 = usable); ``scripts/pcsc_test_env.sh`` runs that.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

VPCD_DRIVER_PATHS = (
    "/usr/lib/pcsc/drivers/serial/libifdvpcd.so",
    "/usr/lib/pcsc/drivers/serial/libifdvpcd.so.0.8",
    "/usr/local/lib/pcsc/drivers/serial/libifdvpcd.so",
)
READER_NAME = "Virtual PCD"
#: names pcscd gives the two vpcd slots
SLOT_NAMES = (f"{READER_NAME} 00 00", f"{READER_NAME} 00 01")
HOW_TO_FIX = (
    "install the PC/SC test environment: scripts/pcsc_test_env.sh"
    " (apt packages pcscd vsmartcard-vpcd; pyscard needs swig libpcsclite-dev to build)"
)


_TRAMPOLINE = (
    "import os, sys\n"
    "os.dup2(int(sys.argv[1]), 3)\n"
    "os.environ['LISTEN_FDS'] = '1'\n"
    "os.environ['LISTEN_PID'] = str(os.getpid())\n"
    "os.execv(sys.argv[2], sys.argv[2:])\n"
)


class PcscdUnavailable(RuntimeError):
    """pcscd or the vpcd driver is missing, or the daemon did not come up."""


def find_vpcd_driver() -> str | None:
    for path in VPCD_DRIVER_PATHS:
        if os.path.exists(path):
            return path
    return None


def free_port_pair() -> int:
    """A TCP port ``p`` with ``p`` and ``p + 1`` free on this machine (best effort)."""
    for _ in range(50):
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        if port >= 65535:
            continue
        try:
            with socket.socket() as a, socket.socket() as b:
                a.bind(("127.0.0.1", port))
                b.bind(("127.0.0.1", port + 1))
        except OSError:
            continue
        return port
    raise PcscdUnavailable("no free TCP port pair for vpcd")


class PrivatePcscd:
    """One private pcscd with vpcd. :meth:`stop` + :meth:`start` keep socket path and port,
    which is how tests "unplug" and "replug" the reader."""

    def __init__(
        self,
        workdir: str | os.PathLike[str] | None = None,
        *,
        vpcd_port: int | None = None,
        pcscd: str | None = None,
        debug: bool = False,
    ) -> None:
        self._own_workdir = workdir is None
        self.workdir = Path(workdir or tempfile.mkdtemp(prefix="pcscd-"))
        self.socket_path = self.workdir / "pcscd.comm"
        self.conf_dir = self.workdir / "reader.conf.d"
        self.log_path = self.workdir / "pcscd.log"
        self.pcscd = pcscd or shutil.which("pcscd") or "/usr/sbin/pcscd"
        self.vpcd_port = vpcd_port
        self.debug = debug
        self._proc: subprocess.Popen[bytes] | None = None

    # ---------------------------------------------------------------- lifecycle

    @property
    def running(self) -> bool:
        return self._proc is not None and self._proc.poll() is None

    @property
    def env(self) -> dict[str, str]:
        """Environment for a client process (``subprocess.run(..., env={**os.environ,
        **pcscd.env})``)."""
        return {"PCSCLITE_CSOCK_NAME": str(self.socket_path)}

    def slot_port(self, slot: int = 0) -> int:
        if self.vpcd_port is None:
            raise RuntimeError("pcscd not started")
        return self.vpcd_port + slot

    def start(self, timeout: float = 10.0) -> PrivatePcscd:
        if self.running:
            return self
        if not os.path.exists(self.pcscd):
            raise PcscdUnavailable(f"pcscd not found ({self.pcscd}); {HOW_TO_FIX}")
        driver = find_vpcd_driver()
        if driver is None:
            raise PcscdUnavailable(f"the vpcd reader driver is not installed; {HOW_TO_FIX}")
        if self.vpcd_port is None:
            self.vpcd_port = free_port_pair()
        self.conf_dir.mkdir(parents=True, exist_ok=True)
        (self.conf_dir / "vpcd").write_text(
            f'FRIENDLYNAME "{READER_NAME}"\n'
            f"DEVICENAME   /dev/null:0x{self.vpcd_port:04X}\n"
            f"LIBPATH      {driver}\n"
            f"CHANNELID    0x{self.vpcd_port:04X}\n"
        )
        with contextlib.suppress(FileNotFoundError):
            self.socket_path.unlink()
        listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        listener.bind(str(self.socket_path))
        os.chmod(self.socket_path, 0o666)
        listener.listen(64)
        args = [self.pcscd, "--foreground", "--config", str(self.conf_dir)]
        if self.debug:
            args.append("--debug")
        # Socket activation: the socket must be fd 3 and LISTEN_PID the daemon's own pid,
        # which only the child knows: a tiny Python trampoline sets both and execs pcscd
        # (keeping its pid). Not sh: dash cannot redirect file descriptors above 9.
        with open(self.log_path, "ab") as log:
            self._proc = subprocess.Popen(
                [sys.executable, "-c", _TRAMPOLINE, str(listener.fileno()), *args],
                pass_fds=(listener.fileno(),),
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        # Only the daemon may hold the socket: were we to keep a copy, clients of a dead
        # daemon would hang in connect() instead of getting "no service" at once.
        listener.close()
        self._wait_ready(timeout)
        return self

    def stop(self, timeout: float = 5.0) -> None:
        proc, self._proc = self._proc, None
        if proc is not None and proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(timeout)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout)
        with contextlib.suppress(FileNotFoundError):
            self.socket_path.unlink()

    def restart(self, timeout: float = 10.0) -> None:
        self.stop()
        self.start(timeout)

    def cleanup(self) -> None:
        self.stop()
        if self._own_workdir:
            shutil.rmtree(self.workdir, ignore_errors=True)

    def use_in_this_process(self) -> None:
        """Point this process's libpcsclite at the daemon (before its first PC/SC call)."""
        os.environ.update(self.env)

    def wait_card(self, slot: int = 0, *, present: bool, timeout: float = 5.0) -> bool:
        """Wait until pcscd itself sees slot ``slot`` with (or without) a card.

        vpcd notices a card leaving only at pcscd's next presence poll (every 400 ms): a test
        that removes a card and at once expects "no card" must wait for this first. Needs
        this process to use the daemon (:meth:`use_in_this_process`).
        """
        from smartcard import scard as sc

        hr, context = sc.SCardEstablishContext(sc.SCARD_SCOPE_USER)
        if hr != sc.SCARD_S_SUCCESS:
            return False
        try:
            deadline = time.monotonic() + timeout
            state = sc.SCARD_STATE_UNAWARE
            while True:
                wait_ms = max(0, int((deadline - time.monotonic()) * 1000))
                hr, states = sc.SCardGetStatusChange(context, wait_ms, [(SLOT_NAMES[slot], state)])
                if hr != sc.SCARD_S_SUCCESS:
                    return False
                state = states[0][1] & ~sc.SCARD_STATE_CHANGED
                if bool(state & sc.SCARD_STATE_PRESENT) is present:
                    return True
                if time.monotonic() >= deadline:
                    return False
        finally:
            sc.SCardReleaseContext(context)

    def log_tail(self, lines: int = 20) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return ""

    # ---------------------------------------------------------------- internals

    def _wait_ready(self, timeout: float) -> None:
        """Ready when both vpcd slots listen; the daemon's log says nothing reliable earlier.

        Probing the ports by connecting would look like a card being inserted, so this reads
        the kernel's table of listening sockets instead.
        """
        deadline = time.monotonic() + timeout
        assert self.vpcd_port is not None
        wanted = {self.vpcd_port, self.vpcd_port + 1}
        while time.monotonic() < deadline:
            if self._proc is None or self._proc.poll() is not None:
                tail = self.log_tail()
                self.stop()
                raise PcscdUnavailable(f"pcscd exited at start:\n{tail}")
            if wanted <= _listening_tcp_ports():
                return
            time.sleep(0.05)
        tail = self.log_tail()
        self.stop()
        raise PcscdUnavailable(f"pcscd did not open the vpcd ports within {timeout:g} s:\n{tail}")


def _listening_tcp_ports() -> set[int]:
    ports: set[int] = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            rows = Path(table).read_text().splitlines()[1:]
        except OSError:
            continue
        for row in rows:
            parts = row.split()
            if len(parts) > 3 and parts[3] == "0A":  # TCP_LISTEN
                ports.add(int(parts[1].rsplit(":", 1)[1], 16))
    return ports


_shared: PrivatePcscd | None = None
_shared_lock = threading.Lock()


def shared_pcscd() -> PrivatePcscd:
    """The process-wide private daemon (started on first use, stopped at exit).

    One per process because libpcsclite caches the socket path at its first call. Raises
    :class:`PcscdUnavailable` with a how-to-fix message when it cannot run here.
    """
    global _shared
    with _shared_lock:
        if _shared is None:
            daemon = PrivatePcscd()
            try:
                daemon.start()
            except BaseException:
                daemon.cleanup()
                raise
            daemon.use_in_this_process()
            atexit.register(daemon.cleanup)
            _shared = daemon
        elif not _shared.running:
            _shared.start()
        return _shared


def main() -> int:
    """Start a private pcscd, list its readers through pyscard, stop it."""
    daemon = PrivatePcscd()
    try:
        daemon.start()
    except PcscdUnavailable as exc:
        print(f"error: {exc}", file=sys.stderr)
        daemon.cleanup()
        return 1
    try:
        code = subprocess.run(
            [
                sys.executable,
                "-c",
                "from smartcard.scard import *\n"
                "hr, ctx = SCardEstablishContext(SCARD_SCOPE_USER)\n"
                "assert hr == 0, SCardGetErrorMessage(hr)\n"
                "hr, readers = SCardListReaders(ctx, [])\n"
                "assert hr == 0, SCardGetErrorMessage(hr)\n"
                "print('\\n'.join(readers))\n",
            ],
            env={**os.environ, **daemon.env},
            timeout=30,
            check=False,
        ).returncode
    finally:
        daemon.cleanup()
    if code:
        print(f"error: pyscard could not use the private pcscd; {HOW_TO_FIX}", file=sys.stderr)
        return 1
    print("pcscd + vpcd + pyscard: OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
