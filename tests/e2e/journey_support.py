"""Shared pieces of the pickup, ticket and rating end-to-end tests.

A full kiosk offscreen: the real QML, the reference platform on loopback (its own process),
the ID-card reader, camera, ESC/POS printer and Kerong cabinet simulators behind their real
transports, and the real drivers. The cabinet has two boards, so the seeded certificate of
赵六 (compartment 1-3, code 246810) is there and the pickup sync adopts it.
"""

from __future__ import annotations

import socket
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kiosk.app import AppOptions, KioskApp
from kiosk.config import load_config
from kiosk.flows.identity import IdentityTimeouts
from kiosk.logs import setup_logging, shutdown_logging
from kiosk.services.identity import FaceVerificationConfig
from tests.gui.conftest import item, tap

START_MS = 90_000  # platform seeding, devices, cabinet reconcile and the first pickup sync
FACE_MS = 60_000
STEP_MS = 20_000
ZHAO = "37010219620508042X"  # 赵六: a certificate in 1-3 (code 246810), an appointment today
ZHAO_CODE = "246810"
ZHAO_APPOINTMENT = "88000004"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def journey_env(
    tmp_path: Path, *, printer: bool = True, cabinet: bool = True, **extra: str
) -> dict[str, str]:
    """A kiosk's environment for end-to-end tests: data under ``tmp_path``, a platform port
    of its own, the presence sensor off; the printer and the two-board cabinet as asked."""
    env = {
        "KIOSK__KIOSK__DATA_DIR": str(tmp_path / "var"),
        "KIOSK__LOGGING__DIR": str(tmp_path / "log"),
        "KIOSK__UI__FULLSCREEN": "false",
        "KIOSK__PLATFORM__BASE_URL": f"http://127.0.0.1:{free_port()}",
        "KIOSK__DEVICES__PRESENCE__ENABLED": "false",
        "KIOSK__DEVICES__PRINTER__ENABLED": "true" if printer else "false",
        "KIOSK__DEVICES__CABINET__ENABLED": "true" if cabinet else "false",
    }
    if cabinet:
        env["KIOSK__DEVICES__CABINET__BOARDS"] = "[0, 1]"
    env.update(extra)
    return env


def host_state(app: KioskApp, kind: str) -> str:
    for host in app.hosts:
        if host.device.kind == kind:  # type: ignore[attr-defined]
            return str(host.status["state"])  # type: ignore[attr-defined]
    return ""


def compartment_state(app: KioskApp, compartment: str) -> str:
    cabinet = app.backend.cabinet if app.backend is not None else None
    if cabinet is None:
        return ""
    try:
        return str(cabinet.compartment(compartment).state)
    except Exception:
        return ""


class JourneyKiosks:
    """Builds full kiosks for one test and closes them at the end (``with`` or :meth:`close`).

    Each test module wraps it in its own fixture::

        @pytest.fixture
        def journey_kiosk(qapp, qtbot, tmp_path):
            with JourneyKiosks(qtbot, tmp_path) as kiosks:
                yield kiosks.build
    """

    def __init__(self, qtbot: Any, tmp_path: Path) -> None:
        self._qtbot = qtbot
        self._tmp_path = tmp_path
        self._made: list[KioskApp] = []

    def __enter__(self) -> JourneyKiosks:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def build(self, *, cabinet: bool = True, **extra: str) -> KioskApp:
        qtbot = self._qtbot
        config = load_config(env=journey_env(self._tmp_path, **extra))
        setup_logging(config.logging, console=False)
        app = KioskApp(
            config,
            AppOptions(
                headless=True, start_devices=True, start_backend=True, start_network_probe=False
            ),
        )
        self._made.append(app)
        app.simulators["idcard"].remove_card()  # type: ignore[attr-defined]  # no demo cycle
        qtbot.waitUntil(lambda: app.backend.platform is not None, timeout=START_MS)
        qtbot.waitUntil(lambda: host_state(app, "idcard") == "online", timeout=START_MS)
        qtbot.waitUntil(lambda: host_state(app, "printer") == "online", timeout=START_MS)
        qtbot.waitUntil(lambda: app.printing.property("available"), timeout=START_MS)
        if cabinet:
            qtbot.waitUntil(lambda: app.backend.cabinet is not None, timeout=START_MS)
            qtbot.waitUntil(lambda: app.backend.cabinet.ready, timeout=START_MS)
            qtbot.waitUntil(lambda: compartment_state(app, "1-3") == "occupied", timeout=START_MS)
            qtbot.waitUntil(lambda: app.features.is_available("pickup"), timeout=START_MS)
        qtbot.waitUntil(lambda: app.catalogue.property("ready"), timeout=START_MS)
        app.identity.timeouts = IdentityTimeouts(place_card_s=6, reading_s=10, verifying_s=20)
        app.identity.face_config = FaceVerificationConfig(align_timeout_s=40, liveness_timeout_s=20)
        qtbot.wait(300)  # let start-up work (first catalogue activation) settle before measuring
        return app

    def close(self) -> None:
        for app in self._made:
            app.close()
        self._made.clear()
        shutdown_logging()


