"""呼叫帮助 end to end: a tap on the status bar's button in the real QML, the encrypted outbox, the
drain, and the reference platform on loopback, whose staff console lists help requests.

The dialog says "staff have been notified" only once the request is on disk, "sent to staff"
once the platform has it; repeated taps in one visit make one request; without an outbox the
resident is told plainly where to get help.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from kiosk.app import AppOptions, KioskApp
from kiosk.config import load_config
from kiosk.logs import setup_logging, shutdown_logging
from tests.e2e.journey_support import journey_env
from tests.gui.conftest import item, kiosk_factory, tap  # noqa: F401  (fixture)

START_MS = 60_000  # platform seeding and the first drain pass on a busy 2-core machine
SEND_MS = 30_000


@pytest.fixture
def make_kiosk(qapp, qtbot, tmp_path: Path) -> Iterator[Callable[[], KioskApp]]:
    made: list[KioskApp] = []

    def build() -> KioskApp:
        env = journey_env(tmp_path, printer=False, cabinet=False)
        env["KIOSK__DEVICES__IDCARD__ENABLED"] = "false"
        env["KIOSK__DEVICES__CAMERA__ENABLED"] = "false"
        config = load_config(env=env)
        setup_logging(config.logging, console=False)
        app = KioskApp(
            config,
            AppOptions(
                headless=True, start_devices=False, start_backend=True, start_network_probe=False
            ),
        )
        made.append(app)
        qtbot.waitUntil(lambda: app.backend.outbox is not None, timeout=START_MS)
        return app

    yield build
    for app in made:
        app.close()
    shutdown_logging()


def help_rows(app: KioskApp) -> list[sqlite3.Row]:
    """The staff console's help list: the platform's own database (its own process)."""
    db = Path(app.config.data_dir) / "central" / "central.db"
    with sqlite3.connect(db) as conn:
        conn.row_factory = sqlite3.Row
        return conn.execute("SELECT * FROM help_requests ORDER BY created_at").fetchall()


def tap_help(qtbot, app: KioskApp) -> None:
    if item(app, "helpDialog").isVisible():
        tap(qtbot, app, "helpCloseButton")
        qtbot.waitUntil(lambda: not item(app, "helpDialog").isVisible())
    tap(qtbot, app, "helpButton")
    qtbot.waitUntil(lambda: item(app, "helpDialog").isVisible())


def test_help_reaches_the_staff_console_once_per_visit(qtbot, make_kiosk):
    app = make_kiosk()
    app.state.setLanguage("en_US")
    app.router.home()
    app.router.go("search")
    qtbot.waitUntil(lambda: app.find("searchScreen") is not None)
    tap_help(qtbot, app)
    qtbot.waitUntil(lambda: app.help.state in ("queued", "delivered"), timeout=SEND_MS)
    assert item(app, "helpTitle").property("text") == "Staff have been notified"
    qtbot.waitUntil(lambda: app.help.state == "delivered", timeout=SEND_MS)
    qtbot.waitUntil(
        lambda: item(app, "helpDelivery").property("text").startswith("✓ Sent to staff")
    )
    for _ in range(2):  # the resident taps again, twice
        tap_help(qtbot, app)
    qtbot.wait(500)
    qtbot.waitUntil(lambda: app.backend.outbox.depth() == 0, timeout=SEND_MS)
    rows = help_rows(app)
    assert len(rows) == 1
    assert rows[0]["status"] == "open"
    assert rows[0]["screen"] == "search"
    assert rows[0]["kiosk_id"] == app.config.kiosk.id


def test_the_next_visit_gets_its_own_request(qtbot, make_kiosk):
    app = make_kiosk()
    app.router.home()
    tap_help(qtbot, app)
    qtbot.waitUntil(lambda: app.help.state == "delivered", timeout=SEND_MS)
    app.router.reset("completed")
    assert not item(app, "helpDialog").isVisible()
    assert app.help.state == ""
    app.router.home()
    tap_help(qtbot, app)
    qtbot.waitUntil(lambda: app.help.state == "delivered", timeout=SEND_MS)
    rows = help_rows(app)
    assert len(rows) == 2
    assert rows[0]["visit_id"] != rows[1]["visit_id"]


def test_staff_assisted_identity_uses_the_same_help(qtbot, make_kiosk):
    app = make_kiosk()
    app.router.home()
    app.identity.begin("idcard", "")
    qtbot.waitUntil(lambda: app.find("action_staff") is not None, timeout=START_MS)
    tap(qtbot, app, "action_staff")
    qtbot.waitUntil(lambda: app.help.state == "delivered", timeout=SEND_MS)
    rows = help_rows(app)
    assert [r["screen"] for r in rows] == ["identity"]


def test_without_an_outbox_the_resident_is_told_where_help_is(qtbot, kiosk_factory):  # noqa: F811
    app = kiosk_factory()  # no backend: no outbox at all
    app.state.setLanguage("en_US")
    app.router.home()
    qtbot.waitUntil(lambda: app.find("helpButton") is not None)
    tap_help(qtbot, app)
    assert app.help.state == "unavailable"
    assert item(app, "helpUnavailable").isVisible()
    assert "12345" in item(app, "helpUnavailable").property("text")
    assert not item(app, "helpDelivery").isVisible()
    assert item(app, "helpTitle").property("text") == "Need help?"
