"""The interface the kiosk's flows and services talk to the central platform through.

Real provinces run their own platforms; each gets an adapter with this interface
(:class:`PlatformAdapter`), so flows never change. :class:`kiosk.platform.http.HttpPlatform` is
the adapter for the reference API of ``docs/platform-api.md``.

Calls that change state on the server (``create_application``, ``submit_evaluation``,
``take_ticket``, ``checkin``, ``pickup_event``, ``help``, ``ack_command``, ``post``) take an
``idempotency_key`` and are made only by the outbox drain (:mod:`kiosk.services.outbox`), never
directly from a flow: the flow enqueues, the drain sends. Reads may be called from any worker
thread (never the GUI thread: they do network I/O).

Exceptions raised by every adapter method (and nothing else escapes)::

    Exception
    └── PlatformError            .code (snake_case), .message, .status (HTTP or None),
        │                        .retry_after (seconds or None)
        ├── PlatformUnavailable  network error, timeout, connection refused/reset, 408, 425,
        │                        5xx, an unreadable answer: transient, retry later
        ├── RateLimited          429; .retry_after from the Retry-After header when given
        ├── Rejected             any other 4xx (400, 404, 413, 415, 422...): the request itself
        │                        is wrong; permanent, resending the same bytes cannot help
        ├── AuthError            401/403 (unsigned, unknown_kiosk, bad_signature,
        │                        stale_timestamp, replayed_nonce, kiosk_revoked); .clock_skew_s
        │                        (server minus kiosk, seconds) when the server told its time
        └── Conflict             409; .code ``in_progress`` means the same idempotency key is
                                 being processed right now (retry), other codes are permanent

Transport errors (``requests`` exceptions) are wrapped with ``raise ... from`` so the cause stays
in tracebacks. Exception messages never contain personal data: they carry the server's error
code and message, and the request's method and path template.
"""

from __future__ import annotations

import abc
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

__all__ = [
    "AuthError",
    "CatalogueResponse",
    "Conflict",
    "PlatformAdapter",
    "PlatformError",
    "PlatformUnavailable",
    "RateLimited",
    "Rejected",
]

JSON = dict[str, Any]


class PlatformError(Exception):
    """Any failure talking to the platform."""

    def __init__(
        self,
        code: str,
        message: str = "",
        *,
        status: int | None = None,
        retry_after: float | None = None,
    ) -> None:
        self.code = code
        self.message = message
        self.status = status
        self.retry_after = retry_after
        status_text = f"HTTP {status} " if status is not None else ""
        super().__init__(f"{status_text}{code}: {message}" if message else f"{status_text}{code}")


class PlatformUnavailable(PlatformError):
    """The platform could not be reached or failed transiently (network, timeout, 5xx)."""


class RateLimited(PlatformError):
    """429 Too Many Requests; ``retry_after`` is the server's wish in seconds, if it said."""


class Rejected(PlatformError):
    """A permanent 4xx: the request is invalid and must not be resent unchanged."""


class AuthError(PlatformError):
    """401/403: the kiosk's credentials, clock or nonce were refused."""

    def __init__(
        self,
        code: str,
        message: str = "",
        *,
        status: int | None = None,
        retry_after: float | None = None,
        clock_skew_s: float | None = None,
    ) -> None:
        super().__init__(code, message, status=status, retry_after=retry_after)
        self.clock_skew_s = clock_skew_s


class Conflict(PlatformError):
    """409; ``code == "in_progress"`` is transient, other codes are permanent."""

    @property
    def transient(self) -> bool:
        return self.code == "in_progress"


@dataclass(frozen=True)
class CatalogueResponse:
    """Answer of :meth:`PlatformAdapter.catalogue`.

    ``not_modified`` is True on 304 (then ``body`` is None and the cached copy stays current);
    otherwise ``body`` is the decoded JSON (``kind`` ``"full"`` or ``"delta"``) and ``etag``
    the server's ``ETag`` header (quotes included, as sent).
    """

    not_modified: bool
    etag: str | None
    body: JSON | None


