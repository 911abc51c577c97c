"""Navigation state for the Qt Quick front end.

The screen stack lives here, not in QML, so flows and tests can drive navigation without a
window and so "back" and "home" mean the same thing on every screen. QML only shows
``currentScreen`` (see ``Main.qml``).
"""

from __future__ import annotations

from PySide6.QtCore import Property, QObject, Signal, Slot

ATTRACT = "attract"
HOME = "home"
OUT_OF_SERVICE = "outOfService"

#: Every screen QML knows how to show (file ``screens/qml/<Name>Screen.qml``).
SCREENS: frozenset[str] = frozenset(
    {
        ATTRACT,
        HOME,
        OUT_OF_SERVICE,
        "search",
        "category",
        "guide",
        # "一件事" bundles: the list, and one bundle's services (screens/qml/Bundle*Screen.qml)
        "bundles",
        "bundle",
        # identity journey (screens/viewmodels/identity.py) and 办件进度查询
        "identityConsent",
        "idCard",
        "face",
        "qrIdentity",
        "identityResult",
        "progress",
        # 好差评, the last screen of a journey (screens/viewmodels/rating.py)
        "rating",
        # applying for a service or a bundle (screens/viewmodels/apply.py)
        "applyForm",
        "applyMaterials",
        "applyScan",
        "applyReview",
        "applySign",
        "applyReceipt",
        # 取号 and 预约签到 (screens/viewmodels/ticket.py)
        "ticket",
        # 取件 from the certificate cabinet (screens/viewmodels/pickup.py)
        "pickup",
    },
)


class Router(QObject):
    """A stack of screen names with ``go``, ``back``, ``home`` and ``reset``."""

    currentScreenChanged = Signal()
    # Emitted when a resident leaves the attract screen or comes back to it.
    visitStarted = Signal()
    visitEnded = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._stack: list[tuple[str, dict[str, object]]] = [(ATTRACT, {})]
        self._blocked_by: str = ""

    # -- properties -----------------------------------------------------------------------
    def _current(self) -> str:
        if self._blocked_by:
            return OUT_OF_SERVICE
        return self._stack[-1][0]

    currentScreen = Property(str, _current, notify=currentScreenChanged)

    def _params(self) -> dict[str, object]:
        return dict(self._stack[-1][1])

    currentParams = Property("QVariantMap", _params, notify=currentScreenChanged)

    def _depth(self) -> int:
        return len(self._stack)

    depth = Property(int, _depth, notify=currentScreenChanged)

    def _can_go_back(self) -> bool:
        return len(self._stack) > 2 and not self._blocked_by

    canGoBack = Property(bool, _can_go_back, notify=currentScreenChanged)

    @property
    def stack(self) -> list[str]:
        return [name for name, _ in self._stack]

    # -- navigation -----------------------------------------------------------------------
    @Slot(str)
    @Slot(str, "QVariantMap")
    def go(self, name: str, params: dict[str, object] | None = None) -> None:
        if name not in SCREENS or name in (ATTRACT, OUT_OF_SERVICE):
            raise ValueError(f"unknown or non-navigable screen {name!r}")
        if name == HOME:
            self.home()
            return
        was_attract = self._stack[-1][0] == ATTRACT
        if was_attract:
            self._stack.append((HOME, {}))
        self._stack.append((name, dict(params or {})))
        if was_attract:
            self.visitStarted.emit()
        self.currentScreenChanged.emit()

    @Slot(str)
    @Slot(str, "QVariantMap")
    def replace(self, name: str, params: dict[str, object] | None = None) -> None:
        """Show ``name`` in place of the current screen: the steps of one journey (reading the
        card, the face check...) replace each other, so "back" leaves the journey at once."""
        if name not in SCREENS or name in (ATTRACT, OUT_OF_SERVICE, HOME):
            raise ValueError(f"unknown or non-replaceable screen {name!r}")
        if self._stack[-1][0] in (ATTRACT, HOME):
            self.go(name, params)
            return
        self._stack[-1] = (name, dict(params or {}))
        self.currentScreenChanged.emit()

    @Slot()
    def back(self) -> None:
        """One step back; from the first screen of a visit, back is home."""
        if len(self._stack) > 2:
            self._stack.pop()
            self.currentScreenChanged.emit()

    @Slot()
    def home(self) -> None:
        was_attract = self._stack[-1][0] == ATTRACT
        self._stack = [(ATTRACT, {}), (HOME, {})]
        if was_attract:
            self.visitStarted.emit()
        self.currentScreenChanged.emit()

    @Slot()
    @Slot(str)
    def reset(self, reason: str = "completed") -> None:
        """End the visit: back to the attract screen."""
        was_visit = self._stack[-1][0] != ATTRACT
        self._stack = [(ATTRACT, {})]
        if was_visit:
            self.visitEnded.emit(reason)
        self.currentScreenChanged.emit()

    # -- out of service -------------------------------------------------------------------
    def set_out_of_service(self, reason: str) -> None:
        """Cover every screen with the out-of-service screen ("" lifts it)."""
        if reason == self._blocked_by:
            return
        entering = bool(reason) and not self._blocked_by
        self._blocked_by = reason
        if entering and self._stack[-1][0] != ATTRACT:
            self._stack = [(ATTRACT, {})]
            self.visitEnded.emit("error")
        self.currentScreenChanged.emit()
