"""办件进度 through the real QML UI: the receipt QR code (scanning, a code that is not a
receipt's, timeout, camera not working), the offline last known state with its banner, and
applications waiting in this kiosk's queue: every state in both modes and both languages meets
the text and touch minimums and cuts nothing off; the messages and buttons are the right ones."""

from __future__ import annotations

import pytest

from tests.gui.conftest import item, tap, visible_items
from tests.gui.progress_support import MORE_SCENES, OfflineStores, StandInHost, show_more
from tests.gui.test_identity_screens import check_layout, settle


@pytest.fixture
def stores(tmp_path):
    made = OfflineStores(tmp_path / "stores")
    yield made
    made.close()


def show(qtbot, kiosk, stores, scene: str, host=None) -> None:
    # English: the Chinese of new strings is merged into i18n/*.ts by the lead later.
    kiosk.state.setLanguage("en_US")
    show_more(kiosk, scene, stores, lambda c: qtbot.waitUntil(c, timeout=10_000), host)
    settle(qtbot, kiosk)


def text_of(kiosk, name: str) -> str:
    return str(item(kiosk, name).property("text"))


@pytest.mark.parametrize("scene", MORE_SCENES)
def test_progress_more_scene_layout(qtbot, kiosk, stores, scene):
    show(qtbot, kiosk, stores, scene)
    check_layout(qtbot, kiosk)


def test_three_big_choices(qtbot, kiosk, stores):
    show(qtbot, kiosk, stores, "progress_chooser")
    for name in ("progressByCard", "progressByNumber", "progressByQr"):
        assert item(kiosk, name).isVisible()
        assert item(kiosk, name).isEnabled()
        assert item(kiosk, name).height() >= 200


def test_the_qr_way_is_unavailable_with_the_reason_when_the_camera_is_off(qtbot, kiosk, stores):
    show(qtbot, kiosk, stores, "progress_qr_blocked")
    assert not item(kiosk, "progressByQr").isEnabled()
    assert "Camera" in text_of(kiosk, "progressByQrReason")
    assert item(kiosk, "progressByNumber").isEnabled()


def test_tapping_scan_shows_the_camera_and_the_countdown(qtbot, kiosk, stores):
    show(qtbot, kiosk, stores, "progress_chooser")
    tap(qtbot, kiosk, "progressByQr")
    qtbot.waitUntil(lambda: kiosk.progress.state == "scanning")
    assert item(kiosk, "receiptCameraPreview").isVisible()
    assert "60" in text_of(kiosk, "receiptScanRemaining")
    tap(qtbot, kiosk, "receiptScanCancel")
    qtbot.waitUntil(lambda: kiosk.progress.state == "idle")
    assert item(kiosk, "progressByQr").isVisible()


def test_a_code_that_is_not_a_receipt_keeps_scanning_with_a_hint(qtbot, kiosk, stores):
    show(qtbot, kiosk, stores, "progress_scan_not_receipt")
    assert kiosk.progress.state == "scanning"
    assert item(kiosk, "receiptScanHint").isVisible()
    assert "not from a receipt" in text_of(kiosk, "receiptScanHint")


def test_a_receipt_code_looks_the_application_up(qtbot, kiosk, stores):
    show(qtbot, kiosk, stores, "progress_qr_loaded")
    assert kiosk.progress.mode == "qr"
    assert kiosk.progress.applications[0]["applicationId"] == "SQ20261120000042"
    assert item(kiosk, "progressScanAnother").isVisible()
    assert not kiosk.camera.active  # the camera was released once the code was read


def test_no_code_in_time_says_how_to_go_on(qtbot, kiosk, stores):
    show(qtbot, kiosk, stores, "progress_scan_timeout")
    assert "type the number" in text_of(kiosk, "progressMessage")
    assert item(kiosk, "progressRetry").isVisible()
    assert item(kiosk, "progressOtherWay").isVisible()
    assert not kiosk.camera.active


def test_the_camera_failing_while_scanning_says_so(qtbot, kiosk, stores):
    host = StandInHost()
    show(qtbot, kiosk, stores, "progress_scanning", host)
    host.set_state("hardware_error")
    qtbot.waitUntil(lambda: kiosk.progress.state == "camera_unavailable")
    assert "camera is not working" in text_of(kiosk, "progressMessage")


def test_offline_shows_the_last_known_state_under_a_banner(qtbot, kiosk, stores):
    show(qtbot, kiosk, stores, "progress_offline_cached")
    assert item(kiosk, "offlineBanner").isVisible()
    assert "Offline" in text_of(kiosk, "offlineBannerText")
    assert kiosk.progress.lastUpdated in text_of(kiosk, "offlineBannerText")
    assert item(kiosk, "applicationFetched").isVisible()
    assert item(kiosk, "progressRetry").isVisible()


def test_retry_when_the_platform_is_back_drops_the_banner(qtbot, kiosk, stores):
    from tests.gui.identity_support import APPLICATIONS, FixedPlatform

    show(qtbot, kiosk, stores, "progress_offline_cached")
    kiosk.progress.platform = lambda: FixedPlatform(APPLICATIONS)
    tap(qtbot, kiosk, "progressRetry")
    qtbot.waitUntil(lambda: kiosk.progress.state == "loaded" and not kiosk.progress.offline)
    assert not item(kiosk, "offlineBanner").isVisible()


def test_a_queued_application_is_listed_as_waiting(qtbot, kiosk, stores):
    show(qtbot, kiosk, stores, "progress_offline_queued")
    assert kiosk.progress.queuedCount == 1
    queued = [a for a in kiosk.progress.applications if a["queued"]]
    assert queued[0]["applicationId"].startswith("K0001")
    assert queued[0]["itemName"] == "社会保障卡申领"
    shown = [
        str(kiosk.find(f"application_{i}").property("objectName"))
        for i in range(kiosk.progress.count)
    ]
    assert len(shown) == 3


def test_an_application_the_platform_refused_says_see_staff(qtbot, kiosk, stores):
    show(qtbot, kiosk, stores, "progress_not_accepted")
    refused = [a for a in kiosk.progress.applications if a["notAccepted"]]
    assert [a["status"] for a in refused] == ["not_accepted"]
    assert refused[0]["applicationId"].startswith("K0001")
    assert kiosk.progress.queuedCount == 0  # nothing will be sent on its own
    assert refused[0]["refusal"] == "invalid_form"
    # every card has the line; only the refused one shows it
    shown = [
        i
        for i in visible_items(kiosk.window.contentItem())
        if i.objectName() == "applicationNotAccepted"
    ]
    assert len(shown) == 1


def test_nothing_known_offline_says_how_else(qtbot, kiosk, stores):
    show(qtbot, kiosk, stores, "progress_offline_nothing")
    assert "12345" in text_of(kiosk, "progressMessage")
    assert not item(kiosk, "offlineBanner").isVisible()


def test_a_new_visit_does_not_see_the_last_answers(qtbot, kiosk, stores):
    show(qtbot, kiosk, stores, "progress_offline_cached")
    kiosk.router.reset("cancelled")
    qtbot.waitUntil(lambda: kiosk.progress.state == "idle")
    assert kiosk.progress.applications == []
    assert not kiosk.progress.offline
