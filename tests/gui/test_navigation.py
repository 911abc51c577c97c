"""The resident's first steps through the real QML UI: attract → home → search → back."""

from __future__ import annotations

from tests.gui.conftest import item, tap


def test_touch_on_attract_opens_home(qtbot, kiosk):
    assert kiosk.router.currentScreen == "attract"
    tap(qtbot, kiosk, "attractTouchArea")
    qtbot.waitUntil(lambda: kiosk.router.currentScreen == "home")
    assert item(kiosk, "homeScreen").isVisible()


def test_search_field_opens_search_with_focus_and_keyboard(qtbot, kiosk):
    kiosk.router.home()
    qtbot.waitUntil(lambda: kiosk.find("homeSearchField") is not None)
    tap(qtbot, kiosk, "homeSearchField")
    qtbot.waitUntil(lambda: kiosk.router.currentScreen == "search")
    qtbot.waitUntil(lambda: kiosk.find("inputPanel") is not None)
    assert item(kiosk, "searchField").hasActiveFocus()


def test_back_from_search_returns_home(qtbot, kiosk):
    kiosk.router.home()
    kiosk.router.go("search")
    qtbot.waitUntil(lambda: kiosk.find("searchScreen") is not None)
    tap(qtbot, kiosk, "backButton")
    qtbot.waitUntil(lambda: kiosk.router.currentScreen == "home")


def test_keyboard_is_prepared_in_the_background_and_hidden_on_home(qtbot, kiosk):
    kiosk.router.home()
    qtbot.waitUntil(lambda: kiosk.find("homeScreen") is not None)
    loader = item(kiosk, "keyboardLoader")
    assert not loader.isVisible()
    qtbot.waitUntil(lambda: loader.property("item") is not None, timeout=10_000)
    assert not loader.isVisible()  # created, kept, not shown


def test_keyboard_is_kept_after_a_text_screen(qtbot, kiosk):
    kiosk.router.home()
    kiosk.router.go("search")
    qtbot.waitUntil(lambda: item(kiosk, "keyboardLoader").isVisible())
    panel = item(kiosk, "keyboardLoader").property("item")
    assert panel is not None
    kiosk.router.home()
    qtbot.waitUntil(lambda: not item(kiosk, "keyboardLoader").isVisible())
    assert item(kiosk, "keyboardLoader").property("item") == panel  # not created again


def test_home_button_from_category_returns_home(qtbot, kiosk):
    kiosk.router.home()
    qtbot.waitUntil(lambda: kiosk.find("tile_social_security") is not None)
    tap(qtbot, kiosk, "tile_social_security")
    qtbot.waitUntil(lambda: kiosk.router.currentScreen == "category")
    assert item(kiosk, "categoryTitle").property("text") == "社保"
    tap(qtbot, kiosk, "homeButton")
    qtbot.waitUntil(lambda: kiosk.router.currentScreen == "home")


def test_category_says_catalogue_is_missing(qtbot, kiosk):
    kiosk.router.home()
    kiosk.router.go("category", {"theme": "housing_fund"})
    qtbot.waitUntil(lambda: kiosk.find("catalogueEmpty") is not None)
    assert item(kiosk, "catalogueEmpty").isVisible()


def test_end_visit_returns_to_attract_and_wipes_session(qtbot, kiosk):
    tap(qtbot, kiosk, "attractTouchArea")
    qtbot.waitUntil(lambda: kiosk.router.currentScreen == "home")
    session = kiosk.sessions.current
    assert session is not None and session.is_active
    tap(qtbot, kiosk, "endButton")
    qtbot.waitUntil(lambda: kiosk.router.currentScreen == "attract")
    assert not session.is_active
    assert kiosk.sessions.current is None


def test_nav_bar_hidden_on_attract(qtbot, kiosk):
    assert not item(kiosk, "navBar").isVisible()
    kiosk.router.home()
    qtbot.waitUntil(lambda: item(kiosk, "navBar").isVisible())


def test_help_button_opens_help_dialog(qtbot, kiosk):
    tap(qtbot, kiosk, "helpButton")
    qtbot.waitUntil(lambda: item(kiosk, "helpDialog").isVisible())
    tap(qtbot, kiosk, "helpCloseButton")
    qtbot.waitUntil(lambda: not item(kiosk, "helpDialog").isVisible())


def test_help_request_is_logged_without_personal_data(qtbot, kiosk):
    with qtbot.waitSignal(kiosk.state.helpRequested):
        tap(qtbot, kiosk, "helpButton")
    log_text = (kiosk.config.log_dir / "kiosk.log").read_text(encoding="utf-8")
    assert "help requested" in log_text


def test_maintenance_shows_out_of_service(qtbot, kiosk):
    kiosk.router.home()
    kiosk.state.setMaintenance(True)
    qtbot.waitUntil(lambda: kiosk.find("outOfServiceScreen") is not None)
    assert kiosk.router.currentScreen == "outOfService"
    assert kiosk.sessions.current is None


def test_leaving_maintenance_returns_to_attract(qtbot, kiosk):
    kiosk.state.setMaintenance(True)
    qtbot.waitUntil(lambda: kiosk.router.currentScreen == "outOfService")
    kiosk.state.setMaintenance(False)
    qtbot.waitUntil(lambda: kiosk.router.currentScreen == "attract")


def test_qml_loads_without_warnings(qtbot, kiosk):
    for screen in ("home", "search", "category"):
        if screen == "home":
            kiosk.router.home()
        else:
            kiosk.router.go(screen, {"theme": "tax"})
        qtbot.waitUntil(lambda s=screen: kiosk.find(f"{s}Screen") is not None)
    assert kiosk.qml_warnings == []
