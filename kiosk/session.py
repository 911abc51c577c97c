"""The resident session: personal data held in memory only, and wiped when the visit ends.

One :class:`ResidentSession` per resident. It holds the identity read from the ID card, the form
being filled, binary blobs (face frames, scans, signatures) and the ids of submitted
applications. While it holds an identity, the identity's personal strings are registered with
the log :class:`~kiosk.logs.Scrubber`, so they cannot reach a log line even where no regex would
recognise them (names, addresses).

:meth:`ResidentSession.wipe` (completion, cancel, idle timeout, error) overwrites every
``bytearray`` it holds with zeros in place, drops all references, unregisters the secrets and
records why the session ended. Python ``str`` objects are immutable and cannot be overwritten;
dropping the last reference is all that can be done for them, which is why binary personal data
(photos, frames, scans) must be kept in ``bytearray`` and never copied into ``bytes``.

:class:`SessionManager` owns the current session and tells plain-callback listeners (no Qt) when
one starts and ends. Nothing here imports Qt.

Exceptions raised by this module::

    Exception
    └── SessionError            base class of session errors
        └── SessionEndedError   the session was already wiped; it accepts no more data

Listener exceptions are logged and swallowed: one faulty listener must not stop a wipe or the
other listeners.
"""

from __future__ import annotations

import enum
import logging
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, fields
from typing import Any, ClassVar

from kiosk.logs import Scrubber, get_scrubber, log_event

__all__ = [
    "EndListener",
    "EndReason",
    "Identity",
    "ResidentSession",
    "SessionEndedError",
    "SessionError",
    "SessionManager",
    "StartListener",
]

log = logging.getLogger(__name__)

BytesLike = bytes | bytearray | memoryview


class SessionError(Exception):
    """Base class of resident-session errors."""


class SessionEndedError(SessionError):
    """The session has been wiped and accepts no more personal data."""


class EndReason(enum.StrEnum):
    """Why a session ended; the value is the lower-case name used in logs."""

    COMPLETED = "completed"
    CANCELLED = "cancelled"
    TIMEOUT = "timeout"
    ERROR = "error"


@dataclass(eq=False)
class Identity:
    """Identity fields as read from an ID card (or the mobile app); all optional."""

    name: str | None = None
    id_number: str | None = None
    sex: str | None = None
    nation: str | None = None
    birth_date: str | None = None
    address: str | None = None
    card_type: str | None = None
    valid_from: str | None = None
    valid_to: str | None = None
    photo: bytearray | None = None

    #: fields registered with the log scrubber while the identity is held
    SECRET_FIELDS: ClassVar[tuple[str, ...]] = ("name", "id_number", "birth_date", "address")

    def __post_init__(self) -> None:
        if self.photo is not None and not isinstance(self.photo, bytearray):
            self.photo = bytearray(self.photo)

    def secrets(self) -> list[str]:
        """The personal strings that must never reach a log line."""
        values = (getattr(self, name) for name in self.SECRET_FIELDS)
        return [value for value in values if value]

    def __repr__(self) -> str:  # never print personal data by accident
        present = [f.name for f in fields(self) if getattr(self, f.name) is not None]
        return f"Identity(<{', '.join(present) or 'empty'}>)"


def _zero(buffer: bytearray) -> None:
    buffer[:] = bytes(len(buffer))  # same length: overwrites in place, no reallocation


def _bytearrays(value: Any) -> Iterator[bytearray]:
    if isinstance(value, bytearray):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _bytearrays(item)
    elif isinstance(value, list | tuple | set):
        for item in value:
            yield from _bytearrays(item)


