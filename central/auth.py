"""Kiosk keys and the request signature of docs/platform-api.md.

``canonical`` is five lines joined by ``\\n``: METHOD, PATH (as sent, with ``?query``),
X-Timestamp, X-Nonce and the lowercase hex SHA-256 of the raw body; ``X-Signature`` is the
lowercase hex HMAC-SHA256 of it under the kiosk's 32-byte key.

Keys live one per file, ``<dir>/<KIOSK-ID>.key``: one key per line, 64 hex characters (or the
base64 of 32 bytes), ``#`` starts a comment; the first key is the current one and every listed
key is accepted, so a key can be rotated without a window of refused requests. A key file that
group or others may access (any of mode bits 077), that is not a regular file, or that holds no
valid key is refused: the kiosk is then unknown, and the reason is kept in
:meth:`KeyStore.problems` for the console (never the key itself). Files are read on demand and
re-read when they change, so a kiosk registered while the server runs is known at once.

Exceptions raised by this module::

    Exception
    ├── ValueError      register_key() / sign() given a malformed kiosk id or key
    └── OSError         register_key() cannot write the key file
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import logging
import os
import re
import secrets
import stat
import threading
from pathlib import Path
from typing import Final

__all__ = [
    "KIOSK_ID_RE",
    "NONCE_RE",
    "KeyStore",
    "canonical_string",
    "new_key_file",
    "sign",
]

log = logging.getLogger(__name__)

KIOSK_ID_RE: Final = re.compile(r"^[A-Z0-9-]{4,40}$")
NONCE_RE: Final = re.compile(r"^[A-Za-z0-9_-]{16,64}$")
_KEY_RE: Final = re.compile(r"^[0-9a-fA-F]{64}$")


def canonical_string(method: str, path: str, timestamp: str, nonce: str, body: bytes) -> str:
    return "\n".join((method.upper(), path, timestamp, nonce, hashlib.sha256(body).hexdigest()))


def sign(key: bytes, method: str, path: str, timestamp: str, nonce: str, body: bytes) -> str:
    """The X-Signature value (lowercase hex HMAC-SHA256 of the canonical string)."""
    message = canonical_string(method, path, timestamp, nonce, body).encode()
    return hmac.new(key, message, hashlib.sha256).hexdigest()


def new_key_file(directory: Path, kiosk_id: str) -> Path:
    """Create ``<directory>/<kiosk_id>.key`` with a random key, mode 0600; keep an existing one."""
    if not KIOSK_ID_RE.match(kiosk_id):
        raise ValueError(f"bad kiosk id {kiosk_id!r}: 4-40 of A-Z, 0-9 and '-'")
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / f"{kiosk_id}.key"
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return path
    with os.fdopen(fd, "w") as handle:
        handle.write(secrets.token_hex(32) + "\n")
    os.chmod(path, 0o600)  # the umask cannot widen it, but be explicit
    return path


def _decode_key(line: str) -> bytes | None:
    if _KEY_RE.match(line):
        return bytes.fromhex(line)
    try:
        key = base64.b64decode(line, validate=True)
    except (binascii.Error, ValueError):
        return None
    return key if len(key) == 32 else None


class KeyStore:
    """Per-kiosk secret keys read from ``<directory>/<KIOSK-ID>.key`` files."""

    def __init__(self, directory: Path | None) -> None:
        self.directory = directory
        self._cache: dict[str, tuple[tuple[int, int, int], list[bytes]]] = {}
        self._problems: dict[str, str] = {}
        self._lock = threading.Lock()

    def keys_for(self, kiosk_id: str) -> list[bytes]:
        """The keys of ``kiosk_id`` (first = current); empty when unknown or refused."""
        if self.directory is None or not KIOSK_ID_RE.match(kiosk_id):
            return []
        path = self.directory / f"{kiosk_id}.key"
        try:
            st = path.stat()
        except OSError:
            with self._lock:
                self._cache.pop(kiosk_id, None)
                self._problems.pop(kiosk_id, None)
            return []
        stamp = (st.st_mtime_ns, st.st_mode, st.st_size)
        with self._lock:
            cached = self._cache.get(kiosk_id)
            if cached is not None and cached[0] == stamp:
                return cached[1]
        keys = self._load(kiosk_id, path, st)
        with self._lock:
            self._cache[kiosk_id] = (stamp, keys)
        return keys

    def key_for(self, kiosk_id: str) -> bytes | None:
        """The current key of ``kiosk_id``, or None."""
        keys = self.keys_for(kiosk_id)
        return keys[0] if keys else None

    def _load(self, kiosk_id: str, path: Path, st: os.stat_result) -> list[bytes]:
        problem = None
        keys: list[bytes] = []
        if not stat.S_ISREG(st.st_mode):
            problem = "key file is not a regular file"
        elif st.st_mode & 0o077:
            problem = f"key file mode {stat.S_IMODE(st.st_mode):04o} is open to group/others"
        else:
            try:
                text = path.read_text(encoding="ascii")
            except (OSError, UnicodeDecodeError):
                text = ""
            for raw in text.splitlines():
                line = raw.split("#", 1)[0].strip()
                if line:
                    key = _decode_key(line)
                    if key is None:
                        keys = []
                        break
                    keys.append(key)
            if not keys:
                problem = "key file does not hold 32-byte keys in hex or base64"
        with self._lock:
            if problem:
                self._problems[kiosk_id] = problem
                log.warning("refusing the key file of kiosk %s: %s", kiosk_id, problem)
            else:
                self._problems.pop(kiosk_id, None)
        return keys

    def known_kiosks(self) -> list[str]:
        if self.directory is None or not self.directory.is_dir():
            return []
        return sorted(p.stem for p in self.directory.glob("*.key") if KIOSK_ID_RE.match(p.stem))

    def problems(self) -> dict[str, str]:
        for kiosk_id in self.known_kiosks():
            self.key_for(kiosk_id)
        with self._lock:
            return dict(self._problems)
