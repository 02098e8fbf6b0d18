"""API contracts: validate, extract, tokens, the error envelope, OpenAPI, the edit guard."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from nianbao_web.services import tokens

from .conftest import World, valid_values

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def post_json(client: Client, url: str, body: Any, **extra: Any) -> Any:
    return client.post(url, data=json.dumps(body), content_type="application/json", **extra)


def envelope(response: Any, status: int, code: str | None = None) -> dict[str, Any]:
    assert response.status_code == status, response.content
    error = response.json()["error"]
    assert set(error) == {"code", "message", "details"}
    assert error["message"]
    if code:
        assert error["code"] == code
    return dict(error)


@pytest.mark.django_db
@pytest.mark.parametrize(
    "body", [{}, {"year": 2022}, {"no_such_key": 1}, {"page_views": "很多"}, {"year": [1, {}]}]
)
def test_validate_any_object_gives_findings(body: dict[str, Any]) -> None:
    response = post_json(Client(), "/api/validate", body)
    assert response.status_code == 200
    findings = response.json()["findings"]
    assert isinstance(findings, list)
    for finding in findings:
        assert {"rule", "severity", "fields", "clause", "message", "fix"} <= set(finding)
    if "no_such_key" in body:
        assert any(f["fields"] == ["no_such_key"] for f in findings)


@pytest.mark.django_db
def test_validate_the_seed_finds_the_interpretation_error() -> None:
    seed = yaml.safe_load((FIXTURES / "seed-2022.yaml").read_text(encoding="utf-8"))
    findings = post_json(Client(), "/api/validate", seed).json()["findings"]
    assert {f["rule"] for f in findings} >= {"interp_sum", "wechat_subscribers_low"}


@pytest.mark.django_db
@pytest.mark.parametrize("raw", [b"[1, 2]", b'"text"', b"null", b"{not json", b"\xff\xfe"])
def test_validate_refuses_a_non_object(raw: bytes) -> None:
    response = Client().post("/api/validate", data=raw, content_type="application/json")
    envelope(response, 400, "invalid")


@pytest.mark.django_db
def test_validate_size_and_rate_limits(settings: Any) -> None:
    settings.VALIDATE_MAX_BYTES = 100
    envelope(post_json(Client(), "/api/validate", {"filler": "x" * 200}), 400)
    settings.VALIDATE_MAX_BYTES = 262144
    settings.VALIDATE_RATE = "3/m"
    cache.clear()
    client = Client(REMOTE_ADDR="10.9.8.7")
    statuses = [post_json(client, "/api/validate", {}).status_code for _ in range(5)]
    assert statuses == [200, 200, 200, 429, 429]
    envelope(post_json(client, "/api/validate", {}), 429, "rate_limited")
    cache.clear()


@pytest.mark.django_db
def test_unknown_route_and_method_use_the_envelope() -> None:
    envelope(Client().get("/api/nothing-here"), 404)
    envelope(Client().get("/api/validate"), 405)


@pytest.mark.django_db
def test_openapi_lists_the_routes() -> None:
    spec = Client().get("/api/openapi.json").json()
    assert {"/api/validate", "/api/extract", "/api/reports", "/api/reports/{report_id}"} <= set(
        spec["paths"]
    )


def test_token_auth_and_the_edit_guard_over_the_api(world: World) -> None:
    token = tokens.create(world.users["filler_a"], "脚本")
    auth = {"HTTP_AUTHORIZATION": f"Bearer {token}"}
    client = Client()
    envelope(client.get("/api/reports", HTTP_AUTHORIZATION="Bearer nb_wrong"), 401)
    created = post_json(
        client, "/api/reports", {"site_code": world.site_a.code, "year": 2023}, **auth
    )
    assert created.status_code == 201, created.content
    report = created.json()
    assert report["values"]["site_code"] == world.site_a.code
    url = f"/api/reports/{report['id']}"
    values = valid_values(world.site_a)
    first = client.patch(
        url,
        data=json.dumps({"version": report["version"], "values": values}),
        content_type="application/json",
        **auth,
    )
    assert first.status_code == 200, first.content
    stale = client.patch(
        url,
        data=json.dumps({"version": report["version"], "values": {"page_views": 1}}),
        content_type="application/json",
        **auth,
    )
    error = envelope(stale, 409, "stale_version")
    assert error["details"]["changes"]
    assert "filler_a" in error["message"]
    unknown = client.patch(
        url,
        data=json.dumps({"version": first.json()["version"], "values": {"bogus": 1}}),
        content_type="application/json",
        **auth,
    )
    envelope(unknown, 400)
    submitted = post_json(client, f"{url}/submit", {}, **auth)
    assert submitted.json()["state"] == "submitted"
    locked = client.patch(
        url,
        data=json.dumps({"version": submitted.json()["version"], "values": {"page_views": 1}}),
        content_type="application/json",
        **auth,
    )
    envelope(locked, 409, "locked")
    history = client.get(f"{url}/history", **auth).json()
    assert [h["seq"] for h in history] == [1, 2]


def test_extract_gives_the_extract_record(world: World) -> None:
    client = Client()
    client.force_login(world.users["filler_a"])
    seed = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "raw" / "000.txt"
    if not seed.exists():
        pytest.skip("shared corpus not present")
    response = client.post(
        "/api/extract", {"file": SimpleUploadedFile("000.txt", seed.read_bytes())}
    )
    assert response.status_code == 200, response.content
    record = response.json()
    assert {
        "source",
        "format",
        "values",
        "provenance",
        "confidence",
        "findings",
        "unmatched",
    } <= set(record)
    assert record["values"]["interp_total"] == 3
    refused = client.post("/api/extract", {"file": SimpleUploadedFile("x.exe", b"MZ")})
    envelope(refused, 400)
