"""Layout of every apply screen (and the bundle journey) in both modes and both languages.

The real QML offscreen, the flow put into each step directly (``tests/gui/apply_support.py``):
every visible text at least the mode's minimum size, not truncated, inside the screen area;
every button at least the mode's minimum touch size and not cut off.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF

from tests.gui.apply_support import CASES
from tests.gui.conftest import item, visible_items, visible_texts

pytestmark = pytest.mark.gui

SCREEN_OF = {
    "form": "applyFormScreen",
    "form_errors": "applyFormScreen",
    "materials": "applyMaterialsScreen",
    "materials_missing": "applyMaterialsScreen",
    "scan": "applyScanScreen",
    "review": "applyReviewScreen",
    "review_post": "applyReviewScreen",
    "sign": "applySignScreen",
    "submitting": "applyReceiptScreen",
    "submit_failed": "applyReceiptScreen",
    "receipt": "applyReceiptScreen",
    "receipt_offline": "applyReceiptScreen",
    "receipt_refused": "applyReceiptScreen",
}


def scene_rect(i) -> QRectF:
    return i.mapRectToScene(QRectF(0, 0, i.width(), i.height()))


def inside_flickable(i) -> bool:
    parent = i.parentItem()
    while parent is not None:
        if "Flickable" in parent.metaObject().className():
            return True
        parent = parent.parentItem()
    return False


@pytest.mark.parametrize("language", ["zh_CN", "en_US"])
@pytest.mark.parametrize("elder", [False, True])
@pytest.mark.parametrize("case", sorted(CASES))
def test_apply_screen_layout(qtbot, kiosk, case, language, elder):
    kiosk.state.setLanguage(language)
    kiosk.state.setElderMode(elder)
    CASES[case](kiosk)
    screen = SCREEN_OF[case.split("-", 1)[1]]
    qtbot.waitUntil(lambda: kiosk.find(screen) is not None)
    qtbot.wait(80)
    loader = item(kiosk, "screenLoader")
    area = scene_rect(loader)
    min_px, min_touch = (40, 60) if elder else (24, 44)
    texts = [t for t in visible_texts(kiosk) if area.contains(scene_rect(t).center())]
    assert texts, "nothing shown"
    for text in texts:
        label = text.property("text")
        assert text.property("font").pixelSize() >= min_px, label
        assert not text.property("truncated"), label
        if inside_flickable(text):
            continue  # scrolls into view
        rect = scene_rect(text)
        assert rect.bottom() <= area.bottom() + 1, f"{label!r} runs under the nav bar"
        assert rect.right() <= area.right() + 1, f"{label!r} runs off the screen"
    for control in visible_items(loader):
        name = control.objectName() or ""
        cls = control.metaObject().className()
        if cls.startswith(("KButton", "QQuickButton")):
            assert control.width() >= min_touch and control.height() >= min_touch, name
            if not inside_flickable(control):
                assert scene_rect(control).bottom() <= area.bottom() + 1, f"{name} is cut off"
                assert scene_rect(control).right() <= area.right() + 1, f"{name} is cut off"


def test_a_refused_application_is_marked_on_the_receipt(qtbot, kiosk):
    CASES["bundle-receipt_refused"](kiosk)
    qtbot.waitUntil(lambda: kiosk.find("receiptRefused") is not None)
    assert item(kiosk, "receiptRefused").isVisible()
    assert item(kiosk, "receiptLineRefused_0").isVisible()
    assert not item(kiosk, "receiptLineRefused_1").isVisible()
    assert item(kiosk, "receiptOffline").isVisible()  # the others still wait to be sent
    assert kiosk.apply.anyRefused and kiosk.apply.anyWaiting
