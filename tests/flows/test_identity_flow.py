"""The identity journey's state machine, driven by plain calls: every transition and timeout."""

from __future__ import annotations

import datetime as dt

import pytest

from drivers.camera.qr import format_code
from drivers.idcard.samples import sandbox_resident
from kiosk.flows.identity import (
    Action,
    EffectKind,
    IdentityFlow,
    IdentityFlowError,
    IdentityTimeouts,
    Level,
    Problem,
    Prompt,
    Step,
)
from kiosk.session import EndReason, ResidentSession

TOKEN = "T" * 32


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def session():
    s = ResidentSession()
    yield s
    s.wipe(EndReason.COMPLETED)


def make(session, clock, level=Level.IDCARD_FACE, **kwargs) -> IdentityFlow:
    return IdentityFlow(
        session,
        level,
        timeouts=kwargs.pop("timeouts", IdentityTimeouts()),
        clock=clock,
        today=lambda: dt.date(2026, 11, 22),
        **kwargs,
    )


def kinds(flow: IdentityFlow) -> list[EffectKind]:
    return [e.kind for e in flow.take_effects()]


def last_op(flow: IdentityFlow, kind: EffectKind) -> int:
    ops = [e.op for e in flow.take_effects() if e.kind is kind]
    assert ops, f"no {kind} effect"
    return ops[-1]


def prompts(effects) -> list[Prompt]:
    return [e.payload["prompt"] for e in effects if e.kind is EffectKind.SAY]


def at_reading(flow: IdentityFlow) -> int:
    flow.agree()
    flow.take_effects()
    flow.card_inserted()
    return flow._pending_op


def read_ok(flow: IdentityFlow, kind: str = "zhangsan", **record) -> None:
    op = at_reading(flow)
    flow.card_read(op, sandbox_resident(kind, **record))


def at_capture(flow: IdentityFlow) -> int:
    read_ok(flow)
    flow.agree_face()
    return last_op(flow, EffectKind.START_FACE)


def at_verifying(flow: IdentityFlow) -> int:
    op = at_capture(flow)
    flow.face_progress(op, "liveness")
    flow.face_progress(op, "ready")
    return last_op(flow, EffectKind.VERIFY_FACE)


def at_qr_verifying(flow: IdentityFlow) -> int:
    flow.use_qr()
    flow.take_effects()
    flow.qr_scanned(format_code("ident", TOKEN))
    return last_op(flow, EffectKind.VERIFY_QR)


# ------------------------------------------------------------------------------ consent


def test_starts_at_consent_with_every_way_forward(session, clock):
    flow = make(session, clock)
    assert flow.step is Step.CONSENT
    assert flow.actions() == [Action.AGREE, Action.USE_QR, Action.STAFF, Action.CANCEL]


def test_without_qr_the_qr_path_is_not_offered(session, clock):
    flow = make(session, clock, qr_allowed=False)
    assert Action.USE_QR not in flow.actions()
    with pytest.raises(IdentityFlowError):
        flow.use_qr()


def test_consent_leads_to_place_card_with_prompt_and_probe(session, clock):
    flow = make(session, clock)
    flow.agree()
    effects = flow.take_effects()
    assert flow.step is Step.PLACE_CARD
    assert prompts(effects) == [Prompt.PLACE_CARD]
    assert [e.kind for e in effects if e.kind is EffectKind.READ_CARD]


def test_consent_has_no_timeout(session, clock):
    flow = make(session, clock)
    clock.advance(3600)
    flow.tick()
    assert flow.step is Step.CONSENT
    assert flow.remaining_s() is None


def test_face_consent_needs_its_own_step(session, clock):
    flow = make(session, clock)
    with pytest.raises(IdentityFlowError):
        flow.agree_face()


# ------------------------------------------------------------------------------ the card


def test_probe_finding_no_card_keeps_waiting(session, clock):
    flow = make(session, clock)
    flow.agree()
    op = last_op(flow, EffectKind.READ_CARD)
    flow.card_failed(op, Problem.NO_CARD)
    assert flow.step is Step.PLACE_CARD
    assert flow.problem is None


