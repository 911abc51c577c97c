"""Deterministic generator of the reference catalogue and the sandbox's test residents.

:func:`generate_catalogue` builds 2,400+ items from 49 departments out of the vocabulary in
:mod:`central.seed_data` plus every item of the 18 "一件事" bundles in
``shared/catalogue/life_event_bundles.tsv`` (a copy of the table is embedded below so the server
does not depend on a checkout beside ``shared/``). The same seed always yields the same
catalogue, byte for byte; a different seed changes fees, time limits and similar details, never
names or ids. The store seeds it once, into version 1.

:data:`TEST_RESIDENTS` are fictional people with well-formed GB 11643 numbers; the identity
sandbox, e-certificates, appointments and the pickup demo are configured for them.

Exceptions raised by this module: none (the data is static and checked by the tests).
"""

from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Any, Final

from central.idnumber import make_id_number
from central.seed_data import (
    AUDIENCE_BUSINESS_WORDS,
    BANKS,
    BUNDLE_DEPARTMENTS,
    DEPARTMENTS,
    ECERT_TYPES,
    EXTRA_GROUPS,
    SELF_SERVICE,
    SYNONYMS,
    THEME_KEYWORDS,
    THEMES,
    DeptSpec,
)

__all__ = [
    "BUNDLE_ROWS",
    "DEFAULT_SEED",
    "HOT_ITEMS",
    "TEST_RESIDENTS",
    "SeedCatalogue",
    "TestResident",
    "generate_catalogue",
    "resident_by_id",
]

DEFAULT_SEED: Final = 20261122
REGION: Final = "3701"

