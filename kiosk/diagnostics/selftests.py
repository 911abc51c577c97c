"""The technician self-tests. Each runs on a worker thread (never the GUI thread), waits only
with bounded timeouts, and ends in a :class:`TestResult`: passed or not, a reason code the
screen translates (``paper_out``, ``no_card``...), a technical detail line (English, no
personal data) and measured values.

Devices are reached the way the kiosk reaches them, never around their owner:

* a device behind a :class:`~kiosk.services.device_host.DeviceHost` through
  :func:`host_call` (the callable runs on the host's own worker thread, between polls);
* the cabinet through :class:`~kiosk.services.cabinet.CabinetService` (``staff_open`` then the
  door state the service reads from the boards);
* the platform through its adapter (a heartbeat: its ``server_time`` gives the clock skew).

Exceptions: none escape a runner; every failure becomes a failed result.
"""

from __future__ import annotations

import contextlib
import logging
import shutil
import threading
import time
import uuid
from collections.abc import Callable, Iterable, Mapping
from concurrent.futures import Future
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Final

from kiosk.privacy import mask_id_number, mask_name

__all__ = [
    "TESTS",
    "HostCallTimeout",
    "TestResult",
    "cabinet_door_test",
    "camera_test",
    "disk_test",
    "host_call",
    "idcard_test",
    "network_test",
    "printer_test",
]

log = logging.getLogger(__name__)

#: self-test names in the order of the screen
TESTS: Final = ("printer", "idcard", "camera", "cabinet", "network", "disk")


@dataclass(frozen=True)
class TestResult:
    name: str
    passed: bool
    reason: str  # a code the screen translates; "ok" when passed
    detail: str = ""  # technical, English, no personal data
    values: Mapping[str, Any] = field(default_factory=dict)
    seconds: float = 0.0
    at: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "passed": self.passed,
            "reason": self.reason,
            "detail": self.detail,
            "values": dict(self.values),
            "seconds": round(self.seconds, 2),
            "at": self.at,
        }


class HostCallTimeout(TimeoutError):
    """The device's worker did not answer in time."""


def host_call(host: Any, fn: Callable[[Any], Any], timeout_s: float = 30.0) -> Any:
    """Run ``fn(device)`` on ``host``'s worker thread and return its result (or raise what it
    raised; ``DeviceUnavailable`` when the device is not open). Blocks the CALLING thread:
    call it from a worker, never from the GUI thread."""
    name = f"diag_{uuid.uuid4().hex[:12]}"
    future: Future[Any] = Future()

    def on_finished(_device_id: str, command: str, result: object) -> None:
        # Runs in the host's worker thread (or the GUI thread when the host is stopped).
        if command != name or future.done():
            return
        if isinstance(result, BaseException):
            future.set_exception(result)
        else:
            future.set_result(result)

    def job() -> Any:
        return fn(host.device)

    job.__name__ = name
    host.commandFinished.connect(on_finished)
    try:
        host.submit(job)
        try:
            return future.result(timeout_s)
        except FutureTimeout:
            raise HostCallTimeout(f"{host.device_id} did not answer in {timeout_s:.0f} s") from None
    finally:
        with contextlib.suppress(RuntimeError, TypeError):  # already gone (host deleted)
            host.commandFinished.disconnect(on_finished)


def _timed(name: str, run: Callable[[], TestResult]) -> TestResult:
    started = time.monotonic()
    try:
        result = run()
    except Exception as exc:  # a runner bug must still end in a result
        log.exception("self-test %s failed unexpectedly", name)
        result = TestResult(name, False, "error", f"{type(exc).__name__}: {exc}")
    return TestResult(
        result.name,
        result.passed,
        result.reason,
        result.detail,
        result.values,
        time.monotonic() - started,
        datetime.now(UTC).isoformat(timespec="seconds"),
    )


def _device_reason(exc: BaseException) -> str:
    """A reason code for a device failure."""
    from drivers.errors import DeviceError, DeviceTimeout, DeviceUnavailable

    if isinstance(exc, HostCallTimeout | DeviceTimeout):
        return "timeout"
    if isinstance(exc, DeviceUnavailable):
        return "not_connected"
    code = getattr(exc, "code", "")
    if isinstance(exc, DeviceError) and code:
        return str(code)
    return "device_error"


def _missing(name: str) -> TestResult:
    return TestResult(name, False, "not_configured", "no such device is configured or running")


# ------------------------------------------------------------------------------ printer


