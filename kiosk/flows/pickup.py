"""取件 (collecting a certificate from the pickup cabinet) as a pure state machine.

Two ways in: the pickup code (typed on a keypad; the cabinet compares its hash and locks out
after repeated wrong codes), or the ID card + face (the identity journey; the cabinet's
pickups whose masked holder matches the verified card are listed). The flow never talks to
the cabinet: it asks for effects and is told what happened (the view-model performs them on
the cabinet service's worker and its events)::

    choose ──code──▶ code ──found──▶ opening ──opened──▶ open ──collected──▶ (more?) list
       │              │ wrong (n left) / locked         │  └─not_collected──▶ not_collected
       │              ▼                                 │ door alarm: ``alarm`` set
       └──card──▶ list ──open(p)──▶ opening ──failed──▶ open_failed | busy | not_ready
                  │ nothing: none_found
    all collected ──▶ printing ──printed / failed──▶ done ──finish──▶ (rating)

Effects (``PickupEffect.kind``): ``open`` (pickup id, attempt id; answer :meth:`opened` or
:meth:`open_failed`), ``print`` (the collected pickups; answer :meth:`printed`), ``help`` (call
staff), ``end``. Cabinet events come in through :meth:`cabinet_event`. Each open has its own
attempt id (visit + pickup + try), so a double tap never opens a door twice (the cabinet
refuses a second open of one attempt).

Exceptions: :class:`PickupError` for an event that does not fit the step.
"""

from __future__ import annotations

import enum
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Final

__all__ = [
    "PICKUP_CODE",
    "Pickup",
    "PickupEffect",
    "PickupError",
    "PickupFlow",
    "PickupStep",
]

#: a pickup code as the platform issues it (6 digits)
PICKUP_CODE: Final = re.compile(r"\d{6}")


class PickupStep(enum.StrEnum):
    CHOOSE = "choose"
    CODE = "code"
    LIST = "list"
    OPENING = "opening"
    OPEN = "open"
    NOT_COLLECTED = "not_collected"
    OPEN_FAILED = "open_failed"
    BUSY = "busy"
    NOT_READY = "not_ready"
    LOCKED = "locked"
    NONE_FOUND = "none_found"
    PRINTING = "printing"
    DONE = "done"


class PickupError(Exception):
    """An event that does not fit the current step."""


@dataclass
class Pickup:
    pickup_id: str
    compartment: str
    item_name: str = ""
    holder_hint: str = ""
    application_id: str = ""
    state: str = "waiting"  # waiting | opening | open | collected | not_collected
    collected_at: float = 0.0  # wall clock
    tries: int = 0

    def view(self) -> dict[str, Any]:
        return {
            "pickupId": self.pickup_id,
            "compartment": self.compartment,
            "itemName": self.item_name,
            "holderHint": self.holder_hint,
            "state": self.state,
        }


@dataclass(frozen=True)
class PickupEffect:
    kind: str  # open | print | help | end
    op: int = 0
    payload: dict[str, Any] = field(default_factory=dict)