# shared/catalogue/life_event_bundles.tsv: (bundle_no, bundle_name, item_name, department, lead)
BUNDLE_ROWS: Final = (
    (1, "企业开办", "企业设立登记", "行政审批部门", True),
    (1, "企业开办", "公章刻制备案", "公安部门", False),
    (1, "企业开办", "发票领用", "税务部门", False),
    (1, "企业开办", "企业社会保险登记", "人力资源和社会保障部门", False),
    (1, "企业开办", "住房公积金单位登记开户", "住房公积金管理部门", False),
    (2, "企业准营（开办餐饮店）", "企业营业执照信息核验", "行政审批部门", True),
    (2, "企业准营（开办餐饮店）", "食品经营许可", "行政审批部门", False),
    (2, "企业准营（开办餐饮店）", "户外招牌设施设置规范管理", "行政审批部门", False),
    (
        2,
        "企业准营（开办餐饮店）",
        "公众聚集场所投入使用、营业前消防安全检查",
        "消防救援部门",
        False,
    ),
    (
        3,
        "办理初步设计深度的可行性研究报告",
        "政府固定资产投资项目审批（可行性研究报告）",
        "行政审批部门",
        True,
    ),
    (
        3,
        "办理初步设计深度的可行性研究报告",
        "政府固定资产投资项目审批（初步设计）",
        "行政审批部门",
        False,
    ),
    (4, "新生儿出生", "《出生医学证明》办理（首签）", "卫生健康部门", True),
    (4, "新生儿出生", "预防接种证办理", "卫生健康部门", False),
    (4, "新生儿出生", "本市户口登记（申报出生登记）", "公安部门", False),
    (4, "新生儿出生", "社会保障卡申领", "人力资源和社会保障部门", False),
    (4, "新生儿出生", "办理居民医保登记", "医疗保障部门", False),
    (5, "开办运输企业", "企业营业执照信息核验", "行政审批部门", True),
    (5, "开办运输企业", "道路货物运输经营许可", "行政审批部门", False),
    (5, "开办运输企业", "普通道路货物运输车辆《道路运输证》办理", "行政审批部门", False),
    (6, "企业信息变更", "企业变更登记", "行政审批部门", True),
    (6, "企业信息变更", "企业印章刻制", "公安部门", False),
    (6, "企业信息变更", "税控设备变更发行", "税务部门", False),
    (6, "企业信息变更", "社会保险登记变更", "人力资源和社会保障部门", False),
    (6, "企业信息变更", "住房公积金企业缴存登记变更", "住房公积金管理部门", False),
    (7, "企业注销登记", "企业注销登记", "行政审批部门", True),
    (7, "企业注销登记", "税务注销", "税务部门", False),
    (7, "企业注销登记", "注销社会保险登记", "人力资源和社会保障部门", False),
    (7, "企业注销登记", "企业印章注销", "公安部门", False),
    (8, "信用修复", "失信信息信用修复指引", "发展改革部门", True),
    (8, "信用修复", "行政处罚信息修复", "市场监督管理部门", False),
    (8, "信用修复", "异常经营名录信息修复", "市场监督管理部门", False),
    (8, "信用修复", "严重失信主体名单信息修复", "设列严重失信主体名单的有关部门", False),
    (9, "员工录用", "就业登记", "人力资源和社会保障部门", True),
    (9, "员工录用", "职工参保登记（社会保险）", "人力资源和社会保障部门", False),
    (9, "员工录用", "社会保障卡申领", "人力资源和社会保障部门", False),
    (9, "员工录用", "档案的接收和转递（流动人员）", "人力资源和社会保障部门", False),
    (9, "员工录用", "职工参保登记（基本医疗保险）", "医疗保障部门", False),
    (9, "员工录用", "个人住房公积金账户设立", "住房公积金管理部门", False),
    (10, "教育入学", "新生入学信息采集", "教育部门", True),
    (10, "教育入学", "户籍类证明", "公安部门", False),
    (10, "教育入学", "居住证", "公安部门", False),
    (10, "教育入学", "社会保险参保缴费记录查询", "人力资源和社会保障部门", False),
    (11, "灵活就业", "就业登记", "人力资源和社会保障部门", True),
    (11, "灵活就业", "档案的接收和转递（流动人员）", "人力资源和社会保障部门", False),
    (11, "灵活就业", "社会保险登记", "人力资源和社会保障部门", False),
    (11, "灵活就业", "基本医疗保险参保登记和变更登记", "医疗保障部门", False),
    (11, "灵活就业", "灵活就业人员社会保险费申报", "税务部门", False),
    (12, "公民婚育", "内地居民婚姻登记", "民政部门", True),
    (12, "公民婚育", "户口登记项目变更", "公安部门", False),
    (12, "公民婚育", "户口迁移", "公安部门", False),
    (
        13,
        "退休",
        "参保人员达到法定退休年龄领取基本养老保险待遇资格确认",
        "人力资源和社会保障部门",
        True,
    ),
    (13, "退休", "基本养老保险视同缴费年限认定", "人力资源和社会保障部门", False),
    (13, "退休", "新增退休人员养老保险待遇核定发放", "人力资源和社会保障部门", False),
    (13, "退休", "基本医疗保险视同缴费年限核定", "医疗保障部门", False),
    (13, "退休", "离休、退休提取住房公积金", "住房公积金管理部门", False),
    (13, "退休", "户籍信息确认", "公安部门", False),
    (14, "公民身后", "出具死亡证明（正常死亡）", "卫生健康部门", True),
    (14, "公民身后", "参保人员个人账户一次性支取（基本医疗保险）", "医疗保障部门", False),
    (14, "公民身后", "个人账户一次性待遇申领（养老保险）", "人力资源和社会保障部门", False),
    (14, "公民身后", "遗属待遇申领", "人力资源和社会保障部门", False),
    (14, "公民身后", "办理户口注销", "公安部门", False),
    (14, "公民身后", "注销驾驶证", "公安部门", False),
    (15, "社会保障卡居民服务", "就业和人力资源服务、社保服务", "人力资源和社会保障部门", True),
    (15, "社会保障卡居民服务", "就医购药", "医疗保障部门", False),
    (15, "社会保障卡居民服务", "文化体验", "文化和旅游部门", False),
    (16, "残疾人服务", "残疾人证新办、换领、迁移、挂失补办、注销、残疾类别/等级变更", "残联", True),
    (16, "残疾人服务", "困难残疾人生活补贴", "民政部门", False),
    (16, "残疾人服务", "重度残疾人护理补贴", "民政部门", False),
    (16, "残疾人服务", "残疾人就业帮扶", "人力资源和社会保障部门", False),
    (16, "残疾人服务", "城乡居民基本养老保险补助", "人力资源和社会保障部门", False),
    (17, "军人退役", "退役报到", "退役军人事务部门", True),
    (17, "军人退役", "户口登记（退役军人恢复户口）", "公安部门", False),
    (17, "军人退役", "基本医疗保险参保和变更登记", "医疗保障部门", False),
    (17, "军人退役", "基本医疗保险关系转移接续", "医疗保障部门", False),
    (17, "军人退役", "退役士兵自主就业一次性经济补助金的申请", "退役军人事务部门", False),
    (18, "个人养老服务", "老年人能力综合评估", "民政部门", True),
    (18, "个人养老服务", "高龄津贴", "民政部门", False),
    (18, "个人养老服务", "护理补贴", "民政部门", False),
    (18, "个人养老服务", "家庭养老支持服务", "民政部门", False),
    (18, "个人养老服务", "特殊困难老年人供养", "民政部门", False),
    (18, "个人养老服务", "计划生育特殊家庭老年人优先入住公办养老机构", "民政部门", False),
    (18, "个人养老服务", "职工基本养老保险", "人力资源和社会保障部门", False),
    (18, "个人养老服务", "城乡居民基本养老保险", "人力资源和社会保障部门", False),
    (18, "个人养老服务", "老年人健康管理", "卫生健康部门", False),
)

