"""The seeded catalogue: size, content, bundles, ETag/304, deltas and site overrides."""

from __future__ import annotations

import csv
import gzip
import json
from collections import Counter
from pathlib import Path

import pytest
import requests
from central_support import PASSWORD

from central import seed as seed_module
from central.models import CatalogueDelta, CatalogueFull, Item
from central.seed import BUNDLE_ROWS, DEFAULT_SEED, generate_catalogue
from central.seed_data import SELF_SERVICE

SHARED_TSV = Path(__file__).resolve().parents[3] / "shared" / "catalogue" / "life_event_bundles.tsv"
THEMES = {
    "social_security",
    "medical_insurance",
    "housing_fund",
    "household",
    "real_estate",
    "civil_affairs",
    "employment",
    "education",
    "business_start",
    "tax",
    "business_change",
    "permits",
}
HIGH_FREQUENCY = (
    "社会保障卡申领",
    "医保参保登记",
    "公积金提取",
    "不动产登记",
    "企业设立登记",
    "食品小摊点备案",
    "食品小经营店备案",
    "公共场所卫生许可",
    "养老认证",
    "动物检疫",
    "户外广告",
    "抵押登记",
    "企业变更登记",
    "企业注销登记",
    "发票领用",
    "单位参保登记",
)


@pytest.fixture(scope="module")
def catalogue(running):
    _server, kiosk, _other = running
    response = kiosk.get("/api/v1/catalogue?site=DEMO")
    assert response.status_code == 200
    return response.json()


def test_full_catalogue_matches_the_schema(catalogue):
    CatalogueFull.model_validate(catalogue)
    assert catalogue["kind"] == "full"
    assert catalogue["version"] >= 1


def test_at_least_2400_items_from_40_departments(catalogue):
    assert len(catalogue["items"]) >= 2400
    used = {item["department"] for item in catalogue["items"]}
    assert len(used) >= 40
    assert used <= {d["code"] for d in catalogue["departments"]}


def test_item_ids_and_names_are_distinct(catalogue):
    ids = [item["item_id"] for item in catalogue["items"]]
    names = [item["name"] for item in catalogue["items"]]
    assert len(set(ids)) == len(ids)
    assert len(set(names)) == len(names)


def test_the_twelve_themes_are_offered_and_used(catalogue):
    assert {t["code"] for t in catalogue["themes"]} == THEMES
    used = Counter(theme for item in catalogue["items"] for theme in item["themes"])
    assert set(used) == THEMES
    assert all(item["themes"] for item in catalogue["items"])


def test_every_bundle_of_the_tsv_is_there_with_its_items(catalogue):
    by_id = {item["item_id"]: item for item in catalogue["items"]}
    bundles = {b["name"]: b for b in catalogue["bundles"]}
    assert len(bundles) == 18
    for _no, bundle_name, item_name, _dept, lead in BUNDLE_ROWS:
        bundle = bundles[bundle_name]
        names = {by_id[i]["name"] for i in bundle["item_ids"]}
        assert item_name in names
        if lead:
            assert by_id[bundle["lead_item_id"]]["name"] == item_name
        item_id = next(i for i in bundle["item_ids"] if by_id[i]["name"] == item_name)
        assert bundle["bundle_id"] in by_id[item_id]["bundle_ids"]


@pytest.mark.skipif(not SHARED_TSV.exists(), reason="shared/ is not checked out beside the repo")
def test_embedded_bundle_table_equals_the_shared_tsv():
    with SHARED_TSV.open(encoding="utf-8") as handle:
        rows = [
            (
                int(r["bundle_no"]),
                r["bundle_name"],
                r["item_name"],
                r["department"],
                r["lead"] == "yes",
            )
            for r in csv.DictReader(handle, delimiter="\t")
        ]
    assert tuple(rows) == BUNDLE_ROWS


@pytest.mark.parametrize("term", HIGH_FREQUENCY)
def test_high_frequency_items_are_findable(catalogue, term):
    assert any(
        term in item["name"] or any(term in alias for alias in item["aliases"])
        for item in catalogue["items"]
    )


def test_about_40_self_service_items_including_newborn_bundle(catalogue):
    self_service = {i["name"] for i in catalogue["items"] if i["kiosk_mode"] == "self_service"}
    assert 35 <= len(self_service) <= 45
    assert "社会保障卡申领" in self_service
    newborn = next(b for b in catalogue["bundles"] if b["name"] == "新生儿出生")
    by_id = {item["item_id"]: item for item in catalogue["items"]}
    assert all(by_id[i]["kiosk_mode"] == "self_service" for i in newborn["item_ids"])
    assert self_service == set(SELF_SERVICE)


