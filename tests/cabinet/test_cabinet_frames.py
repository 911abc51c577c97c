"""Pure frame builders/parsers and stream decoders of both lock-board families (no device)."""

from __future__ import annotations

import contextlib

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from drivers.cabinet.frames import (
    KERONG_REPLY_DATA_LEN,
    DecodeError,
    Generic8ABitmap,
    Generic8ADecoder,
    Generic8AFrame,
    Generic8ALayout,
    KerongCommand,
    KerongDecoder,
    KerongFrame,
    KerongLayout,
    generic8a_bitmap_doors,
    generic8a_bitmap_reply,
    generic8a_open,
    generic8a_query,
    generic8a_reply,
    generic8a_status_is_open,
    kerong_bus_status,
    kerong_delayed_unlock,
    kerong_frame,
    kerong_read_unlock_time,
    kerong_set_baud,
    kerong_set_unlock_time,
    kerong_status,
    kerong_status_reply,
    kerong_status_request,
    kerong_unlock,
    kerong_unlock_all,
    kerong_unlock_time_ms,
    pack_bits,
    parse_generic8a_bitmap,
    parse_generic8a_frame,
    parse_kerong_frame,
    unpack_bits,
)
from drivers.errors import ProtocolError

H = bytes.fromhex

# ----------------------------------------------------------------------- generic 8A examples


def test_8a_open_matches_the_documented_example() -> None:
    assert generic8a_open(1, 1) == H("8a0101119b")


def test_8a_open_all_uses_lock_zero() -> None:
    assert generic8a_open(1, 0) == H("8a0100119a")
    assert generic8a_open(2, 0) == H("8a02001199")


def test_8a_query_matches_the_documented_example() -> None:
    assert generic8a_query(1, 1) == H("80010133b3")


def test_8a_open_reply_00_means_open_by_default() -> None:
    reply = parse_generic8a_frame(H("8a0101008a"))
    assert reply == Generic8AFrame(0x8A, 1, 1, 0x00)
    assert generic8a_status_is_open(reply.status) is True
    assert generic8a_status_is_open(0x11) is False


def test_8a_polarity_is_configurable() -> None:
    swapped = Generic8ALayout(open_status=0x11)
    assert generic8a_status_is_open(0x11, swapped) is True
    assert generic8a_status_is_open(0x00, swapped) is False


def test_8a_unknown_status_byte_is_a_protocol_error() -> None:
    with pytest.raises(ProtocolError, match="neither"):
        generic8a_status_is_open(0x42)


def test_8a_reply_builder_round_trips() -> None:
    frame = generic8a_reply(0x80, 3, 7, 0x11)
    assert parse_generic8a_frame(frame) == Generic8AFrame(0x80, 3, 7, 0x11)


def test_8a_bad_xor_is_rejected() -> None:
    with pytest.raises(ProtocolError, match="checksum"):
        parse_generic8a_frame(H("8a0101119c"))


def test_8a_bitmap_reply_layout_round_trips() -> None:
    layout = Generic8ALayout(all_query="bitmap")
    locked = [True] * 24
    locked[0] = locked[9] = locked[23] = False  # locks 1, 10, 24 open
    frame = generic8a_bitmap_reply(1, locked, layout)
    assert frame[:2] == H("8001") and frame[-2] == 0x33 and len(frame) == 7
    assert frame[2:5] == H("fefd7f")  # assumed: b1 = locks 1-8, bit 0 = lowest, 1 = locked
    doors = generic8a_bitmap_doors(parse_generic8a_bitmap(frame, layout), 24, layout)
    assert [i + 1 for i, is_open in enumerate(doors) if is_open] == [1, 10, 24]


def test_8a_bitmap_byte_and_bit_order_are_configurable() -> None:
    layout = Generic8ALayout(all_query="bitmap", bitmap_low_first=False, bitmap_lsb_first=False)
    locked = [i != 0 for i in range(24)]  # lock 1 open
    frame = generic8a_bitmap_reply(2, locked, layout)
    assert frame[2:5] == H("ffff7f")  # locks 1-8 last, lock 1 in bit 7
    doors = generic8a_bitmap_doors(parse_generic8a_bitmap(frame, layout), 24, layout)
    assert doors.index(True) == 0 and sum(doors) == 1


# ----------------------------------------------------------------------- Kerong examples


def test_kerong_status_request_board_0() -> None:
    assert kerong_status_request(0) == H("0200300335")


def test_kerong_unlock_lock_1_of_board_0() -> None:
    assert kerong_unlock(0, 0) == H("0200310336")


def test_kerong_address_is_board_nibble_and_lock_nibble() -> None:
    assert kerong_unlock(1, 2) == H("0212310348")  # 02+12+31+03 = 0x48


def test_kerong_sum_wraps_to_one_byte() -> None:
    frame = kerong_unlock(15, 15)
    assert frame == H("02ff3103") + bytes([(0x02 + 0xFF + 0x31 + 0x03) & 0xFF])


