"""Catalogue validation: anything malformed or inconsistent is refused with a readable reason."""

from __future__ import annotations

import json

import pytest

from kiosk.catalogue.models import (
    CatalogueInvalid,
    encode,
    parse_catalogue,
    parse_delta,
)
from tests.catalogue.factory import make_catalogue, make_item


def test_fixture_catalogue_is_valid():
    catalogue = parse_catalogue(make_catalogue())
    assert catalogue.version == 1
    assert len(catalogue.items) == 20
    assert catalogue.item_map()["3701-RSJ-0001"].self_service


def test_bytes_and_decoded_forms_parse_the_same():
    data = make_catalogue()
    assert parse_catalogue(encode(data)) == parse_catalogue(data)


def test_bad_json_is_refused():
    with pytest.raises(CatalogueInvalid, match="not valid JSON"):
        parse_catalogue(b'{"kind": "full", "version": 1,')


def test_truncated_download_is_refused():
    raw = encode(make_catalogue())
    with pytest.raises(CatalogueInvalid, match="not valid JSON"):
        parse_catalogue(raw[: len(raw) // 2])


def test_non_object_is_refused():
    with pytest.raises(CatalogueInvalid, match="not a JSON object"):
        parse_catalogue(b"[1, 2]")


def test_missing_item_field_names_the_item_and_field():
    data = make_catalogue()
    del data["items"][3]["materials"]
    with pytest.raises(CatalogueInvalid) as err:
        parse_catalogue(data)
    assert "items.3701-RSJ-0004.materials" in err.value.reason
    assert "Field required" in err.value.reason


def test_missing_top_level_field_is_refused():
    data = make_catalogue()
    del data["departments"]
    with pytest.raises(CatalogueInvalid, match="departments"):
        parse_catalogue(data)


def test_types_are_strict():
    data = make_catalogue()
    data["items"][0]["visits"] = "0"
    with pytest.raises(CatalogueInvalid, match="visits"):
        parse_catalogue(data)


def test_unknown_enum_value_is_refused():
    data = make_catalogue()
    data["items"][0]["kiosk_mode"] = "robot"
    with pytest.raises(CatalogueInvalid, match="kiosk_mode"):
        parse_catalogue(data)


def test_unknown_keys_are_ignored_for_forward_compatibility():
    data = make_catalogue()
    data["items"][0]["new_platform_field"] = {"anything": 1}
    data["brand_new_section"] = []
    assert parse_catalogue(data).items[0].item_id == "3701-RSJ-0001"


def test_duplicate_item_ids_are_refused():
    data = make_catalogue()
    data["items"].append(make_item("3701-RSJ-0001", "重复事项"))
    with pytest.raises(CatalogueInvalid, match="duplicate item ids: 3701-RSJ-0001"):
        parse_catalogue(data)


def test_dangling_bundle_item_is_refused():
    data = make_catalogue()
    data["bundles"][0]["item_ids"].append("3701-XXX-9999")
    with pytest.raises(
        CatalogueInvalid, match="bundle B01 references unknown items: 3701-XXX-9999"
    ):
        parse_catalogue(data)


def test_item_with_unknown_department_is_refused():
    data = make_catalogue()
    data["items"][0]["department"] = "nowhere"
    with pytest.raises(CatalogueInvalid, match="unknown departments: 3701-RSJ-0001→nowhere"):
        parse_catalogue(data)


def test_item_with_unknown_bundle_is_refused():
    data = make_catalogue()
    data["items"][4]["bundle_ids"] = ["B99"]
    with pytest.raises(CatalogueInvalid, match="unknown bundles"):
        parse_catalogue(data)


def test_empty_catalogue_is_refused():
    data = make_catalogue()
    data["items"] = []
    data["bundles"] = []
    with pytest.raises(CatalogueInvalid, match="no items"):
        parse_catalogue(data)


def test_form_pattern_must_compile():
    data = make_catalogue()
    data["items"][0]["form"]["fields"][0]["pattern"] = "^(unclosed"
    with pytest.raises(CatalogueInvalid, match="pattern"):
        parse_catalogue(data)


def test_kind_delta_is_not_a_full_catalogue():
    with pytest.raises(CatalogueInvalid, match="expected a full catalogue"):
        parse_catalogue({"kind": "delta", "base_version": 1, "version": 2})


def test_delta_must_move_forward():
    with pytest.raises(CatalogueInvalid, match="backwards"):
        parse_delta({"kind": "delta", "base_version": 3, "version": 3})


def test_delta_may_not_upsert_and_delete_one_item():
    item = make_item("3701-RSJ-0001", "社会保障卡申领")
    body = {
        "kind": "delta",
        "base_version": 1,
        "version": 2,
        "upserts": [item],
        "deletes": ["3701-RSJ-0001"],
    }
    with pytest.raises(CatalogueInvalid, match="both upserts and deletes"):
        parse_delta(body)


def test_reason_is_one_line():
    data = make_catalogue()
    for item in data["items"][:6]:
        del item["fee"]
    with pytest.raises(CatalogueInvalid) as err:
        parse_catalogue(json.dumps(data))
    assert "\n" not in err.value.reason
    assert "and 3 more" in err.value.reason
