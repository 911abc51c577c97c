"""The app-wide view-model: language, elder mode, site facts, network, queue, service state.

QML binds to this object as the ``App`` singleton. It holds no business logic: it exposes state
that services compute and forwards the resident's choices (language, elder mode, help) to the
callbacks the app wiring gives it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import Property, QObject, QTimer, Signal, Slot

LANGUAGES: tuple[str, ...] = ("zh_CN", "en_US")


@dataclass(frozen=True)
class Notice:
    zh: str
    en: str


class AppState(QObject):
    languageChanged = Signal()
    elderModeChanged = Signal()
    networkChanged = Signal()
    queueChanged = Signal()
    serviceChanged = Signal()
    reminderChanged = Signal()
    presenceChanged = Signal()
    helpRequested = Signal()

    def __init__(
        self,
        *,
        kiosk_id: str,
        site_name: str,
        version: str,
        default_language: str,
        default_elder_mode: bool,
        notices: Sequence[Notice],
        notice_interval_s: int,
        on_language: Callable[[str], None] | None = None,
        on_help: Callable[[str], None] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._kiosk_id = kiosk_id
        self._site_name = site_name
        self._version = version
        self._default_language = default_language
        self._default_elder = default_elder_mode
        self._language = default_language
        self._elder = default_elder_mode
        self._notices = list(notices)
        self._notice_interval_ms = notice_interval_s * 1000
        self._on_language = on_language
        self._on_help = on_help
        self._network = "unknown"
        self._queue_depth = -1
        self._maintenance = False
        self._diagnostics = False  # a technician is in diagnostics (shown as maintenance)
        self._unavailable_reason = ""
        self._reminder = ""
        self._person_nearby = False
        self._reminder_timer = QTimer(self)
        self._reminder_timer.setSingleShot(True)
        self._reminder_timer.timeout.connect(lambda: self._set_reminder(""))

    # -- language ---------------------------------------------------------------------------
    def _get_language(self) -> str:
        return self._language

    @Slot(str)
    def setLanguage(self, language: str) -> None:
        if language not in LANGUAGES:
            raise ValueError(f"unsupported language {language!r}")
        if language == self._language:
            return
        self._language = language
        if self._on_language is not None:
            self._on_language(language)
        self.languageChanged.emit()

    @Slot()
    def toggleLanguage(self) -> None:
        self.setLanguage("en_US" if self._language == "zh_CN" else "zh_CN")

    language = Property(str, _get_language, setLanguage, notify=languageChanged)

    def _get_notices(self) -> list[str]:
        return [n.zh if self._language == "zh_CN" else n.en for n in self._notices]

    notices = Property("QStringList", _get_notices, notify=languageChanged)

    def set_notices(self, notices: Sequence[Notice]) -> None:
        """New attract notices (configuration reload); QML re-reads them like a language change."""
        self._notices = list(notices)
        self.languageChanged.emit()

    def _get_notice_interval(self) -> int:
        return self._notice_interval_ms

    noticeIntervalMs = Property(int, _get_notice_interval, constant=True)

    # -- elder mode -------------------------------------------------------------------------
    def _get_elder(self) -> bool:
        return self._elder

    @Slot(bool)
    def setElderMode(self, elder: bool) -> None:
        if elder != self._elder:
            self._elder = elder
            self.elderModeChanged.emit()

    @Slot()
    def toggleElderMode(self) -> None:
        self.setElderMode(not self._elder)

    elderMode = Property(bool, _get_elder, setElderMode, notify=elderModeChanged)

    def restore_visit_defaults(self) -> None:
        """A visit ended: the next resident starts with the site's defaults."""
        self.setLanguage(self._default_language)
        self.setElderMode(self._default_elder)

    # -- site facts -------------------------------------------------------------------------
    def _get_site(self) -> str:
        return self._site_name

    siteName = Property(str, _get_site, constant=True)

    def _get_kiosk_id(self) -> str:
        return self._kiosk_id

    kioskId = Property(str, _get_kiosk_id, constant=True)

    def _get_version(self) -> str:
        return self._version

    version = Property(str, _get_version, constant=True)

    # -- network and queue ------------------------------------------------------------------
    def _get_network(self) -> str:
        return self._network

    network = Property(str, _get_network, notify=networkChanged)

    def set_network(self, state: str) -> None:
        """``online`` (platform reachable), ``offline`` or ``unknown`` (not checked yet)."""
        if state != self._network:
            self._network = state
            self.networkChanged.emit()

    def _get_queue(self) -> int:
        return self._queue_depth

    queueDepth = Property(int, _get_queue, notify=queueChanged)

    def set_queue_depth(self, depth: int) -> None:
        """Items waiting to be sent; -1 while no durable queue is attached."""
        if depth != self._queue_depth:
            self._queue_depth = depth
            self.queueChanged.emit()

    # -- service state ----------------------------------------------------------------------
    def _get_oos(self) -> bool:
        return self._maintenance or self._diagnostics or bool(self._unavailable_reason)

    outOfService = Property(bool, _get_oos, notify=serviceChanged)

    def _get_oos_reason(self) -> str:
        if self._maintenance or self._diagnostics:
            return "maintenance"
        return self._unavailable_reason

    outOfServiceReason = Property(str, _get_oos_reason, notify=serviceChanged)

    @Slot(bool)
    def setMaintenance(self, on: bool) -> None:
        if on != self._maintenance:
            self._maintenance = on
            self.serviceChanged.emit()

    def set_diagnostics(self, on: bool) -> None:
        """Diagnostics open: the public sees "being serviced" until it closes. Separate from
        the platform's maintenance flag, so closing diagnostics leaves that one as it was."""
        if on != self._diagnostics:
            self._diagnostics = on
            self.serviceChanged.emit()

    @property
    def maintenance(self) -> bool:
        """The platform asked for maintenance mode (independent of diagnostics)."""
        return self._maintenance

    def set_unavailable(self, reason: str) -> None:
        """``""`` when at least one service can run, else a reason code (``no_services``...)."""
        if reason != self._unavailable_reason:
            self._unavailable_reason = reason
            self.serviceChanged.emit()

    # -- presence and reminders -------------------------------------------------------------
    def _get_person(self) -> bool:
        return self._person_nearby

    personNearby = Property(bool, _get_person, notify=presenceChanged)

    def set_person_nearby(self, nearby: bool) -> None:
        if nearby != self._person_nearby:
            self._person_nearby = nearby
            self.presenceChanged.emit()

    def _get_reminder(self) -> str:
        return self._reminder

    reminder = Property(str, _get_reminder, notify=reminderChanged)

    def _set_reminder(self, code: str) -> None:
        if code != self._reminder:
            self._reminder = code
            self.reminderChanged.emit()

    def show_reminder(self, code: str, seconds: float = 12.0) -> None:
        """Show a reminder on the attract screen (``take_card``...) for a while."""
        self._set_reminder(code)
        self._reminder_timer.start(round(seconds * 1000))

    # -- help -------------------------------------------------------------------------------
    @Slot(str)
    def callHelp(self, screen: str) -> None:
        if self._on_help is not None:
            self._on_help(screen)
        self.helpRequested.emit()
