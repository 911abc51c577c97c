"""The certificate pickup cabinet: compartment inventory, staff deposit, resident pickup.

Qt-free core. One :class:`CabinetService` owns one :class:`~drivers.cabinet.driver.Cabinet`
and ONE worker thread that does all of its I/O (device and store): it opens the device (with
backoff while it is away), reconciles the inventory with the boards before serving anyone,
polls the boards, runs the requests it is given one at a time and advances every
compartment's state from what the sensors say. Requests return a
:class:`concurrent.futures.Future` at once; completions (deposited, collected...) arrive as
:class:`CabinetEvent` s through listeners, called on the worker thread. A Qt view-model
forwards both to the GUI thread with signals; nothing here blocks the caller.

Inventory (``cabinet_compartments``, migration ``0005_cabinet_inventory``)::

    free ──deposit──▶ depositing ──door shut + item in──▶ occupied ──pickup──▶ pickup_opening
     ▲                   │ door shut, nothing put in         ▲  ▲                  │ door seen open
     └───────────────────┘                                   │  └─ door shut,      ▼
     ▲                                                       │     item still in ◀─ pickup_open
     └────────────────── door shut + item gone (collected) ──┴──────────────────────┘

Rules learned the hard way:

* **Never open a compartment twice for one pickup.** The open is recorded (``cabinet_opens``
  row ``intent`` + compartment ``pickup_opening``, one transaction) BEFORE the command goes
  out; the driver sends it exactly once. If no confirmation comes (no reply, status
  unreadable, power cut, crash) the kiosk only ever READS the door afterwards: open -> the
  pickup goes on; shut + item gone -> collected; shut + item still in -> not collected. One
  ``attempt_id`` opens at most once, one pickup at most ``max_pickup_opens`` times.
* **Reconcile before serving.** After every start and every time a board comes back (a
  power loss takes the boards down with the kiosk), the board is read and compared with the
  inventory first: an item where none is expected and an expected item that is missing are
  flagged for staff; interrupted deposits and pickups are finished from the sensors. Only
  reconciled, answering boards are served (:attr:`CabinetService.ready_boards`): a dead
  board takes its own compartments out of service, not the whole cabinet.
* **Report without losing anything.** The platform report (``pickup_event``:
  ``POST /pickups/{pickup_id}/events``) is written to ``cabinet_reports`` in the same
  transaction as the state change, then put in the outbox under a deterministic idempotency
  key; a crash in between is repaired at the next start (the outbox ignores a key it has).
* Boards without item sensors (``generic8a``): a deposit is complete when the door shuts
  after opening, a pickup is collected when the door shuts after opening (unverifiable;
  staff audit the cabinet). Interrupted operations without a sensor are flagged for staff.

Matching a resident: :meth:`CabinetService.find_by_code` compares the SHA-256 of the pickup
code with the platform's ``code_sha256`` (constant time, with a lockout after repeated wrong
codes); :meth:`CabinetService.find_by_holder` compares the masked ID number with the
platform's ``holder_hint`` - a hint, not proof: the flow must show the item name and let the
resident confirm, and should prefer the platform's own answer when it is online.

Exceptions (set on the returned futures, or raised by the synchronous finders)::

    CabinetError             base of everything below
    ├── CabinetNotReady      not reconciled yet, the boards do not answer, or stopped
    ├── UnknownCompartment   no such compartment in this cabinet
    ├── NoFreeCompartment    no compartment is empty, shut and unflagged
    ├── CompartmentBusy      flagged for staff, door open, another open in progress, or not
    │                        in the state the request needs (.compartment, .reason)
    ├── PickupNotFound       no compartment holds this pickup / no code matches
    ├── AlreadyOpened        this attempt has already opened its compartment; never again
    ├── TooManyAttempts      too many wrong codes (.retry_after_s) or opens of one pickup
    └── OpenFailed           the door did not open (.reason: jammed | unconfirmed |
                             unknown); the compartment is flagged or left for the sensors
    offline_cache.store.StoreError (StoreFull...) and ValueError (bad arguments) pass
    through unchanged; nothing was opened when they are raised before the open.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import hmac
import logging
import queue
import re
import threading
import time
import uuid
from collections.abc import Callable, Mapping
from concurrent.futures import Future
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Final, TypeVar

from drivers.cabinet.driver import BoardStatus, Cabinet, OpenResult, compartment_id
from drivers.errors import DeviceError
from kiosk.privacy import mask_id_number
from offline_cache.audit import AuditLog
from offline_cache.outbox import Outbox
from offline_cache.store import Store, StoreError, utc_now_iso

if TYPE_CHECKING:
    import sqlite3

    from kiosk.config import KioskConfig

__all__ = [
    "EVENTS",
    "USER_MESSAGES",
    "AlreadyOpened",
    "CabinetError",
    "CabinetEvent",
    "CabinetNotReady",
    "CabinetService",
    "CabinetSettings",
    "CompartmentBusy",
    "CompartmentView",
    "NoFreeCompartment",
    "OpenFailed",
    "OpenTicket",
    "PickupNotFound",
    "ReconcileReport",
    "TooManyAttempts",
    "UnknownCompartment",
    "code_sha256",
]

log = logging.getLogger(__name__)

T = TypeVar("T")

# ------------------------------------------------------------------------------ events

READY = "ready"  # inventory reconciled with the boards; serving
NOT_READY = "not_ready"  # the boards went away; reconcile again when they return
DEPOSIT_OPENED = "deposit_opened"
DEPOSITED = "deposited"
DEPOSIT_CANCELLED = "deposit_cancelled"  # door shut with nothing put in
PICKUP_OPENED = "pickup_opened"
COLLECTED = "collected"
NOT_COLLECTED = "not_collected"  # door shut, certificate still inside
STAFF_OPENED = "staff_opened"
OPEN_FAILED = "open_failed"
DOOR_ALARM = "door_alarm"
FLAGGED = "flagged"
FLAG_CLEARED = "flag_cleared"

EVENTS: Final = (
    READY,
    NOT_READY,
    DEPOSIT_OPENED,
    DEPOSITED,
    DEPOSIT_CANCELLED,
    PICKUP_OPENED,
    COLLECTED,
    NOT_COLLECTED,
    STAFF_OPENED,
    OPEN_FAILED,
    DOOR_ALARM,
    FLAGGED,
    FLAG_CLEARED,
)

#: Flags (why staff must look at a compartment).
FLAG_UNEXPECTED_ITEM = "unexpected_item"
FLAG_ITEM_MISSING = "item_missing"
FLAG_DOOR_JAMMED = "door_jammed"
FLAG_OPEN_UNCONFIRMED = "open_unconfirmed"
FLAG_UNVERIFIED = "unverified"  # interrupted without an item sensor to tell what happened
FLAG_TOO_MANY_OPENS = "too_many_opens"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """Mark ``text`` for Qt's translation tools (context ``cabinet``) without importing Qt."""
    del context
    return text