def test_kerong_set_unlock_time_is_big_endian_10ms_units() -> None:
    assert kerong_set_unlock_time(0, 500) == H("020037003203") + bytes([0x6E])
    assert kerong_set_unlock_time(0, 2560)[3:5] == H("0100")


def test_kerong_other_builders() -> None:
    assert kerong_unlock_all(0) == H("0200330338")
    assert kerong_bus_status() == H("02f0320327")
    assert kerong_read_unlock_time(2)[:3] == H("022038")
    assert kerong_delayed_unlock(0, 4, 30)[2:4] == H("391e")
    assert kerong_set_baud(0, 9600)[2:4] == H("4000")


@pytest.mark.parametrize(
    "call",
    [
        lambda: kerong_unlock(16, 0),
        lambda: kerong_unlock(0, 16),
        lambda: kerong_set_unlock_time(0, 700_000),
        lambda: kerong_delayed_unlock(0, 0, 251),
        lambda: kerong_set_baud(0, 4800),
        lambda: generic8a_open(256, 1),
    ],
)
def test_builders_refuse_out_of_range_values(call) -> None:
    with pytest.raises(ValueError):
        call()


def test_kerong_status_reply_decodes_doors_and_items() -> None:
    # hook1-8 = FE: lock 1's hook not engaged (open); IR1-8 = 01: an item in compartment 1.
    frame = parse_kerong_frame(
        kerong_frame(0x00, 0x30, H("feff0100")), data_len=KERONG_REPLY_DATA_LEN
    )
    status = kerong_status(frame)
    assert status.doors_open[0] is True and not any(status.doors_open[1:])
    assert status.items[0] is True and not any(status.items[1:])


def test_kerong_polarity_and_bit_order_are_configurable() -> None:
    layout = KerongLayout(lsb_first=False, hook_closed_bit=0, item_present_bit=0)
    frame = KerongFrame(0x10, 0x30, H("80000000"))  # bit 7 of byte 0 = lock 1 (msb first)
    status = kerong_status(frame, layout)
    assert status.board == 1
    assert status.doors_open[0] is True and not any(status.doors_open[1:])  # 1 = hook released
    assert all(status.items)  # 0 = present under this layout


def test_kerong_status_reply_builder_round_trips() -> None:
    doors = [False] * 16
    items = [False] * 16
    doors[4], items[15] = True, True
    frame = parse_kerong_frame(kerong_status_reply(0x20, 0x31, doors, items))
    status = kerong_status(frame)
    assert (status.board, list(status.doors_open), list(status.items)) == (2, doors, items)


def test_kerong_unlock_time_reply() -> None:
    assert kerong_unlock_time_ms(KerongFrame(0, 0x38, H("0032"))) == 500


@pytest.mark.parametrize(
    ("frame", "message"),
    [
        (H("02003003"), "minimum"),
        (H("0300300336"), "starts with"),
        (H("0200300436"), "before the sum"),
        (H("0200300336"), "checksum"),
    ],
)
def test_kerong_parser_errors(frame: bytes, message: str) -> None:
    with pytest.raises(ProtocolError, match=message):
        parse_kerong_frame(frame)


def test_kerong_parser_checks_the_data_length_per_command() -> None:
    with pytest.raises(ProtocolError, match="data bytes"):
        parse_kerong_frame(kerong_status_request(0), data_len=KERONG_REPLY_DATA_LEN)


# ----------------------------------------------------------------------- decoders


def test_kerong_decoder_resyncs_after_garbage_and_split_chunks() -> None:
    reply = kerong_status_reply(0x00, 0x30, [True] + [False] * 15, [False] * 16)
    decoder = KerongDecoder("reply")
    items = decoder.feed(H("ff0213") + reply[:4])
    items += decoder.feed(reply[4:])
    frames = [i for i in items if isinstance(i, KerongFrame)]
    assert len(frames) == 1 and kerong_status(frames[0]).doors_open[0]
    assert decoder.pending == 0


def test_kerong_decoder_keeps_a_reply_whose_data_holds_a_start_byte() -> None:
    # Lock 2 open -> hook byte 0xFD; item in 2 -> IR byte 0x02 (= STX): must not stall.
    doors = [False, True] + [False] * 14
    items = [False, True] + [False] * 14
    reply = kerong_status_reply(0x00, 0x30, doors, items)
    assert 0x02 in reply[3:7]
    assert [type(i) for i in KerongDecoder().feed(reply)] == [KerongFrame]


def test_kerong_decoder_reports_a_bad_checksum() -> None:
    reply = bytearray(kerong_status_request(0))
    reply[-1] ^= 0xFF
    items = KerongDecoder("request").feed(bytes(reply))
    assert [i.code for i in items if isinstance(i, DecodeError)] == ["bad_checksum"]


def test_8a_decoder_rejects_a_false_frame_around_a_real_one() -> None:
    # A stray 8A before "8A 01 01 00 8A" makes "8A 8A 01 01 00", whose XOR is right too.
    items = Generic8ADecoder().feed(H("8a") + H("8a0101008a"))
    frames = [i for i in items if isinstance(i, Generic8AFrame)]
    assert frames == [Generic8AFrame(0x8A, 1, 1, 0)]