def test_card_arriving_starts_a_read(session, clock):
    flow = make(session, clock)
    flow.agree()
    probe = last_op(flow, EffectKind.READ_CARD)
    flow.card_failed(probe, Problem.NO_CARD)
    flow.card_inserted()
    assert flow.step is Step.READING
    assert last_op(flow, EffectKind.READ_CARD) > probe


def test_card_arriving_during_a_probe_waits_for_that_probe(session, clock):
    flow = make(session, clock)
    flow.agree()
    probe = last_op(flow, EffectKind.READ_CARD)
    flow.card_inserted()
    assert EffectKind.READ_CARD not in kinds(flow)
    flow.card_read(probe, sandbox_resident("zhangsan"))
    assert flow.step is Step.FACE_CONSENT


def test_probe_reads_a_card_already_on_the_reader(session, clock):
    flow = make(session, clock, level=Level.IDCARD)
    flow.agree()
    flow.card_read(last_op(flow, EffectKind.READ_CARD), sandbox_resident("zhaoliu"))
    assert flow.step is Step.VERIFIED


def test_place_card_probes_again_every_few_seconds(session, clock):
    flow = make(session, clock)
    flow.agree()
    flow.card_failed(last_op(flow, EffectKind.READ_CARD), Problem.NO_CARD)
    clock.advance(2.5)
    flow.tick()
    assert EffectKind.READ_CARD in kinds(flow)


def test_place_card_timeout_is_no_card(session, clock):
    flow = make(session, clock, timeouts=IdentityTimeouts(place_card_s=10))
    flow.agree()
    clock.advance(10)
    flow.tick()
    assert (flow.step, flow.problem) == (Step.ERROR, Problem.NO_CARD)
    assert flow.actions()[0] is Action.PLACE_AGAIN


def test_timeouts_scale_for_elder_mode(session, clock):
    flow = make(session, clock, timeouts=IdentityTimeouts(place_card_s=10).scaled(2.0))
    flow.agree()
    clock.advance(15)
    flow.tick()
    assert flow.step is Step.PLACE_CARD
    assert flow.remaining_s() == pytest.approx(5)


def test_reading_timeout_is_a_reader_fault(session, clock):
    flow = make(session, clock, timeouts=IdentityTimeouts(reading_s=5))
    at_reading(flow)
    clock.advance(5)
    flow.tick()
    assert (flow.step, flow.problem) == (Step.ERROR, Problem.READER_FAULT)


def test_card_read_is_recorded_in_the_session_without_photo(session, clock):
    flow = make(session, clock)
    read_ok(flow)
    identity = session.identity
    assert identity is not None
    assert (identity.name, identity.id_number) == ("张三", "370102198503120118")
    assert identity.photo is None
    assert flow.step is Step.FACE_CONSENT


def test_idcard_level_is_verified_by_the_card_alone(session, clock):
    flow = make(session, clock, level=Level.IDCARD)
    read_ok(flow)
    effects = flow.take_effects()
    assert flow.step is Step.VERIFIED and flow.verified_by == "idcard"
    assert prompts(effects) == [Prompt.TAKE_CARD]
    assert effects[-1].kind is EffectKind.DONE


def test_expired_card_is_an_error_and_not_recorded(session, clock):
    flow = make(session, clock)
    read_ok(flow, valid_to="2026-11-21")
    assert (flow.step, flow.problem) == (Step.ERROR, Problem.EXPIRED)
    assert session.identity is None
    assert Action.PLACE_AGAIN not in flow.actions()


def test_long_term_card_is_not_expired(session, clock):
    flow = make(session, clock)
    read_ok(flow, valid_to="long_term")
    assert flow.step is Step.FACE_CONSENT


@pytest.mark.parametrize(
    "problem", [Problem.CARD_REMOVED, Problem.UNREADABLE, Problem.READER_FAULT]
)
def test_read_failures_are_errors_with_a_way_forward(session, clock, problem):
    flow = make(session, clock)
    op = at_reading(flow)
    flow.card_failed(op, problem)
    assert (flow.step, flow.problem) == (Step.ERROR, problem)
    assert Action.STAFF in flow.actions() and Action.CANCEL in flow.actions()


def test_reader_fault_during_a_probe_is_an_error(session, clock):
    flow = make(session, clock)
    flow.agree()
    flow.card_failed(last_op(flow, EffectKind.READ_CARD), Problem.READER_FAULT)
    assert flow.problem is Problem.READER_FAULT


