from __future__ import annotations

import cv2
import numpy as np
import pytest

from drivers.camera.errors import CodeFormatError
from drivers.camera.qr import (
    CodeType,
    KioskCode,
    QrScanner,
    format_code,
    make_qr_image,
    parse_code,
)
from drivers.camera.sim import Pose, render_frame

TOKEN = "AbCdEfGhIjKlMnOpQrStUv_-0123456789"


def phone_in_frame(text: str, *, size=(1280, 720), tilt: bool = True) -> np.ndarray:
    """A resident holding a phone showing ``text`` as a QR code, slightly tilted."""
    frame = cv2.resize(render_frame(Pose(), rng=np.random.default_rng(5)), size)
    code = cv2.cvtColor(make_qr_image(text, module_px=5), cv2.COLOR_GRAY2BGR)
    h, w = code.shape[:2]
    x, y = 760, 260
    target = np.float32([[x, y], [x + w, y + 12], [x + w - 8, y + h], [x - 6, y + h - 10]])
    if not tilt:
        target = np.float32([[x, y], [x + w, y], [x + w, y + h], [x, y + h]])
    matrix = cv2.getPerspectiveTransform(np.float32([[0, 0], [w, 0], [w, h], [0, h]]), target)
    cv2.warpPerspective(code, matrix, size, frame, borderMode=cv2.BORDER_TRANSPARENT)
    return frame


@pytest.mark.parametrize(
    ("kind", "token"),
    [
        (CodeType.IDENT, TOKEN),
        (CodeType.PICKUP, "20261122"),
        (CodeType.APPOINTMENT, "AP-2026-0042"),
        (CodeType.RECEIPT, "SQ20261122000123"),
    ],
)
def test_round_trip_through_the_camera(kind, token):
    frame = phone_in_frame(format_code(kind, token))
    assert QrScanner().scan_codes(frame) == [KioskCode(kind, token)]


def test_scan_window_roi_limits_the_search():
    frame = phone_in_frame(format_code("pickup", "123456"), tilt=False)
    assert QrScanner(roi=(0.5, 0.2, 0.5, 0.7)).scan_codes(frame)
    assert QrScanner(roi=(0.0, 0.0, 0.4, 1.0)).scan_codes(frame) == []


def test_foreign_qr_codes_are_ignored():
    frame = phone_in_frame("https://example.cn/not-a-kiosk-code")
    scanner = QrScanner()
    assert scanner.scan(frame) == ["https://example.cn/not-a-kiosk-code"]
    assert scanner.scan_codes(frame) == []


def test_no_code_in_an_ordinary_frame():
    assert QrScanner().scan(render_frame(Pose())) == []


@pytest.mark.parametrize(
    "text",
    [
        "",
        "KIOSKID:v1:ident",
        "KIOSKID:v2:ident:" + TOKEN,
        "KIOSKID:v1:unknown:abcdefgh",
        "KIOSKID:v1:pickup:12",
        "KIOSKID:v1:ident:short",
        "OTHER:v1:ident:" + TOKEN,
        "KIOSKID:v1:appt:bad code!",
    ],
)
def test_malformed_codes_are_rejected(text):
    with pytest.raises(CodeFormatError):
        parse_code(text)


def test_errors_and_repr_never_show_the_token():
    with pytest.raises(CodeFormatError) as info:
        parse_code("KIOSKID:v1:ident:tok$n-with-secret")
    assert "secret" not in str(info.value)
    assert TOKEN not in repr(parse_code(format_code("ident", TOKEN)))


def test_format_code_validates_the_token():
    with pytest.raises(CodeFormatError):
        format_code("pickup", "12")
