"""Finding a service in the real QML UI: the home hot list, the "一件事" bundles and one bundle,
and that a site's hidden services show nowhere (hot list, search, theme lists, bundles)."""

from __future__ import annotations

import pytest

from tests.gui.conftest import item, tap, visible_items, visible_texts
from tests.gui.find_support import HIDDEN_ID, find_active

pytestmark = pytest.mark.gui


@pytest.fixture
def app(kiosk):
    kiosk.catalogue.set_active(find_active())
    kiosk.state.setLanguage("en_US")  # assertions read the English chrome
    return kiosk


def names(app, container: str, object_name: str) -> list[str]:
    root = item(app, container)
    return [t.property("text") for t in visible_items(root) if t.objectName() == object_name]


def home(qtbot, app) -> None:
    app.router.home()
    qtbot.waitUntil(lambda: app.find("homeHot") is not None and item(app, "homeHot").isVisible())


def test_home_shows_up_to_six_hot_services_without_hidden_ones(qtbot, app):
    home(qtbot, app)
    qtbot.waitUntil(lambda: len(names(app, "homeHotList", "hotName")) == 6)
    shown = names(app, "homeHotList", "hotName")
    assert shown[:2] == ["社会保障卡申领", "住房公积金提取（购房）"]  # the site's order
    assert "结婚登记预约" not in shown


def test_tapping_a_hot_service_opens_its_guide(qtbot, app):
    home(qtbot, app)
    qtbot.waitUntil(lambda: app.find("hot_3701-GJJ-0001") is not None)
    tap(qtbot, app, "hot_3701-GJJ-0001")
    qtbot.waitUntil(lambda: app.router.currentScreen == "guide")
    assert app.router.currentParams["itemId"] == "3701-GJJ-0001"


def test_elder_home_leaves_the_hot_list_to_the_search_screen(qtbot, app):
    home(qtbot, app)
    app.state.setElderMode(True)
    qtbot.waitUntil(lambda: not item(app, "homeHot").isVisible())
    assert item(app, "themeGrid").isVisible()


def test_life_events_entry_lists_the_bundles(qtbot, app):
    home(qtbot, app)
    tap(qtbot, app, "homeBundlesButton")
    qtbot.waitUntil(lambda: app.router.currentScreen == "bundles")
    qtbot.waitUntil(lambda: len(names(app, "bundlesGrid", "bundleName")) == 3)
    assert names(app, "bundlesGrid", "bundleName") == ["新生儿出生", "社保卡补办", "结婚生育"]


def test_life_events_entry_hidden_without_a_catalogue(qtbot, kiosk):
    kiosk.router.home()
    qtbot.waitUntil(lambda: kiosk.find("homeBundlesButton") is not None)
    assert not item(kiosk, "homeBundlesButton").isVisible()


def open_bundle(qtbot, app, bundle_id: str) -> None:
    app.router.home()
    app.router.go("bundles")
    qtbot.waitUntil(lambda: app.find(f"bundle_{bundle_id}") is not None)
    tap(qtbot, app, f"bundle_{bundle_id}")
    qtbot.waitUntil(lambda: app.router.currentScreen == "bundle")
    qtbot.waitUntil(lambda: app.find("bundleItems") is not None)


def test_bundle_lists_its_services_with_their_marks(qtbot, app):
    open_bundle(qtbot, app, "B02")
    qtbot.waitUntil(lambda: len(names(app, "bundleItems", "bundleItemName")) == 2)
    assert names(app, "bundleItems", "bundleItemName") == ["社会保障卡挂失", "社会保障卡补换"]
    assert names(app, "bundleItems", "bundleItemMode") == ["Self-service", "Guide only"]
    assert item(app, "bundleTitle").property("text") == "社保卡补办"


def test_a_bundle_service_opens_its_guide(qtbot, app):
    open_bundle(qtbot, app, "B01")
    tap(qtbot, app, "bundleItem_3701-RSJ-0001")
    qtbot.waitUntil(lambda: app.router.currentScreen == "guide")
    assert app.router.currentParams["itemId"] == "3701-RSJ-0001"
    app.router.back()
    qtbot.waitUntil(lambda: app.router.currentScreen == "bundle")


