"""The platform the kiosk starts for itself in demo mode.

:func:`ensure_demo_platform` gives the kiosk a working platform on loopback with one call: it
creates the kiosk's key file ``<data_dir>/secrets/<KIOSK_ID>.key`` (32 random bytes as hex,
mode 0600) when missing, keeps the platform's database in ``<data_dir>/central/central.db``
(seeded on first use, so applications survive restarts), and starts the server, in its own
process, on 127.0.0.1:
on ``port`` when given and free, else on any free port. The kiosk uses the returned base URL
(append ``/api/v1``) and key file, and calls ``stop()`` on exit.

Exceptions raised by this module::

    Exception
    ├── ValueError      kiosk_id is not 4-40 of A-Z, 0-9 and "-"
    ├── OSError         the key file or database cannot be written
    └── RuntimeError    the server did not start
"""

from __future__ import annotations

import logging
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from central.auth import new_key_file
from central.server import run_in_thread

__all__ = ["ensure_demo_platform"]

log = logging.getLogger(__name__)


def ensure_demo_platform(
    data_dir: Path | str, kiosk_id: str, port: int | None = None
) -> tuple[str, Path, Callable[[], None]]:
    """Start the reference platform for a demo kiosk; returns (base_url, key_path, stop).

    The platform runs in its own process (``python -m central``). Lesson: in a thread of the
    kiosk it shares the kiosk's GIL, and serving the 6 MB catalogue (JSON encoding, gzip)
    froze the kiosk's touchscreen for 100-200 ms at a time; a real platform is never in the
    kiosk's process either. Inside the frozen bundle there is no ``python -m``, so the bundle
    falls back to a thread.
    """
    data = Path(data_dir)
    key_path = new_key_file(data / "secrets", kiosk_id)
    db = data / "central" / "central.db"
    db.parent.mkdir(parents=True, exist_ok=True)
    if getattr(sys, "frozen", False):
        return _in_thread(db, key_path, port)
    chosen = port if port and _port_free(port) else _free_port()
    if port and chosen != port:
        log.warning("port %d is busy; the demo platform takes port %d instead", port, chosen)
    log_file = (data / "central" / "central.log").open("ab")
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "central",
            "--host",
            "127.0.0.1",
            "--port",
            str(chosen),
            "--db",
            str(db),
            "--kiosk-keys",
            str(key_path.parent),
            "--sandbox",
            "--log-level",
            "warning",
        ],
        stdin=subprocess.DEVNULL,
        stdout=log_file,
        stderr=subprocess.STDOUT,
        # No preexec_fn: the kiosk has threads, and code between fork and exec can deadlock.
        start_new_session=True,
    )
    log_file.close()
    base_url = f"http://127.0.0.1:{chosen}"

    def stop() -> None:
        if process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=5)

    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(
                f"the demo platform exited with code {process.returncode} "
                f"(see {db.parent / 'central.log'})"
            )
        try:
            with socket.create_connection(("127.0.0.1", chosen), timeout=0.5):
                log.info("demo platform at %s (pid %d)", base_url, process.pid)
                return base_url, key_path, stop
        except OSError:
            time.sleep(0.1)
    stop()
    raise RuntimeError(f"the demo platform did not start within {START_TIMEOUT_S:.0f} s")


START_TIMEOUT_S = 60.0


def _in_thread(db: Path, key_path: Path, port: int | None) -> tuple[str, Path, Callable[[], None]]:
    handle = None
    if port:
        try:
            handle = run_in_thread(port=port, db=db, keys_dir=key_path.parent)
        except OSError:
            log.warning("port %d is busy; the demo platform takes a free port instead", port)
    if handle is None:
        handle = run_in_thread(port=0, db=db, keys_dir=key_path.parent)
    log.info("demo platform at %s (in-process)", handle.url)
    return handle.url, key_path, handle.stop


def _port_free(port: int) -> bool:
    with socket.socket() as s:
        try:
            s.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])
