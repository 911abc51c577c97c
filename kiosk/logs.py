"""Structured logging with a privacy scrubber.

:func:`setup_logging` configures the root logger with two handlers:

* a rotating JSON-lines file ``<logging.dir>/kiosk.log``: one object per line with ``ts``
  (ISO-8601 with time zone), ``level``, ``logger``, ``msg``, ``exc``/``stack`` when present,
  and the record's extra fields (``extra={"fields": {...}}`` or :func:`log_event`);
* a short human-readable console handler on stderr.

Every handler carries the process-wide :class:`Scrubber` as a filter, so records from any
logger (ours or third-party) are cleaned before they are written: resident ID numbers, mobile
numbers, e-mail addresses, the live secrets a resident session has registered (names,
addresses...) and the values of deny-listed field names. The scrubber formats the message
(``msg % args``), scrubs it and stores the result back (``args`` cleared); exception text and
stack info are formatted and scrubbed the same way, and the live exception object is dropped
from the record so no later handler can re-render it unscrubbed.

Exceptions raised by this module::

    Exception
    └── OSError          setup_logging() cannot create the log directory or open kiosk.log

The scrubber itself never raises: a record it cannot format is logged with its raw template.
"""

from __future__ import annotations

import json
import logging
import logging.handlers
import re
import sys
import threading
import traceback
from collections import Counter
from collections.abc import Iterable, Mapping
from datetime import datetime
from pathlib import Path
from typing import Any, Final

from kiosk.config import LoggingConfig

__all__ = [
    "DENY_FIELDS",
    "LOG_FILE_NAME",
    "ConsoleFormatter",
    "JsonLinesFormatter",
    "Scrubber",
    "get_scrubber",
    "log_event",
    "setup_logging",
    "shutdown_logging",
]

LOG_FILE_NAME: Final = "kiosk.log"

ID_TOKEN: Final = "[ID]"
NUMBER_TOKEN: Final = "[NUMBER]"
PHONE_TOKEN: Final = "[PHONE]"
EMAIL_TOKEN: Final = "[EMAIL]"
PII_TOKEN: Final = "[PII]"
REDACTED: Final = "[REDACTED]"

#: Field names whose values are personal whatever they contain (compared lower-case, "-" -> "_").
DENY_FIELDS: Final = frozenset(
    {
        "name",
        "full_name",
        "real_name",
        "resident_name",
        "applicant_name",
        "id_number",
        "idnumber",
        "idno",
        "id_no",
        "id_card",
        "idcard",
        "id_card_number",
        "identity_number",
        "cert_no",
        "certificate_number",
        "passport",
        "passport_no",
        "address",
        "home_address",
        "phone",
        "phone_number",
        "mobile",
        "mobile_number",
        "tel",
        "telephone",
        "birth_date",
        "birthdate",
        "birthday",
        "dob",
        "photo",
        "face",
        "face_image",
        "portrait",
        "fingerprint",
        "signature",
        "email",
        "e_mail",
        "bank_card",
        "bank_account",
    }
)

# Runs of 15+ digits are resident ID numbers (15 or 17 + check char) or other long personal
# numbers (bank cards are 16-19 digits); a run is masked whole, so an ID inside a longer run of
# digits is masked too. Lookarounds keep matching linear and stop partial matches.
_LONG_DIGITS = re.compile(r"(?<![0-9])[0-9]{15,}[Xx]?(?![0-9])")
# An 18-char ID written in groups ("110105 19900307 1234"): single spaces/hyphens between digits.
_GROUPED_ID = re.compile(r"(?<![0-9])(?:[0-9][ -]?){17}[0-9Xx](?![0-9])")
# Mainland mobile numbers, optionally +86/0086/86-prefixed, optionally 3-4-4 grouped.
_PHONE = re.compile(r"(?<![0-9])(?:(?:\+|00)?86[ -]?)?1[3-9][0-9](?:[ -]?[0-9]{4}){2}(?![0-9])")
_EMAIL = re.compile(
    r"(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
    r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,}"
)
_HAS_DIGITS = re.compile(r"[0-9]{11}|[0-9][ -][0-9]")

