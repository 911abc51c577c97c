"""Technician diagnostics for QML (the ``Diagnostics`` singleton).

Entry: five taps on the status bar's clock (top-left corner) within three seconds
(``[diagnostics] gesture_taps`` / ``gesture_window_s``) open the PIN pad; the technician PIN,
the staff PIN or a technician ID card (read by the kiosk's reader) opens diagnostics. Checks
are slow hashes (:mod:`kiosk.diagnostics.access`) and run on a worker; repeated failures lock
entry for a while, on disk.

While diagnostics is open the kiosk is out of service with the reason ``maintenance``
(``AppState.set_diagnostics``): a resident visit in progress is ended (its session wiped) when
diagnostics opens, and the public screen under the diagnostics layer is the out-of-service
screen. Diagnostics is a layer of its own above the router's screens (``DiagScreen.qml``, pages
in :attr:`page`), not router screens, so the router keeps showing "being serviced" below it.
Closing it (the exit button, or ``idle_exit_s`` without a touch) returns the kiosk to the
attract screen in service, or to "being serviced" if the platform asked for maintenance.

Threading: every device, disk and network step runs on one of two workers (``tests``: self-tests
and staff flows, one at a time; ``io``: dashboard, logs, outbox, export, audit) and answers
through the queued ``_done`` signal to this GUI-thread object. Answers carry the diagnostics
session number; those of a closed session are dropped.

Audit (``offline_cache.audit``, actor ``diagnostics:<role>``): ``diagnostics.enter``,
``.exit``, ``.entry_failed`` (method and reason, never the PIN), ``.selftest``,
``.outbox_retry``, ``.outbox_export``, ``.export``, ``.paper_refill``, ``.deposit``.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from PySide6.QtCore import Property, QEvent, QObject, QTimer, Signal, Slot

from kiosk.diagnostics import report, selftests
from kiosk.diagnostics.access import STAFF, TECHNICIAN, AccessControl, AccessPolicy, AccessResult
from kiosk.diagnostics.store import DiagnosticsStore

__all__ = ["PAGES", "STAFF_PAGES", "DiagnosticsViewModel"]

log = logging.getLogger(__name__)

PAGES = ("dashboard", "tests", "outbox", "logs", "config", "staff")
STAFF_PAGES = ("dashboard", "staff")
PAGES_SINCE_REFILL = "pages_since_refill"
_INFO_KEYS = (
    "driver",
    "firmware",
    "model",
    "maker",
    "profile",
    "port",
    "baudrate",
    "sam_id",
    "family",
)


class DiagnosticsViewModel(QObject):
    changed = Signal()
    pinChanged = Signal()
    devicesChanged = Signal()
    testsChanged = Signal()
    outboxChanged = Signal()
    logsChanged = Signal()
    configChanged = Signal()
    exportChanged = Signal()
    staffChanged = Signal()
    #: worker → GUI thread: (session, job, result)
    _done = Signal(int, str, object)
    #: cabinet worker → GUI thread: (event name, compartment, pickup id)
    _cabinetEvent = Signal(str, str, str)

    def __init__(
        self,
        *,
        config: Any,
        state: Any,
        camera_view: Any = None,
        hosts: Callable[[], list[Any]] = list,
        backend: Callable[[], Any] = lambda: None,
        router: Any = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._config = config
        self._cfg = config.diagnostics
        self._state = state
        self._camera_view = camera_view
        self._hosts = hosts
        self._backend = backend
        self._router = router
        self._closed = False
        self._io = ThreadPoolExecutor(max_workers=1, thread_name_prefix="diag-io")
        self._tests = ThreadPoolExecutor(max_workers=1, thread_name_prefix="diag-tests")
        self._store: DiagnosticsStore | None = None
        self._store_lock = threading.Lock()
        self._access: AccessControl | None = None
        # session
        self._session = 0
        self._active = False
        self._role = ""
        self._page = "dashboard"
        self._entered_at = 0.0
        # entry
        self._taps: list[float] = []
        self._pin_visible = False
        self._pin = ""
        self._checking = False
        self._pin_message = ""
        self._attempts_left = 0
        self._locked_until = 0.0  # monotonic
        self._lock_timer = QTimer(self)
        self._lock_timer.setInterval(1000)
        self._lock_timer.timeout.connect(self._tick_lock)
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.timeout.connect(lambda: self.exit("idle"))
        # pages
        self._errors: dict[str, dict[str, str]] = {}
        self._devices: list[dict[str, Any]] = []
        self._tests_rows: dict[str, dict[str, Any]] = {
            name: _test_row(name) for name in selftests.TESTS
        }
        self._outbox: dict[str, Any] = {"available": False}
        self._outbox_message = ""
        self._logs: list[dict[str, str]] = []
        self._log_level = "INFO"
        self._log_text = ""
        self._logs_loading = False
        self._config_lines: list[dict[str, str]] = []
        self._export_state = ""  # "", "working", "done", "failed"
        self._export_path = ""
        self._staff_message = ""
        self._staff_busy = False
        self._pages_since_refill = 0
        self._pickups: list[dict[str, Any]] = []
        self._free: list[str] = []
        self._deposit: dict[str, str] = {}
        #: tests: restrict the door test to these compartments (None: every free one)
        self.door_test_compartments: list[str] | None = None
        self._cabinet_listener: Callable[[Any], None] | None = None
        self._cabinet: Any = None
        self._hooked: set[int] = set()
        self._done.connect(self._on_done)
        self._cabinetEvent.connect(self._on_cabinet_event)

    # ================================================================ wiring (GUI thread)

    def attach_hosts(self, hosts: list[Any] | None = None) -> None:
        """Listen to the devices' errors and printed jobs (hosts not seen before; called on
        each gesture tap and entry, as devices are hosted after the first frame)."""
        for host in hosts if hosts is not None else self._hosts():
            if id(host) in self._hooked:
                continue
            self._hooked.add(id(host))
            host.deviceError.connect(self._on_device_error)
            host.deviceEvent.connect(self._on_device_event)

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        self._idle.stop()
        self._lock_timer.stop()
        if self._camera_view is not None and self._tests_rows["camera"]["state"] == "running":
            self._camera_view.detach()
        self._detach_cabinet()
        # Lesson: the io worker may be inside an SQLite transaction (an audit line) on the very
        # store closed below; closing it under the worker crashed the process (segfault in
        # sqlite). Its jobs are short disk writes: let the current one finish first.
        self._tests.shutdown(wait=False, cancel_futures=True)
        self._io.shutdown(wait=True, cancel_futures=True)
        with self._store_lock:
            if self._store is not None:
                self._store.close()
                self._store = None

    # ================================================================ workers

    def _diag_store(self) -> DiagnosticsStore:
        with self._store_lock:
            if self._store is None:
                self._store = DiagnosticsStore.open(self._config.data_dir)
            return self._store

    def _access_control(self) -> AccessControl:
        if self._access is None:
            cfg = self._cfg
            policy = AccessPolicy(
                pin_hash=cfg.pin_hash,
                staff_pin_hash=cfg.staff_pin_hash,
                technician_cards=tuple(cfg.technician_cards),
                max_failures=cfg.max_failures,
                lockout_s=float(cfg.lockout_s),
                lockout_max_s=float(cfg.lockout_max_s),
                demo=self._config.kiosk.demo,
            )
            self._access = AccessControl(policy, self._diag_store())
        return self._access

    def _run(self, pool: str, job: str, fn: Callable[[], Any]) -> None:
        if self._closed:
            return
        session = self._session
        emit = self._done.emit

        def work() -> None:
            try:
                result: Any = fn()
            except Exception as exc:
                log.exception("diagnostics: %s failed", job)
                result = exc
            with contextlib.suppress(RuntimeError):  # the view-model is gone (app closed)
                emit(session, job, result)

        executor = self._tests if pool == "tests" else self._io
        with contextlib.suppress(RuntimeError):  # shut down
            executor.submit(work)

    @Slot(int, str, object)
    def _on_done(self, session: int, job: str, result: object) -> None:
        if self._closed:
            return
        if job.startswith("access_"):
            self._after_access(job[len("access_") :], result)
            return
        if session != self._session or not self._active:
            if job == "test:camera" and self._camera_view is not None:
                self._camera_view.detach()
            return
        handler = getattr(self, f"_after_{job.split(':')[0]}", None)
        if handler is not None:
            handler(job, result)

    def _audit(self, action: str, detail: dict[str, Any] | None = None) -> None:
        """Append to the audit log on the io worker (never the PIN or personal data)."""
        actor = f"diagnostics:{self._role}" if self._role else "diagnostics"
        backend = self._backend()
        outbox = getattr(backend, "outbox", None) if backend is not None else None

        def write() -> None:
            from offline_cache.audit import AuditLog

            store = outbox.store if outbox is not None else self._diag_store().store
            AuditLog(store).append(actor, f"diagnostics.{action}", dict(detail or {}))

        if self._closed:
            return
        with contextlib.suppress(RuntimeError):
            self._io.submit(_logged(write, f"audit {action}"))

    # ================================================================ entry

    @Slot()
    def cornerTap(self) -> None:
        """One tap on the hidden corner; ``gesture_taps`` within ``gesture_window_s`` open
        the PIN pad."""
        if self._active or self._pin_visible:
            return
        self.attach_hosts()
        now = time.monotonic()
        window = self._cfg.gesture_window_s
        self._taps = [t for t in self._taps if now - t <= window] + [now]
        if len(self._taps) >= self._cfg.gesture_taps:
            self._taps = []
            self._show_pin()

    def _show_pin(self) -> None:
        self._pin = ""
        self._pin_message = ""
        self._pin_visible = True
        self.pinChanged.emit()
        # The lockout state is on disk: read it off the GUI thread.
        self._run("io", "access_state", lambda: self._access_control().locked_for())

    @Slot(str)
    def pinDigit(self, digit: str) -> None:
        if self._checking or not digit.isdigit() or len(self._pin) >= 12:
            return
        self._pin += digit[:1]
        if self._pin_message in ("wrong_pin", "too_short", "not_technician_card"):
            self._pin_message = ""
        self.pinChanged.emit()

    @Slot()
    def pinBackspace(self) -> None:
        if self._pin and not self._checking:
            self._pin = self._pin[:-1]
            self.pinChanged.emit()

    @Slot()
    def pinSubmit(self) -> None:
        if self._checking or self._lock_remaining() > 0:
            return
        if len(self._pin) < 4:
            self._pin_message = "too_short"
            self.pinChanged.emit()
            return
        pin, self._pin = self._pin, ""
        self._checking = True
        self.pinChanged.emit()
        self._run("io", "access_pin", lambda: self._access_control().check_pin(pin))

    @Slot()
    def useCard(self) -> None:
        """Read the card on the reader; a technician's card opens diagnostics."""
        if self._checking or self._lock_remaining() > 0:
            return
        host = self._host("idcard")
        if host is None:
            self._pin_message = "no_reader"
            self.pinChanged.emit()
            return
        router = self._router
        if router is not None and router.currentScreen not in ("attract", "outOfService"):
            # A resident's identity step must not read the technician's card: the
            # technician takes the kiosk over now (the visit ends, its session is wiped).
            router.reset("cancelled")
        self._checking = True
        self._pin_message = "reading_card"
        self.pinChanged.emit()

        def check() -> AccessResult | BaseException:
            from drivers.idcard.errors import CardError

            try:
                record = selftests.host_call(host, lambda d: d.read_card(), 20.0)
            except CardError:
                return AccessResult(reason="no_card")
            except Exception:
                return AccessResult(reason="no_reader")
            # The number is compared here and dropped: never logged, never shown.
            return self._access_control().check_card(record.id_number)

        self._run("io", "access_card", check)

    @Slot()
    def pinCancel(self) -> None:
        self._pin = ""
        self._pin_visible = False
        self._checking = False
        self._pin_message = ""
        self.pinChanged.emit()

    def _after_access(self, method: str, result: object) -> None:
        if method == "state":
            if isinstance(result, float) and result > 0:
                self._set_locked(result)
            return
        self._checking = False
        if not self._pin_visible:
            self.pinChanged.emit()
            return
        if not isinstance(result, AccessResult):
            self._pin_message = "error"
            self.pinChanged.emit()
            return
        if result.granted:
            self._pin_visible = False
            self._pin_message = ""
            self.pinChanged.emit()
            self._enter(result.role, method)
            return
        self._pin_message = result.reason
        self._attempts_left = result.attempts_left
        if result.reason == "locked":
            self._set_locked(result.retry_after_s)
        self.pinChanged.emit()
        if result.reason in ("wrong_pin", "not_technician_card", "locked"):
            log.warning("diagnostics: entry refused (%s, %s)", method, result.reason)
            self._audit("entry_failed", {"method": method, "reason": result.reason})

    def _set_locked(self, seconds: float) -> None:
        self._locked_until = time.monotonic() + seconds
        self._pin_message = "locked"
        self._lock_timer.start()
        self.pinChanged.emit()

    def _lock_remaining(self) -> int:
        return max(0, round(self._locked_until - time.monotonic()))

    def _tick_lock(self) -> None:
        if self._lock_remaining() <= 0:
            self._lock_timer.stop()
            if self._pin_message == "locked":
                self._pin_message = ""
        self.pinChanged.emit()

    def _enter(self, role: str, method: str) -> None:
        self._session += 1
        self._role = role
        self._active = True
        self._page = "dashboard"
        self._entered_at = time.monotonic()
        self._tests_rows = {name: _test_row(name) for name in selftests.TESTS}
        self._export_state = self._export_path = ""
        self._staff_message = ""
        self._deposit = {}
        # Out of service ("being serviced") from now: ends a visit and wipes its session.
        self._state.set_diagnostics(True)
        self._idle.start(self._cfg.idle_exit_s * 1000)
        log.info("diagnostics opened (%s, %s)", role, method)
        self._audit("enter", {"role": role, "method": method})
        self.changed.emit()
        self.testsChanged.emit()
        self.exportChanged.emit()
        self.staffChanged.emit()
        self.refresh()

    @Slot()
    @Slot(str)
    def exit(self, reason: str = "button") -> None:
        """Leave diagnostics: the kiosk serves again (unless the platform asked otherwise)."""
        if not self._active:
            return
        seconds = round(time.monotonic() - self._entered_at)
        self._audit("exit", {"reason": reason, "seconds": seconds})
        log.info("diagnostics closed (%s)", reason)
        if self._camera_view is not None and self._tests_rows["camera"]["state"] == "running":
            self._camera_view.detach()
        self._detach_cabinet()
        self._session += 1  # late answers of this session are dropped
        self._active = False
        self._role = ""
        self._idle.stop()
        self._state.set_diagnostics(False)
        self.changed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._active and event.type() in (
            QEvent.Type.MouseButtonPress,
            QEvent.Type.TouchBegin,
        ):
            self._idle.start(self._cfg.idle_exit_s * 1000)
        return False

    # ================================================================ navigation

    @Slot(str)
    def showPage(self, page: str) -> None:
        if not self._active or page not in self._pages():
            return
        self._page = page
        self.changed.emit()
        if page == "outbox":
            self.refreshOutbox()
        elif page == "logs":
            self.loadLogs(self._log_level, self._log_text)
        elif page == "config":
            self._load_config()
        elif page == "staff":
            self.loadPickups()
        elif page == "dashboard":
            self.refresh()

    def _pages(self) -> tuple[str, ...]:
        return STAFF_PAGES if self._role == STAFF else PAGES

    # ================================================================ dashboard

    def _host(self, kind: str) -> Any | None:
        for host in self._hosts():
            if host.device.kind == kind:
                return host
        return None

    @Slot()
    def refresh(self) -> None:
        if not self._active:
            return
        hosts = list(self._hosts())
        backend = self._backend()
        errors = {k: dict(v) for k, v in self._errors.items()}

        def collect() -> list[dict[str, Any]]:
            rows = [_host_row(host, errors.get(host.device_id)) for host in hosts]
            cabinet = getattr(backend, "cabinet", None) if backend is not None else None
            if cabinet is not None:
                rows.append(_cabinet_row(cabinet, errors.get(cabinet.device.device_id)))
            pages, _ = self._diag_store().counter(PAGES_SINCE_REFILL)
            for row in rows:
                if row["kind"] == "printer":
                    row["counters"].append({"name": PAGES_SINCE_REFILL, "value": str(pages)})
            return rows

        self._run("io", "devices", collect)

    def _after_devices(self, _job: str, result: object) -> None:
        if isinstance(result, list):
            self._devices = result
            for row in result:
                if row["kind"] == "printer":
                    for counter in row["counters"]:
                        if counter["name"] == PAGES_SINCE_REFILL:
                            self._pages_since_refill = int(counter["value"])
            self.devicesChanged.emit()
            self.staffChanged.emit()

    @Slot(str, dict)
    def _on_device_error(self, device_id: str, error: dict) -> None:
        self._errors[device_id] = {
            "code": str(error.get("code", "")),
            "message": str(error.get("message", "")),
            "action": str(error.get("action", "")),
        }

    @Slot(str, str, dict)
    def _on_device_event(self, device_id: str, name: str, data: dict) -> None:
        if name != "job_printed":
            return
        pages = int(data.get("pages", 0) or 0)
        if pages <= 0:
            return

        def add() -> None:
            self._diag_store().add_to_counter(PAGES_SINCE_REFILL, pages)

        with contextlib.suppress(RuntimeError):
            self._io.submit(_logged(add, "page counter"))

    # ================================================================ self-tests

    @Slot(str)
    def runTest(self, name: str) -> None:
        if not self._active or self._role != TECHNICIAN or name not in self._tests_rows:
            return
        row = self._tests_rows[name]
        if row["state"] in ("queued", "running"):
            return
        self._tests_rows[name] = {**_test_row(name), "state": "queued"}
        self.testsChanged.emit()
        runner = self._runner(name)
        session = self._session

        def run() -> selftests.TestResult:
            self._done.emit(session, f"test_started:{name}", None)
            return runner()

        self._run("tests", f"test:{name}", run)

    @Slot()
    def runAllTests(self) -> None:
        for name in selftests.TESTS:
            if name != "cabinet":  # opens doors: only on its own, on purpose
                self.runTest(name)

    def _runner(self, name: str) -> Callable[[], selftests.TestResult]:
        cfg = self._cfg
        backend = self._backend()
        if name == "printer":
            host = self._host("printer")
            language = self._state.language
            return lambda: selftests.printer_test(host, language=language)
        if name == "idcard":
            host = self._host("idcard")
            return lambda: selftests.idcard_test(host)
        if name == "camera":
            host = self._host("camera")
            camera = host.device if host is not None else None
            view = self._camera_view
            return lambda: selftests.camera_test(
                camera,
                seconds=cfg.camera_test_s,
                min_fps=cfg.min_camera_fps,
                on_observation=view.set_progress if view is not None else None,
            )
        if name == "cabinet":
            cabinet = getattr(backend, "cabinet", None)
            compartments = self.door_test_compartments
            session = self._session
            emit = self._done.emit

            def progress(compartment: str, what: str) -> None:
                emit(session, f"test_progress:{compartment}:{what}", None)

            return lambda: selftests.cabinet_door_test(
                cabinet,
                compartments,
                staff_id=f"diagnostics:{self._role}",
                close_timeout_s=cfg.door_close_timeout_s,
                on_progress=progress,
            )
        if name == "network":
            base_url = getattr(backend, "base_url", None)
            platform = getattr(backend, "platform", None)
            payload = getattr(backend, "_heartbeat_payload", None)
            return lambda: selftests.network_test(
                base_url, platform, payload=payload, max_skew_s=cfg.max_clock_skew_s
            )
        data_dir = self._config.data_dir
        return lambda: selftests.disk_test(data_dir, min_free_mb=cfg.min_free_mb)

    def _after_test_started(self, job: str, _result: object) -> None:
        name = job.split(":", 1)[1]
        self._tests_rows[name] = {**self._tests_rows[name], "state": "running"}
        if name == "camera" and self._camera_view is not None:
            host = self._host("camera")
            if host is not None:
                self._camera_view.attach(host.device)
        self.testsChanged.emit()

    def _after_test_progress(self, job: str, _result: object) -> None:
        _, compartment, what = job.split(":", 2)
        row = self._tests_rows["cabinet"]
        self._tests_rows["cabinet"] = {**row, "detail": f"{compartment}: {what}"}
        self.testsChanged.emit()

    def _after_test(self, job: str, result: object) -> None:
        name = job.split(":", 1)[1]
        if name == "camera" and self._camera_view is not None:
            self._camera_view.detach()
        if not isinstance(result, selftests.TestResult):
            result = selftests.TestResult(name, False, "error", type(result).__name__)
        data = result.to_dict()
        self._tests_rows[name] = {
            "name": name,
            "state": "pass" if result.passed else "fail",
            "reason": result.reason,
            "detail": result.detail,
            "seconds": data["seconds"],
            "values": data["values"],
            "at": data["at"],
        }
        self.testsChanged.emit()
        self._audit(
            "selftest",
            {"test": name, "passed": result.passed, "reason": result.reason},
        )
        if name in ("printer", "idcard", "cabinet"):
            self.refresh()

    # ================================================================ outbox

    @Slot()
    def refreshOutbox(self) -> None:
        outbox = self._outbox_obj()
        self._run("io", "outbox", lambda: report.outbox_summary(outbox))

    def _outbox_obj(self) -> Any | None:
        backend = self._backend()
        return getattr(backend, "outbox", None) if backend is not None else None

    def _after_outbox(self, _job: str, result: object) -> None:
        if isinstance(result, dict):
            self._outbox = result
            self.outboxChanged.emit()

    @Slot()
    def retryOutbox(self) -> None:
        """Dead letters back to pending, and every pending item due now."""
        if self._role != TECHNICIAN:
            return
        backend = self._backend()
        outbox = self._outbox_obj()
        drain = getattr(backend, "drain", None) if backend is not None else None

        def retry() -> int:
            if outbox is None:
                return -1
            count = sum(1 for item in outbox.dead_letters() if outbox.retry_dead(item.id))
            if drain is not None:
                drain.wake(expedite=True)
            return count

        self._run("io", "outbox_retry", retry)

    def _after_outbox_retry(self, _job: str, result: object) -> None:
        if isinstance(result, int) and result >= 0:
            self._outbox_message = f"retried:{result}"
            self._audit("outbox_retry", {"dead_letters": result})
        else:
            self._outbox_message = "unavailable"
        self.outboxChanged.emit()
        self.refreshOutbox()

    @Slot()
    def exportOutbox(self) -> None:
        if self._role != TECHNICIAN:
            return
        outbox = self._outbox_obj()
        target = self._export_target()
        kiosk_id = self._config.kiosk.id

        def export() -> str:
            import json
            from datetime import UTC, datetime

            if outbox is None:
                raise RuntimeError("no outbox")
            directory = report.choose_export_dir(*target)
            stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
            path = directory / f"outbox-{kiosk_id}-{stamp}.json"
            path.write_text(
                json.dumps(outbox.export(), ensure_ascii=False, indent=2, default=str), "utf-8"
            )
            return str(path)

        self._run("io", "outbox_export", export)

    def _after_outbox_export(self, _job: str, result: object) -> None:
        if isinstance(result, str):
            self._outbox_message = f"exported:{result}"
            self._audit("outbox_export", {"file": Path(result).name})
        else:
            self._outbox_message = "export_failed"
        self.outboxChanged.emit()

    # ================================================================ logs and config

    @Slot(str, str)
    def loadLogs(self, level: str, text: str) -> None:
        if self._role != TECHNICIAN:
            return
        self._log_level = level if level in report.LEVELS else "INFO"
        self._log_text = text
        self._logs_loading = True
        self.logsChanged.emit()
        log_dir = self._config.log_dir
        level, needle = self._log_level, text

        def read() -> list[dict[str, str]]:
            return [x.to_dict() for x in report.read_logs(log_dir, min_level=level, text=needle)]

        self._run("io", "logs", read)

    def _after_logs(self, _job: str, result: object) -> None:
        self._logs_loading = False
        if isinstance(result, list):
            self._logs = result
        self.logsChanged.emit()

    def _load_config(self) -> None:
        config = self._config
        self._run("io", "config", lambda: report.masked_config(config))

    def _after_config(self, _job: str, result: object) -> None:
        if isinstance(result, list):
            self._config_lines = [{"key": k, "value": v} for k, v in result]
            self.configChanged.emit()

    # ================================================================ export

    def _export_target(self) -> tuple[Path, Path]:
        cfg = self._cfg
        fallback = cfg.fallback_export_dir or (self._config.data_dir / "exports")
        return Path(cfg.export_dir), Path(fallback)

    @Slot()
    def exportBundle(self) -> None:
        if self._role != TECHNICIAN or self._export_state == "working":
            return
        self._export_state = "working"
        self.exportChanged.emit()
        config = self._config
        target = self._export_target()
        outbox = self._outbox_obj()
        devices = [dict(row) for row in self._devices]
        tests = [dict(row) for row in self._tests_rows.values()]
        backend = self._backend()

        def export() -> str:
            from offline_cache.audit import AuditLog

            directory = report.choose_export_dir(*target)
            audit: list[dict[str, Any]] = []
            stores = [self._diag_store().store]
            if outbox is not None:
                stores.insert(0, outbox.store)
            for store in stores:
                for event in AuditLog(store).recent(2000):
                    audit.append(
                        {
                            "store": store.path.name,
                            "seq": event.seq,
                            "at": event.at,
                            "actor": event.actor,
                            "action": event.action,
                            "detail": event.detail,
                        }
                    )
            cabinet = getattr(backend, "cabinet", None) if backend is not None else None
            extra: dict[str, Any] = {"kiosk_id": config.kiosk.id}
            if cabinet is not None:
                extra["cabinet"] = {
                    k: v for k, v in cabinet.status().items() if k in ("ready", "states", "flags")
                }
            path = report.write_bundle(
                directory,
                kiosk_id=config.kiosk.id,
                log_dir=config.log_dir,
                config_lines=report.masked_config(config),
                devices=devices,
                outbox=outbox,
                audit=audit,
                selftests=tests,
                extra=extra,
            )
            return str(path)

        self._run("io", "export", export)

    def _after_export(self, _job: str, result: object) -> None:
        if isinstance(result, str):
            self._export_state = "done"
            self._export_path = result
            self._audit("export", {"file": Path(result).name, "dir": str(Path(result).parent)})
        else:
            self._export_state = "failed"
            self._export_path = str(result)
        self.exportChanged.emit()

    # ================================================================ staff: paper

    @Slot(bool)
    def confirmRefill(self, print_test: bool) -> None:
        """Staff put in a new roll: re-poll the printer, reset the counter, optionally print
        a test line."""
        if not self._active or self._staff_busy:
            return
        host = self._host("printer")
        self._staff_busy = True
        self._staff_message = "refill_working"
        self.staffChanged.emit()

        def refill() -> dict[str, Any]:
            if host is None:
                return {"ok": False, "reason": "no_printer"}
            status = selftests.host_call(host, lambda d: d.poll().to_dict(), 15.0)
            paper = str(status.get("sub", {}).get("paper", "unknown"))
            if status.get("state") != "online" or paper == "out":
                return {"ok": False, "reason": "still_out" if paper == "out" else "not_ready"}
            self._diag_store().reset_counter(PAGES_SINCE_REFILL)
            printed = False
            if print_test:
                from drivers.printer.document import Document, Rule, Text

                document = Document(
                    (Text("纸卷已更换 Paper roll replaced"), Rule()), name="refill-test"
                )
                selftests.host_call(host, lambda d: d.print_document(document), 30.0)
                printed = True
            return {"ok": True, "reason": "refilled", "paper": paper, "printed": printed}

        self._run("tests", "refill", refill)

    def _after_refill(self, _job: str, result: object) -> None:
        self._staff_busy = False
        if isinstance(result, dict):
            self._staff_message = "refill_" + str(result["reason"])
            self._audit("paper_refill", dict(result))
        else:
            self._staff_message = "refill_failed"
            self._audit("paper_refill", {"ok": False, "reason": type(result).__name__})
        self.staffChanged.emit()
        self.refresh()

    # ================================================================ staff: deposit

    @Slot()
    def loadPickups(self) -> None:
        backend = self._backend()
        platform = getattr(backend, "platform", None) if backend is not None else None
        cabinet = getattr(backend, "cabinet", None) if backend is not None else None

        def load() -> dict[str, Any]:
            pickups: list[dict[str, Any]] = []
            error = ""
            if platform is None:
                error = "platform_down"
            else:
                try:
                    for p in platform.pickups():
                        if p.get("status") != "assigned":
                            continue
                        pickups.append(
                            {
                                "pickupId": str(p.get("pickup_id", "")),
                                "applicationId": str(p.get("application_id", "")),
                                "itemName": str(p.get("item_name", "")),
                                "holderHint": str(p.get("holder_hint") or ""),
                                "codeSha256": p.get("code_sha256"),
                            }
                        )
                except Exception as exc:
                    log.info("diagnostics: pickups not loaded: %s", type(exc).__name__)
                    error = "platform_down"
            free = cabinet.free_compartments() if cabinet is not None and cabinet.ready else []
            return {
                "pickups": pickups,
                "free": free,
                "error": error if cabinet is not None else "no_cabinet",
            }

        self._run("io", "pickups", load)

    def _after_pickups(self, _job: str, result: object) -> None:
        if isinstance(result, dict):
            self._pickups = result["pickups"]
            self._free = result["free"]
            if result["error"] and not self._deposit:
                self._staff_message = "deposit_" + result["error"]
        self.staffChanged.emit()

    @Slot(str, str)
    def deposit(self, pickup_id: str, compartment: str) -> None:
        """Open a compartment (``""``: any free one) for this pickup; the cabinet service
        reports ``deposited`` to the platform through the outbox when the door shuts with
        the certificate inside."""
        if not self._active or self._staff_busy:
            return
        backend = self._backend()
        cabinet = getattr(backend, "cabinet", None) if backend is not None else None
        pickup = next((p for p in self._pickups if p["pickupId"] == pickup_id), None)
        if cabinet is None or pickup is None:
            self._staff_message = "deposit_no_cabinet" if cabinet is None else "deposit_unknown"
            self.staffChanged.emit()
            return
        self._staff_busy = True
        self._deposit = {"pickupId": pickup_id, "compartment": compartment, "state": "opening"}
        self._staff_message = "deposit_opening"
        self.staffChanged.emit()
        self._attach_cabinet(cabinet)
        staff_id = f"diagnostics:{self._role}"

        def open_door() -> dict[str, str]:
            from kiosk.services.cabinet import CabinetError

            try:
                ticket = cabinet.deposit(
                    pickup_id,
                    staff_id=staff_id,
                    item_name=pickup["itemName"] or None,
                    code_sha256=pickup["codeSha256"] or None,
                    holder_hint=pickup["holderHint"] or None,
                    compartment=compartment or None,
                ).result(30.0)
            except CabinetError as exc:
                reason = getattr(exc, "reason", "") or type(exc).__name__
                return {"state": "failed", "reason": str(reason)}
            return {"state": "open", "compartment": ticket.compartment}

        self._run("tests", "deposit", open_door)

    def _after_deposit(self, _job: str, result: object) -> None:
        self._staff_busy = False
        if isinstance(result, dict) and result.get("state") == "open":
            self._deposit = {**self._deposit, **result}
            self._staff_message = "deposit_open"
            self.loadPickups()  # that compartment is no longer free
        else:
            reason = result.get("reason", "") if isinstance(result, dict) else "error"
            self._deposit = {**self._deposit, "state": "failed", "reason": str(reason)}
            self._staff_message = "deposit_failed"
            self._audit(
                "deposit",
                {"pickup_id": self._deposit.get("pickupId"), "result": "failed", "reason": reason},
            )
        self.staffChanged.emit()

    def _attach_cabinet(self, cabinet: Any) -> None:
        if self._cabinet_listener is not None:
            return
        emit = self._cabinetEvent.emit

        def listener(event: Any) -> None:  # on the cabinet's worker thread
            with contextlib.suppress(RuntimeError):
                emit(event.name, event.compartment or "", event.pickup_id or "")

        cabinet.add_listener(listener)
        self._cabinet_listener = listener
        self._cabinet = cabinet

    def _detach_cabinet(self) -> None:
        listener, self._cabinet_listener = self._cabinet_listener, None
        if listener is not None:
            self._cabinet.remove_listener(listener)

    @Slot(str, str, str)
    def _on_cabinet_event(self, name: str, compartment: str, pickup_id: str) -> None:
        if not self._deposit or pickup_id != self._deposit.get("pickupId"):
            return
        if name not in ("deposited", "deposit_cancelled"):
            return
        self._deposit = {**self._deposit, "state": name, "compartment": compartment}
        self._staff_message = "deposit_" + name
        self._audit(
            "deposit",
            {"pickup_id": pickup_id, "compartment": compartment, "result": name},
        )
        self.staffChanged.emit()
        self.loadPickups()

    # ================================================================ properties

    def _get_active(self) -> bool:
        return self._active

    def _get_role(self) -> str:
        return self._role

    def _get_page(self) -> str:
        return self._page

    def _get_pages(self) -> list[str]:
        return list(self._pages())

    active = Property(bool, _get_active, notify=changed)
    role = Property(str, _get_role, notify=changed)
    page = Property(str, _get_page, notify=changed)
    pages = Property("QVariantList", _get_pages, notify=changed)

    def _get_pin_visible(self) -> bool:
        return self._pin_visible

    def _get_pin_length(self) -> int:
        return len(self._pin)

    def _get_checking(self) -> bool:
        return self._checking

    def _get_pin_message(self) -> str:
        return self._pin_message

    def _get_attempts_left(self) -> int:
        return self._attempts_left

    def _get_locked_seconds(self) -> int:
        return self._lock_remaining()

    pinVisible = Property(bool, _get_pin_visible, notify=pinChanged)
    pinLength = Property(int, _get_pin_length, notify=pinChanged)
    checking = Property(bool, _get_checking, notify=pinChanged)
    pinMessage = Property(str, _get_pin_message, notify=pinChanged)
    attemptsLeft = Property(int, _get_attempts_left, notify=pinChanged)
    lockedSeconds = Property(int, _get_locked_seconds, notify=pinChanged)

    def _get_devices(self) -> list[dict[str, Any]]:
        return list(self._devices)

    devices = Property("QVariantList", _get_devices, notify=devicesChanged)

    def _get_tests(self) -> list[dict[str, Any]]:
        return [self._tests_rows[name] for name in selftests.TESTS]

    tests = Property("QVariantList", _get_tests, notify=testsChanged)

    def _get_outbox(self) -> dict[str, Any]:
        return dict(self._outbox)

    def _get_outbox_message(self) -> str:
        return self._outbox_message

    outbox = Property("QVariantMap", _get_outbox, notify=outboxChanged)
    outboxMessage = Property(str, _get_outbox_message, notify=outboxChanged)

    def _get_logs(self) -> list[dict[str, str]]:
        return list(self._logs)

    def _get_log_level(self) -> str:
        return self._log_level

    def _get_log_text(self) -> str:
        return self._log_text

    def _get_logs_loading(self) -> bool:
        return self._logs_loading

    logs = Property("QVariantList", _get_logs, notify=logsChanged)
    logLevel = Property(str, _get_log_level, notify=logsChanged)
    logText = Property(str, _get_log_text, notify=logsChanged)
    logsLoading = Property(bool, _get_logs_loading, notify=logsChanged)

    def _get_config_lines(self) -> list[dict[str, str]]:
        return list(self._config_lines)

    configLines = Property("QVariantList", _get_config_lines, notify=configChanged)

    def _get_export_state(self) -> str:
        return self._export_state

    def _get_export_path(self) -> str:
        return self._export_path

    exportState = Property(str, _get_export_state, notify=exportChanged)
    exportPath = Property(str, _get_export_path, notify=exportChanged)

    def _get_staff_message(self) -> str:
        return self._staff_message

    def _get_staff_busy(self) -> bool:
        return self._staff_busy

    def _get_pages_since_refill(self) -> int:
        return self._pages_since_refill

    def _get_pickups(self) -> list[dict[str, Any]]:
        return [{k: v for k, v in p.items() if k != "codeSha256"} for p in self._pickups]

    def _get_free(self) -> list[str]:
        return list(self._free)

    def _get_deposit(self) -> dict[str, str]:
        return dict(self._deposit)

    def _get_paper(self) -> str:
        for row in self._devices:
            if row["kind"] == "printer":
                return str(row.get("paper", "unknown"))
        return "unknown"

    staffMessage = Property(str, _get_staff_message, notify=staffChanged)
    staffBusy = Property(bool, _get_staff_busy, notify=staffChanged)
    pagesSinceRefill = Property(int, _get_pages_since_refill, notify=staffChanged)
    pickups = Property("QVariantList", _get_pickups, notify=staffChanged)
    freeCompartments = Property("QVariantList", _get_free, notify=staffChanged)
    depositState = Property("QVariantMap", _get_deposit, notify=staffChanged)
    paper = Property(str, _get_paper, notify=devicesChanged)


