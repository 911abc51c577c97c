"""The error type of the reference platform and its JSON shape.

Every error answer is ``{"error": {"code": "snake_case", "message": "human text", ...}}``
(docs/platform-api.md). Domain code raises :class:`ApiError`; the app turns it into a response.

Exceptions defined here::

    Exception
    └── ApiError        an answer other than 2xx: HTTP status, error code, message, extras
"""

from __future__ import annotations

from typing import Any

__all__ = ["ApiError", "error_body"]


def error_body(code: str, message: str, **extra: Any) -> dict[str, Any]:
    return {"error": {"code": code, "message": message, **extra}}


class ApiError(Exception):
    """An error answer: ``status`` (HTTP), ``code`` (snake_case), ``message``, extra fields."""

    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        *,
        headers: dict[str, str] | None = None,
        **extra: Any,
    ) -> None:
        super().__init__(f"{status} {code}: {message}")
        self.status = status
        self.code = code
        self.message = message
        self.headers = headers or {}
        self.extra = extra

    def body(self) -> dict[str, Any]:
        return error_body(self.code, self.message, **self.extra)