def test_guide_only_service_disables_apply_for_all_with_the_reason(qtbot, app):
    open_bundle(qtbot, app, "B02")
    button = item(app, "bundleApplyButton")
    qtbot.waitUntil(lambda: not button.isEnabled())
    reason = item(app, "bundleApplyReason").property("text")
    assert "cannot be completed at a self-service kiosk" in reason


def test_hidden_service_is_left_out_of_its_bundle_and_apply_is_disabled(qtbot, app):
    open_bundle(qtbot, app, "B03")
    qtbot.waitUntil(lambda: len(names(app, "bundleItems", "bundleItemName")) == 1)
    assert names(app, "bundleItems", "bundleItemName") == ["高龄津贴申领"]
    assert not item(app, "bundleApplyButton").isEnabled()
    assert "not offered at this kiosk" in item(app, "bundleApplyReason").property("text")


def test_apply_for_all_starts_the_bundle_when_everything_can_run(qtbot, app):
    # B01's services need the ID card and a face check: both devices working.
    for kind in ("idcard", "camera"):
        app.devices.add_device(kind, kind)
        app.devices.on_status(kind, {"state": "online", "sub": {}, "detail": ""})
    open_bundle(qtbot, app, "B01")
    button = item(app, "bundleApplyButton")
    if app.find("bundleApplyReason") is not None and item(app, "bundleApplyReason").isVisible():
        reason = item(app, "bundleApplyReason").property("text")
        pytest.skip(f"applying is not available in this build: {reason}")
    qtbot.waitUntil(button.isEnabled)
    tap(qtbot, app, "bundleApplyButton")
    qtbot.waitUntil(lambda: app.router.currentScreen != "bundle", timeout=5000)


def test_unknown_bundle_says_so(qtbot, app):
    app.router.home()
    app.router.go("bundle", {"bundleId": "NOPE"})
    qtbot.waitUntil(lambda: app.find("bundleMissing") is not None)
    assert item(app, "bundleMissing").isVisible()


def test_search_never_returns_a_hidden_service(qtbot, app):
    app.router.home()
    app.router.go("search")
    qtbot.waitUntil(lambda: app.find("searchField") is not None)
    item(app, "searchField").setProperty("text", "结婚")
    qtbot.waitUntil(lambda: app.catalogue.query == "结婚")
    texts = [t.property("text") for t in visible_texts(app)]
    assert "结婚登记预约" not in texts
    assert HIDDEN_ID not in {r["itemId"] for r in app.catalogue._results.rows()}


def test_theme_list_never_shows_a_hidden_service(qtbot, app):
    app.router.home()
    app.router.go("category", {"theme": "civil_affairs", "audience": "personal"})
    qtbot.waitUntil(lambda: len(names(app, "categoryList", "serviceName")) == 1)
    assert names(app, "categoryList", "serviceName") == ["高龄津贴申领"]


@pytest.mark.parametrize("language", ["zh_CN", "en_US"])
@pytest.mark.parametrize("elder", [False, True])
@pytest.mark.parametrize("screen", ["home", "bundles", "bundle"])
def test_find_screens_fit_in_both_modes_and_languages(qtbot, app, screen, language, elder):
    app.router.home()
    if screen == "bundles":
        app.router.go("bundles")
    elif screen == "bundle":
        app.router.go("bundle", {"bundleId": "B02"})
    qtbot.waitUntil(lambda: app.find(f"{screen}Screen") is not None)
    app.state.setLanguage(language)
    app.state.setElderMode(elder)
    qtbot.wait(80)
    texts = visible_texts(app)
    floor = 40 if elder else 24
    assert min(t.property("font").pixelSize() for t in texts) >= floor
    assert [t.property("text") for t in texts if t.property("truncated")] == []
    touch = 60 if elder else 44
    for name in ("homeBundlesButton", "bundleApplyButton", "homeHot", "voiceButton"):
        found = app.find(name)
        if found is not None and found.isVisible() and name != "homeHot":
            assert found.width() >= touch and found.height() >= touch, name
