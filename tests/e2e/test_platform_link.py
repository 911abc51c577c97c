"""The kiosk against the real reference platform on loopback, through the real QML UI.

Nothing is mocked: the backend starts the reference platform (central/) on a free loopback
port in demo mode, signs every request with the kiosk key it created, syncs the seeded
catalogue into the SQLite cache, and drains the encrypted outbox. Each test builds and closes
its own kiosk.
"""

from __future__ import annotations

import socket
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from kiosk.app import AppOptions, KioskApp
from kiosk.config import load_config
from kiosk.logs import setup_logging, shutdown_logging
from tests.gui.conftest import item, tap, visible_items

SYNC_TIMEOUT_MS = 60_000  # seeding + first full sync of ~2,460 items on a loaded 2-core machine


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def env_for(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {
        "KIOSK__KIOSK__DATA_DIR": str(tmp_path / "var"),
        "KIOSK__LOGGING__DIR": str(tmp_path / "log"),
        "KIOSK__UI__FULLSCREEN": "false",
        "KIOSK__PLATFORM__BASE_URL": f"http://127.0.0.1:{free_port()}",
    }
    env.update(extra)
    return env


@pytest.fixture
def make_kiosk(qapp, tmp_path: Path) -> Iterator[Callable[..., KioskApp]]:
    made: list[KioskApp] = []

    def build(**extra: str) -> KioskApp:
        config = load_config(env=env_for(tmp_path, **extra))
        setup_logging(config.logging, console=False)
        app = KioskApp(
            config,
            AppOptions(headless=True, start_devices=False, start_network_probe=True),
        )
        made.append(app)
        return app

    yield build
    for app in made:
        app.close()
    shutdown_logging()


def wait_for_catalogue(qtbot, app: KioskApp) -> None:
    qtbot.waitUntil(lambda: app.catalogue.property("ready"), timeout=SYNC_TIMEOUT_MS)


def first_result(qtbot, app: KioskApp, query: str) -> str:
    app.router.home()
    app.router.go("search")
    qtbot.waitUntil(lambda: app.find("searchField") is not None)
    item(app, "searchField").setProperty("text", query)
    qtbot.waitUntil(lambda: app.find("result_0") is not None)
    names = [
        t.property("text")
        for t in visible_items(item(app, "result_0"))
        if t.objectName() == "serviceName"
    ]
    return names[0]


def test_catalogue_from_the_platform_is_searchable_by_initials(qtbot, make_kiosk):
    app = make_kiosk()
    wait_for_catalogue(qtbot, app)
    assert app.catalogue.property("itemCount") >= 2400
    assert first_result(qtbot, app, "sbk") == "社会保障卡申领"


def test_search_result_opens_its_guide(qtbot, make_kiosk):
    app = make_kiosk()
    wait_for_catalogue(qtbot, app)
    first_result(qtbot, app, "gongjijin tiqu")
    tap(qtbot, app, "result_0")
    qtbot.waitUntil(lambda: app.router.currentScreen == "guide")
    qtbot.waitUntil(lambda: app.find("guideTitle") is not None)
    assert "公积金" in item(app, "guideTitle").property("text")


def test_status_bar_shows_the_platform_online(qtbot, make_kiosk):
    app = make_kiosk()
    qtbot.waitUntil(lambda: app.state.network == "online", timeout=SYNC_TIMEOUT_MS)
    assert item(app, "statusNetwork").isVisible()


def test_help_request_reaches_the_platform_once(qtbot, make_kiosk, tmp_path):
    app = make_kiosk()
    qtbot.waitUntil(lambda: app.backend.outbox is not None, timeout=SYNC_TIMEOUT_MS)
    app.router.home()
    tap(qtbot, app, "helpButton")
    db = tmp_path / "var" / "central" / "central.db"

    def help_rows() -> int:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
            return conn.execute(
                "SELECT COUNT(*) FROM help_requests WHERE kiosk_id = ?", (app.config.kiosk.id,)
            ).fetchone()[0]

    qtbot.waitUntil(lambda: help_rows() == 1, timeout=SYNC_TIMEOUT_MS)
    qtbot.waitUntil(lambda: app.state.queueDepth == 0, timeout=SYNC_TIMEOUT_MS)
    qtbot.wait(300)
    assert help_rows() == 1


def test_cached_catalogue_serves_when_the_platform_is_gone(qtbot, make_kiosk, tmp_path):
    first = make_kiosk()
    wait_for_catalogue(qtbot, first)
    count = first.catalogue.property("itemCount")
    first.close()
    key = tmp_path / "var" / "secrets" / f"{first.config.kiosk.id}.key"
    # Not demo mode: the platform address answers nothing; the key is the one the demo made.
    offline = make_kiosk(
        KIOSK__KIOSK__DEMO="false",
        KIOSK__PLATFORM__KEY_FILE=str(key),
    )
    wait_for_catalogue(qtbot, offline)
    assert offline.catalogue.property("itemCount") == count
    qtbot.waitUntil(lambda: offline.state.network == "offline", timeout=SYNC_TIMEOUT_MS)
    assert first_result(qtbot, offline, "社保卡") == "社会保障卡申领"
