"""好差评 (rating of the visit) as a pure state machine: no Qt, no I/O.

The last step of a journey. The resident picks one of five levels (5 非常满意 … 1 非常不满意);
a low rating (1 or 2) asks for optional reasons (chips, no free text), then the rating is
submitted through the outbox (``evaluation`` → ``POST /evaluations``), so it is never lost when
the network is down. Skipping is allowed at any time before submitting.

One rating per visit: the view-model remembers the visit ids already rated and starts the flow
with ``already_rated``; such a flow offers nothing and only says thank you. The idempotency key
is derived from the visit id (:func:`evaluation_key`), so even a double submission stays one
evaluation on the platform.

Steps::

    choose ──level 3..5──────────────▶ saving ──saved──▶ thanks
       │   └─level 1..2──▶ reasons ──submit──▶ ┘  └─save_failed──▶ thanks (saved=False)
       └──skip (also from reasons)──▶ skipped
    already (already_rated at start)

Effects (taken by the view-model with :meth:`RatingFlow.take_effects`):
``submit`` (payload, idempotency key) and ``end`` (the visit may end: "completed").

Exceptions: :class:`RatingError` for an event that does not fit the step (a double tap); the
view-model ignores it.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Any, Final

__all__ = [
    "LEVELS",
    "LOW_LEVEL_MAX",
    "REASONS",
    "RatingEffect",
    "RatingError",
    "RatingFlow",
    "RatingStep",
    "evaluation_key",
]

#: levels from best to worst (the order of the buttons)
LEVELS: Final = (5, 4, 3, 2, 1)
#: ratings at or below this ask for reasons
LOW_LEVEL_MAX: Final = 2
#: reason codes offered on a low rating (the screens translate them)
REASONS: Final = ("hard_to_use", "too_slow", "device_fault", "unclear_info", "not_solved")


class RatingStep(enum.StrEnum):
    CHOOSE = "choose"
    REASONS = "reasons"
    SAVING = "saving"
    THANKS = "thanks"
    SKIPPED = "skipped"
    ALREADY = "already"


class RatingError(Exception):
    """An event that does not fit the current step."""


@dataclass(frozen=True)
class RatingEffect:
    kind: str  # "submit" | "end"
    payload: dict[str, Any] = field(default_factory=dict)


def evaluation_key(visit_id: str) -> str:
    """The outbox idempotency key of a visit's rating: one rating per visit, even on a retry."""
    return f"evaluation-{visit_id}"


class RatingFlow:
    """One rating of one visit (see the module docstring)."""

    def __init__(
        self,
        visit_id: str,
        *,
        already_rated: bool = False,
        item_id: str | None = None,
        application_id: str | None = None,
    ) -> None:
        if not visit_id:
            raise ValueError("a rating needs the visit id")
        self.visit_id = visit_id
        self.item_id = item_id or None
        self.application_id = application_id or None
        self.level = 0
        self.reasons: list[str] = []
        self.saved: bool | None = None  # None until the outbox answered
        self.step = RatingStep.ALREADY if already_rated else RatingStep.CHOOSE
        self._effects: list[RatingEffect] = []

    # ---------------------------------------------------------------- events

    def choose(self, level: int) -> None:
        self._expect(RatingStep.CHOOSE, RatingStep.REASONS)
        if level not in LEVELS:
            raise RatingError(f"no rating level {level!r}")
        self.level = level
        if level <= LOW_LEVEL_MAX:
            self.step = RatingStep.REASONS
        else:
            self.reasons = []
            self._submit()

    def toggle_reason(self, code: str) -> None:
        self._expect(RatingStep.REASONS)
        if code not in REASONS:
            raise RatingError(f"no reason {code!r}")
        if code in self.reasons:
            self.reasons.remove(code)
        else:
            self.reasons.append(code)

    def submit(self) -> None:
        """Send the low rating with the reasons chosen (none is fine)."""
        self._expect(RatingStep.REASONS)
        self._submit()

    def skip(self) -> None:
        self._expect(RatingStep.CHOOSE, RatingStep.REASONS)
        self.step = RatingStep.SKIPPED
        self._effects.append(RatingEffect("end"))

    def saved_ok(self) -> None:
        """The outbox holds the rating durably."""
        self._expect(RatingStep.SAVING)
        self.saved = True
        self.step = RatingStep.THANKS

    def save_failed(self) -> None:
        """The outbox could not take it (disk full...): thank the resident anyway, say so."""
        self._expect(RatingStep.SAVING)
        self.saved = False
        self.step = RatingStep.THANKS

    def finish(self) -> None:
        """The thank-you (or already-rated) screen is done: the visit may end."""
        self._expect(RatingStep.THANKS, RatingStep.ALREADY)
        self._effects.append(RatingEffect("end"))

    # ---------------------------------------------------------------- queries

    @property
    def final(self) -> bool:
        return self.step in (RatingStep.THANKS, RatingStep.SKIPPED, RatingStep.ALREADY)

    @property
    def rated(self) -> bool:
        """True once this visit's rating was handed to the outbox (offer no second one)."""
        return self.step in (RatingStep.SAVING, RatingStep.THANKS) and self.level > 0

    def payload(self) -> dict[str, Any]:
        """The ``POST /evaluations`` body (no personal data)."""
        body: dict[str, Any] = {
            "visit_id": self.visit_id,
            "level": self.level,
            "reasons": list(self.reasons),
        }
        if self.application_id:
            body["application_id"] = self.application_id
        if self.item_id:
            body["item_id"] = self.item_id
        return body

    def take_effects(self) -> list[RatingEffect]:
        effects, self._effects = self._effects, []
        return effects

    # ---------------------------------------------------------------- helpers

    def _submit(self) -> None:
        self.step = RatingStep.SAVING
        self._effects.append(
            RatingEffect("submit", {"body": self.payload(), "key": evaluation_key(self.visit_id)})
        )

    def _expect(self, *steps: RatingStep) -> None:
        if self.step not in steps:
            raise RatingError(f"not possible in step {self.step}")
