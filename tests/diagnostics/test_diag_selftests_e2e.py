"""Diagnostics against the simulators: the real drivers behind their real transports, the
cabinet service, the reference platform on loopback, and the real QML (offscreen).

Each test builds and closes its own kiosk with only the devices it needs; every wait is
bounded. Failing paths are injected in the simulators (paper out, no card, camera unplugged,
a jammed door).
"""

from __future__ import annotations

import json
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from kiosk.app import AppOptions, KioskApp
from kiosk.config import load_config
from kiosk.logs import setup_logging, shutdown_logging
from tests.diagnostics.diag_support import STEP_MS, enter, env_for, show_page
from tests.gui.conftest import item, tap

START_MS = 90_000
TEST_MS = 60_000
ZHANG = "370102198503120118"


def host_state(app: KioskApp, kind: str) -> str:
    for host in app.hosts:
        if host.device.kind == kind:  # type: ignore[attr-defined]
            return str(host.status["state"])  # type: ignore[attr-defined]
    return ""


@pytest.fixture
def diag_kiosk(qapp, qtbot, tmp_path: Path) -> Iterator[Callable[..., KioskApp]]:
    made: list[KioskApp] = []

    def build(*devices: str, **env: str) -> KioskApp:
        base = env_for(tmp_path)
        for kind in ("printer", "idcard", "camera", "cabinet"):
            flag = "true" if kind in devices else "false"
            base[f"KIOSK__DEVICES__{kind.upper()}__ENABLED"] = flag
        base["KIOSK__DIAGNOSTICS__FALLBACK_EXPORT_DIR"] = str(tmp_path / "usb")
        base["KIOSK__DIAGNOSTICS__EXPORT_DIR"] = str(tmp_path / "no-usb-stick")
        base["KIOSK__DIAGNOSTICS__DOOR_CLOSE_TIMEOUT_S"] = "20.0"
        base.update(env)
        config = load_config(env=base)
        setup_logging(config.logging, console=False)
        app = KioskApp(config, AppOptions(headless=True, start_network_probe=False))
        made.append(app)
        app.wait_for_devices()
        if "idcard" in devices:
            app.simulators["idcard"].remove_card()  # type: ignore[attr-defined]
        qtbot.waitUntil(lambda: app.backend.platform is not None, timeout=START_MS)
        qtbot.waitUntil(lambda: app.backend.outbox is not None, timeout=START_MS)
        for kind in devices:
            if kind == "cabinet":
                qtbot.waitUntil(
                    lambda: app.backend.cabinet is not None and app.backend.cabinet.ready,
                    timeout=START_MS,
                )
            else:
                qtbot.waitUntil(lambda k=kind: host_state(app, k) == "online", timeout=START_MS)
        return app

    yield build
    for app in made:
        app.close()
    shutdown_logging()


def run_test(qtbot, app: KioskApp, name: str) -> dict[str, Any]:
    show_page(qtbot, app, "tests")
    tap(qtbot, app, f"diagRun_{name}")
    qtbot.waitUntil(lambda: row(app, name)["state"] in ("pass", "fail"), timeout=TEST_MS)
    return row(app, name)


def row(app: KioskApp, name: str) -> dict[str, Any]:
    return next(r for r in app.diagnostics.tests if r["name"] == name)


def text(app: KioskApp, name: str) -> str:
    return str(item(app, name).property("text"))


# ------------------------------------------------------------------------------ printer


def test_test_print_passes_and_the_emulator_gets_the_page(qtbot, diag_kiosk):
    app = diag_kiosk("printer")
    emulator = app.simulators["printer"]
    before = len(emulator.receipts)
    enter(qtbot, app)
    app.state.setLanguage("en_US")
    result = run_test(qtbot, app, "printer")
    assert result["state"] == "pass", result
    assert emulator.wait_for_receipts(before + 1, timeout=10)
    assert text(app, "diagTestState_printer") == "Test print: Passed"


def test_test_print_fails_with_paper_out_and_says_what_to_do(qtbot, diag_kiosk):
    app = diag_kiosk("printer")
    app.simulators["printer"].set_paper("out")
    qtbot.waitUntil(lambda: host_state(app, "printer") != "online", timeout=STEP_MS)
    enter(qtbot, app)
    app.state.setLanguage("en_US")
    result = run_test(qtbot, app, "printer")
    assert (result["state"], result["reason"]) == ("fail", "paper_out")
    assert text(app, "diagTestReason_printer").startswith("Paper out: load a new roll")


