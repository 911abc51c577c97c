"""Wiring: configuration → logging → Qt → view-models → QML → devices and services.

``KioskApp`` owns everything a running kiosk has and tears it down in reverse order. It is the
only place that knows every layer; flows, services and drivers know nothing of each other's
construction. Tests build a ``KioskApp`` per test (offscreen) and close it at the end, so no
worker thread outlives a test.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal, Slot

from kiosk import __version__, qtcompat
from kiosk.backend import Backend
from kiosk.config import KioskConfig

# Before anything emits a signal: the pinned binding drops references to True/None.
qtcompat.install()

if TYPE_CHECKING:
    from kiosk.services.network import ReachabilityMonitor
    from kiosk.services.watchdog import Watchdog

log = logging.getLogger(__name__)


@dataclass
class AppOptions:
    """How this process runs, beyond the configuration file."""

    headless: bool = False  # offscreen platform, nothing shown
    windowed: bool = False  # a window instead of full screen (development)
    screenshot_dir: Path | None = None  # render every visited screen to PNG here
    start_devices: bool = True
    start_network_probe: bool = True
    # Platform link, stores, outbox drain, catalogue sync, cabinet (kiosk/backend.py).
    start_backend: bool = True
    # Test hooks: shorter idle timings than the configuration allows (config enforces >= 20 s).
    idle_timeout_s: float | None = None
    idle_countdown_s: int | None = None
    on_ready: list[Callable[[KioskApp], None]] = field(default_factory=list)


def prepare_qt_environment(options: AppOptions) -> None:
    """Environment Qt reads once, before the QGuiApplication exists."""
    os.environ["QT_IM_MODULE"] = "qtvirtualkeyboard"
    os.environ.setdefault("QT_VIRTUALKEYBOARD_DESKTOP_DISABLE", "1")
    if options.headless:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    if os.environ.get("QT_QPA_PLATFORM") == "offscreen":
        # The software scene graph renders without a GPU and lets grabWindow() work offscreen.
        os.environ.setdefault("QT_QUICK_BACKEND", "software")
    # Touch kiosks have no mouse wheel acceleration or hover; keep Qt's defaults otherwise.


def has_display() -> bool:
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform in {"offscreen", "minimal", "eglfs", "linuxfb", "vnc"}:
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


class KioskApp:
    """One running kiosk. Create after ``QGuiApplication``; call :meth:`close` at the end."""

    def __init__(self, config: KioskConfig, options: AppOptions | None = None) -> None:
        # Qt imports live here so ``python -m kiosk --check-config`` stays light.
        from PySide6.QtCore import QTimer, QUrl
        from PySide6.QtGui import QGuiApplication
        from PySide6.QtQml import QQmlApplicationEngine
        from PySide6.QtQuick import QQuickWindow

        from drivers.registry import known_drivers
        from kiosk.fonts import apply_ui_font
        from kiosk.services.memory import tune_allocator

        tune_allocator()  # idempotent; embedders (bench, tests) get the product's allocator
        from kiosk.i18n import Translations
        from kiosk.logs import get_scrubber
        from kiosk.paths import qml_dir
        from kiosk.services.availability import FEATURES, unavailable_reason
        from kiosk.services.printing import PrintService
        from kiosk.session import EndReason, SessionManager
        from screens.viewmodels.app_state import AppState, Notice
        from screens.viewmodels.apply import ApplyViewModel
        from screens.viewmodels.camera import CameraViewModel
        from screens.viewmodels.catalogue import CatalogueViewModel
        from screens.viewmodels.devices import DeviceListModel
        from screens.viewmodels.features import FeaturesViewModel
        from screens.viewmodels.guide_print import GuidePrintViewModel
        from screens.viewmodels.help import HelpViewModel
        from screens.viewmodels.identity import IdentityViewModel
        from screens.viewmodels.idle import IdleMonitor
        from screens.viewmodels.pickup import PickupViewModel
        from screens.viewmodels.progress import ProgressViewModel
        from screens.viewmodels.rating import RatingViewModel
        from screens.viewmodels.router import ATTRACT, Router
        from screens.viewmodels.ticket import TicketViewModel
        from screens.viewmodels.voice import VoiceViewModel

        self.t_created = time.perf_counter()
        self.config = config
        self.options = options or AppOptions()
        self._closed = False
        self._features = FEATURES
        self._unavailable_reason = unavailable_reason
        self._shot_counter = 0

        app = QGuiApplication.instance()
        if app is None:
            raise RuntimeError("create the QGuiApplication before KioskApp")
        self.qapp = app
        self.font_family = apply_ui_font(app)  # type: ignore[arg-type]

        config.check_devices(known_drivers())

        ui = config.ui
        self.translations = Translations(app)
        self.sessions = SessionManager(scrubber=get_scrubber())
        self._EndReason = EndReason

        self.router = Router()
        self.state = AppState(
            kiosk_id=config.kiosk.id,
            site_name=config.kiosk.site_name,
            version=__version__,
            default_language=ui.language,
            default_elder_mode=ui.elder_mode,
            notices=[Notice(n.zh, n.en) for n in ui.notices],
            notice_interval_s=ui.attract_notice_interval_s,
            on_language=self._on_language,
            on_help=self._on_help,
        )
        self.idle = IdleMonitor(
            idle_timeout_s=self.options.idle_timeout_s or ui.idle_timeout_s,
            countdown_s=self.options.idle_countdown_s or ui.idle_countdown_s,
            elder_factor=ui.elder_timeout_factor,
        )
        self.devices = DeviceListModel()
        self.catalogue = CatalogueViewModel(
            guide_url=config.platform.guide_url, loading=self.options.start_backend
        )
        self.features = FeaturesViewModel(FEATURES)
        self.camera = CameraViewModel()
        #: the kiosk's one voice: screen prompts, journeys' prompts, the status bar's switch
        self.voice = VoiceViewModel(
            language=lambda: self.state.language,
            elder=lambda: self.state.elderMode,
            default=ui.voice_prompts,
        )
        self.identity = IdentityViewModel(
            router=self.router,
            sessions=self.sessions,
            camera_view=self.camera,
            platform=self._platform,
            language=lambda: self.state.language,
            elder_factor=lambda: ui.elder_timeout_factor if self.state.elderMode else 1.0,
            on_help=self.state.callHelp,
            voice=self.voice.prompts,
        )
        #: 办件进度: platform answers, the encrypted last known state, this kiosk's queue
        self.progress = ProgressViewModel(
            sessions=self.sessions,
            platform=self._platform,
            cache=self._open_progress_cache,
            outbox=lambda: self.backend.outbox if self.backend is not None else None,
            kiosk_id=config.kiosk.id,
            item_name=self._catalogue_item_name,
            camera_view=self.camera,
        )
        #: 好差评, the last screen of every journey (queued in the outbox)
        self.rating = RatingViewModel(
            router=self.router,
            sessions=self.sessions,
            submit=self._submit_outbox,
            elder_factor=lambda: ui.elder_timeout_factor if self.state.elderMode else 1.0,
        )
        #: receipts, tickets, slips and guides (attached to the printer's host when it starts)
        self.printing = PrintService()
        #: applying for a service or a "一件事" bundle (screens/viewmodels/apply.py)
        self.apply = ApplyViewModel(
            router=self.router,
            sessions=self.sessions,
            catalogue=self.catalogue,
            identity=self.identity,
            features=self.features,
            printing=self.printing,
            camera_view=self.camera,
            platform=self._platform,
            backend=lambda: self.backend,
            kiosk_id=config.kiosk.id,
            language=lambda: self.state.language,
        )
        #: 取件 from the certificate cabinet (the backend's cabinet service)
        self.pickup = PickupViewModel(
            router=self.router,
            sessions=self.sessions,
            cabinet=lambda: self.backend.cabinet if self.backend is not None else None,
            directory=self._pickup_directory,
            printing=self.printing,
            on_help=self.state.callHelp,
            kiosk_id=config.kiosk.id,
            cabinet_name=config.kiosk.site_name,
            language=lambda: self.state.language,
        )
        #: 办事指南 print-outs from the guide screen
        self.guide_print = GuidePrintViewModel(
            index=lambda: self.catalogue.index,
            printing=self.printing,
            language=lambda: self.state.language,
        )
        #: 取号 and 预约签到: numbers from the platform through the outbox (bounded wait)
        self.ticket = TicketViewModel(
            router=self.router,
            sessions=self.sessions,
            printing=self.printing,
            enqueue=self._enqueue_outbox,
            item_state=self._outbox_item_state,
            kiosk_id=config.kiosk.id,
            hall=config.kiosk.site_name,
            language=lambda: self.state.language,
        )
        self._simulators: dict[str, object] = {}
        self._devices_attached = True  # until _start_devices has something to start
        self._relay = _MainThreadRelay(self)
        self.backend: Backend | None = None
        #: 呼叫帮助 through the outbox, one request per visit (screens/viewmodels/help.py)
        self.help = HelpViewModel(
            submit=lambda: self.backend.submit if self.backend is not None else None,
            visit_id=lambda: self.sessions.current.session_id if self.sessions.current else "",
        )
        if self.options.start_backend:
            self.backend = Backend(config, catalogue_listener=self.catalogue)
            self.backend.queueDepthChanged.connect(self.state.set_queue_depth)
            self.backend.deviceStatus.connect(self.devices.on_status)
            self.backend.platformReady.connect(self._relay.platform_ready)
            self.backend.failed.connect(self._on_backend_failed)
            self.backend.maintenanceRequested.connect(self.state.setMaintenance)
            self.backend.itemDone.connect(self.ticket.on_item_done)
            self.backend.deadLettered.connect(self.ticket.on_dead_lettered)
            self.backend.itemDone.connect(self.help.on_item_done)
            self.apply.attach_backend(self.backend)
            self.backend.deadLettered.connect(self.help.on_dead_lettered)

        # Technician diagnostics: a layer above the screens, entered by a gesture + PIN/card.
        from screens.viewmodels.diagnostics import DiagnosticsViewModel

        self.diagnostics = DiagnosticsViewModel(
            config=config,
            state=self.state,
            camera_view=self.camera,
            hosts=lambda: list(getattr(self, "hosts", [])),
            backend=lambda: self.backend,
            router=self.router,
        )

        # -- signal wiring --------------------------------------------------------------------
        self.router.visitStarted.connect(self._on_visit_started)
        self.router.visitEnded.connect(self._on_visit_ended)
        self.router.visitEnded.connect(lambda _reason: self.voice.reset())
        self.router.visitStarted.connect(self.help.reset)
        self.router.visitEnded.connect(lambda _reason: self.help.reset())
        self.router.currentScreenChanged.connect(
            lambda: self.voice.on_screen(self.router.currentScreen)
        )
        self.state.elderModeChanged.connect(
            lambda: self.voice.elder_mode_changed(self.state.elderMode)
        )
        # The next resident must not see this one's applications.
        self.router.visitEnded.connect(lambda _reason: self.progress.clear())
        self.router.visitEnded.connect(lambda _reason: self.printing.clear_visit())
        self.router.visitEnded.connect(lambda _reason: self.guide_print.clear())
        self.idle.expired.connect(self._on_idle_expired)
        self.state.elderModeChanged.connect(lambda: self.idle.set_elder_mode(self.state.elderMode))
        self.state.serviceChanged.connect(self._apply_service_state)
        self.devices.summaryChanged.connect(self._recompute_availability)
        self.devices.summaryChanged.connect(lambda: self.features.update(self.devices.states()))

        # -- QML -------------------------------------------------------------------------------
        _expose_to_qml(
            {
                "App": self.state,
                "Router": self.router,
                "Idle": self.idle,
                "Devices": self.devices,
                "Catalogue": self.catalogue,
                "Features": self.features,
                "Identity": self.identity,
                "Progress": self.progress,
                "Rating": self.rating,
                "Ticket": self.ticket,
                "Pickup": self.pickup,
                "GuidePrint": self.guide_print,
                "Camera": self.camera,
                "Diagnostics": self.diagnostics,
                "Printing": self.printing,
                "Apply": self.apply,
                "Voice": self.voice,
                "Help": self.help,
            }
        )
        self.engine = QQmlApplicationEngine()
        self.engine.addImportPath(str(qml_dir()))
        self.engine.addImageProvider(self.camera.providerId, self.camera.provider)
        self.translations.attach(self.engine)
        self.translations.install(ui.language)
        self._qml_errors: list[str] = []
        self.engine.warnings.connect(self._on_qml_warnings)
        self.engine.load(QUrl.fromLocalFile(str(qml_dir() / "Main.qml")))
        roots = self.engine.rootObjects()
        if not roots:
            raise RuntimeError("Main.qml failed to load:\n" + "\n".join(self._qml_errors))
        window = roots[0]
        assert isinstance(window, QQuickWindow)
        self.window: QQuickWindow = window
        self.window.installEventFilter(self.idle)
        self.window.installEventFilter(self.diagnostics)
        self.window.resize(ui.width, ui.height)
        if self.options.headless or self.options.windowed or not ui.fullscreen:
            self.window.show()
        else:
            self.window.showFullScreen()

        if self.options.screenshot_dir is not None:
            self.options.screenshot_dir.mkdir(parents=True, exist_ok=True)
            self.router.currentScreenChanged.connect(self._schedule_screenshot)
            self.state.languageChanged.connect(self._schedule_screenshot)
            self.state.elderModeChanged.connect(self._schedule_screenshot)
            self._schedule_screenshot()

        # -- services and devices -------------------------------------------------------------
        self.hosts: list[object] = []
        self._stoppers: list[Callable[[], None]] = []
        if self.options.start_devices:
            self._start_devices()
        self.network: ReachabilityMonitor | None = None
        if self.options.start_network_probe and self.backend is None:
            self._start_network_probe(config.platform.base_url)
        self._recompute_availability()
        self._attract = ATTRACT
        self.watchdog: Watchdog | None = None  # sd_notify READY/WATCHDOG (kiosk/services)
        # Nightly restart and reloads that need one: exit EXIT_RESTART once no visit is on.
        from kiosk.services.maintenance import RestartGate

        self.restart_gate = RestartGate(is_idle=self._idle_for_restart, quit=self.qapp.exit)
        self.router.visitStarted.connect(self.restart_gate.visit_started)
        self.router.visitEnded.connect(self.restart_gate.visit_ended)
        if self.backend is not None:
            self.backend.restartRequested.connect(self.restart_gate.request)
            self.backend.configReloaded.connect(self._relay.config_reloaded)
        QTimer.singleShot(0, self._ready)
        log.info(
            "kiosk %s started (version %s, demo=%s)",
            config.kiosk.id,
            __version__,
            config.kiosk.demo,
        )

    # -- lifecycle --------------------------------------------------------------------------
    def _ready(self) -> None:
        # After the first frame: the backend's disk and network work stays off the start-up path.
        if self.backend is not None:
            self.backend.start()
        from kiosk.services.watchdog import start_watchdog

        # READY=1 after the next frame; WATCHDOG=1 pings from this (GUI) thread from then on.
        self.watchdog = start_watchdog(
            self.window, log_dir=self.config.log_dir, status=self._service_status
        )
        for callback in self.options.on_ready:
            callback(self)
        from PySide6.QtCore import QTimer

        QTimer.singleShot(1500, self._precompile_screens)

    def _precompile_screens(self) -> None:
        """Compile every screen's QML on Qt's type-loader thread while nobody is waiting.

        Lesson: the first visit to a screen compiled its QML on the GUI thread (10-25 ms on a
        quiet machine, 50-200 ms on a busy one: a visible stall on the touch that opened it).
        Components created in asynchronous mode are compiled on the loader thread; the engine
        keeps the compiled types, so the Loader in Main.qml only instantiates them later.
        """
        from PySide6.QtCore import QUrl
        from PySide6.QtQml import QQmlComponent

        from kiosk.paths import qml_dir
        from screens.viewmodels.router import SCREENS

        if self._closed:
            return
        self._precompiled = []
        files = [f"{name[0].upper()}{name[1:]}Screen.qml" for name in sorted(SCREENS)]
        for file in [*files, "Keyboard.qml"]:
            path = qml_dir() / file
            if path.exists():
                component = QQmlComponent(
                    self.engine,
                    QUrl.fromLocalFile(str(path)),
                    QQmlComponent.CompilationMode.Asynchronous,
                )
                self._precompiled.append(component)

    def _start_network_probe(self, base_url: str) -> None:
        from kiosk.services.network import ReachabilityMonitor

        if self.network is not None:
            self.network.stop()
        self.network = ReachabilityMonitor(base_url)
        self.network.stateChanged.connect(self.state.set_network)
        self.network.start()

    def _on_platform_ready(self, base_url: str) -> None:
        if self.options.start_network_probe and not self._closed:
            self._start_network_probe(base_url)

    def _platform(self) -> object | None:
        """The platform adapter once the backend has started it (any thread may ask)."""
        return self.backend.platform if self.backend is not None else None

    def _submit_outbox(
        self, kind: str, payload: dict, key: str, on_done: Callable[[bool], None]
    ) -> bool:
        """Queue ``payload`` in the outbox off the GUI thread; ``on_done(ok)`` runs on the
        writer thread once it is on disk (or failed). False: no outbox (nothing queued)."""
        backend = self.backend
        if backend is None:
            return False
        return backend.submit(
            kind, payload, idempotency_key=key, on_done=lambda f: on_done(f.exception() is None)
        )

    def _enqueue_outbox(
        self, kind: str, payload: dict, key: str, on_done: Callable[[str], None]
    ) -> bool:
        """Like :meth:`_submit_outbox`, but ``on_done`` gets the outbox item id ("" on
        failure), and the drain is told to try at once: a resident is waiting for the answer
        (a hold left from an earlier outage would otherwise outlast the wait)."""
        backend = self.backend
        if backend is None:
            return False

        def done(future: object) -> None:
            error = future.exception()  # type: ignore[attr-defined]
            on_done("" if error is not None else str(future.result().id))  # type: ignore[attr-defined]
            if error is None and backend.drain is not None:
                backend.drain.wake(expedite=True)

        return backend.submit(kind, payload, idempotency_key=key, on_done=done)

    def _pickup_directory(self, pickup_id: str) -> dict[str, str]:
        """Application number and item name of a pickup, from the platform's pickup list."""
        sync = self.backend.pickup_sync if self.backend is not None else None
        return sync.lookup(pickup_id) if sync is not None else {}

    def _open_progress_cache(self) -> object | None:
        """The progress cache in cache.db under the outbox's key ring (progress worker only:
        it opens a store); None until the outbox is open."""
        from kiosk.services.progress_cache import ProgressCache

        outbox = self.backend.outbox if self.backend is not None else None
        if outbox is None:
            return None
        days = self.config.store.progress_cache_days
        return ProgressCache.open(self.config.data_dir, outbox.keyring, retention_days=days)

    def _catalogue_item_name(self, item_id: str) -> str:
        index = self.catalogue.index
        found = index.item(item_id) if index is not None else None
        return str(found.name) if found is not None else ""

    def _outbox_item_state(self, item_id: str) -> str:
        """The outbox state of an item (worker threads only: it reads the store)."""
        outbox = self.backend.outbox if self.backend is not None else None
        if outbox is None:
            return "missing"
        item = outbox.get(item_id)
        return item.state if item is not None else "missing"

    def _on_backend_failed(self, reason: str) -> None:
        log.error("backend problem: %s", reason)

    def _idle_for_restart(self) -> bool:
        """No visit in progress: a restart would interrupt nobody."""
        screen = self.router.currentScreen
        return self.sessions.current is None and screen in ("attract", "outOfService")

    def _apply_config(self, config: KioskConfig) -> None:
        """A reloaded configuration whose changes all apply live (kiosk/services/reconfig.py)."""
        from screens.viewmodels.app_state import Notice

        ui = config.ui
        self.config = config
        self.state.set_notices([Notice(n.zh, n.en) for n in ui.notices])
        self.idle.set_timings(
            self.options.idle_timeout_s or ui.idle_timeout_s,
            self.options.idle_countdown_s or ui.idle_countdown_s,
            ui.elder_timeout_factor,
        )
        log.info("configuration reloaded and applied")

    def _service_status(self) -> str:
        """One line for the service manager's STATUS= (no personal data)."""
        service = self.state.outOfServiceReason if self.state.outOfService else "in service"
        return f"{service}; screen {self.router.currentScreen}; queue {self.state.queueDepth}"

    def close(self) -> None:
        """Stop devices and services, wipe any session, release QML. Idempotent."""
        if self._closed:
            return
        self._closed = True
        if self.watchdog is not None:
            self.watchdog.stop()  # STOPPING=1: the manager knows this exit is on purpose
        if self.sessions.current is not None:
            self.sessions.end(self._EndReason.CANCELLED)
        self.idle.stop()
        self.identity.close()
        self.progress.close()
        self.apply.close()
        self.ticket.close()
        self.pickup.close()
        self.diagnostics.close()
        self.camera.detach()
        if self.network is not None:
            self.network.stop()
        if self.backend is not None:
            self.backend.stop()
        prep = getattr(self, "_device_prep", None)
        if prep is not None:
            # It stops after the device it is creating; its simulators are in _stoppers.
            prep.join(timeout=30)
        for host in self.hosts:
            host.stop()  # type: ignore[attr-defined]
        for stop in reversed(self._stoppers):
            stop()
        self.window.close()
        self.engine.deleteLater()
        log.info("kiosk stopped")

    # -- devices ----------------------------------------------------------------------------
    def _start_devices(self) -> None:
        """List the configured devices now; create drivers and simulators on a worker.

        Lesson: importing the drivers (OpenCV, serial, escpos) and starting the demo's
        simulators took about a second on the GUI thread before the first frame. The list of
        devices (the status bar's, the availability rules') is known at once; the driver
        objects are built on the ``device-prep`` thread and handed back to the GUI thread,
        where each gets its :class:`DeviceHost` (a QObject that must live on the GUI thread).
        """
        plan: list[tuple[str, Any]] = []
        for device_id, dev in self.config.devices.items():
            if not dev.enabled:
                continue
            if dev.kind == "cabinet":
                # The cabinet service drives its boards on its own worker (kiosk/backend.py).
                if self.backend is not None:
                    self.devices.add_device(device_id, dev.kind)
                continue
            self.devices.add_device(device_id, dev.kind)
            plan.append((device_id, dev))
        self._devices_attached = False
        self._relay.devicesPrepared.connect(self._relay.devices_prepared)
        self._device_prep = threading.Thread(
            target=self._prepare_devices, args=(plan,), name="device-prep", daemon=True
        )
        self._device_prep.start()

    def _prepare_devices(self, plan: list[tuple[str, Any]]) -> None:
        """Worker: start simulators and create the driver objects (no I/O on the devices)."""
        from drivers import registry
        from kiosk.demo import launch_simulator

        prepared: list[tuple[str, Any, object]] = []
        for device_id, dev in plan:
            if self._closed:
                break
            try:
                port = dev.port
                if port == "sim":
                    simulator, port, stop = launch_simulator(
                        dev.kind, dev.driver, demo=self.config.kiosk.demo
                    )
                    self._simulators[device_id] = simulator
                    self._stoppers.append(stop)
                params: dict[str, object] = dict(dev.options)
                if port is not None:
                    params["port"] = port
                device = registry.create(dev.kind, dev.driver, device_id, **params)
            except Exception as exc:
                log.exception("device %s could not be created", device_id)
                prepared.append((device_id, dev, exc))
                continue
            prepared.append((device_id, dev, device))
        self._relay.devicesPrepared.emit(prepared)

    def _attach_devices(self, prepared: list[tuple[str, Any, object]]) -> None:
        """GUI thread: host each prepared device and wire it to the view-models."""
        from kiosk.services.device_host import DeviceHost

        if self._closed:
            return
        for device_id, dev, device in prepared:
            if isinstance(device, Exception):
                self.devices.on_status(
                    device_id,
                    {"state": "hardware_error", "sub": {}, "detail": "driver failed to start"},
                )
                continue
            host = DeviceHost(device, poll_interval_s=dev.poll_interval_s)  # type: ignore[arg-type]
            host.statusChanged.connect(self.devices.on_status)
            host.deviceEvent.connect(self._relay.device_event)
            if self.backend is not None:
                host.statusChanged.connect(self.backend.record_device_status)
            if dev.kind == "idcard":
                self.identity.attach_idcard(host)
            elif dev.kind == "camera":
                self.identity.attach_camera(host)
                self.progress.attach_camera(host)
                self.apply.attach_camera(host)
            elif dev.kind == "printer":
                self.printing.attach(host)
            self.hosts.append(host)
            host.start()
        self._devices_attached = True
        log.info("devices started: %d", len(self.hosts))

    @property
    def simulators(self) -> dict[str, object]:
        """Simulators started for devices configured with ``port = "sim"`` (device id → object).

        Tests and the demo place cards or inject faults through them; asking before the
        devices are up waits for them (spinning the event loop, at most a minute).
        """
        self.wait_for_devices()
        return self._simulators

    def wait_for_devices(self, timeout_s: float = 60.0) -> bool:
        """Spin the event loop until the configured devices are hosted (tests, self-test)."""
        from PySide6.QtCore import QEventLoop

        deadline = time.monotonic() + timeout_s
        while not self._devices_attached and time.monotonic() < deadline:
            self.qapp.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
            time.sleep(0.01)
        return self._devices_attached

    def _on_device_event(self, device_id: str, name: str, data: dict) -> None:
        if name == "person_arrived":
            self.state.set_person_nearby(True)
        elif name == "person_left":
            self.state.set_person_nearby(False)

    def _recompute_availability(self) -> None:
        self.state.set_unavailable(self._unavailable_reason(self._features, self.devices.states()))

    def _apply_service_state(self) -> None:
        reason = self.state.outOfServiceReason if self.state.outOfService else ""
        if reason:
            self.idle.stop()
        self.router.set_out_of_service(reason)

    # -- visits -----------------------------------------------------------------------------
    def _on_visit_started(self) -> None:
        self.sessions.start(language=self.state.language, elder_mode=self.state.elderMode)
        self.idle.start()

    def _on_visit_ended(self, reason: str) -> None:
        if self._closed:
            # A queued signal delivered after close() (its QML engine is gone): nothing to do.
            return
        self.idle.stop()
        end_reason = {
            "timeout": self._EndReason.TIMEOUT,
            "error": self._EndReason.ERROR,
            "cancelled": self._EndReason.CANCELLED,
        }.get(reason, self._EndReason.COMPLETED)
        if self.sessions.current is not None:
            self.sessions.end(end_reason)
        self.state.restore_visit_defaults()
        self.state.show_reminder("timeout" if reason == "timeout" else "take_card")
        self._release_memory()

    def _release_memory(self) -> None:
        """Hand the visit's freed heap pages back to the kernel, off the GUI thread."""
        from kiosk.services.memory import release_free_memory

        threading.Thread(target=release_free_memory, name="malloc-trim", daemon=True).start()

    def _on_idle_expired(self) -> None:
        log.info("visit timed out")
        self.router.reset("timeout")

    # -- language and help ------------------------------------------------------------------
    def _on_language(self, language: str) -> None:
        if self._closed:
            return
        self.translations.install(language)
        session = self.sessions.current
        if session is not None:
            session.language = language

    def _on_help(self, screen: str) -> None:
        log.warning("help requested at kiosk %s on screen %s", self.config.kiosk.id, screen)
        self.help.request(screen)

    def _on_qml_warnings(self, warnings: list) -> None:
        for w in warnings:
            text = w.toString()
            self._qml_errors.append(text)
            log.warning("QML: %s", text)

    @property
    def qml_warnings(self) -> list[str]:
        return list(self._qml_errors)

    # -- rendering --------------------------------------------------------------------------
    def _schedule_screenshot(self) -> None:
        from PySide6.QtCore import QTimer

        # Wait for the new screen's first frame (and animations to settle) before grabbing.
        QTimer.singleShot(400, self._take_screenshot)

    def _take_screenshot(self) -> None:
        if self._closed or self.options.screenshot_dir is None:
            return
        self._shot_counter += 1
        mode = "elder" if self.state.elderMode else "normal"
        name = f"{self._shot_counter:03d}-{self.router.currentScreen}-{self.state.language}-{mode}"
        self.grab(self.options.screenshot_dir / f"{name}.png")

    def grab(self, path: Path) -> Path:
        """Render the window as it is now to a PNG file."""
        image = self.window.grabWindow()
        path.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(path)):
            raise OSError(f"could not write {path}")
        return path

    def find(self, object_name: str) -> object | None:
        """The visible-tree QML item with this objectName (tests and the self-test use it).

        Walks the visual item tree: delegates of views (GridView tiles...) have a visual
        parent but not always a QObject parent, so ``findChild`` misses them.
        """
        from PySide6.QtCore import QObject

        stack = [self.window.contentItem()]
        while stack:
            current = stack.pop()
            if current.objectName() == object_name:
                return current
            stack.extend(current.childItems())
        return self.window.findChild(QObject, object_name)