def test_8a_decoder_needs_the_hint_for_a_bitmap_reply() -> None:
    layout = Generic8ALayout(all_query="bitmap")
    reply = generic8a_bitmap_reply(1, [True] * 24, layout)
    decoder = Generic8ADecoder(bitmap_bytes=3)
    decoder.expect_bitmap = True
    assert decoder.feed(reply) == [Generic8ABitmap(1, reply[2:5])]


# ----------------------------------------------------------------------- properties

kerong_replies = st.builds(
    lambda board, cmd, doors, items: kerong_status_reply(board << 4, cmd, doors, items),
    st.integers(0, 15),
    st.sampled_from([KerongCommand.STATUS, KerongCommand.UNLOCK]),
    st.lists(st.booleans(), min_size=16, max_size=16),
    st.lists(st.booleans(), min_size=16, max_size=16),
)
g8a_replies = st.builds(
    lambda header, board, lock, status: generic8a_reply(header, board, lock, status),
    st.sampled_from([0x80, 0x8A]),
    st.integers(1, 32),
    st.integers(1, 24),
    st.sampled_from([0x00, 0x11]),
)
chunkings = st.lists(st.integers(1, 8), min_size=1, max_size=20)


def _chunks(data: bytes, sizes: list[int]) -> list[bytes]:
    out, pos, i = [], 0, 0
    while pos < len(data):
        size = sizes[i % len(sizes)]
        out.append(data[pos : pos + size])
        pos += size
        i += 1
    return out


@given(st.binary(max_size=64))
def test_parsers_raise_only_protocol_errors(data: bytes) -> None:
    for parse in (
        parse_kerong_frame,
        lambda d: parse_kerong_frame(d, data_len=KERONG_REPLY_DATA_LEN),
        parse_generic8a_frame,
        parse_generic8a_bitmap,
    ):
        try:
            parse(data)
        except ProtocolError as exc:
            assert exc.code == "protocol_error"


@given(st.binary(max_size=64))
def test_status_interpreters_raise_only_protocol_errors(data: bytes) -> None:
    for call in (
        lambda: kerong_status(KerongFrame(0, 0x30, data)),
        lambda: kerong_unlock_time_ms(KerongFrame(0, 0x38, data)),
        lambda: generic8a_bitmap_doors(Generic8ABitmap(1, data), 24),
        lambda: generic8a_status_is_open(data[0] if data else 0x42),
    ):
        with contextlib.suppress(ProtocolError):
            call()


@given(st.lists(st.binary(max_size=40), max_size=10), st.booleans())
def test_decoders_never_raise_and_yield_typed_items(chunks: list[bytes], hint: bool) -> None:
    kerong, g8a = KerongDecoder("reply"), Generic8ADecoder(bitmap_bytes=3)
    g8a.expect_bitmap = hint
    total = 0
    for chunk in chunks:
        total += len(chunk)
        for item in kerong.feed(chunk):
            assert isinstance(item, KerongFrame | DecodeError)
        for item in g8a.feed(chunk):
            assert isinstance(item, Generic8AFrame | Generic8ABitmap | DecodeError)
    assert kerong.pending <= total and g8a.pending <= total


@given(st.binary(max_size=40), kerong_replies, chunkings)
def test_kerong_decoder_finds_the_reply_after_any_garbage(
    garbage: bytes, reply: bytes, sizes: list[int]
) -> None:
    assume(not any(isinstance(i, KerongFrame) for i in KerongDecoder().feed(garbage)))
    decoder = KerongDecoder()
    items: list[object] = []
    for chunk in _chunks(garbage + reply, sizes):
        items += decoder.feed(chunk)
    frames = [i for i in items if isinstance(i, KerongFrame)]
    assert frames and frames[-1] == parse_kerong_frame(reply)


@given(st.binary(max_size=40), g8a_replies, chunkings)
def test_8a_decoder_finds_the_reply_after_any_garbage(
    garbage: bytes, reply: bytes, sizes: list[int]
) -> None:
    assume(not any(isinstance(i, Generic8AFrame) for i in Generic8ADecoder().feed(garbage)))
    # A header byte among the last four garbage bytes can start a frame that runs into the
    # reply and passes the one-byte XOR check by chance (1 in 256; hypothesis found
    # 80 | 80 01 01 00 80). No decoder can tell; the driver matches an answer's board and lock
    # to its request and asks again. Such garbage is outside this property.
    assume(reply[0] not in garbage[-4:])
    decoder = Generic8ADecoder()
    items: list[object] = []
    for chunk in _chunks(garbage + reply, sizes):
        items += decoder.feed(chunk)
    frames = [i for i in items if isinstance(i, Generic8AFrame)]
    assert frames and frames[-1] == parse_generic8a_frame(reply)


@given(st.lists(st.booleans(), max_size=64), st.booleans())
def test_bits_round_trip(states: list[bool], lsb_first: bool) -> None:
    nbytes = (len(states) + 7) // 8
    packed = pack_bits(states, nbytes, lsb_first=lsb_first)
    assert list(unpack_bits(packed, len(states), lsb_first=lsb_first)) == states
