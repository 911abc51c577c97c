"""Receipt templates: content, privacy, language, size budget (pure, no printer)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from drivers.printer.document import Line, compile_job, layout
from drivers.printer.escpos import Tokenizer
from drivers.printer.profiles import PROFILES
from drivers.printer.render import (
    SAMPLES,
    sample_application,
    sample_pickup_slip,
    sample_queue_ticket,
    sample_service_guide,
    sample_technician_page,
)
from drivers.printer.templates import (
    EXT_A_SAMPLE,
    PickupMethod,
    application_receipt,
    application_receipt_document,
    pickup_slip_document,
    queue_ticket,
    queue_ticket_document,
    service_guide_document,
    technician_page,
    technician_page_document,
)

REPO = Path(__file__).resolve().parents[2]
P80 = PROFILES["generic-80"]
RAW_ID = sample_application().id_number


def _text(doc_lines: tuple[str, ...]) -> str:
    return "\n".join(doc_lines)


def test_application_receipt_fits_the_2kb_budget() -> None:
    assert len(application_receipt(sample_application(), P80)) <= 2048


def test_application_receipt_masks_the_id_number() -> None:
    job = compile_job(application_receipt_document(sample_application()), P80)
    assert RAW_ID.encode() not in job.data
    assert "1401**********1234" in _text(job.lines)


def test_application_receipt_masks_the_name() -> None:
    job = compile_job(application_receipt_document(sample_application()), P80)
    assert "刘䶮".encode("gb18030") not in job.data
    assert "申请人：刘*" in job.lines


def test_application_receipt_contents() -> None:
    data = sample_application()
    job = compile_job(application_receipt_document(data, "zh_CN"), P80)
    text = _text(job.lines)
    for expected in (
        "办件回执",
        "办件编号：SQ2025112400012345",
        "办理事项：居民身份证换领（有效期满换证）",
        "2025年11月24日 14:05",
        "承诺办结：2025年12月08日",
        "领取方式：智能柜自取",
        "扫码查询办件进度",
        "KIOSK-0571-001",
        "咨询电话：12345",
        "已提交",
        "电子证照",
        "容缺后补（已签承诺）",
    ):
        assert expected in text, expected
    assert job.qr_payloads == (data.progress_url,)


def test_english_labels_keep_chinese_data() -> None:
    job = compile_job(application_receipt_document(sample_application(), "en_US"), P80)
    text = _text(job.lines)
    assert "Application receipt" in text
    assert "Service: 居民身份证换领（有效期满换证）" in text
    assert "Promised completion: 2025-12-08" in text
    assert "办理事项" not in text


@pytest.mark.parametrize("method", list(PickupMethod))
def test_every_pickup_method_has_a_label(method: PickupMethod) -> None:
    job = compile_job(
        application_receipt_document(replace(sample_application(), pickup=method)), P80
    )
    assert any(line.startswith("领取方式：") for line in job.lines)


def test_queue_ticket_prints_the_number_big() -> None:
    data = queue_ticket(sample_queue_ticket(), P80)
    tokens = Tokenizer().feed(data)
    i = next(i for i, t in enumerate(tokens) if t.name == "text" and t.data == b"A023")
    sizes = [t for t in tokens[:i] if t.name == "GS !"]
    assert sizes[-1].args == b"\x33"  # 4x4


def test_queue_ticket_waiting_count() -> None:
    job = compile_job(queue_ticket_document(sample_queue_ticket()), P80)
    assert "前面等候：7人" in job.lines


def test_pickup_slip_contents() -> None:
    job = compile_job(pickup_slip_document(sample_pickup_slip()), P80)
    text = _text(job.lines)
    assert "取件凭条" in text and "格口：B07" in text and "1401**********1234" in text
    assert RAW_ID.encode() not in job.data


def test_service_guide_lists_conditions_and_materials() -> None:
    job = compile_job(service_guide_document(sample_service_guide()), P80)
    text = _text(job.lines)
    assert "申请条件" in text and "申请材料" in text
    assert "1. 居民身份证或社会保障卡（原件1份）" in text
    assert "收费标准：不收费" in text and "承诺时限：即办" in text


def test_technician_page_has_ext_a_as_four_bytes_on_gb18030() -> None:
    data = technician_page(sample_technician_page(P80))
    assert "㐀".encode("gb18030") in data  # 81 39 EE 39
    assert "￥".encode("gb18030") in data and "¥".encode("gb18030") not in data


def test_technician_page_replaces_ext_a_on_gbk() -> None:
    gbk = PROFILES["gbk-80"]
    job = compile_job(technician_page_document(sample_technician_page(gbk)), gbk)
    assert set(job.replaced) == set(EXT_A_SAMPLE)
    assert "扩展A区：□□□" in job.lines


def test_technician_page_shows_counters() -> None:
    job = compile_job(technician_page_document(sample_technician_page(P80)), P80)
    assert any(line.startswith("已打印页数") and line.endswith("1234") for line in job.lines)


@pytest.mark.parametrize("sample", SAMPLES, ids=[s.name for s in SAMPLES])
def test_no_line_is_wider_than_the_paper(sample: object) -> None:
    profile = PROFILES[sample.profile]  # type: ignore[attr-defined]
    for item in layout(sample.document(), profile):  # type: ignore[attr-defined]
        if isinstance(item, Line):
            assert item.dots <= profile.dots_per_line, item.text
