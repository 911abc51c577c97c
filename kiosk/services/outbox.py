"""The outbox drain: delivers queued items to the platform on its own worker thread.

:class:`OutboxDrain` is Qt-free (plain thread + ``threading.Event``); :class:`QtOutboxDrain`
(resolved lazily, so importing this module does not import Qt) wraps it in a ``QObject`` with
signals for the status bar and diagnostics. Never call the drain's sending methods on the GUI
thread; ``wake``/``pause``/``resume``/``stop`` only set events and are safe from any thread.

Each turn the worker claims ONE due item (``Outbox.claim_due``), sends it through the
:class:`~kiosk.platform.adapter.PlatformAdapter` (an ``application`` first uploads its
attachments with ``PUT /attachments/{sha}``, which is idempotent, then POSTs), and records the
outcome. Every state-changing request carries the item's ``Idempotency-Key``, so a resend after
a crash, a timeout or a lost answer is answered by the server with the first result.

Error → behaviour (the policy of ``docs/platform-api.md``; :func:`classify` implements it;
n = consecutive platform-wide failures, a = the item's attempts):

+-------------------------------------+-----------------------+----------------------------+
| outcome of a send                   | the item              | the drain                  |
+=====================================+=======================+============================+
| 2xx (also ``Idempotent-Replayed``)  | done; the answer is   | goes on; ``item_done``     |
|                                     | stored encrypted      |                            |
+-------------------------------------+-----------------------+----------------------------+
| PlatformUnavailable: network error, | retry after           | HOLDS all sending for      |
| timeout, refused/reset, 408, 425,   | backoff(a)            | backoff(n): one probe per  |
| 5xx, an unreadable answer           |                       | interval while offline     |
+-------------------------------------+-----------------------+----------------------------+
| RateLimited 429                     | retry after max(      | holds for max(Retry-After, |
|                                     | Retry-After, backoff) | backoff(n))                |
+-------------------------------------+-----------------------+----------------------------+
| Conflict 409 ``in_progress``        | retry after           | goes on (the platform is   |
|                                     | backoff(a)            | busy with this key only)   |
+-------------------------------------+-----------------------+----------------------------+
| AuthError 401/403 (bad signature,   | retry after           | holds like offline; status |
| unknown or revoked kiosk, clock)    | backoff(a); NOT a     | ``auth_error``: the item   |
|                                     | dead letter           | is fine, the kiosk's key   |
|                                     |                       | or clock is not (the HTTP  |
|                                     |                       | adapter already retried    |
|                                     |                       | once with the server's     |
|                                     |                       | clock)                     |
+-------------------------------------+-----------------------+----------------------------+
| 422 ``attachment_missing``          | attachments marked    | goes on; the 3rd time in a |
|                                     | not uploaded, due now | row: dead letter           |
+-------------------------------------+-----------------------+----------------------------+
| Rejected: any other 4xx; Conflict   | dead letter (code +   | goes on; ``dead_lettered`` |
| other than ``in_progress``          | scrubbed message)     |                            |
+-------------------------------------+-----------------------+----------------------------+
| AttachmentLost (local file gone or  | dead letter           | goes on; ``dead_lettered`` |
| damaged), payload not decryptable   | ``attachment_lost`` / |                            |
|                                     | ``payload_unreadable``|                            |
+-------------------------------------+-----------------------+----------------------------+
| StoreError (disk full, locked...)   | stays in flight       | status ``store_error``;    |
|                                     |                       | waits ``store_retry_s``,   |
|                                     |                       | resets in-flight items     |
+-------------------------------------+-----------------------+----------------------------+
| any other exception (a bug)         | retry after           | logged with traceback;     |
|                                     | backoff(a)            | goes on                    |
+-------------------------------------+-----------------------+----------------------------+

backoff(n) = uniform(0, min(cap, base * 2**(n-1))) ("full jitter"; base 1 s, cap 300 s by
default). A ``Retry-After`` longer than ``max_retry_after_s`` (1 h) is capped there.

Deadlines: a payload may carry ``not_after`` (Unix seconds). The drain never sends such an
item after that instant: it is closed as done with the answer ``{"not_sent": "expired"}`` and
``item_done`` reports that answer. A queue ticket or an appointment check-in asked for while the
platform cannot be reached must not be issued minutes later to nobody (a ghost ticket): the
screen gives up at the deadline and tells the resident, and the drain keeps that promise.
``not_after`` is the kiosk's own field and is removed before the request is sent.

``wake()`` ends an idle wait (call it after each enqueue); ``wake(expedite=True)`` also ends a
hold and makes every pending item due now (call it when the network comes back). ``pause()``
stops claiming new items (the one being sent finishes); ``resume()`` continues; ``stop()``
ends the thread. The drain purges acknowledged items older than the retention (7 days) every
``purge_interval_s``.
"""

