"""A small catalogue with "一件事" bundles, a hot list and a hidden item, for the find UI tests.

Built from ``tests.catalogue.factory``: B01 新生儿出生 (two self-service items), B02 社保卡补办 (a
guide-only item in it), B03 结婚生育 (its lead is fine, one item is hidden by the site).
"""

from __future__ import annotations

import hashlib
from typing import Any

from kiosk.catalogue.models import encode, parse_catalogue
from kiosk.catalogue.search import SearchIndex
from kiosk.catalogue.sync import ActiveCatalogue
from tests.catalogue.factory import make_catalogue

HIDDEN_ID = "3701-MZJ-0001"  # 结婚登记预约: hidden by the site (factory.HIDDEN)
HOT = [
    "3701-RSJ-0001",
    "3701-GJJ-0001",
    HIDDEN_ID,  # hidden: must never show, even on the hot list
    "3701-YBJ-0002",
    "3701-RSJ-0002",
    "3701-RSJ-0005",
    "3701-GAJ-0002",
    "3701-SWJ-0001",
]


def find_catalogue() -> dict[str, Any]:
    data = make_catalogue(hot=HOT)
    data["bundles"] += [
        {
            "bundle_id": "B02",
            "name": "社保卡补办",
            "lead_item_id": "3701-RSJ-0002",
            "item_ids": ["3701-RSJ-0002", "3701-RSJ-0003"],  # 0003 is guide-only
        },
        {
            "bundle_id": "B03",
            "name": "结婚生育",
            "lead_item_id": "3701-MZJ-0002",
            "item_ids": ["3701-MZJ-0002", HIDDEN_ID],
        },
    ]
    return data


def find_active() -> ActiveCatalogue:
    payload = encode(find_catalogue())
    catalogue = parse_catalogue(payload)
    sha = hashlib.sha256(payload).hexdigest()
    return ActiveCatalogue(
        catalogue, SearchIndex(catalogue), '"v1"', "2026-11-22T06:00:00+00:00", sha, payload
    )
