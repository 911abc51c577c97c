"""Pickups (per kiosk, events, idempotent), heartbeats with commands, command acks."""

from __future__ import annotations

import hashlib
import uuid

import pytest
import requests
from central_support import KIOSK_ID, OTHER_KIOSK, PASSWORD, application

DEMO_CODE = "246810"  # 赵六's seeded pickup in compartment 1-3


def code(response) -> str:
    return response.json()["error"]["code"]


def sandbox(server, path: str, body: dict) -> requests.Response:
    response = requests.post(server.url + path, json=body, headers={"X-Console-Password": PASSWORD})
    assert response.status_code == 200, response.text
    return response


def seeded_pickup(kiosk) -> dict:
    pickups = kiosk.get(f"/api/v1/kiosks/{KIOSK_ID}/pickups").json()
    return next(p for p in pickups if p["compartment"] == "1-3")


def cabinet_pickup(server, kiosk, target: str, *, deposited: bool = True) -> dict:
    """A new application by 张三, approved by staff and put in ``target``'s cabinet."""
    app_id = kiosk.post("/api/v1/applications", application(kiosk)).json()["application_id"]
    for status in ("accepted", "approved"):
        sandbox(server, f"/sandbox/applications/{app_id}/status", {"status": status})
    made = sandbox(
        server,
        f"/sandbox/applications/{app_id}/pickup",
        {"kiosk_id": target, "compartment": "2-1", "deposited": deposited},
    ).json()
    return {**made, "application_id": app_id}


def test_seeded_pickup_of_zhao_liu(kiosk):
    pickup = seeded_pickup(kiosk)
    assert pickup["status"] == "deposited"
    assert pickup["item_name"] == "社会保障卡补领"
    assert pickup["holder_hint"] == "3701**********042X"
    assert pickup["code_sha256"] == hashlib.sha256(DEMO_CODE.encode()).hexdigest()


def test_a_kiosk_reads_only_its_own_pickups(kiosk):
    response = kiosk.get(f"/api/v1/kiosks/{OTHER_KIOSK}/pickups")
    assert response.status_code == 403


def test_collected_closes_the_pickup_and_the_application(server, kiosk, new_kiosk):
    made = cabinet_pickup(server, kiosk, new_kiosk.kiosk_id)
    event = {"event": "collected", "compartment": "2-1", "at": "2026-11-22T10:00:00+08:00"}
    response = new_kiosk.post(f"/api/v1/pickups/{made['pickup_id']}/events", event)
    assert response.status_code == 200
    assert response.json()["status"] == "collected"
    assert new_kiosk.get(f"/api/v1/kiosks/{new_kiosk.kiosk_id}/pickups").json() == []
    status = kiosk.get(f"/api/v1/applications/{made['application_id']}").json()
    assert status["status"] == "collected"


def test_pickup_event_retry_is_a_replay(server, kiosk, new_kiosk):
    made = cabinet_pickup(server, kiosk, new_kiosk.kiosk_id)
    key = uuid.uuid4().hex
    event = {"event": "collected", "compartment": "2-1", "at": "2026-11-22T10:00:00+08:00"}
    first = new_kiosk.post(f"/api/v1/pickups/{made['pickup_id']}/events", event, key=key)
    again = new_kiosk.post(f"/api/v1/pickups/{made['pickup_id']}/events", event, key=key)
    assert again.headers["Idempotent-Replayed"] == "true"
    assert again.json() == first.json()


def test_staff_put_in_cabinet_then_deposited_then_collected(server, kiosk, new_kiosk):
    made = cabinet_pickup(server, kiosk, new_kiosk.kiosk_id, deposited=False)
    own = f"/api/v1/kiosks/{new_kiosk.kiosk_id}/pickups"
    listed = new_kiosk.get(own).json()
    assert [(p["pickup_id"], p["status"]) for p in listed] == [(made["pickup_id"], "assigned")]
    assert listed[0]["code_sha256"] == hashlib.sha256(made["code"].encode()).hexdigest()
    path = f"/api/v1/pickups/{made['pickup_id']}/events"
    deposited = new_kiosk.post(path, {"event": "deposited", "compartment": "2-2", "at": None})
    assert deposited.json()["status"] == "deposited"
    assert new_kiosk.get(own).json()[0]["compartment"] == "2-2"
    new_kiosk.post(path, {"event": "collected", "compartment": "2-2", "at": None})
    timeline = kiosk.get(f"/api/v1/applications/{made['application_id']}").json()["timeline"]
    assert [e["status"] for e in timeline][-2:] == ["ready_for_pickup", "collected"]


def test_door_alarm_is_recorded_without_changing_status(server, kiosk):
    pickup = seeded_pickup(kiosk)
    response = kiosk.post(
        f"/api/v1/pickups/{pickup['pickup_id']}/events",
        {"event": "door_alarm", "compartment": "1-3", "at": None},
    )
    assert response.json()["status"] == "deposited"
    latest = server.platform.pickup_events()[0]
    assert (latest["pickup_id"], latest["event"]) == (pickup["pickup_id"], "door_alarm")


