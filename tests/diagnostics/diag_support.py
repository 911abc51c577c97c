"""Helpers for the diagnostics tests: the gesture, the PIN pad, layout checks."""

from __future__ import annotations

from PySide6.QtCore import QPointF
from PySide6.QtQuick import QQuickItem

from kiosk.app import KioskApp
from tests.gui.conftest import item, tap, visible_items

DEMO_PIN = "246813"
STEP_MS = 15_000


def open_pin_pad(qtbot, app: KioskApp) -> None:
    """Five taps on the status bar clock (the hidden corner); in English, which the messages
    are checked in (the kiosk starts in Chinese)."""
    app.state.setLanguage("en_US")
    for _ in range(5):
        tap(qtbot, app, "diagCorner")
    qtbot.waitUntil(lambda: app.find("diagPinDialog") is not None, timeout=STEP_MS)


def type_pin(qtbot, app: KioskApp, pin: str) -> None:
    for digit in pin:
        tap(qtbot, app, f"diagKey_{digit}")
    tap(qtbot, app, "diagKey_ok")


def enter(qtbot, app: KioskApp, pin: str = DEMO_PIN) -> None:
    open_pin_pad(qtbot, app)
    type_pin(qtbot, app, pin)
    qtbot.waitUntil(lambda: app.diagnostics.active, timeout=STEP_MS)
    qtbot.waitUntil(lambda: app.find("diagScreen") is not None, timeout=STEP_MS)


def pin_message(app: KioskApp) -> str:
    return str(item(app, "diagPinMessage").property("text"))


def show_page(qtbot, app: KioskApp, page: str) -> None:
    tap(qtbot, app, f"diagTab_{page}")
    qtbot.waitUntil(lambda: app.diagnostics.page == page, timeout=STEP_MS)


def layout_problems(app: KioskApp, root: QQuickItem, elder: bool) -> list[str]:
    """Texts under ``root`` below the minimum size or truncated; buttons below the minimum."""
    text_floor, touch_floor = (40, 60) if elder else (24, 44)
    found: list[str] = []
    for child in visible_items(root):
        kind = child.metaObject().className()
        text = str(child.property("text") or "")
        if kind.startswith(("QQuickText", "QQuickTextField")) and text.strip():
            if child.property("font").pixelSize() < text_floor:
                found.append(f"small text {text!r}")
            if child.property("truncated"):
                found.append(f"truncated {text!r}")
        if kind.startswith(("KButton", "QQuickButton")) and (
            child.width() < touch_floor or child.height() < touch_floor
        ):
            found.append(f"small button {text or child.objectName()!r}")
        if kind.startswith(("QQuickText", "KButton")):
            corner = child.mapToScene(QPointF(child.width(), child.height()))
            if corner.x() > app.window.width() + 1:
                found.append(f"off screen {text or child.objectName()!r}")
    return found


class StallMeter:
    """The longest gap between 10 ms GUI-thread timer ticks: how long the GUI was blocked."""

    def __init__(self) -> None:
        import time

        from PySide6.QtCore import QTimer

        self._now = time.perf_counter
        self.longest = 0.0
        self._last = self._now()
        self._timer = QTimer()
        self._timer.setInterval(10)
        self._timer.timeout.connect(self._tick)
        self._timer.start()

    def _tick(self) -> None:
        now = self._now()
        self.longest = max(self.longest, now - self._last)
        self._last = now

    def stop(self) -> float:
        self._timer.stop()
        return self.longest


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def env_for(tmp_path) -> dict[str, str]:
    """A kiosk in ``tmp_path`` with the reference platform on a free loopback port."""
    return {
        "KIOSK__KIOSK__DATA_DIR": str(tmp_path / "var"),
        "KIOSK__LOGGING__DIR": str(tmp_path / "log"),
        "KIOSK__UI__FULLSCREEN": "false",
        "KIOSK__PLATFORM__BASE_URL": f"http://127.0.0.1:{free_port()}",
        "KIOSK__DEVICES__PRESENCE__ENABLED": "false",
    }
