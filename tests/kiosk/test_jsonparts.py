"""jsonparts gives exactly what the json module gives, for any document."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk import jsonparts

scalars = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.text(max_size=8)
    | st.floats(allow_nan=False, allow_infinity=False)
)
values = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=5), inner, max_size=4)
    ),
    max_leaves=20,
)


@given(st.dictionaries(st.text(max_size=6), values, max_size=6))
def test_dumps_compact_is_byte_identical_to_json(doc):
    assert jsonparts.dumps_compact(doc) == json.dumps(
        doc, ensure_ascii=False, separators=(",", ":")
    )


@given(values)
def test_loads_equals_json_loads_for_any_document(doc):
    for text in (json.dumps(doc), json.dumps(doc, indent=2), json.dumps(doc, ensure_ascii=False)):
        assert jsonparts.loads(text) == json.loads(text)


@pytest.mark.parametrize(
    "text", ['{"a":1,}', '{"a":[1,]}', '{"a":1} x', '{"a":[1] ', "{1:2}", "", "[1,"]
)
def test_malformed_input_raises_what_json_raises(text):
    with pytest.raises(json.JSONDecodeError):
        json.loads(text)
    with pytest.raises(json.JSONDecodeError):
        jsonparts.loads(text)


def test_bytes_are_utf8():
    assert jsonparts.loads('{"名":["社保"]}'.encode()) == {"名": ["社保"]}
