"""HTTP adapter for the reference platform API (``docs/platform-api.md``), over ``requests``.

Every request is signed (``X-Kiosk-Id``, ``X-Timestamp``, ``X-Nonce``, ``X-Signature`` =
HMAC-SHA256 of ``METHOD\\nPATH?QUERY\\nTIMESTAMP\\nNONCE\\nsha256(body)``). The signature is
computed over the request *as requests prepared it* (``PreparedRequest.path_url`` and ``.body``)
so the signed path is byte for byte the one on the wire.

Retries inside this class (a fresh timestamp, nonce and signature each time):

* idempotent calls (GET, HEAD, ``PUT /attachments/{sha}``): up to ``retries`` more times after
  a :class:`PlatformUnavailable` or :class:`RateLimited`, with short jittered backoff, honouring
  ``Retry-After`` when it is short (longer waits are the caller's business);
* any call, once, after ``401 stale_timestamp``: the server rejected it before doing anything,
  so the request is re-signed with the server's clock and sent again.

State-changing POSTs are never retried here: the outbox drain resends them with the same
``Idempotency-Key``. Read-only POSTs (queries, identity) are not retried either: the resident
sees the error and may try again.

Lessons:

* Never let urllib3 retry (``Retry``/``max_retries``): it would resend the same nonce and the
  server answers ``replayed_nonce``.
* ``requests.Session`` is not documented as thread-safe; each thread gets its own session
  (connection pool), created lazily.
* Clock skew: a kiosk whose clock drifted more than 300 s gets ``stale_timestamp`` on every
  request. The server's ``server_time`` gives the offset, which is applied to later signatures
  and exposed in :attr:`HttpPlatform.clock_skew_s` for the heartbeat and diagnostics.
"""

from __future__ import annotations

import base64
import email.utils
import hashlib
import hmac
import json
import logging
import random
import secrets
import threading
import time
from collections.abc import Callable, Mapping
from datetime import datetime
from pathlib import Path
from typing import Any, Final
from urllib.parse import quote

import requests

from kiosk import jsonparts
from kiosk.platform.adapter import (
    JSON,
    AuthError,
    CatalogueResponse,
    Conflict,
    PlatformAdapter,
    PlatformError,
    PlatformUnavailable,
    RateLimited,
    Rejected,
)
from offline_cache.crypto import read_key_file

__all__ = [
    "API_PREFIX",
    "HttpPlatform",
    "canonical_request",
    "load_platform_key",
    "parse_retry_after",
    "sign",
]

log = logging.getLogger(__name__)

API_PREFIX: Final = "/api/v1"
KEY_SIZE: Final = 32
_RETRYABLE_STATUS: Final = frozenset({408, 425})
_ALLOWED_ATTACHMENT_TYPES: Final = frozenset({"application/pdf", "image/jpeg", "image/png"})


def load_platform_key(path: Path | str) -> bytes:
    """The kiosk's 32-byte signing key from a hex/base64 key file with mode 0600.

    Raises :class:`offline_cache.crypto.KeyFileError` (missing, permissions, size).
    """
    return read_key_file(path, KEY_SIZE)[0]


def canonical_request(method: str, path: str, timestamp: str, nonce: str, body: bytes) -> bytes:
    """The five signed lines of ``docs/platform-api.md``, joined by ``\\n``."""
    digest = hashlib.sha256(body).hexdigest()
    return "\n".join((method.upper(), path, timestamp, nonce, digest)).encode("utf-8")


