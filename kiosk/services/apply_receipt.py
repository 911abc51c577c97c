"""The paper receipt (回执) of an application or a "一件事" bundle (pure, no Qt, no I/O).

A single application delivered to the platform prints exactly the standard template
(:func:`drivers.printer.templates.application_receipt_document`). When the platform has not
answered yet, the number is the kiosk reference and the receipt says the application was
submitted on this kiosk and will be sent automatically when the network returns. A bundle
prints one receipt listing every component application with its own number.

Privacy: the ID number and name go through the template's masking (or
:func:`kiosk.privacy.mask_id_number` / ``mask_name`` here); no phone, no address.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from drivers.camera.qr import format_code
from drivers.printer.document import Block, Columns, Document, Feed, Field, QRCode, Rule, Text
from drivers.printer.escpos import Align
from drivers.printer.templates import (
    HOTLINE,
    ApplicationReceipt,
    Material,
    MaterialStatus,
    PickupMethod,
    application_receipt_document,
    fmt_date,
    fmt_time,
    heading,
    label,
)
from kiosk.privacy import mask_id_number, mask_name

__all__ = [
    "OFFLINE_NOTE",
    "ReceiptApplication",
    "ReceiptData",
    "add_working_days",
    "progress_code",
    "receipt_document",
]

#: printed (and shown) when the platform has not answered yet: zh, en
OFFLINE_NOTE = {
    "zh": "已在本终端提交，网络恢复后将自动报送。请凭身份证查询办理进度。",
    "en": (
        "Submitted on this kiosk; it will be sent automatically when the network returns. "
        "Query progress with your ID card."
    ),
}
_BUNDLE = {"zh": "一件事：", "en": "Combined service: "}
_PICKUP = {
    "cabinet": PickupMethod.CABINET,
    "post": PickupMethod.POST,
    "ecert": PickupMethod.E_CERTIFICATE,
    "window": PickupMethod.WINDOW,
}
_MATERIAL = {
    "ecert": MaterialStatus.E_CERTIFICATE,
    "scan": MaterialStatus.PROVIDED,
    "commitment": MaterialStatus.COMMITMENT,
}


@dataclass(frozen=True, slots=True)
class ReceiptApplication:
    """One (component) application on the receipt."""

    item_name: str
    number: str  # the platform's application number, or the kiosk reference
    delivered: bool
    promised_date: dt.date
    delivery: str  # cabinet / post / ecert / window


@dataclass(frozen=True, slots=True)
class ReceiptData:
    applications: Sequence[ReceiptApplication]
    submitted_at: dt.datetime
    id_number: str
    applicant_name: str
    materials: Sequence[tuple[str, str]]  # (name, source)
    kiosk_id: str
    bundle_name: str = ""
    hotline: str = HOTLINE


def add_working_days(start: dt.date, days: int) -> dt.date:
    """``days`` working days (Monday-Friday) after ``start`` (holidays are not known here)."""
    current = start
    left = max(0, days)
    while left:
        current += dt.timedelta(days=1)
        if current.weekday() < 5:
            left -= 1
    return current


def progress_code(number: str) -> str:
    """The QR payload of a receipt: scanned at a kiosk, it opens the application's progress."""
    return format_code("receipt", number)


def _lang(lang: str) -> str:
    return "en" if lang.lower().startswith("en") else "zh"


def receipt_document(data: ReceiptData, lang: str = "zh_CN") -> Document:
    """The receipt to print (see the module docstring)."""
    materials = [
        Material(name, _MATERIAL.get(source, MaterialStatus.PROVIDED))
        for name, source in data.materials
    ]
    first = data.applications[0]
    if len(data.applications) == 1 and not data.bundle_name:
        document = application_receipt_document(
            ApplicationReceipt(
                application_no=first.number,
                item_name=first.item_name,
                submitted_at=data.submitted_at,
                id_number=data.id_number,
                materials=materials,
                promised_date=first.promised_date,
                pickup=_PICKUP.get(first.delivery, PickupMethod.WINDOW),
                progress_url=progress_code(first.number),
                kiosk_id=data.kiosk_id,
                applicant_name=data.applicant_name,
                hotline=data.hotline,
            ),
            lang,
        )
        if first.delivered:
            return document
        blocks = list(document.blocks)
        # After the title, the number, the service and the time: say how it will travel.
        blocks[5:5] = [Text(OFFLINE_NOTE[_lang(lang)], bold=True)]
        return Document(tuple(blocks), name=document.name)
    return _bundle_document(data, materials, lang)


def _bundle_document(data: ReceiptData, materials: Sequence[Material], lang: str) -> Document:
    code = _lang(lang)
    blocks: list[Block] = [
        Text(label("Application receipt", lang), Align.CENTER, width=2, height=2, bold=True),
        Text(_BUNDLE[code] + data.bundle_name, Align.CENTER, bold=True),
        Feed(1),
        Field(label("Submitted", lang), fmt_time(data.submitted_at, lang)),
    ]
    if data.applicant_name:
        blocks.append(Field(label("Applicant", lang), mask_name(data.applicant_name)))
    blocks.append(Field(label("ID number", lang), mask_id_number(data.id_number)))
    if not all(a.delivered for a in data.applications):
        blocks.append(Text(OFFLINE_NOTE[code], bold=True))
    for application in data.applications:
        blocks += [
            Rule(),
            Field(label("Application No.", lang), application.number, bold=True),
            Field(label("Service", lang), application.item_name),
            Field(label("Promised completion", lang), fmt_date(application.promised_date, lang)),
            Field(
                label("Pickup", lang),
                label(_pickup_label(application.delivery), lang),
            ),
        ]
    blocks += [Rule(), Text(heading("Materials", lang), bold=True)]
    for i, material in enumerate(materials, 1):
        number = f"{i}. "
        status = {
            MaterialStatus.PROVIDED: "Provided",
            MaterialStatus.E_CERTIFICATE: "E-certificate",
            MaterialStatus.COMMITMENT: "Deferred (commitment signed)",
        }[MaterialStatus(material.status)]
        blocks.append(Columns(number + material.name, label(status, lang), indent=len(number)))
    blocks += [
        Rule(),
        Feed(1),
        QRCode(progress_code(data.applications[0].number)),
        Feed(1),
        Text(label("Scan to check progress", lang), Align.CENTER),
        Rule(),
        Text(
            label(
                "Keep this receipt. Deferred materials must be supplied before the promised date.",
                lang,
            )
        ),
        Columns(
            f"{label('Kiosk', lang)}{data.kiosk_id}", f"{label('Hotline', lang)}{data.hotline}"
        ),
    ]
    return Document(tuple(blocks), name="bundle_receipt")


def _pickup_label(delivery: str) -> str:
    return {
        "cabinet": "Smart cabinet pickup",
        "post": "By post",
        "ecert": "Electronic certificate",
        "window": "At the service window",
    }.get(delivery, "At the service window")
