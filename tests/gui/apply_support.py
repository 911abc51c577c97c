"""Put the apply journey into any step without devices or a platform (layout tests and
``scripts/apply_screenshots.py``): the demo catalogue, 张三's identity in the session, and the
flow driven directly, its effects performed by the view-model as usual."""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Callable
from typing import Any

from central.seed import generate_catalogue
from kiosk.catalogue.models import encode, parse_catalogue
from kiosk.catalogue.search import SearchIndex
from kiosk.catalogue.sync import ActiveCatalogue
from kiosk.session import Identity

SOCIAL_CARD = "3701-RSJ-0001"
NEWBORN = "B04"
ECERTS = [
    {
        "cert_id": "EC-RESIDENT_ID-1",
        "type": "resident_id",
        "name": "居民身份证",
        "issuer": "济南市公安局",
    },
    {
        "cert_id": "EC-HOUSEHOLD-1",
        "type": "household_register",
        "name": "居民户口簿",
        "issuer": "济南市公安局",
    },
]
STROKES = [[[20.0 + 9 * i, 80.0 + (25 if i % 2 else -25)] for i in range(40)]]


@functools.cache
def demo_active() -> ActiveCatalogue:
    seed = generate_catalogue()
    # The self-service items (the newborn bundle's among them) are enough here, and quick.
    items = [
        {
            **item,
            "updated_version": 1,
            "bundle_ids": [b for b in item["bundle_ids"] if b == NEWBORN],
        }
        for item in seed.items
        if item["kiosk_mode"] == "self_service"
    ]
    data = {
        "kind": "full",
        "version": 1,
        "generated_at": "2026-11-22T06:00:00+08:00",
        "departments": seed.departments,
        "themes": seed.themes,
        "items": items,
        "bundles": [b for b in seed.bundles if b["bundle_id"] == NEWBORN],
        "site": {"site": "DEMO", "hidden": [], "hot": []},
    }
    payload = encode(data)
    catalogue = parse_catalogue(payload)
    sha = hashlib.sha256(payload).hexdigest()
    return ActiveCatalogue(
        catalogue, SearchIndex(catalogue), '"v1"', "2026-11-22T06:00:00+00:00", sha, payload
    )


def zhang() -> Identity:
    return Identity(
        name="张三",
        id_number="370102198503120118",
        sex="male",
        nation="汉",
        birth_date="1985-03-12",
        address="山东省济南市历下区示例路1号",
    )


def start(kiosk: Any, *, bundle: bool = False) -> Any:
    """A verified visit and a journey at the form; returns the flow."""
    if kiosk.catalogue.index is None:
        kiosk.catalogue.set_active(demo_active())
    kiosk.router.home()
    session = kiosk.sessions.current or kiosk.sessions.start()
    session.set_identity(zhang())
    vm = kiosk.apply
    vm._visit_level = "idcard_face"
    if bundle:
        items = vm._bundle_items(NEWBORN)
        assert vm._start(items, vm._bundle(NEWBORN))
    else:
        assert vm._start([vm._item(SOCIAL_CARD)], None)
    flow = vm.flow
    if flow.pending("ecerts"):
        flow.ecerts_loaded(flow.pending("ecerts"), ECERTS)
    refresh(kiosk)
    return flow


def refresh(kiosk: Any) -> None:
    kiosk.apply._after()
    kiosk.apply._emit_values()
    kiosk.apply.receiptChanged.emit()


def fill(flow: Any) -> None:
    values = {
        "phone": "13800000001",
        "bank": "中国银行",
        "consent": True,
        "baby_name": "张小宝",
        "baby_sex": "男",
        "baby_birth_date": "2026-11-01",
        "birth_hospital": "济南市妇幼保健院",
    }
    names = {spec.name for spec, _ in flow.fields}
    for name, value in values.items():
        if name in names:
            flow.set_value(name, value)


def scanned(flow: Any, key: str) -> None:
    flow.start_scan(key)
    flow.capture()
    capture = [e for e in flow.take_effects() if e.kind == "capture_page"][-1]
    flow.page_captured(capture.op, bytearray(b"\xff\xd8\xff page"))
    flow.finish_scan()
    build = [e for e in flow.take_effects() if e.kind == "build_pdf"][-1]
    flow.pdf_built(build.op, key, bytearray(b"%PDF-1.4"), 1)


