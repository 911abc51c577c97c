"""Cameras and what the kiosk does with their frames.

Device: :class:`drivers.camera.capture.CameraDevice` (driver ``opencv``: a V4L2 camera by stable
path ``/dev/v4l/by-id/...`` or index, an MJPEG/RTSP URL, a video file or an image sequence).
Simulator: :mod:`drivers.camera.sim` (an MJPEG-over-HTTP camera on 127.0.0.1 rendering
scikit-image's astronaut with scripted head movements and blinks; the driver opens its URL
through the same ``cv2.VideoCapture`` code as a real camera).

Frames reach consumers through :mod:`~drivers.camera.frames` (newest frame only, one thread
per consumer). Technician check: ``python -m drivers.camera --port PORT status``.

Pure frame processing on top of it, each usable without a device:

* :mod:`~drivers.camera.faces` - face detection and resident-facing quality gates;
* :mod:`~drivers.camera.liveness` - an active (challenge/response) liveness check;
* :mod:`~drivers.camera.matcher` - 1:1 face verification back ends;
* :mod:`~drivers.camera.qr` - QR codes from the mobile app and pickup slips;
* :mod:`~drivers.camera.documents` - document-camera scans to compressed pages and PDF.

Exceptions. Device faults use the device tree of :mod:`drivers.errors` (``DeviceUnavailable``
when the camera cannot be opened, ``DeviceTimeout`` when it delivers no first frame, plain
``DeviceError`` with state ``no_device``/``hardware_error`` for a lost camera, black or frozen
frames). Frame processing raises its own tree (:mod:`drivers.camera.errors`)::

    Exception
    └── CameraError                 base of frame-processing errors
        ├── ModelUnavailable        a configured model file (YuNet, SFace) is missing or bad
        ├── CodeFormatError         a decoded QR code is not one of the kiosk's formats
        │                           (also a ValueError)
        ├── PageNotFound            no document page (quadrilateral) in a document frame
        └── PageTooLarge            a page cannot be compressed under the size budget

Outcomes that are part of normal use (no face, failed liveness, no match) are typed results,
not exceptions.
"""
