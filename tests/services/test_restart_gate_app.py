"""The running kiosk's restart gate and live configuration apply (real QML, offscreen)."""

from __future__ import annotations

from kiosk.config import load_config
from kiosk.services.maintenance import EXIT_RESTART
from tests.gui.conftest import kiosk_factory  # noqa: F401  (fixture)


def test_restart_waits_for_the_visit_then_exits_for_a_restart(qtbot, kiosk_factory):  # noqa: F811
    app = kiosk_factory()
    exits: list[int] = []
    app.restart_gate._quit = exits.append
    app.restart_gate._grace_s = 0.0
    app.restart_gate._timer.setInterval(10)
    app.router.home()  # a resident starts a visit
    qtbot.waitUntil(lambda: app.sessions.current is not None)
    app.restart_gate.request("nightly restart")
    qtbot.wait(100)
    assert exits == []
    app.router.reset("completed")
    qtbot.waitUntil(lambda: exits == [EXIT_RESTART], timeout=5000)


def test_reloaded_notices_and_idle_timings_apply_on_screen(qtbot, kiosk_factory, tmp_path):  # noqa: F811
    app = kiosk_factory()
    new = load_config(
        env={
            "KIOSK__KIOSK__DATA_DIR": str(tmp_path / "var"),
            "KIOSK__LOGGING__DIR": str(tmp_path / "log"),
            "KIOSK__UI__FULLSCREEN": "false",
            "KIOSK__UI__IDLE_TIMEOUT_S": "90",
            "KIOSK__UI__NOTICES": '[{zh = "今晚系统维护", en = "Maintenance tonight"}]',
        }
    )
    app._relay.config_reloaded(new)
    assert app.state.notices == ["今晚系统维护"]
    assert app.idle.idle_ms() == 90_000
    assert app.config is new
