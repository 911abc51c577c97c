"""Running the reference platform: in the foreground (``python -m central``) or in a thread.

:func:`run_in_thread` is for tests and the kiosk's demo launcher: it binds the socket itself
(port 0 = a free port, known before the thread starts), runs uvicorn on a daemon thread and
returns a :class:`ServerHandle` with ``url``, ``port``, ``platform`` and ``stop()``. uvicorn is
given ``log_config=None`` so it never reconfigures the host process's logging, and it skips
signal handlers off the main thread.

Exceptions raised by this module::

    Exception
    ├── OSError         the port cannot be bound
    └── RuntimeError    the server thread did not start within the timeout
"""

from __future__ import annotations

import contextlib
import logging
import shutil
import socket
import tempfile
import threading
import time
from pathlib import Path
from types import TracebackType

import uvicorn

from central.app import SANDBOX_PASSWORD, Settings, create_app
from central.platform import Platform
from central.seed import DEFAULT_SEED

__all__ = ["ServerHandle", "bind_socket", "run_in_thread", "serve"]

log = logging.getLogger(__name__)


def bind_socket(host: str, port: int) -> socket.socket:
    """A listening TCP socket on ``host:port`` (``port`` 0: any free port)."""
    # proto=IPPROTO_TCP matters: asyncio sets TCP_NODELAY only on accepted sockets whose proto
    # says TCP, and without it every response with a body waits ~40 ms (Nagle + delayed ACK).
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
        sock.listen(128)
    except OSError:
        sock.close()
        raise
    sock.setblocking(False)
    return sock


def _uvicorn_config(app: object, log_level: str, access_log: bool = False) -> uvicorn.Config:
    return uvicorn.Config(
        app,  # type: ignore[arg-type]
        log_config=None,
        log_level=log_level,
        access_log=access_log,
        lifespan="off",
        loop="asyncio",
        http="h11",
        timeout_keep_alive=30,
        server_header=False,
    )


class ServerHandle:
    """A running platform: ``url`` (``http://127.0.0.1:PORT``), ``platform``, ``stop()``."""

    def __init__(
        self,
        server: uvicorn.Server,
        thread: threading.Thread,
        sock: socket.socket,
        platform: Platform,
        settings: Settings,
        tmpdir: Path | None,
    ) -> None:
        self._server = server
        self._thread = thread
        self._sock = sock
        self.platform = platform
        self.settings = settings
        self._tmpdir = tmpdir
        host, port = sock.getsockname()[:2]
        self.host = host
        self.port = int(port)
        self.url = f"http://{host}:{self.port}"
        self.console_password = settings.console_password

    def stop(self, timeout: float = 10.0) -> None:
        """Stop serving, wait for the thread, close the database. Safe to call twice."""
        if self._server is None:
            return
        self._server.should_exit = True
        self._thread.join(timeout)
        if self._thread.is_alive():
            self._server.force_exit = True
            self._thread.join(timeout)
        with contextlib.suppress(OSError):
            self._sock.close()
        self.platform.close()
        if self._tmpdir is not None:
            shutil.rmtree(self._tmpdir, ignore_errors=True)
        self._server = None  # type: ignore[assignment]

    def __enter__(self) -> ServerHandle:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()


def run_in_thread(
    port: int = 0,
    db: Path | str | None = None,
    keys_dir: Path | str | None = None,
    *,
    host: str = "127.0.0.1",
    seed: int = DEFAULT_SEED,
    sandbox: bool = True,
    console_password: str = SANDBOX_PASSWORD,
    log_level: str = "warning",
    start_timeout: float = 30.0,
) -> ServerHandle:
    """Start the platform on a daemon thread; returns once it accepts connections.

    ``db`` None: a temporary directory removed on ``stop()``. ``keys_dir`` None: ``keys/``
    beside the database.
    """
    tmpdir = None
    if db is None:
        tmpdir = Path(tempfile.mkdtemp(prefix="central-"))
        db = tmpdir / "central.db"
    db_path = Path(db)
    keys = Path(keys_dir) if keys_dir is not None else db_path.parent / "keys"
    keys.mkdir(parents=True, exist_ok=True)
    settings = Settings(
        db_path=db_path,
        keys_dir=keys,
        seed=seed,
        sandbox=sandbox,
        console_password=console_password,
    )
    sock = bind_socket(host, port)
    try:
        platform = Platform(db_path, seed=seed)
        app = create_app(settings, platform)
    except BaseException:
        sock.close()
        raise
    server = uvicorn.Server(_uvicorn_config(app, log_level))
    thread = threading.Thread(
        target=server.run,
        kwargs={"sockets": [sock]},
        name=f"central-{sock.getsockname()[1]}",
        daemon=True,
    )
    thread.start()
    deadline = time.monotonic() + start_timeout
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            server.should_exit = True
            sock.close()
            platform.close()
            raise RuntimeError("the platform server did not start")
        time.sleep(0.01)
    return ServerHandle(server, thread, sock, platform, settings, tmpdir)


def serve(settings: Settings, host: str, port: int, log_level: str = "info") -> None:
    """Run in the foreground until interrupted (``python -m central``)."""
    platform = Platform(settings.db_path, seed=settings.seed)
    app = create_app(settings, platform)
    sock = bind_socket(host, port)
    server = uvicorn.Server(_uvicorn_config(app, log_level, access_log=True))
    bound_host, bound_port = sock.getsockname()[:2]
    log.info(
        "reference platform on http://%s:%d (API /api/v1, console /console/, docs /docs)",
        bound_host,
        bound_port,
    )
    try:
        server.run(sockets=[sock])
    finally:
        sock.close()
        platform.close()
