"""At-rest encryption: algorithms, rotation, key files and their permissions."""

from __future__ import annotations

import base64
import os

import pytest
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from offline_cache.crypto import (
    AES_256_GCM,
    SM4_CBC_HMAC,
    SM4_GCM,
    DecryptionError,
    KeyEntry,
    KeyFileError,
    KeyRing,
    UnknownKeyError,
    create_key_file,
    ensure_key_file,
    read_key_file,
    sm4_gcm_available,
)

ALGS = [(AES_256_GCM, 32), (SM4_GCM, 16), (SM4_CBC_HMAC, 16)]


def _ring(alg: str, size: int) -> KeyRing:
    return KeyRing(KeyEntry(alg, os.urandom(size)))


@pytest.mark.parametrize(("alg", "size"), ALGS)
def test_round_trip(alg, size):
    ring = _ring(alg, size)
    blob = ring.encrypt("张三 110101199003077777".encode(), b"row-1")
    assert "张三".encode() not in blob
    assert ring.decrypt(blob, b"row-1") == "张三 110101199003077777".encode()


@pytest.mark.parametrize(("alg", "size"), ALGS)
def test_wrong_aad_fails(alg, size):
    ring = _ring(alg, size)
    blob = ring.encrypt(b"secret", b"row-1")
    with pytest.raises(DecryptionError):
        ring.decrypt(blob, b"row-2")


@pytest.mark.parametrize(("alg", "size"), ALGS)
def test_tampering_fails(alg, size):
    ring = _ring(alg, size)
    blob = bytearray(ring.encrypt(b"secret payload of some length", b""))
    blob[-20] ^= 0x01
    with pytest.raises(DecryptionError):
        ring.decrypt(bytes(blob), b"")


def test_empty_plaintext_round_trips():
    ring = _ring(AES_256_GCM, 32)
    assert ring.decrypt(ring.encrypt(b"")) == b""


def test_unknown_key_is_reported():
    blob = _ring(AES_256_GCM, 32).encrypt(b"x")
    with pytest.raises(UnknownKeyError):
        _ring(AES_256_GCM, 32).decrypt(blob)


def test_not_a_blob_is_reported():
    with pytest.raises(DecryptionError, match="not an encrypted blob"):
        _ring(AES_256_GCM, 32).decrypt(b"plain text")


def test_sm4_gcm_matches_rfc8998_vector():
    # RFC 8998 appendix A.1: cryptography's SM4 + GCM is real SM4-GCM in this build.
    assert sm4_gcm_available()
    key = bytes.fromhex("0123456789ABCDEFFEDCBA9876543210")
    iv = bytes.fromhex("00001234567800000000ABCD")
    aad = bytes.fromhex("FEEDFACEDEADBEEFFEEDFACEDEADBEEFABADDAD2")
    plain = bytes.fromhex(
        "AAAAAAAAAAAAAAAABBBBBBBBBBBBBBBBCCCCCCCCCCCCCCCCDDDDDDDDDDDDDDDD"
        "EEEEEEEEEEEEEEEEFFFFFFFFFFFFFFFFEEEEEEEEEEEEEEEEAAAAAAAAAAAAAAAA"
    )
    enc = Cipher(algorithms.SM4(key), modes.GCM(iv)).encryptor()
    enc.authenticate_additional_data(aad)
    cipher = enc.update(plain) + enc.finalize()
    assert cipher.hex().upper() == (
        "17F399F08C67D5EE19D0DC9969C4BB7D5FD46FD3756489069157B282BB200735"
        "D82710CA5C22F0CCFA7CBF93D496AC15A56834CBCF98C397B4024A2691233B8D"
    )
    assert enc.tag.hex().upper() == "83DE3541E4C2B58177E065A9BF7B62EC"


def test_rotation_keeps_old_blobs_readable(tmp_path):
    old_key, new_key = os.urandom(32), os.urandom(32)
    old = KeyRing(KeyEntry(AES_256_GCM, old_key))
    blob = old.encrypt(b"before rotation", b"a")
    rotated = KeyRing(KeyEntry(AES_256_GCM, new_key), [KeyEntry(AES_256_GCM, old_key)])
    assert rotated.decrypt(blob, b"a") == b"before rotation"
    fresh = rotated.encrypt(b"after", b"a")
    assert rotated.key_id_of(fresh) == rotated.current_key_id != old.current_key_id
    with pytest.raises(UnknownKeyError):
        old.decrypt(fresh, b"a")


def test_algorithm_switch_reads_old_data_through_retired_ring(tmp_path):
    aes_file = create_key_file(tmp_path / "aes.key", 32)
    sm4_file = create_key_file(tmp_path / "sm4.key", 16)
    aes = KeyRing.from_file(aes_file, AES_256_GCM)
    blob = aes.encrypt(b"old", b"")
    sm4 = KeyRing.from_file(sm4_file, SM4_GCM, retired=[aes])
    assert sm4.algorithm == SM4_GCM
    assert sm4.decrypt(blob, b"") == b"old"


def test_key_file_lines_first_is_current(tmp_path):
    k1, k2 = os.urandom(32), os.urandom(32)
    path = tmp_path / "k.key"
    path.write_text(f"# rotated 2026-11\n{k1.hex()}\n{base64.b64encode(k2).decode()}  # old\n")
    path.chmod(0o600)
    assert read_key_file(path, 32) == [k1, k2]
    ring = KeyRing.from_file(path)
    assert ring.current_key_id == KeyEntry(AES_256_GCM, k1).key_id
    assert len(ring.key_ids) == 2


def test_key_file_readable_by_others_is_refused(tmp_path):
    path = tmp_path / "k.key"
    path.write_text(os.urandom(32).hex())
    path.chmod(0o644)
    with pytest.raises(KeyFileError, match="chmod 600"):
        read_key_file(path, 32)


def test_key_file_with_wrong_size_is_refused(tmp_path):
    path = tmp_path / "k.key"
    path.write_text(os.urandom(16).hex())
    path.chmod(0o600)
    with pytest.raises(KeyFileError, match="16 bytes, need 32"):
        read_key_file(path, 32)


def test_key_file_with_bad_encoding_is_refused(tmp_path):
    path = tmp_path / "k.key"
    path.write_text("not a key!\n")
    path.chmod(0o600)
    with pytest.raises(KeyFileError, match="not hex or base64"):
        read_key_file(path, 32)


def test_missing_and_empty_key_files_are_refused(tmp_path):
    with pytest.raises(KeyFileError, match="not found"):
        read_key_file(tmp_path / "absent.key", 32)
    empty = tmp_path / "empty.key"
    empty.write_text("# nothing\n")
    empty.chmod(0o600)
    with pytest.raises(KeyFileError, match="no key"):
        read_key_file(empty, 32)


def test_create_key_file_is_0600_and_never_overwrites(tmp_path):
    path = create_key_file(tmp_path / "secrets" / "outbox.key", 32)
    assert path.stat().st_mode & 0o777 == 0o600
    assert path.parent.stat().st_mode & 0o777 == 0o700
    before = path.read_bytes()
    with pytest.raises(KeyFileError, match="already exists"):
        create_key_file(path, 32)
    assert ensure_key_file(path, 32) == path
    assert path.read_bytes() == before
    assert len(read_key_file(path, 32)) == 1


def test_wrong_key_size_for_algorithm_is_refused():
    with pytest.raises(Exception, match="16-byte key"):
        KeyEntry(SM4_GCM, os.urandom(32))
