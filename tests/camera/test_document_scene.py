"""The camera simulator's document scene: a page the real scan pipeline finds and flattens."""

from __future__ import annotations

import numpy as np

from drivers.camera.documents import A4_RATIO, MAX_PAGE_BYTES, find_page, scan_page
from drivers.camera.faces import FaceAnalyzer
from drivers.camera.sim import PAGE_CORNERS, scene_frames


def test_the_document_scene_page_is_found_where_it_lies():
    frame = scene_frames("document", fps=1)[0]
    assert np.abs(find_page(frame) - np.float32(PAGE_CORNERS)).max() < 6


def test_the_document_scene_scans_to_an_a4_page_within_budget():
    page = scan_page(scene_frames("document", fps=1)[0])
    assert len(page.jpeg) <= MAX_PAGE_BYTES
    assert abs(page.height / page.width - A4_RATIO) < 0.02


def test_nobody_is_in_the_document_scene():
    observation = FaceAnalyzer().analyze(scene_frames("document", fps=1)[0])
    assert observation.faces == ()
