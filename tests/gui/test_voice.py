"""Voice prompts on every screen: the ``Voice`` singleton in the real QML UI.

The speech engine is the one thing replaced: this machine has no working Qt TextToSpeech
engine (``availableEngines()`` lists ``speechd``, whose library is missing, and Qt's ``mock``),
so the tests use Qt's ``mock`` engine, or a recording engine where what was said matters.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QLocale, QObject
from PySide6.QtTextToSpeech import QTextToSpeech

from screens.viewmodels.voice import SCREEN_PROMPTS, VoicePrompts, VoiceViewModel
from tests.gui.conftest import item, tap

pytestmark = pytest.mark.gui


class RecordingEngine(QObject):
    """A QTextToSpeech stand-in that records what it is asked to say."""

    def __init__(self, parent: QObject | None = None, *, fail: bool = False) -> None:
        super().__init__(parent)
        self.said: list[tuple[str, str]] = []
        self._locale = QLocale("en_US")
        self._fail = fail

    def state(self) -> QTextToSpeech.State:
        return QTextToSpeech.State.Ready

    def locale(self) -> QLocale:
        return self._locale

    def availableLocales(self) -> list[QLocale]:
        return [QLocale("en_US"), QLocale("zh_CN")]

    def setLocale(self, locale: QLocale) -> None:
        self._locale = locale

    def stop(self) -> None:
        pass

    def say(self, text: str) -> None:
        if self._fail:
            raise RuntimeError("engine died")
        self.said.append((text, self._locale.name()))


@pytest.fixture
def engine() -> list[RecordingEngine]:
    return []


@pytest.fixture
def app(kiosk, engine):
    def factory(parent: Any) -> RecordingEngine:
        made = RecordingEngine(parent)
        engine.append(made)
        return made

    kiosk.voice.prompts._factory = factory  # the engine is created on the first prompt
    return kiosk


def said(engine: list[RecordingEngine]) -> list[str]:
    return [text for e in engine for text, _ in e.said]


def test_no_engine_is_created_at_start_up(kiosk):
    assert kiosk.voice.prompts._tts is None


def test_entering_home_speaks_its_prompt_in_english(qtbot, app, engine):
    app.state.setLanguage("en_US")
    app.router.home()
    qtbot.waitUntil(lambda: bool(said(engine)))
    assert said(engine) == ["Please choose a service, or search for it."]
    assert engine[0].said[0][1] == "en_US"


def test_prompts_follow_the_ui_language(qtbot, app, engine):
    app.router.home()  # Chinese by default
    qtbot.waitUntil(lambda: bool(said(engine)))
    assert engine[0].said[0][1] == "zh_CN"
    assert said(engine)[0] == app.voice.screenPrompt("home")


def test_every_screen_prompt_is_for_a_router_screen():
    from screens.viewmodels.router import SCREENS

    assert set(SCREEN_PROMPTS) <= SCREENS
    assert "attract" not in SCREEN_PROMPTS  # nobody is there to hear it


def test_status_bar_switch_silences_and_says_so(qtbot, app, engine):
    app.state.setLanguage("en_US")
    app.router.home()
    qtbot.waitUntil(lambda: app.find("voiceButton") is not None)
    assert item(app, "voiceButton").property("text") == "Voice on"
    tap(qtbot, app, "voiceButton")
    qtbot.waitUntil(lambda: not app.voice.on)
    assert item(app, "voiceButton").property("text") == "Voice off"
    before = len(said(engine))
    app.router.go("search")
    qtbot.wait(50)
    assert len(said(engine)) == before
    assert not app.identity.voiceOn  # one switch for the whole kiosk


def test_visit_end_restores_the_sites_default(qtbot, app):
    app.router.home()
    app.voice.setOn(False)
    app.router.reset("completed")
    assert app.voice.on


def test_elder_mode_switches_the_voice_on(qtbot, app):
    app.router.home()
    app.voice.setOn(False)
    tap(qtbot, app, "elderButton")
    qtbot.waitUntil(lambda: app.state.elderMode)
    assert app.voice.on


def test_site_default_elder_only(qtbot, kiosk_factory):
    app = kiosk_factory(KIOSK__UI__VOICE_PROMPTS="elder")
    assert not app.voice.on
    app.state.setElderMode(True)
    assert app.voice.on


def test_identity_prompts_use_the_shared_voice(qtbot, app, engine):
    app.state.setLanguage("en_US")
    app.router.home()
    app.identity.begin("idcard", "")
    qtbot.waitUntil(lambda: app.find("action_agree") is not None)
    tap(qtbot, app, "action_agree")
    qtbot.waitUntil(lambda: "Please place your ID card on the reader." in said(engine))
    assert app.identity.voice is app.voice.prompts


def test_say_from_qml_or_a_view_model(qtbot, app, engine):
    assert app.voice.say("Your number is A012.")
    assert said(engine)[-1] == "Your number is A012."


def test_a_view_models_prompt_is_followed(qtbot, app, engine):
    from PySide6.QtCore import Property, Signal

    class Journey(QObject):
        promptChanged = Signal()

        def __init__(self) -> None:
            super().__init__()
            self._prompt = ""

        def _get(self) -> str:
            return self._prompt

        prompt = Property(str, _get, notify=promptChanged)

        def show(self, text: str) -> None:
            self._prompt = text
            self.promptChanged.emit()

    journey = Journey()
    app.voice.follow(journey)
    journey.show("Please open the compartment door.")
    assert said(engine)[-1] == "Please open the compartment door."


def test_a_failing_engine_goes_quiet_and_the_kiosk_goes_on(qtbot, kiosk):
    kiosk.voice.prompts._factory = lambda parent: RecordingEngine(parent, fail=True)
    kiosk.router.home()
    assert not kiosk.voice.say("hello")
    kiosk.router.go("search")  # no exception, screen shown
    qtbot.waitUntil(lambda: kiosk.find("searchScreen") is not None)


def test_silent_without_any_engine():
    voice = VoiceViewModel(prompts=VoicePrompts("no-such-engine"))
    assert voice.say("hello") is False


def test_qt_mock_engine_speaks_to_nobody():
    voice = VoiceViewModel(prompts=VoicePrompts("mock"), language=lambda: "en_US")
    assert voice.say("hello") is True
    assert list(voice.prompts.spoken) == ["hello"]


def test_unknown_site_default_is_refused():
    with pytest.raises(ValueError):
        VoiceViewModel(default="sometimes")
