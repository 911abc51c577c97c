"""Encryption at rest of personal data (outbox payloads, attachments, server answers).

Algorithms (chosen by name, per key ring):

* ``aes-256-gcm`` (default): AES-256 in GCM, 96-bit random nonce, 128-bit tag; 32-byte keys.
* ``sm4-gcm`` (国密 deployments): SM4 in GCM (RFC 8998), 96-bit random nonce, 128-bit tag;
  16-byte keys. ``cryptography`` exposes SM4 through ``Cipher(algorithms.SM4(k), modes.GCM(iv))``
  and it works when the OpenSSL it is linked with has SM4-GCM (the wheels of cryptography 50
  ship OpenSSL 3.x/4.x, which do). :func:`sm4_gcm_available` probes it at run time; the tests
  check the RFC 8998 A.1 vector.
* ``sm4-cbc-hmac``: SM4-CBC (PKCS#7) then HMAC-SHA256 over header, AAD, IV and
  ciphertext (encrypt-then-MAC); the encryption and MAC keys are derived from the 16-byte key
  with HKDF-SHA256. Selectable, and the fallback where SM4-GCM is missing.

Every blob is self-describing, so old data stays readable after a key or algorithm change::

    b"K1" | alg (1 byte) | key id (8 bytes) | nonce/IV | ciphertext | tag/MAC

The header and the caller's ``aad`` (the row id, the attachment hash...) are authenticated, so a
blob cannot be moved to another row or file without failing to decrypt.

Keys come from key files outside the repository: one key per line, hex or base64, ``#``
comments allowed; the first key encrypts, the following ones are retired keys kept to read old
data (rotation: put the new key on the first line, keep the old ones below until every item
encrypted with them has been purged). A key file must be a regular file owned by the current
user with no group or other permission bits (``chmod 600``); anything else is refused.

Exceptions raised by this module::

    Exception
    └── CryptoError              any failure of this module
        ├── KeyFileError         key file missing, unreadable, wrong mode/owner, bad encoding,
        │                        wrong key size, empty
        ├── UnknownKeyError      a blob encrypted with a key id the ring does not hold
        └── DecryptionError      not a blob of this module, unknown algorithm, or the
                                 authentication failed (tampered, wrong aad, wrong key)

Messages name the file and the problem, never key material.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import os
import stat
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Final

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

__all__ = [
    "AES_256_GCM",
    "ALGORITHMS",
    "DEFAULT_ALGORITHM",
    "SM4_CBC_HMAC",
    "SM4_GCM",
    "CryptoError",
    "DecryptionError",
    "KeyEntry",
    "KeyFileError",
    "KeyRing",
    "UnknownKeyError",
    "create_key_file",
    "ensure_key_file",
    "read_key_file",
    "sm4_gcm_available",
]

AES_256_GCM: Final = "aes-256-gcm"
SM4_GCM: Final = "sm4-gcm"
SM4_CBC_HMAC: Final = "sm4-cbc-hmac"
DEFAULT_ALGORITHM: Final = AES_256_GCM

#: algorithm name -> (id byte in the blob header, key size in bytes)
ALGORITHMS: Final = {AES_256_GCM: (1, 32), SM4_GCM: (2, 16), SM4_CBC_HMAC: (3, 16)}
_BY_ID: Final = {alg_id: name for name, (alg_id, _) in ALGORITHMS.items()}

_MAGIC: Final = b"K1"
_KEY_ID_LEN: Final = 8
_HEADER_LEN: Final = len(_MAGIC) + 1 + _KEY_ID_LEN
_NONCE_LEN: Final = 12
_TAG_LEN: Final = 16
_IV_LEN: Final = 16
_MAC_LEN: Final = 32
_AUTH_FAILED: Final = "authentication failed (tampered data, wrong aad or key)"


class CryptoError(Exception):
    """Any failure of the at-rest encryption."""


class KeyFileError(CryptoError):
    """A key file cannot be used (missing, permissions, encoding, size)."""


class UnknownKeyError(CryptoError):
    """The blob was encrypted with a key that is not in the key ring."""


class DecryptionError(CryptoError):
    """The blob is malformed or fails authentication."""


# ------------------------------------------------------------------------------ key files


def _decode_key(text: str) -> bytes | None:
    text = text.strip()
    if len(text) in (32, 64):
        try:
            return bytes.fromhex(text)
        except ValueError:
            pass
    try:
        return base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        return None


def _check_key_file_mode(path: Path) -> os.stat_result:
    try:
        info = path.stat()
    except FileNotFoundError as exc:
        raise KeyFileError(f"key file {path}: not found") from exc
    except OSError as exc:
        raise KeyFileError(f"key file {path}: cannot read: {exc.strerror or exc}") from exc
    if not stat.S_ISREG(info.st_mode):
        raise KeyFileError(f"key file {path}: not a regular file")
    mode = stat.S_IMODE(info.st_mode)
    if mode & 0o077:
        raise KeyFileError(
            f"key file {path}: mode {mode:04o} lets other users read it; "
            f"it must be 0600 (run: chmod 600 {path})"
        )
    if hasattr(os, "geteuid") and info.st_uid != os.geteuid():
        raise KeyFileError(f"key file {path}: owned by uid {info.st_uid}, not by this user")
    return info


def read_key_file(path: Path | str, key_size: int) -> list[bytes]:
    """The keys in ``path`` (first = current), each exactly ``key_size`` bytes.

    Refuses files readable by group or others, files of other users, bad encodings and wrong
    sizes with :class:`KeyFileError`.
    """
    path = Path(path)
    _check_key_file_mode(path)
    try:
        text = path.read_text(encoding="ascii")
    except (OSError, UnicodeDecodeError) as exc:
        raise KeyFileError(f"key file {path}: cannot read as ASCII text") from exc
    keys: list[bytes] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        key = _decode_key(line)
        if key is None:
            raise KeyFileError(f"key file {path}, line {number}: not hex or base64")
        if len(key) != key_size:
            raise KeyFileError(
                f"key file {path}, line {number}: key is {len(key)} bytes, need {key_size}"
            )
        keys.append(key)
    if not keys:
        raise KeyFileError(f"key file {path}: holds no key")
    return keys


def create_key_file(path: Path | str, key_size: int) -> Path:
    """Create ``path`` with one fresh random key (hex), mode 0600; its directory gets 0700.

    Raises :class:`KeyFileError` if the file already exists (never overwrites a key: data
    encrypted with it would be lost).
    """
    path = Path(path)
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError as exc:
        raise KeyFileError(f"key file {path}: already exists, not overwritten") from exc
    except OSError as exc:
        raise KeyFileError(f"key file {path}: cannot create: {exc.strerror or exc}") from exc
    try:
        os.fchmod(fd, 0o600)  # the umask may have removed bits, never added: make it exact
        os.write(fd, os.urandom(key_size).hex().encode("ascii") + b"\n")
        os.fsync(fd)
    finally:
        os.close(fd)
    return path


def ensure_key_file(path: Path | str, key_size: int) -> Path:
    """Create the key file if it is missing (demo and first start); return its path."""
    path = Path(path)
    if not path.exists():
        try:
            create_key_file(path, key_size)
        except KeyFileError:
            if not path.exists():  # lost a creation race: fine when the other one won
                raise
    return path


# ------------------------------------------------------------------------------ key ring


def _key_id(algorithm: str, key: bytes) -> bytes:
    return hashlib.sha256(b"gov-kiosk key id\0" + algorithm.encode() + b"\0" + key).digest()[
        :_KEY_ID_LEN
    ]


@cache
def sm4_gcm_available() -> bool:
    """Does the linked OpenSSL do SM4-GCM? (Probed once with a real encryption.)"""
    try:
        encryptor = Cipher(algorithms.SM4(bytes(16)), modes.GCM(bytes(12))).encryptor()
        encryptor.update(b"probe")
        encryptor.finalize()
    except Exception:  # UnsupportedAlgorithm and friends: whatever the build raises
        return False
    return True


@dataclass(frozen=True)
class KeyEntry:
    """One key with its algorithm; ``key_id`` (hex) is derived from both."""

    algorithm: str
    key: bytes = field(repr=False)

    def __post_init__(self) -> None:
        if self.algorithm not in ALGORITHMS:
            raise CryptoError(
                f"unknown algorithm {self.algorithm!r} (known: {', '.join(ALGORITHMS)})"
            )
        size = ALGORITHMS[self.algorithm][1]
        if len(self.key) != size:
            raise CryptoError(f"{self.algorithm} needs a {size}-byte key, got {len(self.key)}")
        if self.algorithm == SM4_GCM and not sm4_gcm_available():
            raise CryptoError(
                f"{SM4_GCM} is not available in this OpenSSL build; use {SM4_CBC_HMAC}"
            )

    @property
    def raw_id(self) -> bytes:
        return _key_id(self.algorithm, self.key)

    @property
    def key_id(self) -> str:
        return self.raw_id.hex()


class KeyRing:
    """Encrypts with the current key; decrypts with any key it holds (rotation).

    Thread-safe: it holds no mutable state after construction.
    """

    def __init__(self, current: KeyEntry, retired: Iterable[KeyEntry] = ()) -> None:
        self._current = current
        self._by_id: dict[bytes, KeyEntry] = {}
        for entry in (current, *retired):
            self._by_id.setdefault(entry.raw_id, entry)
        self._aes: dict[bytes, AESGCM] = {
            kid: AESGCM(e.key) for kid, e in self._by_id.items() if e.algorithm == AES_256_GCM
        }
        self._cbc_keys: dict[bytes, tuple[bytes, bytes]] = {
            kid: _derive_cbc_keys(e.key)
            for kid, e in self._by_id.items()
            if e.algorithm == SM4_CBC_HMAC
        }

    @classmethod
    def from_file(
        cls,
        path: Path | str,
        algorithm: str = DEFAULT_ALGORITHM,
        *,
        retired: Sequence[KeyRing] = (),
    ) -> KeyRing:
        """Keys of ``path`` (first current, others retired) plus all keys of ``retired`` rings.

        ``retired`` lets a deployment switch algorithm (AES → SM4) and still read old data.
        """
        if algorithm not in ALGORITHMS:
            raise KeyFileError(f"unknown algorithm {algorithm!r} (known: {', '.join(ALGORITHMS)})")
        keys = read_key_file(path, ALGORITHMS[algorithm][1])
        entries = [KeyEntry(algorithm, key) for key in keys]
        old = [entry for ring in retired for entry in ring.entries]
        return cls(entries[0], [*entries[1:], *old])

    @property
    def algorithm(self) -> str:
        return self._current.algorithm

    @property
    def current_key_id(self) -> str:
        return self._current.key_id

    @property
    def key_ids(self) -> list[str]:
        return [kid.hex() for kid in self._by_id]

    @property
    def entries(self) -> list[KeyEntry]:
        return list(self._by_id.values())

    # -------------------------------------------------------------------------- keyed hash

    def keyed_hash(self, data: bytes, purpose: str) -> str:
        """HMAC-SHA256 (hex) of ``data`` under a key derived from the current key for
        ``purpose``: a lookup key for personal data (an ID number) that cannot be recomputed
        without the key file, unlike a bare SHA-256 of an 18-character number."""
        return _keyed_hash(self._current, data, purpose)

    def keyed_hashes(self, data: bytes, purpose: str) -> list[str]:
        """:meth:`keyed_hash` under every key of the ring, current first (lookups of rows
        written before a key rotation)."""
        return [_keyed_hash(entry, data, purpose) for entry in self._by_id.values()]

    # -------------------------------------------------------------------------- encrypt

    def encrypt(self, plaintext: bytes, aad: bytes = b"") -> bytes:
        """A self-describing blob of ``plaintext`` under the current key, bound to ``aad``."""
        entry = self._current
        alg_id = ALGORITHMS[entry.algorithm][0]
        header = _MAGIC + bytes([alg_id]) + entry.raw_id
        if entry.algorithm == AES_256_GCM:
            nonce = os.urandom(_NONCE_LEN)
            return header + nonce + self._aes[entry.raw_id].encrypt(nonce, plaintext, header + aad)
        if entry.algorithm == SM4_GCM:
            nonce = os.urandom(_NONCE_LEN)
            encryptor = Cipher(algorithms.SM4(entry.key), modes.GCM(nonce)).encryptor()
            encryptor.authenticate_additional_data(header + aad)
            body = encryptor.update(plaintext) + encryptor.finalize()
            return header + nonce + body + encryptor.tag
        enc_key, mac_key = self._cbc_keys[entry.raw_id]
        iv = os.urandom(_IV_LEN)
        padder = padding.PKCS7(128).padder()
        padded = padder.update(plaintext) + padder.finalize()
        encryptor = Cipher(algorithms.SM4(enc_key), modes.CBC(iv)).encryptor()
        body = encryptor.update(padded) + encryptor.finalize()
        mac = _cbc_mac(mac_key, header, aad, iv, body)
        return header + iv + body + mac

    # -------------------------------------------------------------------------- decrypt

    def key_id_of(self, blob: bytes) -> str:
        """Hex key id a blob was encrypted with (diagnostics, rotation progress)."""
        return self._parse_header(blob)[1].hex()

    def decrypt(self, blob: bytes, aad: bytes = b"") -> bytes:
        """The plaintext of ``blob``; raises :class:`DecryptionError` / :class:`UnknownKeyError`."""
        algorithm, raw_id = self._parse_header(blob)
        entry = self._by_id.get(raw_id)
        if entry is None:
            raise UnknownKeyError(f"blob encrypted with key {raw_id.hex()}, not in the key ring")
        if entry.algorithm != algorithm:
            raise DecryptionError("blob algorithm does not match its key")
        header, rest = bytes(blob[:_HEADER_LEN]), bytes(blob[_HEADER_LEN:])
        try:
            if algorithm == AES_256_GCM:
                if len(rest) < _NONCE_LEN + _TAG_LEN:
                    raise DecryptionError("blob too short")
                return self._aes[raw_id].decrypt(rest[:_NONCE_LEN], rest[_NONCE_LEN:], header + aad)
            if algorithm == SM4_GCM:
                if len(rest) < _NONCE_LEN + _TAG_LEN:
                    raise DecryptionError("blob too short")
                nonce, body, tag = rest[:_NONCE_LEN], rest[_NONCE_LEN:-_TAG_LEN], rest[-_TAG_LEN:]
                decryptor = Cipher(algorithms.SM4(entry.key), modes.GCM(nonce, tag)).decryptor()
                decryptor.authenticate_additional_data(header + aad)
                return decryptor.update(body) + decryptor.finalize()
            return self._decrypt_cbc(raw_id, header, rest, aad)
        except InvalidTag as exc:
            raise DecryptionError(
                "authentication failed (tampered data, wrong aad or key)"
            ) from exc

    def _decrypt_cbc(self, raw_id: bytes, header: bytes, rest: bytes, aad: bytes) -> bytes:
        if len(rest) < _IV_LEN + 16 + _MAC_LEN or (len(rest) - _IV_LEN - _MAC_LEN) % 16:
            raise DecryptionError("blob too short or not whole blocks")
        enc_key, mac_key = self._cbc_keys[raw_id]
        iv, body, mac = rest[:_IV_LEN], rest[_IV_LEN:-_MAC_LEN], rest[-_MAC_LEN:]
        if not hmac.compare_digest(mac, _cbc_mac(mac_key, header, aad, iv, body)):
            raise DecryptionError(_AUTH_FAILED)
        decryptor = Cipher(algorithms.SM4(enc_key), modes.CBC(iv)).decryptor()
        padded = decryptor.update(body) + decryptor.finalize()
        unpadder = padding.PKCS7(128).unpadder()
        try:
            return unpadder.update(padded) + unpadder.finalize()
        except ValueError as exc:  # cannot happen once the MAC matched, unless the key is wrong
            raise DecryptionError("bad padding") from exc

    @staticmethod
    def _parse_header(blob: bytes) -> tuple[str, bytes]:
        if len(blob) < _HEADER_LEN or bytes(blob[:2]) != _MAGIC:
            raise DecryptionError("not an encrypted blob of this kiosk")
        algorithm = _BY_ID.get(blob[2])
        if algorithm is None:
            raise DecryptionError(f"unknown algorithm id {blob[2]}")
        return algorithm, bytes(blob[3:_HEADER_LEN])


def _keyed_hash(entry: KeyEntry, data: bytes, purpose: str) -> str:
    mac_key = HKDF(
        algorithm=hashes.SHA256(),
        length=32,
        salt=None,
        info=b"gov-kiosk keyed hash\0" + purpose.encode(),
    ).derive(entry.key)
    return hmac.new(mac_key, data, hashlib.sha256).hexdigest()


def _derive_cbc_keys(key: bytes) -> tuple[bytes, bytes]:
    okm = HKDF(
        algorithm=hashes.SHA256(), length=16 + 32, salt=None, info=b"gov-kiosk sm4-cbc-hmac"
    ).derive(key)
    return okm[:16], okm[16:]


def _cbc_mac(mac_key: bytes, header: bytes, aad: bytes, iv: bytes, body: bytes) -> bytes:
    mac = hmac.new(mac_key, digestmod=hashlib.sha256)
    mac.update(header)
    mac.update(len(aad).to_bytes(8, "big"))
    mac.update(aad)
    mac.update(iv)
    mac.update(body)
    return mac.digest()