def test_dashboard_shows_paper_out_with_a_staff_action_and_counters(qtbot, diag_kiosk):
    app = diag_kiosk("printer")
    app.simulators["printer"].set_paper("out")
    qtbot.waitUntil(lambda: host_state(app, "printer") != "online", timeout=STEP_MS)
    enter(qtbot, app)
    app.state.setLanguage("en_US")
    qtbot.waitUntil(lambda: app.find("diagDevice_printer") is not None, timeout=STEP_MS)
    printer = next(r for r in app.diagnostics.devices if r["kind"] == "printer")
    assert printer["error"]["action"] == "clear"
    assert "local staff can fix this" in text(app, "diagDeviceAction_printer")
    names = {c["name"] for c in printer["counters"]}
    assert {"pages_printed", "jobs_refused", "pages_since_refill"} <= names


def test_paper_refill_repolls_resets_the_counter_and_is_audited(qtbot, diag_kiosk):
    from offline_cache.audit import AuditLog

    app = diag_kiosk("printer")
    emulator = app.simulators["printer"]
    app.diagnostics._diag_store().add_to_counter("pages_since_refill", 40)
    emulator.set_paper("out")
    qtbot.waitUntil(lambda: host_state(app, "printer") != "online", timeout=STEP_MS)
    enter(qtbot, app)
    show_page(qtbot, app, "staff")
    qtbot.waitUntil(lambda: app.diagnostics.pagesSinceRefill == 40, timeout=STEP_MS)
    tap(qtbot, app, "diagRefill")  # the roll is not in yet
    qtbot.waitUntil(lambda: app.diagnostics.staffMessage == "refill_still_out", timeout=TEST_MS)
    emulator.set_paper("full")
    before = len(emulator.receipts)
    tap(qtbot, app, "diagRefillPrint")
    qtbot.waitUntil(lambda: app.diagnostics.staffMessage == "refill_refilled", timeout=TEST_MS)
    assert emulator.wait_for_receipts(before + 1, timeout=10)
    qtbot.waitUntil(lambda: app.diagnostics.pagesSinceRefill in (0, 1), timeout=STEP_MS)
    store = app.backend.outbox.store
    qtbot.waitUntil(
        lambda: any(e.action == "diagnostics.paper_refill" for e in AuditLog(store).recent()),
        timeout=STEP_MS,
    )


# ------------------------------------------------------------------------------ ID card


def test_card_read_passes_and_shows_only_masked_data(qtbot, diag_kiosk):
    app = diag_kiosk("idcard")
    app.simulators["idcard"].place_card("zhangsan")
    enter(qtbot, app)
    result = run_test(qtbot, app, "idcard")
    assert result["state"] == "pass", result
    assert result["values"]["id_number"] == "3701**********0118"
    assert result["values"]["name"] == "张*"
    assert ZHANG not in json.dumps(app.diagnostics.tests, ensure_ascii=False)
    assert ZHANG not in text(app, "diagTestDetail_idcard")


def test_card_read_without_a_card_fails_with_advice(qtbot, diag_kiosk):
    app = diag_kiosk("idcard")
    enter(qtbot, app)
    result = run_test(qtbot, app, "idcard")
    assert (result["state"], result["reason"]) == ("fail", "no_card")


def test_technician_card_opens_diagnostics(qtbot, diag_kiosk):
    from kiosk.diagnostics.pin import hash_card
    from tests.diagnostics.diag_support import open_pin_pad

    card = hash_card("110101198506150019")  # 李明, the "resident" sample card
    app = diag_kiosk("idcard", KIOSK__DIAGNOSTICS__TECHNICIAN_CARDS=f'["{card}"]')
    app.simulators["idcard"].place_card("resident")
    open_pin_pad(qtbot, app)
    tap(qtbot, app, "diagUseCard")
    qtbot.waitUntil(lambda: app.diagnostics.active, timeout=TEST_MS)
    assert app.diagnostics.role == "technician"


def test_a_resident_card_is_not_a_technician_card(qtbot, diag_kiosk):
    from tests.diagnostics.diag_support import open_pin_pad, pin_message

    app = diag_kiosk("idcard")
    app.simulators["idcard"].place_card("zhangsan")
    open_pin_pad(qtbot, app)
    tap(qtbot, app, "diagUseCard")
    qtbot.waitUntil(lambda: app.diagnostics.pinMessage == "not_technician_card", timeout=TEST_MS)
    app.state.setLanguage("en_US")
    assert pin_message(app).startswith("This card is not a technician card.")
    assert not app.diagnostics.active


# ------------------------------------------------------------------------------ camera


def test_camera_test_measures_fps_and_shows_the_preview(qtbot, diag_kiosk):
    app = diag_kiosk("camera")
    enter(qtbot, app)
    show_page(qtbot, app, "tests")
    tap(qtbot, app, "diagRun_camera")
    qtbot.waitUntil(lambda: row(app, "camera")["state"] == "running", timeout=TEST_MS)
    qtbot.waitUntil(lambda: item(app, "diagCameraPreview").isVisible(), timeout=STEP_MS)
    qtbot.waitUntil(lambda: app.camera.frameId > 0, timeout=STEP_MS)
    qtbot.waitUntil(lambda: row(app, "camera")["state"] in ("pass", "fail"), timeout=TEST_MS)
    result = row(app, "camera")
    assert result["state"] == "pass", result
    assert result["values"]["fps"] >= 10
    assert result["values"]["analysed"] > 0
    assert not app.camera.active  # the preview is released after the test


