"""Services whose device is not online show as temporarily unavailable, with the reason, and
come back by themselves: the real GA 467 driver against the ID-card simulator on a pty, unplugged
and plugged back (``inject("unplug")`` / ``clear``), with the real QML UI offscreen."""

from __future__ import annotations

import pytest

from kiosk.app import AppOptions
from tests.gui.conftest import item
from tests.gui.find_support import find_active

pytestmark = pytest.mark.gui

DEVICE_MS = 60_000  # opening the pty, the driver's poll interval, a busy 2-core machine


@pytest.fixture
def app(kiosk_factory, qtbot):
    kiosk = kiosk_factory(
        AppOptions(start_devices=True, start_network_probe=False, start_backend=False),
        KIOSK__DEVICES__PRESENCE__ENABLED="false",
        KIOSK__DEVICES__PRINTER__ENABLED="false",
        KIOSK__DEVICES__CABINET__ENABLED="false",
        KIOSK__DEVICES__CAMERA__ENABLED="false",
    )
    kiosk.catalogue.set_active(find_active())
    kiosk.state.setLanguage("en_US")
    kiosk.simulators["idcard"].remove_card()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: kiosk.features.is_available("progress_by_card"), timeout=DEVICE_MS)
    return kiosk


def reader(app):
    return app.simulators["idcard"]


def test_home_entry_shows_the_reader_unplugged_and_recovers(qtbot, app):
    app.router.home()
    qtbot.waitUntil(lambda: app.find("homeProgressReason") is not None)
    assert not item(app, "homeProgressReason").isVisible()
    reader(app).inject("unplug")
    qtbot.waitUntil(lambda: item(app, "homeProgressReason").isVisible(), timeout=DEVICE_MS)
    assert item(app, "homeProgressReason").property("text") == "Card reader unavailable"
    assert item(app, "homeProgressButton").isEnabled()  # by application number it still works
    reader(app).clear()
    qtbot.waitUntil(lambda: not item(app, "homeProgressReason").isVisible(), timeout=DEVICE_MS)


def test_bundle_apply_names_the_device_and_comes_back(qtbot, app):
    # Only services that need the ID card alone: a bundle whose services need no face check.
    app.features.update(app.devices.states())
    app.router.home()
    app.router.go("bundle", {"bundleId": "B01"})
    qtbot.waitUntil(lambda: app.find("bundleApplyReason") is not None)
    reason = item(app, "bundleApplyReason")
    # B01 needs a face check and this kiosk has no camera: the reason names it.
    qtbot.waitUntil(reason.isVisible)
    assert reason.property("text") == "Temporarily unavailable (Camera: Not connected)"
    reader(app).inject("unplug")
    qtbot.waitUntil(
        lambda: app.features.blocked.get("apply", {}).get("kind") == "idcard", timeout=DEVICE_MS
    )
    assert not item(app, "bundleApplyButton").isEnabled()
    reader(app).clear()
    qtbot.waitUntil(lambda: app.features.is_available("apply"), timeout=DEVICE_MS)


def test_guide_shows_why_applying_is_unavailable(qtbot, app):
    reader(app).inject("unplug")
    qtbot.waitUntil(lambda: not app.features.is_available("apply"), timeout=DEVICE_MS)
    app.router.home()
    app.router.go("guide", {"itemId": "3701-RSJ-0002"})
    qtbot.waitUntil(lambda: app.find("guideScreen") is not None)
    qtbot.wait(100)
    texts = " ".join(
        str(t.property("text"))
        for t in _texts(item(app, "guideScreen"))
        if "unavailable" in str(t.property("text")).lower()
    )
    assert "ID card reader" in texts or "Camera" in texts, texts
    reader(app).clear()
    qtbot.waitUntil(lambda: app.features.is_available("apply"), timeout=DEVICE_MS)


def _texts(root):
    from tests.gui.conftest import visible_items

    return [
        i
        for i in visible_items(root)
        if i.metaObject().className().startswith("QQuickText") and i.property("text")
    ]
