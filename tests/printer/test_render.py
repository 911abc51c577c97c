"""The committed receipt images: rendered by driver + emulator, legible and scannable."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import pytest
from PIL import Image

from drivers.printer.render import DEFAULT_OUT, SAMPLES, render_all

WITH_QR = {"application_receipt", "application_receipt_en", "application_receipt_raster",
           "application_receipt_512", "test_page", "test_page_gbk"}  # fmt: skip


def decode_qr(path: Path) -> str:
    gray = np.array(Image.open(path).convert("L"))
    value, _, _ = cv2.QRCodeDetector().detectAndDecode(gray)
    return str(value)


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("receipts")
    return {p.stem: p for p in render_all(out)}


def test_every_sample_is_rendered(rendered: dict[str, Path]) -> None:
    assert set(rendered) == {s.name for s in SAMPLES}


@pytest.mark.parametrize("name", sorted(WITH_QR))
def test_qr_on_the_emulator_png_decodes(rendered: dict[str, Path], name: str) -> None:
    value = decode_qr(rendered[name])
    assert value.startswith("https://"), f"{name}: QR did not decode"


def test_raster_fallback_looks_like_native(rendered: dict[str, Path]) -> None:
    native = np.array(Image.open(rendered["application_receipt"]))
    raster = np.array(Image.open(rendered["application_receipt_raster"]))
    assert native.shape == raster.shape
    assert (native != raster).mean() < 0.01


def test_docs_receipts_are_committed() -> None:
    for sample in SAMPLES:
        path = DEFAULT_OUT / f"{sample.name}.png"
        assert path.exists(), f"run python -m drivers.printer.render ({path.name} missing)"
        assert Image.open(path).width in (576, 512)
