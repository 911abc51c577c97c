"""Render the "find a service" screens to PNG (offscreen, no devices, the demo catalogue).

    .venv/bin/python scripts/find_screenshots.py [OUT_DIR]    # default docs/screenshots/find

Home with the hot list and the service entries, the 一件事 bundles list, one bundle (新生儿出生),
and the 呼叫帮助 dialog in each of its states (calling, notified and sending, sent to staff, no
outbox), each in normal and elder mode, Chinese and English. The catalogue is the reference
platform's seeded demo catalogue (central/seed.py, site DEMO), indexed in this process.
File names: ``<scene>-<lang>-<mode>.png``.
"""

from __future__ import annotations

import hashlib
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def demo_active() -> Any:
    """The demo site's catalogue as the kiosk would serve it (parsed, validated, indexed)."""
    from central.seed import generate_catalogue
    from kiosk.catalogue.models import encode, parse_catalogue
    from kiosk.catalogue.search import SearchIndex
    from kiosk.catalogue.sync import ActiveCatalogue

    seed = generate_catalogue()
    payload = encode(
        {
            "kind": "full",
            "version": 1,
            "generated_at": "2026-11-22T06:00:00+08:00",
            "departments": seed.departments,
            "themes": seed.themes,
            "items": [{**item, "updated_version": 1} for item in seed.items],
            "bundles": seed.bundles,
            "site": {"site": "DEMO", **seed.site_overrides["DEMO"]},
        }
    )
    catalogue = parse_catalogue(payload)
    sha = hashlib.sha256(payload).hexdigest()
    return ActiveCatalogue(
        catalogue, SearchIndex(catalogue), '"v1"', "2026-11-22T06:00:00+00:00", sha, payload
    )


def main() -> int:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    out = Path(args[0]) if args else ROOT / "docs" / "screenshots" / "find"
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="kiosk-find-shots-"))

    from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
    from PySide6.QtGui import QGuiApplication

    from kiosk.app import AppOptions, KioskApp, prepare_qt_environment
    from kiosk.config import load_config

    options = AppOptions(
        headless=True, start_devices=False, start_network_probe=False, start_backend=False
    )
    prepare_qt_environment(options)
    app = QGuiApplication([])
    config = load_config(
        env={
            "KIOSK__KIOSK__DATA_DIR": str(work / "var"),
            "KIOSK__LOGGING__DIR": str(work / "log"),
            "KIOSK__UI__FULLSCREEN": "false",
        }
    )
    kiosk = KioskApp(config, options)
    kiosk.state.set_network("online")
    kiosk.state.set_queue_depth(0)
    active = demo_active()
    kiosk.catalogue.set_active(active)
    newborn = next(b.bundle_id for b in active.catalogue.bundles if b.name.startswith("新生儿"))

    def settle(ms: int = 450) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def help_in(state: str) -> Callable[[], None]:
        def enter() -> None:
            kiosk.router.home()
            kiosk.state.helpRequested.emit()  # opens the dialog
            kiosk.help._screen = "home"
            kiosk.help._set(state)

        return enter

    scenes: dict[str, Callable[[], None]] = {
        "home": kiosk.router.home,
        "bundles": lambda: (kiosk.router.home(), kiosk.router.go("bundles")),
        "bundle": lambda: (
            kiosk.router.home(),
            kiosk.router.go("bundles"),
            kiosk.router.go("bundle", {"bundleId": newborn}),
        ),
        "help-calling": help_in("writing"),
        "help-notified": help_in("queued"),
        "help-sent": help_in("delivered"),
        "help-unavailable": help_in("unavailable"),
    }
    count = 0
    for language in ("zh_CN", "en_US"):
        for elder in (False, True):
            for name, enter in scenes.items():
                kiosk.router.reset("cancelled")
                kiosk.help.reset()
                settle(50)
                enter()
                # reset() restores the site defaults, so choose the mode after entering.
                kiosk.state.setLanguage(language)
                kiosk.state.setElderMode(elder)
                kiosk.state._set_reminder("")
                settle()
                mode = "elder" if elder else "normal"
                kiosk.grab(out / f"{name}-{language}-{mode}.png")
                count += 1
    kiosk.close()
    QCoreApplication.processEvents()
    print(f"wrote {count} screenshots to {out}")
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
