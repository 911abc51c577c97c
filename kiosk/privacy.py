"""Masking of personal data for display on screen and on paper.

``1401**********1234`` for ID numbers, ``张*`` / ``张*丰`` for names, ``138****8000`` for mobile
numbers. Every function accepts any string (or ``None``), never raises, keeps the length of the
(normalised) value, and never reveals more than a bounded share of it.

Exceptions raised by this module: none (bad input yields a fully or partly masked string).
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["MASK_CHAR", "mask_id_number", "mask_name", "mask_phone"]

MASK_CHAR: Final = "*"

_ID_KEEP: Final = 4  # characters kept at each end of an ID number
_MAX_REVEALED: Final = 8
_PHONE_SEPARATORS = re.compile(r"[\s\-()（）]")
_CN_PREFIX = re.compile(r"^(?:\+|00)?86(?=1[3-9][0-9]{9}$)")


def _keep_ends(text: str, front: int, back: int) -> str:
    hidden = len(text) - front - back
    if hidden <= 0:
        return MASK_CHAR * len(text)
    return text[:front] + MASK_CHAR * hidden + text[len(text) - back :]


def mask_id_number(value: str | None) -> str:
    """Keep the first 4 and last 4 characters of an ID number: ``1401**********1234``.

    Whitespace is removed first. Shorter values keep fewer characters so that at least a third
    of them (and never fewer than the middle) is hidden; at most 8 characters are ever shown.
    """
    if not value:
        return ""
    text = "".join(str(value).split())
    # keep k at each end with k <= (n - 1) // 3: hides at least (n + 2) / 3 characters
    keep = min(_ID_KEEP, (len(text) - 1) // 3, _MAX_REVEALED // 2)
    if keep <= 0:
        return MASK_CHAR * len(text)
    return _keep_ends(text, keep, keep)


def mask_name(value: str | None) -> str:
    """``张*`` for two characters, ``张*丰`` / ``欧**锋`` for three or more, ``*`` for one."""
    if not value:
        return ""
    text = str(value).strip()
    if len(text) <= 1:
        return MASK_CHAR * len(text)
    if len(text) == 2:
        return text[0] + MASK_CHAR
    return _keep_ends(text, 1, 1)


def mask_phone(value: str | None) -> str:
    """``138****8000`` for a mainland mobile number (a +86/0086/86 prefix is dropped).

    Separators are removed first. Other numbers keep at most the first 3 (from 11 characters)
    and the last 4 (from 8 characters); short ones keep at most a third, at the end.
    """
    if not value:
        return ""
    text = _PHONE_SEPARATORS.sub("", str(value))
    text = _CN_PREFIX.sub("", text)
    length = len(text)
    if length == 0:
        return ""
    front = 3 if length >= 11 else 0
    back = 4 if length >= 8 else length // 3
    return _keep_ends(text, front, back)
