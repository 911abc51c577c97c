"""The OpenAPI document covers every path of docs/platform-api.md and says what is a sandbox."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import requests

CONTRACT = Path(__file__).resolve().parents[2] / "docs" / "platform-api.md"
EXPECTED = {
    ("get", "/catalogue"),
    ("get", "/items/{item_id}"),
    ("post", "/ecerts/query"),
    ("put", "/attachments/{sha256}"),
    ("head", "/attachments/{sha256}"),
    ("post", "/applications"),
    ("get", "/applications/{application_id}"),
    ("post", "/applications/query"),
    ("post", "/identity/verify"),
    ("post", "/identity/qr"),
    ("post", "/evaluations"),
    ("post", "/queue/tickets"),
    ("post", "/appointments/checkin"),
    ("get", "/kiosks/{kiosk_id}/pickups"),
    ("post", "/pickups/{pickup_id}/events"),
    ("post", "/heartbeat"),
    ("post", "/commands/{command_id}/ack"),
    ("post", "/help"),
}


@pytest.fixture(scope="module")
def openapi(running, tmp_path_factory):
    server = running[0]
    document = requests.get(server.url + "/openapi.json").json()
    dump = tmp_path_factory.mktemp("openapi") / "openapi.json"
    dump.write_text(json.dumps(document, ensure_ascii=False, indent=1))
    return document


def contract_paths() -> set[tuple[str, str]]:
    """(method, path) of every row of the resources table."""
    found = set()
    for line in CONTRACT.read_text().splitlines():
        match = re.match(r"\| `(GET|POST|PUT|HEAD) (/[^` ?]*)", line)
        if match:
            found.add((match.group(1).lower(), match.group(2)))
    return found


def test_every_contract_path_is_served(openapi):
    served = {
        (method, path.removeprefix("/api/v1"))
        for path, operations in openapi["paths"].items()
        for method in operations
    }
    assert served >= EXPECTED
    assert contract_paths() <= served


def test_contract_document_lists_what_we_expect():
    assert contract_paths() == EXPECTED


def test_identity_verify_says_production_uses_the_real_authority(openapi):
    operation = openapi["paths"]["/api/v1/identity/verify"]["post"]
    assert (
        "Production deployments point this endpoint at the real identity authority"
        in (operation["description"])
    )


def test_api_operations_declare_the_signature_headers(openapi):
    schemes = openapi["components"]["securitySchemes"]
    assert {s["name"] for s in schemes.values()} == {
        "X-Kiosk-Id",
        "X-Timestamp",
        "X-Nonce",
        "X-Signature",
    }
    for path, operations in openapi["paths"].items():
        if path.startswith("/api/v1/"):
            assert all(op.get("security") for op in operations.values())


def test_catalogue_schemas_are_published(openapi):
    schemas = openapi["components"]["schemas"]
    assert {"CatalogueFull", "CatalogueDelta", "Item", "FormField"} <= set(schemas)


def test_docs_page_is_served(server):
    assert requests.get(server.url + "/docs").status_code == 200
