from __future__ import annotations

import cv2
import numpy as np
import pytest

from drivers.camera.documents import (
    A4_RATIO,
    MAX_PAGE_BYTES,
    compress_jpeg,
    find_page,
    pages_to_pdf,
    scan_page,
    warp_page,
)
from drivers.camera.errors import PageNotFound, PageTooLarge
from tests.camera.support import photograph, synthetic_page

CORNERS = np.float32([[620, 120], [1380, 190], [1460, 1330], [520, 1290]])


@pytest.fixture(scope="module")
def shot() -> np.ndarray:
    return photograph(synthetic_page(), CORNERS)


def test_page_corners_are_found(shot):
    found = find_page(shot)
    assert np.abs(found - CORNERS).max() < 15


def test_perspective_is_corrected(shot):
    page = warp_page(shot, find_page(shot))
    height, width = page.shape[:2]
    assert abs(height / width - A4_RATIO) < 0.01
    # The black marker drawn at (100..200, 100..200) of the 1240 px page is back near the
    # top-left corner, square and upright, after the warp.
    scale = width / 1240
    gray = cv2.cvtColor(page, cv2.COLOR_BGR2GRAY)
    rows = slice(int(110 * scale), int(190 * scale))
    assert gray[rows, int(110 * scale) : int(190 * scale)].mean() < 80  # the marker
    assert gray[rows, int(260 * scale) : int(340 * scale)].mean() > 150  # paper beside it


def test_document_page_fits_the_size_budget(shot):
    page = scan_page(shot)
    assert len(page.jpeg) <= MAX_PAGE_BYTES
    assert page.jpeg[:3] == b"\xff\xd8\xff"
    assert abs(page.height / page.width - A4_RATIO) < 0.01


def test_large_noisy_photo_is_compressed_under_the_budget():
    rng = np.random.default_rng(4)
    noisy = rng.integers(0, 255, (3508, 2480, 3), dtype=np.uint8)  # worst case: pure noise
    jpeg, quality, scale = compress_jpeg(noisy, MAX_PAGE_BYTES)
    assert len(jpeg) <= MAX_PAGE_BYTES
    assert scale < 1.0 or quality < 90


def test_impossible_budget_raises():
    noisy = np.random.default_rng(4).integers(0, 255, (1200, 900, 3), dtype=np.uint8)
    with pytest.raises(PageTooLarge):
        compress_jpeg(noisy, 2_000)


def test_no_page_in_an_empty_desk_frame():
    desk = np.full((720, 960, 3), 40, np.uint8)
    with pytest.raises(PageNotFound):
        find_page(desk)


def test_photo_mode_keeps_colour(shot):
    page = scan_page(shot, mode="photo")
    image = cv2.imdecode(np.frombuffer(page.jpeg, np.uint8), cv2.IMREAD_UNCHANGED)
    assert image.ndim == 3


def test_scanned_page_wipe_zeroes_the_jpeg(shot):
    page = scan_page(shot)
    page.wipe()
    assert not any(page.jpeg)


def test_multi_page_pdf_is_readable_and_embeds_pages_unchanged(shot, qapp):
    from PySide6.QtPdf import QPdfDocument

    pages = [scan_page(shot).jpeg, scan_page(shot, mode="photo").jpeg]
    pdf = pages_to_pdf(pages)
    assert all(bytes(page) in pdf for page in pages)  # no re-encoding
    assert len(pdf) < sum(len(p) for p in pages) + 4_000
    document = QPdfDocument()
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    buffer = QBuffer()
    buffer.setData(QByteArray(bytes(pdf)))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    assert document.status() is QPdfDocument.Status.Ready
    assert document.pageCount() == 2
    rendered = document.render(0, document.pagePointSize(0).toSize())
    assert not rendered.isNull()
