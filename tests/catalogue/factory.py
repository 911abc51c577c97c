"""A small, realistic catalogue in the platform's wire format, for catalogue and UI tests."""

from __future__ import annotations

import copy
from typing import Any

DEPARTMENTS = [
    {"code": "rsj", "name": "人力资源和社会保障局"},
    {"code": "ybj", "name": "医疗保障局"},
    {"code": "gjj", "name": "住房公积金管理中心"},
    {"code": "gaj", "name": "公安局"},
    {"code": "scj", "name": "市场监督管理局"},
    {"code": "mzj", "name": "民政局"},
    {"code": "swj", "name": "税务局"},
    {"code": "bdc", "name": "不动产登记中心"},
]

THEMES = [
    {"code": "social_security", "name": "社保", "audience": ["personal", "business"]},
    {"code": "medical_insurance", "name": "医保", "audience": ["personal", "business"]},
    {"code": "housing_fund", "name": "公积金", "audience": ["personal", "business"]},
    {"code": "household", "name": "户籍", "audience": ["personal"]},
    {"code": "real_estate", "name": "不动产", "audience": ["personal", "business"]},
    {"code": "civil_affairs", "name": "民政", "audience": ["personal"]},
    {"code": "employment", "name": "就业创业", "audience": ["personal", "business"]},
    {"code": "business_start", "name": "企业开办", "audience": ["business"]},
    {"code": "tax", "name": "税务", "audience": ["personal", "business"]},
]

# item_id, name, short_name, department, theme, audience (p/b/pb), mode (s: self-service)
ROWS_COMPACT: list[tuple[str, str, str | None, str, str, str, str]] = [
    ("3701-RSJ-0001", "社会保障卡申领", "社保卡申领", "rsj", "social_security", "p", "s"),
    ("3701-RSJ-0002", "社会保障卡挂失", "社保卡挂失", "rsj", "social_security", "p", "s"),
    ("3701-RSJ-0003", "社会保障卡补换", "社保卡补换", "rsj", "social_security", "p", "g"),
    ("3701-RSJ-0004", "城镇职工基本养老保险参保登记", None, "rsj", "social_security", "pb", "g"),
    ("3701-RSJ-0005", "就业失业登记", None, "rsj", "employment", "p", "s"),
    (
        "3701-RSJ-0006",
        "社会保险个人权益记录查询",
        "社保缴费记录查询",
        "rsj",
        "social_security",
        "p",
        "s",
    ),
    ("3701-YBJ-0001", "城乡居民基本医疗保险参保登记", None, "ybj", "medical_insurance", "p", "s"),
    ("3701-YBJ-0002", "异地就医备案", None, "ybj", "medical_insurance", "p", "s"),
    ("3701-YBJ-0003", "医疗保险关系转移接续", None, "ybj", "medical_insurance", "p", "g"),
    ("3701-GJJ-0001", "住房公积金提取（购房）", "公积金购房提取", "gjj", "housing_fund", "p", "s"),
    ("3701-GJJ-0002", "住房公积金提取（租房）", "公积金租房提取", "gjj", "housing_fund", "p", "s"),
    ("3701-GJJ-0003", "住房公积金缴存基数调整", None, "gjj", "housing_fund", "b", "g"),
    ("3701-GAJ-0001", "居民身份证换领", None, "gaj", "household", "p", "g"),
    ("3701-GAJ-0002", "户籍证明开具", None, "gaj", "household", "p", "s"),
    ("3701-SCJ-0001", "企业设立登记", None, "scj", "business_start", "b", "g"),
    ("3701-SCJ-0002", "个体工商户设立登记", None, "scj", "business_start", "b", "g"),
    ("3701-MZJ-0001", "结婚登记预约", None, "mzj", "civil_affairs", "p", "s"),
    ("3701-MZJ-0002", "高龄津贴申领", None, "mzj", "civil_affairs", "p", "s"),
    ("3701-SWJ-0001", "个人所得税纳税记录开具", None, "swj", "tax", "p", "s"),
    ("3701-BDC-0001", "不动产登记资料查询", None, "bdc", "real_estate", "pb", "s"),
]

_AUDIENCE = {"p": ["personal"], "b": ["business"], "pb": ["personal", "business"]}


