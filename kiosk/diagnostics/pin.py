"""Slow, salted hashes for the technician PIN and technician ID cards.

Stored form (the configuration holds only this string, never the PIN)::

    scrypt$<n>$<r>$<p>$<salt, base64>$<hash, base64>

scrypt (``hashlib.scrypt``, RFC 7914) with n = 2**14, r = 8, p = 1 by default: about 16 MiB and
some 50 ms per check on the kiosk's CPU, so a stolen configuration cannot be brute-forced over
the 10**6 six-digit PINs in seconds, and a wrong guess at the screen costs the guesser time.
A 16-byte random salt per hash; comparison in constant time.

Technician cards use the same format over the upper-cased ID number, so the configuration does
not list technicians' ID numbers in clear.

Command line (prints the string to put in ``[diagnostics]``)::

    python -m kiosk.diagnostics.pin hash            # asks for the PIN twice (not echoed)
    python -m kiosk.diagnostics.pin hash --stdin    # reads it from standard input
    python -m kiosk.diagnostics.pin hash-card       # a technician's ID card number
    python -m kiosk.diagnostics.pin verify HASH     # checks a PIN against a stored string

Exceptions: :class:`ValueError` for a malformed hash string or an unusable PIN.
"""

from __future__ import annotations

import argparse
import base64
import getpass
import hashlib
import hmac
import re
import secrets
import sys
from dataclasses import dataclass
from typing import Final

__all__ = [
    "DEMO_PIN",
    "DEMO_PIN_HASH",
    "PinHash",
    "hash_card",
    "hash_pin",
    "main",
    "normalise_card",
    "valid_pin",
    "verify_card",
    "verify_pin",
]

SCHEME: Final = "scrypt"
DEFAULT_N: Final = 2**14
DEFAULT_R: Final = 8
DEFAULT_P: Final = 1
SALT_BYTES: Final = 16
HASH_BYTES: Final = 32
#: upper bounds accepted when parsing (a hostile string must not make the kiosk allocate GBs)
MAX_N: Final = 2**20
MAX_MEMORY: Final = 256 * 1024 * 1024
PIN_RE: Final = re.compile(r"^\d{4,12}$")

#: The demo configuration's technician PIN (README, config/README.md). The kiosk refuses the
#: demo hash when ``kiosk.demo`` is false, so a deployment that forgot to set its own PIN
#: cannot be opened with a published one.
DEMO_PIN: Final = "246813"
DEMO_PIN_HASH: Final = (
    "scrypt$16384$8$1$ZGVtby1waW4tc2FsdC0wMQ==$HUAnTfrE7W+JEbmWXNGPmASXAa6w9qY8PwsMfdD3nOU="
)


@dataclass(frozen=True)
class PinHash:
    """A parsed ``scrypt$n$r$p$salt$hash`` string."""

    n: int
    r: int
    p: int
    salt: bytes
    digest: bytes

    @classmethod
    def parse(cls, text: str) -> PinHash:
        parts = text.strip().split("$")
        if len(parts) != 6 or parts[0] != SCHEME:
            raise ValueError("not a scrypt$n$r$p$salt$hash string")
        try:
            n, r, p = int(parts[1]), int(parts[2]), int(parts[3])
            salt = base64.b64decode(parts[4], validate=True)
            digest = base64.b64decode(parts[5], validate=True)
        except ValueError as exc:
            raise ValueError("malformed scrypt hash string") from exc
        if n < 2 or n & (n - 1) or n > MAX_N or not 1 <= r <= 32 or not 1 <= p <= 16:
            raise ValueError("scrypt parameters out of range")
        if 128 * r * n * 2 > MAX_MEMORY or len(salt) < 8 or len(digest) < 16:
            raise ValueError("scrypt parameters out of range")
        return cls(n, r, p, salt, digest)

    def format(self) -> str:
        salt = base64.b64encode(self.salt).decode()
        digest = base64.b64encode(self.digest).decode()
        return f"{SCHEME}${self.n}${self.r}${self.p}${salt}${digest}"


