"""Receipt templates: plain dataclasses in, ESC/POS job bytes out (pure, no I/O).

Every template has two functions: ``*_document(data, lang)`` builds the
:class:`~drivers.printer.document.Document` (tested without a printer), and the short-named
one (``application_receipt(data, profile, lang)``) compiles it for a printer profile and
returns the job bytes for :meth:`EscPosPrinter.print_job
<drivers.printer.driver.EscPosPrinter.print_job>`.

Language follows the resident's session: labels are Chinese, or English when the session
language starts with ``en``; the data (item names, materials, addresses) stays Chinese, as the
platform sends it. Labels are English source strings with their Chinese text in
:data:`LABELS` (the receipt's own zh/en table): receipts are
built on the printer's worker thread, so they do not go through Qt's translator.

Privacy: ID numbers are printed only through :func:`kiosk.privacy.mask_id_number` and names
through :func:`kiosk.privacy.mask_name`; the dataclasses take the raw value so that a caller
cannot forget to mask it. The receipt carries no phone number and no address of the resident.

Exceptions: ``ValueError`` for data that cannot be laid out (see
:mod:`drivers.printer.document`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from drivers.printer.document import (
    Block,
    Columns,
    Document,
    Feed,
    Field,
    QRCode,
    Rule,
    Text,
    compile_job,
)
from drivers.printer.escpos import Align
from drivers.printer.profiles import DEFAULT_PROFILE, PrinterProfile
from kiosk.privacy import mask_id_number, mask_name

HOTLINE = "12345"

#: English source -> Simplified Chinese, for every label printed on paper
LABELS: dict[str, str] = {
    "Application receipt": "办件回执",
    "Application No.": "办件编号：",
    "Service": "办理事项：",
    "Submitted": "提交时间：",
    "Applicant": "申请人：",
    "ID number": "证件号码：",
    "Materials": "申请材料：",
    "Provided": "已提交",
    "E-certificate": "电子证照",
    "Deferred (commitment signed)": "容缺后补（已签承诺）",
    "Promised completion": "承诺办结：",
    "Pickup": "领取方式：",
    "Smart cabinet pickup": "智能柜自取",
    "By post": "邮寄送达",
    "Electronic certificate": "电子证照",
    "At the service window": "窗口领取",
    "Scan to check progress": "扫码查询办件进度",
    "Kiosk": "终端编号：",
    "Hotline": "咨询电话：",
    "Printed": "打印时间：",
    "Keep this receipt. Deferred materials must be supplied before the promised date.": (
        "请妥善保管本回执。容缺材料请在承诺期限内补齐。"
    ),
    "Queue ticket": "排队取号",
    "Waiting ahead": "前面等候：",
    "people": "人",
    "Issued": "取号时间：",
    "Please listen for your number. A missed number must be taken again.": (
        "请留意叫号，过号需重新取号。"
    ),
    "Pickup slip": "取件凭条",
    "Item collected": "领取物品：",
    "Cabinet": "柜号：",
    "Compartment": "格口：",
    "Collected": "取件时间：",
    "Please check your documents before leaving.": "请当场核对所取证件。",
    "Service guide": "办事指南",
    "Department": "实施机关：",
    "Conditions": "申请条件",
    "Fee": "收费标准：",
    "Legal time limit": "法定时限：",
    "Promised time limit": "承诺时限：",
    "Visits to the hall": "到现场次数：",
    "Where to apply": "办理地点：",
    "Printer test page": "打印机测试页",
    "Profile": "型号配置：",
    "Character set": "字符集：",
    "Dots per line": "每行点数：",
    "Full-width punctuation": "全角标点：",
    "Extension A": "扩展A区：",
    "Widths": "字宽对齐：",
    "Sizes": "字号：",
    "Counters": "计数",
    "Pages printed": "已打印页数",
    "Jobs printed": "已打印任务",
    "Jobs refused": "拒绝任务",
    "Bytes sent": "已发送字节",
    "Paper": "纸张",
    "If this page prints cleanly, the printer works.": "本页打印清晰即表示打印机正常。",
}

_DATE_FMT = {"zh": "%Y年%m月%d日", "en": "%Y-%m-%d"}
_TIME_FMT = {"zh": "%Y年%m月%d日 %H:%M", "en": "%Y-%m-%d %H:%M"}


def _lang(lang: str) -> str:
    return "en" if lang.lower().startswith("en") else "zh"


def label(source: str, lang: str) -> str:
    """The label for ``source`` in ``lang`` (English labels get ``": "`` where the Chinese
    one ends with a full-width colon)."""
    zh = LABELS[source]
    if _lang(lang) == "zh":
        return zh
    return f"{source}: " if zh.endswith("：") else source


def heading(source: str, lang: str) -> str:
    """:func:`label` without its trailing colon, for section headings."""
    return label(source, lang).rstrip(": ：")


def fmt_date(value: date, lang: str) -> str:
    return value.strftime(_DATE_FMT[_lang(lang)])


def fmt_time(value: datetime, lang: str) -> str:
    return value.strftime(_TIME_FMT[_lang(lang)])


# ---------------------------------------------------------------------------- data


class MaterialStatus(StrEnum):
    PROVIDED = "provided"
    E_CERTIFICATE = "e_certificate"
    COMMITMENT = "commitment"  # 容缺: the resident signed a commitment to supply it later


_MATERIAL_LABEL = {
    MaterialStatus.PROVIDED: "Provided",
    MaterialStatus.E_CERTIFICATE: "E-certificate",
    MaterialStatus.COMMITMENT: "Deferred (commitment signed)",
}


class PickupMethod(StrEnum):
    CABINET = "cabinet"
    POST = "post"
    E_CERTIFICATE = "e_certificate"
    WINDOW = "window"


_PICKUP_LABEL = {
    PickupMethod.CABINET: "Smart cabinet pickup",
    PickupMethod.POST: "By post",
    PickupMethod.E_CERTIFICATE: "Electronic certificate",
    PickupMethod.WINDOW: "At the service window",
}


@dataclass(frozen=True, slots=True)
class Material:
    name: str
    status: MaterialStatus = MaterialStatus.PROVIDED


@dataclass(frozen=True, slots=True)
class ApplicationReceipt:
    """回执 after a submission. ``id_number``/``applicant_name`` are raw: masked here."""

    application_no: str
    item_name: str
    submitted_at: datetime
    id_number: str
    materials: Sequence[Material]
    promised_date: date
    pickup: PickupMethod
    progress_url: str
    kiosk_id: str
    applicant_name: str = ""
    hotline: str = HOTLINE


@dataclass(frozen=True, slots=True)
class QueueTicket:
    """取号 ticket."""

    number: str
    service: str
    waiting: int
    issued_at: datetime
    kiosk_id: str
    hall: str = ""


@dataclass(frozen=True, slots=True)
class PickupSlip:
    """取件凭条 after a certificate was taken from the pickup cabinet."""

    application_no: str
    item_name: str
    document: str
    cabinet: str
    compartment: str
    collected_at: datetime
    id_number: str
    kiosk_id: str
    hotline: str = HOTLINE


@dataclass(frozen=True, slots=True)
class GuideMaterial:
    name: str
    note: str = ""  # "原件1份，复印件1份"


@dataclass(frozen=True, slots=True)
class ServiceGuide:
    """办事指南 print-out (from the catalogue item's guide)."""

    item_name: str
    department: str
    conditions: Sequence[str]
    materials: Sequence[GuideMaterial]
    fee: str
    legal_limit: str
    promised_limit: str
    visits: str = ""
    location: str = ""
    hotline: str = HOTLINE
    printed_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class TechnicianPage:
    """Technician test page; ``counters`` like ``{"Pages printed": 12}`` (labels from
    :data:`LABELS` are translated, other keys printed as given)."""

    profile: PrinterProfile = DEFAULT_PROFILE
    counters: Mapping[str, int | str] = field(default_factory=dict)
    paper: str = ""
    device_id: str = ""
    printed_at: datetime | None = None
    qr_data: str = "https://example.gov.cn/kiosk/printer-test"


# ---------------------------------------------------------------------------- documents


def _title(text: str) -> Block:
    return Text(text, Align.CENTER, width=2, height=2, bold=True)


def _footer(kiosk_id: str, hotline: str, lang: str) -> list[Block]:
    return [
        Columns(f"{label('Kiosk', lang)}{kiosk_id}", f"{label('Hotline', lang)}{hotline}"),
    ]


def application_receipt_document(data: ApplicationReceipt, lang: str = "zh_CN") -> Document:
    blocks: list[Block] = [
        _title(label("Application receipt", lang)),
        Feed(1),
        Field(label("Application No.", lang), data.application_no, bold=True),
        Field(label("Service", lang), data.item_name),
        Field(label("Submitted", lang), fmt_time(data.submitted_at, lang)),
    ]
    if data.applicant_name:
        blocks.append(Field(label("Applicant", lang), mask_name(data.applicant_name)))
    blocks += [
        Field(label("ID number", lang), mask_id_number(data.id_number)),
        Rule(),
        Text(heading("Materials", lang), bold=True),
    ]
    for i, material in enumerate(data.materials, 1):
        status = label(_MATERIAL_LABEL[MaterialStatus(material.status)], lang)
        number = f"{i}. "
        blocks.append(Columns(number + material.name, status, indent=len(number)))
    blocks += [
        Rule(),
        Field(label("Promised completion", lang), fmt_date(data.promised_date, lang), bold=True),
        Field(label("Pickup", lang), label(_PICKUP_LABEL[PickupMethod(data.pickup)], lang)),
        Feed(1),
        QRCode(data.progress_url),
        Feed(1),
        Text(label("Scan to check progress", lang), Align.CENTER),
        Rule(),
        Text(
            label(
                "Keep this receipt. Deferred materials must be supplied before the promised date.",
                lang,
            )
        ),
        *_footer(data.kiosk_id, data.hotline, lang),
    ]
    return Document(tuple(blocks), name="application_receipt")


def queue_ticket_document(data: QueueTicket, lang: str = "zh_CN") -> Document:
    blocks: list[Block] = [Text(label("Queue ticket", lang), Align.CENTER, bold=True)]
    if data.hall:
        blocks.append(Text(data.hall, Align.CENTER))
    waiting = (
        f"{data.waiting} {label('people', lang)}"
        if _lang(lang) == "en"
        else f"{data.waiting}{label('people', lang)}"
    )
    blocks += [
        Feed(1),
        Text(data.number, Align.CENTER, width=4, height=4, bold=True),
        Feed(1),
        Field(label("Service", lang), data.service),
        Field(label("Waiting ahead", lang), waiting, bold=True),
        Field(label("Issued", lang), fmt_time(data.issued_at, lang)),
        Rule(),
        Text(label("Please listen for your number. A missed number must be taken again.", lang)),
        Field(label("Kiosk", lang), data.kiosk_id),
    ]
    return Document(tuple(blocks), name="queue_ticket")


def pickup_slip_document(data: PickupSlip, lang: str = "zh_CN") -> Document:
    blocks: list[Block] = [
        _title(label("Pickup slip", lang)),
        Feed(1),
        Field(label("Application No.", lang), data.application_no, bold=True),
        Field(label("Service", lang), data.item_name),
        Field(label("Item collected", lang), data.document),
        Field(label("Cabinet", lang), data.cabinet),
        Field(label("Compartment", lang), data.compartment),
        Field(label("Collected", lang), fmt_time(data.collected_at, lang)),
        Field(label("ID number", lang), mask_id_number(data.id_number)),
        Rule(),
        Text(label("Please check your documents before leaving.", lang)),
        *_footer(data.kiosk_id, data.hotline, lang),
    ]
    return Document(tuple(blocks), name="pickup_slip")


def service_guide_document(data: ServiceGuide, lang: str = "zh_CN") -> Document:
    blocks: list[Block] = [
        _title(label("Service guide", lang)),
        Feed(1),
        Text(data.item_name, Align.CENTER, bold=True),
        Field(label("Department", lang), data.department),
        Rule(),
        Text(label("Conditions", lang), bold=True),
    ]
    blocks += [Field(f"{i}. ", c) for i, c in enumerate(data.conditions, 1)]
    blocks += [Rule(), Text(heading("Materials", lang), bold=True)]
    for i, m in enumerate(data.materials, 1):
        blocks.append(Field(f"{i}. ", f"{m.name}（{m.note}）" if m.note else m.name))
    blocks += [
        Rule(),
        Field(label("Fee", lang), data.fee),
        Field(label("Legal time limit", lang), data.legal_limit),
        Field(label("Promised time limit", lang), data.promised_limit),
    ]
    if data.visits:
        blocks.append(Field(label("Visits to the hall", lang), data.visits))
    if data.location:
        blocks.append(Field(label("Where to apply", lang), data.location))
    blocks.append(Field(label("Hotline", lang), data.hotline))
    if data.printed_at is not None:
        blocks.append(Field(label("Printed", lang), fmt_time(data.printed_at, lang)))
    return Document(tuple(blocks), name="service_guide")


#: the Extension A sample on the test page: 㐀 (4-byte 81 39 EE 39), 㵘 (4-byte 82 31 E0 37),
#: 䶮 (2-byte FE 9F in GB18030, private use in GBK, as in the name 刘䶮)
EXT_A_SAMPLE = "㐀㵘䶮"


def technician_page_document(data: TechnicianPage, lang: str = "zh_CN") -> Document:
    profile = data.profile
    cols = profile.columns
    ruler = "".join(str(i % 10) for i in range(1, cols + 1))
    blocks: list[Block] = [
        _title(label("Printer test page", lang)),
        Feed(1),
        Field(label("Profile", lang), profile.name),
        Field(label("Character set", lang), profile.charset.upper()),
        Field(label("Dots per line", lang), f"{profile.dots_per_line} ({cols}/{cols // 2})"),
    ]
    if data.device_id:
        blocks.append(Field(label("Kiosk", lang), data.device_id))
    blocks += [
        Rule(),
        Field(label("Full-width punctuation", lang), "，。、；：？！（）【】《》“”…—￥¥"),
        Field(label("Extension A", lang), EXT_A_SAMPLE),
        Text("ABCDEFGHIJKLMNOPQRSTUVWXYZ abcdefghijklmnopqrstuvwxyz 0123456789 @#%&*+-=/"),
        Text("政务服务一网通办，二十四小时自助办理。"),
        Rule(),
        Text(label("Widths", lang)),
        Text(ruler),
        Text("一二三四五六七八九十" * (cols // 20) + "一二三四五六七八九十"[: (cols % 20) // 2]),
        Text(label("Sizes", lang)),
        Text("x1 标准", width=1, height=1),
        Text("x2 加倍", width=2, height=2),
        Text("粗体 Bold", bold=True),
        Text("居中 centre", Align.CENTER),
        Text("靠右 right", Align.RIGHT),
        Rule(),
        Feed(1),
        QRCode(data.qr_data),
        Feed(1),
        Rule(),
    ]
    if data.counters or data.paper:
        blocks.append(Text(label("Counters", lang), bold=True))
        if data.paper:
            blocks.append(Columns(label("Paper", lang), data.paper))
        for key, value in data.counters.items():
            name = label(key, lang) if key in LABELS else key
            blocks.append(Columns(name, str(value)))
        blocks.append(Rule())
    if data.printed_at is not None:
        blocks.append(Field(label("Printed", lang), fmt_time(data.printed_at, lang)))
    blocks.append(Text(label("If this page prints cleanly, the printer works.", lang)))
    return Document(tuple(blocks), name="technician_page")


# ---------------------------------------------------------------------------- job bytes


def application_receipt(
    data: ApplicationReceipt, profile: PrinterProfile = DEFAULT_PROFILE, lang: str = "zh_CN"
) -> bytes:
    return compile_job(application_receipt_document(data, lang), profile).data


def queue_ticket(
    data: QueueTicket, profile: PrinterProfile = DEFAULT_PROFILE, lang: str = "zh_CN"
) -> bytes:
    return compile_job(queue_ticket_document(data, lang), profile).data


def pickup_slip(
    data: PickupSlip, profile: PrinterProfile = DEFAULT_PROFILE, lang: str = "zh_CN"
) -> bytes:
    return compile_job(pickup_slip_document(data, lang), profile).data


def service_guide(
    data: ServiceGuide, profile: PrinterProfile = DEFAULT_PROFILE, lang: str = "zh_CN"
) -> bytes:
    return compile_job(service_guide_document(data, lang), profile).data


def technician_page(data: TechnicianPage, lang: str = "zh_CN") -> bytes:
    return compile_job(technician_page_document(data, lang), data.profile).data
