"""Byte-level tests of the LD2410 frame builders, parsers and stream decoder.

Expected bytes come from the vendor manual's examples and from traces recorded from a real
LD2410C by the aio-ld2410 project (see drivers/presence/protocol.py).
"""

from __future__ import annotations

import pytest

from drivers.errors import ProtocolError
from drivers.presence import protocol as p
from drivers.presence.protocol import (
    Ack,
    Command,
    CommandFrame,
    DecodeError,
    FirmwareVersion,
    FrameDecoder,
    Report,
    ReportType,
    TargetState,
)

H = bytes.fromhex

BASIC_TRACE = H("f4 f3 f2 f1 0d 00 02 aa 02 51 00 00 00 00 3b 00 00 55 00 f8 f7 f6 f5")
ENGINEERING_TRACE = H(
    "f4 f3 f2 f1 23 00 01 aa 03 1e 00 3c 00 00 39 00"
    "00 08 08 3c 22 05 03 03 04 03 06 05 00 00 39 10"
    "13 06 06 08 04 60 01 55 00 f8 f7 f6 f5"
)
FIRMWARE_ACK_TRACE = H("fd fc fb fa 0c 00 a0 01 00 00 00 00 02 01 16 24 06 22 04 03 02 01")


# ----------------------------------------------------------------------------- builders


@pytest.mark.parametrize(
    ("frame", "expected"),
    [
        (p.enable_configuration(), "fd fc fb fa 04 00 ff 00 01 00 04 03 02 01"),
        (p.end_configuration(), "fd fc fb fa 02 00 fe 00 04 03 02 01"),
        (p.read_firmware_version(), "fd fc fb fa 02 00 a0 00 04 03 02 01"),
        (p.enable_engineering_mode(), "fd fc fb fa 02 00 62 00 04 03 02 01"),
        (p.close_engineering_mode(), "fd fc fb fa 02 00 63 00 04 03 02 01"),
        (p.restart(), "fd fc fb fa 02 00 a3 00 04 03 02 01"),
        (p.command_frame(0x00A1, H("07 00")), "fd fc fb fa 04 00 a1 00 07 00 04 03 02 01"),
    ],
    ids=["enable_config", "end_config", "firmware", "eng_on", "eng_off", "restart", "generic"],
)
def test_command_frames_exact_bytes(frame: bytes, expected: str) -> None:
    assert frame == H(expected)


@pytest.mark.parametrize(
    ("frame", "expected"),
    [
        (p.enable_configuration_ack(), "fd fc fb fa 08 00 ff 01 00 00 01 00 40 00 04 03 02 01"),
        (p.ack_frame(Command.END_CONFIG), "fd fc fb fa 04 00 fe 01 00 00 04 03 02 01"),
        (p.ack_frame(Command.RESTART), "fd fc fb fa 04 00 a3 01 00 00 04 03 02 01"),
        (p.ack_frame(Command.ENABLE_ENGINEERING), "fd fc fb fa 04 00 62 01 00 00 04 03 02 01"),
        (p.ack_frame(Command.READ_FIRMWARE, 1), "fd fc fb fa 04 00 a0 01 01 00 04 03 02 01"),
        (p.enable_configuration_ack(status=1), "fd fc fb fa 04 00 ff 01 01 00 04 03 02 01"),
        (
            p.firmware_version_ack(FirmwareVersion(1, 0x02, 0x22062416, 0)),
            FIRMWARE_ACK_TRACE.hex(" "),
        ),
    ],
    ids=["enable_ack", "end_ack", "restart_ack", "eng_ack", "rejected", "enable_nak", "fw_ack"],
)
def test_ack_frames_exact_bytes(frame: bytes, expected: str) -> None:
    assert frame == H(expected)


def test_report_frame_rebuilds_recorded_traces() -> None:
    assert p.report_frame(p.parse_report_frame(BASIC_TRACE)) == BASIC_TRACE
    assert p.report_frame(p.parse_report_frame(ENGINEERING_TRACE)) == ENGINEERING_TRACE


def test_basic_report_frame_layout() -> None:
    report = Report(TargetState.BOTH, 0x0102, 0x33, 0x0405, 0x66, 0x0708)
    assert p.report_frame(report) == H(
        "f4 f3 f2 f1 0d 00 02 aa 03 02 01 33 05 04 66 08 07 55 00 f8 f7 f6 f5"
    )


# ----------------------------------------------------------------------------- parsers


def test_parse_recorded_basic_report() -> None:
    report = p.parse_report_frame(BASIC_TRACE)
    assert report == Report(TargetState.STATIONARY, 81, 0, 0, 59, 0)
    assert report.report_type is ReportType.BASIC
    assert report.distance_cm == 81  # stationary distance 0 in this trace: fall back


