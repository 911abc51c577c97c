"""Applications: creation, Idempotency-Key semantics, server-side validation, status, query."""

from __future__ import annotations

import hashlib
import threading
import uuid

import pytest
import requests
from central_support import (
    KIOSK_ID,
    LI,
    PASSWORD,
    SOCIAL_CARD,
    ZHANG,
    ZHAO,
    Kiosk,
    application,
    jpeg,
)


def code(response) -> str:
    return response.json()["error"]["code"]


def test_create_answers_201_with_id_and_promise(kiosk):
    response = kiosk.post("/api/v1/applications", application(kiosk))
    assert response.status_code == 201, response.text
    answer = response.json()
    assert answer["application_id"].startswith("SQ")
    assert len(answer["application_id"]) == 16
    assert answer["status"] == "received"
    assert answer["promised_date"] >= answer["received_at"][:10]
    assert answer["query_code"].isdigit()
    assert "Idempotent-Replayed" not in response.headers


def test_same_key_same_body_replays_the_first_answer(kiosk, server):
    body = application(kiosk)
    key = uuid.uuid4().hex
    first = kiosk.post("/api/v1/applications", body, key=key)
    again = kiosk.post("/api/v1/applications", body, key=key)
    assert again.status_code == first.status_code == 201
    assert again.json() == first.json()
    assert again.headers["Idempotent-Replayed"] == "true"
    found = server.platform.list_applications(query=first.json()["application_id"])
    assert len(found) == 1


def test_replay_ignores_key_order_and_whitespace(kiosk):
    body = application(kiosk)
    key = uuid.uuid4().hex
    first = kiosk.post("/api/v1/applications", body, key=key)
    reordered = dict(reversed(list(body.items())))
    again = kiosk.post("/api/v1/applications", reordered, key=key)
    assert again.headers["Idempotent-Replayed"] == "true"
    assert again.json() == first.json()


def test_same_key_different_body_is_422_mismatch(kiosk):
    key = uuid.uuid4().hex
    assert kiosk.post("/api/v1/applications", application(kiosk), key=key).status_code == 201
    response = kiosk.post("/api/v1/applications", application(kiosk), key=key)
    assert response.status_code == 422
    assert code(response) == "idempotency_mismatch"


def test_keys_are_per_kiosk(kiosk, other_kiosk):
    key = uuid.uuid4().hex
    mine = kiosk.post("/api/v1/applications", application(kiosk), key=key)
    theirs = other_kiosk.post("/api/v1/applications", application(other_kiosk), key=key)
    assert theirs.status_code == 201
    assert theirs.json()["application_id"] != mine.json()["application_id"]


def test_missing_idempotency_key_is_400(kiosk):
    response = kiosk.request("POST", "/api/v1/applications", application(kiosk))
    assert response.status_code == 400
    assert code(response) == "idempotency_key_missing"


