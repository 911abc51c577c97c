"""Spoken prompts on every screen (the ``Voice`` QML singleton).

:class:`VoicePrompts` is the speech engine wrapper: Qt TextToSpeech, created on the first
prompt (never on the start-up path), in the UI language; with no engine, a plugin that fails to
load or an engine in its error state it stays silent and the kiosk works on. It is the one
voice of the kiosk: the identity journey speaks through the same instance.

:class:`VoiceViewModel` is what QML and the wiring see:

* ``on`` / ``setOn`` / ``toggle``: the resident's switch in the status bar (big, icon + text);
* a short prompt for each router screen, spoken when ``Router.currentScreen`` changes. The
  table :data:`SCREEN_PROMPTS` is keyed by router screen name; texts are marked with
  ``QT_TRANSLATE_NOOP("Voice", ...)`` and translated when spoken, so they follow the UI
  language. Screens whose prompt depends on their state (the identity steps, other journeys'
  view-models with a ``prompt`` property) are not in the table: their view-model speaks
  (``follow`` connects a ``promptChanged`` signal) or QML calls ``Voice.say(text)``;
* the visit's defaults: the switch starts each visit as the site configures it
  (``ui.voice_prompts``: ``on``, ``elder`` (on in elder mode only) or ``off``) and elder mode
  switches it on, because elder mode promises voice prompts.

Tests inject the engine (``tts_factory``): Qt's ``mock`` engine speaks to nobody; this machine
has no real engine (``QTextToSpeech.availableEngines()`` lists ``speechd``, whose library is not
installed, and ``mock``).

No personal data is ever spoken by the table: dynamic prompts come from view-models that must
keep it that way, and ``spoken`` (a short history for diagnostics and tests) holds only what
was said.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable
from typing import Any, Final

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    Property,
    QCoreApplication,
    QLocale,
    QObject,
    Signal,
    Slot,
)

__all__ = ["SCREEN_PROMPTS", "VOICE_DEFAULTS", "VoicePrompts", "VoiceViewModel"]

log = logging.getLogger(__name__)

#: ``ui.voice_prompts``: when a visit starts with the voice on
VOICE_DEFAULTS: Final = ("on", "elder", "off")

#: Router screen → what is said on entering it (English source; translated when spoken).
#: Screens of journeys with state-dependent prompts (idCard, face, qrIdentity,
#: identityResult...) are left out on purpose: their view-models speak.
SCREEN_PROMPTS: Final[dict[str, str]] = {
    "home": QT_TRANSLATE_NOOP("Voice", "Please choose a service, or search for it."),
    "search": QT_TRANSLATE_NOOP(
        "Voice", "Type the name of the service, in Chinese, in pinyin or by its initials."
    ),
    "category": QT_TRANSLATE_NOOP("Voice", "Please choose a service from the list."),
    "guide": QT_TRANSLATE_NOOP(
        "Voice", "This is the guide of the service: what you need and how to apply."
    ),
    "bundles": QT_TRANSLATE_NOOP(
        "Voice", "Please choose what you need to get done. Each one covers several services."
    ),
    "bundle": QT_TRANSLATE_NOOP(
        "Voice", "These services are handled together. Tap one to read its guide."
    ),
    "identityConsent": QT_TRANSLATE_NOOP(
        "Voice", "Please read how your identity will be checked, then choose."
    ),
    "progress": QT_TRANSLATE_NOOP(
        "Voice", "Place your ID card on the reader, or enter your application number."
    ),
    "outOfService": QT_TRANSLATE_NOOP(
        "Voice", "This kiosk is out of service. Please ask the staff in the hall."
    ),
}

_HISTORY = 50


class VoicePrompts(QObject):
    """Spoken prompts through Qt TextToSpeech; silent without a working engine.

    ``engine``: a Qt TextToSpeech engine name (``None``: Qt's default). ``tts_factory``: makes
    the engine object instead (tests); called once, on the first prompt, on the GUI thread.
    """

    enabledChanged = Signal()

    def __init__(
        self,
        engine: str | None = None,
        parent: QObject | None = None,
        *,
        tts_factory: Callable[[QObject], Any] | None = None,
    ) -> None:
        super().__init__(parent)
        self._engine_name = engine
        self._factory = tts_factory
        self._tts: Any = None
        self._broken = False
        self._enabled = True
        #: what was said, newest last (diagnostics and tests; no personal data)
        self.spoken: deque[str] = deque(maxlen=_HISTORY)

    # -- switch ---------------------------------------------------------------------------------
    @property
    def enabled(self) -> bool:
        return self._enabled

    @enabled.setter
    def enabled(self, on: bool) -> None:
        if on == self._enabled:
            return
        self._enabled = on
        if not on:
            self.stop()
        self.enabledChanged.emit()

    # -- engine ---------------------------------------------------------------------------------
    def _make(self) -> Any:
        if self._factory is not None:
            return self._factory(self)
        from PySide6.QtTextToSpeech import QTextToSpeech

        if self._engine_name:
            return QTextToSpeech(self._engine_name, self)
        return QTextToSpeech(self)

    def _speech(self) -> Any:
        if self._tts is None and not self._broken:
            try:
                tts = self._make()
            except Exception:  # no module or plugin: the kiosk works without a voice
                log.info("text to speech unavailable")
                self._broken = True
                return None
            try:
                from PySide6.QtTextToSpeech import QTextToSpeech

                failed = tts.state() == QTextToSpeech.State.Error
            except Exception:
                failed = True
            if failed:
                log.info("text to speech engine failed to start")
                self._broken = True
                if hasattr(tts, "deleteLater"):
                    tts.deleteLater()
                return None
            self._tts = tts
        return self._tts

    @property
    def available(self) -> bool:
        """A working engine exists (creates it: call only when about to speak)."""
        return self._speech() is not None

    def say(self, text: str, language: str) -> bool:
        """Speak ``text`` (``zh_CN``/``en_US``) unless switched off; False when silent."""
        if not self._enabled or not text:
            return False
        tts = self._speech()
        if tts is None:
            return False
        try:
            locale = QLocale(language)
            if tts.locale() != locale and locale in tts.availableLocales():
                tts.setLocale(locale)
            tts.stop()
            tts.say(text)
        except Exception:  # an engine that fails mid-way goes quiet, the kiosk goes on
            log.warning("text to speech failed; voice prompts are off", exc_info=True)
            self._broken = True
            self._tts = None
            return False
        self.spoken.append(text)
        return True

    def stop(self) -> None:
        if self._tts is not None:
            try:
                self._tts.stop()
            except Exception:
                log.warning("text to speech could not stop", exc_info=True)


class VoiceViewModel(QObject):
    """The ``Voice`` singleton: the switch, per-screen prompts and ``say`` for QML."""

    onChanged = Signal()
    #: something was spoken (the translated text): tests and diagnostics
    spokenText = Signal(str)

    def __init__(
        self,
        *,
        language: Callable[[], str] = lambda: "zh_CN",
        elder: Callable[[], bool] = lambda: False,
        default: str = "on",
        prompts: VoicePrompts | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        if default not in VOICE_DEFAULTS:
            raise ValueError(f"ui.voice_prompts must be one of {VOICE_DEFAULTS}, not {default!r}")
        self._language = language
        self._elder = elder
        self._default = default
        self.prompts = prompts or VoicePrompts(parent=self)
        self.prompts.enabledChanged.connect(self.onChanged)
        self.prompts.enabled = self._default_on()

    # -- switch ---------------------------------------------------------------------------------
    def _default_on(self) -> bool:
        if self._default == "elder":
            return self._elder()
        return self._default == "on"

    def _get_on(self) -> bool:
        return self.prompts.enabled

    @Slot(bool)
    def setOn(self, on: bool) -> None:
        self.prompts.enabled = on

    @Slot()
    def toggle(self) -> None:
        self.setOn(not self.prompts.enabled)

    on = Property(bool, _get_on, setOn, notify=onChanged)

    def elder_mode_changed(self, elder: bool) -> None:
        """Elder mode promises voice prompts: switching it on switches the voice on."""
        if elder and self._default != "off":
            self.setOn(True)

    def reset(self) -> None:
        """A visit ended: silence, and the next resident starts with the site's default."""
        self.prompts.stop()
        self.prompts.enabled = self._default_on()

    # -- speaking -------------------------------------------------------------------------------
    @Slot(str, result=str)
    def screenPrompt(self, screen: str) -> str:
        """The translated prompt of router screen ``screen`` ("" when it has none)."""
        source = SCREEN_PROMPTS.get(screen)
        return QCoreApplication.translate("Voice", source) if source else ""

    @Slot(str, result=bool)
    def say(self, text: str) -> bool:
        """Speak ``text`` (already in the UI language) unless switched off or silent."""
        spoken = self.prompts.say(text, self._language())
        if spoken:
            self.spokenText.emit(text)
        return spoken

    @Slot()
    def stop(self) -> None:
        self.prompts.stop()

    def on_screen(self, screen: str) -> None:
        """The router shows ``screen``: say its prompt (if it has one)."""
        text = self.screenPrompt(screen)
        if text:
            self.say(text)

    def follow(self, view_model: QObject) -> None:
        """Speak ``view_model.prompt`` whenever its ``promptChanged`` fires (journeys whose
        prompt depends on their step)."""

        def speak() -> None:
            text = view_model.property("prompt")
            if isinstance(text, str) and text:
                self.say(text)

        view_model.promptChanged.connect(speak)  # type: ignore[attr-defined]
