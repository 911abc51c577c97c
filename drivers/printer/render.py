"""Render every receipt template through the real driver and the emulator to PNG.

``python -m drivers.printer.render [--out docs/receipts]`` starts an emulator on a loopback
port for each printer profile used, prints the sample receipts with
:class:`~drivers.printer.driver.EscPosPrinter` over TCP, and saves what the emulator cut as
``<name>.png``. The sample data here is also what the tests and ``bench/receipt.py`` print.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from drivers.printer.document import Document, Job, compile_job
from drivers.printer.driver import EscPosPrinter
from drivers.printer.emulator import EscPosEmulator
from drivers.printer.profiles import PROFILES, PrinterProfile
from drivers.printer.templates import (
    ApplicationReceipt,
    GuideMaterial,
    Material,
    MaterialStatus,
    PickupMethod,
    PickupSlip,
    QueueTicket,
    ServiceGuide,
    TechnicianPage,
    application_receipt_document,
    pickup_slip_document,
    queue_ticket_document,
    service_guide_document,
    technician_page_document,
)

DEFAULT_OUT = Path(__file__).resolve().parents[2] / "docs" / "receipts"
NOW = datetime(2025, 11, 24, 14, 5)


def sample_application() -> ApplicationReceipt:
    return ApplicationReceipt(
        application_no="SQ2025112400012345",
        item_name="居民身份证换领（有效期满换证）",
        submitted_at=NOW,
        id_number="140105199003071234",
        applicant_name="刘䶮",
        materials=(
            Material("居民身份证", MaterialStatus.PROVIDED),
            Material("户口簿", MaterialStatus.E_CERTIFICATE),
            Material("近期免冠证件照片（数码照片回执）", MaterialStatus.COMMITMENT),
        ),
        promised_date=date(2025, 12, 8),
        pickup=PickupMethod.CABINET,
        progress_url="https://zwfw.example.gov.cn/q/SQ2025112400012345",
        kiosk_id="KIOSK-0571-001",
    )


def sample_queue_ticket() -> QueueTicket:
    return QueueTicket(
        number="A023",
        service="社保卡申领、补换",
        waiting=7,
        issued_at=NOW,
        kiosk_id="KIOSK-0571-001",
        hall="市民中心政务服务大厅",
    )


def sample_pickup_slip() -> PickupSlip:
    return PickupSlip(
        application_no="SQ2025112400012345",
        item_name="居民身份证换领（有效期满换证）",
        document="居民身份证（1张）",
        cabinet="2号智能证照柜",
        compartment="B07",
        collected_at=datetime(2025, 12, 9, 9, 30),
        id_number="140105199003071234",
        kiosk_id="KIOSK-0571-001",
    )


def sample_service_guide() -> ServiceGuide:
    return ServiceGuide(
        item_name="城乡居民基本养老保险参保登记",
        department="市社会保险事业管理中心",
        conditions=(
            "年满16周岁（不含在校学生），非国家机关和事业单位工作人员及不属于职工基本养老"
            "保险制度覆盖范围的城乡居民。",
            "在户籍所在地参保。",
        ),
        materials=(
            GuideMaterial("居民身份证或社会保障卡", "原件1份"),
            GuideMaterial("户口簿", "原件1份，可用电子证照代替"),
            GuideMaterial("《城乡居民基本养老保险参保登记表》", "原件1份，可在自助终端填写"),
        ),
        fee="不收费",
        legal_limit="20个工作日",
        promised_limit="即办",
        visits="0次（全程网办）",
        location="各街道便民服务中心、24小时自助服务区",
        printed_at=NOW,
    )


def sample_technician_page(profile: PrinterProfile) -> TechnicianPage:
    return TechnicianPage(
        profile=profile,
        counters={"Pages printed": 1234, "Jobs printed": 1180, "Jobs refused": 3},
        paper="full",
        device_id="KIOSK-0571-001",
        printed_at=NOW,
    )


@dataclass(frozen=True)
class Sample:
    name: str
    profile: str
    document: Callable[[], Document]


SAMPLES: tuple[Sample, ...] = (
    Sample("application_receipt", "generic-80", lambda: application_receipt_document(
        sample_application(), "zh_CN")),
    Sample("application_receipt_en", "generic-80", lambda: application_receipt_document(
        sample_application(), "en_US")),
    Sample("application_receipt_raster", "raster-80", lambda: application_receipt_document(
        sample_application(), "zh_CN")),
    Sample("application_receipt_512", "generic-80-180dpi", lambda: application_receipt_document(
        sample_application(), "zh_CN")),
    Sample("queue_ticket", "generic-80", lambda: queue_ticket_document(
        sample_queue_ticket(), "zh_CN")),
    Sample("pickup_slip", "generic-80", lambda: pickup_slip_document(
        sample_pickup_slip(), "zh_CN")),
    Sample("service_guide", "generic-80", lambda: service_guide_document(
        sample_service_guide(), "zh_CN")),
    Sample("test_page", "generic-80", lambda: technician_page_document(
        sample_technician_page(PROFILES["generic-80"]), "zh_CN")),
    Sample("test_page_gbk", "gbk-80", lambda: technician_page_document(
        sample_technician_page(PROFILES["gbk-80"]), "zh_CN")),
)  # fmt: skip


def sample_job(name: str) -> Job:
    sample = next(s for s in SAMPLES if s.name == name)
    return compile_job(sample.document(), PROFILES[sample.profile])


def render_all(out_dir: Path, names: list[str] | None = None) -> list[Path]:
    """Print the samples through driver + emulator; return the PNG paths written."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    chosen = [s for s in SAMPLES if names is None or s.name in names]
    for profile_name in dict.fromkeys(s.profile for s in chosen):
        profile = PROFILES[profile_name]
        with EscPosEmulator(
            dots_per_line=profile.dots_per_line, charset=profile.charset
        ) as emulator:
            printer = EscPosPrinter("render", port=emulator.port, profile=profile)
            printer.open()
            try:
                for sample in (s for s in chosen if s.profile == profile_name):
                    count = emulator.model.receipt_count
                    printer.print_job(compile_job(sample.document(), profile).data)
                    if not emulator.wait_for_receipts(count + 1):
                        raise RuntimeError(f"{sample.name}: the emulator cut nothing")
                    path = out_dir / f"{sample.name}.png"
                    path.write_bytes(emulator.receipts[-1].png)
                    written.append(path)
            finally:
                printer.close()
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m drivers.printer.render", description="Render sample receipts to PNG."
    )
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("names", nargs="*", help=f"samples ({', '.join(s.name for s in SAMPLES)})")
    args = parser.parse_args(argv)
    for path in render_all(args.out, args.names or None):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