# The home screen's "hot" list of every site without its own list.
HOT_ITEMS: Final = (
    "社会保障卡申领",
    "医保参保登记",
    "住房公积金提取",
    "不动产登记资料查询",
    "户籍证明开具",
    "社会保险参保缴费记录查询",
    "异地就医备案",
    "个人所得税纳税记录开具",
    "养老保险待遇资格认证",
    "无犯罪记录证明开具",
    "营业执照自助打印",
    "个人信用报告查询",
)
_DEMO_HIDDEN: Final = ("高危险性体育项目经营许可（滑雪）", "海域使用权首次登记", "渔船国籍登记")

# Hand-written aliases for the items residents ask for most, in their own words.
_EXTRA_ALIASES: Final = {
    "社会保障卡申领": ("办社保卡", "社保卡办理", "新办社保卡", "申请社保卡"),
    "社会保障卡补领": ("社保卡丢了", "补办社保卡", "社保卡补办"),
    "社会保障卡挂失": ("社保卡挂失",),
    "医保参保登记": ("医保参保", "参加医保", "医疗保险参保登记", "医保登记"),
    "办理居民医保登记": ("新生儿医保", "居民医保参保"),
    "住房公积金提取": ("公积金提取", "提取公积金", "取公积金", "公积金取钱"),
    "住房公积金个人账户信息查询": ("查公积金", "公积金余额"),
    "不动产登记资料查询": ("不动产登记查询", "查房产", "房产查询", "不动产登记"),
    "不动产权属证明打印": ("房产证明", "无房证明", "不动产登记证明"),
    "企业设立登记": ("开公司", "注册公司", "办营业执照", "公司注册"),
    "个体工商户设立登记": ("办个体户", "个体执照"),
    "户籍证明开具": ("户口证明", "开户籍证明"),
    "养老保险待遇资格认证": ("养老认证", "生存认证", "退休认证"),
    "异地就医备案": ("异地就医", "外地看病备案"),
    "社会保险参保缴费记录查询": ("社保查询", "查社保", "社保缴费记录"),
    "个人所得税纳税记录开具": ("个税证明", "纳税证明", "个税记录"),
    "无犯罪记录证明开具": ("无犯罪证明", "良民证"),
    "《出生医学证明》办理（首签）": ("出生证", "办出生证"),
    "本市户口登记（申报出生登记）": ("新生儿落户", "宝宝上户口", "报户口"),
    "食品小摊点备案": ("小摊点备案", "摆摊备案"),
    "食品小经营店备案": ("小店备案",),
    "个人信用报告查询": ("查征信", "征信报告", "信用报告"),
    "高龄津贴": ("高龄补贴", "老年人津贴"),
}

_PERSONAL_WORDS: Final = (
    "个人",
    "居民",
    "灵活就业",
    "自然人",
    "公民",
    "驾驶证",
    "驾驶人",
    "身份证",
    "户口",
    "婚",
    "出生",
    "学生",
    "入学",
    "残疾人",
    "老年人",
    "退役",
    "教师资格",
    "执业注册",
    "变更注册",
    "注销注册",
    "从业资格",
    "职业技能",
    "公证",
    "接种",
    "落户",
    "护照",
    "通行证",
    "签注",
    "导游",
    "领队",
    "职称",
    "职工",
    "失业",
    "退休",
    "新生儿",
    "社会保障卡",
    "信用报告",
    "投诉",
    "举报",
    "报名",
    "预约",
    "补贴申领",
    "医疗费",
    "待遇",
    "完税",
    "纳税记录",
)
# Departments whose items are for businesses unless the name says otherwise.
_BUSINESS_DEPARTMENTS: Final = frozenset(
    {
        "xzspj",
        "scjgj",
        "sthjj",
        "yczmj",
        "jrj",
        "fgw",
        "gxj",
        "ypjgj",
        "zscqj",
        "yzglj",
        "kjj",
        "tjj",
        "slj",
        "lyj",
        "yjglj",
        "cgj",
        "swuj",
        "czj",
        "rfb",
        "sjj",
        "jgswj",
        "xfzd",
        "zjj",
        "jtysj",
        "swj",
        "wlj",
        "nyncj",
        "qxj",
    }
)
_NO_IDENTITY_WORDS: Final = (
    "目录查询",
    "价格查询",
    "指引",
    "公告查询",
    "真伪查验",
    "年鉴借阅",
    "查询（公开）",
    "结果查询",
)
_QUERY_WORDS: Final = ("查询", "打印", "开具", "证明开具", "查阅", "调阅")
_NEWBORN_FOLLOWUPS: Final = (
    "预防接种证办理",
    "本市户口登记（申报出生登记）",
    "社会保障卡申领",
    "办理居民医保登记",
)
# Items done before the business has a licence: no 营业执照 among their materials.
_NO_LICENSE_YET: Final = (
    "设立登记",
    "名称自主申报",
    "小摊点",
    "摊贩",
    "开办一窗通办",
    "设立审批",
    "设立许可",
    "成立登记",
)

