"""A simulated camera: an MJPEG-over-HTTP camera on 127.0.0.1, like a network camera.

The driver opens :attr:`CameraSimulator.url` with the same ``cv2.VideoCapture`` code it uses for
real cameras (FFmpeg reads ``multipart/x-mixed-replace`` JPEG parts), so the demo, the tests
and the benchmark exercise the real capture path: decoding, pacing, reconnection.

The picture is rendered from scikit-image's bundled ``astronaut.png`` (a real face, 512×512)
placed on a 640×480 frame the way a resident stands at a kiosk, with sensor noise on every frame
(real sensors never repeat a frame bit for bit). Scenes:

* ``live``  - a 6 s loop: small head sway, three blinks, a head turn to the resident's left and
  one to their right; the liveness check passes on it whatever challenge it draws;
* ``photo`` - the same face held perfectly still, eyes open: a printed photo (liveness fails);
* ``empty`` - nobody there;
* ``two``   - a second face beside the first (quality gate ``one_person_only``);
* ``document`` - nobody there; a printed A4 page (text lines, a black marker top-left) lies
  under the camera, slightly skewed on a dark desk: what the document scan finds and flattens.

Faults (:meth:`CameraSimulator.inject`): ``unplug`` (streams are cut and new connections get
HTTP 503: the camera is gone), ``black`` (black frames), ``frozen`` (the last frame repeated
bit for bit). :meth:`clear` ends the fault.

:func:`render_frame` draws one frame for a :class:`Pose`, so tests can craft frames for each
quality gate (too small, off centre, dark, blurred, two people) without any I/O.
:func:`write_video` / :func:`write_sequence` write scenes as files for the file sources.

Run ``python -m drivers.camera.sim [--scene live]``: prints the URL, serves until Ctrl-C.
"""

from __future__ import annotations

import argparse
import functools
import math
import signal
import sys
import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import FrameType

import cv2
import numpy as np

__all__ = [
    "FACE_BOX",
    "SCENES",
    "CameraSimulator",
    "Pose",
    "render_frame",
    "scene_frames",
    "scene_poses",
    "write_sequence",
    "write_video",
]

FAULTS = ("unplug", "black", "frozen")
SCENES = ("live", "photo", "empty", "two", "document")

# Geometry of astronaut.png (512×512), measured once with OpenCV 4's Haar face and eye cascades.
FACE_BOX = (177, 66, 95, 95)  # x, y, w, h
_EYES = ((202, 101), (247, 103))  # eye centres
_EYE_AXES = (13, 7)  # half-width, half-height of the patch that closes an eye
_HEAD = (120, 10, 330, 260)  # x0, y0, x1, y1 of the region a head turn moves (hair included)
_FACE_CENTRE = (FACE_BOX[0] + FACE_BOX[2] / 2, FACE_BOX[1] + FACE_BOX[3] / 2)
_WALL = (188, 192, 196)  # BGR of the wall behind the resident


@dataclass(frozen=True, slots=True)
class Pose:
    """Where the resident is and what they do in one frame.

    ``dx``/``dy``: face centre offset from the frame centre in pixels; ``scale``: face size
    relative to the default (≈ 27 % of the frame width); ``yaw``: head turn, -1..1, positive =
    towards the resident's left (features move to the right of the unmirrored image);
    ``eyes_closed``; ``brightness``: gain; ``blur``: Gaussian sigma (motion/focus); ``noise``:
    sensor noise sigma; ``face``: False for an empty scene; ``second_face``: another person.
    """

    dx: float = 0.0
    dy: float = 0.0
    scale: float = 1.0
    yaw: float = 0.0
    eyes_closed: bool = False
    brightness: float = 1.0
    blur: float = 0.0
    noise: float = 2.0
    face: bool = True
    second_face: bool = False
    page: bool = False  # an A4 page on a dark desk instead of the wall (document scene)


#: where the page's corners lie in a 640×480 frame (the document scene), clockwise from top-left
PAGE_CORNERS = ((180.0, 30.0), (455.0, 38.0), (468.0, 440.0), (170.0, 432.0))
_DESK = (48, 44, 40)  # BGR of the desk under the document camera


