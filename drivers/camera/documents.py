"""Document capture (高拍仪 or the face camera): page → flat, readable, ≤ 500 KB JPEG → PDF.

Pipeline, each step a pure function tested on synthetic pages:

1. :func:`find_page` - the page is the largest bright convex quadrilateral: Otsu threshold of a
   downscaled, blurred copy, closed to bridge text, outer contours, ``approxPolyDP`` to 4
   corners; falls back to the min-area rectangle of the largest blob. Corners come back in
   full-resolution pixels, ordered top-left, top-right, bottom-right, bottom-left.
2. :func:`warp_page` - perspective correction to a rectangle whose size is the mean of opposite
   edge lengths; snapped to the A4 ratio (1:√2) when within 6 % of it, so a slightly skewed
   shot does not produce a slightly squashed page.
3. :func:`enhance` - ``document``: gray + adaptive threshold (even lighting, sharp text,
   compresses 5-10× better than a photo); ``photo`` (certificates with photos/seals): CLAHE on
   the lightness channel, colour kept.
4. :func:`compress_jpeg` - the highest JPEG quality that fits ``max_bytes`` (binary search,
   7 encodes at most); if even ``min_quality`` does not fit, the page is scaled down by 0.8 and
   searched again, down to ``min_side``; :class:`PageTooLarge` after that.
5. :func:`pages_to_pdf` - the JPEGs embedded as they are (``DCTDecode``): no re-encoding, so the
   PDF is the pages' size plus ~1 KB. (Lesson: Pillow's PDF writer re-encodes JPEGs and breaks
   the size budget; img2pdf embeds them as-is but pulls in pikepdf and lxml. A single-image-per-
   page PDF is ~40 lines, checked by QtPdf in the tests.)

Scans are personal data: the returned JPEG is a ``bytearray`` for the session's blobs (zeroed on
wipe); intermediate arrays are the caller's to wipe (``ScannedPage.wipe`` wipes its own).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import cv2
import numpy as np

from drivers.camera.errors import PageNotFound, PageTooLarge
from drivers.camera.frames import wipe_array, wipe_bytes

__all__ = [
    "A4_RATIO",
    "ScannedPage",
    "compress_jpeg",
    "enhance",
    "find_page",
    "order_corners",
    "pages_to_pdf",
    "scan_page",
    "warp_page",
]

A4_RATIO = math.sqrt(2.0)  # height / width of ISO 216 paper
MAX_PAGE_BYTES = 500_000


def order_corners(points: np.ndarray) -> np.ndarray:
    """Four points ordered top-left, top-right, bottom-right, bottom-left (float32 4×2)."""
    pts = np.asarray(points, dtype=np.float32).reshape(4, 2)
    total = pts.sum(axis=1)
    diff = pts[:, 1] - pts[:, 0]
    return np.array(
        [pts[np.argmin(total)], pts[np.argmin(diff)], pts[np.argmax(total)], pts[np.argmax(diff)]],
        dtype=np.float32,
    )


def find_page(image: np.ndarray, *, min_area: float = 0.15, work_side: int = 800) -> np.ndarray:
    """Corners of the page in ``image`` (see the module docstring); :class:`PageNotFound`."""
    gray = image if image.ndim == 2 else cv2.cvtColor(image, cv2.COLOR_BGR2GRAY)
    factor = min(1.0, work_side / max(gray.shape[:2]))
    small = cv2.resize(gray, None, fx=factor, fy=factor, interpolation=cv2.INTER_AREA)
    small = cv2.GaussianBlur(small, (5, 5), 0)
    if float(small.std()) < 8.0:
        raise PageNotFound("no page found: the picture is uniform (empty desk or covered lens)")
    _, mask = cv2.threshold(small, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    mask = cv2.morphologyEx(mask, cv2.MORPH_CLOSE, np.ones((9, 9), np.uint8))
    contours, _ = cv2.findContours(mask, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    frame_area = small.shape[0] * small.shape[1]
    best: np.ndarray | None = None
    for contour in sorted(contours, key=cv2.contourArea, reverse=True)[:5]:
        area = cv2.contourArea(contour)
        if area < min_area * frame_area:
            break
        if not _brighter_than_surroundings(small, contour, area / frame_area):
            continue
        hull = cv2.convexHull(contour)
        perimeter = cv2.arcLength(hull, True)
        for epsilon in (0.02, 0.03, 0.05):
            approx = cv2.approxPolyDP(hull, epsilon * perimeter, True)
            if len(approx) == 4:
                best = approx.reshape(4, 2)
                break
        if best is None:
            best = cv2.boxPoints(cv2.minAreaRect(contour))
        break
    if best is None:
        raise PageNotFound("no page found: place the document flat inside the frame")
    return order_corners(best / factor)


def _brighter_than_surroundings(gray: np.ndarray, contour: np.ndarray, share: float) -> bool:
    """A page is paper: clearly brighter than the desk around it (or bright, if it fills the
    whole picture, as on a document camera framed to A4)."""
    inside = np.zeros(gray.shape, np.uint8)
    cv2.drawContours(inside, [contour], -1, 255, -1)
    mean_in = float(cv2.mean(gray, inside)[0])
    if share > 0.95:
        return mean_in > 140.0
    mean_out = float(cv2.mean(gray, cv2.bitwise_not(inside))[0])
    return mean_in - mean_out > 30.0


def warp_page(image: np.ndarray, corners: np.ndarray, *, snap_a4: bool = True) -> np.ndarray:
    """The page flattened to a rectangle (see the module docstring)."""
    tl, tr, br, bl = order_corners(corners)
    width = (np.linalg.norm(tr - tl) + np.linalg.norm(br - bl)) / 2
    height = (np.linalg.norm(bl - tl) + np.linalg.norm(br - tr)) / 2
    if width < 10 or height < 10:
        raise PageNotFound("the page is too small to read")
    if snap_a4:
        ratio = height / width
        for target in (A4_RATIO, 1 / A4_RATIO):
            if abs(ratio - target) / target < 0.06:
                height = width * target
    size = (round(width), round(height))
    target = np.array(
        [[0, 0], [size[0] - 1, 0], [size[0] - 1, size[1] - 1], [0, size[1] - 1]], np.float32
    )
    matrix = cv2.getPerspectiveTransform(np.array([tl, tr, br, bl], np.float32), target)
    return cv2.warpPerspective(image, matrix, size, flags=cv2.INTER_CUBIC)


def enhance(page: np.ndarray, mode: str = "document") -> np.ndarray:
    """``document``: binarised gray; ``photo``: CLAHE-equalised colour."""
    if mode == "document":
        gray = page if page.ndim == 2 else cv2.cvtColor(page, cv2.COLOR_BGR2GRAY)
        block = max(15, (min(gray.shape[:2]) // 40) | 1)
        return cv2.adaptiveThreshold(
            gray, 255, cv2.ADAPTIVE_THRESH_GAUSSIAN_C, cv2.THRESH_BINARY, block, 12
        )
    if mode == "photo":
        if page.ndim == 2:
            return cv2.createCLAHE(clipLimit=2.0, tileGridSize=(8, 8)).apply(page)
        lab = cv2.cvtColor(page, cv2.COLOR_BGR2LAB)
        lab[..., 0] = cv2.createCLAHE(clipLimit=2.0, tileGridSize=(8, 8)).apply(lab[..., 0])
        return cv2.cvtColor(lab, cv2.COLOR_LAB2BGR)
    raise ValueError(f"unknown enhance mode {mode!r} (document, photo)")


def _encode(image: np.ndarray, quality: int) -> np.ndarray:
    ok, data = cv2.imencode(".jpg", image, [cv2.IMWRITE_JPEG_QUALITY, quality])
    if not ok:
        raise PageTooLarge("JPEG encoding failed")
    return data


def compress_jpeg(
    image: np.ndarray,
    max_bytes: int = MAX_PAGE_BYTES,
    *,
    max_quality: int = 92,
    min_quality: int = 35,
    min_side: int = 800,
) -> tuple[bytearray, int, float]:
    """``(jpeg, quality, scale)``: the best quality that fits ``max_bytes``."""
    scale = 1.0
    current = image
    while True:
        low, high = min_quality, max_quality
        best: np.ndarray | None = None
        best_quality = 0
        while low <= high:
            quality = (low + high) // 2
            data = _encode(current, quality)
            if data.size <= max_bytes:
                if best is not None:
                    wipe_array(best)
                best, best_quality = data, quality
                low = quality + 1
            else:
                wipe_array(data)
                high = quality - 1
        if best is not None:
            jpeg = bytearray(best.data)
            wipe_array(best)
            if current is not image:
                wipe_array(current)
            return jpeg, best_quality, scale
        if current is not image:
            wipe_array(current)
        scale *= 0.8
        if min(image.shape[:2]) * scale < min_side:
            raise PageTooLarge(f"page does not fit in {max_bytes} bytes")
        current = cv2.resize(image, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)


@dataclass(eq=False)
class ScannedPage:
    """One scanned page: JPEG bytes (wipeable) and how it was made."""

    jpeg: bytearray
    width: int
    height: int
    quality: int
    scale: float
    corners: np.ndarray

    def wipe(self) -> None:
        wipe_bytes(self.jpeg)

    def __repr__(self) -> str:
        return f"ScannedPage({self.width}x{self.height}, {len(self.jpeg)} bytes, q{self.quality})"


def scan_page(
    image: np.ndarray,
    *,
    mode: str = "document",
    max_bytes: int = MAX_PAGE_BYTES,
    max_side: int = 2480,
) -> ScannedPage:
    """find → warp → enhance → compress one frame of a document camera."""
    corners = find_page(image)
    page = warp_page(image, corners)
    longest = max(page.shape[:2])
    if longest > max_side * A4_RATIO:
        factor = max_side * A4_RATIO / longest
        resized = cv2.resize(page, None, fx=factor, fy=factor, interpolation=cv2.INTER_AREA)
        wipe_array(page)
        page = resized
    enhanced = enhance(page, mode)
    wipe_array(page)
    jpeg, quality, scale = compress_jpeg(enhanced, max_bytes)
    height, width = enhanced.shape[:2]
    wipe_array(enhanced)
    return ScannedPage(jpeg, round(width * scale), round(height * scale), quality, scale, corners)


def _jpeg_size(jpeg: bytes | bytearray) -> tuple[int, int, int]:
    """(width, height, components) from the JPEG's SOF marker."""
    data = memoryview(jpeg)
    if bytes(data[:2]) != b"\xff\xd8":
        raise ValueError("not a JPEG")
    pos = 2
    while pos + 4 <= len(data):
        if data[pos] != 0xFF:
            pos += 1
            continue
        marker = data[pos + 1]
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7 or marker == 0xFF:
            pos += 1 if marker == 0xFF else 2
            continue
        length = int.from_bytes(data[pos + 2 : pos + 4], "big")
        if marker in (0xC0, 0xC1, 0xC2):
            height = int.from_bytes(data[pos + 5 : pos + 7], "big")
            width = int.from_bytes(data[pos + 7 : pos + 9], "big")
            return width, height, int(data[pos + 9])
        pos += 2 + length
    raise ValueError("JPEG without a frame header")


