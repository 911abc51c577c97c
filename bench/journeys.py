"""Resident journeys driven through the real UI, for ``bench/soak.py`` and
``bench/responsiveness.py``.

A :class:`Kiosk` is the whole product in this process: the real QML (offscreen), every device
driver against its simulator behind the real transport, the encrypted outbox and its drain, and
the reference platform on loopback (started by the demo backend in its own process). A
:class:`Resident` touches it the way a person does: synthetic touch events at the centre of a
QML item (``kiosk.services.stall.touch_to_feedback``), each one timed from the touch to the next
frame the window shows. Nothing here calls a view-model slot in place of a touch, except typing
on the Pinyin keyboard (the search text is set as the keyboard would commit it).

Each journey function returns an outcome word (``done``, or what the resident was told, e.g.
``offline``, ``paper_out``) and raises :class:`Stuck` when the UI did not get where a resident
would expect within a bounded time (a finding, not a crash of the bench).
"""

from __future__ import annotations

import os
import socket
import statistics
import tempfile
import time
from array import array
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ZHANG = "370102198503120118"  # 张三, sandbox resident whose face the platform matches
SOCIAL_CARD = "社会保障卡申领"


class Stuck(Exception):
    """The UI did not reach the expected state in time."""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def kiosk_env(root: Path) -> dict[str, str]:
    return {
        "KIOSK__KIOSK__DATA_DIR": str(root / "var"),
        "KIOSK__LOGGING__DIR": str(root / "log"),
        "KIOSK__UI__FULLSCREEN": "false",
        "KIOSK__PLATFORM__BASE_URL": f"http://127.0.0.1:{free_port()}",
        "KIOSK__DEVICES__PRESENCE__ENABLED": "false",
        "KIOSK__DEVICES__CABINET__ENABLED": "false",
    }


class Kiosk:
    """One running kiosk with simulators and the reference platform, in this process."""

    def __init__(self, root: Path | None = None, *, idle_timeout_s: float = 30.0) -> None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtGui import QGuiApplication

        from kiosk.app import AppOptions, KioskApp
        from kiosk.config import load_config
        from kiosk.flows.identity import IdentityTimeouts
        from kiosk.logs import setup_logging
        from kiosk.services.identity import FaceVerificationConfig

        self.root = root or Path(tempfile.mkdtemp(prefix="kiosk-bench-"))
        self.qapp = QGuiApplication.instance() or QGuiApplication([])
        config = load_config(env=kiosk_env(self.root))
        setup_logging(config.logging, console=False)
        self.config = config
        self.app = KioskApp(
            config,
            AppOptions(
                headless=True,
                start_devices=True,
                start_backend=True,
                start_network_probe=False,
                idle_timeout_s=idle_timeout_s,
                idle_countdown_s=3,
            ),
        )
        app = self.app
        app.simulators["idcard"].remove_card()  # type: ignore[attr-defined]  # no demo cycle
        self.wait(lambda: app.backend is not None and app.backend.platform is not None, 90)
        for kind in ("idcard", "camera", "printer"):
            self.wait(lambda k=kind: self.host_state(k) == "online", 90, f"{kind} online")
        self.wait(lambda: bool(app.catalogue.property("ready")), 90, "catalogue")
        self.wait(lambda: app.backend.outbox is not None, 90, "outbox")
        app.identity.timeouts = IdentityTimeouts(place_card_s=20, reading_s=10, verifying_s=20)
        app.identity.face_config = FaceVerificationConfig(align_timeout_s=40, liveness_timeout_s=20)
        self._real_base = app.backend.platform._base

    # -- waiting ------------------------------------------------------------------------------
    def pump(self, ms: int = 10) -> None:
        """Run the event loop for ``ms``, as ``exec()`` would.

        Lesson from the soak's memory table: ``processEvents`` alone never runs the deferred
        deletions (``deleteLater``) requested by calls made from here, outside any event
        handler (``router.reset``, ``catalogue.search``...): the objects they dropped piled up
        and read as a leak of the kiosk (1.4 MB per screen change in a test that navigated
        from Python). The kiosk's own ``exec()`` loop runs them; so does this pump, as
        ``QTest::qWait`` does."""
        from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop

        end = time.monotonic() + ms / 1000
        while True:
            self.qapp.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            if time.monotonic() >= end:
                return
            time.sleep(0.002)

    def wait(self, predicate: Callable[[], bool], timeout_s: float = 20, what: str = "") -> None:
        deadline = time.monotonic() + timeout_s
        while True:
            try:
                if predicate():
                    return
            except Exception:  # an item not created yet, a property not there yet
                pass
            if time.monotonic() > deadline:
                raise Stuck(what or getattr(predicate, "__name__", "condition"))
            self.pump(10)

    def host_state(self, kind: str) -> str:
        for host in self.app.hosts:
            if host.device.kind == kind:  # type: ignore[attr-defined]
                return str(host.status["state"])  # type: ignore[attr-defined]
        return ""

    @property
    def screen(self) -> str:
        return str(self.app.router.currentScreen)

    def visible(self, name: str) -> Any | None:
        found = self.app.find(name)
        if found is None or not found.isVisible():  # type: ignore[attr-defined]
            return None
        return found

    # -- network -------------------------------------------------------------------------------
    def network(self, up: bool) -> None:
        """Cut or restore the kiosk's route to the platform: its requests then go to a port
        nobody listens on (connection refused, as with a pulled cable behind a NAT)."""
        platform = self.app.backend.platform  # type: ignore[union-attr]
        platform._base = self._real_base if up else f"http://127.0.0.1:{free_port()}/api/v1"
        if up:
            self.app.backend.drain.wake(expedite=True)  # type: ignore[union-attr]

    def close(self) -> None:
        from kiosk.logs import shutdown_logging

        self.app.close()
        self.pump(50)
        shutdown_logging()


