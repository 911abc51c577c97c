"""Put the identity and progress screens into any state, for layout tests and screenshots.

The identity flow is driven through its public events and the effects it asks for are
dropped (no device, no worker, no platform): what is checked here is how each state looks. The
devices, workers and platform behind the same states are exercised end to end in
tests/e2e/test_identity_e2e.py.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from drivers.camera.qr import format_code
from drivers.idcard.samples import sandbox_resident
from kiosk.flows.identity import IdentityFlow, IdentityTimeouts, Problem
from kiosk.session import Identity

FOREVER = 1e9

#: identity scenes: name → (level, events after consent)
IDENTITY_SCENES: tuple[str, ...] = (
    "consent",
    "consent_face_level",
    "place_card",
    "reading",
    "error_no_card",
    "error_card_removed",
    "error_unreadable",
    "error_expired_card",
    "error_reader_fault",
    "face_consent",
    "face_capture",
    "liveness",
    "verifying",
    "error_camera_fault",
    "error_face_timeout",
    "error_liveness_failed",
    "qr_scan",
    "qr_not_identity",
    "qr_verifying",
    "error_qr_rejected",
    "error_qr_timeout",
    "verified",
    "not_matched",
    "not_matched_last",
    "unavailable",
    "staff",
)

PROGRESS_SCENES: tuple[str, ...] = (
    "progress_chooser",
    "progress_keypad",
    "progress_loaded",
    "progress_number",
    "progress_empty",
    "progress_offline",
)

APPLICATIONS: list[dict[str, Any]] = [
    {
        "application_id": "SQ20261120000042",
        "item_name": "社会保障卡补领",
        "status": "ready_for_pickup",
        "status_text": "待领取",
        "received_at": "2026-11-18T09:12:00+08:00",
        "updated_at": "2026-11-21T15:40:00+08:00",
        "promised_date": "2026-11-25",
        "holder_hint": "3701**********042X",
        "delivery": {"method": "cabinet"},
        "timeline": [
            {"status": "received", "at": "2026-11-18T09:12:00+08:00", "note": ""},
            {"status": "accepted", "at": "2026-11-18T10:02:00+08:00", "note": "材料齐全"},
            {"status": "approved", "at": "2026-11-20T16:30:00+08:00", "note": "准予补领"},
            {"status": "ready_for_pickup", "at": "2026-11-21T15:40:00+08:00", "note": "已入柜"},
        ],
        "pickup": {"pickup_id": "P1", "kiosk_id": "KIOSK-DEMO-0001", "compartment": "1-3"},
    },
    {
        "application_id": "SQ20261102000007",
        "item_name": "城乡居民基本养老保险参保登记",
        "status": "in_review",
        "status_text": "审查中",
        "received_at": "2026-11-02T14:00:00+08:00",
        "updated_at": "2026-11-03T09:00:00+08:00",
        "promised_date": "2026-11-30",
        "holder_hint": "3701**********042X",
        "delivery": {"method": "ecert"},
        "timeline": [
            {"status": "received", "at": "2026-11-02T14:00:00+08:00", "note": ""},
            {"status": "in_review", "at": "2026-11-03T09:00:00+08:00", "note": ""},
        ],
        "pickup": None,
    },
]


class FixedPlatform:
    """Answers application queries from a list (layout only; e2e uses the real platform)."""

    def __init__(self, applications: list[dict[str, Any]]) -> None:
        self.applications = applications

    def query_applications(
        self, *, id_number: str | None = None, application_id: str | None = None
    ) -> list[dict[str, Any]]:
        if application_id is not None:
            return [a for a in self.applications if a["application_id"] == application_id]
        return list(self.applications)


def _timeouts(**overrides: float) -> IdentityTimeouts:
    """The flow's own timeouts (a scene is shown well within them), without re-probing."""
    values = {"probe_every_s": FOREVER}
    values.update(overrides)
    return IdentityTimeouts(**values)