def test_a_lost_card_after_arrival_is_read_again_then_given_up(session, clock):
    flow = make(session, clock)
    op = at_reading(flow)
    for _ in range(2):
        flow.card_failed(op, Problem.NO_CARD)
        assert flow.step is Step.READING
        op = last_op(flow, EffectKind.READ_CARD)
    flow.card_failed(op, Problem.NO_CARD)
    assert flow.problem is Problem.NO_CARD


def test_place_again_after_an_error(session, clock):
    flow = make(session, clock)
    flow.card_failed(at_reading(flow), Problem.CARD_REMOVED)
    flow.place_again()
    assert flow.step is Step.PLACE_CARD and flow.problem is None


def test_try_again_after_reader_fault_waits_for_the_card(session, clock):
    flow = make(session, clock)
    flow.card_failed(at_reading(flow), Problem.READER_FAULT)
    flow.try_again()
    assert flow.step is Step.PLACE_CARD


def test_reader_going_offline_while_waiting_is_an_error(session, clock):
    flow = make(session, clock)
    flow.agree()
    flow.reader_offline()
    assert flow.problem is Problem.READER_FAULT


def test_reader_going_offline_later_does_not_matter(session, clock):
    flow = make(session, clock)
    read_ok(flow)
    flow.reader_offline()
    assert flow.step is Step.FACE_CONSENT


def test_a_stale_read_answer_is_ignored(session, clock):
    flow = make(session, clock)
    op = at_reading(flow)
    flow.card_failed(op, Problem.CARD_REMOVED)
    flow.place_again()
    flow.card_read(op, sandbox_resident("zhangsan"))
    assert flow.step is Step.PLACE_CARD
    assert session.identity is None


# ------------------------------------------------------------------------------ the face


def test_face_consent_starts_capture_and_asks_to_look(session, clock):
    flow = make(session, clock)
    read_ok(flow)
    flow.take_effects()
    flow.agree_face()
    effects = flow.take_effects()
    assert flow.step is Step.FACE_CAPTURE
    assert EffectKind.START_FACE in [e.kind for e in effects]
    assert prompts(effects) == [Prompt.LOOK_AT_CAMERA]


def test_face_consent_offers_staff_instead(session, clock):
    flow = make(session, clock)
    read_ok(flow)
    assert flow.actions() == [Action.AGREE_FACE, Action.STAFF, Action.CANCEL]


def test_capture_moves_to_liveness_then_verifying(session, clock):
    flow = make(session, clock)
    op = at_capture(flow)
    flow.face_progress(op, "align")
    assert flow.step is Step.FACE_CAPTURE
    flow.face_progress(op, "liveness")
    assert flow.step is Step.LIVENESS
    flow.face_progress(op, "ready")
    assert flow.step is Step.VERIFYING
    assert EffectKind.VERIFY_FACE in kinds(flow)


def test_match_verifies_with_take_card_prompt(session, clock):
    flow = make(session, clock)
    flow.face_result(at_verifying(flow), "match")
    effects = flow.take_effects()
    assert flow.step is Step.VERIFIED and flow.verified_by == "idcard_face"
    assert EffectKind.STOP_CAMERA in [e.kind for e in effects]
    assert prompts(effects) == [Prompt.TAKE_CARD]
    assert session.identity is not None


def test_no_match_allows_one_retry_then_only_staff(session, clock):
    flow = make(session, clock)
    flow.face_result(at_verifying(flow), "no_match")
    assert flow.step is Step.NOT_MATCHED
    assert flow.actions() == [Action.TRY_AGAIN, Action.STAFF, Action.CANCEL]
    flow.try_again()
    assert flow.step is Step.FACE_CAPTURE
    op = last_op(flow, EffectKind.START_FACE)
    flow.face_progress(op, "ready")
    flow.face_result(last_op(flow, EffectKind.VERIFY_FACE), "no_match")
    assert flow.actions() == [Action.STAFF, Action.CANCEL]
    with pytest.raises(IdentityFlowError):
        flow.try_again()


