"""Pydantic models of the API's bodies: request validation and the OpenAPI document.

Request models ignore unknown keys (a newer kiosk may send more); the catalogue models are
strict about the ITEM schema of docs/platform-api.md, and the tests validate every seeded item
against :class:`Item`.

Exceptions raised by this module: pydantic's ``ValidationError`` (a ``ValueError``) from
``model_validate``.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

__all__ = [
    "ApplicationCreated",
    "ApplicationQuery",
    "ApplicationRequest",
    "ApplicationStatus",
    "AppointmentCheckin",
    "Bundle",
    "CatalogueDelta",
    "CatalogueFull",
    "CommandAck",
    "EcertQuery",
    "EcertRecord",
    "Evaluation",
    "FormField",
    "HeartbeatAnswer",
    "HeartbeatRequest",
    "HelpRequest",
    "IdentityAnswer",
    "IdentityRequest",
    "Item",
    "PickupEvent",
    "PickupRecord",
    "QrIdentityAnswer",
    "QrIdentityRequest",
    "QueueTicketRequest",
]

THEME_CODES = Literal[
    "social_security",
    "medical_insurance",
    "housing_fund",
    "household",
    "real_estate",
    "civil_affairs",
    "employment",
    "education",
    "business_start",
    "tax",
    "business_change",
    "permits",
]
PREFILL = Literal[
    "idcard.name",
    "idcard.id_number",
    "idcard.sex",
    "idcard.birth_date",
    "idcard.address",
    "idcard.nation",
]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class _Open(BaseModel):
    model_config = ConfigDict(extra="ignore")


class Material(_Strict):
    material_id: str
    name: str
    required: bool
    ecert_type: str | None
    tolerance: bool
    copies: int = Field(ge=0)
    note: str


class FormField(_Strict):
    name: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    label: str
    type: Literal[
        "text", "number", "phone", "id_number", "date", "select", "address", "email", "checkbox"
    ]
    required: bool
    prefill: PREFILL | None
    pattern: str | None
    max_length: int | None
    options: list[str] | None = Field(
        description="choices of a select field; the submitted value is the string itself"
    )


class Form(_Strict):
    fields: list[FormField]


class Fee(_Strict):
    amount_fen: int = Field(ge=0)
    text: str


class TimeLimit(_Strict):
    legal_days: int = Field(ge=0)
    promised_days: int = Field(ge=0)


class Item(_Strict):
    item_id: str
    code: str
    name: str = Field(min_length=1)
    short_name: str = Field(min_length=1)
    aliases: list[str]
    department: str
    themes: list[THEME_CODES]
    audience: list[Literal["personal", "business"]] = Field(min_length=1)
    kiosk_mode: Literal["self_service", "guide_only"]
    identity_level: Literal["none", "idcard", "idcard_face"]
    conditions: list[str]
    materials: list[Material]
    fee: Fee
    time_limit: TimeLimit
    visits: int = Field(ge=0)
    where_else: list[str]
    legal_basis: list[str]
    form: Form
    deliveries: list[Literal["cabinet", "post", "ecert", "window"]] = Field(min_length=1)
    bundle_ids: list[str]
    updated_version: int = Field(ge=1)


class Department(_Strict):
    code: str
    name: str


class Theme(_Strict):
    code: THEME_CODES
    name: str
    audience: list[Literal["personal", "business"]]


class Bundle(_Strict):
    bundle_id: str
    name: str
    lead_item_id: str
    item_ids: list[str]


class SiteBlock(_Strict):
    site: str
    hidden: list[str]
    hot: list[str]


class CatalogueFull(_Strict):
    kind: Literal["full"]
    version: int
    generated_at: str
    departments: list[Department]
    themes: list[Theme]
    items: list[Item]
    bundles: list[Bundle]
    site: SiteBlock


class CatalogueDelta(_Strict):
    kind: Literal["delta"]
    base_version: int
    version: int
    generated_at: str
    upserts: list[Item]
    deletes: list[str]
    bundles: list[Bundle]
    site: SiteBlock


class EcertQuery(_Open):
    id_number: str


class EcertRecord(_Open):
    cert_id: str
    type: str
    name: str
    issuer: str
    issued_at: str
    valid_to: str


class Applicant(_Open):
    name: str = Field(min_length=1, max_length=60)
    id_number: str
    phone: str | None = None


class MaterialRef(_Open):
    material_id: str
    source: Literal["ecert", "scan", "commitment"]
    cert_id: str | None = None
    sha256: str | None = None
    content_type: str | None = None
    pages: int | None = Field(default=None, ge=0)


class Delivery(_Open):
    method: Literal["cabinet", "post", "ecert", "window"]
    address: str | None = None


class ApplicationRequest(_Open):
    item_id: str
    visit_id: str = Field(min_length=1, max_length=64)
    bundle_id: str | None = None
    applicant: Applicant
    form: dict[str, Any] = Field(default_factory=dict)
    materials: list[MaterialRef] = Field(default_factory=list)
    delivery: Delivery
    signature_sha256: str | None = None
    submitted_at: str | None = None


class ApplicationCreated(_Open):
    application_id: str
    status: str
    received_at: str
    promised_date: str
    query_code: str


class TimelineEntry(_Open):
    status: str
    at: str
    note: str


class ApplicationStatus(_Open):
    application_id: str
    item_id: str
    item_name: str
    status: str
    status_text: str
    received_at: str
    updated_at: str
    promised_date: str | None
    holder_hint: str
    delivery: dict[str, Any]
    timeline: list[TimelineEntry]
    pickup: dict[str, Any] | None


class ApplicationQuery(_Open):
    id_number: str | None = None
    application_id: str | None = None


class IdentityRequest(_Open):
    id_number: str
    name: str
    face_jpeg_b64: str = Field(min_length=4)


class IdentityAnswer(_Open):
    result: Literal["match", "no_match", "unavailable"]
    score: float | None


class QrIdentityRequest(_Open):
    token: str = Field(pattern=r"^[A-Za-z0-9_-]{16,512}$")


class QrIdentityAnswer(_Open):
    result: Literal["match", "no_match", "unavailable"]
    id_number_masked: str | None
    name_masked: str | None
    # Only with "match": the holder's identity, for pre-filling forms (kept in the session).
    id_number: str | None = None
    name: str | None = None


class Evaluation(_Open):
    visit_id: str = Field(min_length=1, max_length=64)
    application_id: str | None = None
    item_id: str | None = None
    level: int = Field(ge=1, le=5)
    reasons: list[str] = Field(default_factory=list, max_length=20)
    comment: str | None = Field(default=None, max_length=500)


class QueueTicketRequest(_Open):
    service_type: str = Field(min_length=1, max_length=40)


class AppointmentCheckin(_Open):
    id_number: str | None = None
    code: str | None = None


class PickupRecord(_Open):
    pickup_id: str
    application_id: str
    item_name: str
    compartment: str
    status: Literal["assigned", "deposited"]
    holder_hint: str
    code_sha256: str


class PickupEvent(_Open):
    event: Literal["deposited", "collected", "door_alarm"]
    compartment: str | None = None
    at: str | None = None


class CabinetSummary(_Open):
    total: int = 0
    occupied: int = 0
    free: int = 0
    flagged: int = 0
    ready: bool = False


class HeartbeatRequest(_Open):
    devices: dict[str, Any] = Field(default_factory=dict)
    queue_depth: int | None = None
    oldest_queued_age_s: float | None = None
    dead_letters: int | None = None
    disk_free_mb: float | None = None
    versions: dict[str, Any] = Field(default_factory=dict)
    clock: str | None = None
    # fleet view: the kiosk's own heartbeat period (silent = none for 3 of them), when this
    # kiosk process started (a restart shows), and its cabinet's occupancy
    heartbeat_interval_s: float | None = None
    started_at: str | None = None
    uptime_s: float | None = None
    cabinet: CabinetSummary | None = None


class Command(_Open):
    command_id: str
    type: Literal["maintenance_on", "maintenance_off", "refresh_catalogue", "reload_config"]
    args: dict[str, Any]


class HeartbeatAnswer(_Open):
    server_time: str
    commands: list[Command]


class CommandAck(_Open):
    result: Literal["applied", "refused"] = "applied"
    message: str | None = Field(default=None, max_length=500)


class HelpRequest(_Open):
    screen: str = Field(min_length=1, max_length=80)
    visit_id: str | None = Field(default=None, max_length=64)
