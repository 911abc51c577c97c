"""Property tests: whatever bytes arrive, the GA 467 decoder and parsers never crash; they give
frames or typed errors, and real frames survive noise around them."""

from __future__ import annotations

import contextlib
import itertools

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from drivers.errors import ProtocolError
from drivers.idcard import ga467_frames as f
from drivers.idcard import samples
from drivers.idcard.errors import CardError
from drivers.idcard.records import IdCardRecord, build_text_block, parse_text_block

SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

#: noise that cannot contain a full preamble by itself
noise = st.binary(max_size=64).filter(lambda b: f.PREAMBLE not in b)
payloads = st.binary(min_size=3, max_size=300)


def _chunks(data: bytes, cuts: list[int]) -> list[bytes]:
    points = sorted({c % (len(data) + 1) for c in cuts})
    bounds = [0, *points, len(data)]
    return [data[a:b] for a, b in itertools.pairwise(bounds)]


@SETTINGS
@given(st.binary(max_size=2000), st.lists(st.integers(min_value=0), max_size=20))
def test_random_bytes_never_crash_the_decoder(data: bytes, cuts: list[int]) -> None:
    decoder = f.FrameDecoder()
    items = [item for chunk in _chunks(data, cuts) for item in decoder.feed(chunk)]
    items += decoder.flush()
    assert all(isinstance(item, f.Frame | f.DecodeError) for item in items)
    assert decoder.pending == 0


@SETTINGS
@given(st.lists(st.tuples(noise, payloads), min_size=1, max_size=5), st.lists(st.integers()))
def test_frames_survive_noise_between_them(parts: list, cuts: list[int]) -> None:
    stream = b"".join(junk + f.frame(payload) for junk, payload in parts)
    decoder = f.FrameDecoder()
    items = [item for chunk in _chunks(stream, cuts) for item in decoder.feed(chunk)]
    frames = [item.payload for item in items if isinstance(item, f.Frame)]
    assert frames[-len(parts) :] == [payload for _, payload in parts]


@SETTINGS
@given(payloads, st.integers(min_value=1))
def test_truncated_frames_are_reported_never_returned(payload: bytes, cut: int) -> None:
    frame = f.frame(payload)
    decoder = f.FrameDecoder()
    items = decoder.feed(frame[: cut % len(frame)]) + decoder.flush()
    assert not [item for item in items if isinstance(item, f.Frame)]


@SETTINGS
@given(st.binary(max_size=400))
def test_parsers_raise_only_typed_errors(data: bytes) -> None:
    for parse in (f.parse_response, f.parse_request):
        with contextlib.suppress(ProtocolError):
            parse(data)
    for fingerprint in (False, True):
        with contextlib.suppress(ProtocolError):
            f.parse_card_content(data, fingerprint=fingerprint)


@SETTINGS
@given(st.binary(min_size=256, max_size=256))
def test_any_text_block_gives_a_record_or_a_card_error(text: bytes) -> None:
    try:
        record = parse_text_block(text)
    except CardError:
        return
    assert isinstance(record, IdCardRecord)


@SETTINGS
@given(st.sampled_from(samples.SAM_KINDS), st.integers(0, 255), st.integers(0, 255))
def test_a_corrupted_byte_never_escapes_as_an_untyped_error(kind: str, at: int, value: int) -> None:
    text = bytearray(build_text_block(samples.sample(kind)))
    text[at] = value
    with contextlib.suppress(CardError):
        parse_text_block(bytes(text))