def to_materials(kiosk: Any, flow: Any) -> None:
    fill(flow)
    flow.form_next()
    refresh(kiosk)


def to_review(kiosk: Any, flow: Any) -> None:
    to_materials(kiosk, flow)
    for need in flow.needs:
        if need.required and need.key not in flow.supplies:
            scanned(flow, need.key)
    flow.materials_next()
    refresh(kiosk)


def to_sign(kiosk: Any, flow: Any) -> None:
    to_review(kiosk, flow)
    flow.review_next()
    refresh(kiosk)


def to_submitting(kiosk: Any, flow: Any) -> int:
    to_sign(kiosk, flow)
    flow.sign(STROKES, 600, 200)
    render = [e for e in flow.take_effects() if e.kind == "render_signature"][-1]
    flow.signature_rendered(render.op, bytearray(b"\x89PNG signature"))
    enqueue = [e for e in flow.take_effects() if e.kind == "enqueue"][-1]
    refresh(kiosk)
    return enqueue.op


def to_receipt(kiosk: Any, flow: Any, *, delivered: bool) -> None:
    op = to_submitting(kiosk, flow)
    ids = [f"ob-{i}" for i in range(len(flow.items))]
    flow.enqueued(op, ids)
    wait = [e for e in flow.take_effects() if e.kind == "wait_receipt"][-1]
    if delivered:
        for i, outbox_id in enumerate(ids):
            flow.application_done(
                outbox_id,
                {
                    "application_id": f"SQ2026112200{i + 1:04d}",
                    "promised_date": "2026-11-27",
                    "query_code": "Q7K2",
                },
            )
    else:
        flow.receipt_timeout(wait.op)
    kiosk.apply._after()  # prints (no printer here: shown on screen only)
    refresh(kiosk)


def case(step: str, *, bundle: bool = False) -> Callable[[Any], None]:
    """A setup for the layout tests and the screenshots: ``step`` of the journey."""

    def setup(kiosk: Any) -> None:
        flow = start(kiosk, bundle=bundle)
        if step == "form":
            return
        if step == "form_errors":
            flow.set_value("phone", "12345")
            flow.form_next()
            refresh(kiosk)
        elif step == "materials":
            to_materials(kiosk, flow)
        elif step == "materials_missing":
            to_materials(kiosk, flow)
            flow.materials_next()
            refresh(kiosk)
        elif step == "scan":
            to_materials(kiosk, flow)
            key = next(n.key for n in flow.needs if not n.ecert_type)
            flow.start_scan(key)
            refresh(kiosk)
        elif step == "review":
            to_review(kiosk, flow)
        elif step == "review_post":
            to_review(kiosk, flow)
            flow.choose_delivery(0, "post")
            flow.review_next()
            refresh(kiosk)
        elif step == "sign":
            to_sign(kiosk, flow)
            flow.sign([[[10, 10], [12, 12]]], 600, 200)
            refresh(kiosk)
        elif step == "submitting":
            to_submitting(kiosk, flow)
        elif step == "submit_failed":
            op = to_submitting(kiosk, flow)
            flow.enqueue_failed(op, "store_full")
            refresh(kiosk)
        elif step == "receipt":
            to_receipt(kiosk, flow, delivered=True)
        elif step == "receipt_offline":
            to_receipt(kiosk, flow, delivered=False)
        elif step == "receipt_refused":
            to_receipt(kiosk, flow, delivered=False)
            # the platform refuses the first application for good (the drain dead-letters it)
            kiosk.apply._on_dead_lettered("application", "ob-0", {"code": "invalid_form"})
            refresh(kiosk)
        else:
            raise ValueError(step)

    return setup


STEPS = (
    "form",
    "form_errors",
    "materials",
    "materials_missing",
    "scan",
    "review",
    "review_post",
    "sign",
    "submitting",
    "submit_failed",
    "receipt",
    "receipt_offline",
    "receipt_refused",
)
CASES: dict[str, Callable[[Any], None]] = {
    **{f"apply-{step}": case(step) for step in STEPS},
    **{
        f"bundle-{step}": case(step, bundle=True)
        for step in ("form", "materials", "review", "receipt", "receipt_offline", "receipt_refused")
    },
}