class _MainThreadRelay(QObject):
    """Delivers worker-thread signals to KioskApp on the GUI thread.

    Lesson: a signal connected to a method of a plain Python object (KioskApp is not a QObject)
    runs in the thread that emits it. Device and backend signals are emitted on worker threads,
    so they are received here, by a QObject that lives on the GUI thread (queued connection),
    and only then touch view-models that QML is bound to.
    """

    def __init__(self, app: KioskApp) -> None:
        super().__init__()
        self._app = app

    @Slot(str)
    def platform_ready(self, base_url: str) -> None:
        self._app._on_platform_ready(base_url)

    @Slot(str, str, dict)
    def device_event(self, device_id: str, name: str, data: dict) -> None:
        self._app._on_device_event(device_id, name, data)

    #: the device-prep worker's driver objects, delivered to the GUI thread
    devicesPrepared = Signal(object)

    @Slot(object)
    def devices_prepared(self, prepared: list) -> None:
        self._app._attach_devices(prepared)

    @Slot(object)
    def config_reloaded(self, config: object) -> None:
        self._app._apply_config(config)  # type: ignore[arg-type]


# -- QML singletons ----------------------------------------------------------------------------
# Lesson: re-registering singleton *instances* under the same QML name (one KioskApp after
# another in one process, as the tests do) corrupts Qt's type registry: later engines fail to
# load unrelated types. So the types are registered once per process with a factory, and the
# factory hands each new engine the objects of the app that is being built.
_PENDING: dict[str, object] = {}
_REGISTERED: set[str] = set()


def _expose_to_qml(objects: dict[str, object]) -> None:
    from PySide6.QtQml import qmlRegisterSingletonType

    _PENDING.clear()
    _PENDING.update(objects)
    for name, obj in objects.items():
        if name in _REGISTERED:
            continue
        qmlRegisterSingletonType(type(obj), "Kiosk", 1, 0, name, _singleton_factory(name))
        _REGISTERED.add(name)


def _singleton_factory(name: str) -> Callable[[object], object]:
    from PySide6.QtQml import QJSEngine

    # PySide counts the callback's parameters: exactly one (the engine), no defaults.
    def factory(engine: object) -> object:
        instance = _PENDING[name]
        # The app owns its view-models; the engine must not delete them.
        QJSEngine.setObjectOwnership(instance, QJSEngine.ObjectOwnership.CppOwnership)  # type: ignore[arg-type]
        return instance

    return factory


def run_event_loop() -> int:
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    assert app is not None
    return app.exec()


def python_version() -> str:
    return sys.version.split()[0]
