"""Assembly of the reference platform's ASGI app: API, console, sandbox, errors, OpenAPI.

:func:`create_app` wires a :class:`~central.platform.Platform` (database), a
:class:`~central.auth.KeyStore` (kiosk keys) and an identity verifier into one FastAPI app:

* ``/api/v1/...`` — the kiosk API, behind :class:`~central.middleware.DeviceAuthMiddleware`;
* ``/console/...`` — the staff console (password);
* ``/sandbox/...`` — JSON shortcuts for tests and demos (only with ``sandbox=True``; header
  ``X-Console-Password``): edit or withdraw an item, set a site's lists, queue a command,
  move an application, put a result in a cabinet, revoke a kiosk, list the test residents;
* ``/openapi.json`` and ``/docs`` — the machine-readable contract;
* ``/healthz`` — liveness, unauthenticated.

Every error body is ``{"error": {"code", "message", ...}}``; FastAPI's own validation errors
become 422 ``invalid_request`` with ``fields``.

Exceptions raised by this module: none at request time (handlers turn them into answers).
"""

from __future__ import annotations

import hmac
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, FastAPI, Header, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.utils import get_openapi
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from pydantic.json_schema import models_json_schema
from starlette.exceptions import HTTPException as StarletteHTTPException

from central.api import build_api_router
from central.auth import KeyStore
from central.console import build_console_router
from central.errors import ApiError, error_body
from central.identity import IdentityVerifier, qr_token_for
from central.middleware import DeviceAuthMiddleware
from central.models import CatalogueDelta, CatalogueFull
from central.platform import Platform
from central.seed import DEFAULT_SEED, TEST_RESIDENTS

__all__ = ["SANDBOX_PASSWORD", "Settings", "create_app"]

log = logging.getLogger(__name__)

SANDBOX_PASSWORD = "sandbox"

API_DESCRIPTION = """
Reference implementation of the kiosk ↔ platform API (docs/platform-api.md).

Every `/api/v1` request is signed by the kiosk's own key: headers `X-Kiosk-Id`, `X-Timestamp`
(Unix seconds, ±300 s), `X-Nonce` (16–64 of `[A-Za-z0-9_-]`, never reused) and `X-Signature`
= lowercase hex HMAC-SHA256(key, METHOD\\nPATH?QUERY\\nTIMESTAMP\\nNONCE\\nsha256hex(body)).
Refusals: 401 `unsigned` / `unknown_kiosk` / `bad_signature` / `stale_timestamp` /
`replayed_nonce`, 403 `kiosk_revoked`, 413 `too_large` (attachments 10 MiB, JSON 256 KiB),
415 `unsupported_type`.

State-changing requests carry `Idempotency-Key`: the same key with the same body replays the
first answer with `Idempotent-Replayed: true`; the same key with another body is 422
`idempotency_mismatch`.

`/identity/verify` is a sandbox here: production deployments point it at the real identity
authority.
"""


@dataclass(frozen=True)
class Settings:
    db_path: Path
    keys_dir: Path | None
    seed: int = DEFAULT_SEED
    sandbox: bool = True
    console_password: str = SANDBOX_PASSWORD
    sface_model: Path | None = None
    face_refs: Path | None = None


class _ItemChanges(BaseModel):
    changes: dict[str, Any]
    note: str = ""


class _SiteLists(BaseModel):
    hidden: list[str] = Field(default_factory=list)
    hot: list[str] = Field(default_factory=list)


class _CommandRequest(BaseModel):
    type: str
    args: dict[str, Any] = Field(default_factory=dict)


class _StatusRequest(BaseModel):
    status: str
    note: str = ""


class _PickupRequest(BaseModel):
    kiosk_id: str
    compartment: str
    deposited: bool = False


class _RevokeRequest(BaseModel):
    revoked: bool = True


Pw = Annotated[str | None, Header(alias="X-Console-Password")]


