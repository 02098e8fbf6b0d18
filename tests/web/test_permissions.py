"""Every route × every role (and anonymous), own and foreign organisation.

The table must name every URL pattern of the application: a new route without a
row fails `test_every_route_is_in_the_table`.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver

from nianbao_web.reports.models import Report
from nianbao_web.services import workflow
from nianbao_web.services.actors import Actor

from .conftest import World, valid_values

ROLES = ("anon", "own", "unit_reviewer", "foreign", "city", "province", "admin", "outsider")
USER_OF = {
    "own": "filler_a",
    "unit_reviewer": "reviewer_a",
    "foreign": "filler_b",
    "city": "city",
    "province": "province",
    "admin": "admin",
    "outsider": "outsider",
}
LOGIN = "login"  # a redirect to the login page


@dataclass(frozen=True)
class Case:
    method: str
    url: Callable[[dict[str, Any]], str]
    expect: dict[str, int | str]
    body: Callable[[dict[str, Any]], dict[str, Any]] | None = None
    json: bool = False


def every(status: int | str, **overrides: int | str) -> dict[str, int | str]:
    return {role: overrides.get(role, status) for role in ROLES}


# own unit: filler and unit reviewer; a supervisor sees a draft's status but not its values.
UNIT_PAGE = every(404, anon=LOGIN, own=200, unit_reviewer=200, city=200, province=200, admin=200)
UNIT_WRITE = every(404, anon=LOGIN, own=302, unit_reviewer=302, city=403, province=403, admin=302)
API_UNIT_READ = every(404, anon=401, own=200, unit_reviewer=200, city=200, province=200, admin=200)
API_VALUES = every(404, anon=401, own=200, unit_reviewer=200, admin=200)
API_WRITE = every(404, anon=401, own=200, unit_reviewer=200, city=403, province=403, admin=200)
LOGGED_IN = every(200, anon=LOGIN)
SUPERVISOR_PAGE = every(403, anon=LOGIN, city=200, province=200, admin=200)


def _yaml_upload(ctx: dict[str, Any]) -> dict[str, Any]:
    return {
        "file": SimpleUploadedFile("r.yaml", b"page_views: 12345\n"),
        "version": ctx["draft"].version,
    }


TABLE: dict[str, Case] = {
    "home": Case("get", lambda c: "/", every(200)),
    "login": Case("get", lambda c: "/login/", every(200)),
    "logout": Case("post", lambda c: "/logout/", every(302)),
    "report_list": Case("get", lambda c: "/reports/", LOGGED_IN),
    "report_new": Case("get", lambda c: "/reports/new/", LOGGED_IN),
    "entry": Case("get", lambda c: f"/reports/{c['draft'].pk}/", UNIT_PAGE),
    "entry:post": Case(
        "post",
        lambda c: f"/reports/{c['draft'].pk}/",
        UNIT_WRITE,
        lambda c: {"version": c["draft"].version, "page_views": "99"},
    ),
    "check": Case(
        "post",
        lambda c: f"/reports/{c['draft'].pk}/check/",
        every(404, anon=LOGIN, own=200, unit_reviewer=200, city=403, province=403, admin=200),
        lambda c: {"page_views": "5"},
    ),
    "import": Case("post", lambda c: f"/reports/{c['draft'].pk}/import/", UNIT_WRITE, _yaml_upload),
    "act": Case("post", lambda c: f"/reports/{c['draft'].pk}/action/submit/", UNIT_WRITE),
    "act:review": Case(
        "post",
        lambda c: f"/reports/{c['submitted'].pk}/action/approve/",
        every(404, anon=LOGIN, own=403, unit_reviewer=403, city=302, province=302, admin=302),
    ),
    "review": Case("get", lambda c: f"/reports/{c['draft'].pk}/review/", UNIT_PAGE),
    "history": Case("get", lambda c: f"/reports/{c['draft'].pk}/history/", UNIT_PAGE),
    "notifications": Case("get", lambda c: "/notifications/", LOGGED_IN),
    "tokens": Case("get", lambda c: "/tokens/", LOGGED_IN),
    "published": Case("get", lambda c: f"/r/{c['site'].code}/2022/", every(200)),
    "published:draft": Case("get", lambda c: f"/r/{c['site'].code}/2023/", every(404)),
    "published_version": Case("get", lambda c: f"/r/{c['site'].code}/2022/v1/", every(200)),
    "download": Case("get", lambda c: f"/r/{c['site'].code}/2022/download.html", every(200)),
    "open_data": Case("get", lambda c: "/open-data/2022.csv?org=c", every(200)),
    "collection": Case("get", lambda c: "/collection/2022/", every(200)),
    "collection_latest": Case("get", lambda c: "/collection/", every(302)),
    "supervision_progress": Case("get", lambda c: "/supervision/", SUPERVISOR_PAGE),
    "supervision_statistics": Case("get", lambda c: "/supervision/statistics/", SUPERVISOR_PAGE),
    "supervision_anomalies": Case("get", lambda c: "/supervision/anomalies/", SUPERVISOR_PAGE),
    "supervision_workbook": Case("get", lambda c: "/supervision/summary.xlsx", SUPERVISOR_PAGE),
    "admin:index": Case("get", lambda c: "/admin/", every(302, admin=200)),
    "admin:orgs_directory_import": Case(
        "get", lambda c: "/admin/orgs/organisation/import/", every(302, admin=200)
    ),
    "api:openapi-json": Case("get", lambda c: "/api/openapi.json", every(200)),
    "api:validate": Case(
        "post", lambda c: "/api/validate", every(200), lambda c: {"year": 2023}, json=True
    ),
    "api:extract": Case(
        "post",
        lambda c: "/api/extract",
        every(200, anon=401),
        lambda c: {"file": SimpleUploadedFile("a.txt", "年度 2023".encode())},
    ),
    "api:list_reports": Case("get", lambda c: "/api/reports", every(200, anon=401)),
    "api:create_report": Case(
        "post",
        lambda c: "/api/reports",
        every(403, anon=401, own=201, unit_reviewer=201, admin=201),
        lambda c: {"site_code": c["site"].code, "year": 2021},
        json=True,
    ),
    "api:read_report": Case("get", lambda c: f"/api/reports/{c['draft'].pk}", API_UNIT_READ),
    "api:update_report": Case(
        "patch",
        lambda c: f"/api/reports/{c['draft'].pk}",
        API_WRITE,
        lambda c: {"version": c["draft"].version, "values": {"page_views": 7}},
        json=True,
    ),
    "api:report_findings": Case(
        "get", lambda c: f"/api/reports/{c['draft'].pk}/findings", API_VALUES
    ),
    "api:report_history": Case(
        "get", lambda c: f"/api/reports/{c['draft'].pk}/history", API_VALUES
    ),
    "api:transition": Case(
        "post", lambda c: f"/api/reports/{c['draft'].pk}/submit", API_WRITE, lambda c: {}, json=True
    ),
}


def _routes(patterns: list[Any], namespace: str | None = None) -> Iterator[str]:
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            yield from _routes(pattern.url_patterns, pattern.namespace or namespace)
        elif isinstance(pattern, URLPattern) and pattern.name:
            yield f"{namespace}:{pattern.name}" if namespace else pattern.name


def test_every_route_is_in_the_table() -> None:
    routes = {
        r
        for r in _routes(get_resolver().url_patterns)
        if not r.startswith("admin:") and r != "api:api-root"
    }
    missing = routes - {
        key.split(":post")[0].split(":review")[0].split(":draft")[0] for key in TABLE
    }
    assert not missing, f"routes without a permission row: {sorted(missing)}"


@pytest.fixture
def context(world: World) -> dict[str, Any]:
    unit = Actor(world.users["filler_a"])
    draft = world.report(year=2023, values=valid_values(world.site_a, 2023))
    submitted = world.report(world.site_a, 2024, valid_values(world.site_a, 2024))
    workflow.submit(unit, submitted.pk)
    Report.objects.filter(pk=submitted.pk).update(review_org=world.city)
    published = world.report(world.site_a, 2022, valid_values(world.site_a, 2022))
    workflow.submit(unit, published.pk)
    workflow.approve(Actor(world.users["city"]), published.pk)
    workflow.approve(Actor(world.users["province"]), published.pk)
    workflow.publish(unit, published.pk)
    return {
        "draft": Report.objects.get(pk=draft.pk),
        "submitted": submitted,
        "site": world.site_a,
        "world": world,
    }


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("route", sorted(TABLE))
def test_route_permission(route: str, role: str, context: dict[str, Any]) -> None:
    case = TABLE[route]
    world: World = context["world"]
    client = Client()
    if role != "anon":
        client.force_login(world.users[USER_OF[role]])
    url = case.url(context)
    body = case.body(context) if case.body else {}
    call = getattr(client, case.method)
    if case.json or case.method == "patch":
        response = call(url, data=json.dumps(body), content_type="application/json")
    else:
        response = call(url, data=body) if case.method == "post" else call(url)
    if response.streaming:
        # a file download holds its file open until its content has been read
        b"".join(response.streaming_content)
    expected = case.expect[role]
    if expected == LOGIN:
        assert response.status_code == 302
        assert response["Location"].startswith("/login/"), response.status_code
    else:
        assert response.status_code == expected, (route, role, response.content[:300])
        if route == "act:review":
            # the province may review only after the city: its attempt changes nothing
            moved = Report.objects.get(pk=context["submitted"].pk).reviewed_levels == 1
            assert moved == (role in ("city", "admin"))
        if url.startswith("/api/") and response.status_code >= 400:
            error = response.json()["error"]
            assert set(error) == {"code", "message", "details"}


def test_a_supervisor_never_sees_a_drafts_values(context: dict[str, Any]) -> None:
    client = Client()
    client.force_login(context["world"].users["city"])
    body = client.get(f"/api/reports/{context['draft'].pk}").json()
    assert body["values"] is None
    assert body["state"] == "draft"
    page = client.get(f"/reports/{context['draft'].pk}/").content.decode()
    assert "看不到草稿内容" in page
    assert 'name="page_views"' not in page