@dataclass
class Resident:
    """Touches the kiosk like a person; every touch is timed to the next frame."""

    kiosk: Kiosk
    #: every touch's ms to the next frame (8 bytes each: a soak makes tens of thousands)
    latencies_ms: array[float] = field(default_factory=lambda: array("d"))
    #: (item name, ms) of the slowest touch, for bench/responsiveness.py
    slowest: tuple[str, float] = ("-", 0.0)
    touches: int = 0
    missed_frames: int = 0

    def tap(self, name: str, timeout_s: float = 20) -> None:
        k = self.kiosk
        k.wait(lambda: k.visible(name) is not None and k.visible(name).isEnabled(), timeout_s, name)
        target = k.visible(name)
        k.wait(lambda: target.width() > 0 and target.height() > 0, 5, f"{name} laid out")
        self._scroll_into_view(target)
        centre = self._settled_centre(target)
        latency = touch(k.app.window, centre.x(), centre.y())
        self.touches += 1
        if latency is None:
            self.missed_frames += 1
        else:
            self.latencies_ms.append(latency)
            if latency > self.slowest[1]:
                self.slowest = (name, latency)

    def _settled_centre(self, target: Any) -> Any:
        """The target's centre in the scene once it stops moving.

        Lesson from the soak (``stuck:key_3``): an item can be visible before its layout is
        polished. The phone keypad appears beside the form, whose column then narrows at the
        next frame; a touch aimed at the keypad's pre-layout position landed on a text field,
        which took focus and closed the keypad. A person taps what the screen shows, so the
        resident waits until the item is at the same place in two rendered frames."""
        from PySide6.QtCore import QPointF

        window = self.kiosk.app.window
        deadline = time.monotonic() + 3.0
        swapped: list[bool] = []
        connection = window.frameSwapped.connect(lambda: swapped.append(True))
        try:
            previous = None
            while True:
                centre = target.mapToScene(QPointF(target.width() / 2, target.height() / 2))
                if centre == previous or time.monotonic() > deadline:
                    return centre
                previous = centre
                swapped.clear()
                window.update()
                end = time.monotonic() + 0.2
                while not swapped and time.monotonic() < end:
                    self.kiosk.pump(2)
        finally:
            window.frameSwapped.disconnect(connection)

    def _scroll_into_view(self, target: Any) -> None:
        from PySide6.QtCore import QPointF

        flick = target.parentItem()
        while flick is not None and "Flickable" not in flick.metaObject().className():
            flick = flick.parentItem()
        if flick is None:
            return
        top = target.mapToItem(flick.property("contentItem"), QPointF(0, 0)).y()
        view_top = float(flick.property("contentY"))
        if view_top <= top and top + target.height() <= view_top + flick.height():
            return
        limit = max(0.0, float(flick.property("contentHeight")) - flick.height())
        flick.setProperty("contentY", max(0.0, min(top - 20.0, limit)))
        self.kiosk.pump(30)

    def digits(self, text: str) -> None:
        for digit in text:
            self.tap(f"key_{digit}")

    def start_visit(self) -> None:
        k = self.kiosk
        if k.screen == "attract":
            self.tap("attractTouchArea")
        k.wait(lambda: k.screen == "home", 10, "home")

    def end_visit(self) -> None:
        k = self.kiosk
        if k.screen != "attract" and k.visible("endButton") is not None:
            self.tap("endButton")
        if k.screen != "attract":
            k.app.router.reset("completed")
        k.wait(lambda: k.screen == "attract", 10, "attract")

    def first_visible(self, prefix: str) -> str:
        """The objectName of the first visible item whose name starts with ``prefix``."""
        from PySide6.QtQuick import QQuickItem

        stack = [self.kiosk.app.window.contentItem()]
        names: list[tuple[float, str]] = []
        while stack:
            current = stack.pop()
            if not current.isVisible():
                continue
            name = current.objectName()
            if name.startswith(prefix) and isinstance(current, QQuickItem):
                names.append((current.mapToScene(current.boundingRect().topLeft()).y(), name))
            stack.extend(current.childItems())
        if not names:
            raise Stuck(f"no {prefix}* item")
        return min(names)[1]