def test_parse_recorded_engineering_report() -> None:
    report = p.parse_report_frame(ENGINEERING_TRACE)
    assert report.target is TargetState.BOTH
    assert (report.moving_distance_cm, report.moving_energy) == (30, 60)
    assert report.stationary_energy == 57
    eng = report.engineering
    assert eng is not None
    assert (eng.max_moving_gate, eng.max_stationary_gate) == (8, 8)
    assert eng.moving_gate_energy == (0x3C, 0x22, 5, 3, 3, 4, 3, 6, 5)
    assert eng.stationary_gate_energy == (0, 0, 0x39, 0x10, 0x13, 6, 6, 8, 4)
    assert eng.extra == H("60 01")
    assert report.report_type is ReportType.ENGINEERING


def test_parse_firmware_ack() -> None:
    ack = p.parse_command_frame(FIRMWARE_ACK_TRACE)
    assert isinstance(ack, Ack)
    assert (ack.command, ack.status, ack.ok) == (Command.READ_FIRMWARE, 0, True)
    version = p.parse_firmware_version(ack.payload)
    assert str(version) == "V1.02.22062416"
    assert (version.major, version.minor, version.build) == (1, 2, 0x22062416)


def test_parse_enable_configuration_ack() -> None:
    ack = p.parse_command_frame(p.enable_configuration_ack(protocol_version=1, buffer_size=64))
    assert isinstance(ack, Ack)
    assert p.parse_enable_configuration(ack.payload) == (1, 64)


def test_parse_command_frame_from_host() -> None:
    assert p.parse_command_frame(p.enable_configuration()) == CommandFrame(0x00FF, H("01 00"))


@pytest.mark.parametrize(
    ("distance_fields", "target", "expected"),
    [
        ((0, 0, 0), TargetState.NONE, 0),
        ((150, 0, 140), TargetState.MOVING, 150),
        ((0, 90, 95), TargetState.STATIONARY, 90),
        ((150, 90, 120), TargetState.BOTH, 120),
        ((0, 0, 77), TargetState.MOVING, 77),
    ],
)
def test_report_distance_follows_target(
    distance_fields: tuple[int, int, int], target: TargetState, expected: int
) -> None:
    moving, stationary, detection = distance_fields
    report = Report(target, moving, 50, stationary, 50, detection)
    assert report.distance_cm == expected


def _data(trace: bytes) -> bytearray:
    return bytearray(trace[6:-4])


@pytest.mark.parametrize(
    ("index", "value", "message"),
    [
        (0, 0x07, "unknown report type"),
        (1, 0xAB, "report head"),
        (-2, 0x56, "report end"),
        (-1, 0x01, "check byte"),
        (2, 0x04, "target state"),
    ],
)
def test_parse_report_rejects_bad_fields(index: int, value: int, message: str) -> None:
    data = _data(BASIC_TRACE)
    data[index] = value
    with pytest.raises(ProtocolError, match=message) as info:
        p.parse_report_data(bytes(data))
    assert info.value.data_hex  # the offending bytes are kept for diagnostics


def test_check_byte_is_configurable() -> None:
    data = _data(BASIC_TRACE)
    data[-1] = 0xA5
    assert p.parse_report_data(bytes(data), check_byte=None).target is TargetState.STATIONARY
    assert p.parse_report_data(bytes(data), check_byte=0xA5).target is TargetState.STATIONARY


def test_parse_report_rejects_short_and_odd_lengths() -> None:
    with pytest.raises(ProtocolError, match="too short"):
        p.parse_report_data(_data(BASIC_TRACE)[:12])
    longer = _data(BASIC_TRACE)
    longer[-2:-2] = b"\x00"
    with pytest.raises(ProtocolError, match="basic report of 14 bytes"):
        p.parse_report_data(bytes(longer))
    eng = _data(ENGINEERING_TRACE)
    del eng[20:30]
    with pytest.raises(ProtocolError, match="too short for 8\\+8 gates"):
        p.parse_report_data(bytes(eng))


@pytest.mark.parametrize(
    ("frame", "message"),
    [
        (H("fd fc fb fa 02 00 fe 00 04 03 02 00"), "bad frame tail"),
        (H("fd fc fb fa 03 00 fe 00 04 03 02 01"), "declares 3 data bytes"),
        (H("fc fb fa 02 00 fe 00 04 03 02 01"), "bad frame header"),
        (H("fd fc fb fa 02 00 fe 01 04 03 02 01"), "without a status"),
    ],
)
def test_parse_command_frame_errors(frame: bytes, message: str) -> None:
    with pytest.raises(ProtocolError, match=message):
        p.parse_command_frame(frame)


def test_protocol_error_keeps_truncated_hex_out_of_message() -> None:
    exc = ProtocolError("bad", bytes(range(40)))
    assert str(exc) == "bad"
    assert exc.data_hex.startswith("00 01 02")
    assert exc.data_hex.endswith("…(+8)")


