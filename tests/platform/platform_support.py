"""Test support: the real reference platform on loopback, a kiosk key, valid applications.

Used by the tests in this directory and by ``bench/outbox.py`` / ``bench/crash_outbox.py``.
"""

from __future__ import annotations

import contextlib
import re
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kiosk.platform.http import HttpPlatform, load_platform_key
from offline_cache.crypto import ensure_key_file
from offline_cache.outbox import Attachment

KIOSK_ID = "KIOSK-TEST-0001"
ITEM_ID = "3701-RSJ-0001"  # 社会保障卡申领: self-service, needs an ID scan and a photo
RESIDENT = {
    "name": "张三",
    "id_number": "370102198503120118",
    "sex": "男",
    "birth_date": "1985-03-12",
    "address": "山东省济南市历下区示例路1号",
    "nation": "汉",
    "phone": "13800000001",
}

_PREFILL = {
    "idcard.name": "name",
    "idcard.id_number": "id_number",
    "idcard.sex": "sex",
    "idcard.birth_date": "birth_date",
    "idcard.address": "address",
    "idcard.nation": "nation",
}
_CANDIDATES = {
    "text": ["测试", "91370100MA3C00000X", "6222020000000000001", "1"],
    "number": ["100"],
    "phone": [RESIDENT["phone"]],
    "id_number": [RESIDENT["id_number"]],
    "date": ["2026-01-01"],
    "address": [RESIDENT["address"]],
    "email": ["resident@example.cn"],
}


def _value_for(field: dict[str, Any]) -> Any:
    if field["type"] == "checkbox":
        return True
    if field.get("prefill") in _PREFILL:
        return RESIDENT[_PREFILL[field["prefill"]]]
    if field["type"] == "select":
        return (field.get("options") or [""])[0]
    pattern = field.get("pattern")
    for candidate in _CANDIDATES.get(field["type"], ["测试"]):
        if not pattern or re.fullmatch(pattern, candidate):
            return candidate
    raise AssertionError(f"no test value for field {field['name']} ({pattern})")


def fake_jpeg(tag: str) -> bytes:
    """Bytes the platform accepts as a JPEG (magic number), unique per ``tag``."""
    return b"\xff\xd8\xff\xe0" + f"photo of {tag} ".encode() * 40 + b"\xff\xd9"


def fake_pdf(tag: str) -> bytes:
    body = zlib.compress(f"scan {tag} {RESIDENT['name']} {RESIDENT['id_number']}".encode())
    return b"%PDF-1.4\n" + body + b"\n%%EOF\n"


def build_application(
    item: dict[str, Any], visit_id: str, *, tag: str | None = None
) -> tuple[dict[str, Any], list[Attachment]]:
    """A valid application for ``item`` by the test resident: every required material is a
    scan (a unique attachment per ``tag``), the form is filled from the resident's ID data."""
    tag = tag or visit_id
    attachments: list[Attachment] = []
    materials = []
    for material in item["materials"]:
        if not material["required"]:
            continue
        if material["ecert_type"] is None:
            attachment = Attachment(fake_jpeg(f"{tag}-{material['material_id']}"), "image/jpeg")
        else:
            attachment = Attachment(fake_pdf(f"{tag}-{material['material_id']}"), "application/pdf")
        attachments.append(attachment)
        materials.append(
            {
                "material_id": material["material_id"],
                "source": "scan",
                "sha256": attachment.sha256,
                "content_type": attachment.content_type,
                "pages": 1,
            }
        )
    payload = {
        "item_id": item["item_id"],
        "visit_id": visit_id,
        "bundle_id": None,
        "applicant": {
            "name": RESIDENT["name"],
            "id_number": RESIDENT["id_number"],
            "phone": RESIDENT["phone"],
        },
        "form": {field["name"]: _value_for(field) for field in item["form"]["fields"]},
        "materials": materials,
        "delivery": {"method": item["deliveries"][0], "address": RESIDENT["address"]},
        "signature_sha256": "0" * 64,
        "submitted_at": "2026-11-22T10:00:00+08:00",
    }
    return payload, attachments


@dataclass
class PlatformPair:
    """A running platform and a kiosk client for it (optionally through a proxy URL)."""

    server: Any
    platform: HttpPlatform
    key_file: Path
    item: dict[str, Any]

    def application_with_attachments(
        self, visit_id: str
    ) -> tuple[dict[str, Any], list[Attachment]]:
        """A valid application of the test resident and its scans (unique per visit)."""
        return build_application(self.item, visit_id)

    def client(self, base_url: str | None = None, **options: Any) -> HttpPlatform:
        """Another client with the same key, e.g. through a fault proxy."""
        options.setdefault("connect_timeout", 2.0)
        options.setdefault("read_timeout", 5.0)
        return HttpPlatform(
            base_url or self.server.url, KIOSK_ID, load_platform_key(self.key_file), **options
        )

    def server_applications(self) -> list[dict[str, Any]]:
        """Every application the platform holds from this kiosk (its own database)."""
        conn = self.server.platform.db
        with conn.read() as c:
            rows = c.execute(
                "SELECT application_id, visit_id FROM applications WHERE kiosk_id = ?",
                (KIOSK_ID,),
            ).fetchall()
        return [dict(r) for r in rows]


@contextlib.contextmanager
def make_platform_pair(
    directory: Path, run_in_thread: Callable[..., Any] | None = None
) -> Iterator[PlatformPair]:
    """Start ``central`` on 127.0.0.1 with a fresh database in ``directory``; register a key."""
    if run_in_thread is None:
        from central.server import run_in_thread as default_runner

        run_in_thread = default_runner
    directory.mkdir(parents=True, exist_ok=True)
    keys = directory / "keys"
    key_file = ensure_key_file(keys / f"{KIOSK_ID}.key", 32)
    server = run_in_thread(db=directory / "central.db", keys_dir=keys)
    try:
        platform = HttpPlatform(server.url, KIOSK_ID, load_platform_key(key_file), 2.0, 5.0)
        item = platform.item(ITEM_ID)
        yield PlatformPair(server, platform, key_file, item)
        platform.close()
    finally:
        server.stop()