def test_items_carry_ecert_and_tolerance_materials(catalogue):
    materials = [m for item in catalogue["items"] for m in item["materials"]]
    assert sum(1 for m in materials if m["ecert_type"]) > 1000
    assert sum(1 for m in materials if m["tolerance"] and m["required"]) > 100


def test_forms_have_patterns_and_id_card_prefill(catalogue):
    fields = [f for item in catalogue["items"] for f in item["form"]["fields"]]
    prefills = {f["prefill"] for f in fields if f["prefill"]}
    assert {"idcard.name", "idcard.id_number", "idcard.address"} <= prefills
    social_card = next(i for i in catalogue["items"] if i["name"] == "社会保障卡申领")
    names = {f["name"]: f for f in social_card["form"]["fields"]}
    assert names["phone"]["pattern"] == r"^1[3-9]\d{9}$"
    assert names["sex"]["prefill"] == "idcard.sex"
    assert names["bank"]["options"]


def test_synonyms_become_aliases(catalogue):
    social_card = next(i for i in catalogue["items"] if i["name"] == "社会保障卡申领")
    assert "社保卡申领" in social_card["aliases"]
    fund = next(i for i in catalogue["items"] if i["name"] == "住房公积金提取")
    assert "公积金提取" in fund["aliases"]


def test_some_items_charge_fees_and_promise_fewer_days(catalogue):
    assert any(item["fee"]["amount_fen"] > 0 for item in catalogue["items"])
    assert all(
        item["time_limit"]["promised_days"] <= max(item["time_limit"]["legal_days"], 5)
        for item in catalogue["items"]
    )


def test_generation_is_deterministic():
    first = generate_catalogue(DEFAULT_SEED)
    again = seed_module._generate.__wrapped__(DEFAULT_SEED)  # bypass the cache
    assert json.dumps(first.items, ensure_ascii=False) == json.dumps(
        again.items, ensure_ascii=False
    )
    other = generate_catalogue(7)
    assert [i["name"] for i in other.items] == [i["name"] for i in first.items]


def test_every_seeded_item_validates():
    for item in generate_catalogue(DEFAULT_SEED).items:
        Item.model_validate({**item, "updated_version": 1})


def test_catalogue_is_gzipped_when_accepted(kiosk):
    response = kiosk.get("/api/v1/catalogue?site=DEMO", headers={"Accept-Encoding": "gzip"})
    assert response.headers["Content-Encoding"] == "gzip"
    identity = kiosk.get("/api/v1/catalogue?site=DEMO", headers={"Accept-Encoding": "identity"})
    assert "Content-Encoding" not in identity.headers
    assert identity.json()["version"] == response.json()["version"]


def test_etag_and_if_none_match_304(kiosk, catalogue):
    first = kiosk.get("/api/v1/catalogue?site=DEMO")
    assert first.headers["ETag"] == f'"v{catalogue["version"]}"'
    again = kiosk.get(
        "/api/v1/catalogue?site=DEMO", headers={"If-None-Match": first.headers["ETag"]}
    )
    assert again.status_code == 304
    assert again.content == b""
    stale = kiosk.get("/api/v1/catalogue?site=DEMO", headers={"If-None-Match": '"v0"'})
    assert stale.status_code == 200


def test_site_overrides_of_demo_and_fallback(kiosk, catalogue):
    assert catalogue["site"]["site"] == "DEMO"
    assert catalogue["site"]["hidden"]
    assert "3701-RSJ-0001" in catalogue["site"]["hot"]
    unknown = kiosk.get("/api/v1/catalogue?site=NOWHERE").json()["site"]
    assert unknown["site"] == "NOWHERE"
    assert unknown["hidden"] == []
    assert unknown["hot"] == catalogue["site"]["hot"]


def test_single_item_and_unknown_item(kiosk):
    assert kiosk.get("/api/v1/items/3701-GJJ-0001").json()["name"] == "住房公积金提取"
    missing = kiosk.get("/api/v1/items/3701-XXX-9999")
    assert missing.status_code == 404
    assert missing.json()["error"]["code"] == "item_not_found"


def sandbox(server, method: str, path: str, body: dict | None = None) -> requests.Response:
    return requests.request(
        method, server.url + path, json=body, headers={"X-Console-Password": PASSWORD}
    )


