"""Render every screen of the pickup, ticket/check-in and rating journeys (and the guide's print
button) to PNG, normal and elder mode, Chinese and English, into docs/screenshots/journeys/.

A full demo kiosk runs offscreen (reference platform on loopback, device simulators, cabinet
with 赵六's certificate in 1-3); each step is shown by putting the journey's flow into it.

    .venv/bin/python scripts/journey_screenshots.py [--out DIR]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def spin(app: Any, ms: int) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait(app: Any, predicate: Callable[[], bool], timeout_s: float = 90.0) -> bool:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if predicate():
            return True
        spin(app, 100)
    return False


def cases() -> dict[str, Callable]:
    from kiosk.flows.pickup import Pickup, PickupStep

    def cert(n: int) -> Pickup:
        return Pickup(f"QJ{n}", f"1-{n}", "社会保障卡补领", "3701**********042X", f"SQ{n}")

    def rating(step: str) -> Callable:
        def setup(app: Any) -> None:
            app.router.go("rating", {"item_name": "社会保障卡申领", "item_id": "3701-RSJ-0001"})
            if step in ("reasons", "thanks"):
                app.rating.choose(2)
                app.rating.toggleReason("too_slow")
            if step == "thanks":
                app.rating.submit()

        return setup

    def ticket(step: str) -> Callable:
        def setup(app: Any) -> None:
            app.router.go("ticket")
            flow = app.ticket.flow
            if step == "code":
                flow.enter_code()
            elif step == "requesting":
                flow.request_ticket("social_security")
                flow.take_effects()
            elif step in ("issued", "checkin", "unavailable", "no_appointment"):
                if step in ("checkin", "no_appointment"):
                    flow.checkin_by_card("37010219620508042X")
                else:
                    flow.request_ticket("social_security")
                [effect] = flow.take_effects()
                flow.queued(effect.op, "demo")
                if step == "issued":
                    flow.answered("demo", {"ticket_no": "S012", "waiting": 4, "issued_at": "x"})
                    flow.take_effects()
                    flow.printed(True)
                elif step == "checkin":
                    flow.answered(
                        "demo",
                        {
                            "ticket_no": "Y003",
                            "window": "3号窗口",
                            "time": "10:30",
                            "item_name": "社会保障卡补领",
                        },
                    )
                    flow.take_effects()
                    flow.printed(False, "paper_out")
                elif step == "no_appointment":
                    flow.refused("demo", "no_appointment")
                else:
                    flow.item_state(effect.op, "pending")
            app.ticket.changed.emit()

        return setup

    def pickup(step: str) -> Callable:
        def setup(app: Any) -> None:
            app.router.go("pickup")
            flow = app.pickup.flow
            flow.step = PickupStep.CHOOSE
            if step == "code":
                flow.use_code()
                flow.code_wrong()
            elif step in ("open", "alarm", "done", "open_failed", "not_collected"):
                flow.use_code()
                flow.code_found(cert(3))
                [effect] = flow.take_effects()
                if step == "open_failed":
                    flow.open_failed(effect.op, "open_failed", "jammed")
                else:
                    flow.opened(effect.op, "1-3")
                    flow.alarm = step == "alarm"
                if step == "done":
                    flow.cabinet_event("collected", "1-3", "QJ3")
                    flow.printed(True)
                if step == "not_collected":
                    flow.cabinet_event("not_collected", "1-3", "QJ3")
                flow.take_effects()
            elif step == "list":
                flow.holder_found([cert(1), cert(2)])
                flow.pickups[0].state = "collected"
            elif step == "none_found":
                flow.holder_found([])
            elif step == "locked":
                flow.use_code()
                flow.locked(60)
                flow.take_effects()
            app.pickup.changed.emit()

        return setup

    def guide(app: Any) -> None:
        app.router.go("guide", {"itemId": "3701-RSJ-0001"})

    def home(app: Any) -> None:
        pass

    return {
        "home": home,
        "guide": guide,
        "rating-choose": rating("choose"),
        "rating-reasons": rating("reasons"),
        "rating-thanks": rating("thanks"),
        "ticket-choose": ticket("choose"),
        "ticket-code": ticket("code"),
        "ticket-requesting": ticket("requesting"),
        "ticket-issued": ticket("issued"),
        "ticket-checkin": ticket("checkin"),
        "ticket-unavailable": ticket("unavailable"),
        "ticket-no_appointment": ticket("no_appointment"),
        "pickup-choose": pickup("choose"),
        "pickup-code": pickup("code"),
        "pickup-open": pickup("open"),
        "pickup-alarm": pickup("alarm"),
        "pickup-list": pickup("list"),
        "pickup-not_collected": pickup("not_collected"),
        "pickup-open_failed": pickup("open_failed"),
        "pickup-none_found": pickup("none_found"),
        "pickup-locked": pickup("locked"),
        "pickup-done": pickup("done"),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots" / "journeys")
    args = parser.parse_args()

    from kiosk.app import AppOptions, KioskApp, prepare_qt_environment

    options = AppOptions(headless=True, start_network_probe=False)
    prepare_qt_environment(options)
    os.environ.setdefault("QT_QUICK_BACKEND", "software")

    from PySide6.QtGui import QGuiApplication

    from kiosk.config import load_config
    from kiosk.logs import setup_logging

    qapp = QGuiApplication(sys.argv)
    work = Path(tempfile.mkdtemp(prefix="journey-shots-"))
    env = {
        **os.environ,
        "KIOSK__KIOSK__DATA_DIR": str(work / "var"),
        "KIOSK__LOGGING__DIR": str(work / "log"),
        "KIOSK__UI__FULLSCREEN": "false",
        "KIOSK__DEVICES__PRESENCE__ENABLED": "false",
        "KIOSK__DEVICES__CABINET__BOARDS": "[0, 1]",
    }
    config = load_config(env=env)
    setup_logging(config.logging, console=False)
    app = KioskApp(config, options)
    try:
        app.simulators["idcard"].remove_card()  # type: ignore[attr-defined]
        ok = wait(
            app,
            lambda: (
                app.backend is not None
                and app.backend.cabinet is not None
                and app.backend.cabinet.ready
                and app.catalogue.property("ready")
            ),
        )
        if not ok:
            print("the demo kiosk did not get ready (cabinet, catalogue)", file=sys.stderr)
        args.out.mkdir(parents=True, exist_ok=True)
        count = 0
        for language in ("zh_CN", "en_US"):
            for elder in (False, True):
                mode = "elder" if elder else "normal"
                for name, setup in cases().items():
                    app.router.reset("cancelled")
                    app.state.setLanguage(language)
                    app.state.setElderMode(elder)
                    app.router.home()
                    spin(app, 100)
                    setup(app)
                    spin(app, 450)
                    app.grab(args.out / f"{name}-{language}-{mode}.png")
                    count += 1
        print(f"{count} screenshots in {args.out}")
        problems = app.qml_warnings
        for warning in problems:
            print("QML:", warning, file=sys.stderr)
        return 1 if problems else 0
    finally:
        app.close()
        del qapp


if __name__ == "__main__":
    raise SystemExit(main())
