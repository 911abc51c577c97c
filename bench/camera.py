"""Camera preview and face-detection rates and CPU use at 640×480, against a capture-only baseline.

    .venv/bin/python bench/camera.py [--seconds 8] [--detect-width 320]

The source is the camera simulator (``drivers.camera.sim``, scene ``live``: a face with head
movements and blinks) in a separate process, streaming MJPEG over HTTP on 127.0.0.1 at 30 fps,
read by the real ``opencv`` driver; the simulator's own CPU is not counted. Scenarios, in one
process, one after the other:

* ``capture only``  - the driver's capture thread (MJPEG decode) and a consumer that does
  nothing: the baseline;
* ``+ preview``     - plus the preview conversion the view-model does per frame
  (downscale, mirror, BGR→RGB, QImage) on its own thread;
* ``+ detection``   - plus face detection and quality gates on a second consumer thread
  (newest frame only: frames arriving while it works are dropped, not queued);
* ``+ liveness``    - plus the liveness check on the detection thread (the whole identity
  pipeline while a resident is verified).

CPU is the process's CPU time over wall time (100 % = one core). "detect ms" is the wall time
of one ``analyze`` call (p50/p99), "thread cpu" its own CPU time. A second table times QR
decoding on a 1280×720 frame: the whole frame versus the downscaled scan window.

Budget (DESIGN.md): preview 30 fps, detection ≥ 15 fps, under one core. Exit 1 when over.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import cv2  # noqa: E402
import numpy as np  # noqa: E402

from drivers.camera.capture import CameraDevice  # noqa: E402
from drivers.camera.faces import FaceAnalyzer  # noqa: E402
from drivers.camera.frames import Frame  # noqa: E402
from drivers.camera.liveness import Challenge, LivenessCheck  # noqa: E402
from drivers.camera.qr import QrScanner, format_code, make_qr_image  # noqa: E402
from drivers.camera.sim import Pose, render_frame  # noqa: E402
from screens.viewmodels.camera import CameraImageProvider, prepare_preview  # noqa: E402

PREVIEW_FPS_BUDGET = 30.0
DETECT_FPS_BUDGET = 15.0
CPU_BUDGET = 1.0  # cores


def pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


@dataclass
class Consumer:
    """A frame consumer that records how often and how long it ran."""

    name: str
    work: Callable[[Frame], None]
    wall_ms: list[float] = field(default_factory=list)
    cpu_ms: list[float] = field(default_factory=list)
    stamps: list[float] = field(default_factory=list)
    recording: bool = False

    def __call__(self, frame: Frame) -> None:
        t0, c0 = time.perf_counter(), time.thread_time()
        self.work(frame)
        if self.recording:
            self.wall_ms.append((time.perf_counter() - t0) * 1000)
            self.cpu_ms.append((time.thread_time() - c0) * 1000)
            self.stamps.append(time.monotonic())

    def rate(self, seconds: float) -> float:
        return len(self.stamps) / seconds


@dataclass
class Result:
    name: str
    capture_fps: float
    preview_fps: float | None
    detect_fps: float | None
    detect_p50: float | None
    detect_p99: float | None
    detect_cpu_p50: float | None
    dropped_pct: float | None
    cpu: float


def start_simulator() -> tuple[subprocess.Popen[str], str]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "drivers.camera.sim", "--scene", "live", "--prerender"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert proc.stdout is not None
    url = proc.stdout.readline().strip()
    if not url.startswith("http://127.0.0.1:"):
        proc.kill()
        raise SystemExit(f"simulator did not start (got {url!r})")
    return proc, url


def run(url: str, name: str, consumers: list[Consumer], seconds: float) -> Result:
    camera = CameraDevice("bench", source=url)
    subs = [camera.subscribe(c, c.name) for c in consumers]
    camera.open()
    try:
        time.sleep(1.0)  # warm-up: first frames, caches, thread start
        frames0 = camera.frames_captured
        drops0 = {c.name: s.dropped for c, s in zip(consumers, subs, strict=True)}
        for consumer in consumers:
            consumer.recording = True
        wall0, cpu0 = time.monotonic(), time.process_time()
        deadline = wall0 + seconds
        while time.monotonic() < deadline:
            camera.poll()  # what the DeviceHost does every 0.5 s
            time.sleep(0.5)
        wall = time.monotonic() - wall0
        cpu = (time.process_time() - cpu0) / wall
        for consumer in consumers:
            consumer.recording = False
        frames = camera.frames_captured - frames0
        by_name = {c.name: c for c in consumers}
        detect = by_name.get("detect")
        preview = by_name.get("preview")
        dropped = None
        if detect is not None:
            sub = subs[consumers.index(detect)]
            dropped = 100.0 * (sub.dropped - drops0["detect"]) / max(1, frames)
        return Result(
            name,
            frames / wall,
            preview.rate(wall) if preview else None,
            detect.rate(wall) if detect else None,
            statistics.median(detect.wall_ms) if detect and detect.wall_ms else None,
            pct(detect.wall_ms, 0.99) if detect and detect.wall_ms else None,
            statistics.median(detect.cpu_ms) if detect and detect.cpu_ms else None,
            dropped,
            cpu,
        )
    finally:
        for sub in subs:
            camera.unsubscribe(sub)
        camera.close()


def scenarios(detect_width: int) -> list[tuple[str, list[Consumer]]]:
    provider = CameraImageProvider()

    def preview(frame: Frame) -> None:
        provider.set_rgb(prepare_preview(frame.image, 640))

    def make_detect(with_liveness: bool) -> Consumer:
        analyzer = FaceAnalyzer(detect_width=detect_width)
        state: dict[str, LivenessCheck] = {}

        def detect(frame: Frame) -> None:
            observation = analyzer.analyze(frame.image)
            if with_liveness:
                check = state.get("check")
                if check is None or check.status.finished:
                    check = state["check"] = LivenessCheck([Challenge.BLINK], timeout_s=10)
                gray = cv2.cvtColor(frame.image, cv2.COLOR_BGR2GRAY)
                check.feed(gray, observation.face, frame.timestamp)

        return Consumer("detect", detect)

    return [
        ("capture only", [Consumer("null", lambda frame: None)]),
        ("+ preview", [Consumer("preview", preview)]),
        ("+ detection", [Consumer("preview", preview), make_detect(False)]),
        ("+ liveness", [Consumer("preview", preview), make_detect(True)]),
    ]


def qr_table(rounds: int) -> list[tuple[str, float, float]]:
    frame = cv2.resize(render_frame(Pose(), rng=np.random.default_rng(5)), (1280, 720))
    code = make_qr_image(format_code("pickup", "20261122"), module_px=8)
    frame[260 : 260 + code.shape[0], 760 : 760 + code.shape[1]] = code[..., None]
    rows = []
    for label, scanner in (
        ("whole 1280x720 frame", QrScanner(max_side=4096)),
        ("downscaled to 640", QrScanner()),
        ("scan window + 640", QrScanner(roi=(0.5, 0.15, 0.5, 0.7))),
    ):
        times = []
        for _ in range(rounds):
            t0 = time.perf_counter()
            found = scanner.scan_codes(frame)
            times.append((time.perf_counter() - t0) * 1000)
            assert found, label
        rows.append((label, statistics.median(times), pct(times, 0.99)))
    return rows


def fmt(value: float | None, spec: str = "6.1f") -> str:
    return "     -" if value is None else format(value, spec)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=8.0, help="measuring time per scenario")
    parser.add_argument("--detect-width", type=int, default=320)
    parser.add_argument("--qr-rounds", type=int, default=40)
    args = parser.parse_args()

    proc, url = start_simulator()
    try:
        results = [
            run(url, name, cons, args.seconds) for name, cons in scenarios(args.detect_width)
        ]
    finally:
        proc.terminate()
        proc.wait(5)

    print(
        f"camera 640x480 @ 30 fps from the simulator (MJPEG over HTTP), {args.seconds:g} s each,"
        f" detection ({FaceAnalyzer().detector.name}) at {args.detect_width} px,"
        f" OpenCV {cv2.__version__}"
    )
    header = (
        f"{'scenario':<14} {'capture':>7} {'preview':>7} {'detect':>6} {'detect ms':>13}"
        f" {'thread cpu':>10} {'dropped':>7} {'cpu':>6} {'cpu/base':>8}"
    )
    print(header)
    print(
        f"{'':<14} {'fps':>7} {'fps':>7} {'fps':>6} {'p50 / p99':>13} {'ms p50':>10}"
        f" {'% det':>7} {'core':>6} {'ratio':>8}"
    )
    print("-" * len(header))
    base = results[0].cpu
    for r in results:
        detect_ms = (
            f"{r.detect_p50:5.1f} / {r.detect_p99:5.1f}" if r.detect_p50 is not None else "-"
        )
        print(
            f"{r.name:<14} {r.capture_fps:7.1f} {fmt(r.preview_fps, '7.1f')}"
            f" {fmt(r.detect_fps)} {detect_ms:>13} {fmt(r.detect_cpu_p50, '10.1f')}"
            f" {fmt(r.dropped_pct, '7.0f')} {r.cpu * 100:5.0f}% {r.cpu / base:8.2f}"
        )
    print("-" * len(header))

    print()
    print("QR decode of one 1280x720 frame (QRCodeDetectorAruco), ms")
    rows = qr_table(args.qr_rounds)
    print(f"{'search area':<22} {'p50':>6} {'p99':>6} {'ratio':>6}")
    whole = rows[0][1]
    for label, p50, p99 in rows:
        print(f"{label:<22} {p50:6.1f} {p99:6.1f} {whole / p50:6.1f}x")

    full = results[-1]
    detect_row = results[2]
    preview_ok = (
        all(
            r.preview_fps is None or r.preview_fps >= 0.95 * min(r.capture_fps, PREVIEW_FPS_BUDGET)
            for r in results
        )
        and results[1].capture_fps >= 0.95 * PREVIEW_FPS_BUDGET
    )
    detect_ok = (detect_row.detect_fps or 0) >= DETECT_FPS_BUDGET and (
        full.detect_fps or 0
    ) >= DETECT_FPS_BUDGET
    cpu_ok = max(r.cpu for r in results) < CPU_BUDGET
    print()
    print(
        f"budget: preview {PREVIEW_FPS_BUDGET:g} fps: {results[1].preview_fps:.1f}"
        f" ({'ok' if preview_ok else 'OVER'}); detection >= {DETECT_FPS_BUDGET:g} fps:"
        f" {detect_row.detect_fps:.1f} / {full.detect_fps:.1f} with liveness"
        f" ({'ok' if detect_ok else 'OVER'}); under one core: {full.cpu * 100:.0f}%"
        f" ({'ok' if cpu_ok else 'OVER'})"
    )
    return 0 if preview_ok and detect_ok and cpu_ok else 1


if __name__ == "__main__":
    threading.current_thread().name = "bench"
    sys.exit(main())
