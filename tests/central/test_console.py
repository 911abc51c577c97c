"""Staff console: login, pages render, ID numbers masked in lists, actions reach the kiosk API."""

from __future__ import annotations

import uuid

import pytest
import requests
from central_support import KIOSK_ID, ZHANG, ZHAO, Console, application

PAGES = [
    "/console/applications",
    "/console/fleet",
    "/console/help",
    "/console/evaluations",
    "/console/catalogue",
    "/console/catalogue?q=社保卡",
    "/console/catalogue/items/3701-RSJ-0001",
]


def test_pages_need_a_login(server):
    response = requests.get(server.url + "/console/applications", allow_redirects=False)
    assert response.status_code == 303
    assert response.headers["Location"].startswith("/console/login")


def test_wrong_password_is_refused(server):
    response = requests.post(server.url + "/console/login", data={"password": "guess"})
    assert "密码错误" in response.text
    assert "central_console" not in response.cookies


@pytest.mark.parametrize("page", PAGES)
def test_pages_render(console, page):
    response = console.get(page)
    assert response.status_code == 200
    assert response.headers["Content-Type"].startswith("text/html")
    assert "工作人员后台" in response.text


def test_application_list_masks_id_numbers(console):
    page = console.get("/console/applications").text
    assert ZHAO not in page and ZHANG not in page
    assert "3701**********042X" in page
    assert "赵*" in page


def test_catalogue_page_counts_and_finds_by_alias(console):
    page = console.get("/console/catalogue?q=社保卡").text
    assert "2462 项" in page
    assert "3701-RSJ-0001" in page and "社会保障卡申领" in page


def test_list_filters_by_status(console):
    page = console.get("/console/applications?status=ready_for_pickup").text
    assert "社会保障卡补领" in page
    assert "住房公积金提取" not in page


def test_actions_need_the_csrf_token(server, console):
    app_id = server.platform.list_applications()[0]["application_id"]
    response = console.http.post(
        f"{server.url}/console/applications/{app_id}/status", data={"status": "accepted"}
    )
    assert response.status_code == 403


def test_accept_approve_and_put_in_cabinet(server, kiosk, console):
    staff = console
    app_id = kiosk.post("/api/v1/applications", application(kiosk)).json()["application_id"]
    detail = staff.get(f"/console/applications/{app_id}").text
    assert "社会保障卡申领" in detail and "受理" in detail
    for status in ("accepted", "approved"):
        page = staff.post(f"/console/applications/{app_id}/status", {"status": status, "note": ""})
        assert "已更新办件状态" in page.text
    page = staff.post(
        f"/console/applications/{app_id}/pickup", {"kiosk_id": KIOSK_ID, "compartment": "3-4"}
    )
    assert "取件码" in page.text
    pickups = kiosk.get(f"/api/v1/kiosks/{KIOSK_ID}/pickups").json()
    assert any(p["application_id"] == app_id and p["compartment"] == "3-4" for p in pickups)
    status = kiosk.get(f"/api/v1/applications/{app_id}").json()
    assert [e["status"] for e in status["timeline"]] == [
        "received",
        "accepted",
        "approved",
        "ready_for_pickup",
    ]


def test_invalid_transition_is_shown_not_applied(kiosk, console):
    staff = console
    app_id = kiosk.post("/api/v1/applications", application(kiosk)).json()["application_id"]
    page = staff.post(f"/console/applications/{app_id}/status", {"status": "collected"})
    assert "cannot go from received to collected" in page.text
    assert kiosk.get(f"/api/v1/applications/{app_id}").json()["status"] == "received"


def test_fleet_shows_heartbeat_and_sends_commands(console, new_kiosk):
    staff, kiosk = console, new_kiosk
    kiosk.request(
        "POST",
        "/api/v1/heartbeat",
        {
            "devices": {"printer": {"state": "online", "paper": "low"}, "cabinet": "offline"},
            "queue_depth": 7,
            "oldest_queued_age_s": 95,
            "dead_letters": 2,
            "disk_free_mb": 900,
            "versions": {"app": "0.1.0"},
        },
    )
    page = staff.get("/console/fleet").text
    row = page.split(kiosk.kiosk_id, 1)[1].split("</tr>", 1)[0]
    assert "low" in row and "cabinet：offline" in row
    assert ">7<" in row and "95 秒" in row
    result = staff.post(f"/console/fleet/{kiosk.kiosk_id}/command", {"type": "maintenance_on"})
    assert "将随下一次心跳下发" in result.text
    commands = kiosk.request("POST", "/api/v1/heartbeat", {}).json()["commands"]
    assert [c["type"] for c in commands] == ["maintenance_on"]


def test_revoke_from_the_fleet_page(console, new_kiosk):
    staff, kiosk = console, new_kiosk
    staff.post(f"/console/fleet/{kiosk.kiosk_id}/revoke", {"revoked": "1"})
    assert kiosk.get("/api/v1/items/3701-RSJ-0001").status_code == 403
    staff.post(f"/console/fleet/{kiosk.kiosk_id}/revoke", {"revoked": "0"})
    assert kiosk.get("/api/v1/items/3701-RSJ-0001").status_code == 200


def test_help_request_listed_and_resolved(kiosk, console):
    staff = console
    help_id = kiosk.post("/api/v1/help", {"screen": "face", "visit_id": uuid.uuid4().hex}).json()[
        "help_id"
    ]
    page = staff.get("/console/help").text
    assert help_id in page and "待处理" in page
    staff.post(f"/console/help/{help_id}/resolve", {"note": "已到场协助"})
    assert "已到场协助" in staff.get("/console/help").text


def test_item_edit_in_console_makes_a_delta(fresh):
    server, kiosk, _other = fresh
    staff = Console(server.url)
    base = server.platform.catalogue_version()
    form = {
        "name": "社会保障卡申领",
        "short_name": "社保卡申领",
        "kiosk_mode": "self_service",
        "amount_fen": "0",
        "fee_text": "不收费",
        "legal_days": "20",
        "promised_days": "1",
        "visits": "0",
    }
    page = staff.post("/console/catalogue/items/3701-RSJ-0001", form)
    assert f"目录版本 v{base + 1}" in page.text
    delta = kiosk.get(f"/api/v1/catalogue?since={base}").json()
    assert [i["item_id"] for i in delta["upserts"]] == ["3701-RSJ-0001"]
    assert delta["upserts"][0]["time_limit"]["promised_days"] == 1


def test_ratings_page_lists_ratings(kiosk, console):
    kiosk.post(
        "/api/v1/evaluations",
        {"visit_id": uuid.uuid4().hex, "level": 4, "reasons": ["等候时间短"], "comment": "不错"},
    )
    page = console.get("/console/evaluations").text
    assert "★★★★" in page and "等候时间短" in page


def test_logout_ends_the_session(server):
    staff = Console(server.url)
    staff.post("/console/logout")
    response = staff.http.get(server.url + "/console/fleet", allow_redirects=False)
    assert response.status_code == 303


def test_new_site_starts_from_the_default_lists(fresh):
    server, kiosk, _other = fresh
    staff = Console(server.url)
    page = staff.post("/console/catalogue/sites", {"site": "HALL-9", "new": "1"})
    assert "站点设置已保存" in page.text
    site = kiosk.get("/api/v1/catalogue?site=HALL-9").json()["site"]
    assert site["hot"] == server.platform.site_overrides()["DEFAULT"]["hot"]