# ------------------------------------------------------------------------------ helpers


def _test_row(name: str) -> dict[str, Any]:
    return {
        "name": name,
        "state": "idle",
        "reason": "",
        "detail": "",
        "seconds": 0.0,
        "values": {},
        "at": "",
    }


def _logged(fn: Callable[[], None], what: str) -> Callable[[], None]:
    def run() -> None:
        try:
            fn()
        except Exception:
            log.exception("diagnostics: %s failed", what)

    return run


#: what to do about a device that is not online when it sent no error event of its own
_STATE_ACTIONS = {
    "no_device": "reset",
    "offline": "reset",
    "power_off": "reset",
    "hardware_error": "maintenance",
    "user_error": "clear",
    "busy": "suspend",
}


def _error_for(state: str, detail: str, error: dict[str, str] | None) -> dict[str, str]:
    """The device's last error event; else, when it is not online, one derived from its
    state (so a fault from before diagnostics opened still shows what to do)."""
    if state == "online":
        return dict(error) if error else {}
    if error:
        return dict(error)
    return {"code": state, "message": detail, "action": _STATE_ACTIONS.get(state, "reset")}


def _split_info(info: dict[str, Any]) -> tuple[list[dict[str, str]], list[dict[str, str]]]:
    counters: list[dict[str, str]] = []
    facts: list[dict[str, str]] = []
    for key, value in info.items():
        if key in ("device_id", "kind"):
            continue
        if isinstance(value, int) and not isinstance(value, bool) and key not in _INFO_KEYS:
            counters.append({"name": key, "value": str(value)})
        elif key in _INFO_KEYS and value not in (None, ""):
            facts.append({"name": key, "value": str(value)})
    return counters, facts