def _sandbox_router(platform: Platform, password: str) -> APIRouter:
    router = APIRouter(tags=["sandbox"])

    def check(given: str | None) -> None:
        if not given or not hmac.compare_digest(given.encode(), password.encode()):
            raise ApiError(401, "console_password", "X-Console-Password missing or wrong")

    @router.post("/items/{item_id}", summary="Edit an item (new catalogue version)")
    def edit_item(item_id: str, body: _ItemChanges, pw: Pw = None) -> dict[str, int]:
        check(pw)
        return {"version": platform.modify_item(item_id, body.changes, body.note)}

    @router.delete("/items/{item_id}", summary="Withdraw an item (new catalogue version)")
    def withdraw_item(item_id: str, pw: Pw = None) -> dict[str, int]:
        check(pw)
        return {"version": platform.withdraw_item(item_id)}

    @router.put("/sites/{site}", summary="Set a site's hidden and hot lists")
    def set_site(site: str, body: _SiteLists, pw: Pw = None) -> dict[str, int]:
        check(pw)
        return {"version": platform.set_site_overrides(site, body.hidden, body.hot)}

    @router.post("/kiosks/{kiosk_id}/commands", summary="Queue a command for a kiosk")
    def queue_command(kiosk_id: str, body: _CommandRequest, pw: Pw = None) -> dict[str, str]:
        check(pw)
        return {"command_id": platform.queue_command(kiosk_id, body.type, body.args)}

    @router.post("/kiosks/{kiosk_id}/revoke", summary="Revoke or restore a kiosk")
    def revoke(kiosk_id: str, body: _RevokeRequest, pw: Pw = None) -> dict[str, bool]:
        check(pw)
        platform.set_revoked(kiosk_id, body.revoked)
        return {"revoked": body.revoked}

    @router.post("/applications/{app_id}/status", summary="Move an application along")
    def set_status(app_id: str, body: _StatusRequest, pw: Pw = None) -> dict[str, Any]:
        check(pw)
        platform.set_application_status(app_id, body.status, body.note, actor="sandbox")
        return platform.get_application(app_id)

    @router.post("/applications/{app_id}/pickup", summary="Put the result in a cabinet")
    def pickup(app_id: str, body: _PickupRequest, pw: Pw = None) -> dict[str, Any]:
        check(pw)
        return platform.mark_ready_for_pickup(
            app_id, body.kiosk_id, body.compartment, deposited=body.deposited
        )

    @router.get("/residents", summary="The fictional test residents")
    def residents() -> list[dict[str, Any]]:
        return [
            {
                "name": r.name,
                "id_number": r.id_number,
                "sex": r.sex,
                "birth_date": r.birth.isoformat(),
                "address": r.address,
                "nation": r.nation,
                "phone": r.phone,
                "verify": r.verify,
                "ecerts": list(r.ecerts),
                "note": r.note,
                "qr_token": qr_token_for(r.id_number),
            }
            for r in TEST_RESIDENTS
        ]

    return router


def _error_code(status: int) -> str:
    return {
        400: "bad_request",
        401: "unauthorized",
        403: "forbidden",
        404: "not_found",
        405: "method_not_allowed",
        413: "too_large",
        415: "unsupported_type",
        422: "invalid_request",
    }.get(status, f"http_{status}")


def create_app(settings: Settings, platform: Platform | None = None) -> FastAPI:
    """The app for ``settings`` (opens the database and seeds it when new)."""
    platform = platform or Platform(settings.db_path, seed=settings.seed)
    keys = KeyStore(settings.keys_dir)
    identity = IdentityVerifier(settings.sface_model, settings.face_refs)
    app = FastAPI(
        title="政务服务平台 kiosk API (reference platform)",
        version="1.0.0",
        description=API_DESCRIPTION,
        docs_url="/docs",
        openapi_url="/openapi.json",
        redoc_url=None,
    )
    app.state.platform = platform
    app.state.keys = keys
    app.include_router(build_api_router(platform, identity), prefix="/api/v1")
    app.include_router(
        build_console_router(platform, keys, settings.console_password), prefix="/console"
    )
    if settings.sandbox:
        app.include_router(_sandbox_router(platform, settings.console_password), prefix="/sandbox")

    @app.get("/healthz", include_in_schema=False)
    def healthz() -> dict[str, Any]:
        return {"ok": True, "catalogue_version": platform.catalogue_version()}

    @app.exception_handler(ApiError)
    async def api_error(_request: Request, exc: ApiError) -> JSONResponse:
        return JSONResponse(exc.body(), status_code=exc.status, headers=exc.headers)

    @app.exception_handler(RequestValidationError)
    async def invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        fields = [
            {
                "field": ".".join(str(p) for p in err.get("loc", ())[1:]) or "body",
                "code": str(err.get("type", "invalid")),
                "message": str(err.get("msg", "")),
            }
            for err in exc.errors()
        ]
        return JSONResponse(
            error_body("invalid_request", "the request is invalid", fields=fields),
            status_code=422,
        )

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        return JSONResponse(
            error_body(_error_code(exc.status_code), str(exc.detail)),
            status_code=exc.status_code,
            headers=exc.headers,
        )

    @app.exception_handler(Exception)
    async def crash(_request: Request, exc: Exception) -> JSONResponse:
        log.exception("unhandled error: %s", type(exc).__name__)
        return JSONResponse(
            error_body("internal_error", "the platform failed; retry later"), status_code=500
        )

    def openapi() -> dict[str, Any]:
        if app.openapi_schema:
            return app.openapi_schema
        schema = get_openapi(
            title=app.title, version=app.version, description=app.description, routes=app.routes
        )
        _, defs = models_json_schema(
            [(CatalogueFull, "validation"), (CatalogueDelta, "validation")],
            ref_template="#/components/schemas/{model}",
        )
        components = schema.setdefault("components", {})
        components.setdefault("schemas", {}).update(defs.get("$defs", {}))
        components["securitySchemes"] = {
            name.replace("-", ""): {"type": "apiKey", "in": "header", "name": name}
            for name in ("X-Kiosk-Id", "X-Timestamp", "X-Nonce", "X-Signature")
        }
        requirement = {name: [] for name in components["securitySchemes"]}
        for path, operations in schema.get("paths", {}).items():
            if path.startswith("/api/v1/"):
                for operation in operations.values():
                    operation["security"] = [requirement]
        app.openapi_schema = schema
        return schema

    app.openapi = openapi  # type: ignore[method-assign]
    app.add_middleware(DeviceAuthMiddleware, platform=platform, keys=keys)
    return app