def sign(key: bytes, method: str, path: str, timestamp: str, nonce: str, body: bytes) -> str:
    """Lowercase hex HMAC-SHA256 of :func:`canonical_request`."""
    message = canonical_request(method, path, timestamp, nonce, body)
    return hmac.new(key, message, hashlib.sha256).hexdigest()


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (delta-seconds or HTTP date), or None."""
    if value is None:
        return None
    value = value.strip()
    if not value:
        return None
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when is None:
        return None
    now = time.time() if now is None else now
    return max(0.0, when.timestamp() - now)


def _parse_server_time(value: Any) -> float | None:
    if not isinstance(value, str):
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).timestamp()
    except ValueError:
        return None


def _segment(value: str) -> str:
    """One path segment, percent-encoded (ids come from the server or a scan)."""
    return quote(value, safe="")


class HttpPlatform(PlatformAdapter):
    """:class:`PlatformAdapter` over HTTP(S) for the reference API."""

    def __init__(
        self,
        base_url: str,
        kiosk_id: str,
        key: bytes,
        connect_timeout: float = 3.0,
        read_timeout: float = 10.0,
        *,
        retries: int = 2,
        retry_base_s: float = 0.25,
        max_inline_wait_s: float = 5.0,
        clock: Callable[[], float] = time.time,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        if len(key) != KEY_SIZE:
            raise ValueError(f"the platform key must be {KEY_SIZE} bytes")
        self._base = base_url.rstrip("/") + API_PREFIX
        self._kiosk_id = kiosk_id
        self._key = key
        self._timeout = (connect_timeout, read_timeout)
        self._retries = max(0, retries)
        self._retry_base_s = retry_base_s
        self._max_inline_wait_s = max_inline_wait_s
        self._clock = clock
        self._sleep = sleep
        self._local = threading.local()
        self._sessions: list[requests.Session] = []
        self._lock = threading.Lock()
        self._clock_offset_s = 0.0
        self._clock_skew_s: float | None = None

    # ---------------------------------------------------------------- properties

    @property
    def kiosk_id(self) -> str:
        return self._kiosk_id

    @property
    def base_url(self) -> str:
        return self._base

    @property
    def clock_skew_s(self) -> float | None:
        """Server time minus kiosk time, seconds, as last reported by a 401 stale_timestamp."""
        return self._clock_skew_s

    def close(self) -> None:
        """Close every thread's session (their pooled connections)."""
        with self._lock:
            sessions, self._sessions = self._sessions, []
        for session in sessions:
            session.close()
        self._local = threading.local()

    # ---------------------------------------------------------------- reads

    def catalogue(
        self, *, site: str, since: int | None = None, etag: str | None = None
    ) -> CatalogueResponse:
        params: dict[str, Any] = {"site": site}
        if since is not None:
            params["since"] = int(since)
        headers = {"If-None-Match": etag} if etag else None
        response = self._request("GET", "/catalogue", params=params, headers=headers, retry=True)
        if response.status_code == 304:
            return CatalogueResponse(True, response.headers.get("ETag", etag), None)
        return CatalogueResponse(False, response.headers.get("ETag"), self._json(response))

    def item(self, item_id: str) -> JSON:
        return self._json(self._request("GET", f"/items/{_segment(item_id)}", retry=True))

    def ecerts(self, id_number: str) -> list[JSON]:
        response = self._request("POST", "/ecerts/query", json_body={"id_number": id_number})
        return self._json_list(response, "certs", "ecerts")

    def application_status(self, application_id: str) -> JSON:
        path = f"/applications/{_segment(application_id)}"
        return self._json(self._request("GET", path, retry=True))

    def query_applications(
        self, *, id_number: str | None = None, application_id: str | None = None
    ) -> list[JSON]:
        if (id_number is None) == (application_id is None):
            raise ValueError("give exactly one of id_number and application_id")
        body = (
            {"id_number": id_number}
            if id_number is not None
            else {"application_id": application_id}
        )
        response = self._request("POST", "/applications/query", json_body=body)
        return self._json_list(response, "applications")

    def verify_identity(self, *, id_number: str, name: str, face_jpeg: bytes) -> JSON:
        body = {
            "id_number": id_number,
            "name": name,
            "face_jpeg_b64": base64.b64encode(face_jpeg).decode("ascii"),
        }
        return self._json(self._request("POST", "/identity/verify", json_body=body))

    def verify_qr_identity(self, token: str) -> JSON:
        return self._json(self._request("POST", "/identity/qr", json_body={"token": token}))

    def pickups(self, kiosk_id: str | None = None) -> list[JSON]:
        path = f"/kiosks/{_segment(kiosk_id or self._kiosk_id)}/pickups"
        return self._json_list(self._request("GET", path, retry=True), "pickups")

    def heartbeat(self, payload: Mapping[str, Any]) -> JSON:
        return self._json(self._request("POST", "/heartbeat", json_body=dict(payload)))

    # ---------------------------------------------------------------- attachments

    def attachment_exists(self, sha256: str) -> bool:
        path = f"/attachments/{_segment(sha256)}"
        try:
            self._request("HEAD", path, retry=True)
        except Rejected as exc:
            if exc.status == 404:
                return False
            raise
        return True

    def upload_attachment(self, sha256: str, data: bytes, content_type: str) -> bool:
        if content_type not in _ALLOWED_ATTACHMENT_TYPES:
            raise Rejected("unsupported_type", f"content type {content_type} is not accepted")
        response = self._request(
            "PUT",
            f"/attachments/{_segment(sha256)}",
            body=data,
            headers={"Content-Type": content_type},
            retry=True,
        )
        return response.status_code == 201

    # ---------------------------------------------------------------- writes (outbox only)

    def create_application(self, payload: Mapping[str, Any], idempotency_key: str) -> JSON:
        return self._post_idempotent("/applications", payload, idempotency_key)

    def submit_evaluation(self, payload: Mapping[str, Any], idempotency_key: str) -> JSON:
        return self._post_idempotent("/evaluations", payload, idempotency_key)

    def take_ticket(self, payload: Mapping[str, Any], idempotency_key: str) -> JSON:
        return self._post_idempotent("/queue/tickets", payload, idempotency_key)

    def checkin(self, payload: Mapping[str, Any], idempotency_key: str) -> JSON:
        return self._post_idempotent("/appointments/checkin", payload, idempotency_key)

    def pickup_event(
        self, pickup_id: str, payload: Mapping[str, Any], idempotency_key: str
    ) -> JSON:
        path = f"/pickups/{_segment(pickup_id)}/events"
        return self._post_idempotent(path, payload, idempotency_key)

    def ack_command(
        self, command_id: str, payload: Mapping[str, Any], idempotency_key: str
    ) -> JSON:
        path = f"/commands/{_segment(command_id)}/ack"
        return self._post_idempotent(path, payload, idempotency_key)

    def help(self, payload: Mapping[str, Any], idempotency_key: str) -> JSON:
        return self._post_idempotent("/help", payload, idempotency_key)

    def post(self, path: str, payload: Mapping[str, Any], idempotency_key: str) -> JSON:
        if not path.startswith("/") or path.startswith("//") or ".." in path:
            raise ValueError(f"bad API path {path!r}")
        return self._post_idempotent(path, payload, idempotency_key)

    def _post_idempotent(self, path: str, payload: Mapping[str, Any], key: str) -> JSON:
        if not key:
            raise ValueError("a state-changing request needs an idempotency key")
        response = self._request(
            "POST", path, json_body=dict(payload), headers={"Idempotency-Key": key}
        )
        return self._json(response)

    # ---------------------------------------------------------------- transport

    def _session(self) -> requests.Session:
        session: requests.Session | None = getattr(self._local, "session", None)
        if session is None:
            session = requests.Session()
            session.trust_env = False  # no proxies from the environment: talk to the platform
            session.headers["User-Agent"] = f"gov-kiosk/{self._kiosk_id}"
            self._local.session = session
            with self._lock:
                self._sessions.append(session)
        return session

    def _request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        json_body: Any = None,
        body: bytes | None = None,
        headers: Mapping[str, str] | None = None,
        retry: bool = False,
    ) -> requests.Response:
        if json_body is not None:
            body = json.dumps(json_body, ensure_ascii=False, separators=(",", ":")).encode()
            headers = {"Content-Type": "application/json", **(headers or {})}
        attempts = 1 + (self._retries if retry else 0)
        skew_retry_left = 1
        attempt = 0
        while True:
            attempt += 1
            try:
                return self._send_once(method, path, params, body, headers)
            except AuthError as exc:
                if (
                    exc.code == "stale_timestamp"
                    and exc.clock_skew_s is not None
                    and skew_retry_left
                ):
                    skew_retry_left -= 1
                    attempt -= 1  # not a transport failure: does not use up a retry
                    continue
                raise
            except (PlatformUnavailable, RateLimited) as exc:
                if attempt >= attempts:
                    raise
                wait = random.uniform(0, self._retry_base_s * 2 ** (attempt - 1))
                if exc.retry_after is not None:
                    if exc.retry_after > self._max_inline_wait_s:
                        raise
                    wait = max(wait, exc.retry_after)
                log.info(
                    "platform %s %s failed (%s), retry %d/%d in %.2f s",
                    method,
                    path.split("/", 2)[1] if "/" in path else path,
                    exc.code,
                    attempt,
                    attempts - 1,
                    wait,
                )
                self._sleep(wait)

    def _send_once(
        self,
        method: str,
        path: str,
        params: Mapping[str, Any] | None,
        body: bytes | None,
        headers: Mapping[str, str] | None,
    ) -> requests.Response:
        session = self._session()
        request = requests.Request(
            method, self._base + path, params=params, data=body, headers=dict(headers or {})
        )
        prepared = session.prepare_request(request)
        raw_body = prepared.body if prepared.body is not None else b""
        if isinstance(raw_body, str):
            raw_body = raw_body.encode("utf-8")
        timestamp = str(int(self._clock() + self._clock_offset_s))
        nonce = secrets.token_urlsafe(24)  # 32 chars of [A-Za-z0-9_-]
        prepared.headers["X-Kiosk-Id"] = self._kiosk_id
        prepared.headers["X-Timestamp"] = timestamp
        prepared.headers["X-Nonce"] = nonce
        prepared.headers["X-Signature"] = sign(
            self._key, method, prepared.path_url, timestamp, nonce, raw_body
        )
        try:
            response = session.send(prepared, timeout=self._timeout, allow_redirects=False)
        except requests.Timeout as exc:
            raise PlatformUnavailable("timeout", "the platform did not answer in time") from exc
        except requests.ConnectionError as exc:
            raise PlatformUnavailable("network", _connection_problem(exc)) from exc
        except requests.RequestException as exc:
            raise PlatformUnavailable("transport", type(exc).__name__) from exc
        if response.status_code < 300 or response.status_code == 304:
            return response
        raise self._error_for(response)

    def _error_for(self, response: requests.Response) -> PlatformError:
        status = response.status_code
        code, message, extra = f"http_{status}", response.reason or "", {}
        try:
            data = response.json()
        except ValueError:
            data = None
        if isinstance(data, dict) and isinstance(data.get("error"), dict):
            extra = data["error"]
            code = str(extra.get("code") or code)
            message = str(extra.get("message") or message)
        retry_after = parse_retry_after(response.headers.get("Retry-After"), self._clock())
        if status == 429:
            return RateLimited(code, message, status=status, retry_after=retry_after)
        if status >= 500 or status in _RETRYABLE_STATUS:
            return PlatformUnavailable(code, message, status=status, retry_after=retry_after)
        if status in (401, 403):
            skew = None
            if code == "stale_timestamp":
                server_time = _parse_server_time(
                    extra.get("server_time", (data or {}).get("server_time"))
                    if isinstance(data, dict)
                    else None
                )
                if server_time is not None:
                    skew = server_time - self._clock()
                    self._clock_skew_s = skew
                    self._clock_offset_s = skew
                    log.warning("platform reports kiosk clock skew of %.0f s", skew)
            return AuthError(
                code, message, status=status, retry_after=retry_after, clock_skew_s=skew
            )
        if status == 409:
            return Conflict(code, message, status=status, retry_after=retry_after)
        return Rejected(code, message, status=status, retry_after=retry_after)

    @staticmethod
    def _json(response: requests.Response) -> JSON:
        try:
            # By parts: a catalogue answer is 6 MB, and one json.loads would hold the GIL.
            data = jsonparts.loads(response.content)
        except ValueError as exc:
            raise PlatformUnavailable("bad_response", "the answer is not JSON") from exc
        if not isinstance(data, dict):
            raise PlatformUnavailable("bad_response", "the answer is not a JSON object")
        return data

    @staticmethod
    def _json_list(response: requests.Response, *keys: str) -> list[JSON]:
        try:
            data = response.json()
        except ValueError as exc:
            raise PlatformUnavailable("bad_response", "the answer is not JSON") from exc
        if isinstance(data, dict):
            for key in keys:
                if isinstance(data.get(key), list):
                    data = data[key]
                    break
        if not isinstance(data, list) or not all(isinstance(x, dict) for x in data):
            raise PlatformUnavailable("bad_response", "the answer is not a JSON list")
        return data


def _connection_problem(exc: requests.ConnectionError) -> str:
    text = str(exc).lower()
    if "refused" in text:
        return "connection refused"
    if "reset" in text or "aborted" in text or "remotedisconnected" in text:
        return "connection reset"
    if "name or service" in text or "resolve" in text:
        return "name resolution failed"
    return "connection failed"
