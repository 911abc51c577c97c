"""办件进度 end to end beyond the happy path: the reference platform on loopback (through a
fault-injecting TCP proxy, so it can be refused or answer 503), the real encrypted cache file,
the real outbox, the real camera driver reading a receipt's QR code from a file source, and the
real QML screens.

* a number looked up online, then with the platform unreachable or failing (5xx): the last
  known state under the offline banner; with nothing known: how else to check;
* the QR code printed on a receipt, shown to the camera, looks the application up;
* an application submitted on this kiosk and still in the outbox shows as waiting to be sent,
  by ID card and by the kiosk reference on its receipt.

Each wait is bounded; each test builds and closes its own kiosk.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from drivers.idcard.samples import sandbox_resident
from kiosk.app import AppOptions, KioskApp
from kiosk.config import load_config
from kiosk.flows.identity import IdentityTimeouts
from kiosk.flows.receipt_code import kiosk_reference, progress_base_url, receipt_qr_payload
from kiosk.logs import setup_logging, shutdown_logging
from kiosk.platform.http import HttpPlatform
from kiosk.services.stall import StallMonitor
from tests.e2e.journey_support import host_state, journey_env
from tests.e2e.test_identity_e2e import (
    START_MS,
    STEP_MS,
    phone_showing,
    place_card,
    text_of,
    wait_step,
)
from tests.gui.conftest import item, tap, visible_items
from tests.platform.faultproxy import FaultProxy

LOOKUP_MS = 30_000  # the platform answer, or the client's retries giving up, on a busy box


def zhao_id() -> str:
    return str(sandbox_resident("zhaoliu").id_number)


@pytest.fixture
def make_kiosk(qapp, qtbot, tmp_path: Path) -> Iterator[Callable[[], KioskApp]]:
    """A full kiosk: simulators, the reference platform on loopback, the real stores."""
    made: list[KioskApp] = []

    def build() -> KioskApp:
        config = load_config(env=journey_env(tmp_path, printer=False, cabinet=False))
        setup_logging(config.logging, console=False)
        options = AppOptions(
            headless=True, start_devices=True, start_backend=True, start_network_probe=False
        )
        app = KioskApp(config, options)
        made.append(app)
        app.simulators["idcard"].remove_card()  # type: ignore[attr-defined]  # no demo cycle
        qtbot.waitUntil(lambda: app.backend.platform is not None, timeout=START_MS)
        qtbot.waitUntil(lambda: app.backend.drain is not None, timeout=START_MS)
        qtbot.waitUntil(lambda: host_state(app, "idcard") == "online", timeout=START_MS)
        qtbot.waitUntil(lambda: host_state(app, "camera") == "online", timeout=START_MS)
        app.identity.timeouts = IdentityTimeouts(place_card_s=6, reading_s=10, verifying_s=20)
        return app

    yield build
    for app in made:
        app.close()
    shutdown_logging()


@pytest.fixture
def proxy() -> Iterator[list[FaultProxy]]:
    made: list[FaultProxy] = []
    yield made
    for p in made:
        p.close()


def through_proxy(app: KioskApp, made: list[FaultProxy]) -> FaultProxy:
    """Put a fault proxy between the progress screen and the reference platform."""
    direct = app.backend.platform
    port = urlsplit(app.backend.base_url).port
    fault = FaultProxy(port)
    made.append(fault)
    via = HttpPlatform(
        fault.url, direct.kiosk_id, direct._key, 2.0, 5.0, retries=1, retry_base_s=0.05
    )
    app.progress.platform = lambda: via
    return fault


def zhao_number(app: KioskApp) -> str:
    return str(app.backend.platform.query_applications(id_number=zhao_id())[0]["application_id"])


def look_up_on_keypad(qtbot, app: KioskApp, number: str) -> None:
    if app.find("progressByNumber") is not None and item(app, "progressByNumber").isVisible():
        tap(qtbot, app, "progressByNumber")
    else:
        tap(qtbot, app, "progressAnother")
    qtbot.waitUntil(lambda: item(app, "numberEntry").isVisible())
    tap(qtbot, app, "keyClear")
    for digit in number.removeprefix("SQ"):
        tap(qtbot, app, f"key_{digit}")
    tap(qtbot, app, "numberSearch")


def open_progress(qtbot, app: KioskApp) -> None:
    app.router.home()
    app.router.go("progress")
    qtbot.waitUntil(lambda: app.find("progressByNumber") is not None)


def settled(app: KioskApp) -> bool:
    return app.progress.state not in ("loading", "idle")


# ------------------------------------------------------------------------------ offline


def test_number_online_then_unreachable_shows_the_last_known_state(
    qtbot, make_kiosk, proxy, record_property
):
    app = make_kiosk()
    fault = through_proxy(app, proxy)
    number = zhao_number(app)
    open_progress(qtbot, app)
    look_up_on_keypad(qtbot, app, number)
    qtbot.waitUntil(lambda: settled(app), timeout=LOOKUP_MS)
    assert app.progress.state == "loaded" and not app.progress.offline
    online = app.progress.applications[0]
    assert not item(app, "offlineBanner").isVisible()

    fault.refuse()
    stalls = StallMonitor()
    stalls.start()
    started = time.perf_counter()
    look_up_on_keypad(qtbot, app, number)
    qtbot.waitUntil(lambda: settled(app), timeout=LOOKUP_MS)
    seconds = time.perf_counter() - started
    stall_ms = stalls.stop()["longest_ms"]
    record_property("offline_lookup_s", round(seconds, 3))
    record_property("offline_lookup_longest_gui_stall_ms", round(stall_ms, 1))
    print(f"\noffline lookup {seconds:.2f} s; longest GUI stall {stall_ms:.0f} ms")
    assert app.progress.state == "loaded"
    assert app.progress.offline
    shown = app.progress.applications[0]
    assert shown["applicationId"] == number
    assert (shown["status"], shown["itemName"]) == (online["status"], online["itemName"])
    assert shown["timeline"] == online["timeline"]
    qtbot.waitUntil(lambda: item(app, "offlineBanner").isVisible())
    assert app.progress.lastUpdated != ""
    assert app.progress.lastUpdated in text_of(app, "offlineBannerText")
    assert item(app, "applicationFetched").isVisible()


def test_a_platform_answering_503_shows_the_last_known_state(qtbot, make_kiosk, proxy):
    app = make_kiosk()
    fault = through_proxy(app, proxy)
    number = zhao_number(app)
    open_progress(qtbot, app)
    look_up_on_keypad(qtbot, app, number)
    qtbot.waitUntil(lambda: settled(app), timeout=LOOKUP_MS)
    assert not app.progress.offline
    fault.respond(503, {"error": {"code": "unavailable", "message": "maintenance"}}, None, 10)
    look_up_on_keypad(qtbot, app, number)
    qtbot.waitUntil(lambda: settled(app), timeout=LOOKUP_MS)
    assert app.progress.state == "loaded" and app.progress.offline
    assert fault.responded >= 1


def test_retry_after_the_platform_is_back_drops_the_banner(qtbot, make_kiosk, proxy):
    app = make_kiosk()
    fault = through_proxy(app, proxy)
    number = zhao_number(app)
    open_progress(qtbot, app)
    look_up_on_keypad(qtbot, app, number)
    qtbot.waitUntil(lambda: settled(app), timeout=LOOKUP_MS)
    fault.refuse()
    look_up_on_keypad(qtbot, app, number)
    qtbot.waitUntil(lambda: app.progress.offline, timeout=LOOKUP_MS)
    fault.allow()
    tap(qtbot, app, "progressRetry")
    qtbot.waitUntil(lambda: settled(app) and not app.progress.offline, timeout=LOOKUP_MS)
    assert app.progress.state == "loaded"
    assert not item(app, "offlineBanner").isVisible()


def test_nothing_known_offline_says_how_else_to_check(qtbot, make_kiosk, proxy):
    app = make_kiosk()
    fault = through_proxy(app, proxy)
    fault.refuse()
    open_progress(qtbot, app)
    look_up_on_keypad(qtbot, app, "SQ20261120000042")
    qtbot.waitUntil(lambda: settled(app), timeout=LOOKUP_MS)
    assert app.progress.state == "offline"
    qtbot.waitUntil(lambda: item(app, "progressMessage").isVisible())
    assert "12345" in text_of(app, "progressMessage")
    assert item(app, "progressRetry").isVisible()


def test_the_cache_file_holds_no_personal_data_in_clear(qtbot, make_kiosk, proxy):
    app = make_kiosk()
    through_proxy(app, proxy)
    number = zhao_number(app)
    answer = app.backend.platform.query_applications(application_id=number)[0]
    open_progress(qtbot, app)
    look_up_on_keypad(qtbot, app, number)
    qtbot.waitUntil(lambda: settled(app), timeout=LOOKUP_MS)
    data_dir = Path(app.config.data_dir)
    raw = b"".join(p.read_bytes() for p in data_dir.glob("cache.db*"))
    for secret in (number, answer["status_text"], answer["holder_hint"]):
        assert secret.encode() not in raw, secret


# ------------------------------------------------------------------------------ receipt QR


def test_the_qr_code_on_a_receipt_looks_the_application_up(qtbot, make_kiosk, tmp_path):
    from kiosk.services.device_host import DeviceHost

    app = make_kiosk()
    number = zhao_number(app)
    payload = receipt_qr_payload(number, progress_base_url(app.config.platform.guide_url))
    source = phone_showing(tmp_path / "receipt", payload)
    phone = DeviceHost.from_config("phone", "camera", "opencv", {"port": source, "fps": 15.0})
    phone.start()
    try:
        qtbot.waitUntil(lambda: phone.status["state"] == "online", timeout=STEP_MS)
        app.progress.attach_camera(phone)
        open_progress(qtbot, app)
        qtbot.waitUntil(lambda: item(app, "progressByQr").isEnabled(), timeout=STEP_MS)
        started = time.perf_counter()
        tap(qtbot, app, "progressByQr")
        qtbot.waitUntil(lambda: app.progress.state != "scanning", timeout=STEP_MS)
        qtbot.waitUntil(lambda: settled(app), timeout=LOOKUP_MS)
        print(f"\nreceipt shown → application listed {time.perf_counter() - started:.2f} s")
        assert app.progress.state == "loaded"
        assert app.progress.mode == "qr"
        assert app.progress.applications[0]["applicationId"] == number
        assert not app.camera.active  # the camera is released once the code is read
    finally:
        phone.stop()


# ------------------------------------------------------------------------------ queued here


def queue_application(app: KioskApp, id_number: str, key: str) -> Any:
    """What the apply journey writes (offline_cache.outbox, kind application), with the drain
    stopped so it stays queued as with the network down."""
    app.backend.drain.stop()
    payload = {
        "item_id": "3701-RSJ-0001",
        "visit_id": "e2e",
        "bundle_id": None,
        "applicant": {"name": "赵六", "id_number": id_number, "phone": "13800000004"},
        "form": {},
        "materials": [],
        "delivery": {"method": "cabinet"},
        "signature_sha256": "0" * 64,
        "submitted_at": dt.datetime.now().astimezone().isoformat(),
    }
    done: list[Any] = []
    assert app.backend.submit("application", payload, idempotency_key=key, on_done=done.append)
    deadline = time.monotonic() + 10
    while not done and time.monotonic() < deadline:
        time.sleep(0.02)
    return done[0].result()


def test_an_application_queued_here_shows_when_the_holder_uses_the_card(qtbot, make_kiosk):
    app = make_kiosk()
    key = "e2e-queued-0000000001"
    item_ = queue_application(app, zhao_id(), key)
    reference = kiosk_reference(
        app.config.kiosk.id, key, dt.datetime.fromtimestamp(item_.created_ts).date()
    )
    qtbot.waitUntil(lambda: app.catalogue.property("ready"), timeout=START_MS)  # item names
    open_progress(qtbot, app)
    tap(qtbot, app, "progressByCard")
    qtbot.waitUntil(lambda: app.router.currentScreen == "identityConsent")
    tap(qtbot, app, "action_agree")
    wait_step(qtbot, app, "place_card")
    place_card(qtbot, app, "zhaoliu", "verified")
    qtbot.waitUntil(lambda: app.find("application_0") is not None, timeout=LOOKUP_MS)
    queued = [a for a in app.progress.applications if a["queued"]]
    assert [q["applicationId"] for q in queued] == [reference]
    assert queued[0]["status"] == "queued"
    assert queued[0]["itemName"]  # from the catalogue
    assert len(app.progress.applications) > 1  # and the platform's own
    # Every card of the list has an "applicationQueued" line; the queued one shows it.
    qtbot.waitUntil(
        lambda: any(
            i.objectName() == "applicationQueued" for i in visible_items(app.window.contentItem())
        ),
        timeout=LOOKUP_MS,
    )


def test_a_queued_application_is_found_by_its_kiosk_reference_offline(qtbot, make_kiosk, proxy):
    app = make_kiosk()
    key = "e2e-queued-0000000002"
    item_ = queue_application(app, zhao_id(), key)
    fault = through_proxy(app, proxy)
    fault.refuse()
    reference = kiosk_reference(
        app.config.kiosk.id, key, dt.datetime.fromtimestamp(item_.created_ts).date()
    )
    open_progress(qtbot, app)
    app.progress.queryNumber(reference)
    qtbot.waitUntil(lambda: settled(app), timeout=LOOKUP_MS)
    assert app.progress.state == "loaded"
    assert [a["applicationId"] for a in app.progress.applications] == [reference]
    assert app.progress.queuedCount == 1
