"""The optional WLT decoder plug-in, loaded through ctypes from a real shared library.

No vendor library can ship with the project, so the test compiles a stand-in with the same C
signature (``int unpack(char *wlt, char *out, int flag)``) and loads it exactly as the vendor's
would be loaded. Skipped where no C compiler is installed.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from drivers.idcard import photo

STAND_IN = r"""
#include <string.h>
#include <stdint.h>
static void put32(unsigned char *p, uint32_t v) { p[0]=v; p[1]=v>>8; p[2]=v>>16; p[3]=v>>24; }
static void put16(unsigned char *p, uint16_t v) { p[0]=v; p[1]=v>>8; }
/* Writes a 102x126 24-bit BMP whose pixel (x, y) is (wlt[0], x, y); refuses a photo whose
   first byte is 0. flag 1 = BMP, flag 2 = raw BGR top-down (both like vendor SDKs). */
int unpack(char *wlt, char *out, int flag) {
    unsigned char *o = (unsigned char *)out;
    int w = 102, h = 126, row = 306, padded = 308, x, y;
    if ((unsigned char)wlt[0] == 0) return -2;
    if (flag == 2) {
        for (y = 0; y < h; y++) for (x = 0; x < w; x++) {
            unsigned char *p = o + y * row + x * 3; p[0] = wlt[0]; p[1] = x; p[2] = y; }
        return 1;
    }
    memset(o, 0, 54 + padded * h);
    o[0] = 'B'; o[1] = 'M'; put32(o + 2, 54 + padded * h); put32(o + 10, 54);
    put32(o + 14, 40); put32(o + 18, w); put32(o + 22, h); put16(o + 26, 1); put16(o + 28, 24);
    put32(o + 34, padded * h);
    for (y = 0; y < h; y++) for (x = 0; x < w; x++) {
        unsigned char *p = o + 54 + (h - 1 - y) * padded + x * 3;
        p[0] = wlt[0]; p[1] = x; p[2] = y; }
    return 1;
}
"""


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Path:
    compiler = shutil.which("cc") or shutil.which("gcc")
    if compiler is None:
        pytest.skip("no C compiler to build the stand-in decoder library")
    workdir = tmp_path_factory.mktemp("wlt")
    source = workdir / "wlt.c"
    source.write_text(STAND_IN)
    target = workdir / "libwlt-standin.so"
    subprocess.run(
        [compiler, "-shared", "-fPIC", "-O1", "-o", str(target), str(source)],
        check=True,
        capture_output=True,
    )
    return target


def wlt(first: int = 7) -> bytes:
    return bytes([first]) + bytes(1023)


def test_no_decoder_is_configured_by_default() -> None:
    assert photo.load_decoder(None) is None
    assert photo.load_decoder({}) is None
    assert photo.load_decoder({"library": ""}) is None


def test_decodes_a_bmp_from_the_library(library: Path) -> None:
    decoder = photo.load_decoder({"library": str(library)})
    assert decoder is not None
    decoded = decoder.decode(wlt())
    assert (decoded.width, decoded.height) == (102, 126)
    x, y = 10, 20
    assert decoded.bgr[(y * 102 + x) * 3 : (y * 102 + x) * 3 + 3] == bytes([7, x, y])


def test_raw_bgr_output(library: Path) -> None:
    decoder = photo.WltDecoder(library, flag=2, output="bgr")
    decoded = decoder.decode(wlt(9))
    assert decoded.bgr[:3] == bytes([9, 0, 0])
    assert len(decoded.bgr) == photo.BGR_LEN


def test_bmp_roundtrip(library: Path) -> None:
    decoded = photo.WltDecoder(library).decode(wlt())
    bmp = decoded.to_bmp()
    assert len(bmp) == photo.BMP_LEN == 38862
    assert photo.decode_bmp(bmp).bgr == decoded.bgr


def test_refused_photo(library: Path) -> None:
    with pytest.raises(photo.DecodeFailed):
        photo.WltDecoder(library).decode(wlt(0))


def test_wrong_size_photo(library: Path) -> None:
    with pytest.raises(photo.DecodeFailed):
        photo.WltDecoder(library).decode(bytes(100))


def test_output_that_is_not_a_bmp(library: Path) -> None:
    decoder = photo.WltDecoder(library, flag=2, output="bmp")  # raw pixels read as BMP
    with pytest.raises(photo.DecodeFailed):
        decoder.decode(wlt())


def test_missing_library(tmp_path: Path) -> None:
    with pytest.raises(photo.DecoderUnavailable):
        photo.load_decoder({"library": str(tmp_path / "libnothing.so")})


def test_library_without_the_function(library: Path) -> None:
    with pytest.raises(photo.DecoderUnavailable):
        photo.WltDecoder(library, function="no_such_function")


def test_not_a_library(tmp_path: Path) -> None:
    fake = tmp_path / "libfake.so"
    fake.write_bytes(b"not an ELF file")
    with pytest.raises(photo.DecoderUnavailable):
        photo.WltDecoder(fake)


def test_wipe_and_repr(library: Path) -> None:
    decoded = photo.WltDecoder(library).decode(wlt())
    assert repr(decoded) == "DecodedPhoto(102x126)"
    decoded.wipe()
    assert not any(decoded.bgr)
