"""JSON for big documents without long GIL holds: top-level arrays are coded element by element.

Lesson: one ``json.loads`` or ``json.dumps`` of the 6 MB catalogue is a single C call that holds
the GIL for 100-150 ms on these machines; a worker thread doing it freezes the touchscreen for
that long. Coding a top-level object's arrays one element at a time gives the GUI thread the
interpreter between elements. Results are exactly those of the ``json`` module: output bytes are
identical (the catalogue cache hashes them), and anything unusual (not a top-level object,
malformed input) is handed to ``json.loads`` itself, so errors are its own.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any

_SPACE = re.compile(r"[ \t\n\r]*")
_DECODER = json.JSONDecoder()


def dumps_compact(data: Mapping[str, Any]) -> str:
    """``json.dumps(data, ensure_ascii=False, separators=(",", ":"))``, by parts."""

    def one(value: Any) -> str:
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))

    parts: list[str] = []
    for key, value in data.items():
        if not isinstance(key, str):
            return one(data)  # json's own key coercion and errors
        if isinstance(value, list):
            coded = "[" + ",".join(one(element) for element in value) + "]"
        else:
            coded = one(value)
        parts.append(one(key) + ":" + coded)
    return "{" + ",".join(parts) + "}"


def loads(payload: str | bytes | bytearray) -> Any:
    """``json.loads(payload)``, by parts when the document is a top-level object."""
    text = payload.decode("utf-8") if isinstance(payload, bytes | bytearray) else payload
    try:
        return _object_by_parts(text)
    except ValueError:
        return json.loads(text)


def _object_by_parts(text: str) -> dict[str, Any]:
    def skip(i: int) -> int:
        match = _SPACE.match(text, i)
        return match.end() if match else i

    result: dict[str, Any] = {}
    i = skip(0)
    if text[i : i + 1] != "{":
        raise ValueError("not an object")
    i = skip(i + 1)
    if text[i : i + 1] == "}":
        i += 1
    else:
        while True:
            key, i = _DECODER.raw_decode(text, i)
            if not isinstance(key, str):
                raise ValueError("object key is not a string")
            i = skip(i)
            if text[i : i + 1] != ":":
                raise ValueError("expected ':'")
            i = skip(i + 1)
            if text[i : i + 1] == "[":
                values: list[Any] = []
                i = skip(i + 1)
                if text[i : i + 1] == "]":
                    i += 1
                else:
                    while True:
                        value, i = _DECODER.raw_decode(text, i)
                        values.append(value)
                        i = skip(i)
                        if text[i : i + 1] == ",":
                            i = skip(i + 1)
                            continue
                        if text[i : i + 1] != "]":
                            raise ValueError("expected ',' or ']'")
                        i += 1
                        break
                result[key] = values
            else:
                result[key], i = _DECODER.raw_decode(text, i)
            i = skip(i)
            if text[i : i + 1] == ",":
                i = skip(i + 1)
                continue
            if text[i : i + 1] != "}":
                raise ValueError("expected ',' or '}'")
            i += 1
            break
    if skip(i) != len(text):
        raise ValueError("extra data")
    return result
