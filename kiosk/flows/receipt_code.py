"""What a receipt's QR code (or a typed number) says: which application to look up.

Receipts printed by the kiosk carry a QR code in one of two forms; both name one application:

* the kiosk code ``KIOSKID:v1:receipt:<application number>`` (:mod:`drivers.camera.qr`);
* a progress URL, as the apply journey prints it (:func:`receipt_qr_payload`): any ``http`` or
  ``https`` URL with a host whose query has one of the parameters ``no``, ``app``,
  ``application_id`` or ``id`` holding an application number (the first of those parameters
  that holds one wins), e.g. ``https://zwfw.example.gov.cn/progress?no=SQ20261122000123``.

An application number is either the platform's (``SQ`` + 14 digits) or, for an application
still queued on this kiosk when the receipt was printed (network down), the kiosk reference
``K`` + up to 4 characters of the kiosk id + date + 6 base32 characters
(:func:`kiosk_reference`, the apply journey's formula). Letters are taken in either case and
returned in upper case.

Pure functions, no Qt, no I/O. Exceptions::

    ValueError
    └── ReceiptCodeError    the text is not a receipt code / not an application number
                            (messages never quote the text: it came from a camera)

:func:`parse_receipt_code` raises nothing else, whatever the input (tested with hypothesis).
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import re
from dataclasses import dataclass
from typing import Final
from urllib.parse import parse_qs, quote, urlsplit

from drivers.camera.errors import CodeFormatError
from drivers.camera.qr import CodeType, parse_code

__all__ = [
    "APPLICATION_ID",
    "KIOSK_REFERENCE",
    "URL_PARAMETERS",
    "ReceiptCodeError",
    "ReceiptRef",
    "kiosk_reference",
    "normalise_typed_number",
    "parse_application_number",
    "parse_receipt_code",
    "progress_base_url",
    "receipt_qr_payload",
]

#: ``SQ`` + date (8 digits) + sequence (6 digits), as the platform numbers applications
APPLICATION_ID: Final = re.compile(r"SQ\d{14}")
#: ``K`` + kiosk short id (1-4) + date (8 digits) + 6 base32 characters of the idempotency key
KIOSK_REFERENCE: Final = re.compile(r"K[A-Z0-9]{1,4}\d{8}[A-Z2-7]{6}")
#: query parameters of a progress URL that may hold the application number, in this order
URL_PARAMETERS: Final = ("no", "app", "application_id", "id")
#: longer texts are not receipt codes (a QR code holds at most a few kB)
MAX_TEXT: Final = 2048


class ReceiptCodeError(ValueError):
    """Not a receipt code or not an application number (the message never quotes it)."""


@dataclass(frozen=True, slots=True)
class ReceiptRef:
    """One application named by a receipt."""

    application_id: str

    @property
    def queued_on_kiosk(self) -> bool:
        """A kiosk reference: the platform had not answered when the receipt was printed."""
        return self.application_id.startswith("K")


def parse_application_number(text: str) -> str:
    """``text`` as an application number (upper case), or :class:`ReceiptCodeError`."""
    if not isinstance(text, str) or len(text) > 64:
        raise ReceiptCodeError("not an application number")
    candidate = text.strip().upper()
    if APPLICATION_ID.fullmatch(candidate) or KIOSK_REFERENCE.fullmatch(candidate):
        return candidate
    raise ReceiptCodeError("not an application number")


def normalise_typed_number(typed: str) -> str | None:
    """The application number for what was typed on the keypad, or None.

    Digits with or without ``SQ`` (spaces ignored), or a kiosk reference.
    """
    text = "".join(str(typed).split()).upper()
    if text.startswith("K"):
        return text if KIOSK_REFERENCE.fullmatch(text) else None
    if not text.startswith("SQ"):
        text = "SQ" + text
    return text if APPLICATION_ID.fullmatch(text) else None


def parse_receipt_code(text: str) -> ReceiptRef:
    """The application a scanned receipt code names; :class:`ReceiptCodeError` otherwise."""
    if not isinstance(text, str) or len(text) > MAX_TEXT:
        raise ReceiptCodeError("not a receipt code")
    stripped = text.strip()
    if stripped.startswith("KIOSKID:"):
        try:
            code = parse_code(stripped)
        except CodeFormatError:
            raise ReceiptCodeError("malformed kiosk code") from None
        if code.type is not CodeType.RECEIPT:
            raise ReceiptCodeError("a kiosk code, but not a receipt code")
        return ReceiptRef(parse_application_number(code.token))
    return ReceiptRef(_number_in_url(stripped))


def _number_in_url(text: str) -> str:
    if not re.match(r"(?i)https?://", text) or any(c.isspace() for c in text):
        raise ReceiptCodeError("not a receipt code")
    try:
        parts = urlsplit(text)
        host = parts.hostname
        query = parse_qs(parts.query, keep_blank_values=False, max_num_fields=32)
    except ValueError:  # a bad port, a bracketed host that is not an address, too many fields
        raise ReceiptCodeError("not a receipt code") from None
    if parts.scheme.lower() not in ("http", "https") or not host:
        raise ReceiptCodeError("not a receipt code")
    for name in URL_PARAMETERS:
        for value in query.get(name, ()):
            try:
                return parse_application_number(value)
            except ReceiptCodeError:
                continue
    raise ReceiptCodeError("a web address without an application number")


def progress_base_url(guide_url: str) -> str:
    """``scheme://host[:port]`` of the platform's public site (``platform.guide_url``)."""
    parts = urlsplit(guide_url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ValueError("guide_url is not an http(s) URL with a host")
    return f"{parts.scheme}://{parts.netloc}"


def receipt_qr_payload(application_id: str, base_url: str) -> str:
    """The QR payload printed on a receipt: ``<base>/progress?no=<id>``.

    ``application_id`` is the platform's number or the kiosk reference; ``base_url`` an http(s)
    URL (e.g. :func:`progress_base_url` of ``config.platform.guide_url``). The result is read
    back by :func:`parse_receipt_code`. ``ValueError`` for a bad number or base.
    """
    number = parse_application_number(application_id)
    base = base_url.rstrip("/")
    parts = urlsplit(base)
    if parts.scheme not in ("http", "https") or not parts.hostname or parts.query:
        raise ValueError("base_url must be an http(s) URL with a host and no query")
    return f"{base}/progress?no={quote(number)}"


def kiosk_reference(kiosk_id: str, idempotency_key: str, day: dt.date) -> str:
    """``K`` + the kiosk's short id + date + 6 characters of the key: a receipt number before
    the platform answered. Same formula as ``kiosk.flows.apply.kiosk_reference`` (a test keeps
    them equal): the progress query finds a queued application by it."""
    short = re.sub(r"[^A-Z0-9]", "", kiosk_id.upper())[-4:] or "0000"
    digest = hashlib.sha256(idempotency_key.encode()).digest()
    tail = base64.b32encode(digest).decode()[:6]
    return f"K{short}{day:%Y%m%d}{tail}"