# Physical documents a resident can collect from the kiosk's pickup cabinet.
_PHYSICAL_WORDS: Final = ("卡", "证", "执照", "通行证", "护照", "号牌", "凭证", "许可")

_ECERT_BY_WORD: Final = (
    ("户口", "household_register", "居民户口簿"),
    ("户籍", "household_register", "居民户口簿"),
    ("出生", "birth_cert", "出生医学证明"),
    ("婚", "marriage_cert", "结婚证"),
    ("不动产", "real_estate_cert", "不动产权证书"),
    ("房屋", "real_estate_cert", "不动产权证书"),
    ("驾驶", "driving_license", "机动车驾驶证"),
    ("学历", "degree_cert", "学历证书"),
    ("残疾", "disability_cert", "残疾人证"),
    ("退役", "veteran_cert", "退役军人证"),
    ("退休", "retirement_cert", "退休证"),
)

_PURPOSES: Final = ("个人存档", "办理贷款", "子女入学", "出国（境）", "单位需要", "其他")
_LOSS_REASONS: Final = ("遗失", "损坏", "被盗", "信息变更", "其他")
_WITHDRAW_REASONS: Final = (
    "购买自住住房",
    "租赁自住住房",
    "偿还购房贷款本息",
    "离休、退休",
    "出境定居",
    "其他",
)

_NAME_FIELD: Final = {
    "name": "applicant_name",
    "label": "申请人姓名",
    "type": "text",
    "required": True,
    "prefill": "idcard.name",
    "pattern": None,
    "max_length": 30,
    "options": None,
}
_ID_FIELD: Final = {
    "name": "id_number",
    "label": "公民身份号码",
    "type": "id_number",
    "required": True,
    "prefill": "idcard.id_number",
    "pattern": r"^\d{17}[\dX]$",
    "max_length": 18,
    "options": None,
}
_PHONE_FIELD: Final = {
    "name": "phone",
    "label": "联系电话",
    "type": "phone",
    "required": True,
    "prefill": None,
    "pattern": r"^1[3-9]\d{9}$",
    "max_length": 11,
    "options": None,
}
_ADDRESS_FIELD: Final = {
    "name": "address",
    "label": "联系地址",
    "type": "address",
    "required": False,
    "prefill": "idcard.address",
    "pattern": None,
    "max_length": 100,
    "options": None,
}
_CONSENT_FIELD: Final = {
    "name": "consent",
    "label": "本人承诺所填信息真实有效",
    "type": "checkbox",
    "required": True,
    "prefill": None,
    "pattern": None,
    "max_length": None,
    "options": None,
}
CREDIT_CODE_PATTERN: Final = r"^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$"


def _field(
    name: str,
    label: str,
    kind: str = "text",
    *,
    required: bool = True,
    prefill: str | None = None,
    pattern: str | None = None,
    max_length: int | None = None,
    options: list[str] | None = None,
) -> dict[str, Any]:
    return {
        "name": name,
        "label": label,
        "type": kind,
        "required": required,
        "prefill": prefill,
        "pattern": pattern,
        "max_length": max_length,
        "options": options,
    }


@dataclass(frozen=True)
class TestResident:
    """A fictional resident the sandbox knows. ``verify`` is the identity sandbox's answer."""

    name: str
    sex: str
    birth: date
    sequence: int
    verify: str
    address: str
    nation: str = "汉"
    ecerts: tuple[str, ...] = ()
    phone: str = "13800000000"
    note: str = ""
    id_number: str = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "id_number", make_id_number("370102", self.birth, self.sequence))


TEST_RESIDENTS: Final = (
    TestResident(
        "张三",
        "男",
        date(1985, 3, 12),
        11,
        "match",
        "山东省济南市历下区示例路1号",
        ecerts=(
            "resident_id",
            "household_register",
            "marriage_cert",
            "driving_license",
            "degree_cert",
            "real_estate_cert",
            "social_security_card",
        ),
        phone="13800000001",
        note="身份核验通过；有7个电子证照和3个办件",
    ),
    TestResident(
        "李四",
        "男",
        date(1990, 7, 1),
        23,
        "no_match",
        "山东省济南市历下区示例路2号",
        phone="13800000002",
        note="人脸比对不通过（no_match）",
    ),
    TestResident(
        "王五",
        "男",
        date(1978, 11, 23),
        35,
        "unavailable",
        "山东省济南市历下区示例路3号",
        phone="13800000003",
        note="身份核验服务不可用（unavailable）",
    ),
    TestResident(
        "赵六",
        "女",
        date(1962, 5, 8),
        42,
        "match",
        "山东省济南市历下区示例路4号",
        ecerts=("resident_id", "household_register", "retirement_cert"),
        phone="13800000004",
        note="有一件在KIOSK-DEMO-0001柜格1-3待取的办件，今天有预约",
    ),
    TestResident(
        "孙七",
        "女",
        date(1995, 9, 17),
        64,
        "match",
        "山东省济南市历下区示例路5号",
        ecerts=("resident_id", "household_register", "birth_cert", "business_license"),
        phone="13800000005",
        note="个体工商户业主，有营业执照电子证照",
    ),
)


