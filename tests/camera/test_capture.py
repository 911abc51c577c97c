from __future__ import annotations

import time
from pathlib import Path

import numpy as np
import pytest

from drivers.camera.capture import CameraDevice, SignalMonitor, SignalVerdict, parse_source
from drivers.camera.sim import write_sequence, write_video
from drivers.errors import DeviceUnavailable
from drivers.model import DeviceState, ErrorAction

WAIT_S = 10.0


def poll_until(camera, predicate, timeout: float = WAIT_S) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        camera.poll()
        if predicate():
            return True
        time.sleep(0.02)
    return False


def wait_frames(camera, count: int, timeout: float = WAIT_S) -> bool:
    target = camera.frames_captured + count
    deadline = time.monotonic() + timeout
    while camera.frames_captured < target and time.monotonic() < deadline:
        time.sleep(0.01)
    return camera.frames_captured >= target


# ------------------------------------------------------------------------------- pure parts


@pytest.mark.parametrize(
    ("source", "kind"),
    [
        (0, "index"),
        ("1", "index"),
        ("/dev/v4l/by-id/usb-Acme_Cam-video-index0", "device"),
        ("http://127.0.0.1:8080/video.mjpg", "url"),
        ("rtsp://user:secret@127.0.0.1/stream", "url"),
        ("/srv/frames/frame_%04d.jpg", "sequence"),
        ("/srv/demo.avi", "file"),
    ],
)
def test_parse_source(source, kind):
    assert parse_source(source).kind == kind


def test_url_credentials_never_reach_the_description():
    assert "secret" not in parse_source("rtsp://user:secret@127.0.0.1/stream").describe()


def test_signal_monitor_accepts_noisy_frames_of_a_still_scene():
    monitor = SignalMonitor(frozen_after_s=0.5)
    rng = np.random.default_rng(1)
    base = np.full((480, 640, 3), 120, np.int16)
    verdicts = {
        monitor.feed(np.clip(base + rng.normal(0, 2, base.shape), 0, 255).astype(np.uint8), k / 30)
        for k in range(60)
    }
    assert verdicts == {SignalVerdict.OK}


def test_signal_monitor_reports_frozen_frames_after_the_hold_time():
    monitor = SignalMonitor(frozen_after_s=0.5)
    frame = np.random.default_rng(1).integers(0, 255, (480, 640, 3), dtype=np.uint8)
    verdicts = [monitor.feed(frame, k / 30) for k in range(30)]
    assert verdicts[10] is SignalVerdict.OK
    assert verdicts[-1] is SignalVerdict.FROZEN


def test_signal_monitor_reports_black_before_frozen():
    monitor = SignalMonitor(black_after_s=0.5, frozen_after_s=0.5)
    black = np.zeros((480, 640, 3), np.uint8)
    assert [monitor.feed(black, k / 30) for k in range(30)][-1] is SignalVerdict.BLACK


# ------------------------------------------------------------------------------- with the sim


def test_frames_flow_at_the_camera_rate(sim, make_camera):
    camera = make_camera(sim.url)
    camera.open()
    assert camera.status.state is DeviceState.ONLINE
    assert camera.status.sub["resolution"] == "640x480"
    assert wait_frames(camera, 20)
    assert 10.0 < camera.measured_fps() < 45.0  # ~30; loose: CI machines are shared


def test_subscribers_get_frames_on_their_own_thread(sim, make_camera):
    import threading

    threads: set[str] = set()
    camera = make_camera(sim.url)
    sub = camera.subscribe(lambda frame: threads.add(threading.current_thread().name), "probe")
    camera.open()
    try:
        assert wait_frames(camera, 10)
        deadline = time.monotonic() + WAIT_S
        while sub.delivered < 5 and time.monotonic() < deadline:
            time.sleep(0.01)
    finally:
        camera.unsubscribe(sub)
    assert threads == {"camera-probe"}


def test_slow_consumer_drops_frames_instead_of_queueing(sim, make_camera):
    camera = make_camera(sim.url)
    sub = camera.subscribe(lambda frame: time.sleep(0.2), "slow")
    camera.open()
    try:
        assert wait_frames(camera, 20)
    finally:
        camera.unsubscribe(sub)
    assert sub.dropped > 0
    assert camera.info()["dropped"] >= sub.dropped
    assert sub.delivered + sub.dropped <= camera.frames_captured


def test_reopens_after_the_camera_is_lost_mid_session(sim, make_camera):
    camera = make_camera(sim.url)
    received: list[int] = []
    sub = camera.subscribe(lambda frame: received.append(frame.seq), "consumer")
    camera.open()
    try:
        assert wait_frames(camera, 5)
        sim.inject("unplug")
        assert poll_until(camera, lambda: camera.status.state is DeviceState.NO_DEVICE)
        assert camera.is_open  # the capture thread keeps trying; the device stays open
        sim.clear()
        assert poll_until(camera, lambda: camera.status.state is DeviceState.ONLINE)
        before = len(received)
        assert wait_frames(camera, 5)
        deadline = time.monotonic() + WAIT_S
        while len(received) <= before and time.monotonic() < deadline:
            time.sleep(0.01)
    finally:
        camera.unsubscribe(sub)
    assert camera.info()["reopens"] >= 1
    assert len(received) > before  # the same subscription resumed after the reopen


