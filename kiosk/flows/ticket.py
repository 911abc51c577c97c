"""取号 (queue ticket) and 预约签到 (appointment check-in) as a pure state machine.

Both ask the platform for a number, which only the platform can give. "Outbox first" still
holds: the request is written to the outbox (``queue_ticket`` → ``POST /queue/tickets``,
``checkin`` → ``POST /appointments/checkin``, each with its own idempotency key) and the drain
sends it; the flow then waits a bounded time for the drain's answer.

No ghost tickets. A number issued after the resident was told "no ticket" would sit in the
hall's queue for nobody (and a late check-in would mark an appointment as attended). So:

* the request carries ``not_after`` = now + ``send_window_s`` (Unix seconds); the drain never
  sends it after that instant (:mod:`kiosk.services.outbox`);
* at that instant the flow asks for the item's state (effect ``check``): still ``pending``
  means it can never be sent, so the resident is told at once that tickets cannot be issued
  now and to ask staff; ``in_flight`` means a send is under way, so the flow waits up to
  ``answer_grace_s`` more (the HTTP read timeout) for its answer;
* only if that send hangs past the grace (the platform took the request and never answered)
  can a number exist that nobody holds; if its answer still arrives while the resident is on
  the screen, the flow shows it after all (``late``).

Steps::

    choose ──ticket(service)/checkin(card|code)──▶ requesting ──answer──▶ issued
       ▲  └──code──▶ code ──submit──▶ ┘                 │ no_appointment ─▶ no_appointment
       │                                                │ refused (4xx)  ─▶ refused
       └──────────── again ◀──────────────────────────  │ deadline, store ─▶ unavailable
                                                        (a late answer in unavailable ─▶ issued)

Effects (``TicketEffect.kind``): ``enqueue`` (kind, body, key; answer :meth:`queued` /
:meth:`queue_failed`), ``check`` (item id; answer :meth:`item_state`), ``print`` (the ticket),
``end`` (to the rating). Answers carry the operation number; stale ones are ignored.

Exceptions: :class:`TicketError` for an event that does not fit the step (a double tap).
"""

from __future__ import annotations

import enum
import re
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Final

__all__ = [
    "APPOINTMENT_CODE",
    "SERVICE_TYPES",
    "TicketEffect",
    "TicketError",
    "TicketFlow",
    "TicketStep",
    "TicketTimeouts",
]

#: service types offered for a ticket: ``general`` and theme codes of the platform
SERVICE_TYPES: Final = (
    "general",
    "social_security",
    "medical_insurance",
    "housing_fund",
    "household",
    "real_estate",
    "business_start",
    "tax",
)
#: an appointment code as the platform issues it (8 digits)
APPOINTMENT_CODE: Final = re.compile(r"\d{8}")


class TicketStep(enum.StrEnum):
    CHOOSE = "choose"
    CODE = "code"
    REQUESTING = "requesting"
    ISSUED = "issued"
    NO_APPOINTMENT = "no_appointment"
    REFUSED = "refused"
    UNAVAILABLE = "unavailable"


class TicketError(Exception):
    """An event that does not fit the current step."""


@dataclass(frozen=True)
class TicketTimeouts:
    send_window_s: float = 8.0  # the drain may send the request until then
    answer_grace_s: float = 12.0  # a send under way at the deadline may answer until then


@dataclass(frozen=True)
class TicketEffect:
    kind: str  # enqueue | check | print | end
    op: int = 0
    payload: dict[str, Any] = field(default_factory=dict)

    def __repr__(self) -> str:  # a check-in body holds an ID number
        return f"TicketEffect({self.kind}, op={self.op})"