def cabinet_sim(app: KioskApp) -> Any:
    return app.backend.cabinet_simulator  # type: ignore[union-attr]


def printer_sim(app: KioskApp) -> Any:
    return app.simulators["printer"]


def text_of(app: KioskApp, name: str) -> str:
    return str(item(app, name).property("text"))


def tr(context: str, source: str) -> str:
    """``source`` as the resident sees it in the installed language (QML context = file)."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(context, source)


def type_digits(qtbot, app: KioskApp, prefix: str, digits: str) -> None:
    for digit in digits:
        tap(qtbot, app, f"{prefix}Key_{digit}")


def wait_screen(qtbot, app: KioskApp, name: str, timeout: int = STEP_MS) -> None:
    qtbot.waitUntil(lambda: app.router.currentScreen == name, timeout=timeout)


def go_home(qtbot, app: KioskApp) -> None:
    app.router.home()
    wait_screen(qtbot, app, "home")


def wait_outbox_idle(qtbot, app: KioskApp, timeout: int = STEP_MS) -> None:
    try:
        qtbot.waitUntil(lambda: app.backend.outbox.depth() == 0, timeout=timeout)
    except Exception:
        for queued in app.backend.outbox.items(["pending", "in_flight"]):
            print("still queued:", queued.metadata())
        raise


def platform_call(qtbot, fn: Callable[[], Any], timeout_s: float = 20.0) -> Any:
    """A platform read from the test (not the GUI thread's business, but the test's)."""
    deadline = time.monotonic() + timeout_s
    while True:
        try:
            return fn()
        except Exception:
            if time.monotonic() > deadline:
                raise
            qtbot.wait(200)


def central_rows(app: KioskApp, sql: str, args: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Read the reference platform's own database (demo: ``<data_dir>/central/central.db``)."""
    import sqlite3

    path = app.config.data_dir / "central" / "central.db"
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=10)
    try:
        return [tuple(row) for row in conn.execute(sql, args).fetchall()]
    finally:
        conn.close()


class Network:
    """The kiosk's link to the platform through a TCP fault proxy: ``down()`` / ``up()``.

    Every platform request of the kiosk (drain, heartbeat, queries) goes through the proxy
    from the moment it is installed; the platform itself keeps running.
    """

    def __init__(self, app: KioskApp) -> None:
        from urllib.parse import urlsplit

        from kiosk.platform.http import API_PREFIX
        from tests.platform.faultproxy import FaultProxy

        platform = app.backend.platform  # type: ignore[union-attr]
        port = urlsplit(platform.base_url).port
        self.proxy = FaultProxy(int(port or 0))
        platform._base = self.proxy.url.rstrip("/") + API_PREFIX
        self._app = app

    def down(self) -> None:
        self.proxy.refuse()
        self.proxy.reset_clients()

    def up(self) -> None:
        self.proxy.allow()
        drain = self._app.backend.drain  # type: ignore[union-attr]
        if drain is not None:
            drain.wake(expedite=True)  # what the reachability monitor does when it is back

    def close(self) -> None:
        self.proxy.close()


class StallMeter:
    """The longest gap between 10 ms GUI-thread timer ticks: how long the GUI was blocked.

    ``gaps`` keeps every gap over 30 ms with the screen shown after it (to find the culprit).
    """

    def __init__(self, app: KioskApp | None = None) -> None:
        from PySide6.QtCore import QTimer

        self.longest = 0.0
        self.gaps: list[tuple[float, str]] = []
        self._app = app
        self._last = time.perf_counter()
        self._timer = QTimer()
        self._timer.setInterval(10)
        self._timer.timeout.connect(self._tick)
        self._timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        gap = now - self._last
        self.longest = max(self.longest, gap)
        if gap > 0.04:
            screen = self._app.router.currentScreen if self._app is not None else ""
            self.gaps.append((round(gap * 1000), screen))
        self._last = now

    def stop_ms(self) -> float:
        self._timer.stop()
        return max(0.0, self.longest * 1000 - 10)


__all__ = [
    "FACE_MS",
    "START_MS",
    "STEP_MS",
    "ZHAO",
    "ZHAO_APPOINTMENT",
    "ZHAO_CODE",
    "JourneyKiosks",
    "Network",
    "StallMeter",
    "cabinet_sim",
    "central_rows",
    "compartment_state",
    "go_home",
    "host_state",
    "item",
    "platform_call",
    "printer_sim",
    "tap",
    "text_of",
    "tr",
    "type_digits",
    "wait_outbox_idle",
    "wait_screen",
]