def test_black_frames_are_a_hardware_error(sim, make_camera):
    camera = make_camera(sim.url)
    errors = []
    camera.add_listener(lambda event: errors.append(event) if hasattr(event, "action") else None)
    camera.open()
    sim.inject("black")
    assert poll_until(camera, lambda: camera.status.state is DeviceState.HARDWARE_ERROR)
    assert errors[-1].code == "black_frames"
    assert errors[-1].action is ErrorAction.MAINTENANCE


def test_frozen_frames_are_a_hardware_error_with_reset(sim, make_camera):
    camera = make_camera(sim.url)
    errors = []
    camera.add_listener(lambda event: errors.append(event) if hasattr(event, "action") else None)
    camera.open()
    sim.inject("frozen")
    assert poll_until(camera, lambda: camera.status.state is DeviceState.HARDWARE_ERROR)
    assert (errors[-1].code, errors[-1].action) == ("frozen_frames", ErrorAction.RESET)


def test_open_without_a_camera_raises_no_device(sim, make_camera):
    sim.inject("unplug")
    camera = make_camera(sim.url)
    with pytest.raises(DeviceUnavailable):
        camera.open()
    assert camera.status.state is DeviceState.NO_DEVICE
    assert not camera.is_open


def test_missing_stable_device_path_is_no_device(make_camera, tmp_path: Path):
    camera = make_camera(str(Path("/dev/v4l/by-id/usb-Nobody_Camera-video-index0")))
    with pytest.raises(DeviceUnavailable, match="no camera at"):
        camera.open()


def test_restart_command_reopens_the_stream(sim, make_camera):
    camera = make_camera(sim.url)
    camera.open()
    assert wait_frames(camera, 3)
    connections = sim.connections
    camera.restart()
    assert wait_frames(camera, 10)
    assert sim.connections > connections


def test_snapshot_is_a_private_writable_copy(sim, make_camera):
    camera = make_camera(sim.url)
    camera.open()
    assert wait_frames(camera, 1)
    shot = camera.snapshot()
    shot[:] = 0  # must not disturb the shared frame
    latest = camera.latest_frame()
    assert latest is not None and latest.image.any()


def test_close_drops_the_last_frame(sim, make_camera):
    camera = make_camera(sim.url)
    camera.open()
    assert wait_frames(camera, 1)
    camera.close()
    assert camera.latest_frame() is None
    assert camera.status.state is DeviceState.OFFLINE


def test_video_file_is_paced_and_looped(make_camera, tmp_path: Path):
    path = write_video(tmp_path / "live.avi", "photo", fps=10)  # 10 frames: loops quickly
    camera = make_camera(str(path), fps=50)
    camera.open()
    assert wait_frames(camera, 25)  # more than the file holds
    assert camera.status.state is DeviceState.ONLINE
    assert camera.measured_fps() < 80  # paced, not decoded as fast as possible


def test_image_sequence_source(make_camera, tmp_path: Path):
    pattern = write_sequence(tmp_path / "frames", "photo", fps=5)
    camera = make_camera(pattern, fps=60)
    camera.open()
    assert wait_frames(camera, 8)
    frame = camera.latest_frame()
    assert frame is not None and (frame.width, frame.height) == (640, 480)


def test_demo_launcher_call_shape(make_camera, tmp_path: Path):
    # kiosk.demo starts simulators as cls(link=...) and hands sim.port to the driver's port.
    from drivers.camera.sim import CameraSimulator

    with CameraSimulator(link=tmp_path / "camera-0") as sim:
        camera = make_camera(sim.port)
        camera.open()
        assert wait_frames(camera, 3)


def test_device_host_runs_the_camera(qtbot, sim):
    from kiosk.services.device_host import DeviceHost

    # Until the registry has the camera, the host is built around the device directly.
    host = DeviceHost(CameraDevice("camera", port=sim.url), poll_interval_s=0.1)
    frames: list[int] = []
    sub = host.device.subscribe(lambda frame: frames.append(frame.seq), "probe")  # any thread
    try:
        with qtbot.waitSignal(host.statusChanged, timeout=10_000) as blocker:
            host.start()
        assert blocker.args[1]["state"] == "online"
        qtbot.waitUntil(lambda: len(frames) >= 5, timeout=10_000)
    finally:
        host.device.unsubscribe(sub)  # type: ignore[attr-defined]
        assert host.stop()


def test_technician_check_reports_a_working_camera(sim, capsys):
    from drivers.camera.__main__ import main

    assert main(["--port", sim.url, "--seconds", "0.3", "status"]) == 0
    assert '"state": "online"' in capsys.readouterr().out


def test_technician_check_fails_without_a_camera(capsys):
    from drivers.camera.__main__ import main

    assert main(["--port", "/dev/v4l/by-id/usb-Nobody-video-index0", "status"]) == 1
    assert capsys.readouterr().err.startswith("error: no camera at")