def resident_by_id(id_number: str) -> TestResident | None:
    for resident in TEST_RESIDENTS:
        if resident.id_number == id_number:
            return resident
    return None


@dataclass(frozen=True)
class SeedCatalogue:
    departments: list[dict[str, Any]]
    themes: list[dict[str, Any]]
    items: list[dict[str, Any]]
    bundles: list[dict[str, Any]]
    site_overrides: dict[str, dict[str, list[str]]]


def _item_rng(seed: int, name: str) -> random.Random:
    digest = hashlib.sha256(f"{seed}:{name}".encode()).digest()
    return random.Random(int.from_bytes(digest[:8], "big"))


def _names_of(dept: DeptSpec) -> list[str]:
    names = list(dept.named)
    for objects, verbs in dept.groups + EXTRA_GROUPS.get(dept.code, ()):
        for obj in objects:
            for verb in verbs:
                names.append(verb.replace("{}", obj) if "{}" in verb else obj + verb)
    return names


def _audience(name: str, dept: DeptSpec) -> list[str]:
    business = any(word in name for word in AUDIENCE_BUSINESS_WORDS)
    personal = any(word in name for word in _PERSONAL_WORDS)
    if "单位" in name and "个人" not in name:
        return ["business"]
    if personal and business:
        return ["personal", "business"]
    if personal:
        return ["personal"]
    if business or dept.code in _BUSINESS_DEPARTMENTS:
        return ["business"]
    return ["personal"]


def _themes(name: str, dept: DeptSpec, audience: list[str]) -> list[str]:
    allowed = {code for code, _label, aud in THEMES if set(aud) & set(audience)}
    found: list[str] = []
    for code, words in THEME_KEYWORDS:
        if code in allowed and any(word in name for word in words):
            found.append(code)
    if not found:
        found = [code for code in dept.themes if code in allowed]
    if not found:
        found = ["permits" if "business" in audience else "civil_affairs"]
    return found[:3]


def _short_name(name: str) -> str:
    short = name.replace("《", "").replace("》", "")
    for long, alternatives in SYNONYMS:
        if long in short and len(alternatives[0]) < len(long):
            short = short.replace(long, alternatives[0])
            break
    return short


def _aliases(name: str, short: str) -> list[str]:
    out = [name, short]
    for long, alternatives in SYNONYMS:
        if long in name:
            out.extend(name.replace(long, alt) for alt in alternatives)
    out.extend(_EXTRA_ALIASES.get(name, ()))
    seen: list[str] = []
    for alias in out:
        if alias and alias not in seen:
            seen.append(alias)
    return seen


def _identity_level(name: str, self_service: bool) -> str:
    if any(word in name for word in _NO_IDENTITY_WORDS):
        return "none"
    if self_service and not any(word in name for word in _QUERY_WORDS):
        return "idcard_face"
    if self_service:
        return "idcard"
    return "idcard"


def _conditions(name: str, audience: list[str]) -> list[str]:
    out: list[str] = []
    if "business" in audience and "personal" not in audience:
        out.append("申请人为依法设立的市场主体或其委托代理人")
    else:
        out.append("申请人具有完全民事行为能力，无民事行为能力或限制民事行为能力人由监护人代为申请")
    if any(word in name for word in ("补领", "补办", "补发", "挂失")):
        out.append("原证件（卡）遗失、被盗或损毁，且已办理挂失或作废声明")
    elif "（延续）" in name or "延续" in name:
        out.append("在许可有效期届满30日前提出延续申请")
    elif "（新办）" in name or "许可" in name:
        out.append("具有与申请事项相适应的场所、设备、人员和管理制度")
    elif "变更" in name:
        out.append("登记或许可事项发生变化，且变更事项已取得必要的前置审批")
    elif "注销" in name:
        out.append("已结清相关税费，不存在未办结的关联业务或未履行的法定义务")
    elif "提取" in name:
        out.append("符合《住房公积金管理条例》规定的提取情形，账户状态正常且无逾期贷款")
    elif any(word in name for word in _QUERY_WORDS):
        out.append("仅限查询、开具申请人本人信息；代办须持有本人授权")
    elif "补贴" in name or "津贴" in name or "待遇" in name:
        out.append("符合本市规定的享受条件，且未重复享受同类待遇")
    elif "备案" in name:
        out.append("按规定提交备案材料，并对材料的真实性作出书面承诺")
    else:
        out.append("符合法律法规规定的办理条件")
    return out


