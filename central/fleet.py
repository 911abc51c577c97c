"""Fleet health at a glance: one verdict per kiosk from its latest heartbeat (pure functions).

:func:`kiosk_health` turns a ``kiosks`` row (``last_seen``, ``revoked``, ``clock_skew_s`` and
the heartbeat body, docs/platform-api.md) into what the staff console's fleet page shows:

* ``health``: ``silent`` (no heartbeat for more than 3 of the kiosk's own intervals, or never),
  ``down`` (revoked, disk almost full, or most devices out of order: residents cannot be
  served), ``degraded`` (something needs a technician soon: a device fault, paper low or out,
  dead letters, an old queued item, a flagged cabinet compartment, little disk, clock skew),
  else ``ok``; with the reasons in Chinese, for staff;
* ``paper``: the printer's paper sub-status (``full``/``low``/``out``/``jammed``), from a
  device status ``{"state": ..., "sub": {"paper": ...}}`` (or a flat ``"paper"`` key);
* ``cabinet``: ``occupied/total`` compartments; the age of the oldest queued item; dead letters;
  free disk; versions; uptime (a restart shows); the age of the last heartbeat.

Thresholds are module constants; nothing here does I/O.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Final

__all__ = ["HEALTH_LABELS", "KioskHealth", "duration", "kiosk_health", "paper_of"]

DEFAULT_INTERVAL_S: Final = 60.0
SILENT_AFTER_INTERVALS: Final = 3
DISK_DOWN_MB: Final = 100
DISK_LOW_MB: Final = 1024
OLDEST_QUEUED_WARN_S: Final = 3600
CLOCK_SKEW_WARN_S: Final = 120
GOOD_STATES: Final = frozenset({"online", "busy"})
PAPER_BAD: Final = frozenset({"low", "out", "jammed"})

HEALTH_LABELS: Final = {"ok": "正常", "degraded": "需关注", "down": "停止服务", "silent": "失联"}


@dataclass
class KioskHealth:
    kiosk_id: str
    health: str
    reasons: list[str] = field(default_factory=list)
    paper: str = ""
    cabinet: str = ""
    cabinet_flagged: int = 0
    oldest_queued_s: float | None = None
    queue_depth: int | None = None
    dead_letters: int | None = None
    disk_free_mb: float | None = None
    versions: dict[str, Any] = field(default_factory=dict)
    uptime_s: float | None = None
    last_seen_age_s: float | None = None
    interval_s: float = DEFAULT_INTERVAL_S
    bad_devices: list[str] = field(default_factory=list)

    @property
    def label(self) -> str:
        return HEALTH_LABELS[self.health]


def _state(status: Any) -> str:
    return str(status.get("state", "")) if isinstance(status, dict) else str(status)


def paper_of(devices: dict[str, Any]) -> str:
    """The paper sub-status of the first device that reports one ("" when none does)."""
    for _device_id, status in sorted(devices.items()):
        if not isinstance(status, dict):
            continue
        sub = status.get("sub")
        if isinstance(sub, dict) and sub.get("paper"):
            return str(sub["paper"])
        if status.get("paper"):
            return str(status["paper"])
    return ""


def _age_s(iso: str | None, now: datetime) -> float | None:
    if not iso:
        return None
    try:
        seen = datetime.fromisoformat(iso)
    except ValueError:
        return None
    if seen.tzinfo is None and now.tzinfo is not None:
        seen = seen.replace(tzinfo=now.tzinfo)
    return max(0.0, (now - seen).total_seconds())


def _number(value: Any) -> float | None:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


def kiosk_health(record: dict[str, Any], now: datetime) -> KioskHealth:
    """The verdict for one ``kiosks`` row (``heartbeat`` already decoded) at ``now``."""
    hb: dict[str, Any] = record.get("heartbeat") or {}
    devices: dict[str, Any] = hb.get("devices") or {}
    interval = _number(hb.get("heartbeat_interval_s")) or DEFAULT_INTERVAL_S
    cabinet = hb.get("cabinet") if isinstance(hb.get("cabinet"), dict) else None
    out = KioskHealth(
        kiosk_id=str(record.get("kiosk_id", "")),
        health="ok",
        paper=paper_of(devices),
        cabinet=f"{cabinet.get('occupied', 0)}/{cabinet.get('total', 0)}" if cabinet else "",
        cabinet_flagged=int(cabinet.get("flagged", 0) or 0) if cabinet else 0,
        oldest_queued_s=_number(hb.get("oldest_queued_age_s")),
        queue_depth=hb.get("queue_depth"),
        dead_letters=hb.get("dead_letters"),
        disk_free_mb=_number(hb.get("disk_free_mb")),
        versions=dict(hb.get("versions") or {}),
        uptime_s=_number(hb.get("uptime_s")),
        last_seen_age_s=_age_s(record.get("last_seen"), now),
        interval_s=interval,
        bad_devices=[d for d, s in sorted(devices.items()) if _state(s) not in GOOD_STATES],
    )
    down: list[str] = []
    degraded: list[str] = []
    if record.get("revoked"):
        down.append("密钥已吊销")
    age = out.last_seen_age_s
    if age is None or age > SILENT_AFTER_INTERVALS * interval:
        out.health = "silent"
        out.reasons = ["从未上报心跳" if age is None else f"{duration(age)}没有心跳", *down]
        return out
    disk = out.disk_free_mb
    if disk is not None and disk < DISK_DOWN_MB:
        down.append(f"磁盘将满（剩余 {disk:.0f} MB）")
    elif disk is not None and disk < DISK_LOW_MB:
        degraded.append(f"磁盘空间不足（剩余 {disk:.0f} MB）")
    if devices and len(out.bad_devices) * 2 > len(devices):
        down.append("多数设备故障：" + "、".join(out.bad_devices))
    elif out.bad_devices:
        degraded.append("设备故障：" + "、".join(out.bad_devices))
    if out.paper in PAPER_BAD:
        degraded.append({"low": "纸张将尽", "out": "缺纸", "jammed": "卡纸"}[out.paper])
    if out.dead_letters:
        degraded.append(f"{out.dead_letters} 条死信")
    if out.oldest_queued_s is not None and out.oldest_queued_s > OLDEST_QUEUED_WARN_S:
        degraded.append(f"最早待发 {duration(out.oldest_queued_s)}前")
    if out.cabinet_flagged:
        degraded.append(f"{out.cabinet_flagged} 个柜格待处理")
    skew = _number(record.get("clock_skew_s"))
    if skew is not None and abs(skew) > CLOCK_SKEW_WARN_S:
        degraded.append(f"时钟偏差 {skew:.0f} 秒")
    out.health = "down" if down else "degraded" if degraded else "ok"
    out.reasons = down + degraded
    return out


def duration(seconds: float) -> str:
    """A short Chinese duration: "42 秒", "90 分钟", "5 小时", "3 天"."""
    s = int(seconds)
    if s < 120:
        return f"{s} 秒"
    if s < 7200:
        return f"{s // 60} 分钟"
    if s < 2 * 86400:
        return f"{s // 3600} 小时"
    return f"{s // 86400} 天"