def test_concurrent_duplicates_create_one_application(kiosk, server):
    body = application(kiosk)
    key = uuid.uuid4().hex
    results = []

    def send() -> None:
        client = Kiosk(kiosk.base_url, kiosk.kiosk_id, kiosk.key)
        results.append(client.post("/api/v1/applications", body, key=key))

    threads = [threading.Thread(target=send) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert all(r.status_code in (201, 409) for r in results)
    ids = {r.json()["application_id"] for r in results if r.status_code == 201}
    assert len(ids) == 1
    assert sum(1 for r in results if "Idempotent-Replayed" not in r.headers) == 1
    rows = server.platform.list_applications(query=ids.pop())
    assert len(rows) == 1


def test_unknown_attachment_is_422_attachment_missing(kiosk):
    body = application(kiosk)
    scan = next(m for m in body["materials"] if m["source"] == "scan")
    scan["sha256"] = "0" * 64
    response = kiosk.post("/api/v1/applications", body)
    assert response.status_code == 422
    assert code(response) == "attachment_missing"
    assert response.json()["error"]["material_id"] == scan["material_id"]


def test_rejected_request_can_be_retried_with_the_same_key(kiosk):
    body = application(kiosk)
    scan = next(m for m in body["materials"] if m["source"] == "scan")
    data = jpeg("late")
    scan["sha256"] = hashlib.sha256(data).hexdigest()
    key = uuid.uuid4().hex
    assert code(kiosk.post("/api/v1/applications", body, key=key)) == "attachment_missing"
    kiosk.upload(data)
    assert kiosk.post("/api/v1/applications", body, key=key).status_code == 201


def test_form_errors_are_422_with_fields(kiosk):
    body = application(kiosk)
    body["form"]["phone"] = "12345"
    body["form"]["bank"] = "不存在的银行"
    del body["form"]["birth_date"]
    body["form"]["consent"] = False
    response = kiosk.post("/api/v1/applications", body)
    assert response.status_code == 422
    error = response.json()["error"]
    assert error["code"] == "form_invalid"
    found = {(f["field"], f["code"]) for f in error["fields"]}
    assert found == {
        ("phone", "pattern"),
        ("bank", "option"),
        ("birth_date", "required"),
        ("consent", "required"),
    }
    assert all(f["message"] for f in error["fields"])


def test_form_id_number_must_match_the_applicant(kiosk):
    body = application(kiosk)
    body["form"]["id_number"] = LI
    response = kiosk.post("/api/v1/applications", body)
    assert code(response) == "form_invalid"
    assert response.json()["error"]["fields"][0]["code"] == "applicant_mismatch"


def test_invalid_applicant_id_number(kiosk):
    body = application(kiosk)
    body["applicant"]["id_number"] = ZHANG[:-1] + "9"
    response = kiosk.post("/api/v1/applications", body)
    fields = {f["field"] for f in response.json()["error"]["fields"]}
    assert "applicant.id_number" in fields


def test_malformed_body_is_422_invalid_request(kiosk):
    response = kiosk.post("/api/v1/applications", {"item_id": SOCIAL_CARD})
    assert response.status_code == 422
    error = response.json()["error"]
    assert error["code"] == "invalid_request"
    assert {"visit_id", "applicant", "delivery"} <= {f["field"] for f in error["fields"]}


def test_guide_only_item_cannot_be_applied_for(kiosk):
    body = application(kiosk, item_id="3701-XZSPJ-0001")  # 企业设立登记: guide only
    response = kiosk.post("/api/v1/applications", body)
    assert response.status_code == 422
    assert code(response) == "not_self_service"


def test_required_material_missing(kiosk):
    body = application(kiosk)
    body["materials"] = body["materials"][1:]
    response = kiosk.post("/api/v1/applications", body)
    assert code(response) == "material_missing"


def test_commitment_only_where_tolerance_allows(kiosk):
    fund = application(kiosk, item_id="3701-GJJ-0001")  # M2 提取事由证明材料: tolerance
    fund["materials"] = [
        m if m["material_id"] != "M2" else {"material_id": "M2", "source": "commitment"}
        for m in fund["materials"]
    ]
    assert kiosk.post("/api/v1/applications", fund).status_code == 201
    card = application(kiosk)
    card["materials"][0] = {"material_id": "M1", "source": "commitment"}
    assert code(kiosk.post("/api/v1/applications", card)) == "commitment_not_allowed"


def test_ecert_must_belong_to_the_applicant(kiosk):
    body = application(kiosk)
    zhao_cert = kiosk.post("/api/v1/ecerts/query", {"id_number": ZHAO}).json()[0]
    body["materials"][0] = {"material_id": "M1", "source": "ecert", "cert_id": zhao_cert["cert_id"]}
    assert code(kiosk.post("/api/v1/applications", body)) == "ecert_invalid"


def test_delivery_method_must_be_offered(kiosk):
    body = application(kiosk, delivery={"method": "ecert"})  # the card is physical
    response = kiosk.post("/api/v1/applications", body)
    assert response.json()["error"]["fields"][0]["field"] == "delivery.method"


def test_status_and_timeline(kiosk):
    created = kiosk.post("/api/v1/applications", application(kiosk)).json()
    status = kiosk.get(f"/api/v1/applications/{created['application_id']}").json()
    assert status["status"] == "received"
    assert status["item_name"] == "社会保障卡申领"
    assert status["holder_hint"] == "3701**********0118"
    assert [e["status"] for e in status["timeline"]] == ["received"]
    assert KIOSK_ID in status["timeline"][0]["note"]


def test_unknown_application_is_404(kiosk):
    response = kiosk.get("/api/v1/applications/SQ20000101000001")
    assert response.status_code == 404
    assert code(response) == "application_not_found"


def test_query_by_id_number_is_newest_first(kiosk):
    a = kiosk.post("/api/v1/applications", application(kiosk)).json()["application_id"]
    b = kiosk.post("/api/v1/applications", application(kiosk)).json()["application_id"]
    found = kiosk.post("/api/v1/applications/query", {"id_number": ZHANG}).json()
    ids = [f["application_id"] for f in found]
    assert ids.index(b) < ids.index(a)
    assert all(f["holder_hint"] == "3701**********0118" for f in found)


def test_query_by_application_id(kiosk):
    found = kiosk.post("/api/v1/applications/query", {"id_number": ZHAO}).json()
    assert found[0]["status"] == "ready_for_pickup"
    assert found[0]["pickup"]["compartment"] == "1-3"
    one = kiosk.post(
        "/api/v1/applications/query", {"application_id": found[0]["application_id"]}
    ).json()
    assert [x["application_id"] for x in one] == [found[0]["application_id"]]


@pytest.mark.parametrize("body", [{}, {"id_number": ZHANG, "application_id": "SQ1"}])
def test_query_needs_exactly_one_key(kiosk, body):
    assert kiosk.post("/api/v1/applications/query", body).status_code == 422


def test_staff_decision_shows_in_the_timeline(kiosk, server):
    app_id = kiosk.post("/api/v1/applications", application(kiosk)).json()["application_id"]
    for status in ("accepted", "need_more"):
        answer = requests.post(
            f"{server.url}/sandbox/applications/{app_id}/status",
            json={"status": status, "note": "请补充照片"},
            headers={"X-Console-Password": PASSWORD},
        )
        assert answer.status_code == 200
    timeline = kiosk.get(f"/api/v1/applications/{app_id}").json()["timeline"]
    assert [e["status"] for e in timeline] == ["received", "accepted", "need_more"]
    assert timeline[-1]["note"] == "请补充照片"
