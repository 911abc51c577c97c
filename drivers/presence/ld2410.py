"""Driver for the HLK-LD2410 24 GHz human-presence radar on a serial port.

The radar streams a target report about ten times a second; the driver never asks for status,
it only reads what has arrived. Configuration commands (firmware version, engineering mode,
restart) need the radar in configuration mode: enable -> command -> end.

Lessons recorded here:

* Open the port with ``serial.serial_for_url`` so a pty path (the simulator), a stable
  ``/dev/serial/by-id/...`` symlink and ``loop://`` all work unchanged.
* A pty whose other side closed, like a USB adapter pulled out, fails ``in_waiting`` with a
  plain ``OSError`` and ``read`` with ``SerialException``; polling ``in_waiting`` alone never
  notices a vanished pty, so every poll also does a short ``read``.
* "No answer at all", "bytes but no frame" and "frames but no ACK" are different faults: nobody
  there / wrong baud rate / a busy or slow radar. Open reports them as ``DeviceUnavailable``,
  ``ProtocolError`` and ``DeviceTimeout``.
* If a session dies while the radar is in configuration mode it stops reporting until it gets
  "end configuration"; close sends one on a best-effort basis.
"""

from __future__ import annotations

import contextlib
import logging
import time
from collections.abc import Callable
from typing import Any, TypeVar

import serial

from drivers.base import Device
from drivers.errors import CommandRejected, DeviceTimeout, DeviceUnavailable, ProtocolError
from drivers.model import DeviceEvent, DeviceState, DeviceStatus
from drivers.presence.protocol import (
    DEFAULT_BAUDRATE,
    DEFAULT_CHECK_BYTE,
    Ack,
    Command,
    DecodeError,
    FrameDecoder,
    Report,
    TargetState,
    close_engineering_mode,
    enable_configuration,
    enable_engineering_mode,
    end_configuration,
    parse_firmware_version,
    read_firmware_version,
)
from drivers.presence.protocol import restart as restart_frame

log = logging.getLogger(__name__)

T = TypeVar("T")

PERSON_ARRIVED = "person_arrived"
PERSON_LEFT = "person_left"


class PresenceTracker:
    """Debounces the radar's target state into arrive/leave events.

    A person arrives on the first report with a target; they leave only after
    ``leave_hold_s`` of reports without one, so somebody standing still (whom the radar can
    lose for a few frames) is not "left" and re-"arrived".
    """

    def __init__(self, leave_hold_s: float) -> None:
        self.leave_hold_s = leave_hold_s
        self.present = False
        self._absent_since: float | None = None

    def reset(self) -> None:
        self.present = False
        self._absent_since = None

    def update(self, detected: bool, now: float) -> str | None:
        """Feed one report; return ``"person_arrived"``, ``"person_left"`` or ``None``."""
        if detected:
            self._absent_since = None
            if not self.present:
                self.present = True
                return PERSON_ARRIVED
            return None
        if not self.present:
            return None
        if self._absent_since is None:
            self._absent_since = now
        if now - self._absent_since >= self.leave_hold_s:
            self.reset()
            return PERSON_LEFT
        return None


