"""What diagnostics shows and exports: logs, masked configuration, outbox summary, the bundle.

* :func:`read_logs` reads the JSON-lines log (``kiosk.log`` and its rotated copies, newest
  first), filtered by minimum level and text; lines are already scrubbed when written and are
  scrubbed again here (a line written by an older version must not leak through an export).
* :func:`masked_config` flattens the configuration into ``key = value`` lines with secrets
  (key files, PIN and card hashes, passwords, tokens) shown as ``••••``.
* :func:`outbox_summary` - depth, oldest age, counts, dead letters with their reasons (item
  metadata only: :meth:`offline_cache.outbox.Outbox.export` never includes payloads).
* :func:`write_bundle` - a zip for a USB stick: scrubbed logs, masked config, device statuses,
  outbox summary and export, audit log, self-test results, versions. Written to a temporary
  name, fsync'd, then renamed, so a pulled stick never holds a half zip under the final name.

Exceptions: ``OSError`` from :func:`write_bundle` when no export directory is writable.
"""

from __future__ import annotations

import json
import os
import platform as py_platform
import re
import sys
import zipfile
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Final

from kiosk.logs import LOG_FILE_NAME, get_scrubber

__all__ = [
    "LEVELS",
    "MASK",
    "LogLine",
    "choose_export_dir",
    "masked_config",
    "outbox_summary",
    "read_logs",
    "versions",
    "write_bundle",
]

MASK: Final = "••••"
LEVELS: Final = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")
#: configuration keys whose values are secrets (matched on the last part of the dotted key)
_SECRET_KEY: Final = re.compile(
    r"(key_file|_hash|hash$|password|passwd|secret|token|pin$|technician_cards|api_key)", re.I
)


# ------------------------------------------------------------------------------ logs


@dataclass(frozen=True)
class LogLine:
    ts: str
    level: str
    logger: str
    msg: str

    def to_dict(self) -> dict[str, str]:
        return {"ts": self.ts, "level": self.level, "logger": self.logger, "msg": self.msg}


def log_files(log_dir: Path) -> list[Path]:
    """``kiosk.log`` first, then ``kiosk.log.1``, ``.2``... (newest to oldest)."""
    files = [log_dir / LOG_FILE_NAME]
    rotated = sorted(
        log_dir.glob(f"{LOG_FILE_NAME}.*"),
        key=lambda p: int(p.suffix[1:]) if p.suffix[1:].isdigit() else 10**6,
    )
    return [p for p in files + rotated if p.is_file()]


def _parse(line: str) -> LogLine | None:
    line = line.strip()
    if not line:
        return None
    scrub = get_scrubber().scrub
    try:
        data = json.loads(line)
    except ValueError:
        return LogLine("", "INFO", "", scrub(line[:500]))
    if not isinstance(data, dict):
        return None
    message = str(data.get("msg", ""))
    if data.get("exc"):
        message += " | " + str(data["exc"]).strip().splitlines()[-1]
    return LogLine(
        str(data.get("ts", "")),
        str(data.get("level", "INFO")).upper(),
        str(data.get("logger", "")),
        scrub(message[:2000]),
    )


def read_logs(
    log_dir: Path,
    *,
    min_level: str = "INFO",
    text: str = "",
    limit: int = 300,
    max_bytes: int = 4_000_000,
) -> list[LogLine]:
    """The newest ``limit`` lines at ``min_level`` or above containing ``text`` (any case),
    newest first. Reads at most ``max_bytes`` from the end of the files (a big rotated set
    must not take seconds)."""
    floor = LEVELS.index(min_level.upper()) if min_level.upper() in LEVELS else 1
    needle = text.strip().lower()
    found: list[LogLine] = []
    budget = max_bytes
    for path in log_files(log_dir):
        if budget <= 0 or len(found) >= limit:
            break
        try:
            with path.open("rb") as handle:
                size = handle.seek(0, os.SEEK_END)
                start = max(0, size - budget)
                handle.seek(start)
                data = handle.read()
        except OSError:
            continue
        budget -= len(data)
        lines = data.decode("utf-8", errors="replace").splitlines()
        if start > 0 and lines:
            lines = lines[1:]  # a partial first line
        for raw in reversed(lines):
            entry = _parse(raw)
            if entry is None:
                continue
            level = LEVELS.index(entry.level) if entry.level in LEVELS else 1
            if level < floor:
                continue
            if needle and needle not in f"{entry.logger} {entry.msg}".lower():
                continue
            found.append(entry)
            if len(found) >= limit:
                break
    return found


# ------------------------------------------------------------------------------ config


def _is_secret(key: str) -> bool:
    return bool(_SECRET_KEY.search(key.rsplit(".", 1)[-1]))