@functools.cache
def _document_page() -> np.ndarray:
    """A white A4 page (72 dpi) with lines of text and a black square marker top-left."""
    width, height = 595, 842
    page = np.full((height, width, 3), 246, np.uint8)
    rng = np.random.default_rng(11)
    cv2.rectangle(page, (48, 48), (108, 108), (0, 0, 0), -1)  # orientation marker
    cv2.putText(page, "APPLICATION 2026", (140, 92), cv2.FONT_HERSHEY_SIMPLEX, 1.0, (20, 20, 20), 2)
    for i, y in enumerate(range(170, height - 60, 34)):
        words = " ".join(f"{rng.integers(0, 10**5):05d}" for _ in range(5))
        cv2.putText(
            page, f"{i:02d} {words}", (48, y), cv2.FONT_HERSHEY_SIMPLEX, 0.7, (40, 40, 40), 2
        )
    return page


def _draw_page(frame: np.ndarray) -> None:
    """Lay the document page on ``frame`` (in place) at :data:`PAGE_CORNERS`, scaled."""
    page = _document_page()
    height, width = frame.shape[:2]
    sx, sy = width / 640.0, height / 480.0
    target = np.float32([[x * sx, y * sy] for x, y in PAGE_CORNERS])
    ph, pw = page.shape[:2]
    source = np.float32([[0, 0], [pw - 1, 0], [pw - 1, ph - 1], [0, ph - 1]])
    matrix = cv2.getPerspectiveTransform(source, target)
    cv2.warpPerspective(
        page, matrix, (width, height), frame, cv2.INTER_AREA, cv2.BORDER_TRANSPARENT
    )


@functools.cache
def _portraits() -> tuple[np.ndarray, np.ndarray]:
    """astronaut.png as BGR with eyes open, and a copy with both eyes closed."""
    from skimage import data

    open_eyes = np.ascontiguousarray(data.astronaut()[:, :, ::-1])
    closed = open_eyes.copy()
    for cx, cy in _EYES:
        # Lid skin: the cheek just below the eye has the colour of a closed eyelid.
        cheek = open_eyes[cy + 12 : cy + 18, cx - 8 : cx + 8].reshape(-1, 3)
        skin = np.median(cheek, axis=0)
        mask = np.zeros(open_eyes.shape[:2], np.float32)
        cv2.ellipse(mask, (cx, cy), _EYE_AXES, 0, 0, 360, 1.0, -1)
        mask = cv2.GaussianBlur(mask, (7, 7), 2.0)[..., None]
        closed = (closed * (1 - mask) + skin * mask).astype(np.uint8)
        # The closed lid's lash line.
        cv2.ellipse(
            closed, (cx, cy + 1), (_EYE_AXES[0] - 2, 3), 0, 20, 160, (60, 72, 96), 1, cv2.LINE_AA
        )
    return open_eyes, closed


def _turn(image: np.ndarray, yaw: float) -> np.ndarray:
    """Approximate a head turn: stretch one side of the head, squeeze the other."""
    if abs(yaw) < 1e-3:
        return image
    x0, y0, x1, y1 = _HEAD
    width = x1 - x0
    u = np.linspace(0.0, 1.0, width, dtype=np.float32)
    gamma = 1.0 + 0.7 * abs(yaw)
    source = u**gamma if yaw > 0 else 1.0 - (1.0 - u) ** gamma
    map_x = np.repeat((x0 + source * (width - 1))[None, :], y1 - y0, axis=0)
    map_y = np.repeat(np.arange(y0, y1, dtype=np.float32)[:, None], width, axis=1)
    out = image.copy()
    out[y0:y1, x0:x1] = cv2.remap(image, map_x, map_y, cv2.INTER_LINEAR)
    return out


