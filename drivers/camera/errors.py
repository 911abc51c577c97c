"""Exceptions of camera frame processing (the tree is in :mod:`drivers.camera`)."""

from __future__ import annotations


class CameraError(Exception):
    """Base of frame-processing errors (device faults use :mod:`drivers.errors`)."""


class ModelUnavailable(CameraError):
    """A configured model file (YuNet, SFace) is missing or OpenCV cannot load it."""


class CodeFormatError(CameraError, ValueError):
    """A decoded QR code is not one of the formats the kiosk accepts.

    The message never contains the code's payload (it may be a personal token).
    """


class PageNotFound(CameraError):
    """No document page (a large enough quadrilateral) was found in the frame."""


class PageTooLarge(CameraError):
    """A page cannot be compressed under the size budget even at the lowest quality/size."""
