"""GB 11643 resident ID numbers: check digit, validation and fictional test numbers.

The 18th character is a check digit over the first 17 (weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8
4 2, sum mod 11 indexes ``10X98765432``). Test residents of the sandbox are generated with
:func:`make_id_number` so their numbers are well formed but belong to nobody.

Exceptions raised by this module::

    ValueError      make_id_number() / check_digit() given malformed parts
"""

from __future__ import annotations

import re
from datetime import date
from typing import Final

__all__ = ["check_digit", "is_valid_id_number", "make_id_number"]

_WEIGHTS: Final = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHECK: Final = "10X98765432"
_SHAPE: Final = re.compile(r"^[1-9]\d{5}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])\d{2}\d{3}[\dX]$")


def check_digit(first17: str) -> str:
    """The GB 11643 check character for the first 17 digits."""
    if len(first17) != 17 or not first17.isdigit():
        raise ValueError("need exactly 17 digits")
    total = sum(int(d) * w for d, w in zip(first17, _WEIGHTS, strict=True))
    return _CHECK[total % 11]


def is_valid_id_number(value: object) -> bool:
    """True for an 18-character number with a plausible birth date and a correct check digit."""
    if not isinstance(value, str) or not _SHAPE.match(value):
        return False
    try:
        date(int(value[6:10]), int(value[10:12]), int(value[12:14]))
    except ValueError:
        return False
    return check_digit(value[:17]) == value[17]


def make_id_number(region: str, birth: date, sequence: int) -> str:
    """A well-formed number: 6-digit region, birth date, 3-digit sequence (odd = male)."""
    if len(region) != 6 or not region.isdigit() or not 0 <= sequence <= 999:
        raise ValueError("region must be 6 digits and sequence 0-999")
    first17 = f"{region}{birth:%Y%m%d}{sequence:03d}"
    return first17 + check_digit(first17)
