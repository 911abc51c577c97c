"""GA 467 frames as pure functions: builders, parsers, status codes, the stream decoder."""

from __future__ import annotations

import struct

import pytest

from drivers.errors import ProtocolError
from drivers.idcard import ga467_frames as f
from drivers.idcard.errors import (
    CardError,
    CardNotAuthentic,
    CardReadFailed,
    NoCard,
    NoContent,
    SamError,
    SamFrameError,
    UnknownCardType,
)

FIND = bytes.fromhex("AA AA AA 96 69 00 03 20 01 22")
SELECT = bytes.fromhex("AA AA AA 96 69 00 03 20 02 21")
READ = bytes.fromhex("AA AA AA 96 69 00 03 30 01 32")


# ----------------------------------------------------------------------------- builders


def test_find_card_frame_is_byte_exact() -> None:
    assert f.find_card() == FIND


def test_select_card_frame_is_byte_exact() -> None:
    assert f.select_card() == SELECT


def test_read_text_photo_frame_is_byte_exact() -> None:
    assert f.read_text_photo() == READ


def test_other_commands_follow_the_checksum_rule() -> None:
    for frame, (cmd, para) in [
        (f.reset_sam(), (0x10, 0xFF)),
        (f.sam_status(), (0x11, 0xFF)),
        (f.sam_id(), (0x12, 0xFF)),
        (f.read_newest_address(), (0x30, 0x03)),
        (f.read_text_photo_fingerprint(), (0x30, 0x10)),
    ]:
        assert frame[:7] == bytes.fromhex("AAAAAA96690003")
        assert frame[7:9] == bytes([cmd, para])
        assert frame[9] == 0x00 ^ 0x03 ^ cmd ^ para


def test_len_counts_everything_after_the_length_bytes() -> None:
    frame = f.response(0x90, b"\x01\x02\x03")
    (length,) = struct.unpack_from(">H", frame, 5)
    assert length == len(frame) - 7 == 3 + 3 + 1


def test_checksum_covers_length_bytes() -> None:
    frame = f.response(0x90, bytes(300))
    expected = 0
    for byte in frame[5:-1]:
        expected ^= byte
    assert frame[-1] == expected


def test_read_reply_is_1295_bytes() -> None:
    data = f.card_content_data(f.CardContent(bytes(256), bytes(1024)))
    assert len(f.response(0x90, data)) == 1295
    assert data[:4] == bytes.fromhex("0100 0400")


# ----------------------------------------------------------------------------- parsers


def test_parse_response_roundtrip() -> None:
    reply = f.parse_response(f.response(0x9F, b"\x00\x00\x00\x00"))
    assert (reply.sw1, reply.sw2, reply.sw3, reply.data) == (0, 0, 0x9F, bytes(4))
    assert reply.ok


def test_parse_request_roundtrip() -> None:
    request = f.parse_request(FIND)
    assert request.command == f.Command.FIND_CARD
    assert request.data == b""


@pytest.mark.parametrize(
    ("mutate", "code"),
    [
        (lambda b: b"\xab" + b[1:], "bad_frame"),
        (lambda b: b[:-1] + bytes([b[-1] ^ 1]), "bad_checksum"),
        (lambda b: b[:-2] + b[-1:], "bad_length"),
        (lambda b: b[:6], "bad_frame"),
    ],
)
def test_unwrap_rejects_broken_frames(mutate, code: str) -> None:
    with pytest.raises(ProtocolError) as info:
        f.unwrap(mutate(f.response(0x90, b"abc")))
    assert info.value.code == code


def test_response_repr_hides_data() -> None:
    reply = f.Response(0, 0, 0x90, "李明".encode("utf-16-le"))
    assert "李" not in repr(reply) and "4 B" in repr(reply)


def test_parse_card_content_splits_text_photo_and_fingerprint() -> None:
    content = f.CardContent(b"T" * 256, b"P" * 1024, b"F" * 1024)
    parsed = f.parse_card_content(f.card_content_data(content), fingerprint=True)
    assert parsed == content


def test_parse_card_content_without_fingerprint_records() -> None:
    content = f.CardContent(b"T" * 256, b"P" * 1024, b"")
    assert f.parse_card_content(f.card_content_data(content), fingerprint=True).fingerprint == b""


def test_parse_card_content_rejects_lengths_that_do_not_add_up() -> None:
    data = f.card_content_data(f.CardContent(bytes(256), bytes(1024)))
    with pytest.raises(ProtocolError) as info:
        f.parse_card_content(data[:-1], fingerprint=False)
    assert info.value.code == "bad_length"


def test_parse_card_content_rejects_a_wrong_text_length() -> None:
    data = f.card_content_data(f.CardContent(bytes(200), bytes(1024)))
    with pytest.raises(ProtocolError):
        f.parse_card_content(data, fingerprint=False)


def test_parse_card_content_rejects_partial_fingerprint_records() -> None:
    data = f.card_content_data(f.CardContent(bytes(256), bytes(1024), bytes(100)))
    with pytest.raises(ProtocolError):
        f.parse_card_content(data, fingerprint=True)


def test_card_content_errors_do_not_carry_text() -> None:
    data = f.card_content_data(f.CardContent("李明".encode("utf-16-le") * 64, bytes(1024)))
    with pytest.raises(ProtocolError) as info:
        f.parse_card_content(data[:-1], fingerprint=False)
    assert "4e 67" not in info.value.data_hex  # 李 in UCS-2LE


