"""Chinese text: normalisation, GB18030 encoding per printer font, wrapping."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from drivers.printer.gb18030 import (
    CLOSING,
    OPENING,
    REPLACEMENT,
    cells,
    encode_char,
    encode_text,
    normalise,
    text_cells,
    to_bytes,
    to_text,
    wrap,
    wrap_text,
)

# ----------------------------------------------------------------------- encoding


def test_yen_sign_becomes_fullwidth_yuan() -> None:
    assert to_bytes(encode_text("¥5")) == b"\xa3\xa45"


def test_fullwidth_punctuation_is_kept() -> None:
    text = "，。、；：！？（）【】《》“”…—"
    assert to_bytes(encode_text(text, "gbk")) == text.encode("gbk")
    assert to_text(encode_text(text, "gbk")) == text


def test_punctuation_alone_is_encoded_not_question_marks() -> None:
    # python-escpos's magic encoder sends this as "??": it has no ideograph.
    assert to_bytes(encode_text("，。")) == b"\xa3\xac\xa1\xa3"


def test_extension_a_is_four_bytes_on_gb18030() -> None:
    glyph = encode_char("㐀", "gb18030")
    assert (glyph.data, glyph.cells) == (b"\x81\x39\xee\x39", 2)


def test_extension_a_is_replaced_visibly_on_gbk() -> None:
    glyph = encode_char("㐀", "gbk")
    assert glyph.char == REPLACEMENT and glyph.data == b"\xa1\xf5" and glyph.replaced
    assert glyph.source == "㐀"


def test_gb18030_two_byte_ext_a_is_private_use_in_gbk() -> None:
    assert encode_char("䶮", "gb18030").data == b"\xfe\x9f"
    assert encode_char("䶮", "gbk").replaced


def test_gb2312_profile_replaces_gbk_only_hanzi() -> None:
    assert encode_char("镕", "gbk").data == "镕".encode("gbk")
    assert encode_char("镕", "gb2312").replaced


def test_other_four_byte_characters_are_replaced() -> None:
    assert encode_char("😀", "gb18030").replaced  # emoji: 4-byte, not in printer fonts


def test_control_characters_cannot_inject_commands() -> None:
    glyphs = encode_text("张\x1b@\x1dV\x00三\x10\x04\x01")
    assert to_bytes(glyphs) == "张@V三".encode("gb18030")


def test_normalise_spaces_and_zero_width() -> None:
    assert normalise("a\u00a0b\u200bc\td\r\n") == "a bc d\n"


def test_widths_ascii_one_cjk_two() -> None:
    assert text_cells("AB中文") == 6
    assert text_cells("㐀") == 2


# ----------------------------------------------------------------------- wrapping


def test_24_cjk_or_48_ascii_fit_a_576_dot_line() -> None:
    assert wrap_text("中" * 24, 48) == ["中" * 24]
    assert wrap_text("a" * 48, 48) == ["a" * 48]
    assert wrap_text("中" * 25, 48) == ["中" * 24, "中"]


def test_wrap_prefers_punctuation() -> None:
    text = "申请人须提交身份证明材料，以及户口簿原件复印件各一份并签字确认"
    # 17 ideographs would fit; the comma comes after 13: break there, not mid-phrase.
    lines = wrap_text(text, 34)
    assert lines[0] == "申请人须提交身份证明材料，"


def test_wrap_prefers_spaces_and_keeps_words() -> None:
    lines = wrap_text("Please bring your ID card and the household register", 20)
    assert lines == ["Please bring your ID", "card and the", "household register"]


def test_closing_punctuation_never_starts_a_line() -> None:
    for width in range(4, 30):
        for line in wrap_text("一二三四五六七八九十，一二三四五。一二三四五六七、八", width)[1:]:
            assert line[0] not in CLOSING


def test_opening_punctuation_never_ends_a_line() -> None:
    for width in range(6, 30):
        lines = wrap_text("一二三四五（六七八）九十《一二三四》五六七八九十", width)
        for line in lines[:-1]:
            assert line[-1] not in OPENING


def test_hard_newline() -> None:
    assert wrap_text("甲\n乙", 48) == ["甲", "乙"]


def test_hanging_rest_width() -> None:
    lines = wrap(encode_text("一二三四五六七八九十"), 10, 6)
    assert [cells(line) for line in lines] == [10, 6, 4]


def test_wrap_rejects_too_narrow() -> None:
    with pytest.raises(ValueError):
        wrap(encode_text("中"), 1)


_texts = st.text(
    alphabet=st.sampled_from(
        list("中文字符办事指南，。、；：！？（）【】《》“”　 abcXYZ019-/.%¥㐀䶮😀")
    ),
    max_size=120,
)


@given(_texts, st.integers(2, 60))
def test_wrap_never_exceeds_width(text: str, width: int) -> None:
    for line in wrap(encode_text(text), width):
        assert cells(line) <= width


@given(_texts, st.integers(2, 60))
def test_wrap_loses_nothing_but_spaces(text: str, width: int) -> None:
    glyphs = encode_text(text)
    lines = wrap(glyphs, width)
    joined = "".join(to_text(line) for line in lines)
    assert joined.replace(" ", "").replace("　", "") == to_text(glyphs).replace(" ", "").replace(
        "　", ""
    )


@given(_texts, st.integers(2, 60), st.sampled_from(["gb18030", "gbk", "gb2312"]))
def test_each_line_is_whole_gb18030_characters(text: str, width: int, charset: str) -> None:
    for line in wrap(encode_text(text, charset), width):  # type: ignore[arg-type]
        data = to_bytes(line)
        # Every line decodes on its own: no character (no 2/4-byte sequence) was split.
        assert data.decode("gb18030") == to_text(line)
        assert all(b >= 0x20 for b in data)