def printer_test(
    host: Any | None, *, language: str = "zh_CN", timeout_s: float = 60.0
) -> TestResult:
    """Print the technician test page; passes when the printer confirmed the job."""

    def run() -> TestResult:
        if host is None:
            return _missing("printer")
        try:
            result = host_call(host, lambda d: d.print_test_page(language), timeout_s)
        except Exception as exc:
            return TestResult("printer", False, _device_reason(exc), str(exc))
        values = {"bytes": result.bytes_sent, "pages": result.pages, "paper": result.paper}
        detail = f"{result.bytes_sent} bytes, {result.pages} page(s), paper {result.paper}"
        return TestResult("printer", True, "ok", detail, values)

    return _timed("printer", run)


# ------------------------------------------------------------------------------ ID card


def idcard_test(host: Any | None, *, timeout_s: float = 30.0) -> TestResult:
    """Read the card on the reader; only the card type and masked fields leave this function."""

    def run() -> TestResult:
        if host is None:
            return _missing("idcard")
        from drivers.idcard.errors import CardError, NoCard

        try:
            record = host_call(host, lambda d: d.read_card(), timeout_s)
        except NoCard as exc:
            return TestResult("idcard", False, "no_card", str(exc))
        except CardError as exc:
            return TestResult("idcard", False, "card_unreadable", str(exc))
        except Exception as exc:
            return TestResult("idcard", False, _device_reason(exc), str(exc))
        values = {
            "card_type": str(record.card_type),
            "name": mask_name(record.name),
            "id_number": mask_id_number(record.id_number),
            "photo": bool(getattr(record, "photo_wlt", None)),
        }
        detail = f"{values['card_type']} {values['id_number']}"
        return TestResult("idcard", True, "ok", detail, values)

    return _timed("idcard", run)


# ------------------------------------------------------------------------------ camera


def camera_test(
    camera: Any | None,
    *,
    seconds: float = 4.0,
    min_fps: float = 10.0,
    analyzer_factory: Callable[[], Any] | None = None,
    on_observation: Callable[[dict[str, Any]], None] | None = None,
) -> TestResult:
    """Watch the camera for ``seconds``: frames per second delivered, and face detection on
    each analysed frame (its rate, and how many frames had a face). ``on_observation`` gets each
    analysis (for the preview overlay). Passes when frames arrive at ``min_fps`` or more."""

    def run() -> TestResult:
        if camera is None:
            return _missing("camera")
        if analyzer_factory is None:
            from drivers.camera.faces import FaceAnalyzer

            analyzer = FaceAnalyzer()
        else:
            analyzer = analyzer_factory()
        lock = threading.Lock()
        stamps: list[float] = []
        analysed: list[bool] = []

        def on_frame(frame: Any) -> None:
            with lock:
                stamps.append(time.monotonic())

        def analyse(frame: Any) -> None:
            observation = analyzer.analyze(frame.image)
            data = observation.to_dict()
            with lock:
                analysed.append(data.get("box") is not None)
            if on_observation is not None:
                on_observation(data)

        frames = camera.subscribe(on_frame, name="diag-fps")
        faces = camera.subscribe(analyse, name="diag-faces")
        try:
            time.sleep(seconds)
        finally:
            camera.unsubscribe(frames, wait=False)
            camera.unsubscribe(faces, wait=False)
        with lock:
            got, found = list(stamps), list(analysed)
        fps = (len(got) - 1) / (got[-1] - got[0]) if len(got) >= 2 and got[-1] > got[0] else 0.0
        rate = len(found) / seconds
        values = {
            "fps": round(fps, 1),
            "detection_fps": round(rate, 1),
            "frames": len(got),
            "faces_seen": sum(found),
            "analysed": len(found),
        }
        detail = (
            f"{fps:.1f} fps, face detection {rate:.1f}/s, a face in {sum(found)} of"
            f" {len(found)} analysed frames"
        )
        if not got:
            return TestResult("camera", False, "no_frames", "no frame in the test time", values)
        if fps < min_fps:
            return TestResult("camera", False, "slow_camera", detail, values)
        return TestResult("camera", True, "ok", detail, values)

    return _timed("camera", run)


# ------------------------------------------------------------------------------ cabinet


