"""ESC/POS builders (exact bytes), status decoding and the tokenizer."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from drivers.printer import escpos
from drivers.printer.escpos import Align, RealtimeStatus, StatusFormatError, Token, Tokenizer

# ----------------------------------------------------------------------- text & layout


def test_init() -> None:
    assert escpos.init() == b"\x1b\x40"


def test_chinese_mode_on_is_fs_ampersand() -> None:
    assert escpos.chinese_mode(True) == b"\x1c\x26"


def test_chinese_mode_off_is_fs_dot() -> None:
    assert escpos.chinese_mode(False) == b"\x1c\x2e"


@pytest.mark.parametrize(("align", "byte"), [(Align.LEFT, 0), (Align.CENTER, 1), (Align.RIGHT, 2)])
def test_align(align: Align, byte: int) -> None:
    assert escpos.align(align) == bytes([0x1B, 0x61, byte])


def test_bold() -> None:
    assert escpos.bold(True) == b"\x1b\x45\x01"
    assert escpos.bold(False) == b"\x1b\x45\x00"


@pytest.mark.parametrize(
    ("width", "height", "n"), [(1, 1, 0x00), (2, 2, 0x11), (2, 1, 0x10), (1, 2, 0x01), (8, 8, 0x77)]
)
def test_char_size(width: int, height: int, n: int) -> None:
    assert escpos.char_size(width, height) == bytes([0x1D, 0x21, n])


@pytest.mark.parametrize("bad", [0, 9])
def test_char_size_out_of_range(bad: int) -> None:
    with pytest.raises(ValueError):
        escpos.char_size(bad, 1)


def test_line_spacing() -> None:
    assert escpos.line_spacing(30) == b"\x1b\x33\x1e"
    assert escpos.line_spacing(None) == b"\x1b\x32"


def test_feeds() -> None:
    assert escpos.feed_lines(3) == b"\x1b\x64\x03"
    assert escpos.feed_dots(120) == b"\x1b\x4a\x78"


def test_cut_partial_and_full() -> None:
    assert escpos.cut() == b"\x1d\x56\x01"
    assert escpos.cut(partial=False) == b"\x1d\x56\x00"


def test_cut_with_feed() -> None:
    assert escpos.cut(partial=True, feed_dots=120) == b"\x1d\x56\x42\x78"
    assert escpos.cut(partial=False, feed_dots=16) == b"\x1d\x56\x41\x10"


# ----------------------------------------------------------------------- QR


def test_qr_model_2() -> None:
    assert escpos.qr_model(2) == bytes.fromhex("1d 28 6b 04 00 31 41 32 00")


def test_qr_module_size() -> None:
    assert escpos.qr_module_size(6) == bytes.fromhex("1d 28 6b 03 00 31 43 06")


@pytest.mark.parametrize(("level", "byte"), [("L", 48), ("M", 49), ("Q", 50), ("H", 51)])
def test_qr_error_level(level: str, byte: int) -> None:
    assert escpos.qr_error_level(level) == bytes.fromhex("1d 28 6b 03 00 31 45") + bytes([byte])


def test_qr_store_length_counts_cn_fn_m() -> None:
    assert escpos.qr_store(b"ABC") == bytes.fromhex("1d 28 6b 06 00 31 50 30 41 42 43")


def test_qr_store_long_data_uses_ph() -> None:
    data = b"x" * 300
    assert escpos.qr_store(data)[3:5] == (303).to_bytes(2, "little")


def test_qr_print() -> None:
    assert escpos.qr_print() == bytes.fromhex("1d 28 6b 03 00 31 51 30")


def test_qr_whole_sequence() -> None:
    assert escpos.qr("AB", module_size=4, error_level="Q") == bytes.fromhex(
        "1d286b0400314132 001d286b03003143041d286b03003145321d286b050031503041 421d286b0300315130"
    )


def test_qr_rejects_empty_and_oversized() -> None:
    with pytest.raises(ValueError):
        escpos.qr_store(b"")
    with pytest.raises(ValueError):
        escpos.qr(b"x" * 1300, error_level="H")


@pytest.mark.parametrize("size", [0, 17])
def test_qr_module_size_range(size: int) -> None:
    with pytest.raises(ValueError):
        escpos.qr_module_size(size)


# ----------------------------------------------------------------------- raster


def test_raster_header_and_data() -> None:
    assert escpos.raster(b"\xff\x00\x0f\xf0", 2, 2) == bytes.fromhex(
        "1d 76 30 00 02 00 02 00 ff 00 0f f0"
    )


def test_raster_wrong_data_length() -> None:
    with pytest.raises(ValueError):
        escpos.raster(b"\x00" * 3, 2, 2)


def test_raster_bands_split_rows() -> None:
    rows = bytes(range(6))  # 3 rows of 2 bytes
    assert escpos.raster_bands(rows, 2, 2) == (
        escpos.raster(rows[:4], 2, 2) + escpos.raster(rows[4:], 2, 1)
    )


# ----------------------------------------------------------------------- status


@pytest.mark.parametrize("n", [1, 2, 3, 4])
def test_status_request(n: int) -> None:
    assert escpos.status_request(n) == bytes([0x10, 0x04, n])


def test_paper_sensor_and_id_requests() -> None:
    assert escpos.paper_sensor_request() == b"\x1d\x72\x01"
    assert escpos.printer_id_request(65) == b"\x1d\x49\x41"


@given(st.integers(0, 255))
def test_status_pattern_is_0xx1xx10(value: int) -> None:
    bits = f"{value:08b}"
    expected = bits[0] == "0" and bits[3] == "1" and bits[6:] == "10"
    assert escpos.status_byte_valid(value) is expected


def test_decode_status_accepts_valid_byte() -> None:
    assert escpos.decode_status(4, b"\x7e") == 0x7E


@pytest.mark.parametrize("reply", [b"\xff", b"\x00", b"", b"\x12\x12"])
def test_decode_status_rejects_malformed(reply: bytes) -> None:
    with pytest.raises(StatusFormatError) as info:
        escpos.decode_status(1, reply)
    assert info.value.data == reply


def test_realtime_status_paper_bits() -> None:
    assert RealtimeStatus(paper=0x1E).paper_near_end
    assert not RealtimeStatus(paper=0x1E).paper_out
    assert RealtimeStatus(paper=0x72).paper_out
    assert not RealtimeStatus(paper=0x12).paper_near_end


def test_realtime_status_offline_causes() -> None:
    st_ = RealtimeStatus(printer=0x1A, offline_cause=0x16, error_cause=0x1A)
    assert st_.offline and st_.cover_open and st_.cutter_error
    assert not RealtimeStatus(printer=0x12).offline


@pytest.mark.parametrize(
    ("reply", "paper"), [(b"\x00", "full"), (b"\x03", "low"), (b"\x0f", "out"), (b"\x0c", "out")]
)
def test_decode_paper_sensor(reply: bytes, paper: str) -> None:
    assert escpos.decode_paper_sensor(reply) == paper


def test_decode_paper_sensor_rejects_high_bits() -> None:
    with pytest.raises(StatusFormatError):
        escpos.decode_paper_sensor(b"\x12")


def test_decode_printer_id() -> None:
    assert escpos.decode_printer_id(b"_EMU-1.0\x00") == "EMU-1.0"
    with pytest.raises(StatusFormatError):
        escpos.decode_printer_id(b"EMU")


# ----------------------------------------------------------------------- tokenizer


def test_tokenizer_splits_commands_and_text() -> None:
    job = (
        escpos.init()
        + escpos.chinese_mode(True)
        + escpos.align(Align.CENTER)
        + "回执".encode("gb18030")
        + b"\n"
        + escpos.qr("x")
        + escpos.cut(feed_dots=3)
    )
    names = [t.name for t in Tokenizer().feed(job)]
    assert names == [
        "ESC @", "FS &", "ESC a", "text", "LF",
        "GS ( k", "GS ( k", "GS ( k", "GS ( k", "GS ( k", "GS V",
    ]  # fmt: skip


def test_tokenizer_keeps_raster_data_whole() -> None:
    # Raster data full of bytes that look like commands (DLE EOT, GS V).
    data = bytes([0x10, 0x04, 0x01, 0x1D, 0x56, 0x00])
    tokens = Tokenizer().feed(escpos.raster(data, 3, 2))
    assert tokens == [Token("GS v 0", bytes([0, 3, 0, 2, 0]), data)]


def test_tokenizer_realtime_flag() -> None:
    (token,) = Tokenizer().feed(escpos.status_request(4))
    assert token.realtime and token.args == b"\x04"


def test_count_cuts() -> None:
    assert escpos.count_cuts(b"abc" + escpos.cut() + b"d" + escpos.cut(feed_dots=10)) == 2


_commands = st.sampled_from(
    [
        escpos.init(),
        escpos.chinese_mode(True),
        escpos.align(Align.RIGHT),
        escpos.char_size(2, 3),
        escpos.bold(True),
        escpos.feed_lines(2),
        escpos.qr("https://example.gov.cn/q/1"),
        escpos.raster(bytes(range(8)), 2, 4),
        escpos.cut(feed_dots=5),
        escpos.status_request(1),
        "中文，标点。".encode("gb18030"),
        b"ASCII text\n",
    ]
)


@given(st.lists(_commands, max_size=12), st.lists(st.integers(1, 40), max_size=10))
def test_tokenizer_is_independent_of_chunking(parts: list[bytes], cuts: list[int]) -> None:
    data = b"".join(parts)
    whole = Tokenizer().feed(data)
    tok = Tokenizer()
    chunked: list[Token] = []
    pos = 0
    for size in cuts:
        chunked += tok.feed(data[pos : pos + size])
        pos += size
    chunked += tok.feed(data[pos:])
    assert tok.pending == 0

    def merged(tokens: list[Token]) -> list[Token]:
        # Text runs may arrive in pieces; join neighbours before comparing.
        out: list[Token] = []
        for t in tokens:
            if out and t.name == "text" and out[-1].name == "text":
                out[-1] = Token("text", data=out[-1].data + t.data)
            else:
                out.append(t)
        return out

    assert merged(chunked) == merged(whole)
