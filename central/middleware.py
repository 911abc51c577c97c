"""Device authentication and body limits for every ``/api/v1`` request (an ASGI middleware).

Checks, in order, each answered with the error body of docs/platform-api.md:

1. the four headers present and well formed, else 401 ``unsigned``;
2. a key for ``X-Kiosk-Id``, else 401 ``unknown_kiosk``;
3. ``X-Timestamp`` within ±300 s of server time, else 401 ``stale_timestamp`` (with
   ``server_time``);
4. for attachments, ``Content-Type`` one of PDF/JPEG/PNG, else 415 ``unsupported_type``;
5. the body no larger than 10 MiB (attachments) or 256 KiB (everything else), else 413
   ``too_large``: by ``Content-Length`` first, then while reading;
6. a non-empty body elsewhere must be ``application/json``, else 415 ``unsupported_type``;
7. ``X-Signature`` equal to HMAC-SHA256(key, canonical), else 401 ``bad_signature``;
8. the kiosk not revoked (403 ``kiosk_revoked``) and the nonce not seen from it in the last
   600 s (401 ``replayed_nonce``), both in the platform's database.

The body is read once, here (the signature covers it), and handed on to the app unchanged;
``scope["state"]`` gets ``kiosk_id`` and ``raw_body``. A refused request's body is drained (up
to 64 MiB) before the answer, because HTTP clients that are still sending when the server
answers and closes often report a broken pipe instead of the answer.

Exceptions raised by this module: none escape (refusals become responses).
"""

from __future__ import annotations

import hmac
import time
from collections.abc import Awaitable, Callable, MutableMapping
from datetime import datetime
from typing import Any, Final

from starlette.concurrency import run_in_threadpool
from starlette.responses import JSONResponse

from central.auth import NONCE_RE, KeyStore, sign
from central.errors import ApiError
from central.platform import CST, Platform

__all__ = ["ATTACHMENT_LIMIT", "JSON_LIMIT", "MAX_SKEW_S", "DeviceAuthMiddleware"]

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

JSON_LIMIT: Final = 256 * 1024
ATTACHMENT_LIMIT: Final = 10 * 1024 * 1024
MAX_SKEW_S: Final = 300
_DRAIN_LIMIT: Final = 64 * 1024 * 1024
_ATTACHMENT_TYPES: Final = frozenset({"application/pdf", "image/jpeg", "image/png"})
_HEADERS: Final = ("x-kiosk-id", "x-timestamp", "x-nonce", "x-signature")


class _Body:
    def __init__(self, receive: Receive) -> None:
        self.receive = receive
        self.done = False

    async def read(self, limit: int) -> bytes:
        chunks: list[bytes] = []
        size = 0
        while not self.done:
            message = await self.receive()
            if message["type"] == "http.disconnect":
                self.done = True
                raise ApiError(400, "client_disconnected", "the client went away")
            chunk = message.get("body", b"")
            size += len(chunk)
            self.done = not message.get("more_body", False)
            if size > limit:
                raise ApiError(
                    413, "too_large", f"the body exceeds {limit} bytes", limit_bytes=limit
                )
            chunks.append(chunk)
        return b"".join(chunks)

    async def drain(self) -> None:
        size = 0
        while not self.done and size <= _DRAIN_LIMIT:
            message = await self.receive()
            if message["type"] == "http.disconnect":
                break
            size += len(message.get("body", b""))
            self.done = not message.get("more_body", False)


def _media_type(value: str) -> str:
    return value.split(";", 1)[0].strip().lower()


class DeviceAuthMiddleware:
    """Authenticates kiosks on ``prefix`` paths; passes every other request through."""

    def __init__(
        self,
        app: ASGIApp,
        *,
        platform: Platform,
        keys: KeyStore,
        prefix: str = "/api/v1",
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.app = app
        self.platform = platform
        self.keys = keys
        self.prefix = prefix
        self.clock = clock

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = scope.get("path", "")
        if scope["type"] != "http" or not (
            path == self.prefix or path.startswith(self.prefix + "/")
        ):
            await self.app(scope, receive, send)
            return
        body_reader = _Body(receive)
        try:
            kiosk_id, raw = await self._authenticate(scope, body_reader)
        except ApiError as exc:
            await body_reader.drain()
            response = JSONResponse(exc.body(), status_code=exc.status, headers=exc.headers)
            await response(scope, receive, send)
            return
        state = scope.setdefault("state", {})
        state["kiosk_id"] = kiosk_id
        state["raw_body"] = raw
        delivered = False

        async def replay() -> Message:
            nonlocal delivered
            if not delivered:
                delivered = True
                return {"type": "http.request", "body": raw, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)

    async def _authenticate(self, scope: Scope, body: _Body) -> tuple[str, bytes]:
        headers: dict[str, str] = {}
        for name, value in scope.get("headers", []):
            headers[name.decode("latin-1").lower()] = value.decode("latin-1")
        missing = [h for h in _HEADERS if not headers.get(h)]
        if missing:
            raise ApiError(401, "unsigned", f"missing headers: {', '.join(missing)}")
        kiosk_id = headers["x-kiosk-id"]
        timestamp_text = headers["x-timestamp"]
        nonce = headers["x-nonce"]
        signature = headers["x-signature"]
        if not timestamp_text.isdigit():
            raise ApiError(401, "unsigned", "X-Timestamp must be Unix time in whole seconds")
        if not NONCE_RE.match(nonce):
            raise ApiError(401, "unsigned", "X-Nonce must be 16-64 of [A-Za-z0-9_-]")
        keys = self.keys.keys_for(kiosk_id)
        if not keys:
            raise ApiError(401, "unknown_kiosk", "no key is registered for this kiosk id")
        now = self.clock()
        if abs(int(timestamp_text) - now) > MAX_SKEW_S:
            server_time = datetime.fromtimestamp(now, CST).isoformat(timespec="seconds")
            raise ApiError(
                401,
                "stale_timestamp",
                f"X-Timestamp is more than {MAX_SKEW_S} s from server time",
                server_time=server_time,
                server_unix=int(now),
            )
        method = scope["method"].upper()
        path = scope["path"]
        is_attachment = path.startswith(self.prefix + "/attachments/")
        content_type = _media_type(headers.get("content-type", ""))
        if is_attachment and method == "PUT" and content_type not in _ATTACHMENT_TYPES:
            raise ApiError(
                415,
                "unsupported_type",
                "Content-Type must be application/pdf, image/jpeg or image/png",
            )
        limit = ATTACHMENT_LIMIT if is_attachment else JSON_LIMIT
        declared = headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            raise ApiError(413, "too_large", f"the body exceeds {limit} bytes", limit_bytes=limit)
        raw = await body.read(limit)
        if raw and not is_attachment and content_type != "application/json":
            raise ApiError(415, "unsupported_type", "the body must be application/json")
        raw_path = scope.get("raw_path") or path.encode()
        sent_path = raw_path.decode("latin-1")
        query = scope.get("query_string", b"")
        if query:
            sent_path += "?" + query.decode("latin-1")
        given = signature.lower()
        if not any(
            hmac.compare_digest(sign(key, method, sent_path, timestamp_text, nonce, raw), given)
            for key in keys
        ):
            raise ApiError(401, "bad_signature", "X-Signature does not match the request")
        await run_in_threadpool(self.platform.record_request, kiosk_id, nonce, int(timestamp_text))
        return kiosk_id, raw
