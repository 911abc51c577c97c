"""The kiosk's link to the platform and its durable state, started off the GUI thread.

``Backend`` owns: the platform adapter (and, in demo mode, the reference platform on
loopback), the two SQLite stores (``outbox.db`` with synchronous=FULL, ``cache.db``), the
encryption key ring, the outbox and its drain worker, the catalogue sync worker, and the
certificate cabinet service. Opening stores, seeding the demo platform and reading key files are
disk work, so :meth:`start` does all of it on a worker thread and reports through Qt signals;
the attract screen is interactive while this runs (cold start budget).

Exceptions: start-up problems are not raised to the GUI; they are logged and reported with
``failed(str reason)``, and the kiosk keeps serving what does not need the backend (a kiosk
with a broken key file still shows guides from the cached catalogue once that is readable).

Writes that change state (help requests, and later applications and ratings) go through
:meth:`submit`, which enqueues on a small worker and answers on the GUI thread: the outbox
transaction is fsync'd (synchronous=FULL) and must not stall a touch.
"""

from __future__ import annotations

import logging
import threading
import time
import uuid
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

from PySide6.QtCore import QObject, Signal

from kiosk.config import KioskConfig

log = logging.getLogger(__name__)


class Backend(QObject):
    """Platform, stores, outbox, catalogue and cabinet for one running kiosk."""

    #: base_url of the platform once known (demo: after the reference server is up).
    platformReady = Signal(str)
    #: a start-up step failed; the reason is a short, non-personal sentence.
    failed = Signal(str)
    #: outbox depth (pending + in flight) for the status bar.
    queueDepthChanged = Signal(int)
    #: device status for the status bar, for devices the backend drives itself (the cabinet).
    deviceStatus = Signal(str, dict)
    #: an item the GUI submitted is durably queued (kind, item id) / could not be (kind, reason).
    submitted = Signal(str, str)
    submitFailed = Signal(str, str)
    #: the platform asks for maintenance mode on (True) or off (False).
    maintenanceRequested = Signal(bool)
    #: a clean restart is wanted (reason): nightly, or a reload that cannot apply live. The
    #: GUI thread's RestartGate restarts once no visit is in progress.
    restartRequested = Signal(str)
    #: a reloaded configuration whose changed keys are all live-applicable (a KioskConfig)
    configReloaded = Signal(object)
    #: the drain delivered an outbox item (kind, item id, platform answer) / gave up on it
    #: (kind, item id, {code, message}); forwarded from the drain thread (queued to this
    #: object's thread), so receive them on a QObject that lives on the GUI thread.
    itemDone = Signal(str, str, dict)
    deadLettered = Signal(str, str, dict)

    def __init__(
        self,
        config: KioskConfig,
        *,
        catalogue_listener: Any | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.config = config
        self._catalogue_listener = catalogue_listener
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="outbox-enqueue")
        self._stoppers: list[Callable[[], None]] = []
        self.base_url: str | None = None
        self.platform: Any | None = None
        self.outbox: Any | None = None
        self.drain: Any | None = None
        self.catalogue_sync: Any | None = None
        self.cabinet: Any | None = None
        #: platform pickups → cabinet inventory (kiosk/services/pickup_sync.py)
        self.pickup_sync: Any | None = None
        #: the cabinet's simulator when the port is "sim" (tests and diagnostics inject faults)
        self.cabinet_simulator: Any | None = None
        self.heartbeat: Any | None = None
        self.maintenance: Any | None = None  # kiosk/services/maintenance.py
        self._started_wall = time.time()
        self._lock = threading.Lock()
        self._device_states: dict[str, dict[str, Any]] = {}
        # Lesson: importing pypinyin loads its dictionaries with json.loads calls that hold the
        # GIL for ~80 ms each. Done lazily on the sync worker, that froze the touchscreen after
        # the first frame; done now, it overlaps start-up, before the kiosk is interactive.
        self._preload = threading.Thread(target=_preload_search_modules, name="preload")
        self._preload.start()

    # -- lifecycle ------------------------------------------------------------------------------
    def start(self) -> None:
        if self._thread is not None:
            return
        self._thread = threading.Thread(target=self._start_all, name="backend-start", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        """Stop workers in reverse order of start; safe to call more than once."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None
        self._writer.shutdown(wait=True, cancel_futures=False)
        with self._lock:
            stoppers, self._stoppers = self._stoppers, []
        for stop in reversed(stoppers):
            try:
                stop()
            except Exception:  # one failing worker must not keep the others running
                log.exception("backend: stopping a worker failed")

    def _register_stop(self, stop: Callable[[], None]) -> None:
        with self._lock:
            self._stoppers.append(stop)

    # -- start-up on the worker ----------------------------------------------------------------
    def _start_all(self) -> None:
        self._start_maintenance()
        self._preload.join()
        for step in (self._start_platform, self._start_outbox, self._start_catalogue):
            if self._stop.is_set():
                return
            try:
                step()
            except Exception as exc:
                log.exception("backend: %s failed", step.__name__.strip("_"))
                self.failed.emit(f"{step.__name__.strip('_').replace('_', ' ')}: {exc}")
                if step is self._start_platform:
                    # Without a platform the catalogue can still be served from the cache.
                    self._start_catalogue_offline()
                    return
        if self._stop.is_set():
            return
        try:
            self._start_cabinet()
        except Exception as exc:
            log.exception("backend: cabinet failed")
            self.failed.emit(f"cabinet: {exc}")
        if not self._stop.is_set():
            self._start_heartbeat()

    def _start_platform(self) -> None:
        from kiosk.platform.http import HttpPlatform, load_platform_key

        cfg = self.config
        if cfg.kiosk.demo:
            from central.demo import ensure_demo_platform

            port = urlsplit(cfg.platform.base_url).port
            base_url, key_path, stop = ensure_demo_platform(cfg.data_dir, cfg.kiosk.id, port=port)
            self._register_stop(stop)
        else:
            if cfg.platform.key_file is None:
                raise ValueError("platform.key_file is not set (required outside demo mode)")
            base_url, key_path = cfg.platform.base_url, cfg.platform.key_file
        self.platform = HttpPlatform(
            base_url,
            cfg.kiosk.id,
            load_platform_key(key_path),
            cfg.platform.connect_timeout_s,
            cfg.platform.read_timeout_s,
        )
        self.base_url = base_url
        self.platformReady.emit(base_url)

    def _start_outbox(self) -> None:
        from kiosk.services.outbox import QtOutboxDrain
        from offline_cache.outbox import Outbox

        store_cfg = self.config.store
        # No key file configured: <data_dir>/secrets/outbox.key, created (0600) on first start.
        self.outbox = Outbox.open(
            self.config.data_dir,
            key_file=store_cfg.key_file,
            algorithm=store_cfg.encryption,
            create_key=store_cfg.key_file is None,
        )
        self._register_stop(self.outbox.store.close)
        drain = QtOutboxDrain(
            self.outbox,
            self.platform,
            retention=timedelta(days=self.config.store.retention_days),
        )
        drain.depthChanged.connect(self.queueDepthChanged)
        drain.itemDone.connect(self.itemDone)
        drain.deadLettered.connect(self.deadLettered)
        drain.start()
        self.drain = drain
        self._register_stop(drain.stop)
        self.queueDepthChanged.emit(self.outbox.depth())

    def _catalogue_store(self) -> Any:
        from offline_cache.store import Store

        store = Store.for_cache(self.config.data_dir)
        self._register_stop(store.close)
        return store

    def _start_catalogue(self) -> None:
        from kiosk.catalogue.sync import CatalogueSync

        cfg = self.config.platform
        listener = self._catalogue_listener
        sync = CatalogueSync(
            self._catalogue_store(),
            self.platform,
            cfg.site,
            interval_s=float(cfg.catalogue_interval_s),
            max_drop_fraction=cfg.catalogue_max_drop,
            on_activated=None if listener is None else listener.on_activated,
            on_status=None if listener is None else listener.on_status,
        )
        sync.start()
        self.catalogue_sync = sync
        self._register_stop(sync.stop)

    def _start_catalogue_offline(self) -> None:
        """No platform: serve the last good catalogue from the cache, if there is one."""
        from kiosk.catalogue.sync import CatalogueSync

        listener = self._catalogue_listener
        try:
            sync = CatalogueSync(
                self._catalogue_store(),
                _NoPlatform(),
                self.config.platform.site,
                on_activated=None if listener is None else listener.on_activated,
                on_status=None if listener is None else listener.on_status,
            )
            sync.load()
        except Exception:
            log.exception("backend: could not load the cached catalogue")

    def _start_cabinet(self) -> None:
        device_id = next(
            (d for d, c in self.config.devices.items() if c.kind == "cabinet" and c.enabled), None
        )
        if device_id is None or self.outbox is None:
            return
        from kiosk.services.cabinet import CabinetService

        entry = self.config.devices[device_id]
        port = entry.port
        if port == "sim":
            from kiosk.demo import launch_simulator

            simulator, port, stop_sim = launch_simulator(
                entry.kind, entry.driver, demo=self.config.kiosk.demo
            )
            self.cabinet_simulator = simulator
            self._register_stop(stop_sim)
        store = self.outbox_store()
        service = CabinetService.from_config(
            self.config, store, self.outbox, device_id=device_id, port=port
        )
        device = service.device

        def forward(_event: object) -> None:
            self.deviceStatus.emit(device_id, device.status.to_dict())

        device.add_listener(forward)
        service.start()
        self.cabinet = service
        self._register_stop(service.stop)
        self._start_pickup_sync(service)

    def _start_pickup_sync(self, cabinet: Any) -> None:
        """Adopt the platform's deposited pickups into the cabinet inventory, now and then."""
        from kiosk.services.pickup_sync import PickupSync

        def wake_drain(event: Any) -> None:
            # The cabinet queues its platform reports itself: send them now, not at the
            # drain's next idle poll.
            if event.name in ("deposited", "collected", "door_alarm") and self.drain is not None:
                self.drain.wake()

        cabinet.add_listener(wake_drain)
        if self.platform is None:
            return
        prepare = None
        simulator = getattr(self, "cabinet_simulator", None)
        if self.config.kiosk.demo and simulator is not None:
            prepare = _DemoCabinetFiller(simulator, cabinet)
        sync = PickupSync(self.platform, cabinet, prepare=prepare)
        sync.start()
        self.pickup_sync = sync
        self._register_stop(sync.stop)

    # -- heartbeat and platform commands -------------------------------------------------------
    def record_device_status(self, device_id: str, status: Mapping[str, Any]) -> None:
        """Remember a device's latest status for the heartbeat (called on the GUI thread)."""
        with self._lock:
            self._device_states[device_id] = dict(status)

    def _heartbeat_payload(self) -> dict[str, Any]:
        from kiosk import __version__
        from kiosk.services.heartbeat import disk_free_mb, utc_now

        with self._lock:
            devices = {k: dict(v) for k, v in self._device_states.items()}
        outbox = self.outbox
        counts = outbox.counts() if outbox is not None else {}
        catalogue = self.catalogue_sync.status() if self.catalogue_sync is not None else None
        return {
            "devices": devices,
            "queue_depth": outbox.depth() if outbox is not None else -1,
            "oldest_queued_age_s": (outbox.oldest_pending_age() or 0) if outbox else 0,
            "dead_letters": int(counts.get("dead", 0)),
            "disk_free_mb": disk_free_mb(self.config.data_dir),
            "versions": {
                "kiosk": __version__,
                "catalogue": getattr(catalogue, "version", None),
            },
            "clock": utc_now(),
            # fleet view: a silent kiosk is one not heard for 3 intervals; restarts show here
            "heartbeat_interval_s": self.config.platform.heartbeat_interval_s,
            "started_at": datetime.fromtimestamp(self._started_wall, UTC).isoformat(
                timespec="seconds"
            ),
            "uptime_s": round(time.time() - self._started_wall),
            "cabinet": self._cabinet_summary(),
        }

    def _cabinet_summary(self) -> dict[str, Any] | None:
        """Occupied/total compartments and flags for the fleet view (no pickup details)."""
        cabinet = self.cabinet
        if cabinet is None:
            return None
        views = cabinet.compartments()
        return {
            "total": len(views),
            "occupied": sum(1 for v in views if v.state != "free"),
            "free": sum(1 for v in views if v.available),
            "flagged": sum(1 for v in views if v.flag),
            "ready": bool(cabinet.ready),
        }

    def _on_command(self, kind: str, args: Mapping[str, Any]) -> tuple[bool, str]:
        if kind == "maintenance_on":
            self.maintenanceRequested.emit(True)
            return True, "maintenance mode on"
        if kind == "maintenance_off":
            self.maintenanceRequested.emit(False)
            return True, "maintenance mode off"
        if kind == "refresh_catalogue":
            if self.catalogue_sync is None:
                return False, "no catalogue sync running"
            self.catalogue_sync.request_sync()
            return True, "catalogue sync requested"
        if kind == "reload_config":
            return self.reload_config()
        return False, f"unknown command {kind!r}"

    def reload_config(self) -> tuple[bool, str]:
        """Re-read and validate the configuration (call off the GUI thread: it reads files).

        Invalid: refused with the validation message. Only live-applicable keys changed: applied
        now (worker-side here, screen-side through ``configReloaded``). Otherwise a clean
        restart is scheduled for when no visit is in progress (``restartRequested``).
        """
        from drivers.registry import known_drivers
        from kiosk.config import ConfigError
        from kiosk.services.reconfig import plan_reload

        try:
            new = self.config.reload()
            new.check_devices(known_drivers())
        except ConfigError as exc:
            text = "; ".join(p.removeprefix("config error: ") for p in exc.problems)
            return False, ("invalid configuration: " + text)[:480]
        plan = plan_reload(self.config, new)
        if plan.unchanged:
            return True, "configuration unchanged"
        if plan.needs_restart:
            self.restartRequested.emit("configuration reload")
            return True, f"restart scheduled ({plan.describe()} changed)"[:480]
        self.config = new
        if self.heartbeat is not None:
            self.heartbeat.set_interval(float(new.platform.heartbeat_interval_s))
        logging.getLogger().setLevel(new.logging.level)
        if self.maintenance is not None:
            self.maintenance.update(new.maintenance)
        self.configReloaded.emit(new)
        return True, f"applied: {plan.describe()}"[:480]

    def _start_maintenance(self) -> None:
        from kiosk.services.maintenance import MaintenanceService

        def refresh() -> None:
            if self.catalogue_sync is not None:
                self.catalogue_sync.request_sync()

        try:
            service = MaintenanceService(
                self.config.maintenance,
                refresh_catalogue=refresh,
                request_restart=self.restartRequested.emit,
            )
        except Exception:
            log.exception("backend: maintenance schedule failed")
            return
        service.start()
        self.maintenance = service
        self._register_stop(service.stop)

    def _enqueue_ack(self, command_id: str, applied: bool, message: str) -> None:
        self.submit(
            "command_ack",
            {
                "command_id": command_id,
                "result": "applied" if applied else "refused",
                "message": message,
            },
            idempotency_key=f"ack-{command_id}",
        )

    def _start_heartbeat(self) -> None:
        if self.platform is None:
            return
        from kiosk.services.heartbeat import HeartbeatService

        service = HeartbeatService(
            self.platform,
            collect=self._heartbeat_payload,
            on_command=self._on_command,
            enqueue_ack=self._enqueue_ack,
            interval_s=float(self.config.platform.heartbeat_interval_s),
        )
        service.start()
        self.heartbeat = service
        self._register_stop(service.stop)

    def outbox_store(self) -> Any:
        """The FULL-synchronous store the outbox writes (the cabinet inventory lives there too)."""
        assert self.outbox is not None
        return self.outbox.store

    # -- writes from the GUI ----------------------------------------------------------------------
    def submit(
        self,
        kind: str,
        payload: Mapping[str, Any],
        *,
        idempotency_key: str | None = None,
        attachments: Sequence[Any] = (),
        on_done: Callable[[Future[Any]], None] | None = None,
    ) -> bool:
        """Queue ``payload`` durably on the writer thread; ``submitted`` fires when it is on disk.

        ``attachments``: ``offline_cache.outbox.Attachment`` s (scans, a signature) written
        with the item. Returns False (and emits ``submitFailed``) at once when there is no
        outbox yet.
        """
        outbox = self.outbox
        if outbox is None:
            self.submitFailed.emit(kind, "outbox_unavailable")
            return False
        key = idempotency_key or uuid.uuid4().hex

        def write() -> Any:
            item = outbox.enqueue(
                kind, dict(payload), idempotency_key=key, attachments=tuple(attachments)
            )
            if self.drain is not None:
                self.drain.wake()
            return item

        future = self._writer.submit(write)

        def report(done: Future[Any]) -> None:
            error = done.exception()
            if error is None:
                self.submitted.emit(kind, str(done.result().id))
            else:
                log.error("could not queue %s: %s", kind, type(error).__name__)
                self.submitFailed.emit(kind, type(error).__name__)
            if on_done is not None:
                on_done(done)

        future.add_done_callback(report)
        return True

    def submit_many(
        self,
        entries: Sequence[Any],
        *,
        on_done: Callable[[Future[Any]], None] | None = None,
    ) -> bool:
        """Queue several items (``offline_cache.outbox.OutboxEntry``) in ONE transaction on the
        writer thread: a bundle's applications are on disk together or not at all. ``on_done``
        gets the future of the list of items; ``submitted`` fires once per item.
        """
        outbox = self.outbox
        kind = str(entries[0].kind) if entries else ""
        if outbox is None:
            self.submitFailed.emit(kind, "outbox_unavailable")
            return False
        chosen = list(entries)

        def write() -> Any:
            items = outbox.enqueue_many(chosen)
            if self.drain is not None:
                self.drain.wake()
            return items

        future = self._writer.submit(write)

        def report(done: Future[Any]) -> None:
            error = done.exception()
            if error is None:
                for item in done.result():
                    self.submitted.emit(item.kind, str(item.id))
            else:
                log.error("could not queue %d items: %s", len(chosen), type(error).__name__)
                self.submitFailed.emit(kind, type(error).__name__)
            if on_done is not None:
                on_done(done)

        future.add_done_callback(report)
        return True


class _DemoCabinetFiller:
    """Demo only: staff "put in" the certificates the seeded platform lists as deposited in
    this kiosk's cabinet, by placing them in the simulated compartments (once per pickup)."""

    def __init__(self, simulator: Any, cabinet: Any) -> None:
        self._simulator = simulator
        self._cabinet = cabinet
        self._placed: set[str] = set()

    def __call__(self, pickups: list[dict[str, Any]]) -> None:
        from drivers.cabinet.driver import parse_compartment_id

        for pickup in pickups:
            pickup_id = str(pickup.get("pickup_id") or "")
            if pickup.get("status") != "deposited" or pickup_id in self._placed:
                continue
            try:
                view = self._cabinet.compartment(str(pickup.get("compartment") or ""))
                board, lock = parse_compartment_id(view.compartment)
                if view.state == "free" and not self._simulator.item_present(board, lock):
                    self._simulator.place_item(board, lock)
            except Exception as exc:  # not a compartment of this cabinet
                log.info("demo cabinet: %s", type(exc).__name__)
            self._placed.add(pickup_id)


def _preload_search_modules() -> None:
    import pypinyin  # noqa: F401
    import rapidfuzz  # noqa: F401


class _NoPlatform:
    """Adapter stand-in while the platform cannot be reached at all: every call says so."""

    def __getattr__(self, name: str) -> Callable[..., Any]:
        from kiosk.platform.adapter import PlatformUnavailable

        def unavailable(*_args: Any, **_kwargs: Any) -> Any:
            raise PlatformUnavailable("the platform is not configured or could not start")

        return unavailable