class PickupFlow:
    """One resident's pickup (see the module docstring)."""

    def __init__(
        self,
        visit_id: str,
        *,
        code_attempts: int = 5,
        close_reminder_s: float = 30.0,
        clock: Callable[[], float] = time.monotonic,
        wall_clock: Callable[[], float] = time.time,
    ) -> None:
        self.visit_id = visit_id
        self.code_attempts = code_attempts
        self.close_reminder_s = close_reminder_s
        self._clock = clock
        self._wall = wall_clock
        self.step = PickupStep.CHOOSE
        self.method = ""  # code | card
        self.pickups: list[Pickup] = []
        self.current: Pickup | None = None
        self.wrong_codes = 0
        self.code_problem = ""  # "" | invalid | wrong
        self.problem = ""  # open_failed reason / busy reason / lockout seconds
        self.alarm = False  # the door was left open too long
        self.remind_close = False
        self.print_state = ""  # printing | printed | failed | skipped
        self.print_reason = ""
        self._op = 0
        self._opened_at = 0.0
        self._effects: list[PickupEffect] = []

    # ---------------------------------------------------------------- resident events

    def use_code(self) -> None:
        self._expect(PickupStep.CHOOSE, PickupStep.NONE_FOUND)
        self.method = "code"
        self.code_problem = ""
        self.step = PickupStep.CODE

    def submit_code(self, typed: str) -> str | None:
        """The code to look up, or None (too short: nothing is looked up)."""
        self._expect(PickupStep.CODE)
        code = "".join(typed.split())
        if not PICKUP_CODE.fullmatch(code):
            self.code_problem = "invalid"
            return None
        return code

    def code_found(self, pickup: Pickup) -> None:
        """The cabinet holds a certificate for the code: open it at once."""
        self._expect(PickupStep.CODE)
        self.wrong_codes = 0
        self.code_problem = ""
        self.pickups = [pickup]
        self._open(pickup)

    def code_wrong(self) -> None:
        self._expect(PickupStep.CODE)
        self.wrong_codes += 1
        self.code_problem = "wrong"

    def locked(self, retry_after_s: float | None) -> None:
        self._expect(PickupStep.CODE, PickupStep.OPENING)
        self.step = PickupStep.LOCKED
        self.problem = str(int((retry_after_s or 0) + 0.999))
        self._effects.append(PickupEffect("help", self._op, {"why": "pickup_locked"}))

    def holder_found(self, pickups: list[Pickup], *, method: str = "card") -> None:
        """The verified resident's certificates waiting in this cabinet (maybe none)."""
        self._expect(PickupStep.CHOOSE)
        self.method = method
        self.pickups = list(pickups)
        self.step = PickupStep.LIST if pickups else PickupStep.NONE_FOUND

    def open(self, pickup_id: str) -> None:
        self._expect(PickupStep.LIST, PickupStep.NOT_COLLECTED)
        pickup = self._find(pickup_id)
        if pickup.state == "collected":
            raise PickupError("already collected")
        self._open(pickup)

    def not_ready(self) -> None:
        """The cabinet cannot serve now (checked before anything is looked up)."""
        self.step = PickupStep.NOT_READY

    def call_help(self) -> None:
        self._effects.append(PickupEffect("help", self._op, {"why": str(self.step)}))

    def back_to_list(self) -> None:
        self._expect(PickupStep.NOT_COLLECTED, PickupStep.OPEN_FAILED, PickupStep.BUSY)
        self._after_pickup()

    def finish(self) -> None:
        """Done here: slips for what was collected (if not printed yet), then the rating."""
        if self.step is PickupStep.PRINTING:
            return
        if self.step is not PickupStep.DONE and self.collected():
            self._print()
            return
        self._effects.append(PickupEffect("end", self._op, {}))

    # ---------------------------------------------------------------- answers

    def opened(self, op: int, compartment: str) -> None:
        if op != self._op or self.step is not PickupStep.OPENING or self.current is None:
            return
        self.current.state = "open"
        if compartment:
            self.current.compartment = compartment
        self.step = PickupStep.OPEN
        self._opened_at = self._clock()
        self.remind_close = False
        self.alarm = False

    def open_failed(self, op: int, kind: str, reason: str = "") -> None:
        """``kind``: open_failed (reason jammed/unconfirmed/unknown), busy, not_ready,
        not_found, already_opened, too_many."""
        if op != self._op or self.step is not PickupStep.OPENING or self.current is None:
            return
        self.current.state = "waiting"
        self.problem = reason
        if kind == "open_failed":
            self.step = PickupStep.OPEN_FAILED
            self._effects.append(PickupEffect("help", op, {"why": "door_did_not_open"}))
        elif kind == "not_ready":
            self.step = PickupStep.NOT_READY
        elif kind == "too_many":
            self.step = PickupStep.LOCKED
            self.problem = ""
        else:  # busy, not_found, already_opened: staff must look at it
            self.step = PickupStep.BUSY

    def cabinet_event(self, name: str, compartment: str, pickup_id: str) -> None:
        pickup = next((p for p in self.pickups if p.pickup_id == pickup_id), None)
        if pickup is None:
            return
        if name == "collected" and pickup.state in ("open", "opening", "not_collected"):
            pickup.state = "collected"
            pickup.collected_at = self._wall()
            if pickup is self.current and self.step in (PickupStep.OPEN, PickupStep.OPENING):
                self.alarm = self.remind_close = False
                self._after_pickup()
        elif name == "not_collected" and pickup.state in ("open", "opening"):
            pickup.state = "not_collected"
            if pickup is self.current:
                self.alarm = self.remind_close = False
                self.step = PickupStep.NOT_COLLECTED
        elif (
            name == "door_alarm"
            and pickup is self.current
            and self.step is PickupStep.OPEN
            and not self.alarm
        ):
            self.alarm = True
            self._effects.append(PickupEffect("help", self._op, {"why": "door_left_open"}))

    def tick(self) -> None:
        elapsed = self._clock() - self._opened_at
        if self.step is PickupStep.OPEN and elapsed >= self.close_reminder_s:
            self.remind_close = True

    def printed(self, ok: bool, reason: str = "") -> None:
        if self.step is not PickupStep.PRINTING:
            return
        self.print_state = "printed" if ok else "failed"
        self.print_reason = "" if ok else reason
        self.step = PickupStep.DONE

    # ---------------------------------------------------------------- queries

    @property
    def op(self) -> int:
        return self._op

    def collected(self) -> list[Pickup]:
        return [p for p in self.pickups if p.state == "collected"]

    def waiting(self) -> list[Pickup]:
        return [p for p in self.pickups if p.state != "collected"]

    @property
    def code_attempts_left(self) -> int:
        return max(0, self.code_attempts - self.wrong_codes)

    def take_effects(self) -> list[PickupEffect]:
        effects, self._effects = self._effects, []
        return effects

    # ---------------------------------------------------------------- helpers

    def _open(self, pickup: Pickup) -> None:
        self._op += 1
        pickup.tries += 1
        pickup.state = "opening"
        self.current = pickup
        self.problem = ""
        self.step = PickupStep.OPENING
        attempt = f"{self.visit_id}-{pickup.pickup_id}-{pickup.tries}"
        self._effects.append(
            PickupEffect("open", self._op, {"pickup_id": pickup.pickup_id, "attempt_id": attempt})
        )

    def _after_pickup(self) -> None:
        if self.waiting():
            if len(self.pickups) > 1:
                self.step = PickupStep.LIST
            return
        if self.collected():
            self._print()

    def _print(self) -> None:
        self.step = PickupStep.PRINTING
        self.print_state = "printing"
        self._effects.append(
            PickupEffect("print", self._op, {"pickups": [p.pickup_id for p in self.collected()]})
        )

    def _find(self, pickup_id: str) -> Pickup:
        for pickup in self.pickups:
            if pickup.pickup_id == pickup_id:
                return pickup
        raise PickupError(f"no pickup {pickup_id!r} in this visit")

    def _expect(self, *steps: PickupStep) -> None:
        if self.step not in steps:
            raise PickupError(f"not possible in step {self.step}")
