"""Identity verification sandbox (人证核验) behind ``POST /identity/verify``.

Production deployments point this endpoint at the real identity authority (the public-security
citizen-identity service or the province's unified identity platform); this module only stands
in for it so the kiosk's flows can be exercised end to end.

Sandbox rules, in order:

1. the photo must be a JPEG (base64 of bytes starting ``FF D8 FF``), else 422 ``bad_image``;
   an invalid ID number is 422 ``invalid_id_number``;
2. a test resident (:data:`central.seed.TEST_RESIDENTS`) gets the configured outcome, and
   ``no_match`` when the name differs from theirs;
3. anyone else with a well-formed number gets ``match`` (so a simulated ID card that is not a
   test resident still walks through the demo).

With ``sface_model`` (an OpenCV SFace ONNX file) and ``face_refs`` (a directory of
``<id_number>.jpg|.png`` reference photos), residents with a reference photo are compared for
real: Haar-cascade face crop, SFace features, cosine score, ``match`` at >= 0.363 (OpenCV's
published SFace threshold). Needs ``opencv-python-headless``; it is optional.

Exceptions raised by this module::

    Exception
    ├── ApiError            bad input (422 bad_image / invalid_id_number)
    └── IdentityConfigError  SFace requested but OpenCV or the model file is missing
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import logging
from pathlib import Path
from typing import Any, Final

from central.errors import ApiError
from central.idnumber import is_valid_id_number
from central.seed import TEST_RESIDENTS, resident_by_id

__all__ = ["IdentityConfigError", "IdentityVerifier", "qr_token_for"]

log = logging.getLogger(__name__)

SFACE_COSINE_THRESHOLD: Final = 0.363
_SCORES: Final = {"match": 0.93, "no_match": 0.21}


def qr_token_for(id_number: str) -> str:
    """The sandbox's mobile-app identity token of a test resident (stable, 32 characters).

    A real mobile app shows a short-lived token that its platform resolves; the sandbox derives
    one fixed token per test resident so demos and tests can show it as a QR code
    (``KIOSKID:v1:ident:<token>``, :mod:`drivers.camera.qr`).
    """
    digest = hashlib.sha256(f"sandbox-qr:{id_number}".encode()).digest()
    return base64.urlsafe_b64encode(digest).decode("ascii").rstrip("=")[:32]


def _mask_name(name: str) -> str:
    if len(name) <= 1:
        return "*" * len(name)
    if len(name) == 2:
        return name[0] + "*"
    return name[0] + "*" * (len(name) - 2) + name[-1]


def _mask_id(value: str) -> str:
    return value[:4] + "*" * (len(value) - 8) + value[-4:] if len(value) > 8 else "*" * len(value)


class IdentityConfigError(Exception):
    """The configured face model cannot be used."""


class _SFace:
    """Real comparison with OpenCV's SFace recogniser (optional)."""

    def __init__(self, model: Path, refs: Path) -> None:
        try:
            import cv2
        except ImportError as exc:
            raise IdentityConfigError(
                "--sface-model needs opencv-python-headless installed"
            ) from exc
        if not model.is_file():
            raise IdentityConfigError(f"SFace model not found: {model}")
        self._cv2 = cv2
        self._refs = refs
        self._recognizer = cv2.FaceRecognizerSF.create(str(model), "")
        cascade = Path(cv2.data.haarcascades) / "haarcascade_frontalface_default.xml"
        self._detector = cv2.CascadeClassifier(str(cascade))

    def reference(self, id_number: str) -> Path | None:
        for suffix in (".jpg", ".jpeg", ".png"):
            path = self._refs / f"{id_number}{suffix}"
            if path.is_file():
                return path
        return None

    def _feature(self, data: bytes) -> Any:
        import numpy as np

        cv2 = self._cv2
        image = cv2.imdecode(np.frombuffer(data, dtype=np.uint8), cv2.IMREAD_COLOR)
        if image is None:
            raise ApiError(422, "bad_image", "the photo cannot be decoded")
        gray = cv2.cvtColor(image, cv2.COLOR_BGR2GRAY)
        faces = self._detector.detectMultiScale(gray, scaleFactor=1.1, minNeighbors=5)
        if len(faces):
            x, y, w, h = max(faces, key=lambda f: int(f[2]) * int(f[3]))
            image = image[y : y + h, x : x + w]
        face = cv2.resize(image, (112, 112))
        return self._recognizer.feature(face)

    def score(self, probe: bytes, reference: Path) -> float:
        f1 = self._feature(probe)
        f2 = self._feature(reference.read_bytes())
        return float(self._recognizer.match(f1, f2, self._cv2.FaceRecognizerSF_FR_COSINE))


class IdentityVerifier:
    """``verify(id_number, name, face_jpeg_b64)`` → ``{"result", "score"}``."""

    def __init__(self, sface_model: Path | None = None, face_refs: Path | None = None) -> None:
        self._sface = _SFace(sface_model, face_refs or sface_model.parent) if sface_model else None

    def verify_qr(self, token: str) -> dict[str, Any]:
        """A mobile-app identity code: ``match`` with the holder, ``no_match`` for a token the
        sandbox does not know (expired or forged), ``unavailable`` for 王五 (as for faces)."""
        for resident in TEST_RESIDENTS:
            if hmac.compare_digest(qr_token_for(resident.id_number), token):
                if resident.verify == "unavailable":
                    break
                return {
                    "result": "match",
                    "id_number_masked": _mask_id(resident.id_number),
                    "name_masked": _mask_name(resident.name),
                    "id_number": resident.id_number,
                    "name": resident.name,
                }
        else:
            return {"result": "no_match", "id_number_masked": None, "name_masked": None}
        return {"result": "unavailable", "id_number_masked": None, "name_masked": None}

    def verify(self, id_number: str, name: str, face_jpeg_b64: str) -> dict[str, Any]:
        try:
            photo = base64.b64decode(face_jpeg_b64, validate=True)
        except (binascii.Error, ValueError) as exc:
            raise ApiError(422, "bad_image", "face_jpeg_b64 is not valid base64") from exc
        if not photo.startswith(b"\xff\xd8\xff"):
            raise ApiError(422, "bad_image", "face_jpeg_b64 is not a JPEG image")
        if not is_valid_id_number(id_number):
            raise ApiError(422, "invalid_id_number", "id_number is not a valid GB 11643 number")
        if self._sface is not None:
            reference = self._sface.reference(id_number)
            if reference is not None:
                score = self._sface.score(photo, reference)
                result = "match" if score >= SFACE_COSINE_THRESHOLD else "no_match"
                return {"result": result, "score": round(score, 4)}
        resident = resident_by_id(id_number)
        if resident is None:
            outcome = "match"
        elif resident.name != name.strip():
            outcome = "no_match"
        else:
            outcome = resident.verify
        if outcome == "unavailable":
            return {"result": "unavailable", "score": None}
        # A stable, photo-dependent jitter so scores do not all look identical.
        jitter = hashlib.sha256(photo).digest()[0] / 255 * 0.04
        return {"result": outcome, "score": round(_SCORES[outcome] + jitter, 4)}
