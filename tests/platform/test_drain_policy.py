"""The drain's error → behaviour table and backoff, without a network (pure functions)."""

from __future__ import annotations

import random

import pytest

from kiosk.platform.adapter import (
    AuthError,
    Conflict,
    PlatformError,
    PlatformUnavailable,
    RateLimited,
    Rejected,
)
from kiosk.services.outbox import classify, full_jitter


@pytest.mark.parametrize(
    ("error", "action", "hold"),
    [
        (PlatformUnavailable("network", "connection refused"), "retry", True),
        (PlatformUnavailable("timeout"), "retry", True),
        (PlatformUnavailable("http_408", status=408), "retry", True),
        (PlatformUnavailable("http_425", status=425), "retry", True),
        (PlatformUnavailable("internal", status=500), "retry", True),
        (PlatformUnavailable("bad_gateway", status=502), "retry", True),
        (RateLimited("rate_limited", status=429, retry_after=7), "retry", True),
        (Conflict("in_progress", status=409), "retry", False),
        (Conflict("state_conflict", status=409), "dead", False),
        (AuthError("bad_signature", status=401), "retry", True),
        (AuthError("kiosk_revoked", status=403), "retry", True),
        (Rejected("validation_failed", status=422), "dead", False),
        (Rejected("too_large", status=413), "dead", False),
        (Rejected("not_found", status=404), "dead", False),
        (Rejected("attachment_missing", status=422), "reupload", False),
        (PlatformError("odd"), "retry", True),
    ],
)
def test_policy_table(error, action, hold):
    decision = classify(error)
    assert (decision.action, decision.hold) == (action, hold)


def test_retry_after_is_carried():
    assert classify(RateLimited("rate_limited", status=429, retry_after=7)).retry_after == 7


@pytest.mark.parametrize("attempt", [1, 2, 5, 10, 40, 1000])
def test_full_jitter_stays_within_bounds(attempt):
    rng = random.Random(attempt)
    ceiling = min(300.0, 1.0 * 2 ** (attempt - 1))
    samples = [full_jitter(attempt, 1.0, 300.0, rng) for _ in range(200)]
    assert all(0.0 <= s <= ceiling for s in samples)
    assert max(samples) > ceiling * 0.5  # really spread, not constant
