"""The text reader's gap patterns, written for speed (one class of characters first, each
alternative looking back at it), find exactly the gaps their plain reading describes."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from nianbao.readers.text import _LAID_GAPS_RE, _SPACES_RE, split_line

_PLAIN = (
    r"[ \xa0]{2,}|\u3000+"
    r"|(?<=[\u4e00-\u9fff）)])[ \xa0](?=https?://|www\d*\.|[\w-]+(?:\.[\w-]+)*\.gov\.cn)"
    r"|(?:(?<=\.gov\.cn)|(?<=\.gov\.cn/))[ \xa0](?=[\u4e00-\u9fff])"
    r"|(?:(?<=\d号)|(?<=号-\d))[ \xa0](?=\S)"
    r"|(?<=\d{10})[ \xa0](?=[\u4e00-\u9fff]{2})"
)
PLAIN_SPACES = re.compile(_PLAIN, re.ASCII)
PLAIN_LAID = re.compile(_PLAIN + r"|(?:(?<=[（(]单)|(?<=[（(]单位))[ \xa0](?=[0-9０-９])", re.ASCII)

# Characters every alternative turns on, so that random lines hit each of them.
ALPHABET = "  \xa0\u3000ab01234567.-/:号（）()单位项中文网站gov.cnhtps"
LINES = st.text(alphabet=list(ALPHABET), max_size=40)


@settings(max_examples=3000)
@given(LINES)
def test_gaps_are_the_plain_alternatives(line: str) -> None:
    for fast, plain in ((_SPACES_RE, PLAIN_SPACES), (_LAID_GAPS_RE, PLAIN_LAID)):
        assert [m.span() for m in fast.finditer(line)] == [m.span() for m in plain.finditer(line)]


def test_each_kind_of_gap() -> None:
    assert split_line("网站名称  首页网址") == ["网站名称", "首页网址"]
    assert split_line("网站名称\u3000首页网址") == ["网站名称", "首页网址"]
    assert split_line("某某局 https://www.example.gov.cn") == [
        "某某局",
        "https://www.example.gov.cn",
    ]
    assert split_line("www.a.gov.cn 主办单位") == ["www.a.gov.cn", "主办单位"]
    assert split_line("京ICP备12345678号 京公网安备") == ["京ICP备12345678号", "京公网安备"]
    assert split_line("1311820086586 独立访客") == ["1311820086586", "独立访客"]
    assert split_line("某某 网站") == ["某某 网站"]
