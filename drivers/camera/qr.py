"""QR codes shown to the kiosk camera: mobile-app identity codes, pickup and appointment codes.

Code format (assumed here, to be agreed with the platform; versioned so it can change)::

    KIOSKID:v1:<type>:<token>

    type     token                                   what the kiosk does with it
    ident    base64url, 16-512 chars                 mobile-app identity (扫码亮证/登录):
                                                     the platform resolves the token
    pickup   6-12 digits, or base64url 8-64 chars    collect from the pickup cabinet
                                                     (matched against the pickup's code_sha256)
    appt     [A-Za-z0-9-], 4-32 chars                appointment check-in (预约签到)
    receipt  [A-Za-z0-9-], 4-64 chars                an application id (办件进度 from a receipt)

Tokens are opaque and short-lived; the kiosk never logs them (``KioskCode.__repr__`` hides the
token, :class:`~drivers.camera.errors.CodeFormatError` messages never quote the payload).

Detection (lesson): ``QRCodeDetectorAruco`` on a full 1280×720 frame costs tens of ms, and most
of the frame is the resident, not the phone. :class:`QrScanner` crops to ``roi`` (a fraction
of the frame where the scan window is drawn on screen) and downscales the crop to
``max_side`` px; only when a code was located but not decoded (modules too small after the
downscale) does it decode again from the full-resolution crop.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

import cv2
import numpy as np

from drivers.camera.errors import CodeFormatError

__all__ = [
    "CodeType",
    "KioskCode",
    "QrScanner",
    "format_code",
    "make_qr_image",
    "parse_code",
]

PREFIX = "KIOSKID"
VERSION = "v1"


class CodeType(StrEnum):
    IDENT = "ident"
    PICKUP = "pickup"
    APPOINTMENT = "appt"
    RECEIPT = "receipt"


_TOKEN_RULES: dict[CodeType, re.Pattern[str]] = {
    CodeType.IDENT: re.compile(r"[A-Za-z0-9_-]{16,512}"),
    CodeType.PICKUP: re.compile(r"[0-9]{6,12}|[A-Za-z0-9_-]{8,64}"),
    CodeType.APPOINTMENT: re.compile(r"[A-Za-z0-9-]{4,32}"),
    CodeType.RECEIPT: re.compile(r"[A-Za-z0-9-]{4,64}"),
}


@dataclass(frozen=True, slots=True)
class KioskCode:
    type: CodeType
    token: str
    version: str = VERSION

    def __repr__(self) -> str:
        return f"KioskCode({self.type}, <{len(self.token)} chars>)"

    def __str__(self) -> str:
        return format_code(self.type, self.token)


def format_code(code_type: CodeType | str, token: str) -> str:
    """The QR payload for ``token`` (validated like :func:`parse_code`)."""
    kind = CodeType(code_type)
    if not _TOKEN_RULES[kind].fullmatch(token):
        raise CodeFormatError(f"token not valid for a {kind} code")
    return f"{PREFIX}:{VERSION}:{kind}:{token}"


def parse_code(text: str) -> KioskCode:
    """Parse a scanned payload; :class:`CodeFormatError` if it is not a kiosk code."""
    parts = text.strip().split(":", 3)
    if len(parts) != 4 or parts[0] != PREFIX:
        raise CodeFormatError("not a kiosk code")
    _, version, kind, token = parts
    if version != VERSION:
        raise CodeFormatError(f"unsupported kiosk code version ({len(version)} chars)")
    try:
        code_type = CodeType(kind)
    except ValueError:
        raise CodeFormatError("unknown kiosk code type") from None
    if not _TOKEN_RULES[code_type].fullmatch(token):
        raise CodeFormatError(f"malformed token in a {code_type} code")
    return KioskCode(code_type, token, version)


def make_qr_image(text: str, module_px: int = 8, quiet_modules: int = 4) -> np.ndarray:
    """A black-on-white QR code image of ``text`` (gray ``uint8``), e.g. for tests/screens."""
    encoder = cv2.QRCodeEncoder.create()
    modules = encoder.encode(text)
    if modules is None or modules.size == 0:
        raise ValueError("text too long for a QR code")
    image = cv2.resize(modules, None, fx=module_px, fy=module_px, interpolation=cv2.INTER_NEAREST)
    pad = quiet_modules * module_px
    return cv2.copyMakeBorder(image, pad, pad, pad, pad, cv2.BORDER_CONSTANT, value=255)


class QrScanner:
    """Finds and decodes QR codes in camera frames (see the module docstring).

    ``roi`` = (x, y, w, h) as fractions of the frame; ``None`` = the whole frame. Not
    thread-safe: one scanner per consuming thread.
    """

    def __init__(
        self,
        *,
        roi: tuple[float, float, float, float] | None = None,
        max_side: int = 640,
        aruco: bool = True,
    ) -> None:
        self.roi = roi
        self.max_side = max_side
        self._detector: cv2.GraphicalCodeDetector = (
            cv2.QRCodeDetectorAruco() if aruco else cv2.QRCodeDetector()
        )

    def _crop(self, gray: np.ndarray) -> np.ndarray:
        if self.roi is None:
            return gray
        height, width = gray.shape[:2]
        fx, fy, fw, fh = self.roi
        x0, y0 = int(fx * width), int(fy * height)
        return gray[y0 : y0 + int(fh * height), x0 : x0 + int(fw * width)]

    def scan(self, image: np.ndarray) -> list[str]:
        """Decoded payloads found in ``image`` (BGR or gray); empty when none."""
        gray = image if image.ndim == 2 else cv2.cvtColor(image, cv2.COLOR_BGR2GRAY)
        crop = self._crop(gray)
        longest = max(crop.shape[:2])
        factor = min(1.0, self.max_side / longest) if longest else 1.0
        small = crop
        if factor < 1.0:
            small = cv2.resize(crop, None, fx=factor, fy=factor, interpolation=cv2.INTER_AREA)
        texts, points = self._decode(small)
        if texts or points is None or factor >= 1.0:
            return texts
        # Located but not readable at this size: decode the located area at full resolution.
        corners = points.reshape(-1, 2) / factor
        x0, y0 = np.maximum(corners.min(axis=0) - 16, 0).astype(int)
        x1, y1 = (corners.max(axis=0) + 16).astype(int)
        texts, _ = self._decode(np.ascontiguousarray(crop[y0:y1, x0:x1]))
        return texts

    def scan_codes(self, image: np.ndarray) -> list[KioskCode]:
        """The kiosk codes among the decoded payloads (others are ignored)."""
        codes = []
        for text in self.scan(image):
            try:
                codes.append(parse_code(text))
            except CodeFormatError:
                continue
        return codes

    def _decode(self, gray: np.ndarray) -> tuple[list[str], np.ndarray | None]:
        try:
            ok, texts, points, _ = self._detector.detectAndDecodeMulti(gray)
        except cv2.error:
            return [], None
        if not ok or points is None:
            return [], None
        found = [t for t in texts if t]
        return found, points
