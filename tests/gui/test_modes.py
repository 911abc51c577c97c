"""Elder mode (适老化) and language switching, checked on the rendered item tree."""

from __future__ import annotations

import re

import pytest
from PySide6.QtQml import QQmlComponent

from kiosk.paths import qml_dir
from tests.gui.conftest import item, tap, visible_items, visible_texts

CJK = re.compile(r"[\u4e00-\u9fff]")


def min_text_px(kiosk) -> int:
    return min(t.property("font").pixelSize() for t in visible_texts(kiosk))


def buttons(kiosk):
    return [
        i
        for i in visible_items(kiosk.window.contentItem())
        if i.metaObject().className().startswith(("KButton", "Tile", "QQuickButton"))
        or (i.objectName() or "").endswith("Button")
    ]


def show(qtbot, kiosk, screen: str) -> None:
    kiosk.router.home()
    if screen != "home":
        kiosk.router.go(screen, {"theme": "social_security"})
    qtbot.waitUntil(lambda: kiosk.find(f"{screen}Screen") is not None)
    qtbot.wait(50)


@pytest.mark.parametrize("screen", ["home", "category", "search"])
def test_normal_mode_text_and_touch_minimums(qtbot, kiosk, screen):
    show(qtbot, kiosk, screen)
    assert min_text_px(kiosk) >= 24
    for b in buttons(kiosk):
        assert b.width() >= 44 and b.height() >= 44, b.objectName()


@pytest.mark.parametrize("screen", ["home", "category"])
def test_elder_mode_text_and_touch_minimums(qtbot, kiosk, screen):
    show(qtbot, kiosk, screen)
    tap(qtbot, kiosk, "elderButton")
    qtbot.waitUntil(lambda: kiosk.state.elderMode)
    qtbot.wait(50)
    assert min_text_px(kiosk) >= 40
    for b in buttons(kiosk):
        assert b.width() >= 60 and b.height() >= 60, b.objectName()


def test_elder_mode_makes_text_larger(qtbot, kiosk):
    show(qtbot, kiosk, "home")

    def title_px() -> int:
        return item(kiosk, "homeTitle").property("font").pixelSize()

    before = title_px()
    kiosk.state.setElderMode(True)
    qtbot.waitUntil(lambda: title_px() > before)
    qtbot.waitUntil(lambda: item(kiosk, "backButton").height() >= 100)
    assert item(kiosk, "statusBar").height() >= 96


def test_language_switch_changes_text(qtbot, kiosk):
    title = item(kiosk, "attractTitle")
    assert title.property("text") == "24小时政务自助服务"
    tap(qtbot, kiosk, "languageButton")
    qtbot.waitUntil(lambda: title.property("text") == "24-hour government self-service")
    # Site content (site name, notices) and the "中文" switch stay Chinese by design.
    leftovers = [
        t.property("text")
        for t in visible_texts(kiosk)
        if CJK.search(t.property("text"))
        and t.property("text") not in {"中文", kiosk.config.kiosk.site_name}
    ]
    assert leftovers == []


def test_switching_back_to_chinese(qtbot, kiosk):
    kiosk.state.setLanguage("en_US")
    kiosk.state.setLanguage("zh_CN")
    assert item(kiosk, "attractTitle").property("text") == "24小时政务自助服务"


def test_every_visible_string_is_chinese_by_default(qtbot, kiosk):
    show(qtbot, kiosk, "home")
    latin_only = [
        t.property("text")
        for t in visible_texts(kiosk)
        if not CJK.search(t.property("text"))
        and re.search(r"[A-Za-z]{3,}", t.property("text"))
        and t.property("text") != "English"
    ]
    assert latin_only == []


def test_visit_end_restores_site_defaults(qtbot, kiosk):
    kiosk.router.home()
    kiosk.state.setLanguage("en_US")
    kiosk.state.setElderMode(True)
    kiosk.router.reset("completed")
    assert kiosk.state.language == "zh_CN"
    assert not kiosk.state.elderMode


def _luminance(hex_color: str) -> float:
    rgb = [int(hex_color[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def contrast(a: str, b: str) -> float:
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


PAIRS = [
    ("text", "background"),
    ("text", "surface"),
    ("textMuted", "background"),
    ("textMuted", "surface"),
    ("textOnPrimary", "primary"),
    ("textOnPrimary", "primaryPressed"),
    ("textOnStatusBar", "statusBar"),
    ("textOnDanger", "danger"),
    ("primary", "surface"),
    ("danger", "surface"),
    ("textOnPrimary", "attractTop"),
    ("textOnPrimary", "attractBottom"),
    ("primary", "background"),
]


@pytest.mark.parametrize("elder", [False, True])
def test_theme_colours_meet_contrast(qtbot, kiosk, elder):
    kiosk.state.setElderMode(elder)
    comp = QQmlComponent(kiosk.engine)
    comp.setData(
        b'import QtQuick\nimport "'
        + qml_dir().as_uri().encode()
        + b'"\nQtObject { property var t: Theme }',
        qml_dir().as_uri() + "/probe.qml",
    )
    probe = comp.create()
    assert probe is not None, comp.errors()
    theme = probe.property("t")
    for fg, bg in PAIRS:
        ratio = contrast(theme.property(fg).name(), theme.property(bg).name())
        assert ratio >= 4.5, f"{fg} on {bg}: {ratio:.2f}"


@pytest.mark.parametrize("language", ["zh_CN", "en_US"])
@pytest.mark.parametrize("elder", [False, True])
@pytest.mark.parametrize("screen", ["attract", "home", "category", "outOfService"])
def test_no_text_is_cut_off(qtbot, kiosk, screen, language, elder):
    if screen == "outOfService":
        kiosk.state.setMaintenance(True)
    elif screen != "attract":
        show(qtbot, kiosk, screen)
    kiosk.state.setLanguage(language)
    kiosk.state.setElderMode(elder)
    qtbot.wait(50)
    truncated = [t.property("text") for t in visible_texts(kiosk) if t.property("truncated")]
    assert truncated == []
