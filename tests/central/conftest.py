"""Fixtures: the real reference platform on 127.0.0.1 (uvicorn on a thread, SQLite file).

``server``/``kiosk``/``other_kiosk`` share one platform per test module (each test uses its own
visit ids, idempotency keys and nonces, so tests do not see each other's effects); ``fresh`` is
a new database per test, for tests that change the catalogue or count things.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from central_support import Console, Kiosk, start, write_key

from central.server import ServerHandle


@pytest.fixture(scope="module")
def running(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[ServerHandle, Kiosk, Kiosk]]:
    handle, kiosk, other = start(tmp_path_factory.mktemp("central"))
    yield handle, kiosk, other
    handle.stop()


@pytest.fixture
def server(running: tuple[ServerHandle, Kiosk, Kiosk]) -> ServerHandle:
    return running[0]


@pytest.fixture
def kiosk(running: tuple[ServerHandle, Kiosk, Kiosk]) -> Kiosk:
    return running[1]


@pytest.fixture
def other_kiosk(running: tuple[ServerHandle, Kiosk, Kiosk]) -> Kiosk:
    return running[2]


@pytest.fixture
def fresh(tmp_path: Path) -> Iterator[tuple[ServerHandle, Kiosk, Kiosk]]:
    handle, kiosk, other = start(tmp_path)
    yield handle, kiosk, other
    handle.stop()


@pytest.fixture
def console(server: ServerHandle) -> Console:
    return Console(server.url)


@pytest.fixture
def new_kiosk(server: ServerHandle) -> Kiosk:
    """A kiosk id of its own on the shared platform (its key registered while it runs)."""
    kiosk_id = f"KIOSK-T{uuid.uuid4().hex[:10].upper()}"
    return Kiosk(server.url, kiosk_id, write_key(server.settings.keys_dir, kiosk_id))
