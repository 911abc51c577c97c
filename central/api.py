"""The kiosk-facing HTTP API (``/api/v1``) of docs/platform-api.md.

Handlers are thin: :class:`central.middleware.DeviceAuthMiddleware` has already authenticated
the kiosk and read the body; pydantic models validate it; :class:`central.platform.Platform`
does the work. State-changing requests go through :meth:`Platform.idempotent` with a
fingerprint of method, path and the canonical JSON of the body, so a whitespace or key-order
difference in a retried body is still "the same body".

Exceptions raised by this module: :class:`central.errors.ApiError` (turned into responses by
the app's handler).
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Callable
from typing import Annotated, Any

from fastapi import APIRouter, Header, Query, Request
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel

from central.errors import ApiError
from central.identity import IdentityVerifier
from central.models import (
    ApplicationCreated,
    ApplicationQuery,
    ApplicationRequest,
    ApplicationStatus,
    AppointmentCheckin,
    CommandAck,
    EcertQuery,
    EcertRecord,
    Evaluation,
    HeartbeatAnswer,
    HeartbeatRequest,
    HelpRequest,
    IdentityAnswer,
    IdentityRequest,
    Item,
    PickupEvent,
    PickupRecord,
    QrIdentityAnswer,
    QrIdentityRequest,
    QueueTicketRequest,
)
from central.platform import Platform, canonical_json

__all__ = ["IDENTITY_DESCRIPTION", "QR_DESCRIPTION", "build_api_router"]

IDENTITY_DESCRIPTION = (
    "**Sandbox.** Production deployments point this endpoint at the real identity authority "
    "(the public-security citizen-identity service or the province's unified identity "
    "platform); the reference platform only simulates it. Test residents (central/README.md) "
    "get their configured outcome (`match`, `no_match`, `unavailable`); any other well-formed "
    "ID number gets `match`. With `--sface-model` and reference photos the comparison is a "
    "real OpenCV SFace score."
)

QR_DESCRIPTION = (
    "**Sandbox.** The token of a `KIOSKID:v1:ident:<token>` code shown by the mobile app. "
    "Production platforms resolve it with the app's identity service; the reference platform "
    "knows one fixed token per test resident (`GET /sandbox/residents`, `qr_token`): `match` "
    "with the holder, `unavailable` for 王五, `no_match` for any other token."
)

IdempotencyKey = Annotated[
    str | None,
    Header(
        alias="Idempotency-Key",
        description="required: the same key with the same body replays the first answer",
    ),
]


def _kiosk(request: Request) -> str:
    return str(request.state.kiosk_id)


def _fingerprint(request: Request) -> str:
    raw: bytes = getattr(request.state, "raw_body", b"")
    try:
        body = canonical_json(json.loads(raw)) if raw else ""
    except ValueError:
        body = raw.decode("utf-8", "replace")
    text = f"{request.method}\n{request.url.path}\n{body}"
    return hashlib.sha256(text.encode()).hexdigest()


def _answer(status: int, body: Any, replayed: bool) -> JSONResponse:
    headers = {"Idempotent-Replayed": "true"} if replayed else {}
    return JSONResponse(body, status_code=status, headers=headers)


def _idempotent_post(
    platform: Platform,
    request: Request,
    key: str | None,
    body: BaseModel,
    action: Callable[[sqlite3.Connection, str, dict[str, Any]], tuple[int, Any]],
) -> JSONResponse:
    """A state-changing POST: answered once per Idempotency-Key, replayed after that."""
    req = body.model_dump(mode="json")
    kiosk_id = _kiosk(request)
    return _answer(
        *platform.idempotent(
            kiosk_id, key, _fingerprint(request), lambda conn: action(conn, kiosk_id, req)
        )
    )


def _etag_matches(header: str | None, etag: str) -> bool:
    if not header:
        return False
    for candidate in header.split(","):
        value = candidate.strip()
        if value == "*":
            return True
        value = value.removeprefix("W/")
        if value == etag:
            return True
    return False


def build_api_router(platform: Platform, identity: IdentityVerifier) -> APIRouter:
    router = APIRouter()

    @router.get(
        "/catalogue",
        tags=["catalogue"],
        summary="Full catalogue or a delta since a version",
        response_model=None,
        responses={
            200: {
                "description": "`kind: full` (CatalogueFull) or `kind: delta` (CatalogueDelta); "
                "gzip when the client accepts it",
                "content": {
                    "application/json": {
                        "schema": {
                            "anyOf": [
                                {"$ref": "#/components/schemas/CatalogueFull"},
                                {"$ref": "#/components/schemas/CatalogueDelta"},
                            ]
                        }
                    }
                },
            },
            304: {"description": "If-None-Match matched the current version"},
        },
    )
    def get_catalogue(
        request: Request,
        site: Annotated[str, Query(min_length=1, max_length=40)] = "DEFAULT",
        since: Annotated[int | None, Query(ge=0)] = None,
        if_none_match: Annotated[str | None, Header(alias="If-None-Match")] = None,
        accept_encoding: Annotated[str | None, Header(alias="Accept-Encoding")] = None,
    ) -> Response:
        version = platform.catalogue_version()
        etag = f'"v{version}"'
        if _etag_matches(if_none_match, etag):
            return Response(status_code=304, headers={"ETag": etag, "Cache-Control": "no-cache"})
        body = platform.delta(site, since) if since is not None else None
        if body is None:
            body = platform.full_catalogue(site)
        headers = {
            "ETag": f'"v{body.version}"',
            "Cache-Control": "no-cache",
            "Vary": "Accept-Encoding",
        }
        if accept_encoding and "gzip" in accept_encoding.lower():
            headers["Content-Encoding"] = "gzip"
            return Response(body.gzipped, media_type="application/json", headers=headers)
        return Response(body.raw, media_type="application/json", headers=headers)

    @router.get("/items/{item_id}", tags=["catalogue"], response_model=Item, summary="One item")
    def get_item(item_id: str) -> JSONResponse:
        return JSONResponse(platform.get_item(item_id))

    @router.post(
        "/ecerts/query",
        tags=["residents"],
        response_model=list[EcertRecord],
        summary="E-certificates (电子证照) of a holder",
    )
    def ecerts_query(body: EcertQuery) -> JSONResponse:
        return JSONResponse(platform.ecerts_of(body.id_number))

    @router.put(
        "/attachments/{sha256}",
        tags=["applications"],
        status_code=201,
        summary="Upload an attachment (raw body, PDF/JPEG/PNG, ≤ 10 MiB)",
        responses={
            200: {"description": "already stored"},
            201: {"description": "stored"},
            413: {"description": "too_large"},
            415: {"description": "unsupported_type"},
            422: {"description": "hash_mismatch"},
        },
        openapi_extra={
            "requestBody": {
                "required": True,
                "content": {
                    "application/pdf": {"schema": {"type": "string", "format": "binary"}},
                    "image/jpeg": {"schema": {"type": "string", "format": "binary"}},
                    "image/png": {"schema": {"type": "string", "format": "binary"}},
                },
            }
        },
    )
    def put_attachment(sha256: str, request: Request) -> JSONResponse:
        raw: bytes = request.state.raw_body
        content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
        created = platform.put_attachment(_kiosk(request), sha256, content_type, raw)
        info = platform.attachment_info(sha256) or {}
        return JSONResponse(
            {
                "sha256": sha256,
                "size": info.get("size", len(raw)),
                "content_type": info.get("content_type", content_type),
                "created": created,
            },
            status_code=201 if created else 200,
        )

    @router.head(
        "/attachments/{sha256}",
        tags=["applications"],
        summary="200 if the attachment is stored, 404 if not",
    )
    def head_attachment(sha256: str) -> Response:
        info = platform.attachment_info(sha256)
        if info is None:
            raise ApiError(404, "attachment_not_found", "not stored")
        return Response(
            status_code=200,
            headers={"Content-Type": info["content_type"], "Content-Length": str(info["size"])},
        )

    @router.post(
        "/applications",
        tags=["applications"],
        status_code=201,
        response_model=ApplicationCreated,
        summary="Submit an application (idempotent)",
        responses={
            422: {
                "description": "form_invalid (with fields), attachment_missing, "
                "idempotency_mismatch, material_missing, ..."
            }
        },
    )
    def create_application(
        body: ApplicationRequest, request: Request, idempotency_key: IdempotencyKey = None
    ) -> JSONResponse:
        return _idempotent_post(
            platform, request, idempotency_key, body, platform.create_application
        )

    @router.get(
        "/applications/{application_id}",
        tags=["applications"],
        response_model=ApplicationStatus,
        summary="Status and timeline",
    )
    def get_application(application_id: str) -> JSONResponse:
        return JSONResponse(platform.get_application(application_id))

    @router.post(
        "/applications/query",
        tags=["applications"],
        response_model=list[ApplicationStatus],
        summary="A resident's applications (newest first), or one by id",
    )
    def query_applications(body: ApplicationQuery) -> JSONResponse:
        return JSONResponse(platform.query_applications(body.id_number, body.application_id))

    @router.post(
        "/identity/verify",
        tags=["residents"],
        response_model=IdentityAnswer,
        summary="Identity verification (sandbox)",
        description=IDENTITY_DESCRIPTION,
    )
    def verify_identity(body: IdentityRequest) -> JSONResponse:
        return JSONResponse(identity.verify(body.id_number, body.name, body.face_jpeg_b64))

    @router.post(
        "/identity/qr",
        tags=["residents"],
        response_model=QrIdentityAnswer,
        summary="Identity from a mobile-app QR code (sandbox)",
        description=QR_DESCRIPTION,
    )
    def verify_qr(body: QrIdentityRequest) -> JSONResponse:
        return JSONResponse(identity.verify_qr(body.token))

    @router.post(
        "/evaluations",
        tags=["visits"],
        status_code=201,
        summary="好差评: one rating per visit (idempotent)",
        responses={409: {"description": "already_rated"}},
    )
    def create_evaluation(
        body: Evaluation, request: Request, idempotency_key: IdempotencyKey = None
    ) -> JSONResponse:
        return _idempotent_post(
            platform, request, idempotency_key, body, platform.create_evaluation
        )

    @router.post(
        "/queue/tickets",
        tags=["visits"],
        status_code=201,
        summary="取号: a queue ticket (idempotent)",
    )
    def queue_ticket(
        body: QueueTicketRequest, request: Request, idempotency_key: IdempotencyKey = None
    ) -> JSONResponse:
        return _idempotent_post(platform, request, idempotency_key, body, platform.issue_ticket)

    @router.post(
        "/appointments/checkin",
        tags=["visits"],
        status_code=201,
        summary="预约签到 by id_number or code (idempotent)",
        responses={404: {"description": "no_appointment"}},
    )
    def appointment_checkin(
        body: AppointmentCheckin, request: Request, idempotency_key: IdempotencyKey = None
    ) -> JSONResponse:
        return _idempotent_post(platform, request, idempotency_key, body, platform.checkin)

    @router.get(
        "/kiosks/{kiosk_id}/pickups",
        tags=["pickups"],
        response_model=list[PickupRecord],
        summary="Open pickups (assigned, deposited) of this kiosk's cabinet",
    )
    def list_pickups(kiosk_id: str, request: Request) -> JSONResponse:
        if kiosk_id != _kiosk(request):
            raise ApiError(403, "forbidden", "a kiosk can only read its own pickups")
        return JSONResponse(platform.pickups_for(kiosk_id))

    @router.post(
        "/pickups/{pickup_id}/events",
        tags=["pickups"],
        summary="deposited / collected / door_alarm (idempotent)",
    )
    def pickup_event(
        pickup_id: str,
        body: PickupEvent,
        request: Request,
        idempotency_key: IdempotencyKey = None,
    ) -> JSONResponse:
        return _idempotent_post(
            platform,
            request,
            idempotency_key,
            body,
            lambda conn, kiosk_id, req: platform.pickup_event(conn, kiosk_id, pickup_id, req),
        )

    @router.post(
        "/heartbeat",
        tags=["fleet"],
        response_model=HeartbeatAnswer,
        summary="Report state; receive pending commands",
    )
    def heartbeat(body: HeartbeatRequest, request: Request) -> JSONResponse:
        return JSONResponse(platform.heartbeat(_kiosk(request), body.model_dump(mode="json")))

    @router.post(
        "/commands/{command_id}/ack",
        tags=["fleet"],
        summary="The kiosk applied (or refused) a command",
    )
    def ack_command(
        command_id: str, request: Request, body: CommandAck | None = None
    ) -> JSONResponse:
        ack = body or CommandAck()
        return JSONResponse(
            platform.ack_command(_kiosk(request), command_id, ack.result, ack.message)
        )

    @router.post(
        "/help", tags=["visits"], status_code=201, summary="呼叫帮助: notify staff (idempotent)"
    )
    def call_help(
        body: HelpRequest, request: Request, idempotency_key: IdempotencyKey = None
    ) -> JSONResponse:
        return _idempotent_post(platform, request, idempotency_key, body, platform.create_help)

    return router