#: English source texts for the screens, by event/flag/reason code. The view-model passes them
#: through Qt's translation (``QCoreApplication.translate("cabinet", text)``); lupdate extracts
#: them into i18n/*.ts through the QT_TRANSLATE_NOOP marks.
USER_MESSAGES: Final[Mapping[str, str]] = {
    PICKUP_OPENED: QT_TRANSLATE_NOOP(
        "cabinet",
        "Compartment {compartment} is open. Please take your certificate and close the door.",
    ),
    COLLECTED: QT_TRANSLATE_NOOP("cabinet", "Thank you. Your certificate has been collected."),
    NOT_COLLECTED: QT_TRANSLATE_NOOP(
        "cabinet",
        "The certificate is still in compartment {compartment}. Please call for help if you"
        " could not take it.",
    ),
    DOOR_ALARM: QT_TRANSLATE_NOOP("cabinet", "Please close the door of compartment {compartment}."),
    DEPOSIT_OPENED: QT_TRANSLATE_NOOP(
        "cabinet", "Compartment {compartment} is open. Put the certificate in and close the door."
    ),
    DEPOSITED: QT_TRANSLATE_NOOP("cabinet", "The certificate is in compartment {compartment}."),
    DEPOSIT_CANCELLED: QT_TRANSLATE_NOOP(
        "cabinet", "Compartment {compartment} was closed empty. Nothing was deposited."
    ),
    "jammed": QT_TRANSLATE_NOOP(
        "cabinet", "The compartment door did not open. Please call for help."
    ),
    "unconfirmed": QT_TRANSLATE_NOOP(
        "cabinet", "The cabinet did not confirm that the door opened. Please call for help."
    ),
    "unknown": QT_TRANSLATE_NOOP("cabinet", "The cabinet is not answering. Please call for help."),
    "not_ready": QT_TRANSLATE_NOOP("cabinet", "The pickup cabinet is temporarily unavailable."),
    "not_found": QT_TRANSLATE_NOOP("cabinet", "No certificate is waiting for you in this cabinet."),
    "too_many_attempts": QT_TRANSLATE_NOOP(
        "cabinet", "Too many wrong pickup codes. Please try again later or call for help."
    ),
    "already_opened": QT_TRANSLATE_NOOP(
        "cabinet", "This compartment has already been opened for you."
    ),
    "no_free_compartment": QT_TRANSLATE_NOOP(
        "cabinet", "There is no free compartment in the cabinet."
    ),
}


@dataclass(frozen=True)
class CabinetEvent:
    """Something the cabinet did or noticed (see the names in :data:`EVENTS`)."""

    name: str
    compartment: str | None = None
    pickup_id: str | None = None
    detail: str = ""


# ------------------------------------------------------------------------------ errors


class CabinetError(Exception):
    """Base of the cabinet service's errors."""


class CabinetNotReady(CabinetError):
    """Not reconciled with the boards yet, the boards do not answer, or stopped."""


class UnknownCompartment(CabinetError):
    """No such compartment in this cabinet."""


class NoFreeCompartment(CabinetError):
    """No compartment is empty, shut and unflagged."""


class CompartmentBusy(CabinetError):
    """The compartment cannot do this now (``reason``: a flag, ``door_open``, a state)."""

    def __init__(self, message: str, *, compartment: str, reason: str) -> None:
        super().__init__(message)
        self.compartment = compartment
        self.reason = reason


class PickupNotFound(CabinetError):
    """No compartment holds this pickup, or no code matches."""


class AlreadyOpened(CabinetError):
    """This attempt already opened its compartment; it is never opened again for it."""


class TooManyAttempts(CabinetError):
    """Too many wrong codes (``retry_after_s``) or too many opens of one pickup."""

    def __init__(self, message: str, *, retry_after_s: float | None = None) -> None:
        super().__init__(message)
        self.retry_after_s = retry_after_s


class OpenFailed(CabinetError):
    """The door did not open. ``reason``: ``jammed``, ``unconfirmed`` or ``unknown``."""

    def __init__(self, message: str, *, compartment: str, reason: str) -> None:
        super().__init__(message)
        self.compartment = compartment
        self.reason = reason


# ------------------------------------------------------------------------------ data


@dataclass(frozen=True)
class CabinetSettings:
    """Timing and limits of the service (the device's own timing is in its driver options)."""

    poll_interval_s: float = 0.5
    door_alarm_s: float = 120.0  # a door open this long raises the door-left-open alarm
    max_pickup_opens: int = 3  # opens of one pickup over all attempts before staff must help
    code_attempts: int = 5  # wrong pickup codes in a row before a lockout
    code_lockout_s: float = 60.0
    backoff_initial_s: float = 0.5  # reopening a device that went away
    backoff_max_s: float = 10.0

    def __post_init__(self) -> None:
        if self.poll_interval_s <= 0 or self.door_alarm_s <= 0:
            raise ValueError("poll_interval_s and door_alarm_s must be positive")
        if self.max_pickup_opens < 1 or self.code_attempts < 1:
            raise ValueError("max_pickup_opens and code_attempts must be >= 1")
        if not 0 < self.backoff_initial_s <= self.backoff_max_s:
            raise ValueError("need 0 < backoff_initial_s <= backoff_max_s")


@dataclass(frozen=True)
class CompartmentView:
    """A compartment as the screens and diagnostics see it (no code hash)."""

    compartment: str
    board: int
    lock: int
    state: str
    pickup_id: str | None
    item_name: str | None
    holder_hint: str | None
    flag: str | None
    flag_detail: str
    door: str  # open | closed | unknown (last reading)
    item: str  # present | absent | unknown

    @property
    def available(self) -> bool:
        """Free for a deposit: empty by the inventory, unflagged, shut, nothing inside."""
        return (
            self.state == "free"
            and self.flag is None
            and self.door == "closed"
            and self.item != "present"
        )

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


@dataclass(frozen=True)
class OpenTicket:
    """A door was seen open for ``purpose`` (deposit, pickup, staff)."""

    op_id: str
    compartment: str
    purpose: str
    pickup_id: str | None = None


@dataclass(frozen=True)
class ReconcileReport:
    """What a reconcile found: flags raised and interrupted operations finished."""

    flagged: tuple[tuple[str, str], ...] = ()  # (compartment, flag)
    finished: tuple[tuple[str, str], ...] = ()  # (compartment, event name)
    unread_boards: tuple[int, ...] = ()


