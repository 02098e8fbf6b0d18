"""The public collection column /collection/{year}/: published reports only, searchable."""

from __future__ import annotations

import pytest
from django.test import Client

from nianbao_web.reports.models import State

from ..conftest import World
from .fixtures import report, site


@pytest.fixture
def column(world: World) -> World:
    report(
        site(world.unit_a, "S1", "卫生健康网", "department"),
        2023,
        State.PUBLISHED,
        versions=[{"site_type": "department"}],
    )
    report(
        site(world.unit_b, "S2", "教育网", "special"),
        2023,
        State.PUBLISHED,
        versions=[{"site_type": "special"}],
    )
    report(site(world.unit_b, "S3", "草稿网"), 2023, State.APPROVED)
    return world


def _names(html: str) -> list[str]:
    return [n for n in ("卫生健康网", "教育网", "草稿网") if f">{n}</a>" in html]


def test_lists_published_reports_with_links(column: World) -> None:
    html = Client().get("/collection/2023/").content.decode()
    assert _names(html) == ["卫生健康网", "教育网"]
    assert 'href="/r/S1/2023/"' in html
    assert 'href="/open-data/2023.csv"' in html


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("q=教育", ["教育网"]),
        ("type=department", ["卫生健康网"]),
        ("org=ub", ["教育网"]),
        ("org=c", ["卫生健康网", "教育网"]),
        ("org=nope", []),
    ],
)
def test_search(column: World, query: str, expected: list[str]) -> None:
    html = Client().get(f"/collection/2023/?{query}").content.decode()
    assert _names(html) == expected


def test_latest_year_redirect(column: World) -> None:
    response = Client().get("/collection/")
    assert response.status_code == 302
    assert response["Location"] == "/collection/2023/"


def test_pagination(column: World) -> None:
    for n in range(60):
        report(
            site(column.unit_a, f"P{n:02d}", f"分页网{n:02d}"), 2024, State.PUBLISHED, versions=[{}]
        )
    first = Client().get("/collection/2024/").content.decode()
    second = Client().get("/collection/2024/?page=2").content.decode()
    assert first.count("分页网") == 50
    assert second.count("分页网") == 10
    assert "page=2" in first


def test_absurd_year_is_not_found(world: World) -> None:
    assert Client().get("/collection/99999999/").status_code == 404


def test_navigation_offers_supervision_to_supervisors_only(world: World) -> None:
    for user, shown in (("city", True), ("filler_a", False)):
        client = Client()
        client.force_login(world.users[user])
        html = client.get("/").content.decode()
        assert 'href="/collection/"' in html
        assert ('href="/supervision/"' in html) is shown
    assert 'href="/supervision/"' not in Client().get("/").content.decode()


def test_kept_column_shows_a_new_publication_at_once(column: World) -> None:
    client = Client()
    assert _names(client.get("/collection/2023/").content.decode()) == ["卫生健康网", "教育网"]
    approved = column.site_b.organisation.sites.get(code="S3").reports.get(year=2023)
    approved.state = State.PUBLISHED
    approved.save()
    approved.versions.create(number=1, values={}, published_at=approved.updated)
    html = client.get("/collection/2023/").content.decode()
    assert _names(html) == ["卫生健康网", "教育网", "草稿网"]
    assert "共 3 份已发布报表" in html
    assert _names(client.get("/collection/2023/?q=草稿").content.decode()) == ["草稿网"]
