"""A line opening with a comma is the rest of the line before's last cell (pdftotext -raw)."""

from __future__ import annotations

from text_reports import values


def test_a_line_opening_with_a_comma_goes_on_the_cell_before() -> None:
    got = values("其他新媒体 抖音号“某县审计发布”\n，发布作品166条，粉丝75507人\n九、创新发展\n")
    assert got["other_media"] == "抖音号“某县审计发布”，发布作品166条，粉丝75507人"


def test_a_line_opening_with_text_stays_a_line() -> None:
    got = values("其他新媒体 抖音号“某县审计发布”\n创新发展 ☑搜索即服务\n")
    assert got["other_media"] == "抖音号“某县审计发布”"
    assert got["innovation"] == ["search_as_service"]


def test_a_units_bracket_alone_on_its_line_is_no_rest() -> None:
    # A unit spread over a tall cell's lines: （ | 条 | ） among the rows it stands beside.
    got = values(
        "（\n概况类信息更新量 ７\n条\n政务动态信息更新量 ４４７\n）\n信息公开目录信息更新量 １４\n"
    )
    assert (got["info_overview"], got["info_news"]) == (7, 447)
