"""The apply journey as a pure state machine: every step, back/cancel, validation, materials,
bundles (一件事), submit failures and the receipt, driven without Qt, devices or a platform.

The items are the demo catalogue's own (``central.seed``): 社会保障卡申领 and the 新生儿出生
bundle, so the rules are tested on the data residents meet.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from central.seed import generate_catalogue
from kiosk.flows.apply import (
    ApplyFlow,
    ApplyFlowError,
    EffectKind,
    Problem,
    Step,
    kiosk_reference,
    signature_problem,
    strictest_level,
)
from kiosk.session import Identity

ZHANG = "370102198503120118"
NOW = dt.datetime(2026, 11, 22, 3, 0, tzinfo=dt.timezone(dt.timedelta(hours=8)))
GOOD_STROKES = [[[10.0 + 8 * i, 50.0 + (20 if i % 2 else -20)] for i in range(40)]]


def catalogue_items() -> dict[str, dict[str, Any]]:
    return {item["item_id"]: item for item in generate_catalogue().items}


def by_name(name: str) -> dict[str, Any]:
    return next(i for i in generate_catalogue().items if i["name"] == name)


def newborn_bundle() -> tuple[dict[str, Any], list[dict[str, Any]]]:
    bundle = next(b for b in generate_catalogue().bundles if b["name"] == "新生儿出生")
    items = catalogue_items()
    return bundle, [items[i] for i in bundle["item_ids"]]


def zhang() -> Identity:
    return Identity(
        name="张三",
        id_number=ZHANG,
        sex="male",
        nation="汉",
        birth_date="1985-03-12",
        address="山东省济南市历下区示例路1号",
    )


ECERTS = [
    {"cert_id": "EC-RESIDENT_ID-1", "type": "resident_id", "name": "居民身份证"},
    {"cert_id": "EC-HOUSEHOLD-1", "type": "household_register", "name": "居民户口簿"},
]


def social_card_flow(**kw: Any) -> ApplyFlow:
    kw.setdefault("identity", zhang())
    kw.setdefault("verified_level", "idcard_face")
    return ApplyFlow([by_name("社会保障卡申领")], kiosk_id="KIOSK-DEMO-0001", now=lambda: NOW, **kw)


def effect(flow: ApplyFlow, kind: EffectKind):
    found = [e for e in flow.take_effects() if e.kind is kind]
    assert found, f"no {kind} effect"
    return found[-1]


def fill_social_card(flow: ApplyFlow) -> None:
    flow.set_value("phone", "13800000001")
    flow.set_value("bank", "中国银行")
    flow.set_value("consent", True)


def to_materials(flow: ApplyFlow) -> None:
    fill_social_card(flow)
    flow.form_next()
    assert flow.step is Step.MATERIALS


def scan_photo(flow: ApplyFlow, key: str = "name:近期免冠彩色证件照片") -> None:
    flow.start_scan(key)
    assert effect(flow, EffectKind.START_CAMERA)
    flow.capture()
    capture = effect(flow, EffectKind.CAPTURE_PAGE)
    flow.page_captured(capture.op, bytearray(b"\xff\xd8\xff page"))
    flow.finish_scan()
    build = effect(flow, EffectKind.BUILD_PDF)
    flow.pdf_built(build.op, key, bytearray(b"%PDF-1.4 pages"), len(build.payload["pages"]))


def to_sign(flow: ApplyFlow) -> None:
    if flow.pending("ecerts"):
        flow.ecerts_loaded(flow.pending("ecerts"), ECERTS)
    to_materials(flow)
    scan_photo(flow)
    flow.materials_next()
    assert flow.step is Step.REVIEW
    flow.review_next()
    assert flow.step is Step.SIGN


def submit(flow: ApplyFlow):
    flow.sign(GOOD_STROKES, 400, 100)
    render = effect(flow, EffectKind.RENDER_SIGNATURE)
    flow.signature_rendered(render.op, bytearray(b"\x89PNG signature"))
    return effect(flow, EffectKind.ENQUEUE)


# ------------------------------------------------------------------------------ identity


def test_the_identity_journey_runs_when_the_session_is_not_verified_enough():
    flow = social_card_flow(identity=None, verified_level="idcard")
    assert flow.step is Step.IDENTITY
    assert effect(flow, EffectKind.BEGIN_IDENTITY).payload["level"] == "idcard_face"


def test_a_verified_session_goes_straight_to_the_form():
    flow = social_card_flow()
    assert flow.step is Step.FORM
    assert not [e for e in flow.take_effects() if e.kind is EffectKind.BEGIN_IDENTITY]


def test_identity_verified_prefills_readable_values():
    flow = social_card_flow(identity=None, verified_level="none")
    flow.identity_verified(zhang(), "idcard_face")
    assert flow.step is Step.FORM
    assert flow.values["applicant_name"] == "张三"
    assert flow.values["id_number"] == ZHANG
    assert flow.values["sex"] == "男"
    assert flow.values["birth_date"] == "1985-03-12"
    assert flow.values["nation"] == "汉"
    assert flow.values["address"].startswith("山东省")
    assert "phone" not in flow.values
    assert {"applicant_name", "sex"} <= flow.prefilled


def test_identity_cancelled_ends_the_journey():
    flow = social_card_flow(identity=None, verified_level="none")
    flow.take_effects()
    flow.identity_ended()
    assert flow.step is Step.CANCELLED
    assert effect(flow, EffectKind.DONE).payload["step"] == "cancelled"


def test_a_card_only_identity_does_not_satisfy_a_face_item():
    flow = social_card_flow(identity=None, verified_level="none")
    flow.identity_verified(zhang(), "idcard")
    assert flow.step is Step.CANCELLED


def test_guide_only_items_cannot_be_applied_for():
    guide_only = next(i for i in generate_catalogue().items if i["kiosk_mode"] == "guide_only")
    with pytest.raises(ApplyFlowError):
        ApplyFlow([guide_only])


def test_strictest_level_of_a_bundle():
    assert strictest_level(["none", "idcard", "idcard_face"]) == "idcard_face"
    assert strictest_level(["none", "idcard"]) == "idcard"


# ------------------------------------------------------------------------------ form


def test_next_with_missing_fields_stays_and_names_them():
    flow = social_card_flow()
    flow.form_next()
    assert flow.step is Step.FORM
    assert flow.problem is Problem.FORM_INVALID
    assert {"phone", "bank", "consent"} <= set(flow.errors)
    assert flow.errors["phone"].code == "required"


def test_an_invalid_phone_number_is_refused_with_pattern():
    flow = social_card_flow()
    fill_social_card(flow)
    flow.set_value("phone", "12345")
    flow.form_next()
    assert flow.errors["phone"].code == "pattern"
    assert flow.step is Step.FORM


def test_a_corrected_field_clears_its_error_at_once():
    flow = social_card_flow()
    flow.form_next()
    flow.set_value("phone", "13800000001")
    assert "phone" not in flow.errors


def test_check_validates_one_field():
    flow = social_card_flow()
    flow.set_value("phone", "1380000")
    assert flow.check("phone").code == "pattern"
    assert "bank" not in flow.errors  # the others are not judged yet


def test_a_valid_form_goes_to_the_materials():
    flow = social_card_flow()
    to_materials(flow)
    assert flow.problem is None


def test_unknown_field_is_a_caller_error():
    flow = social_card_flow()
    with pytest.raises(ApplyFlowError):
        flow.set_value("no_such_field", "x")


# ------------------------------------------------------------------------------ materials


def test_ecerts_are_queried_with_the_id_number_and_used_automatically():
    flow = social_card_flow()
    query = effect(flow, EffectKind.QUERY_ECERTS)
    assert query.payload["id_number"] == ZHANG
    flow.ecerts_loaded(query.op, ECERTS)
    supply = flow.supplies["ecert:resident_id"]
    assert (supply.source, supply.cert_id) == ("ecert", "EC-RESIDENT_ID-1")


def test_a_late_ecert_answer_is_dropped():
    flow = social_card_flow()
    query = effect(flow, EffectKind.QUERY_ECERTS)
    flow.ecerts_loaded(query.op + 5, ECERTS)
    assert flow.ecerts_state == "loading"
    assert not flow.supplies


def test_required_materials_must_be_supplied_before_review():
    flow = social_card_flow()
    to_materials(flow)
    flow.materials_next()
    assert flow.step is Step.MATERIALS
    assert flow.problem is Problem.MATERIALS_MISSING
    assert "name:近期免冠彩色证件照片" in flow.missing_materials
    assert "ecert:birth_cert" not in flow.missing_materials  # optional for this item


def test_scanned_pages_become_one_pdf_supply():
    flow = social_card_flow()
    to_materials(flow)
    flow.take_effects()
    flow.start_scan("name:近期免冠彩色证件照片")
    flow.capture()
    first = effect(flow, EffectKind.CAPTURE_PAGE)
    assert first.payload["mode"] == "photo"
    flow.page_captured(first.op, bytearray(b"page one"))
    flow.capture()
    second = effect(flow, EffectKind.CAPTURE_PAGE)
    flow.page_captured(second.op, bytearray(b"page two"))
    flow.finish_scan()
    effects = flow.take_effects()
    assert [e.kind for e in effects] == [EffectKind.STOP_CAMERA, EffectKind.BUILD_PDF]
    assert flow.step is Step.MATERIALS
    flow.materials_next()
    assert flow.step is Step.MATERIALS  # the PDF is not ready yet
    pdf = bytearray(b"%PDF two pages")
    flow.pdf_built(effects[1].op, "name:近期免冠彩色证件照片", pdf, 2)
    supply = flow.supplies["name:近期免冠彩色证件照片"]
    assert (supply.source, supply.pages) == ("scan", 2)


def test_a_double_tap_on_capture_takes_one_picture():
    flow = social_card_flow()
    to_materials(flow)
    flow.start_scan("name:近期免冠彩色证件照片")
    flow.capture()
    flow.capture()
    assert len([e for e in flow.take_effects() if e.kind is EffectKind.CAPTURE_PAGE]) == 1


def test_no_page_found_is_a_problem_and_capture_can_be_repeated():
    flow = social_card_flow()
    to_materials(flow)
    flow.start_scan("name:近期免冠彩色证件照片")
    flow.capture()
    op = effect(flow, EffectKind.CAPTURE_PAGE).op
    flow.page_failed(op, Problem.PAGE_NOT_FOUND)
    assert flow.problem is Problem.PAGE_NOT_FOUND
    flow.capture()
    assert effect(flow, EffectKind.CAPTURE_PAGE).op > op


def test_camera_fault_while_scanning_is_reported():
    flow = social_card_flow()
    to_materials(flow)
    flow.start_scan("name:近期免冠彩色证件照片")
    flow.capture()
    flow.camera_fault()
    assert flow.problem is Problem.CAMERA_FAULT
    assert not flow.scan_busy


def test_back_from_scan_discards_its_pages_and_stops_the_camera():
    flow = social_card_flow()
    to_materials(flow)
    flow.start_scan("name:近期免冠彩色证件照片")
    flow.capture()
    page = bytearray(b"secret page")
    flow.page_captured(effect(flow, EffectKind.CAPTURE_PAGE).op, page)
    flow.back()
    assert flow.step is Step.MATERIALS
    assert page == bytearray(len(page))  # zeroed
    assert effect(flow, EffectKind.STOP_CAMERA)


def test_commitment_only_for_tolerant_materials():
    flow = social_card_flow()
    to_materials(flow)
    with pytest.raises(ApplyFlowError):
        flow.commit("name:近期免冠彩色证件照片")
    tolerant = next(
        i
        for i in generate_catalogue().items
        if i["kiosk_mode"] == "self_service" and any(m["tolerance"] for m in i["materials"])
    )
    other = ApplyFlow([tolerant], identity=zhang(), verified_level="idcard_face")
    other.values.update({s.name: None for s, _ in other.fields})
    other.step = Step.MATERIALS
    key = next(n.key for n in other.needs if n.tolerance)
    other.commit(key)
    assert other.supplies[key].source == "commitment"


def test_materials_of_an_item_are_all_listed():
    flow = social_card_flow()
    assert [n.name for n in flow.needs] == ["居民身份证", "出生医学证明", "近期免冠彩色证件照片"]


# ------------------------------------------------------------------------------ review, signature


def test_delivery_defaults_to_a_method_that_needs_no_address():
    flow = social_card_flow()
    assert flow.deliveries == ["cabinet"]


def test_post_needs_an_address():
    flow = social_card_flow()
    to_sign(flow)
    flow.back()
    flow.choose_delivery(0, "post")
    flow.review_next()
    assert flow.problem is Problem.ADDRESS_MISSING
    flow.set_address("山东省济南市历下区示例路1号")
    flow.review_next()
    assert flow.step is Step.SIGN


def test_a_delivery_the_item_does_not_offer_is_refused():
    flow = social_card_flow()
    to_sign(flow)
    flow.back()
    with pytest.raises(ApplyFlowError):
        flow.choose_delivery(0, "ecert")


@pytest.mark.parametrize(
    "strokes",
    [[], [[[10, 10]]], [[[10.0 + i, 10.0] for i in range(20)]], [[[5, 5], [6, 6], [7, 7]] * 5]],
)
def test_empty_or_trivial_signatures_are_refused(strokes):
    assert signature_problem(strokes, 400, 100)
    flow = social_card_flow()
    to_sign(flow)
    flow.sign(strokes, 400, 100)
    assert flow.problem is Problem.SIGNATURE_TOO_SHORT
    assert not [e for e in flow.take_effects() if e.kind is EffectKind.RENDER_SIGNATURE]


def test_a_real_signature_is_accepted():
    assert not signature_problem(GOOD_STROKES, 400, 100)


def test_double_tap_on_submit_renders_and_submits_once():
    flow = social_card_flow()
    to_sign(flow)
    flow.sign(GOOD_STROKES, 400, 100)
    flow.sign(GOOD_STROKES, 400, 100)
    renders = [e for e in flow.take_effects() if e.kind is EffectKind.RENDER_SIGNATURE]
    assert len(renders) == 1
    flow.signature_rendered(renders[0].op, bytearray(b"png"))
    flow.signature_rendered(renders[0].op, bytearray(b"png"))
    assert len([e for e in flow.take_effects() if e.kind is EffectKind.ENQUEUE]) == 1


# ------------------------------------------------------------------------------ submit


def test_the_payload_matches_the_platform_api():
    flow = social_card_flow(visit_id="visit1")
    query = effect(flow, EffectKind.QUERY_ECERTS)
    flow.ecerts_loaded(query.op, ECERTS)
    to_sign(flow)
    enqueue = submit(flow)
    [entry] = enqueue.payload["entries"]
    payload = entry["payload"]
    assert payload["item_id"] == by_name("社会保障卡申领")["item_id"]
    assert payload["visit_id"] == "visit1"
    assert payload["bundle_id"] is None
    assert payload["applicant"] == {"name": "张三", "id_number": ZHANG, "phone": "13800000001"}
    assert payload["form"]["bank"] == "中国银行" and payload["form"]["consent"] is True
    sources = {m["material_id"]: m["source"] for m in payload["materials"]}
    assert sources == {"M1": "ecert", "M3": "scan"}
    assert payload["delivery"] == {"method": "cabinet"}
    assert len(payload["signature_sha256"]) == 64
    assert payload["submitted_at"] == NOW.isoformat(timespec="seconds")
    types = sorted(t for _, t in entry["attachments"])
    assert types == ["application/pdf", "image/png"]
    assert flow.step is Step.SUBMITTING


def test_the_resident_is_told_submitted_only_once_on_disk():
    flow = social_card_flow()
    to_sign(flow)
    enqueue = submit(flow)
    assert flow.step is Step.SUBMITTING and not flow.submitted
    flow.enqueued(enqueue.op, ["outbox-1"])
    assert flow.step is Step.WAITING and flow.submitted
    wait = effect(flow, EffectKind.WAIT_RECEIPT)
    assert wait.payload["seconds"] <= 8


@pytest.mark.parametrize("problem", ["store_full", "store_error", "outbox_unavailable"])
def test_a_submit_failure_says_so_keeps_everything_and_retries_with_the_same_keys(problem):
    flow = social_card_flow()
    to_sign(flow)
    first = submit(flow)
    flow.enqueue_failed(first.op, problem)
    assert flow.step is Step.SUBMIT_FAILED
    assert flow.problem == problem
    assert flow.values["phone"] == "13800000001"  # nothing lost
    flow.retry()
    second = effect(flow, EffectKind.ENQUEUE)
    assert [e["idempotency_key"] for e in second.payload["entries"]] == [
        e["idempotency_key"] for e in first.payload["entries"]
    ]
    flow.enqueued(second.op, ["outbox-1"])
    assert flow.step is Step.WAITING


def test_an_unknown_failure_is_a_generic_submit_error():
    flow = social_card_flow()
    to_sign(flow)
    enqueue = submit(flow)
    flow.enqueue_failed(enqueue.op, "KeyError")
    assert flow.problem is Problem.SUBMIT_ERROR


def test_cancel_is_refused_once_submitted():
    flow = social_card_flow()
    to_sign(flow)
    enqueue = submit(flow)
    flow.cancel()
    assert flow.step is Step.SUBMITTING
    flow.enqueued(enqueue.op, ["outbox-1"])
    flow.cancel()
    assert flow.step is Step.WAITING


# ------------------------------------------------------------------------------ receipt


def submitted_flow() -> ApplyFlow:
    flow = social_card_flow()
    to_sign(flow)
    flow.enqueued(submit(flow).op, ["outbox-1"])
    flow.take_effects()
    return flow


def test_the_platform_answer_gives_the_application_number():
    flow = submitted_flow()
    flow.application_done(
        "outbox-1",
        {"application_id": "SQ1", "promised_date": "2026-11-27", "query_code": "Q1"},
    )
    assert flow.step is Step.RECEIPT
    assert flow.receipt[0].number == "SQ1"
    assert effect(flow, EffectKind.PRINT)


def test_no_answer_in_time_gives_a_kiosk_reference():
    flow = social_card_flow()
    to_sign(flow)
    flow.enqueued(submit(flow).op, ["outbox-1"])
    wait = effect(flow, EffectKind.WAIT_RECEIPT)
    flow.receipt_timeout(wait.op)
    assert flow.step is Step.RECEIPT
    line = flow.receipt[0]
    assert not line.delivered
    assert line.number == kiosk_reference("KIOSK-DEMO-0001", line.idempotency_key, NOW.date())
    assert line.number.startswith("K000120261122") and len(line.number) == 19
    flow.application_done("outbox-1", {"application_id": "SQ9"})
    assert flow.receipt[0].number == line.kiosk_ref  # the paper already shows the reference


def test_a_refusal_while_waiting_gives_the_receipt_at_once():
    flow = submitted_flow()
    flow.application_refused("outbox-1", "invalid_form")
    assert flow.step is Step.RECEIPT
    assert flow.receipt[0].refused == "invalid_form"
    assert not flow.any_waiting


def test_a_refusal_after_the_receipt_marks_the_line():
    flow = social_card_flow()
    to_sign(flow)
    flow.enqueued(submit(flow).op, ["outbox-1"])
    flow.receipt_timeout(effect(flow, EffectKind.WAIT_RECEIPT).op)
    assert flow.any_waiting
    flow.application_refused("outbox-1", "")
    assert flow.receipt[0].refused == "refused"
    assert flow.receipt[0].number == flow.receipt[0].kiosk_ref
    assert not flow.any_waiting


def test_a_delivered_application_is_never_marked_refused():
    flow = submitted_flow()
    flow.application_done("outbox-1", {"application_id": "SQ1"})
    flow.application_refused("outbox-1", "invalid_form")
    assert flow.receipt[0].refused == ""


def test_another_item_done_is_ignored():
    flow = submitted_flow()
    flow.application_done("someone-else", {"application_id": "SQ1"})
    assert flow.step is Step.WAITING


def test_print_outcomes():
    flow = submitted_flow()
    flow.application_done("outbox-1", {"application_id": "SQ1"})
    op = effect(flow, EffectKind.PRINT).op
    flow.printed(op, False, "paper_out")
    assert flow.print_state == "failed:paper_out"
    flow.finish()
    assert flow.step is Step.DONE
    assert effect(flow, EffectKind.DONE).payload["step"] == "done"


def test_kiosk_reference_is_stable_per_key():
    day = dt.date(2026, 11, 22)
    assert kiosk_reference("KIOSK-DEMO-0001", "k1-abcdefgh", day) == kiosk_reference(
        "KIOSK-DEMO-0001", "k1-abcdefgh", day
    )
    assert kiosk_reference("KIOSK-DEMO-0001", "k1-abcdefgh", day) != kiosk_reference(
        "KIOSK-DEMO-0001", "k2-abcdefgh", day
    )


# ------------------------------------------------------------------------------ navigation


def test_back_walks_the_steps_and_leaves_from_the_form():
    flow = social_card_flow()
    to_sign(flow)
    flow.back()
    assert flow.step is Step.REVIEW
    flow.back()
    assert flow.step is Step.MATERIALS
    flow.back()
    assert flow.step is Step.FORM
    assert flow.values["phone"] == "13800000001"  # kept while the journey lasts
    flow.back()
    assert flow.step is Step.CANCELLED


def test_back_to_a_later_step_is_refused():
    flow = social_card_flow()
    with pytest.raises(ApplyFlowError):
        flow.back_to(Step.REVIEW)


def test_cancel_wipes_scans_and_signature():
    flow = social_card_flow()
    to_sign(flow)
    pdf = flow.supplies["name:近期免冠彩色证件照片"].pdf
    assert pdf is not None
    flow.cancel()
    assert flow.step is Step.CANCELLED
    assert pdf == bytearray(len(pdf))
    assert not flow.values and not flow.supplies


def test_wipe_zeroes_the_signature():
    flow = social_card_flow()
    to_sign(flow)
    flow.sign(GOOD_STROKES, 400, 100)
    png = bytearray(b"\x89PNG signature")
    flow.signature_rendered(effect(flow, EffectKind.RENDER_SIGNATURE).op, png)
    flow.wipe()
    assert png == bytearray(len(png))


def test_events_out_of_step_are_caller_errors():
    flow = social_card_flow()
    with pytest.raises(ApplyFlowError):
        flow.review_next()
    with pytest.raises(ApplyFlowError):
        flow.finish()


# ------------------------------------------------------------------------------ bundles


def bundle_flow() -> ApplyFlow:
    bundle, items = newborn_bundle()
    return ApplyFlow(
        items,
        bundle=bundle,
        identity=zhang(),
        verified_level="idcard_face",
        kiosk_id="KIOSK-DEMO-0001",
        now=lambda: NOW,
    )


def test_a_bundle_asks_shared_fields_once_then_each_items_own():
    flow = bundle_flow()
    names = [spec.name for spec, _ in flow.fields]
    assert len(names) == len(set(names))
    shared = [spec.name for spec, owners in flow.fields if len(owners) > 1]
    assert {"applicant_name", "id_number", "phone", "baby_name", "consent"} <= set(shared)
    own = [spec.name for spec, owners in flow.fields if len(owners) == 1]
    assert names == shared + own
    assert "bank" in own and "email" in own


def test_a_bundle_needs_the_strictest_identity():
    bundle, items = newborn_bundle()
    flow = ApplyFlow(items, bundle=bundle, verified_level="idcard")
    assert flow.level == "idcard_face" and flow.step is Step.IDENTITY


def test_bundle_materials_are_deduplicated():
    flow = bundle_flow()
    names = [n.name for n in flow.needs]
    assert names.count("居民身份证") == 1 and names.count("出生医学证明") == 1
    birth = flow.need("ecert:birth_cert")
    assert birth.required  # optional for the social card, required for the others
    assert len(birth.refs) == 4


def fill_bundle(flow: ApplyFlow) -> None:
    for name, value in {
        "phone": "13800000001",
        "baby_name": "张小宝",
        "baby_sex": "男",
        "baby_birth_date": "2026-11-01",
        "birth_hospital": "济南市妇幼保健院",
        "bank": "中国银行",
        "consent": True,
    }.items():
        flow.set_value(name, value)


def test_a_bundle_submits_one_application_per_item_with_its_own_key():
    bundle, items = newborn_bundle()
    flow = bundle_flow()
    query = effect(flow, EffectKind.QUERY_ECERTS)
    flow.ecerts_loaded(query.op, ECERTS)
    fill_bundle(flow)
    flow.form_next()
    assert flow.step is Step.MATERIALS, flow.errors
    scan_photo(flow, "ecert:birth_cert")
    scan_photo(flow)
    flow.materials_next()
    assert flow.step is Step.REVIEW, flow.missing_materials
    flow.review_next()
    enqueue = submit(flow)
    entries = enqueue.payload["entries"]
    assert [e["payload"]["item_id"] for e in entries] == bundle["item_ids"]
    assert {e["payload"]["bundle_id"] for e in entries} == {"B04"}
    assert len({e["idempotency_key"] for e in entries}) == len(items)
    social = entries[bundle["item_ids"].index(by_name("社会保障卡申领")["item_id"])]
    assert "bank" in social["payload"]["form"] and "baby_name" not in social["payload"]["form"]
    household = entries[
        bundle["item_ids"].index(by_name("本市户口登记（申报出生登记）")["item_id"])
    ]
    household_sources = {m["material_id"]: m["source"] for m in household["payload"]["materials"]}
    assert household_sources == {"M1": "ecert", "M2": "ecert", "M3": "scan"}
    flow.enqueued(enqueue.op, [f"ob-{i}" for i in range(len(items))])
    for i in range(len(items)):
        assert flow.step is Step.WAITING
        flow.application_done(f"ob-{i}", {"application_id": f"SQ{i}"})
    assert flow.step is Step.RECEIPT
    assert [line.number for line in flow.receipt] == [f"SQ{i}" for i in range(len(items))]


def test_bundle_deliveries_are_chosen_per_item():
    flow = bundle_flow()
    assert len(flow.deliveries) == len(flow.items)
    for index, method in enumerate(flow.deliveries):
        assert method in flow.delivery_choices(index) and method != "post"
