"""Application forms on the kiosk: field specs, pre-fill from the ID card, validation.

The platform validates every application again (``central/forms.py``): a kiosk can run an old
catalogue or a bug. The kiosk validates as the resident fills the form, with the *same rules*,
so the resident never gets a form the platform refuses: :func:`validate_form` returns the same
error codes, in the same order, as the platform's ``validate_form`` for every value (a property
test in ``tests/flows/test_apply_forms.py`` runs both over generated values). The two are
separate deployables, so the rules are written twice rather than imported across.

Error codes: ``required``, ``type``, ``max_length``, ``pattern``, ``option``, ``id_number``,
``date``. Each :class:`FieldError` carries a Chinese default message (the platform's wording)
and what the screen needs to say it in the resident's language (``limit`` for
``max_length``); QML translates by code.

Values are what the platform receives: strings for every type except ``checkbox`` (a bool).
Pre-filled values are the readable forms (``男``/``女``, ``YYYY-MM-DD``, nation name, address
text), see :func:`prefill_value`.

Pure Python, no Qt. Exceptions raised by this module: none (a schema pattern that does not
compile is reported as a ``pattern`` error on that field, as the platform does).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Final

__all__ = [
    "FIELD_TYPES",
    "KEYPAD_TYPES",
    "FieldError",
    "FieldSpec",
    "check_field",
    "is_valid_id_number",
    "merge_fields",
    "prefill_value",
    "validate_form",
]

FIELD_TYPES: Final = frozenset(
    {"text", "number", "phone", "id_number", "date", "select", "address", "email", "checkbox"}
)
#: types typed on the numeric keypad (the others use the Pinyin keyboard, buttons or spinners)
KEYPAD_TYPES: Final = frozenset({"number", "phone", "id_number"})
_STRING_TYPES: Final = frozenset(
    {"text", "phone", "id_number", "date", "select", "address", "email"}
)
_WEIGHTS: Final = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHECK: Final = "10X98765432"
_ID_SHAPE: Final = re.compile(r"^[1-9]\d{5}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])\d{2}\d{3}[\dX]$")
_DATE_SHAPE: Final = re.compile(r"\d{4}-\d{2}-\d{2}")
_SEX: Final = {"male": "男", "female": "女", "男": "男", "女": "女", "1": "男", "2": "女"}


def is_valid_id_number(value: object) -> bool:
    """GB 11643: 18 characters, a real birth date and the right check character."""
    if not isinstance(value, str) or not _ID_SHAPE.match(value):
        return False
    try:
        date(int(value[6:10]), int(value[10:12]), int(value[12:14]))
    except ValueError:
        return False
    total = sum(int(d) * w for d, w in zip(value[:17], _WEIGHTS, strict=True))
    return _CHECK[total % 11] == value[17]


@dataclass(frozen=True, slots=True)
class FieldSpec:
    """One field of an item's form (``item.form.fields[i]`` of the catalogue)."""

    name: str
    label: str
    type: str = "text"
    required: bool = False
    prefill: str | None = None
    pattern: str | None = None
    max_length: int | None = None
    options: tuple[str, ...] | None = None

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any]) -> FieldSpec:
        options = data.get("options")
        return cls(
            name=str(data["name"]),
            label=str(data.get("label") or data["name"]),
            type=str(data.get("type") or "text"),
            required=bool(data.get("required", False)),
            prefill=data.get("prefill") or None,
            pattern=data.get("pattern") or None,
            max_length=data.get("max_length"),
            options=tuple(str(o) for o in options) if options is not None else None,
        )

    def to_mapping(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "label": self.label,
            "type": self.type,
            "required": self.required,
            "prefill": self.prefill,
            "pattern": self.pattern,
            "max_length": self.max_length,
            "options": list(self.options) if self.options is not None else None,
        }


@dataclass(frozen=True, slots=True)
class FieldError:
    """Why one value is refused; ``message`` is the platform's Chinese wording."""

    field: str
    code: str
    message: str
    limit: int = 0  # max_length: the limit

    def to_dict(self) -> dict[str, Any]:
        return {
            "field": self.field,
            "code": self.code,
            "message": self.message,
            "limit": self.limit,
        }