# Attributes every LogRecord has; anything else on a record came from ``extra=``.
_STANDARD_ATTRS: Final = frozenset(
    vars(logging.LogRecord("", 0, "", 0, "", None, None)).keys()
    | {"message", "asctime", "taskName", "fields"}
)
_SCRUBBED_MARK: Final = "_kiosk_scrubbed"
_MIN_SECRET_LEN: Final = 2


def _long_number(match: re.Match[str]) -> str:
    digits = len(match.group(0).rstrip("Xx"))
    return ID_TOKEN if digits in (15, 17, 18) else NUMBER_TOKEN


class Scrubber(logging.Filter):
    """Removes personal data from log records; also usable on plain strings.

    Thread-safe: the live-secret registry is guarded by a lock and matched through one compiled
    alternation that is rebuilt (outside the hot path) whenever it changes.
    """

    def __init__(self) -> None:
        super().__init__()
        self._lock = threading.Lock()
        self._secrets: Counter[str] = Counter()
        self._secret_re: re.Pattern[str] | None = None
        self._version = 0

    # -- live secrets --------------------------------------------------------------------------

    def register(self, *values: str | None) -> None:
        """Mask these values everywhere until :meth:`unregister` (reference-counted).

        Values shorter than two characters (after stripping) and ``None`` are ignored.
        """
        with self._lock:
            changed = False
            for value in _secret_values(values):
                self._secrets[value] += 1
                changed = changed or self._secrets[value] == 1
            if changed:
                self._rebuild()

    def unregister(self, *values: str | None) -> None:
        """Undo one :meth:`register` of each value; unknown values are ignored."""
        with self._lock:
            changed = False
            for value in _secret_values(values):
                if value not in self._secrets:
                    continue
                self._secrets[value] -= 1
                if self._secrets[value] <= 0:
                    del self._secrets[value]
                    changed = True
            if changed:
                self._rebuild()

    def clear_secrets(self) -> None:
        with self._lock:
            self._secrets.clear()
            self._rebuild()

    @property
    def secret_count(self) -> int:
        """Number of distinct live secrets (never their values)."""
        with self._lock:
            return len(self._secrets)

    def _rebuild(self) -> None:
        if self._secrets:
            alternatives = sorted(self._secrets, key=len, reverse=True)
            pattern = "|".join(re.escape(value) for value in alternatives)
            self._secret_re = re.compile(pattern, re.IGNORECASE)
        else:
            self._secret_re = None
        self._version += 1

    # -- scrubbing -----------------------------------------------------------------------------

    def scrub(self, text: str) -> str:
        """Return ``text`` with personal data replaced by placeholder tokens.

        All patterns are matched against the original text and overlapping matches are merged,
        so one kind of match can never cut another short (a registered birth date inside an
        ID number still masks the whole ID number).
        """
        if not text:
            return text
        spans: list[tuple[int, int, str]] = []
        secret_re = self._secret_re  # one atomic read: a consistent snapshot
        if secret_re is not None:
            spans.extend((m.start(), m.end(), PII_TOKEN) for m in secret_re.finditer(text))
        if "@" in text:
            spans.extend((m.start(), m.end(), EMAIL_TOKEN) for m in _EMAIL.finditer(text))
        if _HAS_DIGITS.search(text):
            spans.extend((m.start(), m.end(), _long_number(m)) for m in _LONG_DIGITS.finditer(text))
            spans.extend((m.start(), m.end(), ID_TOKEN) for m in _GROUPED_ID.finditer(text))
            spans.extend((m.start(), m.end(), PHONE_TOKEN) for m in _PHONE.finditer(text))
        if not spans:
            return text
        spans.sort(key=lambda span: (span[0], -span[1]))
        parts: list[str] = []
        position = 0
        start, end, token = spans[0]
        for next_start, next_end, next_token in spans[1:]:
            if next_start < end:  # overlapping: one masked region
                end = max(end, next_end)
                continue
            parts += (text[position:start], token)
            position = end
            start, end, token = next_start, next_end, next_token
        parts += (text[position:start], token, text[end:])
        return "".join(parts)

    def scrub_value(self, value: Any) -> Any:
        """Scrub a structured value: strings, numbers, containers; other objects become text."""
        if value is None or isinstance(value, bool | float):
            return value
        if isinstance(value, str):
            return self.scrub(value)
        if isinstance(value, int):
            text = str(value)
            cleaned = self.scrub(text)
            return value if cleaned == text else cleaned
        if isinstance(value, bytes | bytearray | memoryview):
            return f"[BYTES len={len(value)}]"
        if isinstance(value, Mapping):
            return self.scrub_fields(value)
        if isinstance(value, list | tuple | set | frozenset):
            return [self.scrub_value(item) for item in value]
        return self.scrub(str(value))

    def scrub_fields(self, fields: Mapping[Any, Any]) -> dict[str, Any]:
        """Scrub a field mapping; deny-listed keys get ``[REDACTED]`` whatever their value."""
        cleaned: dict[str, Any] = {}
        for key, value in fields.items():
            name = self.scrub(str(key))
            if _is_denied(name):
                cleaned[name] = REDACTED
            else:
                cleaned[name] = self.scrub_value(value)
        return cleaned

    def filter(self, record: logging.LogRecord) -> bool:
        """Scrub ``record`` in place (once per registry version); never rejects a record."""
        if getattr(record, _SCRUBBED_MARK, None) == self._version:
            return True
        try:
            self._scrub_record(record)
        except Exception:  # a log call must never crash the kiosk, nor leak on failure
            record.msg = "[log record could not be scrubbed; dropped its content]"
            record.args = None
            record.exc_info = None
            record.exc_text = None
            record.stack_info = None
            record.fields = {}
        setattr(record, _SCRUBBED_MARK, self._version)
        return True

    def _scrub_record(self, record: logging.LogRecord) -> None:
        try:
            message = record.getMessage()
        except Exception:
            message = f"{record.msg} [unformattable arguments]"
        record.msg = self.scrub(message)
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = "".join(traceback.format_exception(*record.exc_info)).rstrip("\n")
        record.exc_info = None
        if record.exc_text:
            record.exc_text = self.scrub(record.exc_text)
        if record.stack_info:
            record.stack_info = self.scrub(record.stack_info)
        fields: dict[str, Any] = {}
        given = getattr(record, "fields", None)
        if isinstance(given, Mapping):
            fields.update(given)
        elif given is not None:
            fields["fields"] = given
        # Other ``extra=`` attributes: scrubbed in place (a third-party formatter may use them)
        # and also written as fields.
        extras = [a for a in vars(record) if a not in _STANDARD_ATTRS and a != _SCRUBBED_MARK]
        for attr in extras:
            value = REDACTED if _is_denied(attr) else self.scrub_value(getattr(record, attr))
            setattr(record, attr, value)
            fields.setdefault(attr, value)
        record.fields = self.scrub_fields(fields)