def _materials(name: str, audience: list[str], rng: random.Random) -> list[dict[str, Any]]:
    mats: list[dict[str, Any]] = []

    def add(
        title: str,
        *,
        required: bool = True,
        ecert: str | None = None,
        tolerance: bool = False,
        copies: int = 1,
        note: str = "",
    ) -> None:
        if any(m["name"] == title for m in mats):
            return
        mats.append(
            {
                "material_id": f"M{len(mats) + 1}",
                "name": title,
                "required": required,
                "ecert_type": ecert,
                "tolerance": tolerance,
                "copies": copies,
                "note": note,
            }
        )

    business = "business" in audience and "personal" not in audience
    if business:
        if not any(word in name for word in _NO_LICENSE_YET):
            add("营业执照", ecert="business_license", note="可使用电子营业执照")
        add("法定代表人或经办人居民身份证", ecert="resident_id")
        add("授权委托书", required=False, tolerance=True, note="委托他人办理时提供")
    else:
        add("居民身份证", ecert="resident_id", note="原件；可使用电子证照")
    for word, ecert, title in _ECERT_BY_WORD:
        if word in name and not (ecert == "birth_cert" and "《出生医学证明》" in name):
            add(title, ecert=ecert, note="原件；可使用电子证照")
            break
    if name in _NEWBORN_FOLLOWUPS:
        add(
            "出生医学证明",
            required=name != "社会保障卡申领",
            ecert="birth_cert",
            note="为新生儿办理时提供；可使用电子证照",
        )
    if "（新办）" in name or "设立" in name:
        add("经营场所使用证明", tolerance=True, note="房屋产权证明或租赁合同，可容缺后补")
    if "变更" in name:
        add("变更事项相关证明材料", tolerance=True, note="可先行承诺，5个工作日内补交")
    if "提取" in name and "公积金" in name:
        add("提取事由证明材料", tolerance=True, note="购房合同、租赁合同等，可容缺后补")
        add("本人银行卡", note="一类银行账户")
    if any(word in name for word in ("申领", "核发", "补领", "换领", "首次")) and "卡" in name:
        add("近期免冠彩色证件照片", note="可在自助终端现场拍摄")
    if any(word in name for word in ("补贴", "津贴", "待遇", "救助")) and "认证" not in name:
        add("本人银行账户信息", note="用于待遇发放")
        add("收入或困难情况证明", required=False, tolerance=True, note="可作出书面承诺，后续核查")
    if "死亡" in name or "身后" in name or "遗属" in name:
        add("死亡证明", note="医学死亡证明或公安机关出具的证明")
    if len(mats) < 3 and rng.random() < 0.5:
        add("其他相关证明材料", required=False, tolerance=True, note="视具体情形提供")
    return mats


def _fee(name: str) -> dict[str, Any]:
    rules = (
        (("护照",), 12000, "普通护照每本120元"),
        (("通行证首次申领", "通行证换发", "通行证补发"), 6000, "通行证每本60元"),
        (("签注",), 1500, "每次签注15元"),
        (("居民身份证补领", "居民身份证换领", "居民身份证异地"), 2000, "工本费每证20元"),
        (("临时居民身份证",), 1000, "工本费每证10元"),
        (("号牌补领", "临时号牌"), 10000, "号牌工本费每副100元"),
        (("驾驶证补领", "驾驶证损毁换领", "驾驶证期满换证"), 1000, "工本费每证10元"),
        (("公证",), 20000, "按公证服务收费标准收取，参考价200元"),
        (("首次登记", "转移登记"), 8000, "住宅类不动产登记费每件80元（含第一本证书工本费）"),
        (("不动产权证书补发", "不动产权证书换发"), 1000, "证书工本费每本10元"),
    )
    for words, fen, text in rules:
        if any(word in name for word in words):
            if "不动产" not in name and words[0] in ("首次登记", "转移登记"):
                continue
            return {"amount_fen": fen, "text": text}
    return {"amount_fen": 0, "text": "不收费"}


def _time_limit(name: str, self_service: bool, rng: random.Random) -> dict[str, int]:
    if any(word in name for word in _QUERY_WORDS) or "认证" in name:
        return {"legal_days": 0 if self_service else 5, "promised_days": 0}
    if "许可" in name or "审批" in name or "资质" in name:
        legal = rng.choice((20, 20, 30, 45))
    elif "登记" in name:
        legal = rng.choice((3, 10, 15, 20, 30))
    elif "身份证" in name:
        legal = 60
    else:
        legal = rng.choice((5, 10, 15, 20))
    promised = max(0, min(legal, rng.choice((1, 2, 3, 5, 7, 10)))) if legal else 0
    if self_service:
        promised = min(promised, 5)
    return {"legal_days": legal, "promised_days": promised}


