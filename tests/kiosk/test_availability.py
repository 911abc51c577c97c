"""Which services run with the devices online: the identity and progress features."""

from __future__ import annotations

import pytest

from kiosk.services.availability import FEATURES, feature_blockers, unavailable_reason

ONLINE = {
    "idcard": ("idcard", "online"),
    "camera": ("camera", "online"),
    "cabinet": ("cabinet", "online"),
}


def test_progress_by_card_needs_the_reader():
    states = {**ONLINE, "idcard": ("idcard", "no_device")}
    assert feature_blockers("progress_by_card", FEATURES, states) == [("idcard", "no_device")]


def test_progress_by_number_needs_no_device():
    assert feature_blockers("progress_by_number", FEATURES, {}) == []


def test_face_identity_needs_reader_and_camera():
    states = {**ONLINE, "camera": ("camera", "hardware_error")}
    assert feature_blockers("identity_face", FEATURES, states) == [("camera", "hardware_error")]


def test_a_kind_with_no_configured_device_blocks():
    assert feature_blockers("identity_qr", FEATURES, {}) == [("camera", "no_device")]


def test_any_online_device_of_the_kind_is_enough():
    states = {"cam1": ("camera", "offline"), "cam2": ("camera", "online")}
    assert feature_blockers("identity_qr", FEATURES, states) == []


def test_pickup_needs_the_cabinet():
    states = {**ONLINE, "cabinet": ("cabinet", "offline")}
    assert feature_blockers("pickup", FEATURES, states) == [("cabinet", "offline")]
    assert feature_blockers("pickup", FEATURES, {}) == [("cabinet", "no_device")]


def test_everything_available_when_online():
    assert all(feature_blockers(f.name, FEATURES, ONLINE) == [] for f in FEATURES)


def test_browsing_keeps_the_kiosk_in_service_without_devices():
    assert unavailable_reason(FEATURES, {}) == ""


def test_unknown_feature_is_an_error():
    with pytest.raises(KeyError):
        feature_blockers("teleport", FEATURES, {})