class ResidentSession:
    """Everything about one resident's visit, in memory only."""

    def __init__(
        self,
        language: str = "zh_CN",
        elder_mode: bool = False,
        *,
        scrubber: Scrubber | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.session_id: str = uuid.uuid4().hex
        self.started_at: float = clock()
        self.ended_at: float | None = None
        self.end_reason: EndReason | None = None
        self.language = language
        self.elder_mode = elder_mode
        self.identity: Identity | None = None
        self.form: dict[str, Any] = {}
        self.blobs: dict[str, bytearray] = {}
        self.application_ids: list[str] = []
        self._scrubber = scrubber if scrubber is not None else get_scrubber()
        self._clock = clock
        self._identity_secrets: set[str] = set()  # registered for the held identity
        self._extra_secrets: set[str] = set()  # registered through register_secrets()
        self._lock = threading.RLock()

    def __repr__(self) -> str:
        state = "active" if self.is_active else f"ended:{self.end_reason}"
        return f"ResidentSession({self.session_id}, {state})"

    @property
    def is_active(self) -> bool:
        return self.end_reason is None

    def elapsed(self) -> float:
        """Seconds since the session started (monotonic clock)."""
        end = self.ended_at if self.ended_at is not None else self._clock()
        return end - self.started_at

    def _check_active(self) -> None:
        if not self.is_active:
            raise SessionEndedError(f"session {self.session_id} has ended ({self.end_reason})")

    def set_identity(self, identity: Identity) -> None:
        """Hold ``identity``; its personal strings are masked in logs until :meth:`wipe`.

        A previously held identity is wiped first (photo zeroed, secrets unregistered).
        """
        with self._lock:
            self._check_active()
            previous = self.identity
            if previous is not None and previous is not identity:
                self._drop_identity()
            secrets = {value.strip() for value in identity.secrets() if value.strip()}
            new = secrets - self._identity_secrets
            if new:
                self._scrubber.register(*new)
            self._identity_secrets |= new
            self.identity = identity

    def register_secrets(self, *values: str | None) -> None:
        """Mask further free-text personal values (e.g. typed form fields) until the wipe."""
        with self._lock:
            self._check_active()
            new = {v.strip() for v in values if v and v.strip()} - self._extra_secrets
            if new:
                self._scrubber.register(*new)
                self._extra_secrets |= new

    def add_blob(self, key: str, data: BytesLike) -> bytearray:
        """Store a copy of ``data`` under ``key`` (an old blob there is zeroed) and return it."""
        with self._lock:
            self._check_active()
            copy = bytearray(data)
            old = self.blobs.get(key)
            if old is not None and old is not copy:
                _zero(old)
            self.blobs[key] = copy
            return copy

    def remove_blob(self, key: str) -> None:
        """Zero and forget one blob (e.g. a face frame right after verification)."""
        with self._lock:
            blob = self.blobs.pop(key, None)
            if blob is not None:
                _zero(blob)

    def wipe(self, reason: EndReason) -> bool:
        """Zero all buffers, drop all personal data, unregister secrets; idempotent.

        Returns True if this call ended the session, False if it had already ended (the first
        reason is kept).
        """
        with self._lock:
            if not self.is_active:
                return False
            self._drop_identity()
            for buffer in _bytearrays(self.form):
                _zero(buffer)
            self.form.clear()
            for blob in self.blobs.values():
                _zero(blob)
            self.blobs.clear()
            self.application_ids.clear()
            if self._extra_secrets:
                self._scrubber.unregister(*self._extra_secrets)
                self._extra_secrets.clear()
            self.end_reason = EndReason(reason)
            self.ended_at = self._clock()
            return True

    def _drop_identity(self) -> None:
        identity = self.identity
        if identity is None:
            return
        if identity.photo is not None:
            _zero(identity.photo)
            identity.photo = None
        for field in fields(identity):
            if field.name != "photo":
                setattr(identity, field.name, None)
        self.identity = None
        if self._identity_secrets:
            self._scrubber.unregister(*self._identity_secrets)
            self._identity_secrets.clear()


StartListener = Callable[[ResidentSession], None]
EndListener = Callable[[ResidentSession, EndReason], None]


class SessionManager:
    """Owns the current :class:`ResidentSession` and notifies listeners of start and end.

    End listeners are called after the wipe: they get the (empty) session, for its id and
    timing, and the reason.
    """

    def __init__(
        self,
        *,
        scrubber: Scrubber | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._scrubber = scrubber
        self._clock = clock
        self._current: ResidentSession | None = None
        self._lock = threading.RLock()
        self._start_listeners: list[StartListener] = []
        self._end_listeners: list[EndListener] = []

    @property
    def current(self) -> ResidentSession | None:
        """The active session, or None."""
        session = self._current
        return session if session is not None and session.is_active else None

    def add_start_listener(self, listener: StartListener) -> None:
        self._start_listeners.append(listener)

    def remove_start_listener(self, listener: StartListener) -> None:
        if listener in self._start_listeners:
            self._start_listeners.remove(listener)

    def add_end_listener(self, listener: EndListener) -> None:
        self._end_listeners.append(listener)

    def remove_end_listener(self, listener: EndListener) -> None:
        if listener in self._end_listeners:
            self._end_listeners.remove(listener)

    def start(self, language: str = "zh_CN", elder_mode: bool = False) -> ResidentSession:
        """Start a new session; a session still active is first ended with ``ERROR``."""
        with self._lock:
            if self.current is not None:
                self.end(EndReason.ERROR)
            session = ResidentSession(
                language, elder_mode, scrubber=self._scrubber, clock=self._clock
            )
            self._current = session
        log_event(
            log,
            "session.start",
            session_id=session.session_id,
            language=language,
            elder_mode=elder_mode,
        )
        for listener in list(self._start_listeners):
            self._notify(listener, session)
        return session

    def end(self, reason: EndReason) -> ResidentSession | None:
        """Wipe and end the current session; returns it, or None if there was none."""
        with self._lock:
            session = self._current
            self._current = None
            if session is None or not session.wipe(reason):
                return None
        log_event(
            log,
            "session.end",
            session_id=session.session_id,
            reason=str(session.end_reason),
            duration_s=round(session.elapsed(), 3),
        )
        for listener in list(self._end_listeners):
            self._notify(listener, session, session.end_reason)
        return session

    def _notify(self, listener: Callable[..., None], *args: Any) -> None:
        try:
            listener(*args)
        except Exception:
            log.exception("session listener %r failed", listener)