def show_identity(kiosk: Any, scene: str) -> None:
    """Leave ``kiosk`` showing the identity ``scene`` (one of :data:`IDENTITY_SCENES`)."""
    vm = kiosk.identity
    vm.timeouts = _timeouts(qr_scan_s=0.0) if scene == "error_qr_timeout" else _timeouts()
    kiosk.router.home()
    face = scene not in ("consent", "place_card", "reading", "verified") and not scene.startswith(
        "error_"
    )
    face = face or scene in (
        "error_camera_fault",
        "error_face_timeout",
        "error_liveness_failed",
        "error_qr_rejected",
        "error_qr_timeout",
    )
    vm.begin("idcard_face" if face else "idcard", "")
    flow: IdentityFlow = vm.flow
    flow.qr_allowed = True  # as with a camera: the QR path is offered

    def do(event: Callable[[IdentityFlow], None]) -> None:
        event(flow)
        flow.take_effects()  # no devices, workers or platform behind this preview
        vm.refresh()

    def progress(stage: str, challenge: str = "") -> None:
        vm._guidance, vm._challenge = "ok", challenge
        vm.faceChanged.emit()
        do(lambda f: f.face_progress(f.pending_op, stage))

    def card_present() -> None:
        vm._on_idcard_status("idcard", {"state": "online", "sub": {"card": "present"}})

    if scene in ("consent", "consent_face_level"):
        return
    if scene.startswith("qr") or scene in ("error_qr_rejected", "error_qr_timeout"):
        do(lambda f: f.use_qr())
        if scene == "qr_not_identity":
            do(lambda f: f.qr_scanned("https://example.org/not-a-kiosk-code"))
        elif scene == "error_qr_timeout":
            do(lambda f: f.tick())
        elif scene in ("qr_verifying", "error_qr_rejected"):
            do(lambda f: f.qr_scanned(format_code("ident", "T" * 32)))
            if scene == "error_qr_rejected":
                do(lambda f: f.qr_result(f.pending_op, {"result": "no_match"}))
        return
    do(lambda f: f.agree())
    if scene == "place_card":
        return
    do(lambda f: f.card_inserted())
    if scene == "reading":
        return
    card_present()
    if scene in ("error_no_card", "error_card_removed", "error_unreadable", "error_reader_fault"):
        problem = Problem(scene.removeprefix("error_"))
        if problem is Problem.NO_CARD:
            for _ in range(3):
                do(lambda f: f.card_failed(f.pending_op, Problem.NO_CARD))
        else:
            do(lambda f: f.card_failed(f.pending_op, problem))
        return
    if scene == "error_expired_card":
        do(lambda f: f.card_read(f.pending_op, sandbox_resident("zhangsan", valid_to="2020-01-01")))
        return
    do(lambda f: f.card_read(f.pending_op, sandbox_resident("zhangsan")))
    if scene in ("face_consent", "verified"):
        return
    if scene == "staff":
        do(lambda f: f.use_staff())
        return
    do(lambda f: f.agree_face())
    if scene == "face_capture":
        vm._guidance = "move_closer"
        return
    if scene == "error_camera_fault":
        do(lambda f: f.camera_fault())
        return
    if scene == "error_face_timeout":
        do(lambda f: f.face_progress(f.pending_op, "failed", "align_timeout"))
        return
    progress("liveness", "blink")
    if scene == "liveness":
        return
    if scene == "error_liveness_failed":
        do(lambda f: f.face_progress(f.pending_op, "failed", "timeout"))
        return
    progress("ready")
    if scene == "verifying":
        return
    if scene == "unavailable":
        do(lambda f: f.face_result(f.pending_op, "unavailable"))
        return
    do(lambda f: f.face_result(f.pending_op, "no_match"))
    if scene == "not_matched_last":
        do(lambda f: f.try_again())
        progress("ready")
        do(lambda f: f.face_result(f.pending_op, "no_match"))


def show_progress(kiosk: Any, scene: str, qml_item: Callable[[str], Any]) -> None:
    """Leave ``kiosk`` showing a progress ``scene`` (one of :data:`PROGRESS_SCENES`).

    ``qml_item(name)`` finds a QML item (``KioskApp.find``); answers arrive on a worker, so the
    caller waits for ``kiosk.progress.state`` to leave ``loading``.
    """
    kiosk.router.home()
    if scene != "progress_loaded":  # no card on the reader: no "take your card" reminder
        kiosk.identity._on_idcard_status("idcard", {"state": "online", "sub": {"card": "absent"}})
    platform = None if scene == "progress_offline" else FixedPlatform(APPLICATIONS)
    if scene == "progress_empty":
        platform = FixedPlatform([])
    kiosk.progress.platform = lambda: platform
    kiosk.router.go("progress")
    screen = qml_item("progressScreen")
    if scene == "progress_keypad":
        screen.setProperty("digits", "2026112")
        screen.setProperty("entering", True)
    elif scene in ("progress_number", "progress_offline"):
        kiosk.progress.queryNumber("20261120000042")
    elif scene in ("progress_loaded", "progress_empty"):
        kiosk.sessions.current.set_identity(Identity(name="赵六", id_number="37010219620508042X"))
        kiosk.progress.queryMine()