def _deliveries(name: str, self_service: bool) -> list[str]:
    physical = any(word in name for word in _PHYSICAL_WORDS) and not any(
        word in name
        for word in ("查询", "打印", "证明开具", "备案", "挂失", "解挂", "密码", "启用", "状态")
    )
    if any(word in name for word in ("查询", "打印", "开具", "认证")):
        return ["ecert", "window"]
    if physical:
        out = ["cabinet", "post", "window"] if self_service else ["post", "window"]
        if "卡" not in name:
            out.insert(0, "ecert")
        return out
    return ["ecert", "window"]


def _form(name: str, audience: list[str], rng: random.Random) -> dict[str, Any]:
    fields: list[dict[str, Any]] = []
    business = "business" in audience and "personal" not in audience
    if business:
        fields.append(_field("company_name", "单位名称", max_length=100))
        fields.append(
            _field("credit_code", "统一社会信用代码", pattern=CREDIT_CODE_PATTERN, max_length=18)
        )
    fields.extend([dict(_NAME_FIELD), dict(_ID_FIELD), dict(_PHONE_FIELD)])
    if name == "社会保障卡申领":
        fields.extend(
            [
                _field("sex", "性别", "select", prefill="idcard.sex", options=["男", "女"]),
                _field("nation", "民族", prefill="idcard.nation", max_length=10),
                _field("birth_date", "出生日期", "date", prefill="idcard.birth_date"),
                _field("bank", "社保卡合作银行", "select", options=list(BANKS)),
            ]
        )
    elif name in (
        "《出生医学证明》办理（首签）",
        "本市户口登记（申报出生登记）",
        "预防接种证办理",
        "办理居民医保登记",
    ):
        fields.extend(
            [
                _field("baby_name", "新生儿姓名", max_length=20),
                _field("baby_sex", "新生儿性别", "select", options=["男", "女"]),
                _field("baby_birth_date", "新生儿出生日期", "date"),
                _field("birth_hospital", "出生医院", max_length=60),
            ]
        )
    elif "提取" in name and "公积金" in name:
        fields.extend(
            [
                _field("reason", "提取原因", "select", options=list(_WITHDRAW_REASONS)),
                _field(
                    "amount",
                    "提取金额（元）",
                    "number",
                    pattern=r"^\d{1,7}(\.\d{1,2})?$",
                    max_length=10,
                ),
                _field("bank_account", "收款银行卡号", pattern=r"^\d{12,19}$", max_length=19),
            ]
        )
    elif "异地就医" in name:
        fields.extend(
            [
                _field(
                    "filing_type",
                    "备案类型",
                    "select",
                    options=["异地长期居住", "常驻异地工作", "异地转诊", "临时外出就医"],
                ),
                _field("target_city", "就医地（省市）", max_length=40),
                _field("start_date", "备案开始日期", "date"),
            ]
        )
    elif any(word in name for word in ("补领", "补办", "补发", "挂失")):
        fields.append(_field("loss_reason", "补办原因", "select", options=list(_LOSS_REASONS)))
    elif "变更" in name:
        fields.append(_field("change_content", "变更内容", max_length=200))
    elif any(word in name for word in ("证明", "开具", "打印")):
        fields.append(_field("purpose", "用途", "select", options=list(_PURPOSES)))
    elif "查询" in name:
        fields.append(
            _field("query_range", "查询范围", "select", options=["近1年", "近3年", "全部"])
        )
    elif any(word in name for word in ("补贴", "津贴", "待遇", "救助")) and "认证" not in name:
        fields.extend(
            [
                _field("bank", "收款银行", "select", options=list(BANKS)),
                _field("bank_account", "收款银行卡号", pattern=r"^\d{12,19}$", max_length=19),
            ]
        )
    else:
        fields.append(_field("remark", "补充说明", required=False, max_length=200))
    if not business and rng.random() < 0.5:
        fields.append(dict(_ADDRESS_FIELD))
    if rng.random() < 0.3:
        fields.append(
            _field(
                "email",
                "电子邮箱",
                "email",
                required=False,
                pattern=r"^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$",
                max_length=60,
            )
        )
    fields.append(dict(_CONSENT_FIELD))
    return {"fields": fields}


def _where_else(name: str, dept: DeptSpec, audience: list[str], rng: random.Random) -> list[str]:
    out = [f"市民中心{dept.window}", "各区县政务服务中心"]
    if "personal" in audience and rng.random() < 0.6:
        out.append("街道（镇）便民服务中心")
    out.append("爱山东APP")
    if rng.random() < 0.5:
        out.append("山东政务服务网")
    return out


