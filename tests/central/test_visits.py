"""Per-visit resources: ratings (one per visit), queue tickets, appointment check-in, help,
identity verification sandbox and e-certificates."""

from __future__ import annotations

import base64
import uuid

import pytest
from central_support import LI, SUN, WANG, ZHANG, ZHAO, face_b64


def code(response) -> str:
    return response.json()["error"]["code"]


def rating(**overrides) -> dict:
    body = {
        "visit_id": uuid.uuid4().hex,
        "item_id": "3701-RSJ-0001",
        "level": 5,
        "reasons": ["办理快捷", "界面清晰"],
        "comment": "很方便",
    }
    body.update(overrides)
    return body


def test_rating_is_201(kiosk):
    response = kiosk.post("/api/v1/evaluations", rating())
    assert response.status_code == 201
    assert response.json()["evaluation_id"].startswith("PJ")


def test_second_rating_of_a_visit_is_409_already_rated(kiosk):
    body = rating()
    assert kiosk.post("/api/v1/evaluations", body).status_code == 201
    again = kiosk.post("/api/v1/evaluations", rating(visit_id=body["visit_id"], level=1))
    assert again.status_code == 409
    assert code(again) == "already_rated"


def test_rating_retry_with_the_same_key_is_a_replay(kiosk):
    body = rating()
    key = uuid.uuid4().hex
    first = kiosk.post("/api/v1/evaluations", body, key=key)
    again = kiosk.post("/api/v1/evaluations", body, key=key)
    assert again.status_code == 201
    assert again.headers["Idempotent-Replayed"] == "true"
    assert again.json() == first.json()


@pytest.mark.parametrize("level", [0, 6])
def test_rating_level_is_1_to_5(kiosk, level):
    response = kiosk.post("/api/v1/evaluations", rating(level=level))
    assert response.status_code == 422
    assert response.json()["error"]["fields"][0]["field"] == "level"


def test_queue_tickets_count_up_per_service(fresh):
    _server, kiosk, _other = fresh
    first = kiosk.post("/api/v1/queue/tickets", {"service_type": "social_security"}).json()
    second = kiosk.post("/api/v1/queue/tickets", {"service_type": "social_security"}).json()
    other = kiosk.post("/api/v1/queue/tickets", {"service_type": "housing_fund"}).json()
    assert (first["ticket_no"], second["ticket_no"], other["ticket_no"]) == ("B001", "B002", "D001")
    assert (first["waiting"], second["waiting"]) == (0, 1)
    assert first["issued_at"].endswith("+08:00")


def test_ticket_retry_does_not_issue_a_second_ticket(kiosk):
    key = uuid.uuid4().hex
    first = kiosk.post("/api/v1/queue/tickets", {"service_type": "tax"}, key=key).json()
    again = kiosk.post("/api/v1/queue/tickets", {"service_type": "tax"}, key=key).json()
    assert again == first
    following = kiosk.post("/api/v1/queue/tickets", {"service_type": "tax"}).json()
    assert int(following["ticket_no"][1:]) == int(first["ticket_no"][1:]) + 1


def test_appointment_checkin_by_id_number(kiosk):
    response = kiosk.post("/api/v1/appointments/checkin", {"id_number": ZHAO})
    assert response.status_code == 201
    answer = response.json()
    assert answer["window"] == "3号窗口"
    assert answer["ticket_no"].startswith("Y")
    assert answer["time"].endswith("T10:30:00+08:00")
    assert answer["appointment_id"].startswith("YY")


def test_appointment_checkin_by_code_and_twice(kiosk):
    first = kiosk.post("/api/v1/appointments/checkin", {"code": "88000005"}).json()
    again = kiosk.post("/api/v1/appointments/checkin", {"id_number": SUN})
    assert again.status_code == 200
    assert again.json()["already_checked_in"] is True
    assert again.json()["ticket_no"] == first["ticket_no"]


def test_no_appointment_is_404(kiosk):
    response = kiosk.post("/api/v1/appointments/checkin", {"id_number": ZHANG})
    assert response.status_code == 404
    assert code(response) == "no_appointment"


def test_help_request(server, kiosk):
    visit = uuid.uuid4().hex
    response = kiosk.post("/api/v1/help", {"screen": "materials", "visit_id": visit})
    assert response.status_code == 201
    answer = response.json()
    assert answer["status"] == "open"
    stored = [h for h in server.platform.help_requests() if h["help_id"] == answer["help_id"]]
    assert stored[0]["screen"] == "materials"
    assert stored[0]["visit_id"] == visit


@pytest.mark.parametrize(
    ("id_number", "name", "result"),
    [
        (ZHANG, "张三", "match"),
        (LI, "李四", "no_match"),
        (WANG, "王五", "unavailable"),
        (ZHANG, "张四", "no_match"),
        ("110101199003070011", "路人甲", "match"),
    ],
)
def test_identity_sandbox_outcomes(kiosk, id_number, name, result):
    body = {"id_number": id_number, "name": name, "face_jpeg_b64": face_b64()}
    answer = kiosk.request("POST", "/api/v1/identity/verify", body).json()
    assert answer["result"] == result
    if result == "unavailable":
        assert answer["score"] is None
    else:
        assert 0 <= answer["score"] <= 1


def test_identity_refuses_what_is_not_a_jpeg(kiosk):
    body = {
        "id_number": ZHANG,
        "name": "张三",
        "face_jpeg_b64": base64.b64encode(b"\x89PNG\r\n\x1a\n....").decode(),
    }
    response = kiosk.request("POST", "/api/v1/identity/verify", body)
    assert response.status_code == 422
    assert code(response) == "bad_image"


def test_identity_refuses_a_bad_check_digit(kiosk):
    body = {"id_number": ZHANG[:-1] + "7", "name": "张三", "face_jpeg_b64": face_b64()}
    assert code(kiosk.request("POST", "/api/v1/identity/verify", body)) == "invalid_id_number"


def test_ecerts_of_a_test_resident(kiosk):
    certs = kiosk.post("/api/v1/ecerts/query", {"id_number": ZHANG}).json()
    assert {c["type"] for c in certs} >= {"resident_id", "household_register", "marriage_cert"}
    assert all(
        set(c) == {"cert_id", "type", "name", "issuer", "issued_at", "valid_to"} for c in certs
    )


def test_ecerts_of_anyone_else_are_empty(kiosk):
    assert kiosk.post("/api/v1/ecerts/query", {"id_number": "110101199003070011"}).json() == []