def _scrypt(secret: str, salt: bytes, n: int, r: int, p: int, length: int) -> bytes:
    return hashlib.scrypt(
        secret.encode("utf-8"),
        salt=salt,
        n=n,
        r=r,
        p=p,
        maxmem=MAX_MEMORY,
        dklen=length,
    )


def valid_pin(pin: str) -> bool:
    """4 to 12 digits."""
    return bool(PIN_RE.fullmatch(pin))


def _hash(secret: str, *, n: int, r: int, p: int, salt: bytes | None) -> str:
    salt = salt if salt is not None else secrets.token_bytes(SALT_BYTES)
    digest = _scrypt(secret, salt, n, r, p, HASH_BYTES)
    return PinHash(n, r, p, salt, digest).format()


def hash_pin(
    pin: str,
    *,
    n: int = DEFAULT_N,
    r: int = DEFAULT_R,
    p: int = DEFAULT_P,
    salt: bytes | None = None,
) -> str:
    """The stored form of ``pin`` (4-12 digits) with a fresh random salt."""
    if not valid_pin(pin):
        raise ValueError("a PIN is 4 to 12 digits")
    return _hash(pin, n=n, r=r, p=p, salt=salt)


def _verify(secret: str, stored: str) -> bool:
    try:
        parsed = PinHash.parse(stored)
    except ValueError:
        return False
    digest = _scrypt(secret, parsed.salt, parsed.n, parsed.r, parsed.p, len(parsed.digest))
    return hmac.compare_digest(digest, parsed.digest)


def verify_pin(pin: str, stored: str) -> bool:
    """True when ``pin`` matches ``stored``; False for a mismatch or a malformed string."""
    if not valid_pin(pin) or not stored:
        return False
    return _verify(pin, stored)


def normalise_card(id_number: str) -> str:
    """The card number as hashed: spaces removed, upper case (the check digit may be ``X``)."""
    return "".join(id_number.split()).upper()


def hash_card(id_number: str, *, salt: bytes | None = None) -> str:
    """The stored form of a technician's ID card number."""
    number = normalise_card(id_number)
    if not re.fullmatch(r"[0-9A-Z]{8,20}", number):
        raise ValueError("not an ID card number")
    return _hash(number, n=DEFAULT_N, r=DEFAULT_R, p=DEFAULT_P, salt=salt)


def verify_card(id_number: str, stored: str) -> bool:
    number = normalise_card(id_number)
    return bool(number) and _verify(number, stored)


# ------------------------------------------------------------------------------ CLI


def _read_secret(prompt: str, from_stdin: bool, confirm: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().strip()
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("again: ") != first:
        raise SystemExit("the two entries differ")
    return first.strip()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m kiosk.diagnostics.pin",
        description="Make the hash strings for [diagnostics] pin_hash / technician_cards.",
    )
    sub = parser.add_subparsers(dest="command", required=True)
    for name, text in (("hash", "hash a PIN"), ("hash-card", "hash a technician's ID number")):
        cmd = sub.add_parser(name, help=text)
        cmd.add_argument("--stdin", action="store_true", help="read from standard input")
    verify = sub.add_parser("verify", help="check a PIN against a stored hash string")
    verify.add_argument("hash")
    verify.add_argument("--stdin", action="store_true", help="read the PIN from standard input")
    args = parser.parse_args(argv)
    try:
        if args.command == "hash":
            print(hash_pin(_read_secret("PIN (4-12 digits): ", args.stdin, True)))
        elif args.command == "hash-card":
            print(hash_card(_read_secret("ID card number: ", args.stdin, True)))
        else:
            PinHash.parse(args.hash)
            ok = verify_pin(_read_secret("PIN: ", args.stdin, False), args.hash)
            print("match" if ok else "no match")
            return 0 if ok else 1
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