def row(
    item_id: str, name: str, short: str | None, dept: str, theme: str, aud: str, mode: str
) -> tuple[str, str, str | None, str, list[str], list[str], str]:
    """A compact row in make_catalogue's form."""
    kiosk_mode = "self_service" if mode == "s" else "guide_only"
    return (item_id, name, short, dept, [theme], list(_AUDIENCE[aud]), kiosk_mode)


ROWS = [row(*r) for r in ROWS_COMPACT]

HIDDEN = ["3701-MZJ-0001"]
HOT = ["3701-RSJ-0001", "3701-GJJ-0001", "3701-YBJ-0002"]


def make_item(
    item_id: str,
    name: str,
    short_name: str | None = None,
    department: str = "rsj",
    themes: list[str] | None = None,
    audience: list[str] | None = None,
    kiosk_mode: str = "self_service",
    version: int = 1,
) -> dict[str, Any]:
    return {
        "item_id": item_id,
        "code": "113701000040" + item_id[-4:],
        "name": name,
        "short_name": short_name,
        "aliases": ["办社保卡"] if item_id == "3701-RSJ-0001" else [],
        "department": department,
        "themes": themes or ["social_security"],
        "audience": audience or ["personal"],
        "kiosk_mode": kiosk_mode,
        "identity_level": "idcard_face" if kiosk_mode == "self_service" else "none",
        "conditions": ["本市户籍或在本市参保的人员", "首次申领或信息变更后重新申领"],
        "materials": [
            {
                "material_id": "M1",
                "name": "居民身份证",
                "required": True,
                "ecert_type": "resident_id",
                "tolerance": False,
                "copies": 1,
                "note": None,
            },
            {
                "material_id": "M2",
                "name": "近期免冠彩色照片",
                "required": True,
                "ecert_type": None,
                "tolerance": True,
                "copies": 1,
                "note": "白色背景",
            },
        ],
        "fee": {"amount_fen": 0, "text": "不收费"},
        "time_limit": {"legal_days": 20, "promised_days": 5},
        "visits": 0,
        "where_else": ["各区政务服务中心综合窗口", "爱山东APP"],
        "legal_basis": ["《中华人民共和国社会保险法》第五十八条"],
        "form": {
            "fields": [
                {
                    "name": "phone",
                    "label": "联系电话",
                    "type": "phone",
                    "required": True,
                    "prefill": None,
                    "pattern": "^1[3-9]\\d{9}$",
                    "max_length": 11,
                    "options": None,
                },
                {
                    "name": "applicant_name",
                    "label": "申请人姓名",
                    "type": "text",
                    "required": True,
                    "prefill": "idcard.name",
                    "pattern": None,
                    "max_length": 30,
                    "options": None,
                },
            ]
        },
        "deliveries": ["cabinet", "post", "window"],
        "bundle_ids": ["B01"] if item_id in ("3701-RSJ-0001", "3701-YBJ-0001") else [],
        "updated_version": version,
    }


def make_catalogue(
    version: int = 1,
    *,
    site: str = "DEMO",
    hidden: list[str] | None = None,
    hot: list[str] | None = None,
    rows: list[tuple] | None = None,
) -> dict[str, Any]:
    items = [
        make_item(i, n, s, d, t, a, m, version=version) for i, n, s, d, t, a, m in (rows or ROWS)
    ]
    ids = {i["item_id"] for i in items}
    bundles = []
    if {"3701-RSJ-0001", "3701-YBJ-0001"} <= ids:
        bundles.append(
            {
                "bundle_id": "B01",
                "name": "新生儿出生",
                "lead_item_id": "3701-YBJ-0001",
                "item_ids": ["3701-YBJ-0001", "3701-RSJ-0001"],
            }
        )
    else:
        for item in items:
            item["bundle_ids"] = []
    return {
        "kind": "full",
        "version": version,
        "generated_at": "2026-11-22T06:00:00+08:00",
        "departments": copy.deepcopy(DEPARTMENTS),
        "themes": copy.deepcopy(THEMES),
        "items": items,
        "bundles": bundles,
        "site": {
            "site": site,
            "hidden": list(HIDDEN if hidden is None else hidden),
            "hot": list(HOT if hot is None else hot),
        },
    }
