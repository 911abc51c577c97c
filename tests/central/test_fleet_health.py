"""Fleet health at a glance: the verdict rules, and the console page on the real server."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from central.fleet import kiosk_health, paper_of

CST = timezone(timedelta(hours=8))
NOW = datetime(2026, 11, 22, 10, 0, tzinfo=CST)

GOOD = {
    "devices": {
        "printer": {"state": "online", "sub": {"paper": "full"}, "detail": ""},
        "idcard": {"state": "online", "sub": {}, "detail": ""},
        "camera": {"state": "online", "sub": {}, "detail": ""},
    },
    "queue_depth": 0,
    "oldest_queued_age_s": 0,
    "dead_letters": 0,
    "disk_free_mb": 20_000,
    "versions": {"kiosk": "0.1.0", "catalogue": 3},
    "heartbeat_interval_s": 60,
    "started_at": "2026-11-22T01:00:00+00:00",
    "uptime_s": 3600,
    "cabinet": {"total": 24, "occupied": 5, "free": 19, "flagged": 0, "ready": True},
}


def record(hb: dict | None = None, seen_ago_s: float = 10, **extra) -> dict:
    last_seen = None if hb is None else (NOW - timedelta(seconds=seen_ago_s)).isoformat()
    return {"kiosk_id": "KIOSK-A", "revoked": 0, "last_seen": last_seen, "heartbeat": hb, **extra}


def with_(**changes) -> dict:
    return {**GOOD, **changes}


# ------------------------------------------------------------------------------ the rules


def test_all_well_is_ok():
    h = kiosk_health(record(GOOD), NOW)
    assert (h.health, h.reasons) == ("ok", [])
    assert h.paper == "full" and h.cabinet == "5/24"


def test_never_heard_is_silent():
    h = kiosk_health(record(None), NOW)
    assert h.health == "silent" and h.reasons == ["从未上报心跳"]


def test_silent_after_three_of_its_own_intervals():
    assert kiosk_health(record(GOOD, seen_ago_s=170), NOW).health == "ok"
    late = kiosk_health(record(GOOD, seen_ago_s=190), NOW)
    assert late.health == "silent" and late.reasons == ["3 分钟没有心跳"]
    fast = with_(heartbeat_interval_s=5)
    assert kiosk_health(record(fast, seen_ago_s=16), NOW).health == "silent"


def test_paper_low_is_degraded_with_the_reason():
    hb = with_(devices={"printer": {"state": "online", "sub": {"paper": "low"}}})
    h = kiosk_health(record(hb), NOW)
    assert (h.health, h.paper, h.reasons) == ("degraded", "low", ["纸张将尽"])


def test_flat_paper_key_is_read_too():
    assert paper_of({"printer": {"state": "online", "paper": "out"}}) == "out"
    assert paper_of({"idcard": "online"}) == ""


def test_one_device_fault_degrades_most_devices_down():
    one = dict(GOOD["devices"], camera={"state": "hardware_error"})
    assert kiosk_health(record(with_(devices=one)), NOW).reasons == ["设备故障：camera"]
    most = dict(one, idcard={"state": "offline"})
    h = kiosk_health(record(with_(devices=most)), NOW)
    assert h.health == "down" and h.reasons == ["多数设备故障：camera、idcard"]


def test_queue_dead_letters_cabinet_and_disk_degrade():
    hb = with_(
        dead_letters=2,
        oldest_queued_age_s=7200,
        disk_free_mb=800,
        cabinet={"total": 24, "occupied": 24, "free": 0, "flagged": 1, "ready": True},
    )
    h = kiosk_health(record(hb), NOW)
    assert h.health == "degraded"
    assert h.reasons == [
        "磁盘空间不足（剩余 800 MB）",
        "2 条死信",
        "最早待发 2 小时前",
        "1 个柜格待处理",
    ]


def test_full_disk_or_revoked_key_is_down():
    assert kiosk_health(record(with_(disk_free_mb=50)), NOW).health == "down"
    revoked = kiosk_health(record(GOOD, revoked=1), NOW)
    assert revoked.health == "down" and revoked.reasons == ["密钥已吊销"]


def test_clock_skew_is_degraded():
    h = kiosk_health(record(GOOD, clock_skew_s=-300), NOW)
    assert h.reasons == ["时钟偏差 -300 秒"]


def test_old_heartbeat_without_new_fields_still_works():
    hb = {"devices": {"printer": "online"}, "queue_depth": 1}
    h = kiosk_health(record(hb), NOW)
    assert h.health == "ok" and h.cabinet == "" and h.interval_s == 60


# ------------------------------------------------------------------------------ the page


def row_of(page: str, kiosk_id: str) -> str:
    return page.split(f'id="kiosk-{kiosk_id}"', 1)[1].split("</tr>", 1)[0]


def test_page_shows_health_paper_cabinet_and_counts(console, new_kiosk):
    hb = with_(
        devices={"printer": {"state": "online", "sub": {"paper": "low"}, "detail": ""}},
        queue_depth=3,
        oldest_queued_age_s=42,
        dead_letters=1,
    )
    assert new_kiosk.request("POST", "/api/v1/heartbeat", hb).status_code == 200
    page = console.get("/console/fleet").text
    row = row_of(page, new_kiosk.kiosk_id)
    assert 'data-health="degraded"' in row
    assert "需关注" in row and "纸张将尽" in row and "1 条死信" in row
    assert ">将尽<" in row.replace("\n", "")
    assert "5/24" in row
    assert "42 秒" in row and "20000 MB" in row and "catalogue=3" in row
    assert "printer：online（paper=low）" in row  # the kiosk's {"sub": {...}} flattened
    assert "60 分钟" in row  # uptime
    assert 'class="health h-degraded"' in page.split("<table", 1)[0]  # the summary line


def test_page_shows_a_kiosk_that_never_reported_as_silent(console, new_kiosk):
    row = row_of(console.get("/console/fleet").text, new_kiosk.kiosk_id)
    assert 'data-health="silent"' in row and "从未上报心跳" in row


def test_page_shows_a_kiosk_gone_quiet_as_silent(server, console, new_kiosk):
    new_kiosk.request("POST", "/api/v1/heartbeat", with_(heartbeat_interval_s=5))
    long_ago = (server.platform.now() - timedelta(minutes=10)).isoformat(timespec="seconds")
    with server.platform.db.tx() as conn:
        conn.execute(
            "UPDATE kiosks SET last_seen = ? WHERE kiosk_id = ?", (long_ago, new_kiosk.kiosk_id)
        )
    row = row_of(console.get("/console/fleet").text, new_kiosk.kiosk_id)
    assert 'data-health="silent"' in row and "10 分钟没有心跳" in row


def test_heartbeat_keeps_the_fleet_fields(server, new_kiosk):
    new_kiosk.request("POST", "/api/v1/heartbeat", GOOD)
    stored = next(k for k in server.platform.fleet() if k["kiosk_id"] == new_kiosk.kiosk_id)
    hb = stored["heartbeat"]
    assert hb["cabinet"]["occupied"] == 5 and hb["heartbeat_interval_s"] == 60
    assert hb["started_at"] == GOOD["started_at"] and hb["uptime_s"] == 3600
