"""``python -m kiosk``: start the kiosk.

Exit codes: 0 normal exit or self-test passed; 1 self-test failed or the UI failed to load;
2 bad configuration, missing display or bad arguments.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
import time
from pathlib import Path

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2

HEADLESS_HINT = (
    "No display found (neither DISPLAY nor WAYLAND_DISPLAY is set).\n"
    "Run headless and render every visited screen to PNG instead:\n"
    "    scripts/run.sh --headless --screenshots out/screens\n"
    "or start a virtual display:  xvfb-run -s '-screen 0 1920x1080x24' scripts/run.sh --windowed"
)


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m kiosk", description=__doc__)
    p.add_argument("--site", type=Path, help="site configuration file (overrides default.toml)")
    p.add_argument("--headless", action="store_true", help="run offscreen (no display needed)")
    p.add_argument("--windowed", action="store_true", help="a window instead of full screen")
    p.add_argument("--screenshots", type=Path, metavar="DIR", help="render each screen to PNG")
    p.add_argument("--check-config", action="store_true", help="validate configuration, exit")
    p.add_argument(
        "--selftest",
        action="store_true",
        help="start offscreen, render the home screen, exit 0 if everything loaded",
    )
    p.add_argument("--selftest-png", type=Path, help="where --selftest writes the home screen")
    p.add_argument(
        "--exit-when-ready",
        action="store_true",
        help="print start-up timings as JSON once the home screen is interactive, then exit",
    )
    p.add_argument("--run-for", type=float, metavar="S", help="quit after S seconds (demos)")
    return p


def main(argv: list[str] | None = None) -> int:
    t0 = time.perf_counter()
    args = build_parser().parse_args(argv)

    from kiosk.config import ConfigError, load_config

    try:
        config = load_config(site_file=args.site)
    except ConfigError as err:
        print(err, file=sys.stderr)
        return EXIT_USAGE
    if args.check_config:
        print(f"configuration OK: kiosk {config.kiosk.id}, {len(config.devices)} device(s)")
        return EXIT_OK

    from kiosk.logs import setup_logging, shutdown_logging

    setup_logging(config.logging)

    headless = args.headless or args.selftest or args.exit_when_ready
    from kiosk.app import AppOptions, KioskApp, has_display, prepare_qt_environment

    options = AppOptions(
        headless=headless,
        windowed=args.windowed,
        screenshot_dir=args.screenshots,
        start_devices=not args.selftest,
        start_network_probe=not args.selftest,
        start_backend=not args.selftest,
    )
    prepare_qt_environment(options)
    if not has_display():
        print(HEADLESS_HINT, file=sys.stderr)
        return EXIT_USAGE

    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QGuiApplication

    from kiosk.services.memory import tune_allocator

    tune_allocator()  # before Qt starts its threads (see kiosk/services/memory.py)
    app = QGuiApplication(sys.argv[:1])
    app.setApplicationName("gov-kiosk")
    app.setOrganizationName("gov-kiosk")

    result = {"code": EXIT_OK}
    if args.selftest:
        options.on_ready.append(lambda k: _selftest(k, args.selftest_png, result))
    if args.exit_when_ready:
        options.on_ready.append(lambda k: _report_ready(k, t0))
    try:
        kiosk = KioskApp(config, options)
    except Exception as err:  # the UI could not come up: say why, in one place
        print(f"kiosk failed to start: {err}", file=sys.stderr)
        shutdown_logging()
        return EXIT_FAILED

    # Python signal handlers only run when the interpreter gets control: wake it regularly.
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: app.quit())
    heartbeat = QTimer()
    heartbeat.start(250)
    heartbeat.timeout.connect(lambda: None)
    if args.run_for:
        QTimer.singleShot(round(args.run_for * 1000), app.quit)

    code = app.exec()
    kiosk.close()
    shutdown_logging()
    return result["code"] if code == 0 else code


def _when_frame(kiosk: object, callback: object) -> None:
    """Call ``callback`` after the window has rendered its next frame."""
    from PySide6.QtCore import QTimer

    window = kiosk.window  # type: ignore[attr-defined]

    def fire() -> None:
        window.frameSwapped.disconnect(fire)
        QTimer.singleShot(0, callback)  # type: ignore[arg-type]

    window.frameSwapped.connect(fire)
    window.requestUpdate()


def _report_ready(kiosk: object, t0: float) -> None:
    from PySide6.QtGui import QGuiApplication

    t_ready = time.perf_counter()
    spawn_epoch = float(os.environ.get("KIOSK_BENCH_SPAWN_EPOCH", "0") or 0)

    def home_shown() -> None:
        t_home = time.perf_counter()
        report = {
            "main_to_attract_ms": (t_ready - t0) * 1000,
            "main_to_home_ms": (t_home - t0) * 1000,
            "spawn_to_home_ms": (time.time() - spawn_epoch) * 1000 if spawn_epoch else None,
            "home_switch_ms": (t_home - t_ready) * 1000,
        }
        print("READY " + json.dumps(report), flush=True)
        QGuiApplication.quit()

    kiosk.router.home()  # type: ignore[attr-defined]
    _when_frame(kiosk, home_shown)


def _selftest(kiosk: object, png: Path | None, result: dict[str, int]) -> None:
    """Render attract → home → search (loads the virtual keyboard) and check each."""
    from PySide6.QtGui import QGuiApplication

    steps = [("attract", None), ("home", "home"), ("search", "search")]
    problems: list[str] = []
    out = png or Path(os.environ.get("TMPDIR", "/tmp")) / "kiosk-selftest-home.png"

    def check(name: str) -> None:
        item = kiosk.find(f"{name}Screen")  # type: ignore[attr-defined]
        if item is None:
            problems.append(f"{name} screen did not load")
        if name == "home":
            kiosk.grab(out)  # type: ignore[attr-defined]
            image_ok = out.is_file() and out.stat().st_size > 10_000
            if not image_ok:
                problems.append(f"home screen render {out} is missing or blank")
        if name == "search" and kiosk.find("inputPanel") is None:  # type: ignore[attr-defined]
            problems.append("virtual keyboard did not load")

    def run(index: int) -> None:
        if index >= len(steps):
            problems.extend(
                w
                for w in kiosk.qml_warnings
                if "Binding loop" not in w  # type: ignore[attr-defined]
            )
            family = getattr(kiosk, "font_family", None)
            if not family:
                problems.append("no CJK font available")
            if problems:
                print("SELFTEST FAILED\n  " + "\n  ".join(problems), file=sys.stderr)
                result["code"] = EXIT_FAILED
            else:
                print(f"SELFTEST OK: rendered {out} with font {family}")
            QGuiApplication.quit()
            return
        name, target = steps[index]
        if target == "home":
            kiosk.router.home()  # type: ignore[attr-defined]
        elif target is not None:
            kiosk.router.go(target)  # type: ignore[attr-defined]

        def after_frame() -> None:
            check(name)
            run(index + 1)

        _when_frame(kiosk, after_frame)

    run(0)


if __name__ == "__main__":
    raise SystemExit(main())