def test_delta_after_an_item_changes(fresh):
    server, kiosk, _other = fresh
    base = server.platform.catalogue_version()
    answer = sandbox(
        server,
        "POST",
        "/sandbox/items/3701-RSJ-0001",
        {"changes": {"fee": {"amount_fen": 500, "text": "工本费5元"}}},
    )
    assert answer.status_code == 200
    version = answer.json()["version"]
    assert version == base + 1
    delta = kiosk.get(f"/api/v1/catalogue?site=DEMO&since={base}").json()
    CatalogueDelta.model_validate(delta)
    assert delta["kind"] == "delta"
    assert delta["base_version"] == base
    assert delta["version"] == version
    assert [i["item_id"] for i in delta["upserts"]] == ["3701-RSJ-0001"]
    assert delta["upserts"][0]["fee"]["amount_fen"] == 500
    assert delta["upserts"][0]["updated_version"] == version
    assert delta["deletes"] == []


def test_delta_lists_withdrawn_items(fresh):
    server, kiosk, _other = fresh
    base = server.platform.catalogue_version()
    assert sandbox(server, "DELETE", "/sandbox/items/3701-TJJ-0008").status_code == 200
    delta = kiosk.get(f"/api/v1/catalogue?since={base}").json()
    assert delta["deletes"] == ["3701-TJJ-0008"]
    assert delta["upserts"] == []
    assert kiosk.get("/api/v1/items/3701-TJJ-0008").status_code == 404
    full = kiosk.get("/api/v1/catalogue").json()
    assert "3701-TJJ-0008" not in {i["item_id"] for i in full["items"]}


def test_delta_since_current_version_is_empty(kiosk, catalogue):
    delta = kiosk.get(f"/api/v1/catalogue?since={catalogue['version']}").json()
    assert delta["kind"] == "delta"
    assert delta["upserts"] == [] and delta["deletes"] == []


@pytest.mark.parametrize("since", [0, 999999])
def test_unknown_version_gets_a_full_catalogue(kiosk, since):
    answer = kiosk.get(f"/api/v1/catalogue?since={since}").json()
    assert answer["kind"] == "full"
    assert len(answer["items"]) >= 2400


def test_site_override_change_is_a_new_version(fresh):
    server, kiosk, _other = fresh
    before = kiosk.get("/api/v1/catalogue?site=HALL-7")
    answer = sandbox(
        server,
        "PUT",
        "/sandbox/sites/HALL-7",
        {"hidden": ["3701-RSJ-0002"], "hot": ["3701-GJJ-0001"]},
    )
    assert answer.status_code == 200
    refreshed = kiosk.get(
        "/api/v1/catalogue?site=HALL-7", headers={"If-None-Match": before.headers["ETag"]}
    )
    assert refreshed.status_code == 200
    assert refreshed.json()["site"] == {
        "site": "HALL-7",
        "hidden": ["3701-RSJ-0002"],
        "hot": ["3701-GJJ-0001"],
    }
    delta = kiosk.get(f"/api/v1/catalogue?site=HALL-7&since={before.json()['version']}").json()
    assert delta["site"]["hot"] == ["3701-GJJ-0001"]


def test_invalid_item_edit_is_refused_and_changes_nothing(fresh):
    server, _kiosk, _other = fresh
    version = server.platform.catalogue_version()
    answer = sandbox(
        server, "POST", "/sandbox/items/3701-RSJ-0001", {"changes": {"kiosk_mode": "sometimes"}}
    )
    assert answer.status_code == 422
    assert answer.json()["error"]["code"] == "item_invalid"
    assert server.platform.catalogue_version() == version


def test_sandbox_needs_the_console_password(server):
    answer = requests.post(
        server.url + "/sandbox/items/3701-RSJ-0001", json={"changes": {"visits": 1}}
    )
    assert answer.status_code == 401


def test_full_body_decompresses_to_the_same_json(server):
    body = server.platform.full_catalogue("DEMO")
    assert json.loads(gzip.decompress(body.gzipped)) == json.loads(body.raw)


def test_a_site_may_have_empty_lists(fresh):
    server, kiosk, _other = fresh
    assert sandbox(server, "PUT", "/sandbox/sites/QUIET", {"hidden": [], "hot": []}).ok
    site = kiosk.get("/api/v1/catalogue?site=QUIET").json()["site"]
    assert site == {"site": "QUIET", "hidden": [], "hot": []}
