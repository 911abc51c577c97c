"""Receipt layout and compilation (native and raster), tested without a printer."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from drivers.printer import escpos
from drivers.printer.document import (
    Columns,
    Document,
    Feed,
    Field,
    Line,
    QRCode,
    Rule,
    Text,
    compile_job,
    compile_native,
    layout,
)
from drivers.printer.escpos import Align, Tokenizer
from drivers.printer.profiles import PROFILES, get_profile

P80 = PROFILES["generic-80"]


def test_native_bytes_of_a_small_document() -> None:
    doc = Document((Text("回执", Align.CENTER, 2, 2, True), Text("号：A1"), Feed(2)))
    assert compile_native(doc, P80) == (
        b"\x1b@"  # init
        + b"\x1c&"  # Chinese mode
        + b"\x1ba\x01"  # centre
        + b"\x1d!\x11"  # double width and height
        + b"\x1bE\x01"  # bold
        + "回执".encode("gb18030")
        + b"\n"
        + b"\x1ba\x00"
        + b"\x1d!\x00"
        + b"\x1bE\x00"
        + "号：A1".encode("gb18030")
        + b"\n"
        + b"\x1bd\x02"
        + b"\x1dVB\x78"  # feed 120 dots past the cutter, partial cut
    )


def test_no_chinese_mode_command_when_profile_does_not_need_it() -> None:
    profile = replace(P80, chinese_mode_command=False)
    assert compile_native(Document((Text("a"),)), profile).startswith(b"\x1b@a")


def test_full_cut_and_no_cutter() -> None:
    doc = Document((Text("a"),))
    assert compile_native(doc, replace(P80, cutter="full")).endswith(b"\x1dVA\x78")
    assert compile_native(doc, replace(P80, cutter="none")).endswith(b"\x1bJ\x78")


def test_columns_per_dot_width() -> None:
    assert P80.columns == 48
    assert PROFILES["generic-80-180dpi"].columns == 42
    assert PROFILES["generic-58"].columns == 32


def test_double_width_halves_the_line() -> None:
    lines = layout(Document((Text("中" * 13, width=2),)), P80)
    assert [line.text for line in lines if isinstance(line, Line)] == ["中" * 12, "中"]


def test_field_hangs_the_value_under_itself() -> None:
    items = layout(Document((Field("办理事项：", "一二三四五六七八九十" * 4),)), P80)
    texts = [i.text for i in items if isinstance(i, Line)]
    assert texts[0].startswith("办理事项：一")
    assert texts[1].startswith(" " * 10 + "十")  # 19 ideographs fit after the label
    assert all(i.dots <= 576 for i in items if isinstance(i, Line))


def test_field_with_a_long_label_puts_the_value_below() -> None:
    items = layout(Document((Field("很长很长很长很长很长很长很长的标签：", "值"),)), P80)
    assert [i.text for i in items if isinstance(i, Line)] == [
        "很长很长很长很长很长很长很长的标签：",
        "  值",
    ]


def test_columns_right_aligns_and_wraps_left_below() -> None:
    items = layout(Document((Columns("3. " + "近期免冠证件照片" * 3, "容缺后补", indent=3),)), P80)
    texts = [i.text for i in items if isinstance(i, Line)]
    assert texts[0].endswith("  容缺后补") and len(texts) == 2
    assert texts[1].startswith("   ")
    assert all(i.dots <= 576 for i in items if isinstance(i, Line))


def test_rule_fills_the_line() -> None:
    (line,) = layout(Document((Rule(),)), PROFILES["generic-80-180dpi"])
    assert isinstance(line, Line) and line.text == "-" * 42


def test_native_qr_bytes_in_job() -> None:
    job = compile_job(Document((QRCode("https://x.cn/q/1", module_size=5),)), P80)
    assert escpos.qr("https://x.cn/q/1", module_size=5) in job.data
    assert job.qr_payloads == ("https://x.cn/q/1",)


def test_qr_as_raster_when_profile_has_no_native_qr() -> None:
    job = compile_job(Document((QRCode("https://x.cn/q/1"),)), replace(P80, native_qr=False))
    names = {t.name for t in Tokenizer().feed(job.data)}
    assert "GS v 0" in names and "GS ( k" not in names


def test_raster_profile_sends_only_images() -> None:
    job = compile_job(Document((Text("回执"), QRCode("q"))), PROFILES["raster-80"])
    tokens = Tokenizer().feed(job.data)
    assert job.mode == "raster"
    assert {t.name for t in tokens} == {"ESC @", "GS v 0", "GS V"}
    for t in tokens:
        if t.name == "GS v 0":
            assert t.args[1] | (t.args[2] << 8) == 72  # 576 dots = 72 bytes a row
            assert t.args[3] | (t.args[4] << 8) <= PROFILES["raster-80"].raster_band_rows


def test_job_counts_one_page_and_reports_replacements() -> None:
    job = compile_job(Document((Text("刘䶮"),)), PROFILES["gbk-80"])
    assert job.pages == 1 and job.replaced == ("䶮",)
    assert job.lines == ("刘□",)


def test_width_multiplier_too_large_for_paper() -> None:
    with pytest.raises(ValueError):
        layout(Document((Text("a", width=8),)), get_profile("generic-58", dots_per_line=96))


def test_unknown_profile() -> None:
    with pytest.raises(LookupError):
        get_profile("no-such-printer")


_words = st.text(
    alphabet=st.sampled_from(list("办事指南申请材料，。、（）《》“” abcXYZ0129-/:㐀䶮¥")),
    max_size=80,
)


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(sorted(PROFILES)),
    _words,
    _words,
    st.integers(1, 3),
    st.integers(0, 6),
)
def test_no_laid_out_line_exceeds_the_dot_width(
    profile_name: str, left: str, right: str, width: int, indent: int
) -> None:
    profile = PROFILES[profile_name]
    doc = Document(
        (
            Text(left, width=width),
            Field(left[:8], right),
            Columns(left, right[:10], indent=indent),
            Rule(),
        )
    )
    for item in layout(doc, profile):
        if isinstance(item, Line):
            assert item.dots <= profile.dots_per_line