@dataclass(frozen=True)
class _Row:
    compartment: str
    board: int
    lock: int
    state: str = "free"
    pickup_id: str | None = None
    code_sha256: str | None = None
    holder_hint: str | None = None
    item_name: str | None = None
    op_id: str | None = None
    flag: str | None = None
    flag_detail: str = ""


@dataclass
class _DoorWatch:
    since: float
    episode: str
    alarmed: bool = False


_ROW_COLUMNS: Final = (
    "compartment, board, lock, state, pickup_id, code_sha256, holder_hint, item_name, op_id,"
    " flag, flag_detail"
)
_SHA_RE: Final = re.compile(r"^[0-9a-f]{64}$")


def code_sha256(code: str) -> str:
    """The SHA-256 (hex) of a pickup code as typed (surrounding spaces removed)."""
    return hashlib.sha256(code.strip().encode("utf-8")).hexdigest()


def _report_key(pickup_id: str, event: str, episode: str) -> str:
    digest = hashlib.sha256(f"{pickup_id}\0{event}\0{episode}".encode()).hexdigest()
    return f"cabinet-{event}-{digest[:40]}"


# ------------------------------------------------------------------------------ service


class CabinetService:
    """The pickup cabinet (see the module docstring). Public methods are safe from any
    thread; those returning a future never block."""

    def __init__(
        self,
        device: Cabinet,
        store: Store,
        outbox: Outbox,
        *,
        settings: CabinetSettings | None = None,
        audit: AuditLog | None = None,
    ) -> None:
        self._device = device
        self._store = store
        self._outbox = outbox
        self._settings = settings or CabinetSettings()
        self._audit = audit or AuditLog(store)
        self._lock = threading.Lock()
        self._listeners: list[Callable[[CabinetEvent], None]] = []
        self._jobs: queue.SimpleQueue[tuple[Callable[[], Any], Future[Any]]] = queue.SimpleQueue()
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._thread: threading.Thread | None = None
        self._ready_boards: frozenset[int] = frozenset()  # reconciled and answering
        # Worker-thread state. _rows mirrors cabinet_compartments (the worker is its only
        # writer); _views is the copy other threads read, under _lock.
        self._rows: dict[str, _Row] = {}
        self._views: dict[str, CompartmentView] = {}
        self._codes: dict[str, str] = {}  # code_sha256 -> compartment, occupied only
        self._doors: dict[str, _DoorWatch] = {}
        self._wrong_codes: list[float] = []
        self._locked_until = 0.0

    @classmethod
    def from_config(
        cls,
        config: KioskConfig,
        store: Store,
        outbox: Outbox,
        *,
        device_id: str = "cabinet",
        port: str | None = None,
        settings: CabinetSettings | None = None,
    ) -> CabinetService:
        """Create the cabinet driver of ``[devices.<device_id>]`` through the registry.

        ``port`` overrides the configured one (the demo passes the simulator's port).
        """
        from drivers import registry

        entry = config.devices[device_id]
        params = dict(entry.options)
        params["port"] = port or entry.port
        device = registry.create(entry.kind, entry.driver, device_id, **params)
        if not isinstance(device, Cabinet):
            raise TypeError(f"device {device_id} ({entry.kind}.{entry.driver}) is not a cabinet")
        settings = settings or CabinetSettings(poll_interval_s=entry.poll_interval_s)
        return cls(device, store, outbox, settings=settings)

    # -------------------------------------------------------------------- lifecycle

    @property
    def device(self) -> Cabinet:
        """The device, for static metadata only: its I/O belongs to the worker."""
        return self._device

    @property
    def ready(self) -> bool:
        """True once the inventory is reconciled with at least one answering board."""
        return bool(self._ready_boards)

    @property
    def ready_boards(self) -> frozenset[int]:
        """Boards reconciled and answering: only their compartments are served (a dead
        board takes its compartments out of service, not the whole cabinet)."""
        return self._ready_boards

    @property
    def is_running(self) -> bool:
        thread = self._thread
        return thread is not None and thread.is_alive()

    def start(self) -> None:
        if self.is_running:
            return
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="cabinet-service", daemon=False)
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> bool:
        """Finish the current step, close the device, end the worker (call at shutdown)."""
        thread = self._thread
        if thread is None:
            return True
        self._stop.set()
        self._wake.set()
        thread.join(timeout)
        if thread.is_alive():
            log.error("cabinet worker still busy %.1f s after stop()", timeout)
            return False
        self._thread = None
        return True

    def add_listener(self, callback: Callable[[CabinetEvent], None]) -> None:
        """``callback(event)`` on the worker thread for every :class:`CabinetEvent`."""
        with self._lock:
            self._listeners.append(callback)

    def remove_listener(self, callback: Callable[[CabinetEvent], None]) -> None:
        with self._lock:
            if callback in self._listeners:
                self._listeners.remove(callback)

    # -------------------------------------------------------------------- queries (any thread)

    def compartments(self) -> list[CompartmentView]:
        with self._lock:
            return list(self._views.values())

    def compartment(self, compartment: str) -> CompartmentView:
        with self._lock:
            view = self._views.get(compartment)
        if view is None:
            raise UnknownCompartment(f"no compartment {compartment!r} in this cabinet")
        return view

    def free_compartments(self) -> list[str]:
        return [v.compartment for v in self.compartments() if v.available]

    def status(self) -> dict[str, Any]:
        """Diagnostics: readiness, the device's status, counts by state, flags."""
        views = self.compartments()
        counts: dict[str, int] = {}
        for view in views:
            counts[view.state] = counts.get(view.state, 0) + 1
        return {
            "ready": self.ready,
            "ready_boards": sorted(self._ready_boards),
            "device": self._device.status.to_dict(),
            "states": counts,
            "flags": {v.compartment: v.flag for v in views if v.flag},
        }

    def find_by_code(self, code: str) -> CompartmentView:
        """The occupied compartment whose pickup code is ``code`` (no I/O: safe anywhere).

        Raises :class:`PickupNotFound` or, after ``code_attempts`` wrong codes in a row,
        :class:`TooManyAttempts` for ``code_lockout_s``.
        """
        now = time.monotonic()
        digest = code_sha256(code) if code and code.strip() else ""
        with self._lock:
            if now < self._locked_until:
                raise TooManyAttempts(
                    "too many wrong pickup codes", retry_after_s=self._locked_until - now
                )
            match = None
            for stored, compartment in self._codes.items():
                if digest and hmac.compare_digest(stored, digest):
                    match = compartment
            if match is None:
                self._wrong_codes.append(now)
                if len(self._wrong_codes) >= self._settings.code_attempts:
                    self._wrong_codes.clear()
                    self._locked_until = now + self._settings.code_lockout_s
                raise PickupNotFound("no certificate in this cabinet matches that code")
            self._wrong_codes.clear()
            return self._views[match]

    def find_by_holder(self, id_number: str) -> list[CompartmentView]:
        """Occupied compartments whose masked holder matches ``id_number`` (a hint only)."""
        hint = mask_id_number(id_number)
        if not hint:
            return []
        return [
            v
            for v in self.compartments()
            if v.state == "occupied" and v.holder_hint and hmac.compare_digest(v.holder_hint, hint)
        ]

    # -------------------------------------------------------------------- requests (futures)

    def deposit(
        self,
        pickup_id: str,
        *,
        staff_id: str,
        item_name: str | None = None,
        code_sha256: str | None = None,
        holder_hint: str | None = None,
        compartment: str | None = None,
    ) -> Future[OpenTicket]:
        """Staff deposit: choose a free compartment (or ``compartment``) and open it.

        The future resolves once the door is seen open; :data:`DEPOSITED` follows when the
        door shuts with the certificate inside (reported to the platform).
        """
        if not isinstance(pickup_id, str) or not pickup_id.strip():
            raise ValueError("pickup_id must be a non-empty string")
        if code_sha256 is not None and not _SHA_RE.fullmatch(code_sha256):
            raise ValueError("code_sha256 must be 64 lowercase hex characters")
        if not staff_id.strip():
            raise ValueError("staff_id must not be empty")
        return self._submit(
            lambda: self._do_deposit(
                pickup_id, staff_id, item_name, code_sha256, holder_hint, compartment
            )
        )

    def pickup(self, pickup_id: str, *, attempt_id: str | None = None) -> Future[OpenTicket]:
        """Resident pickup of ``pickup_id`` (identity or code already checked by the flow).

        Opens exactly that compartment, once per ``attempt_id`` (give the same id for a
        double tap or a retry of the same visit; a new one is made when omitted). The future
        resolves once the door is seen open; :data:`COLLECTED` or :data:`NOT_COLLECTED`
        follows when the door shuts.
        """
        attempt = attempt_id or uuid.uuid4().hex
        return self._submit(lambda: self._do_pickup(pickup_id, attempt))

    def pickup_by_code(self, code: str, *, attempt_id: str | None = None) -> Future[OpenTicket]:
        """:meth:`find_by_code` then :meth:`pickup` (raises what ``find_by_code`` raises)."""
        view = self.find_by_code(code)
        assert view.pickup_id is not None
        return self.pickup(view.pickup_id, attempt_id=attempt_id)

    def staff_open(self, compartment: str, *, staff_id: str) -> Future[OpenTicket]:
        """A technician opens a compartment (to take out a stray item, check a jam...)."""
        return self._submit(lambda: self._do_staff_open(compartment, staff_id))

    def clear_flag(self, compartment: str, *, staff_id: str) -> Future[CompartmentView]:
        """Staff checked the compartment: re-read it and clear its flag (see docstring)."""
        return self._submit(lambda: self._do_clear_flag(compartment, staff_id))

    def reconcile(self) -> Future[ReconcileReport]:
        """Compare the inventory with the boards again now."""
        return self._submit(self._do_reconcile)

    def adopt_platform_pickups(self, pickups: list[Mapping[str, Any]]) -> Future[list[str]]:
        """Take into the inventory the pickups the platform lists as ``deposited`` here that
        the kiosk does not hold yet (``GET /kiosks/{id}/pickups``): certificates put in by
        staff outside this kiosk's deposit flow, or seeded in the demo.

        A pickup is adopted only into a compartment that is free in the inventory, shut, on a
        ready board, unflagged or flagged ``unexpected_item`` (the platform explains that
        item), and whose item sensor does not say empty (a board without sensors is trusted
        only when the compartment is unflagged). A pickup this kiosk already reported as
        collected is never adopted again (its report may not have reached the platform yet).
        Resolves to the compartments adopted; nothing is opened.
        """
        items = [dict(p) for p in pickups]
        return self._submit(lambda: self._do_adopt(items))

    # -------------------------------------------------------------------- worker

    def _submit(self, fn: Callable[[], T]) -> Future[T]:
        future: Future[T] = Future()
        if not self.is_running or self._stop.is_set():
            future.set_exception(CabinetNotReady("the cabinet service is not running"))
            return future
        self._jobs.put((fn, future))
        self._wake.set()
        return future

    def _run(self) -> None:
        backoff = self._settings.backoff_initial_s
        try:
            self._load_rows()
            self._flush_reports()
            while not self._stop.is_set():
                try:
                    delay = self._turn()
                except Exception:
                    # A full disk or a bug must not end the cabinet for good: log, stop
                    # serving, try again (reconciling first) after a pause.
                    log.exception("cabinet worker step failed")
                    self._set_boards(set(), "internal error")
                    delay = backoff
                if delay is None:
                    backoff = self._settings.backoff_initial_s
                    delay = self._settings.poll_interval_s
                else:
                    backoff = min(backoff * 2, self._settings.backoff_max_s)
                self._sleep(delay)
        finally:
            self._ready_boards = frozenset()
            self._fail_jobs()
            self._device.close()

    def _turn(self) -> float | None:
        """One step of the worker; returns a back-off delay when the device is away."""
        device = self._device
        if not device.is_open:
            self._set_boards(set(), "the cabinet is not connected")
            try:
                device.open()
            except DeviceError:
                self._run_jobs()
                return self._settings.backoff_initial_s
        if not self._ready_boards >= set(device.boards):
            # After a start, a replug or a fault the boards may have lost power with the
            # kiosk: compare with the inventory before serving anyone.
            with contextlib.suppress(CabinetNotReady):
                self._do_reconcile()
        self._run_jobs()
        if device.is_open:
            started = time.monotonic()
            status = device.poll()
            fresh = self._fresh(started) if device.is_open else {}
            # _apply IS the reconcile of a board: a board that answers again is compared
            # with the inventory before it is marked ready below.
            self._apply(fresh)
            self._set_boards(set(fresh), status.detail)
        self._flush_reports()
        return None if device.is_open else self._settings.backoff_initial_s

    def _sleep(self, seconds: float) -> None:
        deadline = time.monotonic() + seconds
        while not self._stop.is_set():
            self._run_jobs()
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return
            self._wake.wait(remaining)
            self._wake.clear()

    def _run_jobs(self) -> None:
        while not self._stop.is_set():
            try:
                fn, future = self._jobs.get_nowait()
            except queue.Empty:
                return
            if not future.set_running_or_notify_cancel():
                continue
            try:
                result = fn()
            except BaseException as exc:
                if not isinstance(exc, CabinetError | StoreError | ValueError):
                    log.exception("cabinet request failed")
                future.set_exception(exc)
                if not isinstance(exc, Exception):
                    raise
            else:
                future.set_result(result)

    def _fail_jobs(self) -> None:
        while True:
            try:
                _, future = self._jobs.get_nowait()
            except queue.Empty:
                return
            if future.set_running_or_notify_cancel():
                future.set_exception(CabinetNotReady("the cabinet service stopped"))

    def _emit(self, event: CabinetEvent) -> None:
        with self._lock:
            listeners = list(self._listeners)
        for callback in listeners:
            try:
                callback(event)
            except Exception:
                log.exception("cabinet listener %r failed on %s", callback, event.name)

    def _set_boards(self, boards: set[int], detail: str = "") -> None:
        old, new = self._ready_boards, frozenset(boards)
        if new == old:
            return
        self._ready_boards = new
        if old - new:
            log.warning("cabinet: boards %s out of service: %s", sorted(old - new), detail)
        self._publish()
        if new and not old:
            self._emit(CabinetEvent(READY, detail=detail))
        elif old and not new:
            self._emit(CabinetEvent(NOT_READY, detail=detail))

    # -------------------------------------------------------------------- inventory rows

    def _load_rows(self) -> None:
        now = utc_now_iso()
        with self._store.transaction() as conn:
            for board, lock in self._device.compartments():
                conn.execute(
                    "INSERT OR IGNORE INTO cabinet_compartments (compartment, board, lock,"
                    " updated_at) VALUES (?, ?, ?, ?)",
                    (compartment_id(board, lock), board, lock, now),
                )
        rows = self._store.query(f"SELECT {_ROW_COLUMNS} FROM cabinet_compartments")
        configured = {compartment_id(b, lk) for b, lk in self._device.compartments()}
        self._rows = {}
        for r in rows:
            if r["compartment"] not in configured:
                log.warning("cabinet: compartment %s is no longer configured", r["compartment"])
                continue
            self._rows[r["compartment"]] = _Row(*tuple(r))
        self._publish()

    def _publish(self) -> None:
        readings = self._device.readings
        ready = self._ready_boards
        views: dict[str, CompartmentView] = {}
        codes: dict[str, str] = {}
        for cid, row in self._rows.items():
            reading = readings.get(row.board) if row.board in ready else None
            door = item = "unknown"
            if reading is not None:
                door = "open" if reading.door_open(row.lock) else "closed"
                present = reading.item_present(row.lock)
                item = "unknown" if present is None else "present" if present else "absent"
            views[cid] = CompartmentView(
                cid,
                row.board,
                row.lock,
                row.state,
                row.pickup_id,
                row.item_name,
                row.holder_hint,
                row.flag,
                row.flag_detail,
                door,
                item,
            )
            if row.state == "occupied" and row.code_sha256 and row.flag is None:
                codes[row.code_sha256] = cid
        with self._lock:
            self._views = views
            self._codes = codes

    def _write(self, conn: sqlite3.Connection, row: _Row) -> None:
        conn.execute(
            "UPDATE cabinet_compartments SET state = ?, pickup_id = ?, code_sha256 = ?,"
            " holder_hint = ?, item_name = ?, op_id = ?, flag = ?, flag_detail = ?,"
            " updated_at = ? WHERE compartment = ?",
            (
                row.state,
                row.pickup_id,
                row.code_sha256,
                row.holder_hint,
                row.item_name,
                row.op_id,
                row.flag,
                row.flag_detail,
                utc_now_iso(),
                row.compartment,
            ),
        )

    def _commit(
        self,
        row: _Row,
        *,
        op: tuple[str, str, str | None] | None = None,  # (op_id, state, result)
        report: tuple[str, str] | None = None,  # (event, episode)
        new_op: tuple[str, str, str] | None = None,  # (op_id, purpose, actor)
    ) -> None:
        """Write ``row`` (and an open record / a platform report) in ONE transaction, then
        make it the worker's and the readers' view."""
        with self._store.transaction() as conn:
            self._write(conn, row)
            if new_op is not None:
                op_id, purpose, actor = new_op
                conn.execute(
                    "INSERT INTO cabinet_opens (op_id, compartment, purpose, pickup_id, actor,"
                    " state, created_at) VALUES (?, ?, ?, ?, ?, 'intent', ?)",
                    (op_id, row.compartment, purpose, row.pickup_id, actor, utc_now_iso()),
                )
            if op is not None:
                op_id, state, result = op
                conn.execute(
                    "UPDATE cabinet_opens SET state = ?, result = coalesce(?, result),"
                    " finished_at = CASE WHEN ? IS NULL THEN finished_at ELSE ? END"
                    " WHERE op_id = ?",
                    (state, result, result, utc_now_iso(), op_id),
                )
            if report is not None:
                event, episode = report
                pickup_id = self._rows[row.compartment].pickup_id or row.pickup_id
                if pickup_id:
                    conn.execute(
                        "INSERT OR IGNORE INTO cabinet_reports (idempotency_key, pickup_id,"
                        " event, compartment, at) VALUES (?, ?, ?, ?, ?)",
                        (
                            _report_key(pickup_id, event, episode),
                            pickup_id,
                            event,
                            row.compartment,
                            utc_now_iso(),
                        ),
                    )
        self._rows[row.compartment] = row
        self._publish()
        if report is not None:
            self._flush_reports()  # into the outbox before anybody is told

    def _op_state(self, op_id: str | None) -> str | None:
        if op_id is None:
            return None
        found = self._store.query_one("SELECT state FROM cabinet_opens WHERE op_id = ?", (op_id,))
        return None if found is None else str(found[0])

    def _flush_reports(self) -> None:
        """Move reports not yet in the outbox there (idempotent by key)."""
        try:
            rows = self._store.query(
                "SELECT idempotency_key, pickup_id, event, compartment, at FROM cabinet_reports"
                " WHERE enqueued_at IS NULL ORDER BY rowid"
            )
            for r in rows:
                self._outbox.enqueue(
                    "pickup_event",
                    {
                        "pickup_id": r["pickup_id"],
                        "event": r["event"],
                        "compartment": r["compartment"],
                        "at": r["at"],
                    },
                    idempotency_key=r["idempotency_key"],
                )
                self._store.execute(
                    "UPDATE cabinet_reports SET enqueued_at = ? WHERE idempotency_key = ?",
                    (utc_now_iso(), r["idempotency_key"]),
                )
        except StoreError as exc:
            # Stays in cabinet_reports; the next loop tries again.
            log.error("cabinet: cannot queue platform reports yet: %s", exc)

    def _audit_event(self, actor: str, action: str, **detail: Any) -> None:
        try:
            self._audit.append(actor, f"cabinet.{action}", detail)
        except StoreError as exc:
            log.error("cabinet: audit log write failed: %s", exc)

    # -------------------------------------------------------------------- reading the boards

    def _fresh(self, since: float) -> dict[int, BoardStatus]:
        return {b: r for b, r in self._device.readings.items() if r.at >= since}

    def _require_ready(self, board: int | None = None) -> None:
        """Any board ready (``board=None``) or that board ready, and the device open."""
        ready = self._ready_boards if board is None else self._ready_boards & {board}
        if not ready or not self._device.is_open:
            where = "the pickup cabinet" if board is None else f"board {board} of the cabinet"
            raise CabinetNotReady(f"{where} is not ready")

    def _read(self, row: _Row) -> BoardStatus:
        """A fresh reading of ``row``'s board, before anything is opened."""
        try:
            return self._device.read_board(row.board)
        except DeviceError as exc:
            raise CabinetNotReady(f"board {row.board} of the cabinet does not answer") from exc

    def _row(self, compartment: str) -> _Row:
        row = self._rows.get(compartment)
        if row is None:
            raise UnknownCompartment(f"no compartment {compartment!r} in this cabinet")
        return row

    # -------------------------------------------------------------------- flows

    def _open(self, row: _Row) -> OpenResult | None:
        """Send the one open command (the intent is already committed)."""
        try:
            return self._device.open_lock(row.board, row.lock)
        except DeviceError as exc:
            # The port failed while sending: the command may have gone out. Only the
            # sensors can tell now; never resend.
            log.warning("cabinet: open of %s interrupted: %s", row.compartment, exc)
            return None

    def _do_deposit(
        self,
        pickup_id: str,
        staff_id: str,
        item_name: str | None,
        code_hash: str | None,
        holder_hint: str | None,
        wanted: str | None,
    ) -> OpenTicket:
        self._require_ready()
        for row in self._rows.values():
            if row.pickup_id == pickup_id and row.state != "free":
                raise CompartmentBusy(
                    f"pickup is already in compartment {row.compartment}",
                    compartment=row.compartment,
                    reason=row.state,
                )
        if wanted is not None:
            candidates = [self._row(wanted)]
            self._require_ready(candidates[0].board)
        else:
            views = self.compartments()
            candidates = [self._rows[v.compartment] for v in views if v.available]
            if not candidates:
                raise NoFreeCompartment("no free compartment in the cabinet")
        chosen: _Row | None = None
        for row in candidates:
            if row.state != "free" or row.flag is not None:
                raise CompartmentBusy(
                    f"compartment {row.compartment} is not free",
                    compartment=row.compartment,
                    reason=row.flag or row.state,
                )
            reading = self._read(row)
            if reading.door_open(row.lock):
                if wanted is not None:
                    raise CompartmentBusy(
                        f"the door of {row.compartment} is open",
                        compartment=row.compartment,
                        reason="door_open",
                    )
                continue
            if reading.item_present(row.lock):
                self._flag(row, FLAG_UNEXPECTED_ITEM, "an item is inside a free compartment")
                if wanted is not None:
                    raise CompartmentBusy(
                        f"compartment {row.compartment} is not empty",
                        compartment=row.compartment,
                        reason=FLAG_UNEXPECTED_ITEM,
                    )
                continue
            chosen = row
            break
        if chosen is None:
            raise NoFreeCompartment("no free compartment in the cabinet")
        op_id = uuid.uuid4().hex
        row = dataclasses.replace(
            chosen,
            state="depositing",
            pickup_id=pickup_id,
            code_sha256=code_hash,
            holder_hint=holder_hint,
            item_name=item_name,
            op_id=op_id,
        )
        self._commit(row, new_op=(op_id, "deposit", staff_id))
        self._audit_event(staff_id, "deposit_open", compartment=row.compartment, op_id=op_id)
        result = self._open(row)
        if result is not None and result.opened:
            self._commit(row, op=(op_id, "opened", None))
            self._watch_door(row.compartment)
            self._emit(CabinetEvent(DEPOSIT_OPENED, row.compartment, pickup_id))
            return OpenTicket(op_id, row.compartment, "deposit", pickup_id)
        reason = "unknown" if result is None else result.outcome
        if reason == "unknown":
            # Left 'depositing': the next reading decides (open -> go on; shut -> cancelled).
            self._commit(row, op=(op_id, "unknown", None))
        else:
            flag = FLAG_DOOR_JAMMED if reason == "jammed" else FLAG_OPEN_UNCONFIRMED
            free = _Row(row.compartment, row.board, row.lock, flag=flag, flag_detail=reason)
            self._commit(free, op=(op_id, reason, "failed"))
            self._emit(CabinetEvent(FLAGGED, row.compartment, None, flag))
        self._emit(CabinetEvent(OPEN_FAILED, row.compartment, pickup_id, reason))
        raise OpenFailed(
            f"compartment {row.compartment} did not open ({reason})",
            compartment=row.compartment,
            reason=reason,
        )

    def _do_pickup(self, pickup_id: str, attempt_id: str) -> OpenTicket:
        self._require_ready()
        if self._op_state(attempt_id) is not None:
            raise AlreadyOpened("this pickup attempt has already opened its compartment")
        row = next((r for r in self._rows.values() if r.pickup_id == pickup_id), None)
        if row is None or row.state in ("free", "depositing"):
            raise PickupNotFound("no certificate in this cabinet for that pickup")
        self._require_ready(row.board)
        if row.state != "occupied":
            raise CompartmentBusy(
                f"compartment {row.compartment} is already open for this pickup",
                compartment=row.compartment,
                reason=row.state,
            )
        if row.flag is not None:
            raise CompartmentBusy(
                f"compartment {row.compartment} needs staff ({row.flag})",
                compartment=row.compartment,
                reason=row.flag,
            )
        found = self._store.query_one(
            "SELECT count(*) FROM cabinet_opens WHERE pickup_id = ? AND purpose = 'pickup'",
            (pickup_id,),
        )
        if found is not None and int(found[0]) >= self._settings.max_pickup_opens:
            self._flag(row, FLAG_TOO_MANY_OPENS, "opened too often for one pickup")
            raise TooManyAttempts("this pickup has been opened too often; staff will help")
        reading = self._read(row)
        if reading.door_open(row.lock):
            raise CompartmentBusy(
                f"the door of {row.compartment} is open",
                compartment=row.compartment,
                reason="door_open",
            )
        if reading.item_present(row.lock) is False:
            self._flag(row, FLAG_ITEM_MISSING, "the expected certificate is not inside")
            raise CompartmentBusy(
                f"compartment {row.compartment} is empty",
                compartment=row.compartment,
                reason=FLAG_ITEM_MISSING,
            )
        opening = dataclasses.replace(row, state="pickup_opening", op_id=attempt_id)
        # The intent is on disk before the command leaves: a crash after this line can
        # never lead to a second open for this attempt.
        self._commit(opening, new_op=(attempt_id, "pickup", "resident"))
        self._audit_event("resident", "pickup_open", compartment=row.compartment, op_id=attempt_id)
        result = self._open(opening)
        if result is not None and result.opened:
            self._commit(
                dataclasses.replace(opening, state="pickup_open"), op=(attempt_id, "opened", None)
            )
            self._watch_door(row.compartment)
            self._emit(CabinetEvent(PICKUP_OPENED, row.compartment, pickup_id))
            return OpenTicket(attempt_id, row.compartment, "pickup", pickup_id)
        reason = "unknown" if result is None else result.outcome
        if reason == "unknown":
            self._commit(opening, op=(attempt_id, "unknown", None))
        else:
            flag = FLAG_DOOR_JAMMED if reason == "jammed" else FLAG_OPEN_UNCONFIRMED
            back = dataclasses.replace(opening, state="occupied", flag=flag, flag_detail=reason)
            self._commit(back, op=(attempt_id, reason, "failed"))
            self._emit(CabinetEvent(FLAGGED, row.compartment, pickup_id, flag))
        self._emit(CabinetEvent(OPEN_FAILED, row.compartment, pickup_id, reason))
        raise OpenFailed(
            f"compartment {row.compartment} did not open ({reason})",
            compartment=row.compartment,
            reason=reason,
        )

    def _do_adopt(self, pickups: list[dict[str, Any]]) -> list[str]:
        self._require_ready()
        held = {r.pickup_id for r in self._rows.values() if r.pickup_id}
        adopted: list[str] = []
        for pickup in pickups:
            pickup_id = str(pickup.get("pickup_id") or "")
            cid = str(pickup.get("compartment") or "")
            if pickup.get("status") != "deposited" or not pickup_id or pickup_id in held:
                continue
            row = self._rows.get(cid)
            if row is None:
                log.warning("cabinet: platform pickup in unknown compartment %s", cid)
                continue
            if row.state != "free" or row.flag not in (None, FLAG_UNEXPECTED_ITEM):
                continue
            if row.board not in self._ready_boards:
                continue
            collected = self._store.query_one(
                "SELECT 1 FROM cabinet_reports WHERE pickup_id = ? AND event = ?",
                (pickup_id, COLLECTED),
            )
            if collected is not None:
                continue
            try:
                reading = self._read(row)
            except CabinetNotReady:
                continue
            item = reading.item_present(row.lock)
            if reading.door_open(row.lock) or item is False or (item is None and row.flag):
                if item is False:
                    log.warning("cabinet: platform pickup listed in %s, which is empty", cid)
                continue
            code = pickup.get("code_sha256")
            taken = dataclasses.replace(
                row,
                state="occupied",
                pickup_id=pickup_id,
                code_sha256=code if isinstance(code, str) and _SHA_RE.fullmatch(code) else None,
                holder_hint=str(pickup.get("holder_hint") or "") or None,
                item_name=str(pickup.get("item_name") or "") or None,
                op_id=None,
                flag=None,
                flag_detail="",
            )
            self._commit(taken)
            held.add(pickup_id)
            self._audit_event("platform", "pickup_adopted", compartment=cid, pickup_id=pickup_id)
            if row.flag is not None:
                self._emit(CabinetEvent(FLAG_CLEARED, cid, pickup_id, row.flag))
            adopted.append(cid)
        if adopted:
            log.info("cabinet: adopted platform pickups in %s", adopted)
        return adopted

    def _do_staff_open(self, compartment: str, staff_id: str) -> OpenTicket:
        self._require_ready()
        row = self._row(compartment)
        self._require_ready(row.board)
        if row.state in ("depositing", "pickup_opening", "pickup_open"):
            raise CompartmentBusy(
                f"compartment {compartment} is in use ({row.state})",
                compartment=compartment,
                reason=row.state,
            )
        self._read(row)
        op_id = uuid.uuid4().hex
        self._commit(row, new_op=(op_id, "staff", staff_id))
        self._audit_event(staff_id, "staff_open", compartment=compartment, op_id=op_id)
        result = self._open(row)
        outcome = "unknown" if result is None else result.outcome
        self._commit(row, op=(op_id, outcome, "staff"))
        if outcome != "opened":
            self._emit(CabinetEvent(OPEN_FAILED, compartment, row.pickup_id, outcome))
            raise OpenFailed(
                f"compartment {compartment} did not open ({outcome})",
                compartment=compartment,
                reason=outcome,
            )
        self._watch_door(compartment)
        self._emit(CabinetEvent(STAFF_OPENED, compartment, row.pickup_id))
        return OpenTicket(op_id, compartment, "staff", row.pickup_id)

    def _do_clear_flag(self, compartment: str, staff_id: str) -> CompartmentView:
        self._require_ready()
        row = self._row(compartment)
        self._require_ready(row.board)
        if row.state not in ("free", "occupied"):
            raise CompartmentBusy(
                f"compartment {compartment} is in use ({row.state})",
                compartment=compartment,
                reason=row.state,
            )
        reading = self._read(row)
        if reading.door_open(row.lock):
            raise CompartmentBusy(
                f"close the door of {compartment} first",
                compartment=compartment,
                reason="door_open",
            )
        item = reading.item_present(row.lock)
        if row.state == "free":
            if item:
                raise CompartmentBusy(
                    f"there is still an item in {compartment}: take it out first",
                    compartment=compartment,
                    reason=FLAG_UNEXPECTED_ITEM,
                )
            cleared = dataclasses.replace(row, flag=None, flag_detail="")
        elif item is False:
            # Staff took the certificate out (or it was never there): the pickup leaves the
            # cabinet; the platform keeps it and staff hand it over at the window.
            cleared = _Row(row.compartment, row.board, row.lock)
            self._audit_event(
                staff_id, "pickup_removed", compartment=compartment, pickup_id=row.pickup_id
            )
        else:
            cleared = dataclasses.replace(row, flag=None, flag_detail="")
        self._commit(cleared)
        self._audit_event(staff_id, "flag_cleared", compartment=compartment, flag=row.flag)
        self._emit(CabinetEvent(FLAG_CLEARED, compartment, cleared.pickup_id, row.flag or ""))
        return self.compartment(compartment)

    def _do_reconcile(self) -> ReconcileReport:
        if not self._device.is_open:
            raise CabinetNotReady("the cabinet is not connected")
        readings: dict[int, BoardStatus] = {}
        unread: list[int] = []
        for board in self._device.boards:
            try:
                readings[board] = self._device.read_board(board)
            except DeviceError as exc:
                log.warning("cabinet: board %s unreadable at reconcile: %s", board, exc)
                unread.append(board)
        flagged, finished = self._apply(readings)
        self._set_boards(set(readings), f"boards {unread} do not answer" if unread else "")
        if not readings:
            raise CabinetNotReady(f"boards {unread} of the cabinet do not answer")
        if flagged or finished:
            log.info("cabinet reconciled: flagged %s, finished %s", flagged, finished)
        return ReconcileReport(tuple(flagged), tuple(finished), tuple(unread))

    # -------------------------------------------------------------------- the sensors decide

    def _flag(self, row: _Row, flag: str, detail: str) -> _Row:
        if row.flag == flag:
            return row
        flagged = dataclasses.replace(row, flag=flag, flag_detail=detail)
        self._commit(flagged)
        self._audit_event("kiosk", "flagged", compartment=row.compartment, flag=flag)
        self._emit(CabinetEvent(FLAGGED, row.compartment, row.pickup_id, flag))
        return flagged

    def _watch_door(self, compartment: str) -> None:
        if compartment not in self._doors:
            self._doors[compartment] = _DoorWatch(time.monotonic(), uuid.uuid4().hex)

    def _apply(
        self, readings: Mapping[int, BoardStatus]
    ) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
        """Advance every compartment of the boards in ``readings`` from its sensors."""
        flagged: list[tuple[str, str]] = []
        finished: list[tuple[str, str]] = []
        now = time.monotonic()
        for cid, row in list(self._rows.items()):
            reading = readings.get(row.board)
            if reading is None:
                continue
            door_open = reading.door_open(row.lock)
            item = reading.item_present(row.lock)
            if door_open:
                self._watch_door(cid)
                self._check_alarm(row, now)
            else:
                self._doors.pop(cid, None)
            before = row.flag
            event = self._advance(row, door_open, item)
            if event:
                finished.append((cid, event))
            after = self._rows[cid].flag
            if after and after != before:
                flagged.append((cid, after))
        self._publish()
        return flagged, finished

    def _advance(self, row: _Row, door_open: bool, item: bool | None) -> str | None:
        """One compartment's transition; returns the event name of a finished operation."""
        cid, state = row.compartment, row.state
        if state == "depositing" and not door_open:
            confirmed = self._op_state(row.op_id) == "opened"
            if item or (item is None and confirmed):
                self._commit(
                    dataclasses.replace(row, state="occupied", op_id=None),
                    op=(row.op_id, "opened", "deposited") if row.op_id else None,
                    report=(DEPOSITED, row.op_id or cid),
                )
                self._emit(CabinetEvent(DEPOSITED, cid, row.pickup_id))
                return DEPOSITED
            if item is False:
                self._commit(
                    _Row(cid, row.board, row.lock),
                    op=(row.op_id, self._op_state(row.op_id) or "opened", "cancelled")
                    if row.op_id
                    else None,
                )
                self._emit(CabinetEvent(DEPOSIT_CANCELLED, cid, row.pickup_id))
                return DEPOSIT_CANCELLED
            # No sensor and the open never confirmed: nobody can tell what is inside.
            self._flag(
                dataclasses.replace(row, state="occupied", op_id=None),
                FLAG_UNVERIFIED,
                "deposit interrupted; no item sensor",
            )
            return None
        if state == "pickup_opening":
            if door_open:
                self._commit(
                    dataclasses.replace(row, state="pickup_open"),
                    op=(row.op_id, "opened", None) if row.op_id else None,
                )
                self._emit(CabinetEvent(PICKUP_OPENED, cid, row.pickup_id, "confirmed late"))
                return None
            if item is False:
                return self._collected(row, "opened")
            if item is None:
                self._flag(
                    dataclasses.replace(row, state="occupied"),
                    FLAG_UNVERIFIED,
                    "pickup interrupted; no item sensor",
                )
                return None
            # Shut with the certificate inside: the open never happened. Not reopened.
            self._commit(
                dataclasses.replace(row, state="occupied", op_id=None),
                op=(row.op_id, "not_opened", "not_collected") if row.op_id else None,
            )
            self._emit(CabinetEvent(NOT_COLLECTED, cid, row.pickup_id, "open not confirmed"))
            return NOT_COLLECTED
        if state == "pickup_open" and not door_open:
            if item:
                self._commit(
                    dataclasses.replace(row, state="occupied", op_id=None),
                    op=(row.op_id, "opened", "not_collected") if row.op_id else None,
                )
                self._emit(CabinetEvent(NOT_COLLECTED, cid, row.pickup_id))
                return NOT_COLLECTED
            return self._collected(row, "opened")
        if state == "occupied" and item is False and row.flag is None:
            self._flag(row, FLAG_ITEM_MISSING, "the expected certificate is not inside")
        elif state == "free" and item and row.flag is None:
            self._flag(row, FLAG_UNEXPECTED_ITEM, "an item is inside a free compartment")
        return None

    def _collected(self, row: _Row, op_state: str) -> str:
        self._commit(
            _Row(row.compartment, row.board, row.lock),
            op=(row.op_id, op_state, "collected") if row.op_id else None,
            report=(COLLECTED, row.op_id or row.compartment),
        )
        self._emit(CabinetEvent(COLLECTED, row.compartment, row.pickup_id))
        return COLLECTED

    def _check_alarm(self, row: _Row, now: float) -> None:
        watch = self._doors[row.compartment]
        if watch.alarmed or now - watch.since < self._settings.door_alarm_s:
            return
        watch.alarmed = True
        seconds = round(now - watch.since)
        log.warning("cabinet: door of %s open for %d s", row.compartment, seconds)
        if row.pickup_id:
            self._commit(row, report=(DOOR_ALARM, watch.episode))
        self._audit_event("kiosk", "door_alarm", compartment=row.compartment, open_s=seconds)
        self._emit(CabinetEvent(DOOR_ALARM, row.compartment, row.pickup_id, f"{seconds} s"))