def test_firmware_version_too_short() -> None:
    with pytest.raises(ProtocolError):
        p.parse_firmware_version(b"\x00\x01\x02")


# ----------------------------------------------------------------------------- decoder


def test_decoder_byte_by_byte() -> None:
    decoder = FrameDecoder()
    stream = BASIC_TRACE + FIRMWARE_ACK_TRACE + ENGINEERING_TRACE
    items = [item for byte in stream for item in decoder.feed(bytes([byte]))]
    assert [type(i) for i in items] == [Report, Ack, Report]
    assert decoder.stats.frames == 3
    assert decoder.stats.discarded_bytes == 0
    assert decoder.pending == 0


def test_decoder_counts_leading_garbage() -> None:
    decoder = FrameDecoder()
    items = decoder.feed(b"\x01\x02\x03\xf4\xf3" + BASIC_TRACE)
    assert items == [p.parse_report_frame(BASIC_TRACE)]
    assert decoder.stats.discarded_bytes == 5
    assert decoder.stats.errors == 0


def test_decoder_keeps_partial_header_across_chunks() -> None:
    decoder = FrameDecoder()
    assert decoder.feed(b"\x99" + BASIC_TRACE[:3]) == []
    assert decoder.pending == 3
    assert decoder.feed(BASIC_TRACE[3:]) == [p.parse_report_frame(BASIC_TRACE)]
    assert decoder.stats.discarded_bytes == 1


def test_decoder_reports_bad_tail_and_recovers() -> None:
    bad = BASIC_TRACE[:-1] + b"\x00"
    decoder = FrameDecoder()
    items = decoder.feed(bad + BASIC_TRACE)
    assert isinstance(items[0], DecodeError) and items[0].code == "bad_tail"
    assert items[-1] == p.parse_report_frame(BASIC_TRACE)
    assert decoder.stats.discarded_bytes == len(bad)


def test_decoder_reports_bad_length_and_recovers() -> None:
    bad = H("f4 f3 f2 f1 ff 7f") + b"\x00" * 4
    decoder = FrameDecoder()
    items = decoder.feed(bad + BASIC_TRACE)
    assert isinstance(items[0], DecodeError) and items[0].code == "bad_length"
    assert items[-1] == p.parse_report_frame(BASIC_TRACE)


def test_decoder_reports_bad_content() -> None:
    data = bytearray(BASIC_TRACE)
    data[-5] = 0xA5  # check byte
    items = FrameDecoder().feed(bytes(data))
    assert len(items) == 1
    assert isinstance(items[0], DecodeError) and items[0].code == "bad_content"
    assert "check byte" in items[0].reason


def test_decoder_abandons_truncated_frame_for_the_next_good_one() -> None:
    decoder = FrameDecoder()
    # A frame cut short (cable glitch) followed by a complete one: the cut frame's declared
    # length would otherwise swallow the good frame's first bytes.
    items = decoder.feed(ENGINEERING_TRACE[:20] + BASIC_TRACE)
    assert isinstance(items[0], DecodeError) and items[0].code == "truncated"
    assert items[-1] == p.parse_report_frame(BASIC_TRACE)
    assert decoder.pending == 0


def test_decoder_waits_for_rest_of_a_frame() -> None:
    decoder = FrameDecoder()
    assert decoder.feed(ENGINEERING_TRACE[:30]) == []
    assert decoder.feed(ENGINEERING_TRACE[30:]) == [p.parse_report_frame(ENGINEERING_TRACE)]


def test_decoder_reset_forgets_buffer() -> None:
    decoder = FrameDecoder()
    decoder.feed(BASIC_TRACE[:10])
    decoder.reset()
    assert decoder.pending == 0
    assert decoder.feed(BASIC_TRACE) == [p.parse_report_frame(BASIC_TRACE)]


def test_decoder_max_data_len_is_configurable() -> None:
    decoder = FrameDecoder(max_data_len=20)
    items = decoder.feed(ENGINEERING_TRACE)
    assert items and all(isinstance(i, DecodeError) for i in items)
    assert FrameDecoder(max_data_len=64).feed(ENGINEERING_TRACE)[0] == p.parse_report_frame(
        ENGINEERING_TRACE
    )


def test_decoder_prefers_inner_frame_over_lined_up_garbage() -> None:
    # Found by the property tests: a cut-off engineering frame whose declared length ends
    # exactly on the tail of the next (basic) frame, and whose content checks pass.
    junk = H("f4 f3 f2 f1 23 00 01 aa") + bytes(14)
    good = p.report_frame(Report(TargetState.NONE))
    items = FrameDecoder().feed(junk + good)
    assert items[-1] == Report(TargetState.NONE)
    assert any(isinstance(i, DecodeError) and i.code == "nested" for i in items)
