"""Typed, validated form of the service catalogue (事项目录) the platform sends.

The wire format is in ``docs/platform-api.md``. Everything the kiosk shows or searches goes
through :func:`parse_catalogue`, which either returns a fully consistent :class:`Catalogue`
or raises :class:`CatalogueInvalid` with a reason a technician can read in diagnostics.

Validation is strict about types (no ``"5"`` for ``5``, no ``1`` for ``true``) and about the
relations between parts (unique ids, every reference resolves), because a half-valid catalogue
would show residents guides that point nowhere. It is lenient about *unknown keys*: they are
ignored, not rejected.

Lesson: a platform that adds a field to ITEM must not take a whole fleet's catalogue offline;
a platform that drops one must.

Exceptions raised by this module::

    Exception
    └── CatalogueError            base of every catalogue problem (kiosk.catalogue)
        └── CatalogueInvalid      bad JSON, missing/ill-typed field, duplicate id, dangling
                                  reference; ``reason`` is one line for diagnostics
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from kiosk import jsonparts

__all__ = [
    "AUDIENCES",
    "DELIVERIES",
    "THEME_CODES",
    "Bundle",
    "Catalogue",
    "CatalogueDelta",
    "CatalogueError",
    "CatalogueInvalid",
    "Department",
    "Fee",
    "Form",
    "FormField",
    "Item",
    "Material",
    "SiteOverrides",
    "Theme",
    "TimeLimit",
    "check_consistency",
    "encode",
    "parse_catalogue",
    "parse_delta",
]

#: The theme codes the kiosk's home screen uses (docs/platform-api.md).
THEME_CODES: tuple[str, ...] = (
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
)
AUDIENCES: tuple[str, ...] = ("personal", "business")
DELIVERIES: tuple[str, ...] = ("cabinet", "post", "ecert", "window")

Audience = Literal["personal", "business"]
Delivery = Literal["cabinet", "post", "ecert", "window"]
KioskMode = Literal["self_service", "guide_only"]
IdentityLevel = Literal["none", "idcard", "idcard_face"]
FieldType = Literal[
    "text", "number", "phone", "id_number", "date", "select", "address", "email", "checkbox"
]
Prefill = Literal[
    "idcard.name",
    "idcard.id_number",
    "idcard.sex",
    "idcard.birth_date",
    "idcard.address",
    "idcard.nation",
]

# Ids travel in URLs (the guide's QR code) and in router parameters: keep them plain.
Identifier = Annotated[str, Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")]
Code = Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]{0,39}$")]
Text = Annotated[str, Field(min_length=1, max_length=2000)]
Count = Annotated[int, Field(ge=0, le=1_000_000)]
#: A catalogue as received: raw JSON bytes/text, or already decoded by the platform adapter.
Payload = bytes | str | Mapping[str, Any]


class CatalogueError(Exception):
    """Base of every catalogue problem."""


class CatalogueInvalid(CatalogueError):
    """The catalogue (or a delta, or the result of applying one) must not be used."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class _Model(BaseModel):
    model_config = ConfigDict(strict=True, frozen=True, extra="ignore", allow_inf_nan=False)


class Department(_Model):
    code: Code
    name: Text


class Theme(_Model):
    code: Code
    name: Text
    audience: tuple[Audience, ...]


class Material(_Model):
    material_id: Identifier
    name: Text
    required: bool
    ecert_type: Code | None = None
    tolerance: bool = False  # 容缺: may be replaced by a signed commitment (告知承诺)
    copies: Annotated[int, Field(ge=0, le=100)] = 1
    note: str | None = None


class Fee(_Model):
    amount_fen: Count
    text: Text


class TimeLimit(_Model):
    legal_days: Count
    promised_days: Count


class FormField(_Model):
    name: Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]{0,63}$")]
    label: Text
    type: FieldType
    required: bool = False
    prefill: Prefill | None = None
    pattern: str | None = None
    max_length: Annotated[int, Field(ge=1, le=10_000)] | None = None
    options: tuple[str, ...] | None = None

    @field_validator("pattern")
    @classmethod
    def _pattern_compiles(cls, value: str | None) -> str | None:
        if value is not None:
            try:
                re.compile(value)
            except re.error as exc:
                raise ValueError(f"pattern does not compile: {exc}") from exc
        return value


class Form(_Model):
    fields: tuple[FormField, ...] = ()

    @field_validator("fields")
    @classmethod
    def _unique_names(cls, value: tuple[FormField, ...]) -> tuple[FormField, ...]:
        dup = _duplicates(f.name for f in value)
        if dup:
            raise ValueError(f"duplicate form field names: {', '.join(dup)}")
        return value


