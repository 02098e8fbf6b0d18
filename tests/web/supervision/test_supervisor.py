"""Supervisor pages: hand-computed progress, totals and anomalies; who may see them."""

from __future__ import annotations

import datetime
import re
from typing import Any

import pytest
from django.test import Client

from nianbao.forms import default_form
from nianbao_web.reports.models import State

from ..conftest import World
from .fixtures import report, site

ON_TIME = datetime.date(2024, 1, 20)  # before the default deadline, 31 January of the next year
LATE = datetime.date(2024, 3, 1)


@pytest.fixture
def tree(world: World) -> dict[str, Any]:
    """unit_a: site_a published on time. unit_b: site_b draft, S9 not started, S8 submitted late."""
    a = report(
        world.site_a,
        2023,
        State.PUBLISHED,
        values={"page_views": 100},
        versions=[{}],
        submitted=ON_TIME,
    )
    report(world.site_b, 2023, State.DRAFT, values={"page_views": 999999})
    site(world.unit_b, "S9", "未开始网")
    late = report(
        site(world.unit_b, "S8", "迟交网"),
        2023,
        State.SUBMITTED,
        values={"page_views": 300},
        submitted=LATE,
    )
    # last year, for the year-over-year check: 300 → 2023's 100 is no jump; 20 → 300 is ×15
    report(
        world.site_a,
        2022,
        State.PUBLISHED,
        values={"page_views": 300},
        versions=[{}],
        submitted=ON_TIME,
    )
    report(
        late.site,
        2022,
        State.PUBLISHED,
        values={"page_views": 20},
        versions=[{}],
        submitted=ON_TIME,
    )
    return {"world": world, "a": a, "late": late}


def _get(world: World, user: str, url: str) -> Any:
    client = Client()
    client.force_login(world.users[user])
    return client.get(url)


def _read(response: Any) -> Any:
    """The response, its download read to the end (the file stays open until then)."""
    if response.streaming:
        b"".join(response.streaming_content)
    return response


def test_progress_counts_and_rates(tree: dict[str, Any]) -> None:
    html = _get(tree["world"], "city", "/supervision/?year=2023").content.decode()
    # 4 expected; reported: published + submitted = 2 (50%); on time: 1 (25%)
    assert re.search(r'id="reporting-rate">50.0%<', html)
    assert re.search(r'id="on-time-rate">25.0%<', html)
    counts = dict(re.findall(r'<td data-state="(\w+)">(\d+)</td>', html))
    assert counts == {
        "not_started": "1",
        "draft": "1",
        "submitted": "1",
        "returned": "0",
        "approved": "0",
        "published": "1",
    }
    by_org = re.findall(
        r'<th scope="row">([^<]+)</th><td>(\d+)</td><td>(\d+)</td><td>(\d+)</td>', html
    )
    assert by_org == [("某市卫生健康委员会", "1", "1", "1"), ("某市教育局", "3", "1", "0")]
    late = re.search(r'<ul id="late-sites">(.*?)</ul>', html, re.S)
    assert late is not None
    assert sorted(re.findall(r"<li>([^（]+)（", late.group(1))) == [
        "未开始网",
        "某市教育局",
        "迟交网",
    ]


def test_progress_filter_by_state_and_organisation(tree: dict[str, Any]) -> None:
    html = _get(
        tree["world"], "province", "/supervision/?year=2023&org=ub&state=draft"
    ).content.decode()
    assert re.findall(r'<tr data-state="(\w+)">', html) == ["draft"]
    assert "某市卫生健康委员会" not in html.split('id="sites"')[1]


def test_totals_exclude_drafts(tree: dict[str, Any]) -> None:
    html = _get(
        tree["world"], "city", "/supervision/statistics/?year=2023&key=page_views"
    ).content.decode()
    row = re.search(
        r'<tr data-key="page_views"><th scope="row">[^<]+</th><td>[^<]*</td>'
        r"<td>(\d+)</td><td>([\d.]+)</td><td>([\d.]+)</td>",
        html,
    )
    assert row is not None
    assert row.groups() == ("2", "400", "200.0")  # 100 + 300, never the draft's 999999
    assert "999999" not in html
    ranking = re.search(r'<ol id="ranking">(.*?)</ol>', html, re.S)
    assert ranking is not None
    assert "迟交网</a>：300" in ranking.group(1)