def render_frame(
    pose: Pose, width: int = 640, height: int = 480, rng: np.random.Generator | None = None
) -> np.ndarray:
    """One BGR frame of the scene for ``pose`` (pure apart from ``rng``'s noise)."""
    frame = np.empty((height, width, 3), np.uint8)
    frame[:] = _DESK if pose.page else _WALL
    shade = np.linspace(1.04, 0.94, height, dtype=np.float32)[:, None, None]
    frame = (frame * shade).astype(np.uint8)
    if pose.page:
        _draw_page(frame)
    if pose.face:
        open_eyes, closed = _portraits()
        portrait = _turn(closed if pose.eyes_closed else open_eyes, pose.yaw)
        scale = 1.8 * (width / 640.0) * pose.scale
        cx = width / 2 + pose.dx
        cy = height / 2 - 0.04 * height + pose.dy
        matrix = np.float32(
            [
                [scale, 0, cx - scale * _FACE_CENTRE[0]],
                [0, scale, cy - scale * _FACE_CENTRE[1]],
            ]
        )
        cv2.warpAffine(
            portrait, matrix, (width, height), frame, cv2.INTER_LINEAR, cv2.BORDER_TRANSPARENT
        )
        if pose.second_face:  # another person's head beside the resident's
            x0, y0, x1, y1 = _HEAD
            small = 0.75 * scale
            other = np.float32(
                [
                    [small, 0, width * 0.84 - small * (_FACE_CENTRE[0] - x0)],
                    [0, small, cy + 20 - small * (_FACE_CENTRE[1] - y0)],
                ]
            )
            cv2.warpAffine(
                open_eyes[y0:y1, x0:x1],
                other,
                (width, height),
                frame,
                cv2.INTER_LINEAR,
                cv2.BORDER_TRANSPARENT,
            )
    if pose.blur > 0:
        frame = cv2.GaussianBlur(frame, (0, 0), pose.blur)
    if pose.brightness != 1.0:
        frame = cv2.convertScaleAbs(frame, alpha=pose.brightness)
    if pose.noise > 0:
        rng = rng if rng is not None else np.random.default_rng()
        noise = rng.normal(0.0, pose.noise, (height, width, 1)).astype(np.int16)
        frame = np.clip(frame.astype(np.int16) + noise, 0, 255).astype(np.uint8)
    return frame


def scene_poses(scene: str, fps: float = 30.0) -> list[Pose]:
    """The poses of one loop of ``scene`` at ``fps`` frames per second."""
    if scene not in SCENES:
        raise ValueError(f"unknown scene {scene!r} (known: {', '.join(SCENES)})")
    if scene == "empty":
        return [Pose(face=False)]
    if scene == "photo":
        return [Pose()]
    if scene == "two":
        return [Pose(second_face=True, dx=-60)]
    if scene == "document":
        return [Pose(face=False, page=True)]
    poses = []
    loop_s = 6.0
    for k in range(round(loop_s * fps)):
        t = k / fps
        yaw = 0.0
        if 1.8 <= t < 2.8:
            yaw = math.sin(math.pi * (t - 1.8) / 1.0)
        elif 3.8 <= t < 4.8:
            yaw = -math.sin(math.pi * (t - 3.8) / 1.0)
        closed = any(start <= t < start + 0.17 for start in (1.2, 3.2, 5.2))
        poses.append(
            Pose(
                dx=4.0 * math.sin(2 * math.pi * t / 3.0),
                dy=2.0 * math.sin(2 * math.pi * t / 2.0),
                yaw=yaw,
                eyes_closed=closed,
            )
        )
    return poses


def scene_frames(
    scene: str, *, fps: float = 30.0, width: int = 640, height: int = 480, seed: int = 7
) -> list[np.ndarray]:
    """Every frame of one loop of ``scene`` (static scenes: ``fps`` frames of one pose)."""
    poses = scene_poses(scene, fps)
    if len(poses) == 1:
        poses = poses * max(1, round(fps))
    rng = np.random.default_rng(seed)
    return [render_frame(p, width, height, rng) for p in poses]


def write_video(path: Path | str, scene: str = "live", *, fps: float = 30.0) -> Path:
    """Write one loop of ``scene`` as a Motion-JPEG AVI file (a file camera source)."""
    path = Path(path)
    frames = scene_frames(scene, fps=fps)
    height, width = frames[0].shape[:2]
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter.fourcc(*"MJPG"), fps, (width, height))
    if not writer.isOpened():
        raise OSError(f"cannot write video {path}")
    try:
        for frame in frames:
            writer.write(frame)
    finally:
        writer.release()
    return path


