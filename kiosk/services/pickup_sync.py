"""Keeps the cabinet's inventory in step with the platform's list of pickups for this kiosk.

On its own thread (network and cabinet work never on the GUI thread) it reads
``GET /kiosks/{id}/pickups`` at start and every ``interval_s`` (or at once after
:meth:`PickupSync.sync_now`), hands the list to
:meth:`~kiosk.services.cabinet.CabinetService.adopt_platform_pickups`, and keeps a small
directory ``pickup_id → {application_id, item_name}`` the pickup screen uses for the slip (the
cabinet's inventory does not hold application numbers).

``prepare(pickups)`` runs before each adoption; the demo uses it to put the seeded certificate
into the simulated compartment, as staff would have done. Qt-free; errors are logged and the
next round tries again.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Mapping
from typing import Any

log = logging.getLogger(__name__)

__all__ = ["PickupSync"]


class PickupSync:
    def __init__(
        self,
        platform: Any,
        cabinet: Any,
        *,
        interval_s: float = 60.0,
        prepare: Callable[[list[dict[str, Any]]], None] | None = None,
        name: str = "pickup-sync",
    ) -> None:
        self._platform = platform
        self._cabinet = cabinet
        self._interval_s = interval_s
        self._prepare = prepare
        self._name = name
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._directory: dict[str, dict[str, str]] = {}
        self._thread: threading.Thread | None = None
        #: completed rounds (tests wait for a round after :meth:`sync_now`)
        self.rounds = 0
        #: seconds to the next round after a failed one
        self.retry_s = 3.0

    def start(self) -> None:
        if self._thread is not None:
            return
        self._thread = threading.Thread(target=self._run, name=self._name, daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def sync_now(self) -> None:
        self._wake.set()

    def lookup(self, pickup_id: str) -> dict[str, str]:
        """``{"application_id", "item_name"}`` of a pickup seen on the platform's list."""
        with self._lock:
            return dict(self._directory.get(pickup_id, {}))

    def run_once(self) -> list[str]:
        """One round on the calling thread: returns the compartments adopted."""
        pickups = [dict(p) for p in self._platform.pickups() if isinstance(p, Mapping)]
        with self._lock:
            for p in pickups:
                pickup_id = str(p.get("pickup_id") or "")
                if pickup_id:
                    self._directory[pickup_id] = {
                        "application_id": str(p.get("application_id") or ""),
                        "item_name": str(p.get("item_name") or ""),
                    }
        if self._prepare is not None:
            self._prepare(pickups)
        adopted = self._cabinet.adopt_platform_pickups(pickups).result(timeout=30)
        return list(adopted)

    def _run(self) -> None:
        while not self._stop.is_set():
            wait = self._interval_s
            try:
                self.run_once()
            except Exception as exc:  # offline, cabinet not ready yet: try again soon
                log.info("pickup sync: %s", type(exc).__name__)
                wait = min(self._interval_s, self.retry_s)
            self.rounds += 1
            self._wake.wait(wait)
            self._wake.clear()