def test_unavailable_goes_to_the_staff_path(session, clock):
    flow = make(session, clock)
    flow.face_result(at_verifying(flow), "unavailable")
    assert flow.step is Step.UNAVAILABLE
    assert flow.actions() == [Action.STAFF, Action.CANCEL]
    flow.take_effects()
    flow.use_staff()
    effects = flow.take_effects()
    assert flow.step is Step.STAFF
    assert EffectKind.CALL_STAFF in [e.kind for e in effects]


def test_matcher_asking_for_staff_calls_staff(session, clock):
    flow = make(session, clock)
    flow.face_result(at_verifying(flow), "needs_staff")
    assert flow.step is Step.STAFF


def test_verification_that_could_not_be_asked_is_unavailable(session, clock):
    flow = make(session, clock)
    flow.verify_failed(at_verifying(flow))
    assert flow.step is Step.UNAVAILABLE


def test_verifying_timeout_is_unavailable_and_late_answer_ignored(session, clock):
    flow = make(session, clock, timeouts=IdentityTimeouts(verifying_s=5))
    op = at_verifying(flow)
    clock.advance(5)
    flow.tick()
    assert flow.step is Step.UNAVAILABLE
    flow.face_result(op, "match")
    assert flow.step is Step.UNAVAILABLE


def test_face_timeout_guard(session, clock):
    flow = make(session, clock, timeouts=IdentityTimeouts(face_s=30))
    at_capture(flow)
    clock.advance(30)
    flow.tick()
    assert (flow.step, flow.problem) == (Step.ERROR, Problem.FACE_TIMEOUT)
    assert EffectKind.STOP_CAMERA in kinds(flow)


def test_liveness_timeout_guard(session, clock):
    flow = make(session, clock, timeouts=IdentityTimeouts(face_s=30))
    flow.face_progress(at_capture(flow), "liveness")
    clock.advance(31)
    flow.tick()
    assert flow.problem is Problem.FACE_TIMEOUT


def test_align_failure_is_face_timeout_and_can_be_retried(session, clock):
    flow = make(session, clock)
    flow.face_progress(at_capture(flow), "failed", "align_timeout")
    assert (flow.step, flow.problem) == (Step.ERROR, Problem.FACE_TIMEOUT)
    flow.try_again()
    assert flow.step is Step.FACE_CAPTURE


def test_liveness_failure_is_reported(session, clock):
    flow = make(session, clock)
    op = at_capture(flow)
    flow.face_progress(op, "liveness")
    flow.face_progress(op, "failed", "frozen_frame")
    assert flow.problem is Problem.LIVENESS_FAILED


def test_capture_attempts_are_limited(session, clock):
    flow = make(session, clock, max_capture_attempts=2)
    flow.face_progress(at_capture(flow), "failed", "timeout")
    flow.try_again()
    flow.face_progress(last_op(flow, EffectKind.START_FACE), "failed", "timeout")
    assert Action.TRY_AGAIN not in flow.actions()


def test_camera_fault_during_capture_is_an_error_with_retry(session, clock):
    flow = make(session, clock)
    at_capture(flow)
    flow.camera_fault()
    assert (flow.step, flow.problem) == (Step.ERROR, Problem.CAMERA_FAULT)
    assert EffectKind.STOP_CAMERA in kinds(flow)
    flow.try_again()
    assert flow.step is Step.FACE_CAPTURE


def test_camera_fault_outside_camera_steps_is_ignored(session, clock):
    flow = make(session, clock)
    read_ok(flow)
    flow.camera_fault()
    assert flow.step is Step.FACE_CONSENT


def test_stale_face_progress_is_ignored(session, clock):
    flow = make(session, clock)
    op = at_capture(flow)
    flow.camera_fault()
    flow.try_again()
    flow.face_progress(op, "ready")
    assert flow.step is Step.FACE_CAPTURE


# ------------------------------------------------------------------------------ QR code


def test_qr_path_starts_scanning_with_prompt(session, clock):
    flow = make(session, clock)
    flow.use_qr()
    effects = flow.take_effects()
    assert flow.step is Step.QR_SCAN
    assert EffectKind.START_QR in [e.kind for e in effects]
    assert prompts(effects) == [Prompt.SHOW_QR]


@pytest.mark.parametrize("text", ["hello", format_code("pickup", "123456")])
def test_qr_that_is_not_an_identity_code_gives_a_hint(session, clock, text):
    flow = make(session, clock)
    flow.use_qr()
    flow.qr_scanned(text)
    assert (flow.step, flow.hint) == (Step.QR_SCAN, "not_identity_code")


