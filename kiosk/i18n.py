"""Runtime language switching through Qt's translation system.

Source strings in QML and Python are English; ``i18n/kiosk_<lang>.ts`` hold the translations
(committed), ``.qm`` files are built from them by ``scripts/setup.sh`` (``pyside6-lrelease``)
and by ``kiosk.spec``. Switching swaps the installed translator and asks the QML engine to
re-evaluate every ``qsTr`` binding.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtQml import QQmlApplicationEngine

from kiosk.paths import i18n_dir

log = logging.getLogger(__name__)

#: Languages whose source text needs no translator (the source strings are English).
SOURCE_LANGUAGE = "en_US"


class TranslationMissing(RuntimeError):
    """A language was requested but its compiled ``.qm`` file is not there."""


def qm_path(language: str, directory: Path | None = None) -> Path:
    return (directory or i18n_dir()) / f"kiosk_{language}.qm"


class Translations:
    def __init__(self, app: QCoreApplication, directory: Path | None = None) -> None:
        self._app = app
        self._dir = directory or i18n_dir()
        self._translator: QTranslator | None = None
        self._engine: QQmlApplicationEngine | None = None
        self.language = SOURCE_LANGUAGE

    def attach(self, engine: QQmlApplicationEngine) -> None:
        self._engine = engine

    def install(self, language: str) -> None:
        if self._translator is not None:
            self._app.removeTranslator(self._translator)
            self._translator = None
        path = qm_path(language, self._dir)
        translator = QTranslator(self._app)
        if translator.load(str(path)):
            self._app.installTranslator(translator)
            self._translator = translator
        elif language != SOURCE_LANGUAGE:
            # English is the source text and works without its .qm (only plurals are plainer).
            raise TranslationMissing(
                f"translation {path} is missing or unreadable: run scripts/setup.sh "
                "(it builds the .qm files with pyside6-lrelease)"
            )
        self.language = language
        if self._engine is not None:
            self._engine.retranslate()
        log.info("language set to %s", language)
