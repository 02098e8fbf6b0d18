"""A date with a printed page's bracketed links after it on its line (extract.date_lead)."""

from __future__ import annotations

from text_reports import values


def test_the_date_before_a_pages_links() -> None:
    got = values("填报日期：2024年2月9日【打印本页】【关闭窗口】 分享到：微信 微博\n")
    assert got["fill_date"] == "2024-02-09"
    assert values("填报日期：2024-01-20 [关闭]\n")["fill_date"] == "2024-01-20"


def test_a_date_the_text_goes_on_is_no_date() -> None:
    assert "fill_date" not in values("填报日期：2024年2月9日至10日\n")