def touch(window: Any, x: float, y: float, timeout_ms: int = 5000) -> float | None:
    """A finger press and release at (x, y); milliseconds to the next frame the window shows
    (a render is forced, so a touch on something static is timed too)."""
    from kiosk.services.stall import touch_to_feedback

    return touch_to_feedback(window, x, y, timeout_ms=timeout_ms, force_frame=True)


# ------------------------------------------------------------------------------ journeys
def browse(you: Resident) -> str:
    """Home → a theme → its first service → the guide → end."""
    k = you.kiosk
    you.start_visit()
    you.tap("tile_social_security")
    k.wait(lambda: k.screen == "category", 10, "category")
    k.wait(lambda: k.visible("categoryList") is not None, 10, "category list")
    you.tap(you.first_visible("service_"))
    k.wait(lambda: k.screen == "guide", 10, "guide")
    you.tap("backButton")
    k.wait(lambda: k.screen == "category", 10, "back to the category")
    you.end_visit()
    return "done"


def search(you: Resident, query: str = "shebaoka") -> str:
    """Home → search (the keyboard commits pinyin) → first result → guide → end."""
    k = you.kiosk
    you.start_visit()
    you.tap("homeSearchField")
    k.wait(lambda: k.screen == "search", 10, "search")
    k.app.catalogue.search(query)
    k.wait(lambda: k.visible("result_0") is not None, 10, "a result")
    you.tap("result_0")
    k.wait(lambda: k.screen == "guide", 10, "guide")
    you.end_visit()
    return "done"


def progress_by_number(you: Resident, number: str) -> str:
    """Home → 办件进度查询 → by number (keypad) → the timeline, or the offline answer."""
    k = you.kiosk
    you.start_visit()
    you.tap("homeProgressButton")
    k.wait(lambda: k.screen == "progress", 10, "progress")
    you.tap("progressByNumber")
    you.digits(number.removeprefix("SQ"))  # the keypad shows "SQ" and takes the 14 digits
    you.tap("numberSearch")
    k.wait(
        lambda: (
            k.visible("applicationList") is not None
            or k.visible("progressMessage") is not None
            or k.visible("offlineBanner") is not None
        ),
        30,
        "progress answer",
    )
    outcome = "done" if k.visible("offlineBanner") is None else "offline"
    if k.visible("progressMessage") is not None and k.visible("applicationList") is None:
        outcome = "message"
    you.end_visit()
    return outcome