def _empty(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def check_field(spec: FieldSpec, value: Any) -> FieldError | None:
    """The error of one value against its field, or None (the platform's rules exactly)."""
    name, label, kind = spec.name, spec.label, spec.type
    if kind == "checkbox":
        if value is None:
            value = False
        if not isinstance(value, bool):
            return FieldError(name, "type", f"{label}：应为是/否")
        if spec.required and value is not True:
            return FieldError(name, "required", f"请确认：{label}")
        return None
    if _empty(value):
        if spec.required:
            return FieldError(name, "required", f"请填写{label}")
        return None
    if kind == "number":
        if isinstance(value, bool) or not isinstance(value, int | float | str):
            return FieldError(name, "type", f"{label}：应为数字")
        text = str(value)
        try:
            float(text)
        except ValueError:
            return FieldError(name, "type", f"{label}：应为数字")
    elif kind in _STRING_TYPES:
        if not isinstance(value, str):
            return FieldError(name, "type", f"{label}：应为文字")
        text = value
    else:
        text = str(value)
    limit = spec.max_length
    if isinstance(limit, int) and not isinstance(limit, bool) and len(text) > limit:
        return FieldError(name, "max_length", f"{label}：不能超过{limit}个字符", limit)
    if spec.pattern:
        try:
            ok = re.fullmatch(spec.pattern, text) is not None
        except re.error:
            ok = False
        if not ok:
            return FieldError(name, "pattern", f"{label}：格式不正确")
    if kind == "select":
        if text not in (spec.options or ()):
            return FieldError(name, "option", f"{label}：请从选项中选择")
    elif kind == "id_number" and not is_valid_id_number(text):
        return FieldError(name, "id_number", f"{label}：不是有效的公民身份号码")
    elif kind == "date":
        try:
            date.fromisoformat(text)
        except ValueError:
            return FieldError(name, "date", f"{label}：日期格式应为YYYY-MM-DD")
        if not _DATE_SHAPE.fullmatch(text):
            return FieldError(name, "date", f"{label}：日期格式应为YYYY-MM-DD")
    return None


def validate_form(fields: Iterable[FieldSpec], values: Mapping[str, Any]) -> list[FieldError]:
    """Errors of ``values`` against ``fields``, in schema order (empty: valid)."""
    errors: list[FieldError] = []
    for spec in fields:
        error = check_field(spec, values.get(spec.name))
        if error is not None:
            errors.append(error)
    return errors


def prefill_value(source: str | None, identity: Any) -> str | None:
    """The readable value of ``idcard.<field>`` from the verified identity (None: unknown).

    ``identity`` is a :class:`kiosk.session.Identity`; sex becomes ``男``/``女``, the birth
    date ``YYYY-MM-DD``, the nation its name (``汉``), the address its text.
    """
    if not source or identity is None or not source.startswith("idcard."):
        return None
    attribute = source.removeprefix("idcard.")
    if attribute not in {"name", "id_number", "sex", "birth_date", "address", "nation"}:
        return None
    value = getattr(identity, attribute, None)
    if not value:
        return None
    text = str(value).strip()
    if attribute == "sex":
        return _SEX.get(text.lower())
    if attribute == "birth_date":
        digits = re.sub(r"\D", "", text)
        if len(digits) == 8:
            return f"{digits[:4]}-{digits[4:6]}-{digits[6:]}"
        return None
    if attribute == "nation":
        return text.removesuffix("族") or None
    return text


def merge_fields(forms: Sequence[Sequence[FieldSpec]]) -> list[tuple[FieldSpec, tuple[int, ...]]]:
    """One form for several items (一件事): each field with the indexes of the items asking it.

    Fields asked by more than one item (same name) come first, once, in the order they first
    appear; then each item's own fields in its order. A shared field takes the strictest spec:
    required if any item requires it (the first spec otherwise).
    """
    owners: dict[str, list[int]] = {}
    specs: dict[str, FieldSpec] = {}
    order: list[str] = []
    for index, form in enumerate(forms):
        for spec in form:
            if spec.name not in owners:
                owners[spec.name] = []
                specs[spec.name] = spec
                order.append(spec.name)
            elif spec.required and not specs[spec.name].required:
                current = specs[spec.name]
                specs[spec.name] = FieldSpec(
                    current.name,
                    current.label,
                    current.type,
                    True,
                    current.prefill,
                    current.pattern,
                    current.max_length,
                    current.options,
                )
            if index not in owners[spec.name]:
                owners[spec.name].append(index)
    shared = [name for name in order if len(owners[name]) > 1]
    own = [name for name in order if len(owners[name]) == 1]
    own.sort(key=lambda name: owners[name][0])  # stable: each item's fields in its order
    return [(specs[name], tuple(owners[name])) for name in shared + own]