from __future__ import annotations

import contextlib
import logging
import random
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import timedelta
from typing import Any, Final

from kiosk.platform.adapter import (
    AuthError,
    Conflict,
    PlatformAdapter,
    PlatformError,
    PlatformUnavailable,
    RateLimited,
    Rejected,
)
from offline_cache.outbox import (
    DEFAULT_RETENTION,
    ItemError,
    Outbox,
    OutboxError,
    OutboxItem,
)
from offline_cache.store import StoreError

__all__ = [
    "Decision",
    "DrainListener",
    "OutboxDrain",
    "classify",
    "full_jitter",
]

log = logging.getLogger(__name__)

ATTACHMENT_MISSING_LIMIT: Final = 3


def full_jitter(attempt: int, base_s: float, cap_s: float, rng: random.Random) -> float:
    """uniform(0, min(cap, base * 2**(attempt-1))) for attempt >= 1."""
    exponent = min(max(attempt, 1) - 1, 62)
    return rng.uniform(0.0, min(cap_s, base_s * (2.0**exponent)))


@dataclass(frozen=True)
class Decision:
    """What to do after a failed send."""

    action: str  # "retry" | "dead" | "reupload"
    hold: bool  # also stop sending other items for a while (platform-wide problem)
    status: str  # drain status to report: "offline", "rate_limited", "auth_error", "sending"
    retry_after: float | None = None


def classify(exc: PlatformError) -> Decision:
    """The error → behaviour table of the module docstring."""
    if isinstance(exc, RateLimited):
        return Decision("retry", True, "rate_limited", exc.retry_after)
    if isinstance(exc, PlatformUnavailable):
        return Decision("retry", True, "offline", exc.retry_after)
    if isinstance(exc, AuthError):
        return Decision("retry", True, "auth_error", exc.retry_after)
    if isinstance(exc, Conflict):
        if exc.transient:
            return Decision("retry", False, "sending", exc.retry_after)
        return Decision("dead", False, "sending")
    if isinstance(exc, Rejected) and exc.code == "attachment_missing":
        return Decision("reupload", False, "sending")
    if isinstance(exc, Rejected):
        return Decision("dead", False, "sending")
    return Decision("retry", True, "offline", exc.retry_after)  # unknown PlatformError


class DrainListener:
    """Receives drain events on the drain thread. Override what you need; keep it quick."""

    def depth_changed(self, depth: int) -> None:
        """Pending + in-flight items changed."""

    def item_done(self, kind: str, item_id: str, response: dict[str, Any]) -> None:
        """The platform acknowledged an item (``response`` is its answer)."""

    def dead_lettered(self, kind: str, item_id: str, error: dict[str, str]) -> None:
        """An item failed permanently (``{"code", "message"}``)."""

    def status_changed(self, status: str) -> None:
        """``idle``, ``sending``, ``offline``, ``rate_limited``, ``auth_error``, ``paused``,
        ``store_error`` or ``stopped``."""