def test_camera_unplugged_fails_the_camera_test(qtbot, diag_kiosk):
    app = diag_kiosk("camera")
    app.simulators["camera"].inject("unplug")
    qtbot.waitUntil(lambda: host_state(app, "camera") != "online", timeout=TEST_MS)
    enter(qtbot, app)
    result = run_test(qtbot, app, "camera")
    assert (result["state"], result["reason"]) == ("fail", "no_frames")


# ------------------------------------------------------------------------------ cabinet


def test_door_test_opens_and_checks_each_door(qtbot, diag_kiosk):
    app = diag_kiosk("cabinet")
    simulator = app.backend.cabinet_simulator
    simulator.auto_close_s = 0.5
    doors = app.backend.cabinet.free_compartments()[:2]
    app.diagnostics.door_test_compartments = doors
    enter(qtbot, app)
    result = run_test(qtbot, app, "cabinet")
    assert result["state"] == "pass", result
    assert result["values"]["doors"] == dict.fromkeys(doors, "ok")
    for door in doors:
        board, lock = (int(x) for x in door.split("-"))
        assert len(simulator.openings(board, lock)) == 1


def test_a_jammed_door_fails_the_door_test(qtbot, diag_kiosk):
    app = diag_kiosk("cabinet")
    simulator = app.backend.cabinet_simulator
    simulator.auto_close_s = 0.5
    doors = app.backend.cabinet.free_compartments()[:2]
    board, lock = (int(x) for x in doors[1].split("-"))
    simulator.jam(board, lock)
    app.diagnostics.door_test_compartments = doors
    enter(qtbot, app)
    result = run_test(qtbot, app, "cabinet")
    assert (result["state"], result["reason"]) == ("fail", "door_failed")
    assert result["values"]["doors"] == {doors[0]: "ok", doors[1]: "jammed"}


def test_staff_deposit_opens_a_compartment_and_reports_deposited(qtbot, diag_kiosk):
    from central.platform import Platform

    app = diag_kiosk("cabinet")
    simulator = app.backend.cabinet_simulator
    central = Platform(app.config.data_dir / "central" / "central.db")
    with central.db.read() as conn:
        app_id = conn.execute(
            "SELECT application_id FROM applications WHERE status = 'approved' AND id_number = ?",
            (ZHANG,),
        ).fetchone()[0]
    pickup = central.mark_ready_for_pickup(app_id, app.config.kiosk.id, "0-5")
    enter(qtbot, app)
    show_page(qtbot, app, "staff")
    pickup_button = f"diagPickup_{pickup['pickup_id']}"
    qtbot.waitUntil(lambda: app.find(pickup_button) is not None, timeout=TEST_MS)
    assert ZHANG not in json.dumps(app.diagnostics.pickups, ensure_ascii=False)
    tap(qtbot, app, pickup_button)
    tap(qtbot, app, "diagCompartment_0-5")
    tap(qtbot, app, "diagDeposit")
    qtbot.waitUntil(lambda: app.diagnostics.staffMessage == "deposit_open", timeout=TEST_MS)
    simulator.place_item(0, 5)
    simulator.close_door(0, 5)
    qtbot.waitUntil(lambda: app.diagnostics.staffMessage == "deposit_deposited", timeout=TEST_MS)
    qtbot.waitUntil(
        lambda: any(i.kind == "pickup_event" for i in app.backend.outbox.items()),
        timeout=STEP_MS,
    )
    qtbot.waitUntil(
        lambda: (
            central.pickups_for(app.config.kiosk.id)
            and any(
                p["pickup_id"] == pickup["pickup_id"] and p["status"] == "deposited"
                for p in central.pickups_for(app.config.kiosk.id)
            )
        ),
        timeout=TEST_MS,
    )


# ------------------------------------------------------------------------------ platform


def test_network_test_reaches_the_platform_and_measures_clock_skew(qtbot, diag_kiosk):
    app = diag_kiosk()
    enter(qtbot, app)
    result = run_test(qtbot, app, "network")
    assert result["state"] == "pass", result
    assert abs(result["values"]["clock_skew_s"]) < 5
    assert "round_trip_ms" in result["values"]


def test_disk_test_fails_below_the_threshold(qtbot, diag_kiosk):
    app = diag_kiosk(KIOSK__DIAGNOSTICS__MIN_FREE_MB="1000000000")
    enter(qtbot, app)
    result = run_test(qtbot, app, "disk")
    assert (result["state"], result["reason"]) == ("fail", "low_disk")