class TicketFlow:
    """One resident's ticket or check-in (see the module docstring)."""

    def __init__(
        self,
        *,
        timeouts: TicketTimeouts | None = None,
        clock: Callable[[], float] = time.monotonic,
        wall_clock: Callable[[], float] = time.time,
    ) -> None:
        self.timeouts = timeouts or TicketTimeouts()
        self._clock = clock
        self._wall = wall_clock
        self.step = TicketStep.CHOOSE
        self.purpose = ""  # ticket | checkin
        self.method = ""  # checkin by: card | code
        self.service_type = ""
        self.answer: dict[str, Any] = {}
        self.reason = ""  # why unavailable/refused: timeout | offline | store | <error code>
        self.late = False
        self.print_state = ""  # "" | printing | printed | failed
        self.print_reason = ""
        self._op = 0
        self._item_id = ""
        self._send_deadline = 0.0
        self._final_deadline = 0.0
        self._checked = False
        self._in_flight = False
        self._effects: list[TicketEffect] = []

    # ---------------------------------------------------------------- resident events

    def request_ticket(self, service_type: str) -> None:
        self._expect(TicketStep.CHOOSE)
        if service_type not in SERVICE_TYPES:
            raise TicketError(f"unknown service type {service_type!r}")
        self.purpose, self.method, self.service_type = "ticket", "", service_type
        self._request("queue_ticket", {"service_type": service_type})

    def enter_code(self) -> None:
        self._expect(TicketStep.CHOOSE, TicketStep.NO_APPOINTMENT, TicketStep.REFUSED)
        self.step = TicketStep.CODE
        self.reason = ""

    def checkin_by_code(self, typed: str) -> bool:
        """False (and nothing sent) when ``typed`` is not an 8-digit code."""
        self._expect(TicketStep.CODE)
        code = "".join(typed.split())
        if not APPOINTMENT_CODE.fullmatch(code):
            self.reason = "invalid_code"
            return False
        self.purpose, self.method = "checkin", "code"
        self._request("checkin", {"code": code})
        return True

    def checkin_by_card(self, id_number: str) -> None:
        """The identity journey read the card; check in the holder's appointment of today."""
        self._expect(TicketStep.CHOOSE)
        if not id_number:
            raise TicketError("no ID number")
        self.purpose, self.method = "checkin", "card"
        self._request("checkin", {"id_number": id_number})

    def again(self) -> None:
        """Back to the choice (after a refusal, "no appointment" or "unavailable")."""
        self._expect(
            TicketStep.CODE,
            TicketStep.NO_APPOINTMENT,
            TicketStep.REFUSED,
            TicketStep.UNAVAILABLE,
        )
        self._op += 1  # whatever is still on its way belongs to the old request
        self._item_id = ""
        self.step = TicketStep.CHOOSE
        self.reason = ""

    def finish(self) -> None:
        """The resident has the number (or gives up): on to the rating."""
        self._effects.append(TicketEffect("end"))

    # ---------------------------------------------------------------- answers

    def queued(self, op: int, item_id: str) -> None:
        if op == self._op and self.step is TicketStep.REQUESTING:
            self._item_id = item_id

    def queue_failed(self, op: int) -> None:
        if op == self._op and self.step is TicketStep.REQUESTING:
            self._unavailable("store")

    def answered(self, item_id: str, response: dict[str, Any]) -> None:
        """The drain's answer for an item (``itemDone``): ignored unless it is ours."""
        if not item_id or item_id != self._item_id:
            return
        if self.step not in (TicketStep.REQUESTING, TicketStep.UNAVAILABLE):
            return
        if response.get("not_sent"):
            if self.step is TicketStep.REQUESTING:
                self._unavailable("offline")
            return
        self.late = self.step is TicketStep.UNAVAILABLE
        self.answer = dict(response)
        self.step = TicketStep.ISSUED
        self.reason = ""
        self.print_state = "printing"
        self._effects.append(TicketEffect("print", self._op, self.ticket()))

    def refused(self, item_id: str, code: str) -> None:
        """The platform refused the item (``deadLettered``)."""
        if not item_id or item_id != self._item_id or self.step is not TicketStep.REQUESTING:
            return
        if code == "no_appointment":
            self.step = TicketStep.NO_APPOINTMENT
        else:
            self.step = TicketStep.REFUSED
        self.reason = code

    def item_state(self, op: int, state: str) -> None:
        """Answer of ``check``: the item's outbox state after the send deadline."""
        if op != self._op or self.step is not TicketStep.REQUESTING:
            return
        if state == "pending":
            self._unavailable("offline")  # the drain will never send it now
        elif state == "in_flight":
            self._in_flight = True  # a send is under way: its answer may still come
        elif state in ("", "missing"):
            self._unavailable("offline")

    def tick(self) -> None:
        if self.step is not TicketStep.REQUESTING:
            return
        now = self._clock()
        if now >= self._send_deadline and not self._checked and self._item_id:
            self._checked = True
            self._effects.append(TicketEffect("check", self._op, {"item_id": self._item_id}))
        if now >= self._final_deadline:
            self._unavailable("timeout")

    def printed(self, ok: bool, reason: str = "") -> None:
        if self.step is not TicketStep.ISSUED:
            return
        self.print_state = "printed" if ok else "failed"
        self.print_reason = "" if ok else reason

    # ---------------------------------------------------------------- queries

    @property
    def op(self) -> int:
        return self._op

    @property
    def item_id(self) -> str:
        return self._item_id

    def remaining_s(self) -> float | None:
        if self.step is not TicketStep.REQUESTING:
            return None
        return max(0.0, self._final_deadline - self._clock())

    def ticket(self) -> dict[str, Any]:
        """What the screen and the printed ticket show (no personal data)."""
        answer = self.answer
        return {
            "purpose": self.purpose,
            "serviceType": self.service_type,
            "number": str(answer.get("ticket_no", "")),
            "waiting": int(answer.get("waiting", 0) or 0),
            "issuedAt": str(answer.get("issued_at", "")),
            "itemName": str(answer.get("item_name", "")),
            "window": str(answer.get("window", "")),
            "time": str(answer.get("time", "")),
            "alreadyCheckedIn": bool(answer.get("already_checked_in", False)),
        }

    def take_effects(self) -> list[TicketEffect]:
        effects, self._effects = self._effects, []
        return effects

    # ---------------------------------------------------------------- helpers

    def _request(self, kind: str, body: dict[str, Any]) -> None:
        self._op += 1
        self._item_id = ""
        self._checked = False
        self._in_flight = False
        self.answer = {}
        self.reason = ""
        self.late = False
        self.print_state = self.print_reason = ""
        self.step = TicketStep.REQUESTING
        now = self._clock()
        self._send_deadline = now + self.timeouts.send_window_s
        self._final_deadline = self._send_deadline + self.timeouts.answer_grace_s
        body = {**body, "not_after": round(self._wall() + self.timeouts.send_window_s, 3)}
        key = f"{kind}-{uuid.uuid4().hex}"
        self._effects.append(
            TicketEffect("enqueue", self._op, {"kind": kind, "body": body, "key": key})
        )

    def _unavailable(self, reason: str) -> None:
        self.step = TicketStep.UNAVAILABLE
        self.reason = reason

    def _expect(self, *steps: TicketStep) -> None:
        if self.step not in steps:
            raise TicketError(f"not possible in step {self.step}")