def _sub_text(sub: dict[str, Any]) -> str:
    shown = {k: v for k, v in sub.items() if not k.startswith(("door.", "item."))}
    return ", ".join(f"{k}: {v}" for k, v in shown.items())


def _host_row(host: Any, error: dict[str, str] | None) -> dict[str, Any]:
    status = host.status
    try:
        info = selftests.host_call(host, lambda d: d.info(), 5.0)
    except Exception:
        info = {"driver": host.device.driver_name}
    counters, facts = _split_info(info)
    sub = dict(status.get("sub", {}))
    return {
        "deviceId": host.device_id,
        "kind": host.device.kind,
        "state": str(status.get("state", "offline")),
        "detail": str(status.get("detail", "")),
        "sub": _sub_text(sub),
        "paper": str(sub.get("paper", "")),
        "error": _error_for(str(status.get("state", "")), str(status.get("detail", "")), error),
        "counters": counters,
        "info": facts,
    }


def _cabinet_row(cabinet: Any, error: dict[str, str] | None) -> dict[str, Any]:
    status = cabinet.status()
    device = status.get("device", {})
    # info() reads counters the worker keeps in memory: no I/O.
    counters, facts = _split_info(cabinet.device.info())
    states = ", ".join(f"{k}: {v}" for k, v in sorted(status.get("states", {}).items()))
    flags = status.get("flags", {})
    sub = _sub_text(dict(device.get("sub", {})))
    if flags:
        sub += (", " if sub else "") + "flags: " + ", ".join(f"{c} {f}" for c, f in flags.items())
    return {
        "deviceId": cabinet.device.device_id,
        "kind": "cabinet",
        "state": str(device.get("state", "offline")),
        "detail": str(device.get("detail", "")) + ("" if status.get("ready") else " (not ready)"),
        "sub": (states + "; " + sub) if sub else states,
        "paper": "",
        "error": _error_for(str(device.get("state", "")), str(device.get("detail", "")), error),
        "counters": counters,
        "info": facts,
    }