def test_identity_code_is_verified_by_the_platform(session, clock):
    flow = make(session, clock)
    op = at_qr_verifying(flow)
    assert flow.step is Step.QR_VERIFYING
    flow.qr_result(op, {"result": "match", "id_number": "370102198503120118", "name": "张三"})
    assert flow.step is Step.VERIFIED and flow.verified_by == "qr"
    assert session.identity.name == "张三"


def test_token_is_passed_but_never_shown_in_repr(session, clock):
    flow = make(session, clock)
    flow.use_qr()
    flow.take_effects()
    flow.qr_scanned(format_code("ident", TOKEN))
    effect = next(e for e in flow.take_effects() if e.kind is EffectKind.VERIFY_QR)
    assert effect.payload["token"] == TOKEN
    assert TOKEN not in repr(effect)


def test_unknown_qr_token_is_rejected_with_retry(session, clock):
    flow = make(session, clock)
    flow.qr_result(at_qr_verifying(flow), {"result": "no_match"})
    assert (flow.step, flow.problem) == (Step.ERROR, Problem.QR_REJECTED)
    flow.try_again()
    assert flow.step is Step.QR_SCAN


def test_qr_platform_unavailable(session, clock):
    flow = make(session, clock)
    flow.qr_result(at_qr_verifying(flow), {"result": "unavailable"})
    assert flow.step is Step.UNAVAILABLE


def test_qr_verifying_timeout(session, clock):
    flow = make(session, clock, timeouts=IdentityTimeouts(qr_verifying_s=5))
    at_qr_verifying(flow)
    clock.advance(6)
    flow.tick()
    assert flow.step is Step.UNAVAILABLE


def test_qr_scan_timeout_offers_card_instead(session, clock):
    flow = make(session, clock, timeouts=IdentityTimeouts(qr_scan_s=20))
    flow.use_qr()
    clock.advance(20)
    flow.tick()
    assert (flow.step, flow.problem) == (Step.ERROR, Problem.QR_TIMEOUT)
    assert Action.USE_CARD in flow.actions()
    flow.use_card()
    assert flow.step is Step.PLACE_CARD


def test_camera_fault_while_scanning_offers_the_card(session, clock):
    flow = make(session, clock)
    flow.use_qr()
    flow.camera_fault()
    assert Action.USE_CARD in flow.actions()
    flow.try_again()
    assert flow.step is Step.QR_SCAN


def test_back_from_qr_to_the_card(session, clock):
    flow = make(session, clock)
    flow.use_qr()
    flow.take_effects()
    flow.use_card()
    assert flow.step is Step.PLACE_CARD
    assert EffectKind.STOP_CAMERA in kinds(flow)


# ------------------------------------------------------------------------------ leaving


def test_cancel_removes_an_unverified_identity(session, clock):
    flow = make(session, clock)
    read_ok(flow)
    flow.take_effects()
    flow.cancel()
    effects = flow.take_effects()
    assert flow.step is Step.CANCELLED
    assert not session.identity.name
    assert prompts(effects) == [Prompt.TAKE_CARD]
    assert effects[-1].kind is EffectKind.DONE


def test_cancel_while_capturing_stops_the_camera(session, clock):
    flow = make(session, clock)
    at_capture(flow)
    flow.cancel()
    assert EffectKind.STOP_CAMERA in kinds(flow)


def test_cancel_after_the_end_changes_nothing(session, clock):
    flow = make(session, clock, level=Level.IDCARD)
    read_ok(flow)
    flow.cancel()
    assert flow.step is Step.VERIFIED
    assert session.identity.name == "张三"


def test_staff_is_possible_from_every_open_step(session, clock):
    flow = make(session, clock)
    flow.use_staff()
    assert flow.step is Step.STAFF
    assert flow.actions() == []
    with pytest.raises(IdentityFlowError):
        flow.use_staff()


def test_no_timeout_after_the_end(session, clock):
    flow = make(session, clock, level=Level.IDCARD)
    read_ok(flow)
    clock.advance(10_000)
    flow.tick()
    assert flow.step is Step.VERIFIED
