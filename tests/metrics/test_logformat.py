"""Log formats: presets, custom nginx log_format strings, and the line parser (hypothesis)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nianbao.errors import UsageError
from nianbao.metrics.accesslog import count_traffic
from nianbao.metrics.config import AccessLogConfig, default_config
from nianbao.metrics.logformat import parse_log_format
from nianbao.metrics.rejects import line_ok
from nianbao.metrics.sitetime import site_time


def test_presets_use_the_fast_layout() -> None:
    combined = parse_log_format("combined")
    assert combined.columns is not None
    assert [c.variable for c in combined.columns].count("time_local") == 2
    assert combined.roles["ua"] == "http_user_agent"
    assert parse_log_format("COMMON").name == "common"


@pytest.mark.parametrize(
    ("spec", "fast"),
    [
        ('$remote_addr [$time_local] "$request" $status "$http_user_agent"', True),
        ('${remote_addr} - [$time_local] "$request" ${status} "$http_user_agent"', True),
        ("$remote_addr|$time_iso8601|$status|$request", False),
        ('$remote_addr [$time_local] "$request" $status rt=$request_time', False),
        ('$remote_addr  [$time_local] "$request" $status', False),  # two spaces
        ("$remote_addr [$time_local] $request $status", False),  # bare request has spaces
    ],
)
def test_layout_choice(spec: str, fast: bool) -> None:
    assert (parse_log_format(spec).columns is not None) is fast


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        ("plain text", "没有变量"),
        ("$remote_addr $status", "时间变量"),
        ("$remote_addr$time_local", "分隔符"),
        ("$time_local $status $status", "不止一次"),
    ],
)
def test_bad_formats(spec: str, message: str) -> None:
    with pytest.raises(UsageError, match=message):
        parse_log_format(spec)


_token = st.text(
    st.characters(min_codepoint=33, max_codepoint=0x2FFF, exclude_characters='"\\'),
    min_size=1,
    max_size=20,
)
_quoted = st.text(
    st.characters(min_codepoint=32, max_codepoint=0x2FFF, exclude_characters='"\\'), max_size=60
)


@given(
    ip=_token, user=_token, path=_token, ua=_quoted, referer=_quoted, status=st.integers(100, 599)
)
def test_python_parser_reads_what_the_format_writes(
    *, ip: str, user: str, path: str, ua: str, referer: str, status: int
) -> None:
    fmt = parse_log_format("combined")
    line = (
        f'{ip} - {user} [10/May/2024:10:00:00 +0800] "GET {path} HTTP/1.1" {status} 5 '
        f'"{referer}" "{ua}"'
    )
    pattern = re.compile(fmt.regex, re.DOTALL)
    match = pattern.match(line)
    assert match is not None
    values = dict(zip(fmt.variables, match.groups(), strict=True))
    assert values["remote_addr"] == ip
    assert values["http_user_agent"] == ua
    assert values["status"] == str(status)
    assert line_ok(fmt, pattern, line.encode())


@given(junk=st.text(max_size=80))
def test_python_parser_never_crashes(junk: str) -> None:
    fmt = parse_log_format("combined")
    line_ok(fmt, re.compile(fmt.regex, re.DOTALL), junk.encode("utf-8", "surrogatepass"))


@settings(max_examples=25)
@given(ua=_quoted, path=_token)
def test_duckdb_reads_any_quoted_agent(
    tmp_path_factory: pytest.TempPathFactory, ua: str, path: str
) -> None:
    """Both layouts (CSV and regex) read the same line the same way."""
    folder = tmp_path_factory.mktemp("fmt")
    log = folder / "a.log"
    log.write_text(
        f'1.1.1.1 - - [10/May/2024:10:00:00 +0800] "GET /{path} HTTP/1.1" 200 5 "-" "{ua}"\n',
        "utf-8",
    )
    options = AccessLogConfig(
        **{**default_config().access_log.__dict__, "exclude_bots": False, "exclude_assets": False}
    )
    when = site_time("Asia/Shanghai", 2024)
    fast, _, _ = count_traffic([log], options, when, "combined")
    slow_format = (
        '$remote_addr - $remote_user [$time_local] "$request" $status $body_bytes_sent '
        '"$http_referer" "$http_user_agent" end=$msec'
    )
    log_slow = Path(folder) / "b.log"
    log_slow.write_text(log.read_text("utf-8").rstrip("\n") + " end=1\n", "utf-8")
    slow, fmt, _ = count_traffic([log_slow], options, when, slow_format.replace(" end=$msec", ""))
    assert fmt.columns is not None
    assert (fast.page_views, fast.rejected) == (1, 0)
    assert (slow.page_views, slow.rejected) == (1, 0)
