"""ID-card reader faults, on top of :mod:`drivers.errors` (tree in :mod:`drivers.idcard`).

Two families, told apart because they mean different things to the kiosk:

* **Reader faults** (``ProtocolError``, ``DeviceTimeout``, ``DeviceUnavailable``,
  :class:`SamError`): the reader itself is in trouble. They change the device state
  (``hardware_error``, ``no_device``) and raise an error event, exactly as in ``poll()``.
* **Card problems** (:class:`CardError` and subclasses): the reader works, the card in front of
  it does not (no card, taken away mid-read, unreadable, not genuine, impossible data). A
  ``read_card()`` that raises one leaves the device ``online``: the resident is asked to place
  the card again, nobody is sent to repair anything. When a card problem shows up while
  *polling* (a card lies on the reader and cannot even be identified) the device reports
  ``user_error`` with action ``clear``: a person is blocking it.

No message here ever contains card data: codes, SW3 values and field *names* only.
"""

from __future__ import annotations

from drivers.errors import CommandRejected, ProtocolError
from drivers.model import DeviceState, ErrorAction


class SamError(CommandRejected):
    """The reader's security module refused a command (bad command, not permitted, self-test
    failed, not authorised): a reader fault that needs a technician. ``status`` is SW3."""

    default_code = "sam_error"


class SamFrameError(ProtocolError):
    """The SAM says *our* request arrived corrupted (SW3 ``10`` checksum / ``11`` length):
    line noise or a wrong baud rate between host and reader. ``status`` is SW3."""

    default_code = "sam_frame_error"

    def __init__(self, message: str, *, status: int, code: str | None = None) -> None:
        super().__init__(message, code=code)
        self.status = status


class CardError(CommandRejected):
    """The card, not the reader: ``read_card()`` leaves the device online."""

    default_state = DeviceState.USER_ERROR
    default_action = ErrorAction.CLEAR
    default_code = "card_error"


class NoCard(CardError):
    """No card on (or in) the reader."""

    default_code = "no_card"


class CardRemoved(CardError):
    """The card was taken away during the read (after it had been found/selected)."""

    default_code = "card_removed"


class CardReadFailed(CardError):
    """The card is there but could not be selected or read (moved, damaged, wrong card)."""

    default_code = "card_read_failed"


class CardNotAuthentic(CardError):
    """Card and SAM failed to authenticate each other (SW3 31/32/33): damaged or not genuine."""

    default_code = "card_not_authentic"


class UnknownCardType(CardError):
    """A card the reader or the configured profile does not know."""

    default_code = "unknown_card_type"


class NoContent(CardError):
    """The card has no such content (SW3 91, e.g. no appended address)."""

    default_code = "no_content"


class CardDataError(CardError):
    """The card's data is impossible (unknown layout flag, bad date, bad sex code...).

    ``field`` names the offending field; its value is deliberately not kept.
    """

    default_code = "bad_card_data"

    def __init__(self, message: str, *, field: str = "", code: str | None = None) -> None:
        super().__init__(message, code=code)
        self.field = field


class BadCheckDigit(CardDataError):
    """The ID number's GB 11643 check digit does not match its first 17 characters."""

    default_code = "bad_check_digit"