class Item(_Model):
    item_id: Identifier
    code: Text
    name: Text
    short_name: Annotated[str, Field(min_length=1, max_length=200)] | None = None
    aliases: tuple[Annotated[str, Field(min_length=1, max_length=200)], ...] = ()
    department: Code
    themes: Annotated[tuple[Code, ...], Field(min_length=1)]
    audience: Annotated[tuple[Audience, ...], Field(min_length=1)]
    kiosk_mode: KioskMode
    identity_level: IdentityLevel
    conditions: tuple[Text, ...]
    materials: tuple[Material, ...]
    fee: Fee
    time_limit: TimeLimit
    visits: Annotated[int, Field(ge=0, le=10)]
    where_else: tuple[Text, ...] = ()
    legal_basis: tuple[Text, ...] = ()
    form: Form = Form()
    deliveries: tuple[Delivery, ...]
    bundle_ids: tuple[Identifier, ...] = ()
    updated_version: Count

    @field_validator("materials")
    @classmethod
    def _unique_materials(cls, value: tuple[Material, ...]) -> tuple[Material, ...]:
        dup = _duplicates(m.material_id for m in value)
        if dup:
            raise ValueError(f"duplicate material ids: {', '.join(dup)}")
        return value

    @property
    def self_service(self) -> bool:
        return self.kiosk_mode == "self_service"


class Bundle(_Model):
    bundle_id: Identifier
    name: Text
    lead_item_id: Identifier
    item_ids: Annotated[tuple[Identifier, ...], Field(min_length=1)]


class SiteOverrides(_Model):
    site: str = ""
    hidden: tuple[Identifier, ...] = ()
    hot: tuple[Identifier, ...] = ()


class Catalogue(_Model):
    """A complete, internally consistent catalogue (check with :func:`parse_catalogue`)."""

    kind: Literal["full"] = "full"
    version: Annotated[int, Field(ge=1)]
    generated_at: datetime
    departments: tuple[Department, ...]
    themes: tuple[Theme, ...]
    items: tuple[Item, ...]
    bundles: tuple[Bundle, ...] = ()
    site: SiteOverrides = SiteOverrides()

    def item_map(self) -> dict[str, Item]:
        return {item.item_id: item for item in self.items}

    def department_names(self) -> dict[str, str]:
        return {d.code: d.name for d in self.departments}


class CatalogueDelta(_Model):
    kind: Literal["delta"]
    base_version: Annotated[int, Field(ge=1)]
    version: Annotated[int, Field(ge=1)]
    generated_at: datetime | None = None
    upserts: tuple[Item, ...] = ()
    deletes: tuple[Identifier, ...] = ()
    bundles: tuple[Bundle, ...] | None = None
    site: SiteOverrides | None = None


# -- parsing -----------------------------------------------------------------------------------
def encode(data: Mapping[str, Any]) -> bytes:
    """The canonical bytes of a decoded catalogue (what the store keeps and hashes)."""
    return jsonparts.dumps_compact(data).encode("utf-8")


def parse_catalogue(payload: Payload) -> Catalogue:
    """Parse and check a full catalogue; raise :class:`CatalogueInvalid` with a reason."""
    catalogue = _validate(Catalogue, payload, "catalogue")
    check_consistency(catalogue)
    return catalogue


def parse_delta(payload: Payload) -> CatalogueDelta:
    delta = _validate(CatalogueDelta, payload, "delta")
    if delta.version <= delta.base_version:
        raise CatalogueInvalid(
            f"delta goes backwards: version {delta.version} from base {delta.base_version}"
        )
    dup = _duplicates(i.item_id for i in delta.upserts)
    if dup:
        raise CatalogueInvalid(f"delta upserts the same item twice: {', '.join(dup)}")
    both = sorted({i.item_id for i in delta.upserts} & set(delta.deletes))
    if both:
        raise CatalogueInvalid(f"delta both upserts and deletes: {', '.join(both[:5])}")
    return delta


