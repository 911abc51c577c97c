"""Chinese and English are complete: every router screen (``SCREENS``), walked in the real QML.

In English no visible text may contain Chinese characters, except catalogue data. In Chinese
every screen shows Chinese, and no chrome text is left in English unless its translation is
waiting in ``i18n/pending/*.tsv`` (merged by the lead with ``scripts/i18n.py merge``; after the
merge the check is strict).

Catalogue data (item, department and bundle names, guide texts) is Chinese in both languages by
design. It is exempt, for its data only, in two ways:

* a Text with ``property bool catalogueData: true`` (on itself or an ancestor item) — the
  convention for QML that shows data fields (``HomeScreen`` hot rows, ``Bundle*Screen``);
* a Text whose every run of Chinese characters occurs in the active catalogue's own strings,
  so chrome mixed with data ("社会保障卡申领 · required") passes, while a hard-coded Chinese
  phrase in chrome does not.

Site content (the site name, "中文" on the language switch) is exempt too. New screens added to
``SCREENS`` are walked automatically; give them parameters in ``PARAMS`` when they need some.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from screens.viewmodels.router import SCREENS
from tests.gui.conftest import visible_items, visible_texts
from tests.gui.find_support import find_active, find_catalogue

pytestmark = pytest.mark.gui

CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+")
LATIN_WORD = re.compile(r"[A-Za-z]{3,}")
PARAMS: dict[str, dict[str, str]] = {
    "category": {"theme": "social_security", "audience": "personal"},
    "guide": {"itemId": "3701-RSJ-0001"},
    "bundle": {"bundleId": "B01"},
}
PENDING = Path(__file__).resolve().parents[2] / "i18n" / "pending"


def pending_sources() -> list[re.Pattern[str]]:
    """Source texts with a translation waiting to be merged, as patterns (%1, %n: anything)."""
    patterns: list[re.Pattern[str]] = []
    for tsv in PENDING.glob("*.tsv"):
        for line in tsv.read_text(encoding="utf-8").splitlines():
            if "\t" in line and not line.startswith("#"):
                source = line.split("\t", 1)[0].strip()
                parts = re.split(r"%(?:n|\d)", source)
                patterns.append(re.compile(".*?".join(re.escape(p) for p in parts), re.DOTALL))
    return patterns


CORPUS = json.dumps(find_catalogue(), ensure_ascii=False)


def is_data(text_item, text: str, app) -> bool:
    node = text_item
    while node is not None:
        if node.property("catalogueData") is True:
            return True
        node = node.parentItem()
    if text in {"中文", app.config.kiosk.site_name}:
        return True
    runs = CJK.findall(text)
    return bool(runs) and all(run in CORPUS for run in runs)


def show(qtbot, app, screen: str) -> None:
    if screen == "attract":
        app.router.reset("cancelled")
    elif screen == "outOfService":
        app.state.setMaintenance(True)
    else:
        app.router.home()
        if screen != "home":
            app.router.go(screen, PARAMS.get(screen, {}))
    qtbot.waitUntil(lambda: app.router.currentScreen == screen)
    qtbot.wait(60)


@pytest.fixture
def app(kiosk):
    kiosk.catalogue.set_active(find_active())
    return kiosk


def screen_texts(app) -> list:
    # The screen and the bars around it (the help dialog and overlays are hidden).
    return visible_texts(app)


@pytest.mark.parametrize("screen", sorted(SCREENS))
def test_english_screen_has_no_chinese_chrome(qtbot, app, screen):
    app.state.setLanguage("en_US")
    show(qtbot, app, screen)
    app.state.setLanguage("en_US")  # reset() restores the site default (Chinese)
    qtbot.wait(30)
    leftovers = [
        t.property("text")
        for t in screen_texts(app)
        if CJK.search(t.property("text")) and not is_data(t, t.property("text"), app)
    ]
    assert leftovers == [], f"{screen}: Chinese text in English mode"


@pytest.mark.parametrize("screen", sorted(SCREENS))
def test_chinese_screen_is_in_chinese(qtbot, app, screen):
    show(qtbot, app, screen)
    pending = pending_sources()
    chrome = [
        t.property("text") for t in screen_texts(app) if not is_data(t, t.property("text"), app)
    ]
    assert any(CJK.search(text) for text in chrome), f"{screen}: no Chinese chrome at all"
    english = [
        text
        for text in chrome
        if not CJK.search(text)
        and LATIN_WORD.search(text)
        and text != "English"
        and not any(pattern.fullmatch(text) for pattern in pending)
    ]
    assert english == [], f"{screen}: untranslated text in Chinese mode"


def test_data_exemption_is_only_for_data(qtbot, app):
    """A Chinese phrase that is not catalogue data is not exempt (the check has teeth)."""
    show(qtbot, app, "home")
    items = visible_items(app.window.contentItem())
    title = next(t for t in items if t.objectName() == "homeTitle")
    assert not is_data(title, "请选择您要办理的业务", app)
    assert is_data(title, "社会保障卡申领 · 必需", app) is False  # "必需" is not data
    assert is_data(title, "社会保障卡申领", app)