class LD2410Sensor(Device):
    """An LD2410 radar on ``port`` (a device path, a by-id symlink, a pty or a pyserial URL).

    Sub-status: ``presence`` (``none|moving|stationary|both``, raw radar state), ``person``
    (``present|absent``, debounced like the events) and ``distance_cm`` (rounded to
    ``distance_step_cm`` so a person swaying does not flood status changes).
    """

    kind = "presence"
    driver_name = "ld2410"
    sub_status_keys = ("presence", "person", "distance_cm")
    event_names = (PERSON_ARRIVED, PERSON_LEFT)
    command_names = ("read_firmware", "restart", "set_engineering_mode")

    def __init__(
        self,
        device_id: str,
        *,
        port: str,
        baudrate: int = DEFAULT_BAUDRATE,
        ack_timeout_s: float = 1.0,
        stale_after_s: float = 2.0,
        leave_hold_s: float = 1.5,
        distance_step_cm: int = 10,
        engineering_mode: bool = False,
        check_byte: int | None = DEFAULT_CHECK_BYTE,
        io_timeout_s: float = 0.02,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(device_id)
        if distance_step_cm < 1:
            raise ValueError("distance_step_cm must be >= 1")
        self._port_name = str(port)
        self._baudrate = int(baudrate)
        self._ack_timeout_s = float(ack_timeout_s)
        self._stale_after_s = float(stale_after_s)
        self._distance_step_cm = int(distance_step_cm)
        self._engineering_mode = bool(engineering_mode)
        self._check_byte = check_byte
        self._io_timeout_s = float(io_timeout_s)
        self._clock = clock
        self._tracker = PresenceTracker(float(leave_hold_s))
        self._port: serial.SerialBase | None = None
        self._decoder = FrameDecoder(check_byte=check_byte)
        self._firmware: str | None = None
        self._last_report: Report | None = None
        self._last_good_at = 0.0  # clock() of the last good report (or of open/restart)
        self._bad_since_good: DecodeError | None = None
        self._maybe_in_config = False
        self._reports = 0
        self._events: list[DeviceEvent] = []

    @property
    def last_report(self) -> Report | None:
        """The last good report (engineering data included when enabled), for diagnostics."""
        return self._last_report

    # ---------------------------------------------------------------- commands

    def read_firmware(self) -> str:
        """Ask the radar for its firmware version (``V1.02.22062416``)."""
        self._require_port()
        self._firmware = self._in_config_mode(self._query_firmware)
        return self._firmware

    def restart(self) -> None:
        """Restart the radar; it leaves configuration mode and reports again after a moment."""
        self._require_port()
        self._request(Command.ENABLE_CONFIG, enable_configuration())
        self._request(Command.RESTART, restart_frame())
        self._maybe_in_config = False  # a restart always ends configuration mode
        self._last_good_at = self._clock()  # give the reboot a full stale period

    def set_engineering_mode(self, enabled: bool) -> None:
        """Switch per-gate engineering reports on or off (lost when the radar restarts)."""
        self._require_port()
        if enabled:
            self._in_config_mode(
                lambda: self._request(Command.ENABLE_ENGINEERING, enable_engineering_mode())
            )
        else:
            self._in_config_mode(
                lambda: self._request(Command.CLOSE_ENGINEERING, close_engineering_mode())
            )
        self._engineering_mode = enabled

    # ---------------------------------------------------------------- Device surface

    def _open(self) -> None:
        self._decoder = FrameDecoder(check_byte=self._check_byte)
        self._tracker.reset()
        self._events.clear()
        self._last_report = None
        self._bad_since_good = None
        try:
            self._port = serial.serial_for_url(
                self._port_name,
                baudrate=self._baudrate,
                timeout=self._io_timeout_s,
                write_timeout=max(self._ack_timeout_s, 0.5),
            )
        except (serial.SerialException, OSError) as exc:
            text = str(exc)  # pyserial's message already names the port
            if self._port_name not in text:
                text = f"cannot open {self._port_name}: {text}"
            raise DeviceUnavailable(text) from exc

        def setup() -> str:
            firmware = self._query_firmware()
            if self._engineering_mode:
                self._request(Command.ENABLE_ENGINEERING, enable_engineering_mode())
            return firmware

        self._firmware = self._in_config_mode(setup)
        self._last_good_at = self._clock()
        log.info("%s: LD2410 firmware %s on %s", self.device_id, self._firmware, self._port_name)

    def _close(self) -> None:
        port, self._port = self._port, None
        if port is None:
            return
        if self._maybe_in_config:
            # Left in configuration mode the radar stays silent for the next session.
            with contextlib.suppress(serial.SerialException, OSError):
                port.write(end_configuration())
                port.flush()
            self._maybe_in_config = False
        with contextlib.suppress(serial.SerialException, OSError):
            port.close()

    def _read_status(self) -> DeviceStatus:
        self._dispatch(self._read_chunk())
        if self._clock() - self._last_good_at > self._stale_after_s:
            bad = self._bad_since_good
            if bad is not None:
                exc = ProtocolError(
                    f"only malformed frames from the radar for more than {self._stale_after_s:g} s"
                    f" ({bad.reason})",
                    code="bad_frames",
                )
                exc.data_hex = bad.data_hex
                raise exc
            raise DeviceTimeout(
                f"no report from the radar for more than {self._stale_after_s:g} s",
                code="no_reports",
            )
        report = self._last_report
        target = report.target if report else TargetState.NONE
        return DeviceStatus(
            DeviceState.ONLINE,
            {
                "presence": target.label,
                "person": "present" if self._tracker.present else "absent",
                "distance_cm": str(self._rounded_distance(report)),
            },
        )

    def _take_events(self) -> list[DeviceEvent]:
        events, self._events = self._events, []
        return events

    def _capabilities(self) -> dict[str, Any]:
        return {"distance": True, "engineering_mode": True}

    def _info(self) -> dict[str, Any]:
        stats = self._decoder.stats
        return {
            "port": self._port_name,
            "baudrate": self._baudrate,
            "firmware": self._firmware,
            "reports_received": self._reports,
            "discarded_bytes": stats.discarded_bytes,
            "bad_frames": stats.errors,
        }

    # ---------------------------------------------------------------- internals

    def _require_port(self) -> serial.SerialBase:
        if self._port is None:
            raise DeviceUnavailable(f"{self.device_id} is not open")
        return self._port

    def _query_firmware(self) -> str:
        ack = self._request(Command.READ_FIRMWARE, read_firmware_version())
        return str(parse_firmware_version(ack.payload))

    def _in_config_mode(self, body: Callable[[], T]) -> T:
        self._request(Command.ENABLE_CONFIG, enable_configuration())
        self._maybe_in_config = True
        try:
            result = body()
        except BaseException:
            self._write_quietly(end_configuration())
            raise
        self._request(Command.END_CONFIG, end_configuration())
        self._maybe_in_config = False
        return result

    def _request(self, command: Command, frame: bytes) -> Ack:
        """Send ``frame`` and wait for the ACK of ``command``; reports meanwhile are kept."""
        if command is Command.ENABLE_CONFIG:
            self._maybe_in_config = True
        self._write(frame)
        deadline = self._clock() + self._ack_timeout_s
        heard_bytes = heard_frames = False
        while True:
            chunk = self._read_chunk()
            heard_bytes = heard_bytes or bool(chunk)
            answer: Ack | None = None
            for item in self._decoder.feed(chunk):
                if isinstance(item, DecodeError):
                    self._note_bad(item)
                    continue
                heard_frames = True
                if isinstance(item, Report):
                    self._on_report(item)  # also the ones after the ACK in this chunk
                elif isinstance(item, Ack) and item.command == command and answer is None:
                    answer = item
            if answer is not None:
                if not answer.ok:
                    raise CommandRejected(
                        f"LD2410 rejected {command.name} (status {answer.status})",
                        command=command.name,
                        status=answer.status,
                    )
                return answer
            if self._clock() >= deadline:
                break
        wait = f"{self._ack_timeout_s:g} s"
        if not heard_bytes:
            raise DeviceUnavailable(
                f"no answer from an LD2410 on {self._port_name} within {wait}", code="no_answer"
            )
        if not heard_frames:
            raise ProtocolError(
                f"bytes but no LD2410 frame on {self._port_name} within {wait}"
                f" (wrong baud rate? configured {self._baudrate})",
                code="garbled",
            )
        raise DeviceTimeout(
            f"LD2410 did not acknowledge {command.name} within {wait}", code="ack_timeout"
        )

    def _write(self, frame: bytes) -> None:
        port = self._require_port()
        try:
            port.write(frame)
        except serial.SerialTimeoutException as exc:
            raise DeviceTimeout(f"write to {self._port_name} timed out") from exc
        except (serial.SerialException, OSError) as exc:
            raise DeviceUnavailable(
                f"{self._port_name} went away: {exc}", code="unplugged"
            ) from exc

    def _write_quietly(self, frame: bytes) -> None:
        with contextlib.suppress(DeviceUnavailable, DeviceTimeout):
            self._write(frame)

    def _read_chunk(self) -> bytes:
        """What has arrived, waiting at most ``io_timeout_s`` when nothing has."""
        port = self._require_port()
        try:
            waiting = port.in_waiting
            data = port.read(waiting or 1)
            if data and not waiting and port.in_waiting:
                data += port.read(port.in_waiting)
        except (serial.SerialException, OSError) as exc:
            raise DeviceUnavailable(
                f"{self._port_name} went away: {exc}", code="unplugged"
            ) from exc
        return bytes(data)

    def _dispatch(self, chunk: bytes) -> None:
        for item in self._decoder.feed(chunk):
            if isinstance(item, Report):
                self._on_report(item)
            elif isinstance(item, DecodeError):
                self._note_bad(item)
            # A late ACK (e.g. after an ack timeout) or an echoed command: nothing to do.

    def _note_bad(self, item: DecodeError) -> None:
        log.debug("%s: dropped %s: %s", self.device_id, item.code, item.data_hex)
        self._bad_since_good = item

    def _on_report(self, report: Report) -> None:
        now = self._clock()
        self._reports += 1
        self._last_report = report
        self._last_good_at = now
        self._bad_since_good = None
        name = self._tracker.update(report.target is not TargetState.NONE, now)
        if name is not None:
            data = {"presence": report.target.label, "distance_cm": self._rounded_distance(report)}
            self._events.append(DeviceEvent(self.device_id, name, data))

    def _rounded_distance(self, report: Report | None) -> int:
        if report is None:
            return 0
        step = self._distance_step_cm
        return round(report.distance_cm / step) * step

    def _gone(self, exc: BaseException) -> DeviceUnavailable:
        return DeviceUnavailable(f"{self._port_name} went away: {exc}", code="unplugged")
