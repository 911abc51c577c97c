"""Applying for a service (and for a "一件事" bundle) as a pure state machine (no Qt, no I/O).

One journey: the resident proves who they are at the level the item needs, fills the form
(pre-filled from the ID card), supplies each material (e-certificate from the platform,
a camera scan, or a signed 容缺 commitment), chooses how to receive the result, signs on the
screen and submits; the application is written to the outbox first and the resident gets a
receipt with the platform's application number, or with a kiosk reference when the platform
cannot be reached::

    identity ──verified──▶ form ──next──▶ materials ◀──▶ scan
                             ▲               │ next (required materials satisfied)
                             └─── back ──────▼
                                           review ──next──▶ sign ──signature──▶ submitting
                                                                                   │ on disk
                              submit_failed ◀──(store full, disk error)───────────┤
                                │ retry (same keys: nothing lost, nothing doubled) ▼
                                └──────────────────────────────────────────▶ waiting
                                                            delivered / time up │
                                                                                 ▼
                                                                   receipt ──finish──▶ done

``cancelled`` is reachable from every step before submitting. A bundle (一件事) is the same
journey over several items: identity once at the strictest level, one form with the union of
the fields (shared fields asked once), materials de-duplicated by e-certificate type or name,
one review, one signature, and one outbox item per component application (each with the
bundle id and its own idempotency key) written in one transaction.

The flow does nothing itself: events queue :class:`Effect` s (start the identity journey,
query e-certificates, capture a page, render the signature, enqueue, print...) that the
view-model performs on its workers and answers with further events carrying the operation
number; late answers are dropped.

Privacy: form values, scans (``bytearray``, zeroed by :meth:`ApplyFlow.wipe`) and the
signature live in this object only until the visit ends; the view-model wipes it then.
Nothing here logs.

Exceptions raised by this module::

    Exception
    └── ApplyFlowError      an event that makes no sense now (a caller bug, e.g. ``sign``
                            during ``form``); never a resident's mistake
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import itertools
import re
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Final

from kiosk.flows.forms import (
    FieldError,
    FieldSpec,
    check_field,
    merge_fields,
    prefill_value,
)

__all__ = [
    "LEVELS",
    "ApplyFlow",
    "ApplyFlowError",
    "Effect",
    "EffectKind",
    "MaterialNeed",
    "Problem",
    "ReceiptLine",
    "Step",
    "Supply",
    "kiosk_reference",
    "signature_problem",
    "strictest_level",
]


class ApplyFlowError(Exception):
    """An event the current step cannot take (a caller bug, not a resident's mistake)."""


#: identity levels from weakest to strongest
LEVELS: Final = ("none", "idcard", "idcard_face")


def strictest_level(levels: Sequence[str]) -> str:
    return max(levels, key=lambda level: LEVELS.index(level) if level in LEVELS else 2)


def _satisfies(have: str, need: str) -> bool:
    return LEVELS.index(have if have in LEVELS else "none") >= LEVELS.index(need)


class Step(StrEnum):
    IDENTITY = "identity"
    FORM = "form"
    MATERIALS = "materials"
    SCAN = "scan"
    REVIEW = "review"
    SIGN = "sign"
    SUBMITTING = "submitting"
    SUBMIT_FAILED = "submit_failed"
    WAITING = "waiting"
    RECEIPT = "receipt"
    DONE = "done"
    CANCELLED = "cancelled"


FINAL_STEPS: Final = frozenset({Step.DONE, Step.CANCELLED})
#: steps after the outbox has the application: cancelling is no longer possible
SUBMITTED_STEPS: Final = frozenset({Step.WAITING, Step.RECEIPT, Step.DONE})
#: the steps the resident can go back to, in order
EDIT_STEPS: Final = (Step.FORM, Step.MATERIALS, Step.SCAN, Step.REVIEW, Step.SIGN)


class Problem(StrEnum):
    """What the current step says is wrong; QML maps each to a message."""

    FORM_INVALID = "form_invalid"  # see ``errors`` per field
    MATERIALS_MISSING = "materials_missing"  # see ``missing_materials``
    ADDRESS_MISSING = "address_missing"  # post chosen, no address
    SIGNATURE_TOO_SHORT = "signature_too_short"  # empty or trivial signature
    PAGE_NOT_FOUND = "page_not_found"  # no page under the camera
    CAMERA_FAULT = "camera_fault"  # the camera is not working
    SCAN_FAILED = "scan_failed"  # the page could not be processed
    STORE_FULL = "store_full"  # the kiosk's disk is full: not submitted
    STORE_ERROR = "store_error"  # the kiosk's store failed: not submitted
    OUTBOX_UNAVAILABLE = "outbox_unavailable"  # the kiosk is still starting: not submitted
    SUBMIT_ERROR = "submit_error"  # anything else: not submitted


class EffectKind(StrEnum):
    BEGIN_IDENTITY = "begin_identity"  # payload level: run the identity journey
    QUERY_ECERTS = "query_ecerts"  # op; answer ecerts_loaded / ecerts_failed
    START_CAMERA = "start_camera"  # show the document camera's preview
    STOP_CAMERA = "stop_camera"
    CAPTURE_PAGE = "capture_page"  # op, mode; answer page_captured / page_failed
    BUILD_PDF = "build_pdf"  # op, key, pages; answer pdf_built
    RENDER_SIGNATURE = "render_signature"  # op, strokes, width, height; answer signature_rendered
    ENQUEUE = "enqueue"  # op, entries; answer enqueued / enqueue_failed
    WAIT_RECEIPT = "wait_receipt"  # op, seconds; answer receipt_timeout (if still waiting)
    PRINT = "print"  # print the receipt (flow.receipt); answer printed
    DONE = "done"  # payload step: done (go to the rating) / cancelled


@dataclass(frozen=True, slots=True)
class Effect:
    kind: EffectKind
    op: int = 0
    payload: dict[str, Any] = field(default_factory=dict)

    def __repr__(self) -> str:  # payloads hold personal data: never print them
        return f"Effect({self.kind}, op={self.op})"


@dataclass(frozen=True, slots=True)
class MaterialNeed:
    """A material the journey needs (de-duplicated across a bundle's items)."""

    key: str
    name: str
    required: bool
    ecert_type: str | None
    tolerance: bool
    note: str
    refs: tuple[tuple[int, str], ...]  # (component index, material_id)


@dataclass(eq=False)
class Supply:
    """How one material was supplied."""

    source: str  # ecert / scan / commitment
    cert_id: str = ""
    cert_name: str = ""
    pages: int = 0
    pdf: bytearray | None = field(default=None, repr=False)
    sha256: str = ""

    def wipe(self) -> None:
        if self.pdf is not None:
            self.pdf[:] = bytes(len(self.pdf))
            self.pdf = None


@dataclass(eq=False)
class ReceiptLine:
    """One component application on the receipt."""

    item_id: str
    item_name: str
    idempotency_key: str
    promised_days: int
    delivery: str
    outbox_id: str = ""
    application_id: str = ""
    promised_date: str = ""
    query_code: str = ""
    kiosk_ref: str = ""
    #: the platform refused it for good (its error code): the outbox dead-lettered it
    refused: str = ""

    @property
    def delivered(self) -> bool:
        return bool(self.application_id)

    @property
    def settled(self) -> bool:
        """Delivered, or refused: nothing more will happen to it on its own."""
        return self.delivered or bool(self.refused)

    @property
    def number(self) -> str:
        """What the resident quotes: the platform's number, else the kiosk reference."""
        return self.application_id or self.kiosk_ref


def kiosk_reference(kiosk_id: str, idempotency_key: str, day: dt.date) -> str:
    """``K`` + the kiosk's short id + date + 6 characters of the key: a receipt number before
    the platform answered (the same key always gives the same reference)."""
    short = re.sub(r"[^A-Z0-9]", "", kiosk_id.upper())[-4:] or "0000"
    digest = hashlib.sha256(idempotency_key.encode()).digest()
    tail = base64.b32encode(digest).decode()[:6]
    return f"K{short}{day:%Y%m%d}{tail}"


def signature_problem(
    strokes: Sequence[Sequence[Sequence[float]]], width: float, height: float
) -> bool:
    """True when the strokes are empty or trivial (a dot, a short dash): not a signature.

    A signature needs at least 12 points, a path at least 40 % of the pad's width long, and
    to span at least 15 % of the pad's width and 10 % of its height.
    """
    points = [p for stroke in strokes for p in stroke if len(p) >= 2]
    if len(points) < 12 or width <= 0 or height <= 0:
        return True
    length = 0.0
    for stroke in strokes:
        for a, b in itertools.pairwise(stroke):
            length += ((b[0] - a[0]) ** 2 + (b[1] - a[1]) ** 2) ** 0.5
    xs = [p[0] for p in points]
    ys = [p[1] for p in points]
    return (
        length < 0.4 * width
        or max(xs) - min(xs) < 0.15 * width
        or max(ys) - min(ys) < 0.10 * height
    )


_DELIVERY_ORDER: Final = ("cabinet", "ecert", "window", "post")


def _default_delivery(deliveries: Sequence[str]) -> str:
    """The preselected way to receive the result: never post (it needs an address)."""
    for method in _DELIVERY_ORDER:
        if method in deliveries and method != "post":
            return method
    return deliveries[0] if deliveries else "window"


def _material_key(material: Mapping[str, Any]) -> str:
    ecert = material.get("ecert_type")
    return f"ecert:{ecert}" if ecert else f"name:{material['name']}"


class ApplyFlow:
    """One application journey of one resident (see the module docstring)."""

    def __init__(
        self,
        items: Sequence[Mapping[str, Any]],
        *,
        identity: Any = None,
        verified_level: str = "none",
        bundle: Mapping[str, Any] | None = None,
        visit_id: str = "",
        kiosk_id: str = "KIOSK",
        receipt_wait_s: float = 8.0,
        journey_id: str | None = None,
        now: Callable[[], dt.datetime] = lambda: dt.datetime.now().astimezone(),
    ) -> None:
        if not items:
            raise ApplyFlowError("an application needs at least one item")
        for item in items:
            if item.get("kiosk_mode") != "self_service":
                raise ApplyFlowError(f"{item.get('item_id')} is guide-only at a kiosk")
        self.items = [dict(item) for item in items]
        self.bundle = dict(bundle) if bundle else None
        self.visit_id = visit_id
        self.kiosk_id = kiosk_id
        self.receipt_wait_s = receipt_wait_s
        self._now = now
        self.journey_id = journey_id or uuid.uuid4().hex
        self.level = strictest_level([str(i.get("identity_level", "idcard")) for i in items])
        self.identity: Any = identity
        self._forms = [
            [FieldSpec.from_mapping(f) for f in (item.get("form") or {}).get("fields", [])]
            for item in self.items
        ]
        self.fields: list[tuple[FieldSpec, tuple[int, ...]]] = merge_fields(self._forms)
        self.needs: list[MaterialNeed] = self._merge_materials()
        self.values: dict[str, Any] = {}
        self.prefilled: set[str] = set()
        self.errors: dict[str, FieldError] = {}
        self.supplies: dict[str, Supply] = {}
        self.ecerts: list[dict[str, Any]] = []
        self.ecerts_state = "idle"  # idle / loading / ready / failed
        self.deliveries: list[str] = [
            _default_delivery(list(item.get("deliveries") or [])) for item in self.items
        ]
        self.address = ""
        self.step = Step.IDENTITY
        self.problem: Problem | None = None
        self.missing_materials: list[str] = []
        self.scan_key = ""
        self.scan_pages: list[bytearray] = []
        self.scan_busy = False
        self.pdf_pending: set[str] = set()
        self.signature_png: bytearray | None = None
        self.signature_sha256 = ""
        self.submitted_at = ""
        self.receipt: list[ReceiptLine] = []
        self.print_state = ""  # "" / printing / printed / failed:<reason> / skipped
        self.keys = [f"app-{self.journey_id[:24]}-{i}" for i in range(len(self.items))]
        self._op = 0
        self._pending: dict[str, int] = {}  # what → op of the answer the flow waits for
        self._effects: list[Effect] = []
        if _satisfies(verified_level, self.level):
            self._enter_form()
        else:
            self._emit(EffectKind.BEGIN_IDENTITY, level=self.level)

    # ---------------------------------------------------------------- queries

    @property
    def final(self) -> bool:
        return self.step in FINAL_STEPS

    @property
    def submitted(self) -> bool:
        return self.step in SUBMITTED_STEPS

    @property
    def is_bundle(self) -> bool:
        return self.bundle is not None

    @property
    def has_effects(self) -> bool:
        return bool(self._effects)

    def take_effects(self) -> list[Effect]:
        effects, self._effects = self._effects, []
        return effects

    def pending(self, what: str) -> int:
        return self._pending.get(what, 0)

    def ecert_for(self, need: MaterialNeed) -> dict[str, Any] | None:
        """The resident's e-certificate matching ``need`` (by ``ecert_type``), if any."""
        if not need.ecert_type:
            return None
        for cert in self.ecerts:
            if cert.get("type") == need.ecert_type:
                return cert
        return None

    def need(self, key: str) -> MaterialNeed:
        for need in self.needs:
            if need.key == key:
                return need
        raise ApplyFlowError(f"no material {key!r} in this application")

    def delivery_choices(self, index: int) -> list[str]:
        return list(self.items[index].get("deliveries") or [])

    def item_fields(self, index: int) -> list[FieldSpec]:
        return list(self._forms[index])

    # ---------------------------------------------------------------- identity

    def identity_verified(self, identity: Any, level: str) -> None:
        """The identity journey verified the resident at ``level`` (QR counts as face)."""
        if self.step is not Step.IDENTITY:
            return
        if not _satisfies(level, self.level):
            self._cancel()
            return
        self.identity = identity
        self._enter_form()

    def identity_ended(self) -> None:
        """The identity journey ended without verification (cancelled, staff)."""
        if self.step is Step.IDENTITY:
            self._cancel()

    # ---------------------------------------------------------------- form

    def set_value(self, name: str, value: Any) -> None:
        """The resident changed a field; an error shown on it is re-checked at once."""
        self._require(Step.FORM)
        spec = self._spec(name)
        if isinstance(value, str) and spec.type in ("phone", "id_number", "number"):
            value = value.strip().upper() if spec.type == "id_number" else value.strip()
        self.values[name] = value
        self.prefilled.discard(name)
        if name in self.errors:
            self.check(name)

    def check(self, name: str) -> FieldError | None:
        """Validate one field now (the resident finished it); returns its error."""
        error = self._field_error(name)
        if error is None:
            self.errors.pop(name, None)
        else:
            self.errors[name] = error
        if not self.errors and self.problem is Problem.FORM_INVALID:
            self.problem = None
        return error

    def form_next(self) -> None:
        self._require(Step.FORM)
        self.errors = {}
        for spec, _owners in self.fields:
            error = self._field_error(spec.name)
            if error is not None:
                self.errors[spec.name] = error
        if self.errors:
            self.problem = Problem.FORM_INVALID
            return
        self._to(Step.MATERIALS if self.needs else Step.REVIEW)

    def _field_error(self, name: str) -> FieldError | None:
        # Each item's own spec, as the platform checks each component application.
        value = self.values.get(name)
        for index in self._owners(name):
            for spec in self._forms[index]:
                if spec.name == name:
                    error = check_field(spec, value)
                    if error is not None:
                        return error
        return None

    # ---------------------------------------------------------------- materials

    def ecerts_loaded(self, op: int, certs: Sequence[Mapping[str, Any]]) -> None:
        if not self._answer("ecerts", op):
            return
        self.ecerts = [dict(c) for c in certs if isinstance(c, Mapping)]
        self.ecerts_state = "ready"
        for need in self.needs:  # 免提交: use the e-certificate unless something else was chosen
            cert = self.ecert_for(need)
            if cert is not None and need.key not in self.supplies:
                self.supplies[need.key] = self._ecert_supply(cert)

    def ecerts_failed(self, op: int) -> None:
        if self._answer("ecerts", op):
            self.ecerts_state = "failed"

    def use_ecert(self, key: str) -> None:
        self._require(Step.MATERIALS)
        cert = self.ecert_for(self.need(key))
        if cert is None:
            raise ApplyFlowError(f"no e-certificate for {key}")
        self._set_supply(key, self._ecert_supply(cert))

    def commit(self, key: str) -> None:
        """The resident commits to supply this material later (告知承诺, covered by the
        signature); only for materials with ``tolerance``."""
        self._require(Step.MATERIALS)
        if not self.need(key).tolerance:
            raise ApplyFlowError(f"{key} cannot be replaced by a commitment")
        self._set_supply(key, Supply("commitment"))

    def clear_supply(self, key: str) -> None:
        self._require(Step.MATERIALS)
        supply = self.supplies.pop(key, None)
        if supply is not None:
            supply.wipe()

    def start_scan(self, key: str) -> None:
        self._require(Step.MATERIALS)
        self.need(key)
        self.scan_key = key
        self._wipe_scan_pages()
        self.scan_busy = False
        self._to(Step.SCAN)
        self._emit(EffectKind.START_CAMERA)

    def capture(self) -> None:
        """Take a picture of the page under the camera."""
        self._require(Step.SCAN)
        if self.scan_busy:
            return  # a double tap: one picture
        self.scan_busy = True
        self.problem = None
        name = self.need(self.scan_key).name
        mode = "photo" if "照片" in name else "document"
        self._emit(EffectKind.CAPTURE_PAGE, self._start("page"), mode=mode)

    def page_captured(self, op: int, jpeg: bytearray) -> None:
        if not self._answer("page", op) or self.step is not Step.SCAN:
            if isinstance(jpeg, bytearray):
                jpeg[:] = bytes(len(jpeg))
            return
        self.scan_busy = False
        self.scan_pages.append(jpeg)

    def page_failed(self, op: int, problem: Problem | str) -> None:
        if not self._answer("page", op) or self.step is not Step.SCAN:
            return
        self.scan_busy = False
        self.problem = Problem(problem)

    def remove_last_page(self) -> None:
        self._require(Step.SCAN)
        if self.scan_pages:
            page = self.scan_pages.pop()
            page[:] = bytes(len(page))

    def finish_scan(self) -> None:
        """Done scanning this material: the pages become one PDF."""
        self._require(Step.SCAN)
        if not self.scan_pages or self.scan_busy:
            return
        key, pages = self.scan_key, self.scan_pages
        self.scan_pages = []
        self.pdf_pending.add(key)
        old = self.supplies.pop(key, None)
        if old is not None:
            old.wipe()
        self._emit(EffectKind.STOP_CAMERA)
        self._emit(EffectKind.BUILD_PDF, self._start(f"pdf:{key}"), key=key, pages=pages)
        self._to(Step.MATERIALS)

    def pdf_built(self, op: int, key: str, pdf: bytearray, pages: int) -> None:
        if not self._answer(f"pdf:{key}", op) or self.final:
            pdf[:] = bytes(len(pdf))
            return
        self.pdf_pending.discard(key)
        sha = hashlib.sha256(pdf).hexdigest()
        self._set_supply(key, Supply("scan", pages=pages, pdf=pdf, sha256=sha), check=False)

    def pdf_failed(self, op: int, key: str) -> None:
        if self._answer(f"pdf:{key}", op):
            self.pdf_pending.discard(key)
            self.problem = Problem.SCAN_FAILED

    def camera_fault(self) -> None:
        if self.step is Step.SCAN:
            self.scan_busy = False
            self._pending.pop("page", None)
            self.problem = Problem.CAMERA_FAULT

    def materials_next(self) -> None:
        self._require(Step.MATERIALS)
        self.missing_materials = [
            need.key
            for need in self.needs
            if need.required and (need.key not in self.supplies or need.key in self.pdf_pending)
        ]
        if self.missing_materials or self.pdf_pending:
            self.problem = Problem.MATERIALS_MISSING
            return
        self._to(Step.REVIEW)

    def _set_supply(self, key: str, supply: Supply, *, check: bool = True) -> None:
        old = self.supplies.get(key)
        if old is not None and old is not supply:
            old.wipe()
        self.supplies[key] = supply
        if key in self.missing_materials:
            self.missing_materials.remove(key)
            if not self.missing_materials and self.problem is Problem.MATERIALS_MISSING:
                self.problem = None

    @staticmethod
    def _ecert_supply(cert: Mapping[str, Any]) -> Supply:
        return Supply("ecert", cert_id=str(cert.get("cert_id", "")), cert_name=str(cert["name"]))

    # ---------------------------------------------------------------- review and signature

    def choose_delivery(self, index: int, method: str) -> None:
        self._require(Step.REVIEW)
        if method not in self.delivery_choices(index):
            raise ApplyFlowError(f"{method} is not a delivery of {self.items[index]['item_id']}")
        self.deliveries[index] = method
        if self.problem is Problem.ADDRESS_MISSING and not self._needs_address():
            self.problem = None

    def set_address(self, text: str) -> None:
        self._require(Step.REVIEW)
        self.address = text.strip()
        if self.address and self.problem is Problem.ADDRESS_MISSING:
            self.problem = None

    def review_next(self) -> None:
        self._require(Step.REVIEW)
        if self._needs_address() and not self.address:
            self.problem = Problem.ADDRESS_MISSING
            return
        self._to(Step.SIGN)

    def _needs_address(self) -> bool:
        return "post" in self.deliveries

    def sign(
        self, strokes: Sequence[Sequence[Sequence[float]]], width: float, height: float
    ) -> None:
        """The resident signed and tapped submit: render the signature, then submit."""
        if self.step is not Step.SIGN or self.pending("signature"):
            return  # a double tap: the first one is on its way
        if signature_problem(strokes, width, height):
            self.problem = Problem.SIGNATURE_TOO_SHORT
            return
        self.problem = None
        copy = [[[float(p[0]), float(p[1])] for p in stroke] for stroke in strokes]
        self._emit(
            EffectKind.RENDER_SIGNATURE,
            self._start("signature"),
            strokes=copy,
            width=float(width),
            height=float(height),
        )

    def signature_rendered(self, op: int, png: bytearray) -> None:
        if not self._answer("signature", op) or self.step is not Step.SIGN:
            png[:] = bytes(len(png))
            return
        if self.signature_png is not None:
            self.signature_png[:] = bytes(len(self.signature_png))
        self.signature_png = png
        self.signature_sha256 = hashlib.sha256(png).hexdigest()
        self.submitted_at = self._now().isoformat(timespec="seconds")
        self._submit()

    def signature_failed(self, op: int) -> None:
        if self._answer("signature", op) and self.step is Step.SIGN:
            self.problem = Problem.SUBMIT_ERROR

    # ---------------------------------------------------------------- submit and receipt

    def _submit(self) -> None:
        self._to(Step.SUBMITTING)
        self._emit(EffectKind.ENQUEUE, self._start("enqueue"), entries=self.entries())

    def retry(self) -> None:
        """Submit again after a failure: the same idempotency keys, so never twice."""
        self._require(Step.SUBMIT_FAILED)
        self._submit()

    def enqueued(self, op: int, outbox_ids: Sequence[str]) -> None:
        """The outbox transaction is on disk: only now is the resident told "submitted"."""
        if not self._answer("enqueue", op) or self.step is not Step.SUBMITTING:
            return
        today = self._now().date()
        self.receipt = []
        for index, item in enumerate(self.items):
            key = self.keys[index]
            self.receipt.append(
                ReceiptLine(
                    item_id=str(item["item_id"]),
                    item_name=str(item["name"]),
                    idempotency_key=key,
                    promised_days=int((item.get("time_limit") or {}).get("promised_days", 0)),
                    delivery=self.deliveries[index],
                    outbox_id=str(outbox_ids[index]) if index < len(outbox_ids) else "",
                    kiosk_ref=kiosk_reference(self.kiosk_id, key, today),
                )
            )
        self._to(Step.WAITING)
        self._emit(EffectKind.WAIT_RECEIPT, self._start("receipt"), seconds=self.receipt_wait_s)

    def enqueue_failed(self, op: int, problem: Problem | str) -> None:
        """Nothing was recorded (disk full...): say so; the resident may try again."""
        if not self._answer("enqueue", op) or self.step is not Step.SUBMITTING:
            return
        try:
            self.problem = Problem(problem)
        except ValueError:
            self.problem = Problem.SUBMIT_ERROR
        self._to(Step.SUBMIT_FAILED, keep_problem=True)

    def application_done(self, outbox_id: str, response: Mapping[str, Any]) -> None:
        """The drain delivered one component application (the platform's answer)."""
        for line in self.receipt:
            if line.outbox_id == outbox_id and not line.delivered:
                if self.step is not Step.WAITING:
                    return  # the receipt was already given with the kiosk reference
                line.application_id = str(response.get("application_id", ""))
                line.promised_date = str(response.get("promised_date", ""))
                line.query_code = str(response.get("query_code", ""))
        if self.step is Step.WAITING and self.receipt and self.all_delivered:
            self._pending.pop("receipt", None)
            self._to_receipt()

    def application_refused(self, outbox_id: str, code: str) -> None:
        """The platform refused one component application for good (the drain dead-lettered
        it). The resident, told "submitted" or about to be, must learn it and see staff."""
        for line in self.receipt:
            if line.outbox_id == outbox_id and not line.settled:
                line.refused = code or "refused"
        if (
            self.step is Step.WAITING
            and self.receipt
            and all(line.settled for line in self.receipt)
        ):
            self._pending.pop("receipt", None)
            self._to_receipt()

    def receipt_timeout(self, op: int) -> None:
        """The platform did not answer in time: the receipt carries the kiosk reference."""
        if self._answer("receipt", op) and self.step is Step.WAITING:
            self._to_receipt()

    def _to_receipt(self) -> None:
        self._to(Step.RECEIPT)
        self.print_state = "printing"
        self._emit(EffectKind.PRINT, self._start("print"))

    def printed(self, op: int, ok: bool, reason: str = "") -> None:
        if not self._answer("print", op):
            return
        self.print_state = "printed" if ok else f"failed:{reason or 'error'}"

    def print_skipped(self, op: int, reason: str = "unavailable") -> None:
        """No printer to print on: the receipt is shown on screen only."""
        if self._answer("print", op):
            self.print_state = f"failed:{reason}"

    def finish(self) -> None:
        """The resident is done with the receipt: on to the rating."""
        if self.step is not Step.RECEIPT:
            raise ApplyFlowError(f"nothing to finish in step {self.step}")
        self._to(Step.DONE)
        self._emit(EffectKind.DONE, step=str(Step.DONE))

    @property
    def all_delivered(self) -> bool:
        return bool(self.receipt) and all(line.delivered for line in self.receipt)

    @property
    def any_refused(self) -> bool:
        return any(line.refused for line in self.receipt)

    @property
    def any_waiting(self) -> bool:
        """Some application is still queued on this kiosk (neither delivered nor refused)."""
        return any(not line.settled for line in self.receipt)

    # ---------------------------------------------------------------- payloads

    def entries(self) -> list[dict[str, Any]]:
        """One outbox entry per component application: kind, payload, key, attachments.

        ``attachments`` are ``(bytearray, content_type)`` pairs: this application's scans
        and the signature image (the caller copies them into the outbox).
        """
        identity = self.identity
        name = getattr(identity, "name", None) or self.values.get("applicant_name") or ""
        id_number = getattr(identity, "id_number", None) or self.values.get("id_number") or ""
        phone = self.values.get("phone")
        out: list[dict[str, Any]] = []
        for index, item in enumerate(self.items):
            form = {
                spec.name: self.values[spec.name]
                for spec in self._forms[index]
                if spec.name in self.values
            }
            materials: list[dict[str, Any]] = []
            attachments: list[tuple[bytearray, str]] = []
            for need in self.needs:
                supply = self.supplies.get(need.key)
                if supply is None:
                    continue
                for owner, material_id in need.refs:
                    if owner != index:
                        continue
                    ref: dict[str, Any] = {"material_id": material_id, "source": supply.source}
                    if supply.source == "ecert":
                        ref["cert_id"] = supply.cert_id
                    elif supply.source == "scan" and supply.pdf is not None:
                        ref.update(
                            sha256=supply.sha256,
                            content_type="application/pdf",
                            pages=supply.pages,
                        )
                        if all(a is not supply.pdf for a, _ in attachments):
                            attachments.append((supply.pdf, "application/pdf"))
                    materials.append(ref)
            if self.signature_png is not None:
                attachments.append((self.signature_png, "image/png"))
            delivery: dict[str, Any] = {"method": self.deliveries[index]}
            if delivery["method"] == "post":
                delivery["address"] = self.address
            applicant: dict[str, Any] = {"name": name, "id_number": id_number}
            if phone:
                applicant["phone"] = phone
            payload = {
                "item_id": item["item_id"],
                "visit_id": self.visit_id or self.journey_id,
                "bundle_id": self.bundle["bundle_id"] if self.bundle else None,
                "applicant": applicant,
                "form": form,
                "materials": materials,
                "delivery": delivery,
                "signature_sha256": self.signature_sha256,
                "submitted_at": self.submitted_at,
            }
            out.append(
                {
                    "kind": "application",
                    "payload": payload,
                    "idempotency_key": self.keys[index],
                    "attachments": attachments,
                }
            )
        return out

    # ---------------------------------------------------------------- navigation

    def back(self) -> None:
        """One step back within the journey (from the form: leave it)."""
        step = self.step
        if step is Step.FORM:
            self.cancel()
        elif step is Step.MATERIALS:
            self._to(Step.FORM)
        elif step is Step.SCAN:
            self._leave_scan()
            self._to(Step.MATERIALS)
        elif step is Step.REVIEW:
            self._to(Step.MATERIALS if self.needs else Step.FORM)
        elif step is Step.SIGN:
            self._to(Step.REVIEW)
        elif step is Step.SUBMIT_FAILED:
            self._to(Step.SIGN)
        else:
            raise ApplyFlowError(f"no way back from {step}")

    def back_to(self, step: Step | str) -> None:
        """Return to an earlier editing step (the router's back button went there)."""
        target = Step(step)
        if target not in EDIT_STEPS or self.step not in (*EDIT_STEPS, Step.SUBMIT_FAILED):
            raise ApplyFlowError(f"cannot go back from {self.step} to {target}")
        order = [*EDIT_STEPS, Step.SUBMIT_FAILED]
        if order.index(target) >= order.index(self.step):
            raise ApplyFlowError(f"{target} is not before {self.step}")
        if self.step is Step.SCAN:
            self._leave_scan()
        self._to(target)

    def cancel(self) -> None:
        """Leave the journey before it was submitted (after that, nothing to cancel)."""
        if self.final or self.submitted or self.step is Step.SUBMITTING:
            return
        self._cancel()

    def _cancel(self) -> None:
        if self.step is Step.SCAN:
            self._emit(EffectKind.STOP_CAMERA)
        self._to(Step.CANCELLED)
        self.wipe()
        self._emit(EffectKind.DONE, step=str(Step.CANCELLED))

    def _leave_scan(self) -> None:
        self._emit(EffectKind.STOP_CAMERA)
        self._pending.pop("page", None)
        self.scan_busy = False
        self._wipe_scan_pages()

    # ---------------------------------------------------------------- privacy

    def wipe(self) -> None:
        """Zero every scan, PDF and the signature; drop form values (visit end)."""
        self._wipe_scan_pages()
        for supply in self.supplies.values():
            supply.wipe()
        self.supplies.clear()
        if self.signature_png is not None:
            self.signature_png[:] = bytes(len(self.signature_png))
            self.signature_png = None
        self.values.clear()
        self.errors.clear()
        self.address = ""
        self.identity = None
        self.ecerts = []

    def _wipe_scan_pages(self) -> None:
        for page in self.scan_pages:
            page[:] = bytes(len(page))
        self.scan_pages = []

    # ---------------------------------------------------------------- internals

    def _enter_form(self) -> None:
        for spec, _owners in self.fields:
            if spec.name in self.values:
                continue
            value = prefill_value(spec.prefill, self.identity)
            if value is not None:
                if spec.type == "select" and value not in (spec.options or ()):
                    continue
                self.values[spec.name] = value
                self.prefilled.add(spec.name)
        self._to(Step.FORM)
        id_number = getattr(self.identity, "id_number", None)
        wants_ecerts = any(need.ecert_type for need in self.needs)
        if id_number and wants_ecerts and self.ecerts_state == "idle":
            self.ecerts_state = "loading"
            self._emit(EffectKind.QUERY_ECERTS, self._start("ecerts"), id_number=id_number)

    def _merge_materials(self) -> list[MaterialNeed]:
        merged: dict[str, dict[str, Any]] = {}
        for index, item in enumerate(self.items):
            for material in item.get("materials") or []:
                key = _material_key(material)
                entry = merged.setdefault(
                    key,
                    {
                        "name": str(material["name"]),
                        "required": False,
                        "ecert_type": material.get("ecert_type"),
                        "tolerance": True,
                        "note": str(material.get("note") or ""),
                        "refs": [],
                    },
                )
                entry["required"] = entry["required"] or bool(material.get("required"))
                entry["tolerance"] = entry["tolerance"] and bool(material.get("tolerance"))
                entry["refs"].append((index, str(material["material_id"])))
        return [
            MaterialNeed(
                key=key,
                name=e["name"],
                required=e["required"],
                ecert_type=e["ecert_type"],
                tolerance=e["tolerance"],
                note=e["note"],
                refs=tuple(e["refs"]),
            )
            for key, e in merged.items()
        ]

    def _spec(self, name: str) -> FieldSpec:
        for spec, _owners in self.fields:
            if spec.name == name:
                return spec
        raise ApplyFlowError(f"no field {name!r} in this form")

    def _owners(self, name: str) -> tuple[int, ...]:
        for spec, owners in self.fields:
            if spec.name == name:
                return owners
        return ()

    def _to(self, step: Step, *, keep_problem: bool = False) -> None:
        self.step = step
        if not keep_problem:
            self.problem = None
        if step is not Step.MATERIALS:
            self.missing_materials = []

    def _start(self, what: str) -> int:
        self._op += 1
        self._pending[what] = self._op
        return self._op

    def _answer(self, what: str, op: int) -> bool:
        if op == 0 or self._pending.get(what) != op:
            return False
        del self._pending[what]
        return True

    def _emit(self, kind: EffectKind, op: int = 0, **payload: Any) -> None:
        self._effects.append(Effect(kind, op, payload))

    def _require(self, *steps: Step) -> None:
        if self.step not in steps:
            wanted = ", ".join(steps)
            raise ApplyFlowError(f"not possible in step {self.step} (only in {wanted})")