def _secret_values(values: Iterable[str | None]) -> Iterable[str]:
    for value in values:
        if value is None:
            continue
        text = str(value).strip()
        if len(text) >= _MIN_SECRET_LEN:
            yield text


def _is_denied(key: str) -> bool:
    return key.lower().replace("-", "_").strip() in DENY_FIELDS


_SCRUBBER: Final = Scrubber()


def get_scrubber() -> Scrubber:
    """The process-wide scrubber (the one :func:`setup_logging` attaches to every handler)."""
    return _SCRUBBER


# -- formatters -----------------------------------------------------------------------------

_RESERVED_KEYS: Final = frozenset({"ts", "level", "logger", "msg", "exc", "stack", "thread"})


class JsonLinesFormatter(logging.Formatter):
    """One JSON object per line; expects records already scrubbed by :class:`Scrubber`."""

    def format(self, record: logging.LogRecord) -> str:
        created = datetime.fromtimestamp(record.created).astimezone()
        entry: dict[str, Any] = {
            "ts": created.isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "msg": record.getMessage(),
        }
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            entry["exc"] = record.exc_text
        if record.stack_info:
            entry["stack"] = record.stack_info
        if record.threadName and record.threadName != "MainThread":
            entry["thread"] = record.threadName
        fields = getattr(record, "fields", None)
        if isinstance(fields, Mapping):
            for key, value in fields.items():
                entry[f"field_{key}" if key in _RESERVED_KEYS else str(key)] = value
        return json.dumps(entry, ensure_ascii=False, default=str, separators=(",", ":"))


