"""Access logs → PV and UV, against answers known by construction."""

from __future__ import annotations

import datetime
import gzip
from pathlib import Path

import pytest
import synthetic_traffic as synthetic

from nianbao.errors import InputError, UnsupportedFormatError, UsageError
from nianbao.metrics.accesslog import count_traffic, explain_traffic
from nianbao.metrics.config import AccessLogConfig, default_config
from nianbao.metrics.sitetime import site_time

SHANGHAI_2024 = site_time("Asia/Shanghai", 2024)


def cfg(**changes: object) -> AccessLogConfig:
    base = default_config().access_log
    return AccessLogConfig(**{**base.__dict__, **changes})


@pytest.fixture(scope="module")
def year_of_traffic(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[synthetic.Traffic, list[Path]]:
    traffic = synthetic.generate()
    folder = tmp_path_factory.mktemp("logs")
    return traffic, synthetic.write(traffic, folder)


def test_a_year_of_traffic_gives_the_known_answers(
    year_of_traffic: tuple[synthetic.Traffic, list[Path]],
) -> None:
    traffic, paths = year_of_traffic
    counted, _, _ = count_traffic(paths, cfg(), SHANGHAI_2024)
    assert counted.page_views == traffic.page_views
    assert counted.unique_visitors == traffic.unique_visitors
    assert {d: uv for d, (_, uv) in counted.daily.items()} == traffic.daily_visitors()
    expected = traffic.reasons()
    assert counted.skipped == {
        reason: expected.get(reason, 0)
        for reason in ("rejected", "outside_year", "method", "status", "asset", "bot")
    }
    assert counted.lines == len(traffic.lines)
    assert counted.lines == counted.page_views + sum(counted.skipped.values())
    assert counted.repeat_visits == traffic.page_views - traffic.unique_visitors
    assert counted.rejected == expected["rejected"] == 6
    assert len(counted.examples) == 5
    assert all(e.split(":")[0] in {str(p) for p in paths} for e in counted.examples)


def test_file_order_and_compression_do_not_matter(
    year_of_traffic: tuple[synthetic.Traffic, list[Path]], tmp_path: Path
) -> None:
    traffic, paths = year_of_traffic
    again = synthetic.write(traffic, tmp_path, kinds=("zstd", "plain", "gzip", "gzip"))
    first, _, _ = count_traffic(paths, cfg(), SHANGHAI_2024)
    second, _, _ = count_traffic(list(reversed(again)), cfg(), SHANGHAI_2024)
    assert (first.page_views, first.unique_visitors) == (second.page_views, second.unique_visitors)


def _write(tmp_path: Path, lines: list[str], name: str = "a.log") -> Path:
    path = tmp_path / name
    path.write_text("".join(f"{line}\n" for line in lines), "utf-8")
    return path


UA = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/120.0"


def _line(ip: str, when: str, path: str = "/", status: int = 200, ua: str = UA) -> str:
    return f'{ip} - - [{when}] "GET {path} HTTP/1.1" {status} 10 "-" "{ua}"'


def test_midnight_and_time_zone_edges_by_hand(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        [
            _line("1.1.1.1", "31/Dec/2023:16:30:00 +0000"),  # 2024-01-01 00:30 Shanghai: counts
            _line("1.1.1.1", "01/Jan/2024:08:00:00 +0800"),  # same visitor, same day
            _line("1.1.1.1", "31/Dec/2023:23:59:59 +0800"),  # last year
            _line("1.1.1.1", "31/Dec/2024:15:59:59 +0000"),  # 2024-12-31 23:59:59: counts
            _line("1.1.1.1", "31/Dec/2024:11:00:00 -0500"),  # 2025-01-01 00:00: next year
            _line("2.2.2.2", "05/Mar/2024:23:59:59 +0800"),
            _line("2.2.2.2", "05/Mar/2024:16:00:00 +0000"),  # 2024-03-06 00:00
            _line("2.2.2.2", "06/Mar/2024:00:00:00 +0800"),  # the same day as the line above
            _line("2.2.2.2", "06/Mar/2024:05:30:00 +0530"),  # 2024-03-06 08:00
        ],
    )
    counted, _, _ = count_traffic([path], cfg(), SHANGHAI_2024)
    assert counted.page_views == 7
    assert counted.unique_visitors == 4
    assert counted.skipped["outside_year"] == 2
    assert counted.daily == {
        datetime.date(2024, 1, 1): (2, 1),
        datetime.date(2024, 3, 5): (1, 1),
        datetime.date(2024, 3, 6): (3, 1),
        datetime.date(2024, 12, 31): (1, 1),
    }


def test_filters_by_hand(tmp_path: Path) -> None:
    day = "10/May/2024:10:00:00 +0800"
    path = _write(
        tmp_path,
        [
            _line("1.1.1.1", day, "/a.html"),
            _line("1.1.1.1", day, "/a.html"),  # the same page again: PV counts it again
            _line("1.1.1.1", day, "/a.CSS?v=1"),
            _line("1.1.1.1", day, "/js/app.js"),
            _line("1.1.1.1", day, "/a.html", status=404),
            _line("1.1.1.1", day, "/a.html", status=304),
            _line("1.1.1.1", day, "/a.html", ua="Mozilla/5.0 (compatible; Baiduspider/2.0)"),
            _line("1.1.1.1", day, "/a.html", ua="-"),
            _line("1.1.1.1", day, "/report.pdf"),
            _line("1.1.1.1", day, "/css.html"),  # a page whose name looks like an asset
            f'1.1.1.1 - - [{day}] "POST /a.html HTTP/1.1" 200 1 "-" "{UA}"',
            f'1.1.1.1 - - [{day}] "\\x16\\x03\\x01" 400 1 "-" "-"',
        ],
    )
    counted, _, _ = count_traffic([path], cfg(), SHANGHAI_2024)
    assert counted.page_views == 4
    assert counted.unique_visitors == 1
    assert counted.skipped == {
        "rejected": 0,
        "outside_year": 0,
        "method": 2,
        "status": 1,
        "asset": 3,
        "bot": 2,
    }
    unfiltered, _, _ = count_traffic(
        [path],
        cfg(methods=(), statuses=(), exclude_assets=False, exclude_bots=False),
        SHANGHAI_2024,
    )
    assert unfiltered.page_views == 12
    assert unfiltered.unique_visitors == 3  # three user agents: browser, Baiduspider, "-"


def test_visitor_by_cookie(tmp_path: Path) -> None:
    day = "10/May/2024:10:00:00 +0800"
    fmt = '$remote_addr [$time_local] "$request" $status "$http_user_agent" "$http_cookie"'
    rows = [
        f'1.1.1.1 [{day}] "GET / HTTP/1.1" 200 "{UA}" "a=1; uid=u1"',
        f'2.2.2.2 [{day}] "GET / HTTP/1.1" 200 "Other" "uid=u1; b=2"',  # same person elsewhere
        f'3.3.3.3 [{day}] "GET / HTTP/1.1" 200 "{UA}" "uid=u2"',
        f'4.4.4.4 [{day}] "GET / HTTP/1.1" 200 "{UA}" "-"',  # no cookie: by address + agent
        f'4.4.4.4 [{day}] "GET /b HTTP/1.1" 200 "{UA}" "-"',
    ]
    path = _write(tmp_path, rows)
    counted, _, _ = count_traffic([path], cfg(visitor="cookie:uid"), SHANGHAI_2024, fmt)
    assert (counted.page_views, counted.unique_visitors) == (5, 3)
    by_address, _, _ = count_traffic([path], cfg(), SHANGHAI_2024, fmt)
    assert by_address.unique_visitors == 4


@pytest.mark.parametrize(
    ("fmt", "row"),
    [
        (
            "common",
            '1.1.1.1 - - [10/May/2024:10:00:00 +0800] "GET / HTTP/1.1" 200 5',
        ),
        (
            '$remote_addr|$time_iso8601|$request_method|$request_uri|$status|"$http_user_agent"',
            '1.1.1.1|2024-05-10T10:00:00+08:00|GET|/a.html|200|"' + UA + '"',
        ),
        (
            '$msec $remote_addr $status $request_method $uri rt=$request_time "$http_user_agent"',
            f'1715306400.123 1.1.1.1 200 GET /a.html rt=0.003 "{UA}"',
        ),
        (
            '$remote_addr - $remote_user [$time_local] "$request" $status $body_bytes_sent '
            '"$http_referer" "$http_user_agent" "$http_x_forwarded_for" $upstream_addr',
            '1.1.1.1 - - [10/May/2024:10:00:00 +0800] "GET / HTTP/1.1" 200 5 "-" "'
            + UA
            + '" "9.9.9.9, 8.8.8.8" 127.0.0.1:8080',
        ),
    ],
)
def test_other_formats(tmp_path: Path, fmt: str, row: str) -> None:
    path = _write(tmp_path, [row, row, "not a log line"])
    counted, parsed, _ = count_traffic([path], cfg(), SHANGHAI_2024, fmt)
    assert (counted.page_views, counted.unique_visitors, counted.rejected) == (2, 1, 1)
    assert counted.examples == [f"{path}:3: not a log line"]
    assert parsed.name in {"common", "custom"}


def test_common_format_tells_visitors_by_address(tmp_path: Path) -> None:
    row = '{ip} - - [10/May/2024:10:00:00 +0800] "GET / HTTP/1.1" 200 5'
    path = _write(tmp_path, [row.format(ip="1.1.1.1"), row.format(ip="2.2.2.2")] * 2)
    counted, fmt, bots = count_traffic([path], cfg(), SHANGHAI_2024, "common")
    assert (counted.page_views, counted.unique_visitors) == (4, 2)
    assert bots is None
    rule = explain_traffic(counted, fmt, cfg=cfg(), when=SHANGHAI_2024, bots=bots, inputs=[])
    assert "无法排除爬虫" in rule.figures["page_views"].explain.rule


def test_a_format_without_visitors_is_refused(tmp_path: Path) -> None:
    path = _write(tmp_path, ["[10/May/2024:10:00:00 +0800] 200"])
    with pytest.raises(UsageError, match="无法识别用户"):
        count_traffic([path], cfg(), SHANGHAI_2024, "[$time_local] $status")


def test_combined_lines_with_appended_fields_still_count(tmp_path: Path) -> None:
    row = _line("1.1.1.1", "10/May/2024:10:00:00 +0800") + ' "9.9.9.9" 0.003'
    counted, _, _ = count_traffic([_write(tmp_path, [row])], cfg(), SHANGHAI_2024)
    assert (counted.page_views, counted.rejected) == (1, 0)


def test_compression_is_told_by_content_not_name(tmp_path: Path) -> None:
    row = _line("1.1.1.1", "10/May/2024:10:00:00 +0800")
    named_plain = tmp_path / "access.log"
    named_plain.write_bytes(gzip.compress(f"{row}\n{row}\n".encode()))
    named_gz = _write(tmp_path, [row], "access.log.gz")
    counted, _, _ = count_traffic([named_plain, named_gz], cfg(), SHANGHAI_2024)
    assert counted.page_views == 3
    bz = tmp_path / "x.log"
    bz.write_bytes(b"BZh91AY&SY")
    with pytest.raises(UnsupportedFormatError, match="bzip2"):
        count_traffic([bz], cfg(), SHANGHAI_2024)


def test_dst_zone_days(tmp_path: Path) -> None:
    """Europe/Berlin: +01:00 in winter, +02:00 from 31 March 2024."""
    rows = [
        _line("1.1.1.1", "30/Mar/2024:22:30:00 +0000"),  # 23:30 Berlin, 30 March
        _line("1.1.1.1", "30/Jun/2024:22:30:00 +0000"),  # 00:30 Berlin, 1 July
        _line("1.1.1.1", "31/Dec/2024:22:59:59 +0000"),  # 23:59:59 Berlin: still 2024
        _line("1.1.1.1", "31/Dec/2024:23:00:00 +0000"),  # 2025 in Berlin
    ]
    counted, _, _ = count_traffic([_write(tmp_path, rows)], cfg(), site_time("Europe/Berlin", 2024))
    assert sorted(counted.daily) == [
        datetime.date(2024, 3, 30),
        datetime.date(2024, 7, 1),
        datetime.date(2024, 12, 31),
    ]
    assert counted.skipped["outside_year"] == 1


def test_a_log_of_another_format_is_an_error_not_zero(tmp_path: Path) -> None:
    path = _write(tmp_path, ["2024-05-10 10:00:00 GET / 200", "2024-05-10 10:00:01 GET /a 200"])
    with pytest.raises(InputError, match="没有一行能按格式 combined 解析") as caught:
        count_traffic([path], cfg(), SHANGHAI_2024)
    assert f"{path}:1: 2024-05-10 10:00:00 GET / 200" in caught.value.message


def test_a_truncated_gzip_names_the_file(tmp_path: Path) -> None:
    good = _write(tmp_path, [_line("1.1.1.1", "10/May/2024:10:00:00 +0800")])
    broken = tmp_path / "broken.gz"
    rows = [_line(f"1.1.{i // 250}.{i % 250}", "10/May/2024:10:00:00 +0800") for i in range(20_000)]
    data = gzip.compress("\n".join(rows).encode(), 1)
    broken.write_bytes(data[: len(data) // 2])
    with pytest.raises(InputError, match="截断") as caught:
        count_traffic([good, broken], cfg(), SHANGHAI_2024)
    assert caught.value.source == str(broken)


IMPOSSIBLE_TIMES = [
    "10/May/2024:10:61:00 +0800",  # minute 61
    "10/May/2024:24:00:00 +0800",  # hour 24
    "10/May/2024:10:00:60 +0800",  # second 60
    "10/May/2024:1a:00:00 +0800",
    "30/Feb/2024:10:00:00 +0800",  # no such day
    "10/May/2024:10:00:00 +0860",  # offset minute 60
    "10/May/2024:10:00:00 +2400",  # offset hour 24
]


@pytest.mark.parametrize(
    "fmt",
    [
        "combined",  # split by DuckDB's CSV reader
        '$remote_addr|$time_local|"$request"|$status|"$http_user_agent"',  # by a regex
    ],
)
def test_impossible_times_are_unparseable_lines_with_examples(tmp_path: Path, fmt: str) -> None:
    def row(when: str) -> str:
        if fmt == "combined":
            return _line("1.1.1.1", when)
        return f'1.1.1.1|{when}|"GET / HTTP/1.1"|200|"{UA}"'

    good = [
        "10/May/2024:23:59:59 +0800",
        "10/May/2024:00:00:00 +0800",
        "29/Feb/2024:10:00:00 -0130",
    ]
    path = _write(tmp_path, [row(w) for w in [*good, *IMPOSSIBLE_TIMES]])
    counted, _, _ = count_traffic([path], cfg(), SHANGHAI_2024, fmt)
    assert counted.page_views == 3
    assert counted.rejected == len(IMPOSSIBLE_TIMES)
    numbers = [int(e.split(":")[1]) for e in counted.examples]
    assert numbers == [4, 5, 6, 7, 8]  # the first five impossible lines, in file order
    assert counted.examples[0].endswith(row(IMPOSSIBLE_TIMES[0]))


def test_impossible_iso_times_are_unparseable(tmp_path: Path) -> None:
    fmt = '$remote_addr $time_iso8601 "$request" $status "$http_user_agent"'
    rows = [
        "2024-05-10T10:00:00+08:00",
        "2024-05-10T10:00:00Z",
        "2024-05-10T25:00:00+08:00",
        "2024-05-10T10:60:00+08:00",
        "2024-02-30T10:00:00+08:00",
        "2024-05-10T10:00:00+08:60",
    ]
    path = _write(tmp_path, [f'1.1.1.1 {t} "GET / HTTP/1.1" 200 "{UA}"' for t in rows])
    counted, _, _ = count_traffic([path], cfg(), SHANGHAI_2024, fmt)
    assert (counted.page_views, counted.rejected) == (2, 4)
    assert [int(e.split(":")[1]) for e in counted.examples] == [3, 4, 5, 6]