@lru_cache(maxsize=4)
def _generate(seed: int) -> SeedCatalogue:
    dept_names: dict[str, str] = {}
    by_name: dict[str, DeptSpec] = {}
    order: list[str] = []
    for dept in DEPARTMENTS:
        dept_names[dept.code] = dept.name
        for name in _names_of(dept):
            if name not in by_name:
                by_name[name] = dept
                order.append(name)
    specs = {dept.code: dept for dept in DEPARTMENTS}
    bundle_rows = BUNDLE_ROWS
    for _no, _bundle, item_name, dept_word, _lead in bundle_rows:
        if item_name not in by_name:
            by_name[item_name] = specs[BUNDLE_DEPARTMENTS[dept_word]]
            order.append(item_name)

    counters: dict[str, int] = {}
    dept_index = {dept.code: i + 1 for i, dept in enumerate(DEPARTMENTS)}
    items: list[dict[str, Any]] = []
    id_of: dict[str, str] = {}
    for name in order:
        dept = by_name[name]
        counters[dept.code] = counters.get(dept.code, 0) + 1
        seq = counters[dept.code]
        item_id = f"{REGION}-{dept.code.upper()}-{seq:04d}"
        id_of[name] = item_id
        rng = _item_rng(seed, name)
        self_service = name in SELF_SERVICE
        audience = _audience(name, dept)
        short = _short_name(name)
        law_count = min(len(dept.laws), rng.choice((1, 2, 2, 3)))
        time_limit = _time_limit(name, self_service, rng)
        check = rng.randrange(1000)
        items.append(
            {
                "item_id": item_id,
                "code": f"11{REGION}00{dept_index[dept.code]:03d}{seq:05d}{check:03d}",
                "name": name,
                "short_name": short,
                "aliases": _aliases(name, short),
                "department": dept.code,
                "themes": _themes(name, dept, audience),
                "audience": audience,
                "kiosk_mode": "self_service" if self_service else "guide_only",
                "identity_level": _identity_level(name, self_service),
                "conditions": _conditions(name, audience),
                "materials": _materials(name, audience, rng),
                "fee": _fee(name),
                "time_limit": time_limit,
                "visits": 0 if self_service or rng.random() < 0.45 else 1,
                "where_else": _where_else(name, dept, audience, rng),
                "legal_basis": sorted(rng.sample(dept.laws, law_count), key=dept.laws.index),
                "form": _form(name, audience, rng),
                "deliveries": _deliveries(name, self_service),
                "bundle_ids": [],
            }
        )

    item_by_id = {item["item_id"]: item for item in items}
    bundles: dict[int, dict[str, Any]] = {}
    for no, bundle_name, item_name, _dept, lead in bundle_rows:
        bundle_id = f"B{no:02d}"
        bundle = bundles.setdefault(
            no, {"bundle_id": bundle_id, "name": bundle_name, "lead_item_id": None, "item_ids": []}
        )
        item_id = id_of[item_name]
        if item_id not in bundle["item_ids"]:
            bundle["item_ids"].append(item_id)
        if lead:
            bundle["lead_item_id"] = item_id
        if bundle_id not in item_by_id[item_id]["bundle_ids"]:
            item_by_id[item_id]["bundle_ids"].append(bundle_id)

    hot = [id_of[name] for name in HOT_ITEMS]
    overrides = {
        "DEFAULT": {"hidden": [], "hot": hot},
        "DEMO": {"hidden": [id_of[name] for name in _DEMO_HIDDEN], "hot": hot},
    }
    return SeedCatalogue(
        departments=[{"code": d.code, "name": d.name} for d in DEPARTMENTS],
        themes=[{"code": c, "name": n, "audience": list(a)} for c, n, a in THEMES],
        items=items,
        bundles=[bundles[no] for no in sorted(bundles)],
        site_overrides=overrides,
    )


def generate_catalogue(seed: int = DEFAULT_SEED) -> SeedCatalogue:
    """The catalogue for ``seed`` (cached: treat the result as read-only)."""
    return _generate(seed)


def ecert_record(resident: TestResident, cert_type: str, index: int) -> dict[str, Any]:
    """The e-certificate ``cert_type`` of a test resident, in the API's shape."""
    title, issuer = ECERT_TYPES[cert_type]
    digest = hashlib.sha256(f"{resident.id_number}:{cert_type}".encode()).hexdigest()[:12]
    issued = date(2015 + index % 8, 1 + index % 12, 1 + (index * 7) % 28)
    valid_to = (
        "长期"
        if cert_type
        in ("household_register", "marriage_cert", "degree_cert", "birth_cert", "retirement_cert")
        else f"{issued.year + 20}-{issued.month:02d}-{issued.day:02d}"
    )
    return {
        "cert_id": f"EC-{cert_type.upper()}-{digest}",
        "type": cert_type,
        "name": title,
        "issuer": f"济南市{issuer}",
        "issued_at": issued.isoformat(),
        "valid_to": valid_to,
    }
