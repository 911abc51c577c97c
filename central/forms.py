"""Server-side validation of an application's form against the item's form schema.

The kiosk validates as the resident types; the platform validates again, because a kiosk can
run an old catalogue or a bug. :func:`validate_form` returns a list of field errors
``{"field", "code", "message"}`` (empty when valid); codes: ``required``, ``type``,
``max_length``, ``pattern``, ``option``, ``id_number``, ``date``. Fields the schema does not
know are ignored (a kiosk with an older catalogue may still send them).

Exceptions raised by this module: none (a schema pattern that does not compile is reported as
a ``pattern`` error on that field rather than raised).
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from central.idnumber import is_valid_id_number

__all__ = ["field_error", "validate_form"]

_STRING_TYPES = frozenset({"text", "phone", "id_number", "date", "select", "address", "email"})


def field_error(name: str, code: str, message: str) -> dict[str, str]:
    return {"field": name, "code": code, "message": message}


def _empty(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _check_one(spec: dict[str, Any], value: Any) -> dict[str, str] | None:
    name = str(spec["name"])
    label = str(spec.get("label") or name)
    kind = spec.get("type", "text")
    if kind == "checkbox":
        if value is None:
            value = False
        if not isinstance(value, bool):
            return field_error(name, "type", f"{label}：应为是/否")
        if spec.get("required") and value is not True:
            return field_error(name, "required", f"请确认：{label}")
        return None
    if _empty(value):
        if spec.get("required"):
            return field_error(name, "required", f"请填写{label}")
        return None
    if kind == "number":
        if isinstance(value, bool) or not isinstance(value, int | float | str):
            return field_error(name, "type", f"{label}：应为数字")
        text = str(value)
        try:
            float(text)
        except ValueError:
            return field_error(name, "type", f"{label}：应为数字")
    elif kind in _STRING_TYPES:
        if not isinstance(value, str):
            return field_error(name, "type", f"{label}：应为文字")
        text = value
    else:
        text = str(value)
    max_length = spec.get("max_length")
    if isinstance(max_length, int) and len(text) > max_length:
        return field_error(name, "max_length", f"{label}：不能超过{max_length}个字符")
    pattern = spec.get("pattern")
    if pattern:
        try:
            ok = re.fullmatch(pattern, text) is not None
        except re.error:
            ok = False
        if not ok:
            return field_error(name, "pattern", f"{label}：格式不正确")
    if kind == "select":
        options = spec.get("options") or []
        if text not in options:
            return field_error(name, "option", f"{label}：请从选项中选择")
    elif kind == "id_number" and not is_valid_id_number(text):
        return field_error(name, "id_number", f"{label}：不是有效的公民身份号码")
    elif kind == "date":
        try:
            date.fromisoformat(text)
        except ValueError:
            return field_error(name, "date", f"{label}：日期格式应为YYYY-MM-DD")
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            return field_error(name, "date", f"{label}：日期格式应为YYYY-MM-DD")
    return None


def validate_form(fields: list[dict[str, Any]], values: dict[str, Any]) -> list[dict[str, str]]:
    """Field errors of ``values`` against the schema ``fields`` (in schema order)."""
    errors: list[dict[str, str]] = []
    for spec in fields:
        error = _check_one(spec, values.get(spec["name"]))
        if error:
            errors.append(error)
    return errors
