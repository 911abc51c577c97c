"""Who may open diagnostics: the technician PIN, the staff PIN, a technician card; lockout.

Roles:

* ``technician`` - the technician PIN (``[diagnostics] pin_hash``) or an ID card whose number's
  hash is in ``technician_cards``: everything (dashboard, self-tests, outbox, logs,
  configuration, export, staff flows);
* ``staff`` - the staff PIN (``staff_pin_hash``, optional; unset = no separate staff role):
  the staff flows only (paper refill, certificate deposit) and the read-only dashboard.

Lockout (fixed threshold, exponential duration, persisted in ``diagnostics.db``): after
``max_failures`` wrong entries in a row (PIN or a card that is not a technician's) entry is
refused for ``lockout_s`` seconds; each further lockout without a success in between lasts twice
as long as the one before, up to ``lockout_max_s``. While locked even the right PIN is refused
(and not checked). A success clears failures and the lockout count. The state is on disk, so
restarting the kiosk does not reset it. Wall-clock time; a clock set backwards only shortens
nothing (the stored ``locked_until`` stays).

The demo hash (:data:`~kiosk.diagnostics.pin.DEMO_PIN_HASH`, PIN 246813) is refused when the
kiosk is not in demo mode: a deployment that forgot to set its own PIN cannot be opened with a
published one (its technicians use their card, or the PIN is set, see config/README.md).

The PIN itself is never logged, stored or kept after the check.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Final

from kiosk.diagnostics.pin import DEMO_PIN_HASH, verify_card, verify_pin
from kiosk.diagnostics.store import DiagnosticsStore, LockoutState, now

__all__ = ["STAFF", "TECHNICIAN", "AccessControl", "AccessPolicy", "AccessResult"]

log = logging.getLogger(__name__)

TECHNICIAN: Final = "technician"
STAFF: Final = "staff"


@dataclass(frozen=True)
class AccessPolicy:
    pin_hash: str = DEMO_PIN_HASH
    staff_pin_hash: str = ""
    technician_cards: tuple[str, ...] = ()
    max_failures: int = 5
    lockout_s: float = 300.0
    lockout_max_s: float = 3600.0
    demo: bool = True


@dataclass(frozen=True)
class AccessResult:
    """``role`` when granted; else ``reason``: ``wrong_pin``, ``not_technician_card``,
    ``locked`` (``retry_after_s``), ``no_pin`` (no usable PIN configured)."""

    role: str = ""
    reason: str = ""
    attempts_left: int = 0
    retry_after_s: float = 0.0

    @property
    def granted(self) -> bool:
        return bool(self.role)


class AccessControl:
    """Checks entries against the policy; thread-safe; slow checks: call off the GUI thread."""

    def __init__(
        self,
        policy: AccessPolicy,
        store: DiagnosticsStore,
        *,
        clock: Callable[[], float] = now,
    ) -> None:
        self.policy = policy
        self._store = store
        self._clock = clock
        self._lock = threading.Lock()

    # -- state ------------------------------------------------------------------------------
    def state(self) -> LockoutState:
        return self._store.lockout()

    def locked_for(self) -> float:
        """Seconds until entry is possible again (0 when not locked)."""
        return self.state().remaining_s(self._clock())

    def _usable(self, stored: str) -> bool:
        return bool(stored) and (self.policy.demo or stored != DEMO_PIN_HASH)

    # -- checks -----------------------------------------------------------------------------
    def check_pin(self, pin: str) -> AccessResult:
        with self._lock:
            locked = self._refuse_if_locked()
            if locked is not None:
                return locked
            candidates: list[tuple[str, str]] = []
            if self._usable(self.policy.pin_hash):
                candidates.append((TECHNICIAN, self.policy.pin_hash))
            if self._usable(self.policy.staff_pin_hash):
                candidates.append((STAFF, self.policy.staff_pin_hash))
            if not candidates:
                return AccessResult(reason="no_pin")
            # Check every candidate (same time whichever matches).
            matches = [role for role, stored in candidates if verify_pin(pin, stored)]
            if matches:
                return self._grant(matches[0])
            return self._fail("wrong_pin")

    def check_card(self, id_number: str) -> AccessResult:
        with self._lock:
            locked = self._refuse_if_locked()
            if locked is not None:
                return locked
            if _any_card(id_number, self.policy.technician_cards):
                return self._grant(TECHNICIAN)
            return self._fail("not_technician_card")

    # -- internals --------------------------------------------------------------------------
    def _refuse_if_locked(self) -> AccessResult | None:
        state = self._store.lockout()
        current = self._clock()
        if state.locked(current):
            return AccessResult(reason="locked", retry_after_s=state.remaining_s(current))
        return None

    def _grant(self, role: str) -> AccessResult:
        self._store.save_lockout(LockoutState())
        return AccessResult(role=role)

    def _fail(self, reason: str) -> AccessResult:
        state = self._store.lockout()
        failures = state.failures + 1
        policy = self.policy
        if failures >= policy.max_failures:
            duration = min(policy.lockout_s * (2**state.lockouts), policy.lockout_max_s)
            until = self._clock() + duration
            self._store.save_lockout(LockoutState(0, until, state.lockouts + 1))
            log.warning("diagnostics: entry locked for %d s after repeated failures", duration)
            return AccessResult(reason="locked", retry_after_s=duration)
        self._store.save_lockout(LockoutState(failures, state.locked_until, state.lockouts))
        return AccessResult(reason=reason, attempts_left=policy.max_failures - failures)


def _any_card(id_number: str, hashes: Sequence[str]) -> bool:
    found = False
    for stored in hashes:  # no early exit: the time does not tell which entry matched
        found = verify_card(id_number, stored) or found
    return found
