"""Attachments: raw PUT with hash check, idempotent, HEAD; size and type limits (413, 415)."""

from __future__ import annotations

import hashlib

from central_support import jpeg, pdf


def path_of(data: bytes) -> str:
    return f"/api/v1/attachments/{hashlib.sha256(data).hexdigest()}"


def test_first_upload_is_201_then_200(kiosk):
    data = pdf("twice")
    first = kiosk.put(path_of(data), data, "application/pdf")
    assert first.status_code == 201
    assert first.json()["size"] == len(data)
    again = kiosk.put(path_of(data), data, "application/pdf")
    assert again.status_code == 200


def test_head_tells_whether_stored(kiosk):
    data = jpeg("head")
    assert kiosk.request("HEAD", path_of(data)).status_code == 404
    kiosk.upload(data)
    head = kiosk.request("HEAD", path_of(data))
    assert head.status_code == 200
    assert head.headers["Content-Type"] == "image/jpeg"


def test_stored_bytes_are_the_uploaded_bytes(server, kiosk):
    data = pdf("stored")
    digest = kiosk.upload(data, "application/pdf")
    assert server.platform.attachment_path(digest).read_bytes() == data


def test_hash_mismatch_is_422(kiosk):
    data = jpeg("mismatch")
    response = kiosk.put(path_of(b"something else"), data, "image/jpeg")
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "hash_mismatch"
    assert kiosk.request("HEAD", path_of(b"something else")).status_code == 404


def test_wrong_content_type_is_415(kiosk):
    data = b"plain text"
    response = kiosk.put(path_of(data), data, "text/plain")
    assert response.status_code == 415
    assert response.json()["error"]["code"] == "unsupported_type"


def test_body_that_is_not_what_it_claims_is_415(kiosk):
    data = b"GIF89a not a png at all"
    response = kiosk.put(path_of(data), data, "image/png")
    assert response.status_code == 415
    assert response.json()["error"]["code"] == "unsupported_type"


def test_attachment_over_10_mib_is_413(kiosk):
    data = b"%PDF-" + b"\0" * (10 * 1024 * 1024)
    response = kiosk.put(path_of(data), data, "application/pdf")
    assert response.status_code == 413
    error = response.json()["error"]
    assert error["code"] == "too_large"
    assert error["limit_bytes"] == 10 * 1024 * 1024


def test_attachment_of_exactly_10_mib_is_accepted(kiosk):
    data = b"%PDF-" + b"\1" * (10 * 1024 * 1024 - 5)
    assert kiosk.put(path_of(data), data, "application/pdf").status_code in (200, 201)


def test_json_body_over_256_kib_is_413(kiosk):
    big = {"screen": "home", "visit_id": "v", "padding": "x" * (256 * 1024)}
    response = kiosk.post("/api/v1/help", big)
    assert response.status_code == 413
    assert response.json()["error"]["code"] == "too_large"


def test_json_endpoint_refuses_other_content_types(kiosk):
    response = kiosk.request(
        "POST", "/api/v1/help", raw=b"screen=home", content_type="application/x-www-form-urlencoded"
    )
    assert response.status_code == 415
    assert response.json()["error"]["code"] == "unsupported_type"


def test_upload_after_refusal_keeps_connection_usable(kiosk):
    too_big = b"%PDF-" + b"\0" * (11 * 1024 * 1024)
    assert kiosk.put(path_of(too_big), too_big, "application/pdf").status_code == 413
    data = jpeg("after")
    assert kiosk.put(path_of(data), data, "image/jpeg").status_code == 201
