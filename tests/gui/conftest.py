"""Fixtures that build a real kiosk (QML UI, view-models, wiring) offscreen, one per test.

Every test gets its own KioskApp with its own data and log directories, and the fixture closes
it (stopping any worker threads) before the next test starts.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtQuick import QQuickItem

from kiosk.app import AppOptions, KioskApp
from kiosk.config import KioskConfig, load_config
from kiosk.logs import setup_logging, shutdown_logging


def make_config(tmp_path: Path, **env: str) -> KioskConfig:
    base = {
        "KIOSK__KIOSK__DATA_DIR": str(tmp_path / "var"),
        "KIOSK__LOGGING__DIR": str(tmp_path / "log"),
        "KIOSK__UI__FULLSCREEN": "false",
    }
    base.update(env)
    return load_config(env=base)


@pytest.fixture
def kiosk_factory(qapp, tmp_path: Path) -> Iterator[Callable[..., KioskApp]]:
    made: list[KioskApp] = []

    def build(options: AppOptions | None = None, **env: str) -> KioskApp:
        config = make_config(tmp_path, **env)
        setup_logging(config.logging, console=False)
        opts = options or AppOptions(
            start_devices=False, start_network_probe=False, start_backend=False
        )
        opts.headless = True
        app = KioskApp(config, opts)
        made.append(app)
        return app

    yield build
    for app in made:
        app.close()
    shutdown_logging()


@pytest.fixture
def kiosk(kiosk_factory) -> KioskApp:
    return kiosk_factory()


def item(app: KioskApp, name: str) -> QQuickItem:
    found = app.find(name)
    assert found is not None, f"no QML item named {name!r}"
    assert isinstance(found, QQuickItem)
    return found


def tap(qtbot, app: KioskApp, name: str) -> None:
    """Touch the centre of a QML item the way a resident would (a press/release on the window)."""
    target = item(app, name)
    assert target.isVisible(), f"{name} is not visible"
    # Wait for layout: a freshly created delegate has no size until the next polish.
    qtbot.waitUntil(lambda: target.width() > 0 and target.height() > 0)
    qtbot.wait(20)
    centre = target.mapToScene(QPointF(target.width() / 2, target.height() / 2))
    qtbot.mouseClick(
        app.window, Qt.MouseButton.LeftButton, pos=QPoint(round(centre.x()), round(centre.y()))
    )


def visible_items(root: QQuickItem) -> Iterator[QQuickItem]:
    for child in root.childItems():
        if not child.isVisible() or child.opacity() == 0:
            continue
        yield child
        yield from visible_items(child)


def visible_texts(app: KioskApp) -> list[QQuickItem]:
    return [
        i
        for i in visible_items(app.window.contentItem())
        if i.metaObject().className().startswith(("QQuickText", "QQuickTextField"))
        and (i.property("text") or "").strip()
    ]
