"""GA 467 resident-ID reader (SAM module) on a serial port.

Polling sends ``find card`` (``20 01``) once per poll: ``9F`` = a card is in the field,
``80`` = none; debounced into ``card_inserted``/``card_removed`` by
:class:`~drivers.idcard.reader.IdCardReader`. :meth:`Ga467Reader.read_card` is find ->
select -> read (``30 01`` text + photo, or ``30 10`` with fingerprints).

Faults -> what the kiosk sees (see :mod:`drivers.idcard` for the exception tree):

=============================  ===========================================  ==================
what happened                  raised                                       device state
=============================  ===========================================  ==================
port missing / unplugged       ``DeviceUnavailable`` (closes the device)    no_device, suspend
nothing answers at open        ``DeviceUnavailable`` ``no_answer``          no_device, suspend
nothing answers later / slow   ``DeviceTimeout`` ``no_answer``              hardware_error
reply with bad checksum        ``ProtocolError`` ``bad_checksum``           hardware_error
reply shorter than its LEN     ``ProtocolError`` ``bad_length``             hardware_error
only noise, no frame           ``ProtocolError`` ``garbled``                hardware_error
SAM: our request corrupt       ``SamFrameError`` ``sam_checksum/_length``   hardware_error
SAM refuses (21 23 24 60 66)   ``SamError``                                 hardware_error
noise around good replies      nothing (resynchronised)                     online
no card / card taken away /    ``NoCard`` / ``CardRemoved`` /               online (read_card)
unreadable / impossible data   ``CardReadFailed`` / ``CardDataError``...
=============================  ===========================================  ==================

Lessons:

* A SAM reply carries no request id. A reply that comes after we gave up on it (a slow SAM)
  would be taken for the answer to the *next* command - a late ``find`` reply saying "card
  present" to a ``select``, or a late reply bringing a faulted reader back "online" for one
  poll and flapping its state. So after a timeout the line is *dead* for
  ``late_reply_window_s``: polls send nothing and report the same timeout (no new event),
  commands wait the rest of it out, and whatever arrives meanwhile is discarded. Counting
  unanswered requests instead livelocks with a SAM that drops requests while busy.
* Replies are also checked for the data size their command implies (``find`` 4 bytes,
  ``select`` 8, SAM ID 16), which catches a stale reply the window missed.
* The receive loop reads in small slices (``io_timeout_s``) so a 1295-byte reply at 115200
  baud (about 0.11 s on the wire, plus the card's own read time) is decoded as it streams.

Unverified: whether every SAM answers ``find`` with ``9F`` again for a card that was just read
and still lies on the reader (some vendors' notes say it must be lifted and put back). With
such a SAM the card is reported removed after a read; reading again still works after the
resident re-places it. The ``30 03`` reply layout is an assumption (``address_layout``).
"""

from __future__ import annotations

import contextlib
import copy
import logging
import time
from collections.abc import Callable
from typing import Any

import serial

from drivers.errors import DeviceError, DeviceTimeout, DeviceUnavailable, ProtocolError
from drivers.idcard.errors import CardReadFailed, CardRemoved, NoCard
from drivers.idcard.ga467_frames import (
    DEFAULT_BAUDRATE,
    FIND_DATA_LEN,
    SAM_ID_LEN,
    SELECT_DATA_LEN,
    Command,
    DecodeError,
    FrameDecoder,
    Response,
    Sw3,
    check_response,
    command_request,
    format_sam_id,
    parse_card_content,
    parse_response_payload,
    status_error,
)
from drivers.idcard.reader import IdCardReader
from drivers.idcard.records import CardType, IdCardRecord, decode_text_field, parse_text_block

log = logging.getLogger(__name__)

#: data size of a successful reply where PROTOCOLS.md documents one (``None``: not checked)
_REPLY_DATA_LEN: dict[Command, int | None] = {
    Command.RESET_SAM: None,
    Command.SAM_STATUS: None,
    Command.SAM_ID: SAM_ID_LEN,
    Command.FIND_CARD: FIND_DATA_LEN,
    Command.SELECT_CARD: SELECT_DATA_LEN,
    Command.READ_TEXT_PHOTO: None,
    Command.READ_NEWEST_ADDRESS: None,
    Command.READ_TEXT_PHOTO_FINGERPRINT: None,
}
_READ_COMMANDS = (
    Command.READ_TEXT_PHOTO,
    Command.READ_TEXT_PHOTO_FINGERPRINT,
    Command.READ_NEWEST_ADDRESS,
)


