"""The public page of a published report: cached whole for anonymous readers, keyed so that a
re-publication, a correction or a reused row id never serves stale HTML; conditional GET."""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from django.core.cache import cache
from django.test import Client
from django.utils import timezone

from nianbao_web.reports.models import ReportVersion
from nianbao_web.services import editing, workflow
from nianbao_web.services.actors import Actor

from .conftest import World, valid_values


@pytest.fixture(autouse=True)
def _fresh_cache() -> Any:
    cache.clear()
    yield
    cache.clear()


def publish(world: World) -> Any:
    unit, city, province = (Actor(world.users[n]) for n in ("filler_a", "city", "province"))
    report = world.report(values=valid_values(world.site_a))
    workflow.submit(unit, report.pk)
    workflow.approve(city, report.pk)
    workflow.approve(province, report.pk)
    return workflow.publish(unit, report.pk)


def url(world: World) -> str:
    return f"/r/{world.site_a.code}/2023/"


def test_anonymous_page_is_cached_and_answers_conditional_gets(
    world: World, django_assert_max_num_queries: Any
) -> None:
    publish(world)
    client = Client()
    first = client.get(url(world))
    assert first.status_code == 200
    etag = first["ETag"]
    assert etag
    assert first["Last-Modified"]
    with django_assert_max_num_queries(1):  # the version lookup; the HTML comes from the cache
        again = client.get(url(world))
    assert again.content == first.content
    not_modified = client.get(url(world), HTTP_IF_NONE_MATCH=etag)
    assert not_modified.status_code == 304
    assert not_modified["ETag"] == etag
    assert not_modified.content == b""
    assert client.get(url(world), HTTP_IF_NONE_MATCH='"other"').status_code == 200


def test_a_correction_shows_the_new_version_at_once(world: World) -> None:
    unit, city, province = (Actor(world.users[n]) for n in ("filler_a", "city", "province"))
    report = publish(world)
    client = Client()
    first = client.get(url(world))
    assert "第 1 版" in first.content.decode()
    report = workflow.start_correction(unit, report.pk, "访问量有误")
    report = editing.save(unit, report.pk, report.version, values={"columns_maintained": 777_777})
    workflow.submit(unit, report.pk)
    workflow.approve(city, report.pk)
    workflow.approve(province, report.pk)
    workflow.publish(unit, report.pk, "更正访问量")
    second = client.get(url(world), HTTP_IF_NONE_MATCH=first["ETag"])
    assert second.status_code == 200
    assert second["ETag"] != first["ETag"]
    page = second.content.decode()
    assert "第 2 版" in page
    assert "777777" in page
    old = client.get(f"{url(world)}v1/").content.decode()
    assert "这是旧版本" in old
    assert "777777" not in old


def test_a_reused_version_id_never_serves_the_old_table(world: World) -> None:
    """A version row replaced under the same id (restored backup, rolled-back test) has a new
    publication time, and the page follows it."""
    report = publish(world)
    client = Client()
    assert "777777" not in client.get(url(world)).content.decode()
    version = ReportVersion.objects.get(report=report)
    pk = version.pk
    values = dict(version.values, page_views=777_777)
    version.delete()
    ReportVersion.objects.create(
        pk=pk,
        report=report,
        number=1,
        values=values,
        published_at=timezone.now() + datetime.timedelta(seconds=1),
    )
    assert "777777" in client.get(url(world)).content.decode()


def test_a_logged_in_reader_gets_their_own_page(world: World) -> None:
    publish(world)
    anonymous = Client().get(url(world))
    client = Client()
    client.force_login(world.users["filler_b"])
    mine = client.get(url(world))
    assert mine.status_code == 200
    assert "filler_b" in mine.content.decode()
    assert "filler_b" not in anonymous.content.decode()
    assert "ETag" not in mine
    assert "csrfmiddlewaretoken" not in anonymous.content.decode()


def test_downloads_read_the_deferred_values(world: World) -> None:
    publish(world)
    response = Client().get(f"{url(world)}download.xlsx")
    assert response.status_code == 200
    assert response.content[:2] == b"PK"
