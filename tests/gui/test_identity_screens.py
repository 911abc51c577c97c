"""The identity and 办件进度查询 screens through the real QML UI: every state in both modes and
both languages meets the text and touch minimums and cuts no text off; navigation, voice,
availability and the keypad behave."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QPointF

from kiosk.flows.identity import IdentityTimeouts
from tests.gui.conftest import item, tap, visible_items, visible_texts
from tests.gui.identity_support import (
    APPLICATIONS,
    IDENTITY_SCENES,
    PROGRESS_SCENES,
    FixedPlatform,
    show_identity,
    show_progress,
)
from tests.gui.test_modes import buttons, min_text_px

CJK = re.compile(r"[\u4e00-\u9fff]")
SCREENS = {
    "identityConsent",
    "idCard",
    "face",
    "qrIdentity",
    "identityResult",
    "progress",
}


def settle(qtbot, kiosk) -> None:
    qtbot.waitUntil(lambda: kiosk.router.currentScreen in SCREENS)
    qtbot.waitUntil(lambda: kiosk.progress.state != "loading", timeout=5000)
    qtbot.wait(60)


def _outside(kiosk) -> list[str]:
    """Texts and buttons of the screen that stick out of its area (under the nav bar...),
    not counting those inside a scrolling view (clipped on purpose, with a scroll bar)."""
    loader = item(kiosk, "screenLoader")
    top_left = loader.mapToScene(QPointF(0, 0))
    right, bottom = top_left.x() + loader.width() + 1, top_left.y() + loader.height() + 1
    found: list[str] = []

    def walk(node) -> None:
        for child in node.childItems():
            if not child.isVisible() or child.opacity() == 0:
                continue
            kind = child.metaObject().className()
            if kind.startswith(("QQuickFlickable", "QQuickListView")):
                continue
            if kind.startswith(("QQuickText", "KButton")) or child.objectName().endswith("Button"):
                corner = child.mapToScene(QPointF(child.width(), child.height()))
                if corner.x() > right or corner.y() > bottom:
                    found.append(child.objectName() or str(child.property("text")))
            walk(child)

    walk(loader)
    return found


def check_layout(qtbot, kiosk) -> None:
    """Minimum text size and touch size, nothing truncated, in 2 modes × 2 languages."""
    for language in ("zh_CN", "en_US"):
        for elder in (False, True):
            kiosk.state.setLanguage(language)
            kiosk.state.setElderMode(elder)
            qtbot.wait(60)
            where = f"{kiosk.router.currentScreen} {language} elder={elder}"
            assert min_text_px(kiosk) >= (40 if elder else 24), where
            floor = 60 if elder else 44
            small = [
                b.objectName() for b in buttons(kiosk) if b.width() < floor or b.height() < floor
            ]
            assert small == [], where
            cut = [t.property("text") for t in visible_texts(kiosk) if t.property("truncated")]
            assert cut == [], where
            assert _outside(kiosk) == [], where


@pytest.mark.parametrize("scene", IDENTITY_SCENES)
def test_identity_scene_layout(qtbot, kiosk, scene):
    show_identity(kiosk, scene)
    settle(qtbot, kiosk)
    check_layout(qtbot, kiosk)


@pytest.mark.parametrize("scene", PROGRESS_SCENES)
def test_progress_scene_layout(qtbot, kiosk, scene):
    show_progress(kiosk, scene, lambda name: item(kiosk, name))
    settle(qtbot, kiosk)
    check_layout(qtbot, kiosk)


def test_english_identity_screens_have_no_chinese_left(qtbot, kiosk):
    show_identity(kiosk, "error_reader_fault")
    settle(qtbot, kiosk)
    kiosk.state.setLanguage("en_US")
    qtbot.wait(60)
    leftovers = [
        t.property("text")
        for t in visible_texts(kiosk)
        if CJK.search(t.property("text"))
        and t.property("text") not in {"中文", kiosk.config.kiosk.site_name}
    ]
    assert leftovers == []


# ------------------------------------------------------------------------------ behaviour


def test_consent_screen_offers_staff_and_the_app_instead(qtbot, kiosk):
    show_identity(kiosk, "consent")
    settle(qtbot, kiosk)
    names = {b.objectName() for b in visible_items(item(kiosk, "identityConsentScreen"))}
    assert {"action_agree", "action_staff", "action_cancel"} <= names
    assert item(kiosk, "consentWhat").isVisible()


def test_face_consent_is_a_separate_step_showing_the_masked_card(qtbot, kiosk):
    show_identity(kiosk, "face_consent")
    settle(qtbot, kiosk)
    text = item(kiosk, "faceConsentCard").property("text")
    assert "张*" in text and "3701**********0118" in text
    assert not item(kiosk, "consentWhat").isVisible()
    assert item(kiosk, "action_agree_face").isVisible()


def test_identity_steps_replace_each_other_so_back_leaves_the_journey(qtbot, kiosk):
    show_identity(kiosk, "face_consent")
    settle(qtbot, kiosk)
    assert kiosk.router.stack == ["attract", "home", "identityConsent"]
    tap(qtbot, kiosk, "backButton")
    qtbot.waitUntil(lambda: kiosk.router.currentScreen == "home")
    assert kiosk.identity.step == "cancelled"
    assert not kiosk.sessions.current.identity.name  # the unverified identity was dropped


def test_cancel_returns_to_where_the_journey_began(qtbot, kiosk):
    kiosk.router.home()
    kiosk.router.go("progress")
    kiosk.identity.timeouts = IdentityTimeouts(probe_every_s=1e9)
    kiosk.identity.begin("idcard", "progress", {"mode": "mine"})
    qtbot.waitUntil(lambda: kiosk.find("action_cancel") is not None)
    tap(qtbot, kiosk, "action_cancel")
    qtbot.waitUntil(lambda: kiosk.router.currentScreen == "progress")
    assert kiosk.router.stack == ["attract", "home", "progress"]


def test_without_a_reader_the_journey_says_the_reader_is_not_working(qtbot, kiosk):
    kiosk.router.home()
    kiosk.identity.begin("idcard", "")
    tap(qtbot, kiosk, "action_agree")
    qtbot.waitUntil(lambda: kiosk.identity.problem == "reader_fault")
    qtbot.waitUntil(lambda: item(kiosk, "idCardError").isVisible())
    assert item(kiosk, "problemTitle").property("text") == "读卡器无法使用"


def test_end_visit_during_the_journey_wipes_and_reminds_to_take_the_card(qtbot, kiosk):
    show_identity(kiosk, "face_consent")
    settle(qtbot, kiosk)
    session, flow = kiosk.sessions.current, kiosk.identity.flow
    tap(qtbot, kiosk, "endButton")
    qtbot.waitUntil(lambda: kiosk.router.currentScreen == "attract")
    assert not session.is_active and session.identity is None
    assert flow.step == "cancelled"
    assert kiosk.identity.step == "" and not kiosk.identity.takeCardReminder  # next resident
    assert kiosk.state.reminder == "take_card"


def test_unavailable_staff_button_calls_for_help(qtbot, kiosk):
    show_identity(kiosk, "unavailable")
    settle(qtbot, kiosk)
    with qtbot.waitSignal(kiosk.state.helpRequested):
        tap(qtbot, kiosk, "action_staff")
    qtbot.waitUntil(lambda: item(kiosk, "resultTitle").property("text") == "工作人员正在赶来")


def test_verified_shows_masked_identity_and_take_card_reminder(qtbot, kiosk):
    show_identity(kiosk, "verified")
    settle(qtbot, kiosk)
    assert item(kiosk, "resultTitle").property("text") == "身份核验通过"
    assert item(kiosk, "resultIdNumber").property("text") == "证件号码：3701**********0118"
    assert item(kiosk, "takeCardReminder").isVisible()
    texts = " ".join(t.property("text") for t in visible_texts(kiosk))
    assert "370102198503120118" not in texts and "张三" not in texts


def test_voice_can_be_switched_off(qtbot, kiosk):
    show_identity(kiosk, "consent")
    settle(qtbot, kiosk)
    assert item(kiosk, "voiceButton").property("text") == "语音已开"
    tap(qtbot, kiosk, "voiceButton")
    qtbot.waitUntil(lambda: not kiosk.identity.voiceOn)
    assert item(kiosk, "voiceButton").property("text") == "语音已关"
    assert not kiosk.identity.voice.say("测试", "zh_CN")


def test_prompts_are_spoken_in_the_ui_language(qtbot, kiosk):
    from screens.viewmodels.identity import VoicePrompts

    kiosk.identity.voice = VoicePrompts("mock")  # Qt's test engine: speaks to nobody
    kiosk.state.setLanguage("en_US")
    kiosk.router.home()
    kiosk.state.setLanguage("en_US")
    kiosk.identity.begin("idcard", "")
    tap(qtbot, kiosk, "action_agree")
    qtbot.waitUntil(lambda: bool(kiosk.identity.voice.spoken))
    assert kiosk.identity.voice.spoken[0] == "Please place your ID card on the reader."


def test_silent_without_an_engine(qtbot):
    from screens.viewmodels.identity import VoicePrompts

    voice = VoicePrompts("no-such-engine")
    assert voice.say("hello", "en_US") is False


def test_home_entry_says_why_card_lookup_is_unavailable(qtbot, kiosk):
    kiosk.router.home()
    qtbot.waitUntil(lambda: kiosk.find("homeProgressButton") is not None)
    assert item(kiosk, "homeProgressReason").isVisible()  # no reader in this kiosk
    kiosk.devices.add_device("idcard", "idcard")
    kiosk.devices.on_status("idcard", {"state": "online", "sub": {}, "detail": ""})
    qtbot.waitUntil(lambda: not item(kiosk, "homeProgressReason").isVisible())
    kiosk.devices.on_status("idcard", {"state": "no_device", "sub": {}, "detail": ""})
    qtbot.waitUntil(lambda: item(kiosk, "homeProgressReason").isVisible())


def test_progress_by_card_is_disabled_with_the_reason(qtbot, kiosk):
    kiosk.router.home()
    kiosk.router.go("progress")
    qtbot.waitUntil(lambda: kiosk.find("progressByCard") is not None)
    assert not item(kiosk, "progressByCard").isEnabled()
    assert "未连接" in item(kiosk, "progressByCardReason").property("text")
    assert item(kiosk, "progressByNumber").isEnabled()


def test_keypad_query_shows_the_application_with_masked_holder(qtbot, kiosk):
    kiosk.progress.platform = lambda: FixedPlatform(APPLICATIONS)
    kiosk.router.home()
    kiosk.router.go("progress")
    qtbot.waitUntil(lambda: kiosk.find("progressByNumber") is not None)
    tap(qtbot, kiosk, "progressByNumber")
    for digit in "20261120000042":
        tap(qtbot, kiosk, f"key_{digit}")
    assert not item(kiosk, "key_1").isEnabled()  # 14 digits: the keypad is full
    tap(qtbot, kiosk, "keyDelete")
    tap(qtbot, kiosk, "key_2")
    tap(qtbot, kiosk, "numberSearch")
    qtbot.waitUntil(lambda: kiosk.find("application_0") is not None)
    assert item(kiosk, "applicationHolder").property("text") == "申请人证件号：3701**********042X"
    assert item(kiosk, "applicationStatus").property("text") == "待领取"


def test_a_short_number_is_refused_before_asking(qtbot, kiosk):
    kiosk.router.home()
    kiosk.router.go("progress")
    qtbot.waitUntil(lambda: kiosk.find("progressByNumber") is not None)
    tap(qtbot, kiosk, "progressByNumber")
    tap(qtbot, kiosk, "key_7")
    tap(qtbot, kiosk, "numberSearch")
    assert kiosk.progress.state == "invalid"
    assert item(kiosk, "numberEntry").isVisible()


def test_offline_platform_offers_retry(qtbot, kiosk):
    kiosk.router.home()
    kiosk.router.go("progress")
    qtbot.waitUntil(lambda: kiosk.find("progressScreen") is not None)
    kiosk.progress.queryNumber("20261120000042")
    qtbot.waitUntil(lambda: kiosk.progress.state == "offline")
    qtbot.waitUntil(lambda: item(kiosk, "progressRetry").isVisible())
    kiosk.progress.platform = lambda: FixedPlatform(APPLICATIONS)
    tap(qtbot, kiosk, "progressRetry")
    qtbot.waitUntil(lambda: kiosk.progress.state == "loaded")


# ------------------------------------------------------------------------------ pure parts


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("20261120000042", "SQ20261120000042"),
        ("sq20261120000042", "SQ20261120000042"),
        (" 2026 1120 0000 42 ", "SQ20261120000042"),
        ("2026112", None),
        ("SQ2026112000004X", None),
    ],
)
def test_application_numbers_are_normalised(typed, expected):
    from screens.viewmodels.progress import normalise_number

    assert normalise_number(typed) == expected


def test_application_view_keeps_no_personal_data_but_the_masked_hint():
    from screens.viewmodels.progress import application_view

    view = application_view({**APPLICATIONS[0], "applicant": {"name": "赵六"}})
    assert "赵六" not in repr(view)
    assert view["holderHint"] == "3701**********042X"
    accepted = {"status": "accepted", "at": "2026-11-18 10:02", "note": "材料齐全"}
    assert view["timeline"][1] == accepted
    assert view["pickup"]["compartment"] == "1-3"


def test_router_replace_swaps_the_top_screen(qtbot, kiosk):
    kiosk.router.home()
    kiosk.router.go("progress")
    kiosk.router.replace("identityConsent")
    assert kiosk.router.stack == ["attract", "home", "identityConsent"]
    with pytest.raises(ValueError):
        kiosk.router.replace("home")


def test_the_next_resident_does_not_see_the_last_ones_applications(qtbot, kiosk):
    show_progress(kiosk, "progress_loaded", lambda name: item(kiosk, name))
    qtbot.waitUntil(lambda: kiosk.progress.state == "loaded")
    kiosk.router.reset("timeout")
    assert kiosk.progress.applications == [] and kiosk.progress.state == "idle"