def write_sequence(directory: Path | str, scene: str = "live", *, fps: float = 30.0) -> str:
    """Write ``scene`` as ``frame_0000.jpg``...; returns the ``%04d`` pattern to open."""
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    for k, frame in enumerate(scene_frames(scene, fps=fps)):
        cv2.imwrite(str(directory / f"frame_{k:04d}.jpg"), frame)
    return str(directory / "frame_%04d.jpg")


class _SceneCache:
    """JPEG bytes of a scene's frames, rendered on first use and shared by all clients."""

    def __init__(self, scene: str, fps: float, width: int, height: int, seed: int) -> None:
        poses = scene_poses(scene, fps)
        if len(poses) == 1:  # a still scene still needs fresh noise on every frame
            poses = poses * max(2, round(fps))
        self.poses = poses
        self._size = (width, height)
        self._rng = np.random.default_rng(seed)
        self._jpegs: list[bytes | None] = [None] * len(poses)
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self.poses)

    def jpeg(self, index: int) -> bytes:
        index %= len(self.poses)
        with self._lock:
            cached = self._jpegs[index]
            if cached is None:
                frame = render_frame(self.poses[index], *self._size, rng=self._rng)
                cached = cv2.imencode(".jpg", frame, [cv2.IMWRITE_JPEG_QUALITY, 85])[1].tobytes()
                self._jpegs[index] = cached
            return cached


@functools.cache
def _scene_cache(scene: str, fps: float, width: int, height: int, seed: int) -> _SceneCache:
    return _SceneCache(scene, fps, width, height, seed)


