"""ID / social-security smart cards through any PC/SC reader (pcsc-lite + pyscard).

Uses pyscard's thin ``smartcard.scard`` layer (the PC/SC C API one to one) rather than its
object layer, because recovery needs explicit control of the context:

* **Monitoring** happens on the device's worker thread: each ``poll()`` is one
  ``SCardGetStatusChange`` with a zero timeout (no blocking) against the last known state;
  ``card_inserted``/``card_removed`` come out of that.
* **Reading** (:meth:`PcscReader.read_card`): connect shared, inside a PC/SC transaction
  (another application cannot interleave APDUs), SELECT the profile's application by AID,
  SELECT + READ BINARY each configured EF, parse BER-TLV, map to an
  :class:`~drivers.idcard.records.IdCardRecord` (:mod:`drivers.idcard.apdu`).
* **Readers come and go.** When the configured reader disappears - unplugged, or pcscd
  restarted, or the last reader went away and pcsc-lite invalidated the context - the poll
  raises ``DeviceUnavailable``; the device closes, releasing the context, and the DeviceHost
  reopens it with backoff, which establishes a *fresh* context. No app restart. (A context
  that survives the last reader's removal can keep answering "no readers" forever on some
  pcsc-lite versions; a new one never does.)

Faults: no pcscd / no reader -> ``DeviceUnavailable`` (no_device); a card problem ->
:class:`~drivers.idcard.errors.CardError` from ``read_card`` (device stays online): no card,
taken away mid-read (``CardRemoved``), wrong application (``UnknownCardType``), status words
(``CardReadFailed``), impossible data (``CardDataError``/``BadCheckDigit``); another
application holding the card exclusively -> ``DeviceBusy``.

Not covered: a card or reader driver that never answers an APDU. ``SCardTransmit`` has no
timeout of its own (the reader's IFD handler is responsible for the card's waiting time),
and ``SCardCancel`` cannot interrupt it.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Mapping
from typing import Any

from smartcard import scard as sc

from drivers.errors import DeviceBusy, DeviceError, DeviceUnavailable
from drivers.idcard.apdu import (
    SOCIAL_SECURITY_DEMO,
    SW_END_OF_FILE,
    SW_OK,
    SW_WRONG_OFFSET,
    CardProfile,
    get_response,
    read_binary,
    record_from_files,
    select_aid,
    select_ef,
    split_response,
    status_error,
)
from drivers.idcard.errors import CardReadFailed, CardRemoved, NoCard
from drivers.idcard.reader import IdCardReader
from drivers.idcard.records import IdCardRecord

log = logging.getLogger(__name__)


def _code(hresult: int) -> int:
    return hresult & 0xFFFFFFFF


#: the daemon or the reader is gone: close, and reopen with a fresh context
_GONE = {
    _code(sc.SCARD_E_NO_SERVICE),
    _code(sc.SCARD_E_SERVICE_STOPPED),
    _code(sc.SCARD_E_INVALID_HANDLE),
    _code(sc.SCARD_E_UNKNOWN_READER),
    _code(sc.SCARD_E_READER_UNAVAILABLE),
    _code(sc.SCARD_E_NO_READERS_AVAILABLE),
    _code(sc.SCARD_E_NOT_READY),
    _code(sc.SCARD_E_UNKNOWN_RES_MNG),
}
_NO_CARD = {_code(sc.SCARD_E_NO_SMARTCARD), _code(sc.SCARD_W_REMOVED_CARD)}
_CARD_LOST = _NO_CARD | {
    _code(sc.SCARD_W_RESET_CARD),
    _code(sc.SCARD_E_NOT_TRANSACTED),
    _code(sc.SCARD_E_COMM_DATA_LOST),
    _code(sc.SCARD_W_UNPOWERED_CARD),
}
_UNREADABLE = {
    _code(sc.SCARD_W_UNRESPONSIVE_CARD),
    _code(sc.SCARD_W_UNSUPPORTED_CARD),
    _code(sc.SCARD_E_PROTO_MISMATCH),
    _code(sc.SCARD_E_CARD_UNSUPPORTED),
}
_TIMEOUT = _code(sc.SCARD_E_TIMEOUT)

_SHARE = {"shared": sc.SCARD_SHARE_SHARED, "exclusive": sc.SCARD_SHARE_EXCLUSIVE}
_PROTOCOLS = {
    "T0": sc.SCARD_PROTOCOL_T0,
    "T1": sc.SCARD_PROTOCOL_T1,
    "T0|T1": sc.SCARD_PROTOCOL_T0 | sc.SCARD_PROTOCOL_T1,
}


def _message(hresult: int) -> str:
    try:
        return str(sc.SCardGetErrorMessage(hresult)).strip().rstrip(".")
    except Exception:  # the message lookup must never hide the real error
        return f"PC/SC error 0x{_code(hresult):08X}"


class PcscReader(IdCardReader):
    """A PC/SC reader. ``reader`` (or ``port``, the common config key): exact name, or a
    substring matching exactly one reader, or ``None`` for the first reader. ``profile``: a
    :class:`CardProfile` or its mapping (see :meth:`CardProfile.from_mapping`); default
    :data:`SOCIAL_SECURITY_DEMO`."""

    driver_name = "pcsc"
    command_names = ("read_card", "list_readers")

    def __init__(
        self,
        device_id: str,
        *,
        reader: str | None = None,
        port: str | None = None,
        profile: CardProfile | Mapping[str, Any] | None = None,
        share_mode: str = "shared",
        protocols: str = "T0|T1",
        removal_polls: int = 1,
        verify_check_digit: bool | None = None,
        removal_grace_ms: int = 1000,
    ) -> None:
        super().__init__(device_id, removal_polls=removal_polls)
        if share_mode not in _SHARE:
            raise ValueError(f"share_mode must be one of {sorted(_SHARE)}")
        if protocols not in _PROTOCOLS:
            raise ValueError(f"protocols must be one of {sorted(_PROTOCOLS)}")
        if profile is None:
            profile = SOCIAL_SECURITY_DEMO
        elif not isinstance(profile, CardProfile):
            profile = CardProfile.from_mapping(profile)
        self._wanted = reader if reader is not None else port
        self._profile = profile
        self._share = _SHARE[share_mode]
        self._protocols = _PROTOCOLS[protocols]
        self._verify_check_digit = verify_check_digit
        self._removal_grace_ms = int(removal_grace_ms)
        self._context: int | None = None
        self._reader: str | None = None
        self._state = sc.SCARD_STATE_UNAWARE
        self._ifd_version: str | None = None
        self._apdus = 0
        self._contexts_established = 0

    # ---------------------------------------------------------------- commands

    def list_readers(self) -> list[str]:
        """Every reader pcscd knows now (for diagnostics: which name to configure)."""
        return self._guarded(self._list_readers)

    @property
    def reader_name(self) -> str | None:
        return self._reader

    # ---------------------------------------------------------------- IdCardReader surface

    def _open(self) -> None:
        self._reset_presence()
        self._state = sc.SCARD_STATE_UNAWARE
        hr, context = sc.SCardEstablishContext(sc.SCARD_SCOPE_USER)
        if hr != sc.SCARD_S_SUCCESS:
            raise DeviceUnavailable(
                f"PC/SC service not available: {_message(hr)}", code="no_service"
            )
        self._context = context
        self._contexts_established += 1
        self._reader = self._match_reader(self._list_readers())
        self._ifd_version = self._read_ifd_version()
        log.info("%s: reader %r, profile %s", self.device_id, self._reader, self._profile.name)

    def _close(self) -> None:
        context, self._context = self._context, None
        if context is not None:
            with contextlib.suppress(Exception):
                sc.SCardReleaseContext(context)

    def _card_present_now(self) -> bool:
        context, reader = self._require()
        hr, states = sc.SCardGetStatusChange(context, 0, [(reader, self._state)])
        if _code(hr) == _TIMEOUT:
            return bool(self._state & sc.SCARD_STATE_PRESENT)
        if hr != sc.SCARD_S_SUCCESS:
            raise self._unavailable(hr)
        _, event_state, _ = states[0]
        if event_state & (sc.SCARD_STATE_UNKNOWN | sc.SCARD_STATE_UNAVAILABLE):
            raise DeviceUnavailable(f"PC/SC reader {reader!r} went away", code="unplugged")
        self._state = event_state & ~sc.SCARD_STATE_CHANGED
        return bool(event_state & sc.SCARD_STATE_PRESENT)

    def _read_card(self) -> IdCardRecord:
        context, reader = self._require()
        hr, card, protocol = sc.SCardConnect(context, reader, self._share, self._protocols)
        if hr != sc.SCARD_S_SUCCESS:
            raise self._connect_error(hr)
        try:
            hr = sc.SCardBeginTransaction(card)
            if hr != sc.SCARD_S_SUCCESS:
                raise self._transmit_error(hr, "begin transaction")
            try:
                files = self._read_files(card, protocol)
            finally:
                with contextlib.suppress(Exception):
                    sc.SCardEndTransaction(card, sc.SCARD_LEAVE_CARD)
        finally:
            with contextlib.suppress(Exception):
                sc.SCardDisconnect(card, sc.SCARD_LEAVE_CARD)
        return record_from_files(self._profile, files, verify_check_digit=self._verify_check_digit)

    def _capabilities(self) -> dict[str, Any]:
        return {
            "profile": self._profile.name,
            "card_types": [self._profile.card_type],
            "photo": None,
            "fingerprint": False,
        }

    def _info(self) -> dict[str, Any]:
        info = super()._info()
        info.update(
            {
                "port": self._reader or self._wanted,
                "firmware": self._ifd_version or "unknown (not reported by the reader)",
                "profile": self._profile.name,
                "apdus_sent": self._apdus,
                "contexts_established": self._contexts_established,
            }
        )
        return info

    # ---------------------------------------------------------------- internals

    def _require(self) -> tuple[int, str]:
        if self._context is None or self._reader is None:
            raise DeviceUnavailable(f"{self.device_id} is not open")
        return self._context, self._reader

    def _list_readers(self) -> list[str]:
        if self._context is None:
            raise DeviceUnavailable(f"{self.device_id} is not open")
        hr, readers = sc.SCardListReaders(self._context, [])
        if _code(hr) == _code(sc.SCARD_E_NO_READERS_AVAILABLE):
            return []
        if hr != sc.SCARD_S_SUCCESS:
            raise self._unavailable(hr)
        return list(readers)

    def _match_reader(self, readers: list[str]) -> str:
        if not readers:
            raise DeviceUnavailable("no PC/SC reader connected", code="no_reader")
        wanted = self._wanted
        if wanted is None:
            return sorted(readers)[0]
        if wanted in readers:
            return wanted
        matches = [name for name in readers if wanted in name]
        if len(matches) == 1:
            return matches[0]
        known = ", ".join(repr(r) for r in readers)
        if not matches:
            raise DeviceUnavailable(f"no PC/SC reader {wanted!r} (have {known})", code="no_reader")
        raise DeviceUnavailable(f"reader name {wanted!r} is ambiguous ({known})", code="no_reader")

    def _read_ifd_version(self) -> str | None:
        """The reader's firmware version, if its driver reports one (a direct connection
        works without a card); many drivers, vpcd included, do not."""
        assert self._context is not None and self._reader is not None
        try:
            hr, handle, _ = sc.SCardConnect(self._context, self._reader, sc.SCARD_SHARE_DIRECT, 0)
            if hr != sc.SCARD_S_SUCCESS:
                return None
            try:
                hr, value = sc.SCardGetAttrib(handle, sc.SCARD_ATTR_VENDOR_IFD_VERSION)
            finally:
                sc.SCardDisconnect(handle, sc.SCARD_LEAVE_CARD)
        except Exception:  # an optional nicety must not fail the open
            return None
        if hr != sc.SCARD_S_SUCCESS or len(value) < 4:
            return None
        major, minor, build = value[3], value[2], value[1] << 8 | value[0]
        return f"{major}.{minor}.{build}"

    def _read_files(self, card: int, protocol: int) -> dict[int, bytes]:
        profile = self._profile
        _, sw = self._transmit(card, protocol, select_aid(profile.aid))
        if sw != SW_OK:
            raise status_error("select application", sw, selecting_application=True)
        files: dict[int, bytes] = {}
        for fid in profile.files:
            _, sw = self._transmit(card, protocol, select_ef(fid))
            if sw != SW_OK:
                raise status_error(f"select file {fid:04X}", sw)
            files[fid] = self._read_binary(card, protocol, fid)
        return files

    def _read_binary(self, card: int, protocol: int, fid: int) -> bytes:
        content = bytearray()
        chunk = self._profile.read_chunk
        while len(content) < self._profile.max_file_size:
            le = min(chunk, self._profile.max_file_size - len(content))
            data, sw = self._transmit(card, protocol, read_binary(len(content), le))
            if sw in (SW_OK, SW_END_OF_FILE):
                content += data
                if sw == SW_END_OF_FILE or len(data) < le or not data:
                    return bytes(content)
                continue
            if sw == SW_WRONG_OFFSET and content:
                return bytes(content)  # the file ended exactly at a chunk boundary
            raise status_error(f"read file {fid:04X}", sw)
        return bytes(content)

    def _transmit(self, card: int, protocol: int, apdu: bytes) -> tuple[bytes, int]:
        """One APDU, following ``61xx`` (GET RESPONSE) and ``6Cxx`` (wrong Le) as T=0
        cards require; ``(data, SW)``."""
        data, sw = self._transmit_once(card, protocol, apdu)
        if sw >> 8 == 0x6C:  # wrong Le: the card tells the right one
            data, sw = self._transmit_once(card, protocol, apdu[:-1] + bytes([sw & 0xFF]))
        collected = bytearray(data)
        while sw >> 8 == 0x61:
            more, sw = self._transmit_once(card, protocol, get_response(sw & 0xFF))
            collected += more
        return bytes(collected), sw

    def _transmit_once(self, card: int, protocol: int, apdu: bytes) -> tuple[bytes, int]:
        hr, response = sc.SCardTransmit(card, protocol, list(apdu))
        self._apdus += 1
        if hr != sc.SCARD_S_SUCCESS:
            raise self._transmit_error(hr, f"APDU {apdu[1]:02X}")
        if len(response) < 2 and not self._card_still_there():
            # Lesson from CI: a card pulled mid-APDU can come back as SCARD_S_SUCCESS with an
            # empty R-APDU (vpcd does so when the card leaves between command and answer).
            # That is a removed card, not a broken one.
            raise CardRemoved(f"the card was taken away during APDU {apdu[1]:02X}")
        return split_response(response)

    def _transmit_error(self, hr: int, step: str) -> DeviceError:
        code = _code(hr)
        if code in _GONE:
            return self._unavailable(hr)
        if code in _CARD_LOST and not self._card_still_there():
            return CardRemoved(f"the card was taken away during {step}")
        return CardReadFailed(f"{step} failed: {_message(hr)}", code="card_io_failed")

    def _connect_error(self, hr: int) -> DeviceError:
        code = _code(hr)
        if code in _GONE:
            return self._unavailable(hr)
        if code in _NO_CARD:
            return NoCard("no card in the reader")
        if code in _UNREADABLE:
            return CardReadFailed(f"the card does not answer: {_message(hr)}", code="card_mute")
        if code == _code(sc.SCARD_E_SHARING_VIOLATION):
            return DeviceBusy("another application holds the card exclusively")
        return CardReadFailed(f"cannot connect to the card: {_message(hr)}")

    def _card_still_there(self) -> bool:
        """After an I/O error: is the card still inserted? The resource manager notices a
        removal only at its next presence poll (pcsc-lite: every 400 ms), so a card that says
        "present" gets ``removal_grace_ms`` to turn out removed."""
        if self._context is None or self._reader is None:
            return False
        hr, states = sc.SCardGetStatusChange(
            self._context, 0, [(self._reader, sc.SCARD_STATE_UNAWARE)]
        )
        if hr != sc.SCARD_S_SUCCESS:
            return False
        state = states[0][1] & ~sc.SCARD_STATE_CHANGED
        if not state & sc.SCARD_STATE_PRESENT:
            return False
        hr, states = sc.SCardGetStatusChange(
            self._context, self._removal_grace_ms, [(self._reader, state)]
        )
        if hr != sc.SCARD_S_SUCCESS:
            return _code(hr) == _TIMEOUT  # no change within the grace: still there
        return bool(states[0][1] & sc.SCARD_STATE_PRESENT)

    def _unavailable(self, hr: int) -> DeviceUnavailable:
        return DeviceUnavailable(
            f"PC/SC reader {self._reader or self._wanted!r} unavailable: {_message(hr)}",
            code="unplugged",
        )