def help_call(you: Resident) -> str:
    """Any screen → 呼叫帮助 → "staff have been notified" → close → end."""
    k = you.kiosk
    you.start_visit()
    you.tap("helpButton")
    k.wait(lambda: k.visible("helpDialog") is not None, 10, "help dialog")
    k.wait(
        lambda: k.visible("helpDelivery") is not None or k.visible("helpUnavailable") is not None,
        15,
        "help answer",
    )
    you.tap("helpCloseButton")
    you.end_visit()
    return "done"


def ticket(you: Resident) -> str:
    """Home → 取号 → general → the number (or the plain refusal when offline) → end."""
    k = you.kiosk
    you.start_visit()
    you.tap("homeTicketButton")
    k.wait(lambda: k.screen == "ticket", 10, "ticket")
    you.tap("service_general")
    k.wait(
        lambda: k.visible("ticketIssued") is not None or k.visible("ticketProblem") is not None,
        30,
        "ticket answer",
    )
    outcome = "done" if k.visible("ticketIssued") is not None else "refused"
    you.end_visit()
    return outcome


def idle_out(you: Resident) -> str:
    """A resident walks away mid-visit: the countdown runs out and the session is wiped."""
    k = you.kiosk
    you.start_visit()
    you.tap("tile_housing_fund")
    k.wait(lambda: k.screen == "attract", 120, "idle timeout")
    return "timeout"


@dataclass
class Submitted:
    visit_id: str
    number: str
    delivered: bool


def apply_social_card(you: Resident, submitted: list[Submitted], *, rate: bool = True) -> str:
    """Guide of 社会保障卡申领 → identity (card + face) → form → materials → review → sign →
    submit → receipt → rating. Appends to ``submitted`` once the resident was told it is
    submitted (on disk)."""
    k = you.kiosk
    app = k.app
    you.start_visit()
    you.tap("homeSearchField")
    k.wait(lambda: k.screen == "search", 10, "search")
    app.catalogue.search(SOCIAL_CARD)
    k.wait(lambda: k.visible("result_0") is not None, 10, "a result")
    you.tap("result_0")
    k.wait(lambda: k.screen == "guide", 10, "guide")
    you.tap("startApplicationButton")
    k.wait(lambda: k.screen == "identityConsent", 10, "identity consent")
    you.tap("action_agree")
    k.wait(lambda: app.identity.step == "place_card", 10, "place card")
    app.simulators["idcard"].place_card("zhangsan")  # type: ignore[attr-defined]
    try:
        k.wait(lambda: app.identity.step in ("face_consent", "error"), 30, "card read")
        if app.identity.step == "error":
            you.tap("action_try_again")
            k.wait(lambda: app.identity.step == "face_consent", 30, "card read again")
        you.tap("action_agree_face")
        k.wait(
            lambda: app.identity.step in ("verified", "error", "not_matched", "unavailable"),
            60,
            "face check",
        )
        if app.identity.step == "error":  # one more try, as the screen offers
            you.tap("action_try_again")
            final = ("verified", "error", "not_matched", "unavailable", "staff")
            deadline = time.monotonic() + 90
            while app.identity.step not in final and time.monotonic() < deadline:
                if app.identity.step == "face_consent" and k.visible("action_agree_face"):
                    you.tap("action_agree_face")
                k.pump(50)
        if app.identity.step != "verified":
            problem = str(app.identity.property("problem") or "")
            return f"identity_{app.identity.step}" + (f":{problem}" if problem else "")
        you.tap("resultContinueButton")
        k.wait(lambda: k.screen == "applyForm", 10, "form")
        you.tap("input_phone")
        you.digits("13800000001")
        you.tap("option_bank_2")
        you.tap("check_consent")
        you.tap("applyFormNext")
        k.wait(lambda: k.screen == "applyMaterials", 10, "materials")
        app.simulators["camera"].set_scene("document")  # type: ignore[attr-defined]
        k.wait(lambda: app.apply.property("ecertsState") in ("ready", "failed", "offline"), 30)
        materials = app.apply.property("materials")
        for index, material in enumerate(materials):
            if material.get("required") and not material.get("source"):
                you.tap(f"materialScan_{index}")
                k.wait(lambda: k.screen == "applyScan", 10, "scan")
                k.wait(lambda: bool(app.camera.property("active")), 20, "camera")
                you.tap("scanCapture")
                k.wait(lambda: app.apply.property("scanPages") >= 1, 20, "page")
                you.tap("scanDone")
                k.wait(lambda: k.screen == "applyMaterials", 10, "materials again")
        you.tap("applyMaterialsNext")
        k.wait(lambda: k.screen == "applyReview", 10, "review")
        you.tap("applyReviewNext")
        k.wait(lambda: k.screen == "applySign", 10, "signature")
        sign(you)
        visit_id = app.sessions.current.session_id  # type: ignore[union-attr]
        you.tap("signSubmit")
        k.wait(lambda: k.screen == "applyReceipt", 20, "receipt screen")
        k.wait(lambda: app.apply.property("step") in ("receipt", "failed"), 30, "receipt")
        if app.apply.property("step") != "receipt":
            return "submit_failed"
        line = app.apply.property("receipt")[0]
        submitted.append(Submitted(visit_id, str(line["number"]), bool(line["delivered"])))
        k.wait(lambda: not str(app.apply.property("printState")).startswith("printing"), 30)
        outcome = "done" if line["delivered"] else "offline"
        if str(app.apply.property("printState")).startswith("failed"):
            outcome += "+no_receipt"
        you.tap("receiptFinish")
        k.wait(lambda: k.screen == "rating", 10, "rating")
        if rate:
            rating(you, level=5 if len(submitted) % 4 else 2)
        return outcome
    finally:
        app.simulators["idcard"].remove_card()  # type: ignore[attr-defined]
        app.simulators["camera"].set_scene("live")  # type: ignore[attr-defined]
        if k.screen != "attract":
            you.end_visit()


