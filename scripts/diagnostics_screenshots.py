"""Render the technician diagnostics pages to PNG (offscreen, real simulators).

    .venv/bin/python scripts/diagnostics_screenshots.py [OUT_DIR] [--full-size]

Starts a kiosk like the demo (reference platform on loopback, printer emulator, ID-card reader,
camera and cabinet simulators), opens diagnostics with the gesture and the demo PIN, runs the
self-tests and renders every page: Chinese normal and elder mode, English normal. Output
``docs/screenshots/diagnostics/diag-<scene>-<lang>-<mode>.png``, scaled to 1280 px wide unless
``--full-size``.

Chinese: until the lead merges ``i18n/pending/diagnostics.tsv`` into the .ts files, this script
compiles a temporary translator from that file so the Chinese pages show Chinese.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PENDING = ROOT / "i18n" / "pending" / "diagnostics.tsv"
ZHANG = "370102198503120118"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def pending_translator(work: Path) -> Path | None:
    """A .qm of the pending diagnostics translations (None when already merged)."""
    if not PENDING.exists():
        return None
    bin_dir = Path(sys.executable).parent
    ts = work / "diag_zh_CN.ts"
    qml = sorted(str(p) for p in (ROOT / "screens" / "qml").glob("Diag*.qml"))
    subprocess.run(
        [str(bin_dir / "pyside6-lupdate"), *qml, "-ts", str(ts)],
        check=True,
        capture_output=True,
    )
    table = dict(
        line.rstrip("\n").split("\t", 1) for line in PENDING.read_text("utf-8").splitlines() if line
    )
    tree = ET.parse(ts)
    tree.getroot().set("language", "zh_CN")
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None or source not in table:
            continue
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            translation.text = None
            for child in list(translation):
                translation.remove(child)
            ET.SubElement(translation, "numerusform").text = table[source]
        else:
            translation.text = table[source]
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    qm = work / "diag_zh_CN.qm"
    subprocess.run(
        [str(bin_dir / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True
    )
    return qm


def main() -> int:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    out = Path(args[0]) if args else ROOT / "docs" / "screenshots" / "diagnostics"
    out.mkdir(parents=True, exist_ok=True)
    full_size = "--full-size" in sys.argv
    work = Path(tempfile.mkdtemp(prefix="kiosk-diag-shots-"))

    from PIL import Image
    from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer, QTranslator
    from PySide6.QtGui import QGuiApplication

    from kiosk.app import AppOptions, KioskApp, prepare_qt_environment
    from kiosk.config import load_config
    from kiosk.logs import setup_logging, shutdown_logging

    options = AppOptions(headless=True, start_network_probe=False)
    prepare_qt_environment(options)
    qapp = QGuiApplication([])
    extra_qm = pending_translator(work)
    extra = QTranslator(qapp)
    has_extra = extra_qm is not None and extra.load(str(extra_qm))

    config = load_config(
        env={
            "KIOSK__KIOSK__DATA_DIR": str(work / "var"),
            "KIOSK__LOGGING__DIR": str(work / "log"),
            "KIOSK__UI__FULLSCREEN": "false",
            "KIOSK__PLATFORM__BASE_URL": f"http://127.0.0.1:{free_port()}",
            "KIOSK__DEVICES__PRESENCE__ENABLED": "false",
            "KIOSK__DIAGNOSTICS__EXPORT_DIR": str(work / "no-stick"),
            "KIOSK__DIAGNOSTICS__FALLBACK_EXPORT_DIR": str(work / "usb"),
        }
    )
    setup_logging(config.logging, console=False)
    kiosk = KioskApp(config, options)
    diag = kiosk.diagnostics

    def settle(ms: int = 450) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def wait(condition: Any, timeout_s: float = 60.0) -> None:
        for _ in range(int(timeout_s * 10)):
            if condition():
                return
            settle(100)
        raise TimeoutError("the kiosk did not get there in time")

    def set_language(language: str) -> None:
        if has_extra:
            QCoreApplication.removeTranslator(extra)
            if language == "zh_CN":
                QCoreApplication.installTranslator(extra)
        kiosk.state.setLanguage(language)
        kiosk.engine.retranslate()

    count = 0

    def shoot(scene: str, variants: tuple[tuple[str, bool], ...] | None = None) -> None:
        nonlocal count
        for language, elder in variants or (("zh_CN", False), ("zh_CN", True), ("en_US", False)):
            set_language(language)
            kiosk.state.setElderMode(elder)
            settle(500)
            mode = "elder" if elder else "normal"
            path = out / f"diag-{scene}-{language}-{mode}.png"
            image = kiosk.window.grabWindow()
            if full_size:
                image.save(str(path))
            else:
                # Small files for the repository: 1280 px wide, 256 colours.
                image = image.scaledToWidth(1280, Qt.TransformationMode.SmoothTransformation)
                image.save(str(work / "shot.png"))
                with Image.open(work / "shot.png") as shot:
                    shot.convert("RGB").quantize(256).save(path, optimize=True)
            count += 1
        set_language("zh_CN")
        kiosk.state.setElderMode(False)

    try:
        kiosk.wait_for_devices()
        sims = kiosk.simulators
        sims["idcard"].remove_card()  # type: ignore[attr-defined]
        wait(lambda: kiosk.backend is not None and kiosk.backend.outbox is not None, 90)
        wait(lambda: kiosk.backend.cabinet is not None and kiosk.backend.cabinet.ready, 90)
        wait(lambda: all(h.status["state"] == "online" for h in kiosk.hosts), 90)
        backend = kiosk.backend
        # Something in the upload queue: one pending help request, one dead letter.
        backend.drain.pause()
        backend.outbox.enqueue("help", {"screen": "home", "visit_id": "demo"})
        dead = backend.outbox.enqueue("help", {"screen": "guide", "visit_id": "demo"})
        backend.outbox.mark_dead(dead.id, ("form_invalid", "field phone: pattern"))
        # A certificate staff must put in the cabinet (an approved application of 张三).
        from central.platform import Platform

        central = Platform(config.data_dir / "central" / "central.db")
        with central.db.read() as conn:
            app_id = conn.execute(
                "SELECT application_id FROM applications WHERE status = 'approved'"
                " AND id_number = ?",
                (ZHANG,),
            ).fetchone()[0]
        central.mark_ready_for_pickup(app_id, config.kiosk.id, "0-5")

        # -- entry ---------------------------------------------------------------------------
        for _ in range(5):
            diag.cornerTap()
        settle()
        shoot("pin")
        for digit in "111111":
            diag.pinDigit(digit)
        diag.pinSubmit()
        wait(lambda: diag.pinMessage == "wrong_pin")
        shoot("pin-wrong", (("zh_CN", False), ("en_US", False)))
        for digit in "246813":
            diag.pinDigit(digit)
        diag.pinSubmit()
        wait(lambda: diag.active)

        # -- self-tests ----------------------------------------------------------------------
        sims["printer"].set_paper("out")  # type: ignore[attr-defined]
        sims["idcard"].place_card("zhangsan")  # type: ignore[attr-defined]
        diag.showPage("tests")
        for name in ("printer", "idcard", "network", "disk"):
            diag.runTest(name)
        wait(
            lambda: all(
                r["state"] in ("pass", "fail")
                for r in diag.tests
                if r["name"] in ("printer", "idcard", "network", "disk")
            ),
            90,
        )
        diag.runTest("camera")
        wait(lambda: next(r for r in diag.tests if r["name"] == "camera")["state"] == "running")
        settle(1500)
        shoot("tests-camera", (("zh_CN", False), ("en_US", False)))
        wait(lambda: next(r for r in diag.tests if r["name"] == "camera")["state"] == "pass", 60)
        backend.cabinet_simulator.auto_close_s = 0.5
        diag.door_test_compartments = backend.cabinet.free_compartments()[:3]
        diag.runTest("cabinet")
        wait(
            lambda: (
                next(r for r in diag.tests if r["name"] == "cabinet")["state"] in ("pass", "fail")
            ),
            90,
        )
        shoot("tests")

        # -- dashboard (printer out of paper) and export -------------------------------------
        diag.showPage("dashboard")
        wait(lambda: len(diag.devices) >= 4)
        settle(800)
        shoot("dashboard")
        diag.exportBundle()
        wait(lambda: diag.exportState in ("done", "failed"), 60)
        shoot("export", (("zh_CN", False), ("en_US", False)))

        # -- outbox, logs, configuration -----------------------------------------------------
        diag.showPage("outbox")
        wait(lambda: diag.outbox.get("available") is True)
        shoot("outbox")
        diag.showPage("logs")
        wait(lambda: not diag.logsLoading)
        diag.loadLogs("WARNING", "")
        wait(lambda: not diag.logsLoading)
        shoot("logs", (("zh_CN", False), ("en_US", False)))
        diag.showPage("config")
        wait(lambda: len(diag.configLines) > 0)
        shoot("config", (("zh_CN", False), ("en_US", False)))

        # -- staff: paper refill and deposit -------------------------------------------------
        sims["printer"].set_paper("full")  # type: ignore[attr-defined]
        diag.showPage("staff")
        wait(lambda: len(diag.pickups) > 0, 30)
        diag.confirmRefill(False)
        wait(lambda: diag.staffMessage.startswith("refill_") and not diag.staffBusy, 60)
        shoot("staff")
        cabinet_sim = backend.cabinet_simulator
        cabinet_sim.auto_close_s = None  # the member of staff closes the door
        diag.deposit(diag.pickups[0]["pickupId"], "0-5")
        wait(lambda: diag.staffMessage in ("deposit_open", "deposit_failed"), 60)
        shoot("staff-deposit-open", (("zh_CN", False), ("en_US", False)))
        cabinet_sim.place_item(0, 5)
        cabinet_sim.close_door(0, 5)
        wait(lambda: diag.staffMessage == "deposit_deposited", 60)
        shoot("staff-deposited", (("zh_CN", False), ("en_US", False)))

        # -- the public meanwhile, and the lockout --------------------------------------------
        diag.exit()
        settle()
        kiosk.state.setMaintenance(True)  # what the public sees while diagnostics is open
        settle()
        shoot("public-being-serviced", (("zh_CN", False),))
        kiosk.state.setMaintenance(False)
        for _ in range(5):
            diag.cornerTap()
        for _ in range(5):
            for digit in "000000":
                diag.pinDigit(digit)
            diag.pinSubmit()
            wait(lambda: not diag.checking)
        wait(lambda: diag.pinMessage == "locked")
        shoot("pin-locked", (("zh_CN", False), ("en_US", False)))
    finally:
        kiosk.close()
        shutdown_logging()
        QCoreApplication.processEvents()
    print(f"wrote {count} screenshots to {out}")
    del qapp
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
