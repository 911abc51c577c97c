"""StallMonitor: gap bookkeeping on a fake clock, a real blocked GUI thread, touch-to-feedback."""

from __future__ import annotations

import time

import pytest

from kiosk.services.stall import StallMonitor, percentile, touch_to_feedback


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def ticks(monitor: StallMonitor, clock: FakeClock, gaps_ms: list[float]) -> None:
    for gap in gaps_ms:
        clock.now += gap / 1000.0
        monitor.record(clock.now)


def test_percentile_nearest_rank():
    assert percentile([], 99) == 0.0
    assert percentile([5.0], 99) == 5.0
    values = [float(v) for v in range(1, 101)]
    assert percentile(values, 99) == 99.0
    assert percentile(values, 50) == 50.0


def test_on_time_ticks_are_no_stall(qapp):
    clock = FakeClock()
    monitor = StallMonitor(interval_ms=10, clock=clock)
    monitor.record(clock.now)
    ticks(monitor, clock, [10.0] * 50)
    snap = monitor.snapshot()
    assert snap == {
        "longest_ms": 0.0,
        "p99_ms": 0.0,
        "count_over_50ms": 0,
        "ticks": 50,
        "total_over_50ms": 0,
    }


def test_late_ticks_count_as_stalls(qapp):
    clock = FakeClock()
    monitor = StallMonitor(interval_ms=10, clock=clock)
    monitor.record(clock.now)
    ticks(monitor, clock, [10.0] * 98 + [70.0, 210.0])
    snap = monitor.snapshot()
    assert snap["longest_ms"] == 200.0
    assert snap["p99_ms"] == 60.0
    assert snap["count_over_50ms"] == 2


def test_window_forgets_old_stalls_but_longest_remains(qapp):
    clock = FakeClock()
    monitor = StallMonitor(interval_ms=10, window_s=1.0, clock=clock)
    monitor.record(clock.now)
    ticks(monitor, clock, [310.0] + [10.0] * 200)  # 2 s of good ticks after the stall
    snap = monitor.snapshot()
    assert snap["longest_ms"] == 300.0
    assert snap["p99_ms"] == 0.0
    assert snap["count_over_50ms"] == 0
    assert snap["total_over_50ms"] == 1


def test_reset_forgets_everything(qapp):
    clock = FakeClock()
    monitor = StallMonitor(interval_ms=10, clock=clock)
    monitor.record(clock.now)
    ticks(monitor, clock, [500.0])
    monitor.reset()
    assert monitor.snapshot()["longest_ms"] == 0.0
    assert monitor.snapshot()["ticks"] == 0


def test_current_stall_grows_while_no_tick_comes(qapp):
    clock = FakeClock()
    monitor = StallMonitor(interval_ms=10, clock=clock)
    monitor.record(clock.now)
    clock.now += 1.0
    assert monitor.current_stall_ms() == pytest.approx(990.0)


def test_a_blocked_gui_thread_is_measured(qtbot):
    monitor = StallMonitor(interval_ms=10)
    monitor.start()
    qtbot.wait(100)
    time.sleep(0.2)  # the GUI thread is busy: no tick can run
    qtbot.wait(100)
    snap = monitor.stop()
    assert snap["longest_ms"] >= 150.0
    assert snap["count_over_50ms"] >= 1
    assert not monitor.running


QML_BUTTON = b"""
import QtQuick
Window {
    width: 400; height: 300; visible: true
    Rectangle {
        objectName: "button"
        x: 50; y: 50; width: 200; height: 100
        color: tap.pressed ? "red" : "blue"
        TapHandler { id: tap }
    }
}
"""


@pytest.fixture
def quick_window(qapp, tmp_path):
    from PySide6.QtCore import QUrl
    from PySide6.QtQml import QQmlApplicationEngine

    qml = tmp_path / "button.qml"
    qml.write_bytes(QML_BUTTON)
    engine = QQmlApplicationEngine()
    engine.load(QUrl.fromLocalFile(str(qml)))
    window = engine.rootObjects()[0]
    yield window
    window.close()
    engine.deleteLater()


def test_touch_on_a_button_reaches_a_frame(qtbot, quick_window):
    qtbot.waitExposed(quick_window)
    qtbot.wait(100)
    ms = touch_to_feedback(quick_window, 150, 100, timeout_ms=5000)
    assert ms is not None and ms > 0


def test_touch_on_nothing_reports_no_feedback(qtbot, quick_window):
    qtbot.waitExposed(quick_window)
    qtbot.wait(200)  # let the first frames settle
    assert touch_to_feedback(quick_window, 350, 280, timeout_ms=300) is None
