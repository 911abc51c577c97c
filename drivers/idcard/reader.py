"""What every ID-card reader driver shares: sub-status, card events, the ``read_card`` template.

A driver implements ``_open``/``_close`` (as every :class:`~drivers.base.Device`),
``_card_present_now()`` (one cheap presence probe per poll) and ``_read_card()`` (the whole
read, returning an :class:`~drivers.idcard.records.IdCardRecord`). Its other commands run
through :meth:`IdCardReader._guarded`, so a reader fault during a command changes the device
state exactly as the same fault during ``poll()`` would.

Presence is debounced: a card is *inserted* on the first probe that sees it and *removed* only
after ``removal_polls`` probes in a row without it - a contactless field loses a card for a
moment when it is moved on the reader, and a flapping "take your card" prompt looks broken.
"""

from __future__ import annotations

from abc import abstractmethod
from collections.abc import Callable
from typing import Any, ClassVar, TypeVar

from drivers.base import Device
from drivers.errors import DeviceError, DeviceUnavailable
from drivers.idcard.errors import CardError
from drivers.idcard.records import IdCardRecord
from drivers.model import DeviceEvent, DeviceState, DeviceStatus

T = TypeVar("T")

CARD_INSERTED = "card_inserted"
CARD_REMOVED = "card_removed"
CARD_READ = "card_read"


class IdCardReader(Device):
    """An ID-card reader. Sub-status ``card``: ``present`` / ``absent``.

    Events: ``card_inserted``, ``card_removed`` (from polling), ``card_read`` (after a
    successful :meth:`read_card`; its data holds the card type only, never personal data).
    """

    kind: ClassVar[str] = "idcard"
    sub_status_keys: ClassVar[tuple[str, ...]] = ("card",)
    event_names: ClassVar[tuple[str, ...]] = (CARD_INSERTED, CARD_REMOVED, CARD_READ)
    command_names: ClassVar[tuple[str, ...]] = ("read_card",)

    def __init__(self, device_id: str, *, removal_polls: int = 2) -> None:
        super().__init__(device_id)
        if removal_polls < 1:
            raise ValueError("removal_polls must be >= 1")
        self._removal_polls = int(removal_polls)
        self._card_present = False
        self._misses = 0
        self._pending: list[DeviceEvent] = []
        self._cards_read = 0
        self._probes = 0

    # ---------------------------------------------------------------- commands

    def read_card(self) -> IdCardRecord:
        """Read the card on the reader (blocking I/O: call it on the device's worker thread).

        Raises a :class:`~drivers.idcard.errors.CardError` for a card problem (no card,
        removed mid-read, unreadable, impossible data): the device stays ``online``. Reader
        faults (timeouts, corrupt frames, SAM errors, unplugged) also change the device state
        and emit an error event, as they would in ``poll()``.
        """
        record = self._guarded(self._read_card)
        self._cards_read += 1
        # A read proves the card is there, whatever the last probe said.
        self._misses = 0
        if not self._card_present:
            self._card_present = True
            self._emit(DeviceEvent(self.device_id, CARD_INSERTED, {}))
        if self._status.state is DeviceState.ONLINE:
            self._set_status(self._online_status())
        self._emit(DeviceEvent(self.device_id, CARD_READ, {"card_type": record.card_type}))
        return record

    @property
    def card_present(self) -> bool:
        """The debounced presence the last poll reported."""
        return self._card_present

    # ---------------------------------------------------------------- driver surface

    @abstractmethod
    def _card_present_now(self) -> bool:
        """One presence probe; raise DeviceError subclasses for reader faults."""

    @abstractmethod
    def _read_card(self) -> IdCardRecord:
        """The whole read, typed errors on failure."""

    def _extra_sub_status(self) -> dict[str, str]:
        return {}

    def _guarded(self, command: Callable[[], T]) -> T:
        """Run a command's I/O: card problems pass through untouched, reader faults also
        become the device state (and a vanished reader closes the device, as in ``poll``)."""
        if not self.is_open:
            raise DeviceUnavailable(f"{self.device_id} is not open")
        try:
            return command()
        except CardError:
            raise
        except DeviceUnavailable as exc:
            self._is_open = False
            self._release()
            self._apply_fault(exc)
            raise
        except DeviceError as exc:
            self._apply_fault(exc)
            raise

    # ---------------------------------------------------------------- Device surface

    def _read_status(self) -> DeviceStatus:
        present = self._card_present_now()
        self._probes += 1
        self._track(present)
        return self._online_status()

    def _take_events(self) -> list[DeviceEvent]:
        events, self._pending = self._pending, []
        return events

    def _info(self) -> dict[str, Any]:
        return {"probes": self._probes, "cards_read": self._cards_read}

    # ---------------------------------------------------------------- internals

    def _reset_presence(self) -> None:
        """Forget the card (on open: what lay there before was seen by nobody)."""
        self._card_present = False
        self._misses = 0
        self._pending.clear()

    def _online_status(self) -> DeviceStatus:
        sub = {"card": "present" if self._card_present else "absent"}
        sub.update(self._extra_sub_status())
        return DeviceStatus(DeviceState.ONLINE, sub)

    def _track(self, present: bool) -> None:
        if present:
            self._misses = 0
            if not self._card_present:
                self._card_present = True
                self._pending.append(DeviceEvent(self.device_id, CARD_INSERTED, {}))
            return
        if not self._card_present:
            return
        self._misses += 1
        if self._misses >= self._removal_polls:
            self._card_present = False
            self._misses = 0
            self._pending.append(DeviceEvent(self.device_id, CARD_REMOVED, {}))
