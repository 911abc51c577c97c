"""Test support for the reference platform: a small signing kiosk client on ``requests``, a
logged-in console browser, the test residents' numbers and fake attachment bytes."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import re
import secrets
import time
import uuid
from pathlib import Path
from typing import Any

import requests

from central.server import ServerHandle, run_in_thread

KIOSK_ID = "KIOSK-DEMO-0001"
OTHER_KIOSK = "KIOSK-TEST-0002"
PASSWORD = "sandbox"
ZHANG = "370102198503120118"  # 张三: match, has e-certificates
LI = "37010219900701023X"  # 李四: no_match
WANG = "370102197811230357"  # 王五: unavailable
ZHAO = "37010219620508042X"  # 赵六: pickup in 1-3, appointment today
SUN = "370102199509170647"  # 孙七


def write_key(keys_dir: Path, kiosk_id: str, mode: int = 0o600) -> bytes:
    keys_dir.mkdir(parents=True, exist_ok=True)
    key = secrets.token_bytes(32)
    path = keys_dir / f"{kiosk_id}.key"
    path.write_text(key.hex() + "\n")
    os.chmod(path, mode)
    return key


def jpeg(tag: str = "") -> bytes:
    return b"\xff\xd8\xff\xe0" + f"jpeg {tag} {uuid.uuid4()}".encode() * 8 + b"\xff\xd9"


def pdf(tag: str = "") -> bytes:
    return b"%PDF-1.4\n" + f"scan {tag} {uuid.uuid4()}".encode() + b"\n%%EOF\n"


class Kiosk:
    """Signs requests exactly as docs/platform-api.md says."""

    def __init__(self, base_url: str, kiosk_id: str, key: bytes) -> None:
        self.base_url = base_url
        self.kiosk_id = kiosk_id
        self.key = key
        self.http = requests.Session()

    def headers(
        self, method: str, path: str, body: bytes, *, ts_offset: int = 0, nonce: str | None = None
    ) -> dict[str, str]:
        timestamp = str(int(time.time()) + ts_offset)
        nonce = nonce or secrets.token_urlsafe(18)
        canonical = "\n".join(
            (method.upper(), path, timestamp, nonce, hashlib.sha256(body).hexdigest())
        )
        signature = hmac.new(self.key, canonical.encode(), hashlib.sha256).hexdigest()
        return {
            "X-Kiosk-Id": self.kiosk_id,
            "X-Timestamp": timestamp,
            "X-Nonce": nonce,
            "X-Signature": signature,
        }

    def request(
        self,
        method: str,
        path: str,
        body: Any = None,
        *,
        raw: bytes | None = None,
        content_type: str | None = None,
        headers: dict[str, str] | None = None,
        key: str | None = None,
        ts_offset: int = 0,
        nonce: str | None = None,
    ) -> requests.Response:
        if raw is None:
            raw = b"" if body is None else json.dumps(body, ensure_ascii=False).encode()
            content_type = content_type or ("application/json" if raw else None)
        all_headers = self.headers(method, path, raw, ts_offset=ts_offset, nonce=nonce)
        if content_type:
            all_headers["Content-Type"] = content_type
        if key is not None:
            all_headers["Idempotency-Key"] = key
        all_headers.update(headers or {})
        return self.http.request(method, self.base_url + path, data=raw, headers=all_headers)

    def get(self, path: str, **kwargs: Any) -> requests.Response:
        return self.request("GET", path, **kwargs)

    def post(self, path: str, body: Any = None, **kwargs: Any) -> requests.Response:
        if "key" not in kwargs:
            kwargs["key"] = uuid.uuid4().hex
        return self.request("POST", path, body, **kwargs)

    def put(self, path: str, raw: bytes, content_type: str) -> requests.Response:
        return self.request("PUT", path, raw=raw, content_type=content_type)

    def upload(self, data: bytes, content_type: str = "image/jpeg") -> str:
        digest = hashlib.sha256(data).hexdigest()
        response = self.put(f"/api/v1/attachments/{digest}", data, content_type)
        assert response.status_code in (200, 201), response.text
        return digest


class Console:
    """A logged-in staff browser (cookie session, CSRF token read from the pages)."""

    def __init__(self, base_url: str, password: str = PASSWORD) -> None:
        self.base_url = base_url
        self.http = requests.Session()
        response = self.http.post(
            base_url + "/console/login", data={"password": password, "next": "/console/fleet"}
        )
        assert response.status_code == 200, response.text
        self.csrf = response.text.split('name="csrf" value="', 1)[1].split('"', 1)[0]

    def get(self, path: str) -> requests.Response:
        return self.http.get(self.base_url + path)

    def post(self, path: str, data: dict[str, str] | None = None) -> requests.Response:
        return self.http.post(self.base_url + path, data={"csrf": self.csrf, **(data or {})})


def start(tmp: Path) -> tuple[ServerHandle, Kiosk, Kiosk]:
    keys = tmp / "keys"
    key = write_key(keys, KIOSK_ID)
    other = write_key(keys, OTHER_KIOSK)
    handle = run_in_thread(db=tmp / "central.db", keys_dir=keys)
    return handle, Kiosk(handle.url, KIOSK_ID, key), Kiosk(handle.url, OTHER_KIOSK, other)


def face_b64() -> str:
    return base64.b64encode(jpeg("face")).decode()


SOCIAL_CARD = "3701-RSJ-0001"  # 社会保障卡申领: self-service
RESIDENT = {
    "name": "张三",
    "sex": "男",
    "nation": "汉",
    "birth_date": "1985-03-12",
    "address": "山东省济南市历下区示例路1号",
}


def fill(field: dict[str, Any]) -> Any:
    prefill = {
        "idcard.name": RESIDENT["name"],
        "idcard.id_number": ZHANG,
        "idcard.sex": RESIDENT["sex"],
        "idcard.nation": RESIDENT["nation"],
        "idcard.birth_date": RESIDENT["birth_date"],
        "idcard.address": RESIDENT["address"],
    }
    if field["prefill"]:
        return prefill[field["prefill"]]
    if field["type"] == "checkbox":
        return True
    if field["type"] == "select":
        return field["options"][0]
    candidates = {
        "phone": ["13800000001"],
        "date": ["2026-01-01"],
        "email": ["z@example.cn"],
        "number": ["100"],
    }.get(field["type"], ["测试", "6222020000000000001", "91370100MA3C00000X"])
    for value in candidates:
        if not field["pattern"] or re.fullmatch(field["pattern"], value):
            return value
    raise AssertionError(f"no test value for {field['name']}")


def application(kiosk: Kiosk, item_id: str = SOCIAL_CARD, **overrides: Any) -> dict[str, Any]:
    """A valid application by 张三: e-certificates where possible, scans otherwise."""
    item = kiosk.get(f"/api/v1/items/{item_id}").json()
    ecerts = {c["type"]: c for c in kiosk.post("/api/v1/ecerts/query", {"id_number": ZHANG}).json()}
    materials = []
    for material in item["materials"]:
        if not material["required"]:
            continue
        cert = ecerts.get(material["ecert_type"] or "")
        if cert:
            materials.append(
                {
                    "material_id": material["material_id"],
                    "source": "ecert",
                    "cert_id": cert["cert_id"],
                }
            )
        else:
            digest = kiosk.upload(jpeg(material["material_id"]))
            materials.append(
                {
                    "material_id": material["material_id"],
                    "source": "scan",
                    "sha256": digest,
                    "content_type": "image/jpeg",
                    "pages": 1,
                }
            )
    body = {
        "item_id": item_id,
        "visit_id": uuid.uuid4().hex,
        "bundle_id": None,
        "applicant": {"name": "张三", "id_number": ZHANG, "phone": "13800000001"},
        "form": {f["name"]: fill(f) for f in item["form"]["fields"]},
        "materials": materials,
        "delivery": {"method": item["deliveries"][0], "address": RESIDENT["address"]},
        "signature_sha256": "ab" * 32,
        "submitted_at": "2026-11-22T10:00:00+08:00",
    }
    body.update(overrides)
    return body
