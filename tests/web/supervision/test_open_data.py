"""GET /open-data/{year}.csv|.json|.parquet: published versions only, exact CSV bytes."""

from __future__ import annotations

import json
from typing import Any

import duckdb
import pytest
from django.test import Client

from nianbao.forms import form_for_year
from nianbao_web.reports.models import State

from ..conftest import World
from .fixtures import report, site

KEYS = [f.key for f in form_for_year(2023).fields]


@pytest.fixture
def published(world: World) -> dict[str, Any]:
    """One current published report per unit, plus every kind of report that must stay out."""
    shown = site(world.unit_a, "S1", "甲网站")
    report(
        shown,
        2023,
        State.PUBLISHED,
        values={"site_name": "WORKING COPY"},
        versions=[
            {"year": 2023, "site_name": "OLD VERSION", "site_code": "S1"},
            {
                "year": 2023,
                "site_name": "甲网站",
                "site_code": "S1",
                "page_views": 1200,
                "smart_qa": True,
                "emergency_drill": False,
                "innovation": ["multilingual", "accessibility"],
                "messages_avg_days": 2.5,
            },
        ],
    )
    other = site(world.unit_b, "S2", "乙网站")
    report(other, 2023, State.PUBLISHED, versions=[{"year": 2023, "site_code": "S2"}])
    for code, state in (
        ("D1", State.DRAFT),
        ("D2", State.SUBMITTED),
        ("D3", State.RETURNED),
        ("D4", State.APPROVED),
    ):
        report(site(world.unit_a, code, "不应出现"), 2023, state, values={"site_name": "不应出现"})
    # a correction in progress: the published version stays, the new draft values do not
    fixing = site(world.unit_b, "S3", "丙网站")
    report(
        fixing,
        2023,
        State.DRAFT,
        values={"site_name": "更正中的草稿"},
        versions=[{"year": 2023, "site_code": "S3", "site_name": "丙网站"}],
    )
    report(shown, 2022, State.PUBLISHED, versions=[{"year": 2022, "site_code": "S1"}])
    return {"world": world}


def test_csv_exact_bytes_for_one_organisation(published: dict[str, Any]) -> None:
    response = Client().get("/open-data/2023.csv?org=ua")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    body = b"".join(response.streaming_content)  # type: ignore[attr-defined]
    cells = {
        "year": "2023",
        "site_name": "甲网站",
        "site_code": "S1",
        "page_views": "1200",
        "smart_qa": "true",
        "emergency_drill": "false",
        "innovation": "multilingual;accessibility",
        "messages_avg_days": "2.5",
        "organisation": "某市卫生健康委员会",
        "published_url": "http://testserver/r/S1/2023/",
    }
    header = ",".join([*KEYS, "organisation", "published_url"])
    row = ",".join(cells.get(k, "") for k in [*KEYS, "organisation", "published_url"])
    assert body == ("\ufeff" + header + "\r\n" + row + "\r\n").encode("utf-8")
    assert body.startswith(b"\xef\xbb\xbfyear,filing_unit,site_name,homepage_url,")
    assert "2023,,甲网站,,,,S1,".encode() in body


def test_only_current_published_versions_appear(published: dict[str, Any]) -> None:
    text = b"".join(Client().get("/open-data/2023.csv").streaming_content).decode("utf-8-sig")  # type: ignore[attr-defined]
    lines = text.splitlines()
    assert len(lines) == 4  # header + S1, S2, S3
    assert [line.split(",")[KEYS.index("site_code")] for line in lines[1:]] == ["S1", "S2", "S3"]
    for hidden in ("不应出现", "WORKING COPY", "OLD VERSION", "更正中的草稿"):
        assert hidden not in text


def test_json_omits_absent_values_and_counts(published: dict[str, Any]) -> None:
    response = Client().get("/open-data/2023.json")
    body = json.loads(b"".join(response.streaming_content))  # type: ignore[attr-defined]
    assert body["year"] == 2023
    assert body["count"] == 3
    first = body["items"][0]
    assert first["innovation"] == ["multilingual", "accessibility"]
    assert first["smart_qa"] is True
    assert "filing_unit" not in first
    assert list(first)[-2:] == ["organisation", "published_url"]
    assert body["items"][2] == {
        "year": 2023,
        "site_name": "丙网站",
        "site_code": "S3",
        "organisation": "某市教育局",
        "published_url": "http://testserver/r/S3/2023/",
    }