def _flatten(prefix: str, value: Any, out: list[tuple[str, str]]) -> None:
    if isinstance(value, Mapping):
        for key, inner in value.items():
            _flatten(f"{prefix}.{key}" if prefix else str(key), inner, out)
        return
    if _is_secret(prefix):
        empty = value is None or value == "" or value == [] or value == ()
        out.append((prefix, "(not set)" if empty else MASK))
        return
    if isinstance(value, list | tuple):
        if value and all(isinstance(v, Mapping) for v in value):
            for index, inner in enumerate(value):
                _flatten(f"{prefix}[{index}]", inner, out)
            return
        out.append((prefix, json.dumps(list(value), ensure_ascii=False, default=str)))
        return
    out.append((prefix, "(not set)" if value is None else str(value)))


def masked_config(config: Any) -> list[tuple[str, str]]:
    """``(dotted key, shown value)`` for every configuration value, secrets masked."""
    data = config.model_dump(mode="json") if hasattr(config, "model_dump") else dict(config)
    lines: list[tuple[str, str]] = []
    _flatten("", data, lines)
    return lines


# ------------------------------------------------------------------------------ outbox


def outbox_summary(outbox: Any | None) -> dict[str, Any]:
    """Depth, counts, oldest age, dead letters (kind, reason, attempts, when): no payloads."""
    if outbox is None:
        return {"available": False}
    counts = outbox.counts()
    dead = []
    for item in outbox.dead_letters():
        error = item.last_error
        dead.append(
            {
                "id": item.id,
                "kind": item.kind,
                "attempts": item.attempts,
                "created_at": item.created_at,
                "dead_at": item.dead_at or "",
                "code": error.code if error else "",
                "message": error.message if error else "",
            }
        )
    age = outbox.oldest_pending_age()
    return {
        "available": True,
        "depth": outbox.depth(),
        "counts": counts,
        "oldest_pending_age_s": None if age is None else round(age, 1),
        "dead_letters": dead,
    }


# ------------------------------------------------------------------------------ bundle


def versions() -> dict[str, str]:
    from kiosk import __version__

    found = {
        "kiosk": __version__,
        "python": sys.version.split()[0],
        "os": py_platform.platform(),
    }
    try:
        import PySide6
        from PySide6.QtCore import qVersion

        found["pyside6"] = PySide6.__version__
        found["qt"] = qVersion()
    except ImportError:  # pragma: no cover - the kiosk always has Qt
        pass
    return found


def choose_export_dir(preferred: Path, fallback: Path) -> Path:
    """``preferred`` (the USB stick's mount point) when it is a writable directory, else
    ``fallback`` (created)."""
    if preferred.is_dir() and os.access(preferred, os.W_OK | os.X_OK):
        return preferred
    fallback.mkdir(parents=True, exist_ok=True)
    return fallback


def _json(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2, default=str)


def write_bundle(
    target_dir: Path,
    *,
    kiosk_id: str,
    log_dir: Path,
    config_lines: Iterable[tuple[str, str]],
    devices: Any,
    outbox: Any | None,
    audit: Iterable[Mapping[str, Any]],
    selftests: Any,
    extra: Mapping[str, Any] | None = None,
    max_log_bytes: int = 20_000_000,
) -> Path:
    """Write ``diag-<kiosk>-<UTC time>.zip`` into ``target_dir``; return its path."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    final = target_dir / f"diag-{kiosk_id}-{stamp}.zip"
    temp = target_dir / f".{final.name}.part"
    scrub = get_scrubber().scrub
    budget = max_log_bytes
    try:
        with zipfile.ZipFile(temp, "w", compression=zipfile.ZIP_DEFLATED) as bundle:
            for path in log_files(log_dir):
                if budget <= 0:
                    break
                try:
                    text = path.read_text("utf-8", errors="replace")
                except OSError:
                    continue
                text = text[-budget:]
                budget -= len(text)
                bundle.writestr(f"logs/{path.name}", "\n".join(scrub(x) for x in text.splitlines()))
            bundle.writestr(
                "config.txt", "\n".join(f"{key} = {value}" for key, value in config_lines) + "\n"
            )
            bundle.writestr("devices.json", _json(devices))
            bundle.writestr("outbox_summary.json", _json(outbox_summary(outbox)))
            if outbox is not None:
                bundle.writestr("outbox_export.json", _json(outbox.export()))
            bundle.writestr("audit.json", _json(list(audit)))
            bundle.writestr("selftests.json", _json(selftests))
            bundle.writestr("versions.json", _json({**versions(), **dict(extra or {})}))
        with temp.open("rb") as handle:
            os.fsync(handle.fileno())
        os.replace(temp, final)
        directory = os.open(target_dir, os.O_RDONLY)
        try:
            os.fsync(directory)
        finally:
            os.close(directory)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return final
