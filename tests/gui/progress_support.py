"""Put the 办件进度 screen into the states of the receipt QR code, the offline last known state
and this kiosk's queue: for layout tests (tests/gui/test_progress_more_screens.py) and the
screenshots (scripts/progress_screenshots.py).

Real parts where they are cheap: a real encrypted cache file and a real outbox in a temporary
directory; the platform is a fixed list (layout only; tests/e2e/test_progress_more_e2e.py runs
the reference platform and the camera driver). The camera is a stand-in host (no frames) unless
the caller passes a real ``DeviceHost``.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from kiosk.services.progress_cache import ProgressCache
from kiosk.session import Identity
from offline_cache.crypto import AES_256_GCM, KeyEntry, KeyRing
from offline_cache.outbox import Outbox
from offline_cache.store import Store
from tests.gui.identity_support import APPLICATIONS, FixedPlatform

ZHAO = "37010219620508042X"

#: scene name → what the screen shows
MORE_SCENES: tuple[str, ...] = (
    "progress_chooser",
    "progress_keypad",
    "progress_mine_loaded",
    "progress_empty",
    "progress_not_found",
    "progress_no_identity",
    "progress_qr_blocked",
    "progress_scanning",
    "progress_scan_not_receipt",
    "progress_scan_timeout",
    "progress_camera_unavailable",
    "progress_qr_loaded",
    "progress_offline_cached",
    "progress_offline_queued",
    "progress_offline_nothing",
    "progress_not_accepted",
)


class StandInCamera:
    """A camera that is online and sends no frames (layout tests)."""

    def subscribe(self, _callback: Callable[[Any], None], *, name: str = "") -> Any:
        return self

    def unsubscribe(self, _subscription: Any, *, wait: bool = True) -> None:
        pass

    def close(self, *, wait: bool = True) -> None:
        pass


class StandInHost(QObject):
    """The parts of a ``DeviceHost`` the progress view-model uses."""

    statusChanged = Signal(str, dict)

    def __init__(self, state: str = "online") -> None:
        super().__init__()
        self.status: dict[str, Any] = {"state": state}
        self.device = StandInCamera()

    def set_state(self, state: str) -> None:
        self.status = {"state": state}
        self.statusChanged.emit("camera", dict(self.status))


class OfflineStores:
    """A real progress cache and outbox in ``directory`` (one key ring for both)."""

    def __init__(self, directory: Path) -> None:
        self.keyring = KeyRing(KeyEntry(AES_256_GCM, os.urandom(32)))
        self.cache = ProgressCache(Store.for_cache(directory), self.keyring)
        self.outbox_store = Store.for_outbox(directory)
        self.outbox = Outbox(self.outbox_store, self.keyring, directory / "attachments")

    def queue_application(self, id_number: str = ZHAO) -> Any:
        payload = {
            "item_id": "3701-RSJ-0001",
            "visit_id": "v1",
            "applicant": {"name": "赵六", "id_number": id_number},
            "form": {},
            "materials": [],
            "delivery": {"method": "cabinet"},
        }
        return self.outbox.enqueue("application", payload)

    def close(self) -> None:
        self.cache.store.close()
        self.outbox_store.close()


def wire(kiosk: Any, stores: OfflineStores, host: Any | None = None) -> Any:
    """Give ``kiosk.progress`` the stores and a camera host; returns the host."""
    vm = kiosk.progress
    vm.cache_opener = lambda: stores.cache
    vm._cache = None  # the test's cache from now on
    vm.outbox = lambda: stores.outbox
    vm.kiosk_id = kiosk.config.kiosk.id
    vm._item_name = lambda item_id: "社会保障卡申领" if item_id == "3701-RSJ-0001" else ""
    host = host if host is not None else StandInHost()
    vm.attach_camera(host)
    return host


def show_more(
    kiosk: Any,
    scene: str,
    stores: OfflineStores,
    wait: Callable[[Callable[[], bool]], None],
    host: Any | None = None,
) -> None:
    """Leave ``kiosk`` showing a progress ``scene`` (one of :data:`MORE_SCENES`).

    ``wait(condition)`` waits (bounded) for a worker answer, e.g. ``qtbot.waitUntil``.
    """
    vm = kiosk.progress
    host = wire(kiosk, stores, host)
    kiosk.router.home()
    kiosk.identity._on_idcard_status("idcard", {"state": "online", "sub": {"card": "absent"}})
    online = FixedPlatform(APPLICATIONS)
    if scene == "progress_qr_blocked":
        kiosk.features.update({"camera": ("camera", "offline"), "idcard": ("idcard", "online")})
    else:
        kiosk.features.update({"camera": ("camera", "online"), "idcard": ("idcard", "online")})
    vm.platform = lambda: online
    kiosk.router.go("progress")
    if scene in ("progress_chooser", "progress_qr_blocked"):
        return
    if scene == "progress_keypad":
        screen = kiosk.find("progressScreen")
        screen.setProperty("digits", "2026112")
        screen.setProperty("entering", True)
        return
    if scene == "progress_not_found":
        vm.queryNumber("20261120000099")
        wait(lambda: vm.state == "not_found")
        return
    if scene == "progress_no_identity":
        vm.queryMine()
        return
    if scene in ("progress_scanning", "progress_scan_not_receipt"):
        vm.scanReceipt()
        if scene == "progress_scan_not_receipt":
            vm._on_qr_found(vm._scan_op, "KIOSKID:v1:pickup:246810")
        return
    if scene == "progress_scan_timeout":
        vm.scan_timeout_s = 0.0
        vm.scanReceipt()
        wait(lambda: vm.state == "scan_timeout")
        vm.scan_timeout_s = 60.0
        return
    if scene == "progress_camera_unavailable":
        if isinstance(host, StandInHost):
            host.status = {"state": "offline"}
        vm.scanReceipt()
        return
    if scene == "progress_qr_loaded":
        vm.scanReceipt()
        vm._on_qr_found(vm._scan_op, "https://zwfw.example.gov.cn/progress?no=SQ20261120000042")
        wait(lambda: vm.state == "loaded")
        return
    if scene == "progress_offline_cached":
        vm.queryNumber("20261120000042")  # online: the answer is kept
        wait(lambda: vm.state == "loaded")
        vm.platform = lambda: None
        vm.queryNumber("20261120000042")
        wait(lambda: vm.state == "loaded" and vm.offline)
        return
    kiosk.sessions.current.set_identity(Identity(name="赵六", id_number=ZHAO))
    if scene in ("progress_mine_loaded", "progress_empty"):
        if scene == "progress_empty":
            empty = FixedPlatform([])
            vm.platform = lambda: empty
        vm.queryMine()
        wait(lambda: vm.state in ("loaded", "empty"))
        return
    if scene == "progress_offline_queued":
        vm.queryMine()  # online: both applications are kept
        wait(lambda: vm.state == "loaded")
        stores.queue_application()
        vm.platform = lambda: None
        vm.queryMine()
        wait(lambda: vm.state == "loaded" and vm.offline)
        return
    if scene == "progress_not_accepted":
        refused = stores.queue_application()
        stores.outbox.claim_due()
        stores.outbox.mark_dead(refused.id, ("invalid_form", "phone"))
        vm.queryMine()
        wait(lambda: vm.state == "loaded")
        return
    if scene == "progress_offline_nothing":
        vm.platform = lambda: None
        vm.queryMine()
        wait(lambda: vm.state == "offline")
        return
    raise ValueError(f"unknown scene {scene!r}")