def test_parquet_round_trip(published: dict[str, Any], tmp_path: Any) -> None:
    response = Client().get("/open-data/2023.parquet?org=c")
    assert response.status_code == 200
    target = tmp_path / "out.parquet"
    target.write_bytes(b"".join(response.streaming_content))  # type: ignore[attr-defined]
    con = duckdb.connect()
    rows = con.execute(
        f"SELECT site_code, page_views, smart_qa, innovation, messages_avg_days "
        f"FROM read_parquet('{target}') ORDER BY site_code"
    ).fetchall()
    assert rows == [
        ("S1", 1200, True, ["multilingual", "accessibility"], 2.5),
        ("S2", None, None, None, None),
        ("S3", None, None, None, None),
    ]


@pytest.mark.parametrize("fmt", ["csv", "json", "parquet"])
def test_year_with_nothing_published(world: World, fmt: str, tmp_path: Any) -> None:
    response = Client().get(f"/open-data/2019.{fmt}")
    assert response.status_code == 200
    body = b"".join(response.streaming_content)  # type: ignore[attr-defined]
    if fmt == "csv":
        assert body.decode("utf-8-sig").splitlines() == [
            ",".join([*KEYS, "organisation", "published_url"])
        ]
    elif fmt == "json":
        assert json.loads(body) == {"year": 2019, "items": [], "count": 0}
    else:
        (tmp_path / "e.parquet").write_bytes(body)
        count = duckdb.connect().execute(
            f"SELECT count(*) FROM read_parquet('{tmp_path / 'e.parquet'}')"
        )
        assert count.fetchone() == (0,)


def test_unknown_organisation_is_a_404_envelope(world: World) -> None:
    response = Client().get("/open-data/2023.csv?org=nope")
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "not_found"
    assert set(response.json()["error"]) == {"code", "message", "details"}


def test_one_query_for_the_rows_then_the_file_until_a_publication(
    published: dict[str, Any], django_assert_max_num_queries: Any
) -> None:
    url = "/open-data/2023.csv?org=p"
    with django_assert_max_num_queries(3):  # the organisation, the publication stamp, the rows
        first = b"".join(Client().get(url).streaming_content)  # type: ignore[attr-defined]
    with django_assert_max_num_queries(2):  # served from the finished file
        again = b"".join(Client().get(url).streaming_content)  # type: ignore[attr-defined]
    assert again == first
    assert b"S4" not in first
    # A publication anywhere in the year makes the next download a new file.
    report(
        site(published["world"].unit_a, "S4", "丁网站"),
        2023,
        State.PUBLISHED,
        versions=[{"year": 2023, "site_code": "S4"}],
    )
    after = b"".join(Client().get(url).streaming_content).decode("utf-8-sig").splitlines()  # type: ignore[attr-defined]
    assert after[:-1] == first.decode("utf-8-sig").splitlines()  # S4 sorts last
    assert after[-1].split(",")[KEYS.index("site_code")] == "S4"


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_gzip_copy_for_clients_that_ask(published: dict[str, Any], fmt: str) -> None:
    import gzip  # noqa: PLC0415

    url = f"/open-data/2023.{fmt}"
    plain = Client().get(url)
    body = b"".join(plain.streaming_content)  # type: ignore[attr-defined]
    assert "Content-Encoding" not in plain
    assert "Accept-Encoding" in plain["Vary"]
    packed = Client().get(url, headers={"Accept-Encoding": "br, gzip;q=0.8"})
    assert packed["Content-Encoding"] == "gzip"
    assert gzip.decompress(b"".join(packed.streaming_content)) == body  # type: ignore[attr-defined]
    assert int(packed["Content-Length"]) < len(body)
    refused = Client().get(url, headers={"Accept-Encoding": "gzip;q=0, identity"})
    assert "Content-Encoding" not in refused
    assert b"".join(refused.streaming_content) == body  # type: ignore[attr-defined]


def test_parquet_is_never_gzipped(published: dict[str, Any]) -> None:
    response = Client().get("/open-data/2023.parquet", headers={"Accept-Encoding": "gzip"})
    assert "Content-Encoding" not in response
    assert b"".join(response.streaming_content)[:4] == b"PAR1"  # type: ignore[attr-defined]