def test_events_on_another_kiosks_pickup_are_403(kiosk, other_kiosk):
    pickup = seeded_pickup(kiosk)
    response = other_kiosk.post(
        f"/api/v1/pickups/{pickup['pickup_id']}/events",
        {"event": "collected", "compartment": "1-3", "at": None},
    )
    assert response.status_code == 403
    assert code(response) == "not_your_pickup"
    assert seeded_pickup(kiosk)["status"] == "deposited"


def test_unknown_pickup_and_unknown_event(kiosk):
    missing = kiosk.post("/api/v1/pickups/QJ0/events", {"event": "collected"})
    assert missing.status_code == 404
    wrong = kiosk.post("/api/v1/pickups/QJ0/events", {"event": "exploded"})
    assert wrong.status_code == 422


def test_only_approved_applications_go_in_a_cabinet(server, kiosk):
    app_id = kiosk.post("/api/v1/applications", application(kiosk)).json()["application_id"]
    answer = requests.post(
        f"{server.url}/sandbox/applications/{app_id}/pickup",
        json={"kiosk_id": KIOSK_ID, "compartment": "1-1"},
        headers={"X-Console-Password": PASSWORD},
    )
    assert answer.status_code == 409


HEARTBEAT = {
    "devices": {
        "printer": {"state": "online", "paper": "low"},
        "idcard": "online",
        "cabinet": {"state": "hardware_error"},
    },
    "queue_depth": 3,
    "oldest_queued_age_s": 42.5,
    "dead_letters": 1,
    "disk_free_mb": 5120,
    "versions": {"app": "0.1.0", "catalogue": 1},
    "clock": "2026-11-22T10:00:00+08:00",
}


def test_heartbeat_is_stored_and_answers_server_time(server, new_kiosk):
    answer = new_kiosk.request("POST", "/api/v1/heartbeat", HEARTBEAT).json()
    assert answer["commands"] == []
    assert answer["server_time"].endswith("+08:00")
    stored = next(k for k in server.platform.fleet() if k["kiosk_id"] == new_kiosk.kiosk_id)
    assert stored["heartbeat"]["queue_depth"] == 3
    assert stored["heartbeat"]["devices"]["printer"]["paper"] == "low"


def test_commands_come_with_heartbeats_until_acked(server, new_kiosk, other_kiosk):
    command_id = sandbox(
        server,
        f"/sandbox/kiosks/{new_kiosk.kiosk_id}/commands",
        {"type": "maintenance_on", "args": {"reason": "维修打印机"}},
    ).json()["command_id"]
    for _ in range(2):
        commands = new_kiosk.request("POST", "/api/v1/heartbeat", HEARTBEAT).json()["commands"]
        assert commands == [
            {"command_id": command_id, "type": "maintenance_on", "args": {"reason": "维修打印机"}}
        ]
    assert other_kiosk.request("POST", "/api/v1/heartbeat", {}).json()["commands"] == []
    ack = new_kiosk.request("POST", f"/api/v1/commands/{command_id}/ack", {"result": "applied"})
    assert ack.json() == {"command_id": command_id, "status": "applied"}
    assert new_kiosk.request("POST", "/api/v1/heartbeat", HEARTBEAT).json()["commands"] == []


def test_ack_without_body_means_applied_and_is_repeatable(server, new_kiosk):
    command_id = server.platform.queue_command(new_kiosk.kiosk_id, "refresh_catalogue")
    first = new_kiosk.request("POST", f"/api/v1/commands/{command_id}/ack")
    again = new_kiosk.request(
        "POST", f"/api/v1/commands/{command_id}/ack", {"result": "refused", "message": "late"}
    )
    assert first.json()["status"] == again.json()["status"] == "applied"


def test_refused_command_is_recorded(server, new_kiosk):
    command_id = server.platform.queue_command(new_kiosk.kiosk_id, "reload_config")
    new_kiosk.request(
        "POST",
        f"/api/v1/commands/{command_id}/ack",
        {"result": "refused", "message": "busy with a resident"},
    )
    stored = server.platform.commands(new_kiosk.kiosk_id)[0]
    assert (stored["status"], stored["message"]) == ("refused", "busy with a resident")


@pytest.mark.parametrize(("who", "status"), [("other", 403), ("nobody", 404)])
def test_ack_of_foreign_or_unknown_command(server, new_kiosk, other_kiosk, who, status):
    command_id = server.platform.queue_command(new_kiosk.kiosk_id, "maintenance_off")
    client = other_kiosk if who == "other" else new_kiosk
    target = command_id if who == "other" else "CMD999999"
    assert client.request("POST", f"/api/v1/commands/{target}/ack").status_code == status


def test_unknown_command_type_is_refused(server):
    answer = requests.post(
        f"{server.url}/sandbox/kiosks/{KIOSK_ID}/commands",
        json={"type": "self_destruct"},
        headers={"X-Console-Password": PASSWORD},
    )
    assert answer.status_code == 422