def test_sam_id_display_form() -> None:
    data = f.sam_id_data((5, 1, 20231231, 1234567, 89012345))
    assert len(data) == 16
    assert f.format_sam_id(data) == "05.01-20231231-001234567-089012345"


# ----------------------------------------------------------------------------- statuses


@pytest.mark.parametrize(
    ("sw3", "cls", "code"),
    [
        (0x10, SamFrameError, "sam_checksum"),
        (0x11, SamFrameError, "sam_length"),
        (0x21, SamError, "sam_bad_command"),
        (0x23, SamError, "sam_not_permitted"),
        (0x24, SamError, "sam_unknown_error"),
        (0x31, CardNotAuthentic, "card_auth_sam_failed"),
        (0x32, CardNotAuthentic, "sam_auth_card_failed"),
        (0x33, CardNotAuthentic, "card_verify_failed"),
        (0x40, UnknownCardType, "unknown_card_type"),
        (0x41, CardReadFailed, "card_read_failed"),
        (0x47, CardReadFailed, "card_random_failed"),
        (0x60, SamError, "sam_self_test_failed"),
        (0x66, SamError, "sam_not_authorised"),
        (0x80, NoCard, "no_card"),
        (0x81, CardReadFailed, "card_select_failed"),
        (0x91, NoContent, "no_content"),
        (0x55, SamError, "sam_status"),
    ],
)
def test_every_failing_sw3_maps_to_a_typed_error(sw3: int, cls: type, code: str) -> None:
    error = f.status_error(f.Command.READ_TEXT_PHOTO, sw3)
    assert type(error) is cls
    assert error.code == code
    assert f"{sw3:02x}" in str(error)


def test_card_problems_are_card_errors_and_sam_problems_are_not() -> None:
    assert isinstance(f.status_error(f.Command.FIND_CARD, 0x80), CardError)
    assert not isinstance(f.status_error(f.Command.FIND_CARD, 0x60), CardError)


@pytest.mark.parametrize("sw3", [0x90, 0x9F])
def test_success_statuses_pass(sw3: int) -> None:
    reply = f.Response(0, 0, sw3)
    assert f.check_response(f.Command.FIND_CARD, reply) is reply


# ----------------------------------------------------------------------------- decoder


def test_decoder_reassembles_a_frame_fed_byte_by_byte() -> None:
    decoder = f.FrameDecoder()
    frame = f.response(0x90, bytes(range(50)))
    items = [item for byte in frame for item in decoder.feed(bytes([byte]))]
    assert items == [f.Frame(bytes([0, 0, 0x90]) + bytes(range(50)))]
    assert decoder.pending == 0


def test_decoder_skips_noise_and_keeps_a_partial_preamble() -> None:
    decoder = f.FrameDecoder()
    frame = f.response(0x9F, bytes(4))
    assert decoder.feed(b"\x01\x02\xaa\xaa") == []
    assert decoder.pending == 2
    # the preamble's first two bytes came with the noise: the frame is still whole
    assert decoder.feed(frame[2:]) == [f.Frame(frame[7:-1])]
    decoder = f.FrameDecoder()
    assert decoder.feed(b"\x01\x02" + frame) == [f.Frame(frame[7:-1])]
    assert decoder.stats.discarded_bytes == 2


def test_decoder_resyncs_after_a_bad_checksum() -> None:
    decoder = f.FrameDecoder()
    bad = bytearray(f.response(0x90, b"x"))
    bad[-1] ^= 0xFF
    good = f.response(0x9F, bytes(4))
    items = decoder.feed(bytes(bad) + good)
    assert isinstance(items[0], f.DecodeError) and items[0].code == "bad_checksum"
    assert items[-1] == f.Frame(good[7:-1])


def test_decoder_rejects_impossible_lengths() -> None:
    decoder = f.FrameDecoder()
    items = decoder.feed(f.PREAMBLE + b"\xff\xff" + f.find_card())
    assert items[0].code == "bad_length"
    assert items[-1] == f.Frame(b"\x20\x01")


def test_decoder_finds_a_frame_nested_in_an_incomplete_one() -> None:
    decoder = f.FrameDecoder()
    fake = f.PREAMBLE + b"\x08\x00"  # claims 2048 bytes that will never come
    good = f.response(0x9F, bytes(4))
    items = decoder.feed(fake + b"junk" + good)
    assert items[0].code == "nested"
    assert items[-1] == f.Frame(good[7:-1])


def test_flush_reports_a_truncated_frame() -> None:
    decoder = f.FrameDecoder()
    frame = f.response(0x90, bytes(20))
    assert decoder.feed(frame[:-3]) == []
    (error,) = decoder.flush()
    assert error.code == "truncated"
    assert decoder.pending == 0
    assert decoder.flush() == []


def test_decode_errors_keep_only_the_frame_head() -> None:
    decoder = f.FrameDecoder()
    bad = bytearray(f.response(0x90, "李明李明".encode("utf-16-le")))
    bad[-1] ^= 0xFF
    (error,) = decoder.feed(bytes(bad))
    assert len(error.data_hex.split()) == 10  # preamble, LEN, SW1-3