def check_consistency(catalogue: Catalogue) -> None:
    """Unique ids and resolvable references across the whole catalogue."""
    problems: list[str] = []
    for what, ids in (
        ("item id", (i.item_id for i in catalogue.items)),
        ("department code", (d.code for d in catalogue.departments)),
        ("theme code", (t.code for t in catalogue.themes)),
        ("bundle id", (b.bundle_id for b in catalogue.bundles)),
    ):
        dup = _duplicates(ids)
        if dup:
            problems.append(f"duplicate {what}s: {_some(dup)}")
    if not catalogue.items:
        problems.append("no items")
    items = {i.item_id for i in catalogue.items}
    departments = {d.code for d in catalogue.departments}
    themes = {t.code for t in catalogue.themes}
    bundles = {b.bundle_id for b in catalogue.bundles}
    bad_dept = [
        f"{i.item_id}→{i.department}" for i in catalogue.items if i.department not in departments
    ]
    if bad_dept:
        problems.append(f"items name unknown departments: {_some(bad_dept)}")
    bad_theme = [f"{i.item_id}→{t}" for i in catalogue.items for t in i.themes if t not in themes]
    if bad_theme:
        problems.append(f"items name unknown themes: {_some(bad_theme)}")
    bad_bundle_ref = [
        f"{i.item_id}→{b}" for i in catalogue.items for b in i.bundle_ids if b not in bundles
    ]
    if bad_bundle_ref:
        problems.append(f"items name unknown bundles: {_some(bad_bundle_ref)}")
    for bundle in catalogue.bundles:
        dangling = sorted({i for i in (bundle.lead_item_id, *bundle.item_ids) if i not in items})
        if dangling:
            problems.append(
                f"bundle {bundle.bundle_id} references unknown items: {_some(dangling)}"
            )
        elif bundle.lead_item_id not in bundle.item_ids:
            problems.append(f"bundle {bundle.bundle_id}: lead item is not one of its items")
    if problems:
        raise CatalogueInvalid("; ".join(problems))


def _validate(model: type[Any], payload: Payload, what: str) -> Any:
    if isinstance(payload, Mapping):
        data: Any = payload
        try:
            payload = encode(payload)
        except (TypeError, ValueError) as exc:
            raise CatalogueInvalid(f"{what} is not JSON data: {exc}") from exc
    else:
        try:
            data = jsonparts.loads(payload)
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise CatalogueInvalid(f"{what} is not valid JSON: {exc}") from exc
    if not isinstance(data, Mapping):
        raise CatalogueInvalid(f"{what} is not a JSON object")
    kind = data.get("kind", "full")
    if model is Catalogue and kind != "full":
        raise CatalogueInvalid(f"expected a full catalogue, got kind {kind!r}")
    field = _ITEM_LISTS.get(model)
    if field is not None and isinstance(data.get(field), list):
        try:
            return _validate_item_by_item(model, data, field)
        except ValidationError:
            pass  # the whole-document validation below names every problem with its path
    try:
        # JSON-mode validation: strict types, but ISO strings are accepted for datetimes.
        return model.model_validate_json(payload)
    except ValidationError as exc:
        raise CatalogueInvalid(f"{what} fails validation: {_summarise(exc, data)}") from exc


#: The big list of each document, validated one item at a time.
_ITEM_LISTS: dict[type[Any], str] = {Catalogue: "items", CatalogueDelta: "upserts"}


def _validate_item_by_item(model: type[Any], data: Mapping[str, Any], field: str) -> Any:
    """The same JSON-mode validation as ``model.model_validate_json``, one item at a time.

    Lesson: validating the whole 6 MB catalogue in one pydantic call holds the GIL for about
    300 ms on these machines, and although it runs on the sync worker the touchscreen freezes
    for that long. Item by item, each call is a fraction of a millisecond and the GUI thread
    gets the interpreter in between. A document that fails is validated again as a whole, so
    error messages stay exactly those of :func:`_summarise`.
    """
    shell = {key: value for key, value in data.items() if key != field}
    shell[field] = []
    head = model.model_validate_json(json.dumps(shell, ensure_ascii=False))
    items = tuple(
        Item.model_validate_json(json.dumps(raw, ensure_ascii=False)) for raw in data[field]
    )
    return head.model_copy(update={field: items})


def _summarise(exc: ValidationError, data: Mapping[str, Any]) -> str:
    """The first few errors, each with its path; item positions are named by item id."""
    parts: list[str] = []
    for error in exc.errors()[:3]:
        loc = list(error["loc"])
        if len(loc) >= 2 and loc[0] in ("items", "upserts") and isinstance(loc[1], int):
            try:
                item_id = data[loc[0]][loc[1]].get("item_id")
            except (AttributeError, IndexError, KeyError, TypeError):
                item_id = None
            if isinstance(item_id, str):
                loc[1] = item_id
        path = ".".join(str(p) for p in loc) or "(root)"
        parts.append(f"{path}: {error['msg']}")
    more = exc.error_count() - len(parts)
    if more > 0:
        parts.append(f"and {more} more")
    return "; ".join(parts)


def _duplicates(values: Iterable[str]) -> list[str]:
    return sorted(v for v, n in Counter(values).items() if n > 1)


def _some(values: list[str], limit: int = 5) -> str:
    head = ", ".join(values[:limit])
    return head + (f" (+{len(values) - limit} more)" if len(values) > limit else "")