class CameraSimulator:
    """An MJPEG camera on ``http://127.0.0.1:<port>/video.mjpg`` (see the module docstring)."""

    def __init__(
        self,
        scene: str = "live",
        *,
        width: int = 640,
        height: int = 480,
        fps: float = 30.0,
        seed: int = 7,
        port: int = 0,
        link: Path | str | None = None,
    ) -> None:
        # ``link`` is accepted for the demo launcher's uniform call (serial simulators serve a
        # stable symlink); an HTTP camera's URL is already stable for the simulator's life.
        if scene not in SCENES:
            raise ValueError(f"unknown scene {scene!r} (known: {', '.join(SCENES)})")
        self.width = width
        self.height = height
        self.fps = fps
        self._seed = seed
        self._port = port
        self._lock = threading.Lock()
        self._scene = scene
        self._epoch = time.monotonic()
        self._fault: str | None = None
        self._frozen: bytes | None = None
        self._black: bytes | None = None
        self._last: bytes | None = None
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self._stopping = threading.Event()
        self.frames_served = 0
        self.connections = 0

    # ---------------------------------------------------------------- control

    @property
    def url(self) -> str:
        if self._server is None:
            raise RuntimeError("simulator not started")
        return f"http://127.0.0.1:{self._server.server_address[1]}/video.mjpg"

    @property
    def port(self) -> str:
        """What the driver's ``port`` setting gets: the stream URL."""
        return self.url

    @property
    def scene(self) -> str:
        return self._scene

    def set_scene(self, scene: str) -> None:
        """Switch scene; the new scene starts at its beginning."""
        if scene not in SCENES:
            raise ValueError(f"unknown scene {scene!r} (known: {', '.join(SCENES)})")
        with self._lock:
            self._scene = scene
            self._epoch = time.monotonic()

    def inject(self, fault: str) -> None:
        if fault not in FAULTS:
            raise ValueError(f"unknown fault {fault!r} (known: {', '.join(FAULTS)})")
        with self._lock:
            self._fault = fault
            self._frozen = self._last

    def clear(self) -> None:
        with self._lock:
            self._fault = None
            self._frozen = None

    def prerender(self) -> None:
        """Render the current scene's whole loop now (later frames are served from memory)."""
        cache = _scene_cache(self._scene, self.fps, self.width, self.height, self._seed)
        for index in range(len(cache)):
            cache.jpeg(index)

    def start(self) -> CameraSimulator:
        if self._server is not None:
            return self
        self._stopping.clear()
        handler = type("Handler", (_MjpegHandler,), {"sim": self})
        self._server = ThreadingHTTPServer(("127.0.0.1", self._port), handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever,
            kwargs={"poll_interval": 0.1},
            name="camera-sim",
            daemon=True,
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        server, self._server = self._server, None
        if server is None:
            return
        self._stopping.set()
        server.shutdown()
        server.server_close()
        if self._thread is not None:
            self._thread.join(2.0)

    def __enter__(self) -> CameraSimulator:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # ---------------------------------------------------------------- serving

    def _tick(self) -> int:
        return int((time.monotonic() - self._epoch) * self.fps)

    def _frame_bytes(self, tick: int) -> bytes | None:
        """The JPEG for ``tick``, or None when the camera is unplugged."""
        with self._lock:
            fault, frozen, scene = self._fault, self._frozen, self._scene
        if fault == "unplug":
            return None
        if fault == "frozen" and frozen is not None:
            return frozen
        if fault == "black":
            if self._black is None:
                black = np.zeros((self.height, self.width, 3), np.uint8)
                self._black = cv2.imencode(".jpg", black)[1].tobytes()
            return self._black
        data = _scene_cache(scene, self.fps, self.width, self.height, self._seed).jpeg(tick)
        with self._lock:
            self._last = data
        return data

    def _unplugged(self) -> bool:
        with self._lock:
            return self._fault == "unplug"


class _MjpegHandler(BaseHTTPRequestHandler):
    sim: CameraSimulator
    protocol_version = "HTTP/1.0"

    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        sim = self.sim
        if self.path.split("?", 1)[0] != "/video.mjpg":
            self.send_error(404)
            return
        if sim._unplugged():
            self.send_error(503, "camera unplugged")
            return
        sim.connections += 1
        self.send_response(200)
        self.send_header("Content-Type", "multipart/x-mixed-replace; boundary=frame")
        self.send_header("Cache-Control", "no-cache")
        self.end_headers()
        last_tick = -1
        while not sim._stopping.is_set():
            tick = sim._tick()
            if tick == last_tick:
                due = sim._epoch + (tick + 1) / sim.fps
                time.sleep(max(0.0, min(0.05, due - time.monotonic())))
                continue
            last_tick = tick
            data = sim._frame_bytes(tick)
            if data is None:
                return  # unplugged: the stream just ends, like a camera pulled out
            head = b"--frame\r\nContent-Type: image/jpeg\r\nContent-Length: %d\r\n\r\n" % len(data)
            try:
                self.wfile.write(head + data + b"\r\n")
                self.wfile.flush()
            except (TimeoutError, OSError):
                return  # the client went away
            sim.frames_served += 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m drivers.camera.sim",
        description="Serve a simulated MJPEG camera on 127.0.0.1 until Ctrl-C.",
    )
    parser.add_argument("--scene", choices=SCENES, default="live")
    parser.add_argument("--port", type=int, default=0, help="TCP port (default: any free one)")
    parser.add_argument("--width", type=int, default=640)
    parser.add_argument("--height", type=int, default=480)
    parser.add_argument("--fps", type=float, default=30.0)
    parser.add_argument(
        "--prerender",
        action="store_true",
        help="render every frame of the scene before serving (steady CPU use from the start)",
    )
    args = parser.parse_args(argv)
    stop = threading.Event()

    def on_signal(signum: int, frame: FrameType | None) -> None:
        stop.set()

    signal.signal(signal.SIGINT, on_signal)
    signal.signal(signal.SIGTERM, on_signal)
    sim = CameraSimulator(
        args.scene, width=args.width, height=args.height, fps=args.fps, port=args.port
    )
    if args.prerender:
        sim.prerender()
    with sim:
        print(sim.url, flush=True)
        print(f"camera simulator, scene {args.scene}; Ctrl-C stops it", file=sys.stderr)
        while not stop.wait(0.5):
            pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