class ConsoleFormatter(logging.Formatter):
    """``HH:MM:SS LEVEL logger: message key=value ...`` for people watching a terminal."""

    def __init__(self) -> None:
        super().__init__("%(asctime)s %(levelname)-7s %(name)s: %(message)s", "%H:%M:%S")

    def format(self, record: logging.LogRecord) -> str:
        text = super().format(record)
        fields = getattr(record, "fields", None)
        if isinstance(fields, Mapping) and fields:
            extras = " ".join(f"{k}={v}" for k, v in fields.items())
            first, sep, rest = text.partition("\n")
            text = f"{first} {extras}{sep}{rest}"
        return text


# -- setup ----------------------------------------------------------------------------------

_setup_lock = threading.Lock()
_installed: list[logging.Handler] = []
_foreign_filtered: list[logging.Handler] = []


def setup_logging(cfg: LoggingConfig, *, console: bool = True) -> Scrubber:
    """Configure the root logger (JSON-lines file + optional console); idempotent.

    Calling it again replaces the handlers it installed before (never duplicates them).
    Relative ``cfg.dir`` is relative to the current working directory.
    """
    with _setup_lock:
        _remove_handlers()
        log_dir = cfg.resolved_dir()
        log_dir.mkdir(parents=True, exist_ok=True)
        level = logging.getLevelName(cfg.level)
        root = logging.getLogger()

        # Handlers someone else put on the root (e.g. a test harness) get the scrubber too.
        for handler in root.handlers:
            if _SCRUBBER not in handler.filters:
                handler.addFilter(_SCRUBBER)
                _foreign_filtered.append(handler)

        file_handler = logging.handlers.RotatingFileHandler(
            Path(log_dir) / LOG_FILE_NAME,
            maxBytes=cfg.max_bytes,
            backupCount=cfg.backup_count,
            encoding="utf-8",
        )
        file_handler.setFormatter(JsonLinesFormatter())
        handlers: list[logging.Handler] = [file_handler]
        if console:
            console_handler = logging.StreamHandler(sys.stderr)
            console_handler.setFormatter(ConsoleFormatter())
            handlers.append(console_handler)
        for handler in handlers:
            handler.setLevel(level)
            handler.addFilter(_SCRUBBER)
            # ours go first so a record is scrubbed before any other root handler sees it
            root.handlers.insert(0, handler)
            _installed.append(handler)
        root.setLevel(level)
        return _SCRUBBER


def shutdown_logging() -> None:
    """Remove and close the handlers :func:`setup_logging` installed (for tests and exit)."""
    with _setup_lock:
        _remove_handlers()


def _remove_handlers() -> None:
    root = logging.getLogger()
    for handler in _installed:
        root.removeHandler(handler)
        handler.close()
    _installed.clear()
    for handler in _foreign_filtered:
        handler.removeFilter(_SCRUBBER)
    _foreign_filtered.clear()


def log_event(
    logger: logging.Logger, event: str, *, level: int = logging.INFO, **fields: Any
) -> None:
    """Log a structured event: ``msg`` is ``event``, keyword arguments become fields."""
    if logger.isEnabledFor(level):
        logger.log(level, "%s", event, extra={"fields": {"event": event, **fields}}, stacklevel=2)