class OutboxDrain:
    """Delivers outbox items on one worker thread (see the module docstring)."""

    def __init__(
        self,
        outbox: Outbox,
        platform: PlatformAdapter,
        *,
        backoff_base_s: float = 1.0,
        backoff_cap_s: float = 300.0,
        max_retry_after_s: float = 3600.0,
        idle_poll_s: float = 30.0,
        store_retry_s: float = 5.0,
        purge_interval_s: float = 3600.0,
        retention: timedelta = DEFAULT_RETENTION,
        listener: DrainListener | None = None,
        rng: random.Random | None = None,
        clock: Callable[[], float] = time.time,
        name: str = "outbox-drain",
    ) -> None:
        if backoff_base_s <= 0 or backoff_cap_s < backoff_base_s:
            raise ValueError("need 0 < backoff_base_s <= backoff_cap_s")
        self._outbox = outbox
        self._platform = platform
        self._base_s = backoff_base_s
        self._cap_s = backoff_cap_s
        self._max_retry_after_s = max_retry_after_s
        self._idle_poll_s = idle_poll_s
        self._store_retry_s = store_retry_s
        self._purge_interval_s = purge_interval_s
        self._retention = retention
        self._listener = listener or DrainListener()
        self._rng = rng or random.Random()
        self._clock = clock
        self._name = name
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._paused = threading.Event()
        self._expedite = threading.Event()
        self._thread: threading.Thread | None = None
        self._hold_until = 0.0
        self._failures = 0  # consecutive platform-wide failures (drives the hold)
        self._status = "idle"
        self._depth: int | None = None
        self._next_purge = 0.0
        self._missing_uploads: dict[str, int] = {}

    # ---------------------------------------------------------------- control (any thread)

    @property
    def status(self) -> str:
        return self._status

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> None:
        if self.running:
            return
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name=self._name, daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        """End the worker (after the send in progress, bounded by the adapter's timeouts)."""
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
            if self._thread.is_alive():
                log.warning("outbox drain did not stop within %.1f s", timeout)
            self._thread = None

    def wake(self, expedite: bool = False) -> None:
        """Look for due items now; ``expedite``: also end any hold/backoff (network is back)."""
        if expedite:
            self._expedite.set()
        self._wake.set()

    def pause(self) -> None:
        self._paused.set()
        self._wake.set()

    def resume(self) -> None:
        self._paused.clear()
        self._wake.set()

    # ---------------------------------------------------------------- worker

    def _run(self) -> None:
        log.info("outbox drain started")
        try:
            while not self._stop.is_set():
                # Clear BEFORE the turn: a wake() during the turn then ends the next wait at
                # once (clearing after the wait would lose it and sleep a whole idle poll).
                self._wake.clear()
                try:
                    timeout = self._turn()
                except Exception:  # a bug must not end delivery for the rest of the day
                    log.exception("outbox drain: unexpected error; continuing")
                    timeout = self._store_retry_s
                if timeout is not None:
                    self._wake.wait(timeout)
        finally:
            self._set_status("stopped")
            log.info("outbox drain stopped")

    def _turn(self) -> float | None:
        """One step of the loop; returns how long to wait (None: go on at once)."""
        try:
            self._emit_depth()
            if self._paused.is_set():
                self._set_status("paused")
                return self._idle_poll_s
            if self._expedite.is_set():
                self._expedite.clear()
                self._hold_until = 0.0
                self._failures = 0
                self._outbox.expedite()
            now = self._clock()
            if now < self._hold_until:
                return self._hold_until - now
            self._maybe_purge(now)
            processed = self.drain_once(limit=1)
            self._emit_depth()
            if processed:
                return None
            if self._status in ("sending", "store_error"):
                self._set_status("idle")
            next_due = self._outbox.next_due_ts()
            wait = self._idle_poll_s
            if next_due is not None:
                wait = min(wait, max(0.0, next_due - self._clock()))
            return max(wait, 0.01)
        except StoreError as exc:
            log.error("outbox drain: store error: %s", exc)
            self._set_status("store_error")
            self._stop.wait(self._store_retry_s)
            with contextlib.suppress(StoreError):
                self._outbox.reset_in_flight()  # single drain: nothing else is in flight
            return None

    def drain_once(self, limit: int | None = None, now: float | None = None) -> int:
        """Send the items due now (at most ``limit``, all when None) on the CALLING thread.

        Stops early when the platform is unavailable (hold). Returns the number of items
        processed. The worker thread uses it; tests and tools may call it directly.
        """
        processed = 0
        while limit is None or processed < limit:
            current = self._clock() if now is None else now
            if current < self._hold_until or self._stop.is_set():
                break
            items = self._outbox.claim_due(current, limit=1)
            if not items:
                break
            self._set_status("sending")
            self._process(items[0])
            processed += 1
        return processed

    def _process(self, item: OutboxItem) -> None:
        if _expired(item, self._clock()):
            answer = {"not_sent": "expired"}
            self._missing_uploads.pop(item.id, None)
            self._outbox.mark_done(item.id, answer)
            log.info("outbox: %s item %s expired before it could be sent", item.kind, item.id)
            self._notify("item_done", item.kind, item.id, dict(answer))
            return
        try:
            response = self._send(item)
        except PlatformError as exc:
            self._on_platform_error(item, exc)
            return
        except OutboxError as exc:
            error = ItemError("attachment_lost", str(exc))
            self._dead(item, error)
            return
        except StoreError:
            raise
        except Exception as exc:  # a bug: keep the item, keep the drain alive
            log.exception("outbox drain: unexpected error sending a %s item", item.kind)
            delay = full_jitter(item.attempts, self._base_s, self._cap_s, self._rng)
            self._outbox.mark_retry(item.id, delay, ItemError("internal_error", type(exc).__name__))
            return
        self._failures = 0
        self._missing_uploads.pop(item.id, None)
        self._outbox.mark_done(item.id, response)
        log.info("outbox: %s item %s delivered (attempt %d)", item.kind, item.id, item.attempts)
        self._notify("item_done", item.kind, item.id, dict(response))

    def _on_platform_error(self, item: OutboxItem, exc: PlatformError) -> None:
        decision = classify(exc)
        error = ItemError(exc.code, exc.message)
        if decision.action == "reupload":
            count = self._missing_uploads.get(item.id, 0) + 1
            self._missing_uploads[item.id] = count
            if count >= ATTACHMENT_MISSING_LIMIT:
                self._dead(item, error)
                return
            self._outbox.reset_attachment_uploads(item.id)
            self._outbox.mark_retry(item.id, 0.0, error)
            return
        if decision.action == "dead":
            self._dead(item, error)
            return
        delay = full_jitter(item.attempts, self._base_s, self._cap_s, self._rng)
        if decision.retry_after is not None:
            delay = max(delay, min(decision.retry_after, self._max_retry_after_s))
        self._outbox.mark_retry(item.id, delay, error)
        if decision.hold:
            self._failures += 1
            hold = full_jitter(self._failures, self._base_s, self._cap_s, self._rng)
            if decision.retry_after is not None:
                hold = max(hold, min(decision.retry_after, self._max_retry_after_s))
            self._hold_until = self._clock() + hold
            self._set_status(decision.status)
            log.info("outbox: platform %s (%s); holding %.1f s", decision.status, exc.code, hold)
        else:
            log.info(
                "outbox: %s item %s will be retried in %.1f s (%s)",
                item.kind,
                item.id,
                delay,
                exc.code,
            )

    def _dead(self, item: OutboxItem, error: ItemError) -> None:
        self._missing_uploads.pop(item.id, None)
        if self._outbox.mark_dead(item.id, error):
            stored = self._outbox.get(item.id)
            info = stored.last_error.to_dict() if stored and stored.last_error else error.to_dict()
            log.warning("outbox: %s item %s dead-lettered: %s", item.kind, item.id, info["code"])
            self._notify("dead_lettered", item.kind, item.id, info)

    def _send(self, item: OutboxItem) -> Mapping[str, Any]:
        payload = dict(item.payload or {})
        payload.pop("not_after", None)  # the kiosk's own deadline, not part of the request
        key = item.idempotency_key
        platform = self._platform
        if item.kind == "application":
            for attachment in item.attachments:
                if attachment.uploaded:
                    continue
                data = self._outbox.read_attachment(attachment.sha256)
                platform.upload_attachment(attachment.sha256, data, attachment.content_type)
                self._outbox.mark_attachment_uploaded(item.id, attachment.sha256)
            return platform.create_application(payload, key)
        if item.kind == "evaluation":
            return platform.submit_evaluation(payload, key)
        if item.kind == "queue_ticket":
            return platform.take_ticket(payload, key)
        if item.kind == "checkin":
            return platform.checkin(payload, key)
        if item.kind == "pickup_event":
            pickup_id = str(payload.pop("pickup_id"))
            return platform.pickup_event(pickup_id, payload, key)
        if item.kind == "command_ack":
            command_id = str(payload.pop("command_id"))
            return platform.ack_command(command_id, payload, key)
        if item.kind == "help":
            return platform.help(payload, key)
        if item.kind == "generic":
            return platform.post(str(payload["path"]), dict(payload.get("body") or {}), key)
        raise Rejected("unknown_kind", f"no request for outbox kind {item.kind!r}")

    # ---------------------------------------------------------------- helpers

    def _maybe_purge(self, now: float) -> None:
        if now >= self._next_purge:
            self._next_purge = now + self._purge_interval_s
            self._outbox.purge(self._retention, now=now)

    def _emit_depth(self) -> None:
        depth = self._outbox.depth()
        if depth != self._depth:
            self._depth = depth
            self._notify("depth_changed", depth)

    def _notify(self, event: str, *args: Any) -> None:
        try:
            getattr(self._listener, event)(*args)
        except Exception:  # a listener's bug must not stop delivery
            log.exception("outbox drain: listener failed on %s", event)

    def _set_status(self, status: str) -> None:
        if status != self._status:
            self._status = status
            self._notify("status_changed", status)


