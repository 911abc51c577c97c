"""The rating flow (好差评) without Qt: levels, reasons on a low rating, skip, one per visit."""

from __future__ import annotations

import pytest

from kiosk.flows.rating import REASONS, RatingError, RatingFlow, RatingStep, evaluation_key


def effects(flow: RatingFlow) -> list[str]:
    return [e.kind for e in flow.take_effects()]


def test_a_good_rating_is_submitted_at_once() -> None:
    flow = RatingFlow("v1", item_id="I1", application_id="SQ1")
    flow.choose(5)
    assert flow.step is RatingStep.SAVING
    [effect] = flow.take_effects()
    assert effect.kind == "submit"
    assert effect.payload["body"] == {
        "visit_id": "v1",
        "level": 5,
        "reasons": [],
        "application_id": "SQ1",
        "item_id": "I1",
    }
    assert effect.payload["key"] == evaluation_key("v1")


def test_a_low_rating_asks_for_reasons_before_submitting() -> None:
    flow = RatingFlow("v1")
    flow.choose(2)
    assert flow.step is RatingStep.REASONS
    assert effects(flow) == []
    flow.toggle_reason("too_slow")
    flow.toggle_reason("device_fault")
    flow.toggle_reason("device_fault")
    flow.submit()
    [effect] = flow.take_effects()
    assert effect.payload["body"]["level"] == 2
    assert effect.payload["body"]["reasons"] == ["too_slow"]


def test_a_low_rating_may_go_without_reasons() -> None:
    flow = RatingFlow("v1")
    flow.choose(1)
    flow.submit()
    [effect] = flow.take_effects()
    assert effect.payload["body"]["reasons"] == []


def test_the_level_can_be_changed_while_choosing_reasons() -> None:
    flow = RatingFlow("v1")
    flow.choose(1)
    flow.choose(4)
    assert flow.step is RatingStep.SAVING
    assert flow.take_effects()[0].payload["body"]["level"] == 4


def test_unknown_levels_and_reasons_are_refused() -> None:
    flow = RatingFlow("v1")
    with pytest.raises(RatingError):
        flow.choose(6)
    flow.choose(2)
    with pytest.raises(RatingError):
        flow.toggle_reason("rude")
    assert set(REASONS) >= {"too_slow"}


def test_skipping_ends_without_submitting() -> None:
    flow = RatingFlow("v1")
    flow.skip()
    assert flow.step is RatingStep.SKIPPED
    assert effects(flow) == ["end"]
    assert not flow.rated


def test_skipping_is_possible_from_the_reasons() -> None:
    flow = RatingFlow("v1")
    flow.choose(1)
    flow.skip()
    assert effects(flow) == ["end"]


def test_saved_leads_to_thanks_and_finish_ends_the_visit() -> None:
    flow = RatingFlow("v1")
    flow.choose(3)
    flow.take_effects()
    flow.saved_ok()
    assert flow.step is RatingStep.THANKS and flow.saved is True and flow.rated
    flow.finish()
    assert effects(flow) == ["end"]


def test_a_failed_save_still_thanks_and_says_so() -> None:
    flow = RatingFlow("v1")
    flow.choose(3)
    flow.save_failed()
    assert flow.step is RatingStep.THANKS and flow.saved is False


def test_a_visit_already_rated_offers_nothing() -> None:
    flow = RatingFlow("v1", already_rated=True)
    assert flow.step is RatingStep.ALREADY
    with pytest.raises(RatingError):
        flow.choose(5)
    flow.finish()
    assert effects(flow) == ["end"]


def test_a_double_tap_after_submitting_is_refused() -> None:
    flow = RatingFlow("v1")
    flow.choose(5)
    with pytest.raises(RatingError):
        flow.choose(4)
    with pytest.raises(RatingError):
        flow.skip()


def test_the_key_is_one_per_visit() -> None:
    assert evaluation_key("abc") == evaluation_key("abc") != evaluation_key("abd")