def rating(you: Resident, level: int) -> None:
    """好差评: a level; a low one asks for reasons (one chosen) before it is sent."""
    k = you.kiosk
    you.tap(f"rate_{level}")
    if level <= 2:
        you.tap(you.first_visible("reason_"))
        you.tap("ratingSubmit")
    k.wait(lambda: k.visible("ratingDone") is not None or k.screen == "attract", 10, "thanks")
    if k.visible("ratingDone") is not None:
        you.tap("ratingDone")


def sign(you: Resident) -> None:
    """Two strokes on the signature pad, as mouse drags (a finger on the pad)."""
    from PySide6.QtCore import QEvent, QPointF, Qt
    from PySide6.QtGui import QGuiApplication, QMouseEvent

    k = you.kiosk
    pad = k.visible("signaturePad")
    if pad is None:
        raise Stuck("signature pad")
    window = k.app.window
    w, h = pad.width(), pad.height()
    for row in (0.35, 0.6):
        points = [
            pad.mapToScene(QPointF(w * (0.1 + 0.02 * i), h * (row + (0.1 if i % 2 else -0.1))))
            for i in range(35)
        ]
        for index, pos in enumerate(points):
            kind = (
                QEvent.Type.MouseButtonPress
                if index == 0
                else QEvent.Type.MouseButtonRelease
                if index == len(points) - 1
                else QEvent.Type.MouseMove
            )
            button = (
                Qt.MouseButton.NoButton
                if kind == QEvent.Type.MouseMove
                else Qt.MouseButton.LeftButton
            )
            buttons = (
                Qt.MouseButton.NoButton
                if kind == QEvent.Type.MouseButtonRelease
                else Qt.MouseButton.LeftButton
            )
            event = QMouseEvent(
                kind, pos, window.mapToGlobal(pos), button, buttons, Qt.KeyboardModifier.NoModifier
            )
            QGuiApplication.sendEvent(window, event)
        you.touches += 1
        k.pump(20)


def summarize(values: Sequence[float]) -> tuple[float, float, float]:
    """(median, p99, max) of ``values``; zeros for none."""
    if not values:
        return 0.0, 0.0, 0.0
    ordered = sorted(values)
    p99 = ordered[min(len(ordered) - 1, max(0, round(0.99 * len(ordered)) - 1))]
    return statistics.median(ordered), p99, ordered[-1]