def _expired(item: OutboxItem, now: float) -> bool:
    """True if the item carries a ``not_after`` deadline (Unix seconds) that has passed."""
    deadline = (item.payload or {}).get("not_after")
    if isinstance(deadline, bool) or not isinstance(deadline, int | float):
        return False
    return now > float(deadline)


# -------------------------------------------------------------------- optional Qt wrapper

_qt_class: type | None = None


def _build_qt_class() -> type:
    from PySide6.QtCore import QObject, Signal

    class QtOutboxDrain(QObject):
        """QObject around :class:`OutboxDrain`; signals are emitted on the drain thread and
        delivered queued to receivers in the GUI thread.

        * ``depthChanged(int)`` — pending + in-flight items (the status bar's queue depth);
        * ``itemDone(str kind, str item_id, dict response)``;
        * ``deadLettered(str kind, str item_id, dict error)`` — ``{"code", "message"}``;
        * ``statusChanged(str)`` — see :meth:`DrainListener.status_changed`.
        """

        depthChanged = Signal(int)
        itemDone = Signal(str, str, dict)
        deadLettered = Signal(str, str, dict)
        statusChanged = Signal(str)

        def __init__(
            self,
            outbox: Outbox,
            platform: PlatformAdapter,
            parent: QObject | None = None,
            **options: Any,
        ) -> None:
            super().__init__(parent)
            wrapper = self

            class _Forward(DrainListener):
                def depth_changed(self, depth: int) -> None:
                    wrapper.depthChanged.emit(depth)

                def item_done(self, kind: str, item_id: str, response: dict[str, Any]) -> None:
                    wrapper.itemDone.emit(kind, item_id, response)

                def dead_lettered(self, kind: str, item_id: str, error: dict[str, str]) -> None:
                    wrapper.deadLettered.emit(kind, item_id, error)

                def status_changed(self, status: str) -> None:
                    wrapper.statusChanged.emit(status)

            self.drain = OutboxDrain(outbox, platform, listener=_Forward(), **options)

        def start(self) -> None:
            self.drain.start()

        def stop(self, timeout: float = 5.0) -> None:
            self.drain.stop(timeout)

        def wake(self, expedite: bool = False) -> None:
            self.drain.wake(expedite)

        def pause(self) -> None:
            self.drain.pause()

        def resume(self) -> None:
            self.drain.resume()

    return QtOutboxDrain


def __getattr__(name: str) -> Any:
    """``QtOutboxDrain`` is built on first access, so the core never imports Qt."""
    global _qt_class
    if name == "QtOutboxDrain":
        if _qt_class is None:
            _qt_class = _build_qt_class()
        return _qt_class
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