def cabinet_door_test(
    service: Any | None,
    compartments: Iterable[str] | None = None,
    *,
    staff_id: str = "technician",
    close_timeout_s: float = 60.0,
    open_timeout_s: float = 30.0,
    on_progress: Callable[[str, str], None] | None = None,
) -> TestResult:
    """Open each compartment (free ones when ``compartments`` is None) through the cabinet
    service, then wait until the boards report its door shut again (the technician, or the
    simulator, closes it). Per door: ``ok``, ``jammed``, ``unconfirmed``, ``not_closed``,
    ``busy``... Passes when every door opened and closed."""

    def run() -> TestResult:
        if service is None:
            return _missing("cabinet")
        if not service.ready:
            return TestResult("cabinet", False, "not_ready", "the cabinet is not reconciled")
        wanted = list(compartments) if compartments is not None else service.free_compartments()
        if not wanted:
            return TestResult("cabinet", False, "no_free_compartment", "nothing to test")
        from kiosk.services.cabinet import CabinetError, OpenFailed

        outcomes: dict[str, str] = {}
        for compartment in wanted:
            if on_progress is not None:
                on_progress(compartment, "opening")
            try:
                service.staff_open(compartment, staff_id=staff_id).result(open_timeout_s)
            except OpenFailed as exc:
                outcomes[compartment] = exc.reason
                continue
            except CabinetError as exc:
                outcomes[compartment] = getattr(exc, "reason", "") or "busy"
                log.info("door test: %s not opened: %s", compartment, exc)
                continue
            except FutureTimeout:
                outcomes[compartment] = "timeout"
                continue
            if on_progress is not None:
                on_progress(compartment, "waiting_close")
            deadline = time.monotonic() + close_timeout_s
            outcome = "not_closed"
            while time.monotonic() < deadline:
                if service.compartment(compartment).door == "closed":
                    outcome = "ok"
                    break
                time.sleep(0.1)
            outcomes[compartment] = outcome
            if on_progress is not None:
                on_progress(compartment, outcome)
        failed = {c: o for c, o in outcomes.items() if o != "ok"}
        values = {"doors": outcomes, "tested": len(outcomes), "failed": len(failed)}
        if failed:
            listed = ", ".join(f"{c} {o}" for c, o in failed.items())
            return TestResult("cabinet", False, "door_failed", listed, values)
        return TestResult(
            "cabinet", True, "ok", f"{len(outcomes)} door(s) opened and closed", values
        )

    return _timed("cabinet", run)


# ------------------------------------------------------------------------------ network


def network_test(
    base_url: str | None,
    platform: Any | None,
    *,
    payload: Callable[[], Mapping[str, Any]] | None = None,
    max_skew_s: float = 60.0,
    timeout_s: float = 3.0,
) -> TestResult:
    """TCP reachability of the platform, then a heartbeat: its ``server_time`` against the
    local clock. Commands in that answer are not applied here: the platform repeats every
    unacknowledged command with the next regular heartbeat."""

    def run() -> TestResult:
        if not base_url:
            return TestResult("network", False, "not_configured", "no platform address yet")
        from kiosk.services.network import platform_address, probe

        host, port = platform_address(base_url)
        started = time.monotonic()
        if not probe(host, port, timeout_s):
            return TestResult("network", False, "unreachable", f"{host}:{port} does not answer")
        connect_ms = (time.monotonic() - started) * 1000
        values: dict[str, Any] = {"connect_ms": round(connect_ms, 1), "address": f"{host}:{port}"}
        if platform is None:
            return TestResult("network", False, "platform_down", "reachable, no platform link")
        body = dict(payload()) if payload is not None else {"devices": {}, "queue_depth": -1}
        body["clock"] = datetime.now(UTC).isoformat(timespec="seconds")
        sent = time.time()
        try:
            answer = platform.heartbeat(body)
        except Exception as exc:
            code = getattr(exc, "code", type(exc).__name__)
            return TestResult("network", False, "platform_error", str(code), values)
        received = time.time()
        server = _parse_time(answer.get("server_time"))
        values["round_trip_ms"] = round((received - sent) * 1000, 1)
        if server is None:
            return TestResult("network", False, "no_server_time", "no server_time", values)
        skew = server - (sent + received) / 2
        values["clock_skew_s"] = round(skew, 1)
        detail = f"round trip {values['round_trip_ms']} ms, clock skew {skew:+.1f} s"
        if abs(skew) > max_skew_s:
            return TestResult("network", False, "clock_skew", detail, values)
        return TestResult("network", True, "ok", detail, values)

    return _timed("network", run)


def _parse_time(value: Any) -> float | None:
    if not isinstance(value, str):
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.timestamp()


# ------------------------------------------------------------------------------ disk


def disk_test(data_dir: Path, *, min_free_mb: int = 500) -> TestResult:
    def run() -> TestResult:
        try:
            usage = shutil.disk_usage(data_dir)
        except OSError as exc:
            return TestResult("disk", False, "unreadable", str(exc))
        free_mb = usage.free // (1024 * 1024)
        values = {
            "free_mb": free_mb,
            "total_mb": usage.total // (1024 * 1024),
            "min_free_mb": min_free_mb,
        }
        detail = f"{free_mb} MB free of {values['total_mb']} MB (minimum {min_free_mb} MB)"
        if free_mb < min_free_mb:
            return TestResult("disk", False, "low_disk", detail, values)
        return TestResult("disk", True, "ok", detail, values)

    return _timed("disk", run)