def pages_to_pdf(pages: Sequence[bytes | bytearray], *, dpi: float = 200.0) -> bytearray:
    """A PDF with one JPEG per page, embedded unchanged; page size from ``dpi``."""
    if not pages:
        raise ValueError("no pages")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets: list[int] = []

    def add(*parts: bytes | bytearray) -> int:
        offsets.append(len(out))
        number = len(offsets)
        out.extend(b"%d 0 obj\n" % number)
        for part in parts:  # extended piecewise: no immutable copy of a scan is made
            out.extend(part)
        out.extend(b"\nendobj\n")
        return number

    count = len(pages)
    # Object numbers: 1 catalog, 2 pages, then per page: page, image, content.
    kids = " ".join(f"{3 + 3 * i} 0 R" for i in range(count)).encode()
    add(b"<< /Type /Catalog /Pages 2 0 R >>")
    add(b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % count)
    for i, jpeg in enumerate(pages):
        width, height, components = _jpeg_size(jpeg)
        colour = {1: b"/DeviceGray", 3: b"/DeviceRGB", 4: b"/DeviceCMYK"}[components]
        w_pt, h_pt = width * 72.0 / dpi, height * 72.0 / dpi
        image_no, content_no = 4 + 3 * i, 5 + 3 * i  # the page itself is 3 + 3 * i
        add(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %.2f %.2f] "
            b"/Resources << /XObject << /Im0 %d 0 R >> >> /Contents %d 0 R >>"
            % (w_pt, h_pt, image_no, content_no)
        )
        header = (
            b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace %s "
            b"/BitsPerComponent 8 /Filter /DCTDecode /Length %d >>\nstream\n"
            % (width, height, colour, len(jpeg))
        )
        if components == 4:  # Adobe CMYK JPEGs are stored inverted
            header = header.replace(b"/Filter", b"/Decode [1 0 1 0 1 0 1 0] /Filter")
        add(header, jpeg, b"\nendstream")
        content = b"q %.2f 0 0 %.2f 0 0 cm /Im0 Do Q" % (w_pt, h_pt)
        add(b"<< /Length %d >>\nstream\n" % len(content), content, b"\nendstream")
    xref = len(out)
    out.extend(b"xref\n0 %d\n0000000000 65535 f \n" % (len(offsets) + 1))
    for offset in offsets:
        out.extend(b"%010d 00000 n \n" % offset)
    out.extend(
        b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(offsets) + 1, xref)
    )
    return out