class Ga467Reader(IdCardReader):
    """A GA 467 SAM reader on ``port`` (device path, by-id symlink, pty or pyserial URL).

    ``read_fingerprint`` makes :meth:`read_card` use ``30 10``; ``verify_check_digit``
    rejects cards whose ID number fails GB 11643; ``address_layout`` is (byte offset, byte
    length) of the UCS-2LE address in a ``30 03`` reply (unverified layout).
    """

    driver_name = "ga467"
    command_names = ("read_card", "reset_sam", "sam_status", "sam_id", "read_newest_address")

    def __init__(
        self,
        device_id: str,
        *,
        port: str,
        baudrate: int = DEFAULT_BAUDRATE,
        bytesize: int = serial.EIGHTBITS,
        parity: str = serial.PARITY_NONE,
        stopbits: float = serial.STOPBITS_ONE,
        command_timeout_s: float = 0.5,
        read_timeout_s: float = 3.0,
        late_reply_window_s: float = 2.0,
        removal_polls: int = 2,
        read_fingerprint: bool = False,
        verify_check_digit: bool = True,
        address_layout: tuple[int, int] = (0, 70),
        io_timeout_s: float = 0.02,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(device_id, removal_polls=removal_polls)
        self._port_name = str(port)
        self._serial_options = {
            "baudrate": int(baudrate),
            "bytesize": int(bytesize),
            "parity": str(parity),
            "stopbits": stopbits,
        }
        self._command_timeout_s = float(command_timeout_s)
        self._read_timeout_s = float(read_timeout_s)
        self._late_reply_window_s = float(late_reply_window_s)
        self._read_fingerprint = bool(read_fingerprint)
        self._verify_check_digit = bool(verify_check_digit)
        self._address_layout = (int(address_layout[0]), int(address_layout[1]))
        self._io_timeout_s = float(io_timeout_s)
        self._clock = clock
        self._port: serial.SerialBase | None = None
        self._decoder = FrameDecoder()
        self._dead_until = 0.0  # clock() before which late replies may still arrive
        self._dead_fault: DeviceError | None = None  # the timeout that started the dead time
        self._sam_id: str | None = None
        self._replies = 0
        self._late_replies = 0

    # ---------------------------------------------------------------- commands

    def reset_sam(self) -> None:
        """Reset the SAM (``10 FF``)."""
        self._guarded(lambda: self._request(Command.RESET_SAM))

    def sam_status(self) -> str:
        """Ask the SAM for its status (``11 FF``): ``"ok"`` or a typed error."""
        self._guarded(lambda: self._request(Command.SAM_STATUS))
        return "ok"

    def sam_id(self) -> str:
        """The SAM's ID (``12 FF``), as technicians see it: ``05.01-20101203-...``."""
        self._sam_id = self._guarded(self._query_sam_id)
        return self._sam_id

    def read_newest_address(self) -> str | None:
        """The newest address appended to the card (``30 03``), ``None`` when it has none."""
        return self._guarded(self._read_newest_address)

    # ---------------------------------------------------------------- IdCardReader surface

    def _open(self) -> None:
        self._decoder = FrameDecoder()
        self._reset_presence()
        try:
            self._port = serial.serial_for_url(
                self._port_name,
                timeout=self._io_timeout_s,
                write_timeout=max(self._command_timeout_s, 0.5),
                **self._serial_options,
            )
        except (serial.SerialException, OSError, ValueError) as exc:
            text = str(exc)
            if self._port_name not in text:
                text = f"cannot open {self._port_name}: {text}"
            raise DeviceUnavailable(text) from exc
        # Silence at open means "no reader here" (wrong port, powered off), not a hung one.
        self._request(Command.SAM_STATUS, silence=DeviceUnavailable)
        self._sam_id = self._query_sam_id()
        log.info("%s: GA 467 SAM %s on %s", self.device_id, self._sam_id, self._port_name)

    def _close(self) -> None:
        port, self._port = self._port, None
        if port is not None:
            with contextlib.suppress(serial.SerialException, OSError):
                port.close()

    def _card_present_now(self) -> bool:
        reply = self._exchange(Command.FIND_CARD, wait_dead_time=False)
        if reply.sw3 == Sw3.NO_CARD:
            return False
        check_response(Command.FIND_CARD, reply)
        return True

    def _read_card(self) -> IdCardRecord:
        if self._exchange(Command.FIND_CARD).sw3 == Sw3.NO_CARD:
            raise NoCard("no card on the reader")
        self._request_card_step(Command.SELECT_CARD)
        command = (
            Command.READ_TEXT_PHOTO_FINGERPRINT
            if self._read_fingerprint
            else Command.READ_TEXT_PHOTO
        )
        reply = self._request_card_step(command)
        content = parse_card_content(reply.data, fingerprint=self._read_fingerprint)
        return parse_text_block(
            content.text,
            content.photo,
            content.fingerprint,
            verify_check_digit=self._verify_check_digit,
        )

    def _capabilities(self) -> dict[str, Any]:
        return {
            "fingerprint": self._read_fingerprint,
            "photo": "wlt",
            "card_types": [str(card_type) for card_type in CardType],
        }

    def _info(self) -> dict[str, Any]:
        stats = self._decoder.stats
        info = super()._info()
        info.update(
            {
                "port": self._port_name,
                "baudrate": self._serial_options["baudrate"],
                "firmware": self._sam_id,
                "sam_id": self._sam_id,
                "replies_received": self._replies,
                "late_replies_dropped": self._late_replies,
                "discarded_bytes": stats.discarded_bytes,
                "bad_frames": stats.errors,
            }
        )
        return info

    # ---------------------------------------------------------------- internals

    def _query_sam_id(self) -> str:
        return format_sam_id(self._request(Command.SAM_ID).data)

    def _read_newest_address(self) -> str | None:
        if self._exchange(Command.FIND_CARD).sw3 == Sw3.NO_CARD:
            raise NoCard("no card on the reader")
        self._request_card_step(Command.SELECT_CARD)
        reply = self._exchange(Command.READ_NEWEST_ADDRESS)
        if reply.sw3 == Sw3.NO_CONTENT:
            return None
        check_response(Command.READ_NEWEST_ADDRESS, reply)
        offset, length = self._address_layout
        raw = reply.data[offset : offset + length]
        return decode_text_field(raw, "address") or None

    def _request_card_step(self, command: Command) -> Response:
        """Select or read; a failure with the card gone becomes :class:`CardRemoved`."""
        reply = self._exchange(command)
        if reply.ok:
            return reply
        if reply.sw3 in (Sw3.NO_CARD, Sw3.SELECT_FAILED, Sw3.READ_FAILED):
            # Was the card taken away, or is it there but unreadable? Ask the field.
            if self._exchange(Command.FIND_CARD).sw3 == Sw3.NO_CARD:
                raise CardRemoved(f"the card was taken away during {command.name.lower()}")
            error = status_error(command, reply.sw3)
            if isinstance(error, CardReadFailed | NoCard):
                raise CardReadFailed(str(error), command=command.name, status=reply.sw3)
        raise status_error(command, reply.sw3)

    def _request(self, command: Command, *, silence: type[DeviceError] = DeviceTimeout) -> Response:
        return check_response(command, self._exchange(command, silence=silence))

    def _exchange(
        self,
        command: Command,
        data: bytes = b"",
        *,
        silence: type[DeviceError] = DeviceTimeout,
        wait_dead_time: bool = True,
    ) -> Response:
        """Send one request and return the SAM's reply (any SW3); raise on reader faults."""
        timeout = self._read_timeout_s if command in _READ_COMMANDS else self._command_timeout_s
        self._wait_out_late_replies(command, wait=wait_dead_time)
        self._write(command_request(command, data))
        deadline = self._clock() + timeout
        heard = False
        errors: list[DecodeError] = []
        while True:
            chunk = self._read_chunk()
            heard = heard or bool(chunk)
            for item in self._decoder.feed(chunk):
                if isinstance(item, DecodeError):
                    errors.append(item)
                    continue
                try:
                    reply = parse_response_payload(item.payload)
                except ProtocolError:
                    errors.append(DecodeError("bad_length", "reply without status"))
                    continue
                if self._is_stale(command, reply):
                    continue
                self._replies += 1
                self._decoder.reset()  # nothing after the reply belongs to this exchange
                return reply
            if any(e.code == "bad_checksum" for e in errors):
                # A complete reply with a bad checksum: waiting longer brings nothing.
                raise self._frame_fault(command, errors)
            if self._clock() >= deadline:
                break
        self._dead_until = self._clock() + self._late_reply_window_s
        errors.extend(self._decoder.flush())
        wait = f"{timeout:g} s"
        fault: DeviceError
        if errors:
            fault = self._frame_fault(command, errors)
        elif not heard:
            fault = silence(
                f"no answer from the SAM on {self._port_name} to {command.name} within {wait}",
                code="no_answer",
            )
        else:
            fault = ProtocolError(
                f"bytes but no GA 467 frame on {self._port_name} within {wait}"
                f" (wrong baud rate? configured {self._serial_options['baudrate']})",
                code="garbled",
            )
        self._dead_fault = fault
        raise fault

    def _wait_out_late_replies(self, command: Command, *, wait: bool) -> None:
        """Discard what arrived unasked; inside the dead time after a timeout either wait it
        out (commands, open) or report the timeout again without sending (polls)."""
        self._discard_waiting_bytes()
        remaining = self._dead_until - self._clock()
        if remaining <= 0:
            return
        if not wait:
            # The same fault again (same code, same message): no new event, no state flap.
            fault = self._dead_fault
            if fault is None or isinstance(fault, DeviceUnavailable):
                fault = DeviceTimeout(
                    f"no answer from the SAM on {self._port_name} to {command.name}",
                    code="no_answer",
                )
            raise copy.copy(fault)
        while self._clock() < self._dead_until:
            self._count_late(self._read_chunk())
        self._discard_waiting_bytes()

    def _is_stale(self, command: Command, reply: Response) -> bool:
        """A successful reply whose data size does not fit ``command``: a late reply."""
        expected = _REPLY_DATA_LEN.get(command)
        if reply.ok and expected is not None and len(reply.data) != expected:
            self._late_replies += 1
            return True
        return False

    def _discard_waiting_bytes(self) -> None:
        port = self._require_port()
        try:
            waiting = port.in_waiting
            data = port.read(waiting) if waiting else b""
        except (serial.SerialException, OSError) as exc:
            raise self._gone(exc) from exc
        self._count_late(bytes(data))
        self._decoder.reset()

    def _count_late(self, data: bytes) -> None:
        if data:
            items = self._decoder.feed(data)
            self._late_replies += sum(not isinstance(item, DecodeError) for item in items)

    def _frame_fault(self, command: Command, errors: list[DecodeError]) -> ProtocolError:
        last = errors[-1]
        code = {"truncated": "bad_length", "nested": "bad_frame"}.get(last.code, last.code)
        exc = ProtocolError(
            f"{command.name}: malformed reply from the SAM ({last.reason})", code=code
        )
        exc.data_hex = last.data_hex
        self._decoder.reset()
        return exc

    def _require_port(self) -> serial.SerialBase:
        if self._port is None:
            raise DeviceUnavailable(f"{self.device_id} is not open")
        return self._port

    def _write(self, frame: bytes) -> None:
        port = self._require_port()
        try:
            port.write(frame)
        except serial.SerialTimeoutException as exc:
            raise DeviceTimeout(f"write to {self._port_name} timed out") from exc
        except (serial.SerialException, OSError) as exc:
            raise self._gone(exc) from exc

    def _read_chunk(self) -> bytes:
        """What has arrived, waiting at most ``io_timeout_s`` when nothing has."""
        port = self._require_port()
        try:
            waiting = port.in_waiting
            data = port.read(waiting or 1)
            if data and not waiting and port.in_waiting:
                data += port.read(port.in_waiting)
        except (serial.SerialException, OSError) as exc:
            raise self._gone(exc) from exc
        return bytes(data)

    def _gone(self, exc: BaseException) -> DeviceUnavailable:
        return DeviceUnavailable(f"{self._port_name} went away: {exc}", code="unplugged")