def test_anomalies_link_to_the_field(tree: dict[str, Any]) -> None:
    html = _get(tree["world"], "city", "/supervision/anomalies/?year=2023").content.decode()
    links = re.findall(r'data-field="(\w+)"><td>[^<]*</td><td><a href="([^"]+)"', html)
    assert (("page_views", f"/reports/{tree['late'].pk}/review/#review-page_views")) in links
    assert all(
        not href.startswith(f"/reports/{tree['a'].pk}/") or field != "page_views"
        for field, href in links
    )


def test_workbook_download(tree: dict[str, Any]) -> None:
    import io  # noqa: PLC0415

    from openpyxl import load_workbook  # type: ignore[import-untyped]  # noqa: PLC0415

    response = _get(tree["world"], "city", "/supervision/summary.xlsx?year=2023")
    assert response.status_code == 200
    book = load_workbook(io.BytesIO(b"".join(response.streaming_content)), read_only=True)
    rows = list(book.worksheets[0].iter_rows(values_only=True))
    assert len(rows) == 2 + 2 + 1  # two header rows, two visible reports, the totals row


@pytest.mark.parametrize(
    "url",
    [
        "/supervision/",
        "/supervision/statistics/",
        "/supervision/anomalies/",
        "/supervision/summary.xlsx",
    ],
)
def test_who_may_see_supervisor_pages(tree: dict[str, Any], url: str) -> None:
    world = tree["world"]
    anon = Client().get(url)
    assert anon.status_code == 302
    assert anon["Location"].startswith("/login/")
    for unit_user in ("filler_a", "reviewer_a", "outsider"):
        assert _get(world, unit_user, url).status_code == 403
    assert _get(world, "city", url + "?org=p").status_code == 403  # above its subtree
    assert _read(_get(world, "city", url + "?org=ub")).status_code == 200
    assert _read(_get(world, "province", url + "?org=p")).status_code == 200


def test_supervisor_sees_only_its_subtree(tree: dict[str, Any]) -> None:
    world = tree["world"]
    from nianbao_web.orgs.models import Membership, Organisation  # noqa: PLC0415

    other = Organisation(code="c2", name="另一市政府办公室", level="city", parent=world.province)
    other.save()
    site(other, "X1", "外市网")
    html = _get(world, "city", "/supervision/?year=2023").content.decode()
    assert "外市网" not in html
    assert 'value="c2"' not in html  # not even offered as a choice
    Membership.objects.create(user=world.users["city"], organisation=other, role="supervisor")
    world.users["city"].refresh_from_db()
    assert "外市网" in _get(world, "city", "/supervision/?year=2023&org=c2").content.decode()


def test_kept_pages_follow_a_change_and_each_choice(tree: dict[str, Any]) -> None:
    """The rendered bodies are kept between requests: a transition shows at once, and each
    chosen field and filter gets its own body."""
    client = Client()
    client.force_login(tree["world"].users["city"])
    stats = "/supervision/statistics/?year=2023&key="

    def pv_total() -> str:
        html = client.get(stats + "page_views").content.decode()
        found = re.search(
            r'<tr data-key="page_views">(?:<t[hd][^>]*>[^<]*</t[hd]>){3}<td>(\d+)', html
        )
        assert found is not None
        return found.group(1)

    assert pv_total() == "400"
    draft = tree["world"].site_b.reports.get(year=2023)
    draft.state = State.SUBMITTED
    draft.save()  # the draft's 999999 now counts
    assert pv_total() == str(400 + 999999)
    other = client.get(stats + "unique_visitors").content.decode()
    shown = default_form().by_key["unique_visitors"].display
    assert f"<caption>{shown}的分布" in other
    assert re.search(r'<option value="unique_visitors" selected>', other)
    drafts = client.get("/supervision/?year=2023&state=draft").content.decode()
    everything = client.get("/supervision/?year=2023").content.decode()
    assert re.findall(r'<tr data-state="(\w+)">', drafts) == []
    assert len(re.findall(r'<tr data-state="(\w+)">', everything)) == 4


def test_kept_progress_page_carries_only_parameters_it_understood(tree: dict[str, Any]) -> None:
    for n in range(60):
        site(tree["world"].unit_a, f"K{n:02d}", f"翻页网{n:02d}")
    html = _get(
        tree["world"], "city", "/supervision/?year=2023&utm_source=%3Cmail%3E"
    ).content.decode()
    assert "utm_source" not in html
    nxt = re.search(r'<a href="\?([^"]+)" rel="next">', html)
    assert nxt is not None
    assert nxt.group(1).replace("&amp;", "&") == "org=c&year=2023&page=2#site-list"
