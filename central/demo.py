"""The platform the kiosk starts for itself in demo mode.

:func:`ensure_demo_platform` gives the kiosk a working platform on loopback with one call: it
creates the kiosk's key file ``<data_dir>/secrets/<KIOSK_ID>.key`` (32 random bytes as hex,
mode 0600) when missing, keeps the platform's database in ``<data_dir>/central/central.db``
(seeded on first use, so applications survive restarts), and starts the server on 127.0.0.1:
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
from collections.abc import Callable
from pathlib import Path

from central.auth import new_key_file
from central.server import run_in_thread

__all__ = ["ensure_demo_platform"]

log = logging.getLogger(__name__)


def ensure_demo_platform(
    data_dir: Path | str, kiosk_id: str, port: int | None = None
) -> tuple[str, Path, Callable[[], None]]:
    """Start the reference platform for a demo kiosk; returns (base_url, key_path, stop)."""
    data = Path(data_dir)
    key_path = new_key_file(data / "secrets", kiosk_id)
    db = data / "central" / "central.db"
    handle = None
    if port:
        try:
            handle = run_in_thread(port=port, db=db, keys_dir=key_path.parent)
        except OSError:
            log.warning("port %d is busy; the demo platform takes a free port instead", port)
    if handle is None:
        handle = run_in_thread(port=0, db=db, keys_dir=key_path.parent)
    log.info("demo platform at %s", handle.url)
    return handle.url, key_path, handle.stop
