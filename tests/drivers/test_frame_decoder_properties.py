"""Property tests of the LD2410 stream decoder: whatever the line does, it never raises, never
invents a report out of noise, and finds the next good frame after any garbage."""

from __future__ import annotations

import itertools

from hypothesis import given
from hypothesis import strategies as st

from drivers.presence.protocol import (
    CMD_HEADER,
    REPORT_HEADER,
    Ack,
    CommandFrame,
    DecodeError,
    EngineeringData,
    FrameDecoder,
    Report,
    TargetState,
    report_frame,
)

# What a real radar can send: distances within its range, energies 0-100 %.
distances = st.integers(min_value=0, max_value=2000)
energies = st.integers(min_value=0, max_value=100)


@st.composite
def reports(draw: st.DrawFn) -> Report:
    engineering = None
    if draw(st.booleans()):
        gates = st.tuples(*[energies] * 9)
        extra = draw(st.sampled_from([b"", b"\x60\x01"]))
        engineering = EngineeringData(8, 8, draw(gates), draw(gates), extra)
    return Report(
        draw(st.sampled_from(TargetState)),
        draw(distances),
        draw(energies),
        draw(distances),
        draw(energies),
        draw(distances),
        engineering,
    )


# Garbage that looks like the protocol: raw bytes, header fragments and cut-off frames.
header_bits = st.sampled_from(
    [REPORT_HEADER[:n] for n in range(1, 5)] + [CMD_HEADER[:n] for n in range(1, 5)]
)
truncated_frames = st.builds(
    lambda frame, cut: frame[: max(1, cut % len(frame))],
    reports().map(report_frame),
    st.integers(min_value=1, max_value=60),
)
garbage = st.lists(
    st.one_of(st.binary(max_size=40), header_bits, truncated_frames), max_size=8
).map(b"".join)


def chunked(data: bytes, cuts: list[int]) -> list[bytes]:
    points = sorted({c % (len(data) + 1) for c in cuts} | {0, len(data)})
    return [data[a:b] for a, b in itertools.pairwise(points)]


def decode(decoder: FrameDecoder, chunks: list[bytes]) -> list[object]:
    return [item for chunk in chunks for item in decoder.feed(chunk)]


@given(st.lists(st.binary(max_size=64), max_size=20))
def test_never_raises_and_yields_known_items(chunks: list[bytes]) -> None:
    decoder = FrameDecoder()
    items = decode(decoder, chunks)
    assert all(isinstance(i, Report | Ack | CommandFrame | DecodeError) for i in items)
    total = sum(map(len, chunks))
    assert decoder.stats.discarded_bytes + decoder.pending <= total


@given(st.binary(max_size=512), st.lists(st.integers(min_value=0), max_size=10))
def test_pure_noise_yields_no_report(noise: bytes, cuts: list[int]) -> None:
    decoder = FrameDecoder()
    items = decode(decoder, chunked(noise, cuts))
    assert not any(isinstance(i, Report) for i in items)
    assert decoder.stats.frames == sum(not isinstance(i, DecodeError) for i in items)


@given(garbage, reports(), st.lists(st.integers(min_value=0), max_size=10))
def test_recovers_the_next_good_frame_after_garbage(
    junk: bytes, report: Report, cuts: list[int]
) -> None:
    decoder = FrameDecoder()
    items = decode(decoder, chunked(junk + report_frame(report), cuts))
    found = [i for i in items if isinstance(i, Report)]
    assert found and found[-1] == report
    assert decoder.pending == 0


@given(st.lists(reports(), min_size=1, max_size=6), st.lists(st.integers(min_value=0)))
def test_chunk_boundaries_do_not_matter(batch: list[Report], cuts: list[int]) -> None:
    stream = b"".join(report_frame(r) for r in batch)
    decoder = FrameDecoder()
    assert decode(decoder, chunked(stream, cuts)) == batch
    assert decoder.stats.discarded_bytes == 0