class PlatformAdapter(abc.ABC):
    """What the kiosk needs from a central platform. All methods block on I/O.

    Implementations must be safe to call from several worker threads at once.
    """

    # ---------------------------------------------------------------- reads (any worker thread)

    @abc.abstractmethod
    def catalogue(
        self, *, site: str, since: int | None = None, etag: str | None = None
    ) -> CatalogueResponse:
        """The catalogue for ``site``: full, a delta from version ``since``, or 304 by ETag."""

    @abc.abstractmethod
    def item(self, item_id: str) -> JSON:
        """One catalogue item."""

    @abc.abstractmethod
    def ecerts(self, id_number: str) -> list[JSON]:
        """The holder's e-certificates (电子证照)."""

    @abc.abstractmethod
    def application_status(self, application_id: str) -> JSON:
        """Status and timeline of one application."""

    @abc.abstractmethod
    def query_applications(
        self, *, id_number: str | None = None, application_id: str | None = None
    ) -> list[JSON]:
        """A resident's applications, newest first (exactly one of the two arguments)."""

    @abc.abstractmethod
    def verify_identity(self, *, id_number: str, name: str, face_jpeg: bytes) -> JSON:
        """``{"result": "match" | "no_match" | "unavailable", "score"}``."""

    def verify_qr_identity(self, token: str) -> JSON:
        """Identity from a mobile-app QR code: ``{"result", "id_number_masked", "name_masked"}``
        (with ``"match"`` also ``"id_number"`` and ``"name"``). Platforms without the service
        answer :class:`Rejected` ``not_supported`` (the kiosk then hides the QR path)."""
        raise Rejected("not_supported", "this platform has no QR identity service")

    @abc.abstractmethod
    def pickups(self, kiosk_id: str | None = None) -> list[JSON]:
        """Pickups assigned to this kiosk (or ``kiosk_id``)."""

    @abc.abstractmethod
    def heartbeat(self, payload: Mapping[str, Any]) -> JSON:
        """Report health; the answer carries ``server_time`` and ``commands``."""

    # ---------------------------------------------------------------- attachments (idempotent)

    @abc.abstractmethod
    def attachment_exists(self, sha256: str) -> bool:
        """True when the platform already holds the attachment with this SHA-256."""

    @abc.abstractmethod
    def upload_attachment(self, sha256: str, data: bytes, content_type: str) -> bool:
        """Store ``data`` under its SHA-256; True when newly stored, False when already there."""

    # ---------------------------------------------------------------- writes (outbox drain only)

    @abc.abstractmethod
    def create_application(self, payload: Mapping[str, Any], idempotency_key: str) -> JSON:
        """Submit an application; its attachments must have been uploaded first."""

    @abc.abstractmethod
    def submit_evaluation(self, payload: Mapping[str, Any], idempotency_key: str) -> JSON:
        """好差评 rating of a visit."""

    @abc.abstractmethod
    def take_ticket(self, payload: Mapping[str, Any], idempotency_key: str) -> JSON:
        """取号: ``{"service_type"}`` → ``{"ticket_no", "waiting", "issued_at"}``."""

    @abc.abstractmethod
    def checkin(self, payload: Mapping[str, Any], idempotency_key: str) -> JSON:
        """预约签到: ``{"id_number"}`` or ``{"code"}``."""

    @abc.abstractmethod
    def pickup_event(
        self, pickup_id: str, payload: Mapping[str, Any], idempotency_key: str
    ) -> JSON:
        """A cabinet event (deposited, collected, door_alarm) of one pickup."""

    @abc.abstractmethod
    def ack_command(
        self, command_id: str, payload: Mapping[str, Any], idempotency_key: str
    ) -> JSON:
        """The kiosk applied (or refused) a command received with a heartbeat."""

    @abc.abstractmethod
    def help(self, payload: Mapping[str, Any], idempotency_key: str) -> JSON:
        """呼叫帮助: ``{"screen", "visit_id"}`` → ``{"help_id", "status"}``."""

    @abc.abstractmethod
    def post(self, path: str, payload: Mapping[str, Any], idempotency_key: str) -> JSON:
        """Generic state-changing POST to ``path`` (relative to the API root, e.g. ``/help``)."""