def test_retry_now_puts_dead_letters_back_in_the_queue(qtbot, diag_kiosk):
    app = diag_kiosk()
    outbox = app.backend.outbox
    item_ = outbox.enqueue("help", {"screen": "home", "visit_id": "v1"})
    assert outbox.mark_dead(item_.id, ("bad_request", "refused for the test"))
    enter(qtbot, app)
    show_page(qtbot, app, "outbox")
    qtbot.waitUntil(
        lambda: len(app.diagnostics.outbox.get("dead_letters", [])) == 1, timeout=STEP_MS
    )
    assert app.diagnostics.outbox["dead_letters"][0]["code"] == "bad_request"
    tap(qtbot, app, "diagOutboxRetry")
    qtbot.waitUntil(lambda: app.diagnostics.outboxMessage == "retried:1", timeout=STEP_MS)
    qtbot.waitUntil(
        lambda: outbox.get(item_.id).state in ("pending", "in_flight", "done"), timeout=STEP_MS
    )


def test_bundle_export_has_no_personal_data_and_masks_secrets(qtbot, diag_kiosk, tmp_path):
    import logging

    app = diag_kiosk("idcard")
    # Personal data that must never reach an export: in an outbox payload and in a log line.
    app.backend.outbox.enqueue("help", {"screen": "home", "visit_id": "v1", "note": ZHANG})
    logging.getLogger("test").warning("resident %s at the kiosk", ZHANG)
    app.simulators["idcard"].place_card("zhangsan")
    enter(qtbot, app)
    run_test(qtbot, app, "idcard")
    show_page(qtbot, app, "dashboard")
    tap(qtbot, app, "diagExportBundle")
    qtbot.waitUntil(lambda: app.diagnostics.exportState == "done", timeout=TEST_MS)
    path = Path(app.diagnostics.exportPath)
    assert path.parent == tmp_path / "usb"  # no stick mounted: the fallback directory
    with zipfile.ZipFile(path) as bundle:
        names = set(bundle.namelist())
        assert {
            "config.txt",
            "devices.json",
            "outbox_summary.json",
            "outbox_export.json",
            "audit.json",
            "selftests.json",
            "versions.json",
            "logs/kiosk.log",
        } <= names
        everything = "\n".join(bundle.read(n).decode("utf-8") for n in names)
        config_text = bundle.read("config.txt").decode("utf-8")
    assert ZHANG not in everything
    assert "张三" not in everything
    assert "diagnostics.pin_hash = ••••" in config_text
    assert "scrypt$" not in everything
    assert '"action": "diagnostics.selftest"' in everything


def test_pages_with_real_devices_fit_in_both_modes_and_languages(
    qtbot, diag_kiosk, record_property
):
    from tests.diagnostics.diag_support import StallMeter, layout_problems

    app = diag_kiosk("printer", "idcard", "cabinet")
    app.simulators["printer"].set_paper("low")
    app.simulators["idcard"].place_card("zhangsan")
    enter(qtbot, app)
    # Measure diagnostics' own stalls, not the first catalogue activation of start-up.
    qtbot.waitUntil(lambda: app.catalogue.property("ready"), timeout=START_MS)
    qtbot.wait(300)
    stalls = StallMeter()
    show_page(qtbot, app, "tests")
    for name in ("printer", "idcard", "network", "disk"):
        qtbot.waitUntil(lambda n=name: app.find(f"diagRun_{n}") is not None, timeout=STEP_MS)
        tap(qtbot, app, f"diagRun_{name}")
    qtbot.waitUntil(
        lambda: all(row(app, n)["state"] in ("pass", "fail") for n in ("printer", "idcard")),
        timeout=TEST_MS,
    )
    record_property("longest_gui_stall_ms", round(stalls.stop() * 1000))
    for page in ("dashboard", "tests", "outbox", "staff"):
        show_page(qtbot, app, page)
        qtbot.wait(400)
        for language in ("zh_CN", "en_US"):
            for elder in (False, True):
                app.state.setLanguage(language)
                app.state.setElderMode(elder)
                qtbot.wait(150)
                problems = layout_problems(app, item(app, "diagScreen"), elder)
                assert problems == [], f"{page} {language} elder={elder}"


def test_using_the_card_reader_for_entry_ends_a_visit_first(qtbot, diag_kiosk):
    from tests.diagnostics.diag_support import open_pin_pad

    app = diag_kiosk("idcard")
    app.router.go("search")
    session = app.sessions.current
    open_pin_pad(qtbot, app)
    tap(qtbot, app, "diagUseCard")
    qtbot.waitUntil(lambda: not app.diagnostics.checking, timeout=TEST_MS)
    assert app.diagnostics.pinMessage == "no_card"
    assert session is not None and not session.is_active
    assert app.router.currentScreen == "attract"
