"""Idle timeout: a visible countdown, one-touch continue, and a wipe on expiry."""

from __future__ import annotations

from kiosk.app import AppOptions
from tests.gui.conftest import item, tap


def short_idle(kiosk_factory, countdown: int = 1):
    return kiosk_factory(
        AppOptions(
            start_devices=False,
            start_network_probe=False,
            start_backend=False,
            idle_timeout_s=0.2,
            idle_countdown_s=countdown,
        )
    )


def test_countdown_appears_after_inactivity(qtbot, kiosk_factory):
    kiosk = short_idle(kiosk_factory, countdown=20)
    kiosk.router.home()
    qtbot.waitUntil(lambda: item(kiosk, "idleOverlay").isVisible(), timeout=3000)
    assert item(kiosk, "idleSeconds").property("text") == "20"


def test_continue_keeps_the_visit(qtbot, kiosk_factory):
    kiosk = short_idle(kiosk_factory, countdown=20)
    kiosk.router.home()
    qtbot.waitUntil(lambda: kiosk.idle.countdownActive, timeout=3000)
    tap(qtbot, kiosk, "idleContinueButton")
    assert not kiosk.idle.countdownActive
    assert kiosk.router.currentScreen == "home"
    assert kiosk.sessions.current is not None


def test_expiry_wipes_session_and_returns_to_attract(qtbot, kiosk_factory):
    kiosk = short_idle(kiosk_factory, countdown=1)
    kiosk.router.home()
    session = kiosk.sessions.current
    assert session is not None
    photo = session.add_blob("face", b"\x01" * 64)
    session.form["phone"] = "13800138000"
    with qtbot.waitSignal(kiosk.idle.expired, timeout=5000):
        pass
    qtbot.waitUntil(lambda: kiosk.router.currentScreen == "attract")
    assert not session.is_active
    assert bytes(photo) == b"\x00" * 64
    assert session.form == {}
    assert kiosk.state.reminder == "timeout"


def test_end_now_on_overlay_ends_visit(qtbot, kiosk_factory):
    kiosk = short_idle(kiosk_factory, countdown=20)
    kiosk.router.home()
    qtbot.waitUntil(lambda: item(kiosk, "idleOverlay").isVisible(), timeout=3000)
    tap(qtbot, kiosk, "idleEndButton")
    qtbot.waitUntil(lambda: kiosk.router.currentScreen == "attract")
    assert kiosk.sessions.current is None


def test_no_timeout_on_attract_screen(qtbot, kiosk_factory):
    kiosk = short_idle(kiosk_factory, countdown=1)
    qtbot.wait(600)
    assert not kiosk.idle.countdownActive
    assert kiosk.router.currentScreen == "attract"


def test_elder_mode_doubles_the_countdown(qtbot, kiosk_factory):
    kiosk = short_idle(kiosk_factory, countdown=20)
    kiosk.router.home()
    kiosk.state.setElderMode(True)
    qtbot.waitUntil(lambda: kiosk.idle.countdownActive, timeout=3000)
    assert kiosk.idle.remaining == 40
