"""Shared pieces of the cabinet tests: simulator + driver pairs with short test timings."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from drivers.cabinet.driver import Cabinet, Generic8ACabinet, KerongCabinet
from drivers.cabinet.sim import CabinetSimulator

#: upper bound for anything a test waits for; never an expected duration
WAIT_S = 10.0

#: short timeouts keep the fault tests quick (the driver defaults are for real cables)
FAST: dict[str, Any] = {
    "reply_timeout_s": 0.15,
    "status_retries": 1,
    "open_confirm_s": 0.4,
    "confirm_interval_s": 0.05,
    "inter_frame_gap_s": 0.001,
}

DRIVERS: dict[str, type[Cabinet]] = {"kerong": KerongCabinet, "generic8a": Generic8ACabinet}


def make_driver(sim: CabinetSimulator, device_id: str = "cabinet", **options: Any) -> Cabinet:
    params = {**FAST, **options}
    params.setdefault("boards", sim.boards)
    params.setdefault("locks_per_board", sim.locks_per_board)
    return DRIVERS[sim.family](device_id, port=sim.port, **params)


def wait_for(predicate: Callable[[], bool], *, timeout: float = WAIT_S) -> bool:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.01)
    return True


class Harness:
    """A cabinet service on a fresh real store + outbox, driving a real driver on the sim."""

    def __init__(self, sim: CabinetSimulator, data_dir: Any, **settings: Any) -> None:
        import os

        from kiosk.services.cabinet import CabinetSettings
        from offline_cache.crypto import AES_256_GCM, KeyEntry, KeyRing
        from offline_cache.outbox import Outbox
        from offline_cache.store import Store

        self.sim = sim
        self.store = Store.for_outbox(data_dir)
        self.keyring = KeyRing(KeyEntry(AES_256_GCM, os.urandom(32)))
        self.outbox = Outbox(self.store, self.keyring, data_dir / "attachments")
        self.settings = CabinetSettings(
            **{"poll_interval_s": 0.03, "backoff_initial_s": 0.05, **settings}
        )
        self.events: list[Any] = []
        self.service: Any = None
        self.device_class: type[Cabinet] = DRIVERS[sim.family]
        self.device_options: dict[str, Any] = {}

    def start(self, *, ready: bool = True) -> Any:
        from kiosk.services.cabinet import CabinetService

        params = {**FAST, **self.device_options}
        params.setdefault("boards", self.sim.boards)
        params.setdefault("locks_per_board", self.sim.locks_per_board)
        device = self.device_class("cabinet", port=self.sim.port, **params)
        self.service = CabinetService(device, self.store, self.outbox, settings=self.settings)
        self.service.add_listener(self.events.append)
        self.service.start()
        if ready:
            assert wait_for(lambda: self.service.ready), "service never became ready"
        return self.service

    def stop(self) -> None:
        if self.service is not None:
            assert self.service.stop()
            self.service = None

    def restart(self, *, ready: bool = True) -> Any:
        self.stop()
        self.events.clear()
        return self.start(ready=ready)

    def close(self) -> None:
        self.stop()
        self.store.close()

    # -- observations

    def names(self, compartment: str | None = None) -> list[str]:
        return [
            e.name for e in list(self.events) if compartment is None or e.compartment == compartment
        ]

    def wait_event(self, name: str, compartment: str | None = None) -> Any:
        def seen() -> bool:
            return name in self.names(compartment)

        assert wait_for(seen), f"no {name} event; saw {self.names()}"
        return next(
            e
            for e in list(self.events)
            if e.name == name and (compartment is None or e.compartment == compartment)
        )

    def reports(self) -> list[tuple[str, str, str]]:
        """(event, pickup_id, compartment) of every platform report, each in the outbox."""
        rows = self.store.query(
            "SELECT idempotency_key, event, pickup_id, compartment, enqueued_at"
            " FROM cabinet_reports ORDER BY rowid"
        )
        keys = {item.idempotency_key for item in self.outbox.items()}
        out = []
        for row in rows:
            if row["enqueued_at"] is not None:
                assert row["idempotency_key"] in keys
                out.append((row["event"], row["pickup_id"], row["compartment"]))
        return out

    def pickup_opens(self, compartment: str) -> int:
        """Open commands the board received for ``compartment``."""
        board, _, lock = compartment.partition("-")
        return len(self.sim.opens(int(board), int(lock)))

    def deposit(self, pickup_id: str, code: str = "", **kwargs: Any) -> str:
        """Staff deposit through the service and the simulated hand; returns the compartment."""
        from kiosk.services.cabinet import code_sha256

        if code:
            kwargs["code_sha256"] = code_sha256(code)
        ticket = self.service.deposit(pickup_id, staff_id="staff-7", **kwargs).result(WAIT_S)
        board, _, lock = ticket.compartment.partition("-")
        self.sim.place_item(int(board), int(lock))
        self.sim.close_door(int(board), int(lock))
        self.wait_event("deposited", ticket.compartment)
        return ticket.compartment

    def take_and_close(self, compartment: str, *, take: bool = True) -> None:
        board, _, lock = compartment.partition("-")
        if take:
            self.sim.remove_item(int(board), int(lock))
        self.sim.close_door(int(board), int(lock))
