"""Optional decoder of the ID card's "WLT" photo, through a licensed vendor library (ctypes).

The 1024-byte photo on a resident ID card is compressed and encrypted ("WLT"); only a licensed
vendor library turns it into the 102 x 126 colour bitmap. The kiosk must work without it (face
verification then goes to the platform or to staff), so the decoder is a plug-in: absent by
default, enabled by configuring the library's path::

    [devices.idcard.photo]
    library = "/opt/vendor/lib/libwlt.so"
    function = "unpack"      # int unpack(char *wlt, char *out, int flag)
    flag = 1                 # vendor-specific; commonly 1 = "produce a BMP"
    success = 1              # the return value that means success
    output = "bmp"           # "bmp": a 38862-byte BMP file; "bgr": 102*126*3 raw, top-down

The signature above is the common one of Linux vendor SDKs (unverified for any given vendor:
every part of it is configurable). Vendor libraries are rarely thread-safe, so calls are
serialised with a lock; and since a library may write more than it should, the output buffer
has generous headroom.

Exceptions: :class:`PhotoError` -> :class:`DecoderUnavailable` (library missing, not loadable,
function absent) and :class:`DecodeFailed` (the library refused the photo or produced
something that is not a 102 x 126 image). The decoded face is personal data: keep it in the
resident session only and :meth:`DecodedPhoto.wipe` it.
"""

from __future__ import annotations

import ctypes
import struct
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

WIDTH, HEIGHT = 102, 126
WLT_LEN = 1024
_ROW = WIDTH * 3
_PADDED_ROW = (_ROW + 3) // 4 * 4
BMP_HEADER_LEN = 54
BMP_LEN = BMP_HEADER_LEN + _PADDED_ROW * HEIGHT  # 38862
BGR_LEN = _ROW * HEIGHT
_HEADROOM = 4096


class PhotoError(Exception):
    """Base of the photo decoder's errors."""


class DecoderUnavailable(PhotoError):
    """The configured library cannot be loaded or lacks the function."""


class DecodeFailed(PhotoError):
    """The library refused the photo, or its output is not a 102 x 126 image."""


@dataclass(eq=False)
class DecodedPhoto:
    """A decoded photo: ``bgr`` rows top-down, 3 bytes per pixel, no padding."""

    width: int
    height: int
    bgr: bytearray

    def to_bmp(self) -> bytes:
        """A 24-bit BMP file (what most UIs and the platform accept)."""
        return encode_bmp(self.width, self.height, self.bgr)

    def wipe(self) -> None:
        self.bgr[:] = bytes(len(self.bgr))

    def __repr__(self) -> str:
        return f"DecodedPhoto({self.width}x{self.height})"


def encode_bmp(width: int, height: int, bgr: bytes | bytearray) -> bytes:
    row = width * 3
    padded = (row + 3) // 4 * 4
    if len(bgr) != row * height:
        raise ValueError("pixel data does not match the size")
    pixels = bytearray()
    for y in range(height - 1, -1, -1):  # BMP rows are bottom-up
        pixels += bgr[y * row : (y + 1) * row] + bytes(padded - row)
    header = b"BM" + struct.pack("<IHHI", BMP_HEADER_LEN + len(pixels), 0, 0, BMP_HEADER_LEN)
    info = struct.pack("<IiiHHIIiiII", 40, width, height, 1, 24, 0, len(pixels), 2835, 2835, 0, 0)
    return header + info + bytes(pixels)


def decode_bmp(data: bytes) -> DecodedPhoto:
    """A 24-bit uncompressed BMP -> :class:`DecodedPhoto`; :class:`DecodeFailed` otherwise."""
    if len(data) < BMP_HEADER_LEN or data[:2] != b"BM":
        raise DecodeFailed("decoder output is not a BMP")
    (offset,) = struct.unpack_from("<I", data, 10)
    width, height, _, bpp, compression = struct.unpack_from("<iiHHI", data, 18)
    if bpp != 24 or compression != 0 or width <= 0 or height == 0:
        raise DecodeFailed("decoder output is not a 24-bit uncompressed BMP")
    rows = abs(height)
    row, padded = width * 3, (width * 3 + 3) // 4 * 4
    if offset + padded * rows > len(data):
        raise DecodeFailed("decoder output BMP is truncated")
    bgr = bytearray()
    order = range(rows - 1, -1, -1) if height > 0 else range(rows)
    for y in order:
        start = offset + y * padded
        bgr += data[start : start + row]
    return DecodedPhoto(width, rows, bgr)


class WltDecoder:
    """The vendor library, loaded once. :meth:`decode` is safe to call from any thread."""

    def __init__(
        self,
        library: str | Path,
        *,
        function: str = "unpack",
        flag: int = 1,
        success: int = 1,
        output: str = "bmp",
    ) -> None:
        if output not in ("bmp", "bgr"):
            raise ValueError("output must be 'bmp' or 'bgr'")
        path = Path(library)
        if not path.exists():
            raise DecoderUnavailable(f"WLT decoder library {str(path)!r} not found")
        try:
            lib = ctypes.CDLL(str(path))
            fn = getattr(lib, function)
        except (OSError, AttributeError) as exc:
            raise DecoderUnavailable(f"cannot use WLT decoder {path.name}: {exc}") from exc
        fn.argtypes = (ctypes.c_char_p, ctypes.c_char_p, ctypes.c_int)
        fn.restype = ctypes.c_int
        self._lib = lib  # keep the library loaded as long as the function is used
        self._fn = fn
        self._flag = int(flag)
        self._success = int(success)
        self._output = output
        self._lock = threading.Lock()
        self.library = str(path)

    def decode(self, wlt: bytes) -> DecodedPhoto:
        if len(wlt) != WLT_LEN:
            raise DecodeFailed(f"a WLT photo has {WLT_LEN} bytes, got {len(wlt)}")
        size = (BMP_LEN if self._output == "bmp" else BGR_LEN) + _HEADROOM
        source = ctypes.create_string_buffer(bytes(wlt), WLT_LEN)
        target = ctypes.create_string_buffer(size)
        try:
            with self._lock:
                result = self._fn(source, target, self._flag)
            if result != self._success:
                raise DecodeFailed(f"the WLT decoder refused the photo (returned {result})")
            if self._output == "bmp":
                photo = decode_bmp(target.raw)
            else:
                photo = DecodedPhoto(WIDTH, HEIGHT, bytearray(target.raw[:BGR_LEN]))
        finally:
            ctypes.memset(target, 0, size)  # the decoded face must not linger in memory
            ctypes.memset(source, 0, WLT_LEN)
        if (photo.width, photo.height) != (WIDTH, HEIGHT):
            raise DecodeFailed(f"decoded photo is {photo.width}x{photo.height}, want 102x126")
        return photo

    def __repr__(self) -> str:
        return f"WltDecoder({self.library!r})"


def load_decoder(config: Mapping[str, Any] | None) -> WltDecoder | None:
    """The decoder the configuration names, or ``None`` when none is configured (the
    default). Raises :class:`DecoderUnavailable` when one is configured but unusable."""
    if not config or not config.get("library"):
        return None
    options = {k: config[k] for k in ("function", "flag", "success", "output") if k in config}
    return WltDecoder(str(config["library"]), **options)
