"""Search, theme lists and the service guide in the real QML UI, offscreen.

The kiosk is built as the lead's wiring will build it: a ``CatalogueViewModel`` registered as
the ``Catalogue`` singleton and ``guide`` among the router's screens (both patched in here
until app.py and router.py carry them).
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Callable

import pytest

import kiosk.app as app_module
import screens.viewmodels.router as router_module
from kiosk.app import KioskApp
from kiosk.catalogue.models import encode, parse_catalogue
from kiosk.catalogue.search import SearchIndex
from kiosk.catalogue.sync import ActiveCatalogue, CatalogueSync
from offline_cache.store import Store
from screens.viewmodels.catalogue import CatalogueViewModel
from tests.catalogue.factory import make_catalogue, row
from tests.catalogue.test_sync import ScriptedPlatform, full
from tests.gui.conftest import item, tap, visible_items, visible_texts

pytestmark = pytest.mark.gui


@pytest.fixture(scope="module")
def active() -> ActiveCatalogue:
    payload = encode(make_catalogue())
    catalogue = parse_catalogue(payload)
    sha = hashlib.sha256(payload).hexdigest()
    index = SearchIndex(catalogue)
    return ActiveCatalogue(catalogue, index, '"v1"', "2026-11-22T06:00:00+00:00", sha, payload)


@pytest.fixture
def build(kiosk_factory, monkeypatch) -> Callable[..., tuple[KioskApp, CatalogueViewModel]]:
    monkeypatch.setattr(router_module, "SCREENS", router_module.SCREENS | {"guide"})

    def make(active: ActiveCatalogue | None = None, loading: bool = False):
        vm = CatalogueViewModel(loading=loading)
        expose = app_module._expose_to_qml
        monkeypatch.setattr(
            app_module, "_expose_to_qml", lambda objs: expose({**objs, "Catalogue": vm})
        )
        app = kiosk_factory()
        if active is not None:
            vm.set_active(active)
        return app, vm

    return make


@pytest.fixture
def kiosk_with_catalogue(build, active):
    return build(active)


def open_search(qtbot, app: KioskApp) -> None:
    app.router.home()
    app.router.go("search")
    qtbot.waitUntil(lambda: app.find("searchField") is not None)
    qtbot.waitUntil(lambda: item(app, "searchField").hasActiveFocus())


def result_names(app: KioskApp) -> list[str]:
    view = item(app, "searchResults")
    return [t.property("text") for t in visible_items(view) if t.objectName() == "serviceName"]


def type_text(qtbot, app: KioskApp, text: str) -> None:
    for ch in text:
        qtbot.keyClick(app.window, ch)


# -- search --------------------------------------------------------------------------------------
def test_typing_initials_shows_results_as_you_type(qtbot, kiosk_with_catalogue):
    app, vm = kiosk_with_catalogue
    open_search(qtbot, app)
    type_text(qtbot, app, "sbk")
    qtbot.waitUntil(lambda: vm.query == "sbk")
    qtbot.waitUntil(lambda: result_names(app)[:1] == ["社会保障卡申领"])


def test_empty_search_lists_popular_services(qtbot, kiosk_with_catalogue):
    app, _vm = kiosk_with_catalogue
    open_search(qtbot, app)
    qtbot.waitUntil(lambda: len(result_names(app)) == 3)
    assert result_names(app)[0] == "社会保障卡申领"
    assert item(app, "searchHeading").isVisible()


def test_rows_show_department_and_mode_badge(qtbot, kiosk_with_catalogue):
    app, _vm = kiosk_with_catalogue
    app.state.setLanguage("en_US")  # the assertions read the English texts
    open_search(qtbot, app)
    item(app, "searchField").setProperty("text", "社会保障卡")
    qtbot.waitUntil(lambda: len(result_names(app)) == 3)
    texts = {
        t.property("text")
        for t in visible_items(item(app, "searchResults"))
        if t.metaObject().className().startswith("QQuickText")
    }
    assert "人力资源和社会保障局" in texts
    assert {"Self-service", "Guide only"} <= texts


def test_no_results_state_with_a_hint(qtbot, kiosk_with_catalogue):
    app, _vm = kiosk_with_catalogue
    open_search(qtbot, app)
    item(app, "searchField").setProperty("text", "xqxqxq")
    qtbot.waitUntil(lambda: item(app, "searchNoResults").isVisible())
    assert not item(app, "searchResults").isVisible()
    assert app.find("catalogueEmpty") is None or not item(app, "catalogueEmpty").isVisible()


def test_hidden_item_is_not_listed(qtbot, kiosk_with_catalogue):
    app, _vm = kiosk_with_catalogue
    open_search(qtbot, app)
    item(app, "searchField").setProperty("text", "结婚登记")
    qtbot.waitUntil(lambda: item(app, "searchNoResults").isVisible())
    assert "结婚登记预约" not in result_names(app)


def test_empty_state_only_when_the_catalogue_is_missing(qtbot, build):
    app, vm = build(None)
    vm.on_status(type("S", (), {"last_success_at": None, "last_error": "unreachable"})())
    open_search(qtbot, app)
    qtbot.waitUntil(lambda: item(app, "catalogueEmpty").isVisible())
    assert not item(app, "searchNoResults").isVisible()


def test_loading_state_before_the_first_load(qtbot, build):
    app, _vm = build(None, loading=True)
    open_search(qtbot, app)
    qtbot.waitUntil(lambda: item(app, "searchLoading").isVisible())
    assert app.find("catalogueEmpty") is None or not item(app, "catalogueEmpty").isVisible()


# -- guide -----------------------------------------------------------------------------------------
def open_guide_from_search(qtbot, app: KioskApp, query: str) -> None:
    open_search(qtbot, app)
    item(app, "searchField").setProperty("text", query)
    qtbot.waitUntil(lambda: app.find("result_0") is not None)
    tap(qtbot, app, "result_0")
    qtbot.waitUntil(lambda: app.router.currentScreen == "guide")
    qtbot.waitUntil(lambda: app.find("guideTitle") is not None)


def test_tapping_a_result_opens_its_guide_with_materials(qtbot, kiosk_with_catalogue):
    app, _vm = kiosk_with_catalogue
    open_guide_from_search(qtbot, app, "sbk")
    assert app.router.currentParams == {"itemId": "3701-RSJ-0001"}
    assert item(app, "guideTitle").property("text") == "社会保障卡申领"
    materials = [
        t.property("text")
        for t in visible_items(item(app, "guideMaterials"))
        if t.objectName() == "materialName"
    ]
    assert materials[0].startswith("1. 居民身份证")
    assert "近期免冠彩色照片" in materials[1]


def test_guide_marks_ecert_and_commitment(qtbot, kiosk_with_catalogue):
    app, _vm = kiosk_with_catalogue
    open_guide_from_search(qtbot, app, "sbk")
    marks = {
        t.objectName()
        for t in visible_items(item(app, "guideMaterials"))
        if t.objectName() in {"materialEcert", "materialTolerance"}
    }
    assert marks == {"materialEcert", "materialTolerance"}


def test_guide_shows_a_qr_code(qtbot, kiosk_with_catalogue):
    app, _vm = kiosk_with_catalogue
    open_guide_from_search(qtbot, app, "sbk")
    qr = item(app, "guideQr")
    assert qr.property("source").toString().startswith("data:image/png;base64,")
    qtbot.waitUntil(lambda: qr.implicitWidth() > 0)  # decoded


def test_print_and_apply_are_disabled_with_a_reason(qtbot, kiosk_with_catalogue):
    app, _vm = kiosk_with_catalogue
    app.state.setLanguage("en_US")  # the assertions read the English texts
    open_guide_from_search(qtbot, app, "sbk")
    assert not item(app, "printGuideButton").isEnabled()
    assert item(app, "printGuideNote").isVisible()
    start = item(app, "startApplicationButton")
    # No ID-card reader in this kiosk: applying is blocked, and the note names the device.
    assert start.isVisible() and not start.isEnabled()
    assert item(app, "startApplicationNote").isVisible()
    assert "Temporarily unavailable" in item(app, "startApplicationNote").property("text")


def test_guide_only_item_has_no_start_button(qtbot, kiosk_with_catalogue):
    app, _vm = kiosk_with_catalogue
    app.state.setLanguage("en_US")  # the assertions read the English texts
    app.router.home()
    app.router.go("guide", {"itemId": "3701-GAJ-0001"})
    qtbot.waitUntil(lambda: app.find("guideTitle") is not None)
    assert not item(app, "startApplicationButton").isVisible()
    assert "cannot be completed" in item(app, "applyNote").property("text")


def test_back_from_guide_keeps_the_search(qtbot, kiosk_with_catalogue):
    app, _vm = kiosk_with_catalogue
    open_guide_from_search(qtbot, app, "gjj")
    tap(qtbot, app, "backButton")
    qtbot.waitUntil(lambda: app.router.currentScreen == "search")
    qtbot.waitUntil(lambda: app.find("searchField") is not None)
    assert item(app, "searchField").property("text") == "gjj"
    qtbot.waitUntil(lambda: result_names(app)[:1] == ["住房公积金提取（购房）"])


def test_unknown_item_says_so(qtbot, kiosk_with_catalogue):
    app, _vm = kiosk_with_catalogue
    app.router.home()
    app.router.go("guide", {"itemId": "3701-MZJ-0001"})  # hidden at this site
    qtbot.waitUntil(lambda: app.find("guideMissing") is not None)
    assert item(app, "guideMissing").isVisible()


def test_guide_content_scrolls(qtbot, kiosk_with_catalogue):
    app, _vm = kiosk_with_catalogue
    app.state.setElderMode(True)
    app.router.home()
    app.router.go("guide", {"itemId": "3701-RSJ-0001"})
    qtbot.waitUntil(lambda: app.find("guideScroll") is not None)
    scroll = item(app, "guideScroll")
    qtbot.waitUntil(lambda: scroll.property("contentHeight") > scroll.height())


# -- category ------------------------------------------------------------------------------------
def category_names(app: KioskApp) -> list[str]:
    return [
        t.property("text")
        for t in visible_items(item(app, "categoryList"))
        if t.objectName() == "serviceName"
    ]


def test_category_lists_its_items_hot_first(qtbot, kiosk_with_catalogue):
    app, _vm = kiosk_with_catalogue
    app.router.home()
    qtbot.waitUntil(lambda: app.find("tile_social_security") is not None)
    tap(qtbot, app, "tile_social_security")
    qtbot.waitUntil(lambda: app.router.currentScreen == "category")
    qtbot.waitUntil(lambda: len(category_names(app)) >= 4)
    names = category_names(app)
    assert names[0] == "社会保障卡申领"
    assert "城镇职工基本养老保险参保登记" in names


def test_category_does_not_list_hidden_items(qtbot, kiosk_with_catalogue):
    app, _vm = kiosk_with_catalogue
    app.router.home()
    app.router.go("category", {"theme": "civil_affairs", "audience": "personal"})
    qtbot.waitUntil(lambda: len(category_names(app)) == 1)
    assert category_names(app) == ["高龄津贴申领"]


def test_category_row_opens_the_guide(qtbot, kiosk_with_catalogue):
    app, _vm = kiosk_with_catalogue
    app.router.home()
    app.router.go("category", {"theme": "housing_fund", "audience": "personal"})
    qtbot.waitUntil(lambda: app.find("service_3701-GJJ-0002") is not None)
    tap(qtbot, app, "service_3701-GJJ-0002")
    qtbot.waitUntil(lambda: app.router.currentScreen == "guide")
    qtbot.waitUntil(lambda: app.find("guideTitle") is not None)
    assert item(app, "guideTitle").property("text") == "住房公积金提取（租房）"


# -- a new version arrives from the sync worker ----------------------------------------------
def test_new_version_from_the_worker_updates_open_results(qtbot, build, tmp_path):
    app, vm = build(None, loading=True)
    open_search(qtbot, app)
    store = Store.for_cache(tmp_path / "cache")
    threads: list[str] = []
    gui_threads: set[str] = set()
    vm.stateChanged.connect(lambda: gui_threads.add(threading.current_thread().name))

    def on_activated(active):
        threads.append(threading.current_thread().name)
        vm.on_activated(active)

    sync = CatalogueSync(
        store, ScriptedPlatform(full(1)), "DEMO", on_activated=on_activated, on_status=vm.on_status
    )
    try:
        sync.start()
        qtbot.waitUntil(lambda: vm.ready, timeout=15000)
        qtbot.waitUntil(lambda: len(result_names(app)) == 3)
        assert threads == ["catalogue-sync"]
        assert gui_threads == {threading.main_thread().name}  # models reset on the GUI thread
        assert vm.version == 1 and vm.itemCount == 19
    finally:
        sync.stop()
        store.close()


# -- elder mode, English: nothing cut off, sizes respected -------------------------------------
SCREENS = {
    "search": lambda app: (app.router.go("search"),),
    "searchNone": lambda app: (
        app.router.go("search"),
        item(app, "searchField").setProperty("text", "xqxqxq"),
    ),
    "category": lambda app: app.router.go(
        "category", {"theme": "social_security", "audience": "personal"}
    ),
    "guide": lambda app: app.router.go("guide", {"itemId": "3701-RSJ-0001"}),
    "guideOnly": lambda app: app.router.go("guide", {"itemId": "3701-GAJ-0001"}),
}


@pytest.mark.parametrize("language", ["zh_CN", "en_US"])
@pytest.mark.parametrize("elder", [False, True])
@pytest.mark.parametrize("screen", sorted(SCREENS))
def test_no_text_is_cut_off_and_sizes_hold(qtbot, kiosk_with_catalogue, screen, language, elder):
    app, _vm = kiosk_with_catalogue
    app.router.home()
    SCREENS[screen](app)
    app.state.setLanguage(language)
    app.state.setElderMode(elder)
    qtbot.wait(100)
    panel = app.find("inputPanel")
    keyboard = set(visible_items(panel)) if panel is not None else set()  # Qt's own keys
    texts = [t for t in visible_texts(app) if t not in keyboard]
    assert [t.property("text") for t in texts if t.property("truncated")] == []
    floor = 40 if elder else 24
    small = [t.property("text") for t in texts if t.property("font").pixelSize() < floor]
    assert small == []
    touch = 60 if elder else 44
    for b in visible_items(app.window.contentItem()):
        if (b.objectName() or "").endswith("Button") or b.objectName().startswith("result_"):
            assert b.width() >= touch and b.height() >= touch, b.objectName()


def test_long_names_wrap_instead_of_being_cut(qtbot, build):
    long_name = "城乡居民基本养老保险待遇领取人员资格认证（含跨省通办及异地居住人员）" * 2
    rows = [row("L-1", long_name, None, "rsj", "social_security", "p", "s")]
    data = make_catalogue(rows=rows, hidden=[], hot=[])
    payload = encode(data)
    catalogue = parse_catalogue(payload)
    active = ActiveCatalogue(catalogue, SearchIndex(catalogue), None, "t", "sha", payload)
    app, _vm = build(active)
    app.state.setElderMode(True)
    app.router.home()
    app.router.go("category", {"theme": "social_security", "audience": "personal"})
    qtbot.waitUntil(lambda: app.find("service_L-1") is not None)
    names = [t for t in visible_items(item(app, "service_L-1")) if t.objectName() == "serviceName"]
    qtbot.waitUntil(lambda: names[0].property("lineCount") > 1)
    assert not names[0].property("truncated")


def test_catalogue_screens_load_without_qml_warnings(qtbot, kiosk_with_catalogue):
    app, _vm = kiosk_with_catalogue
    app.router.home()
    for screen, params in (
        ("search", {}),
        ("category", {"theme": "tax", "audience": "personal"}),
        ("guide", {"itemId": "3701-RSJ-0001"}),
        ("guide", {"itemId": "3701-GAJ-0001"}),
        ("guide", {"itemId": "no-such-item"}),
    ):
        app.router.go(screen, params)
        qtbot.waitUntil(lambda s=screen: app.find(f"{s}Screen") is not None)
        qtbot.wait(50)
    app.state.setElderMode(True)
    app.state.setLanguage("en_US")
    qtbot.wait(50)
    assert app.qml_warnings == []
