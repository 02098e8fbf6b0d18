"""A web address's path end a narrow cell's line end cut, alone on the next line."""

from __future__ import annotations

import pytest

from text_reports import values


@pytest.mark.parametrize(
    ("lines", "address"),
    [
        ("http://www.a.gov.cn/ny\nncj/", "http://www.a.gov.cn/nyncj/"),
        ("http://www.a.gov.cn/zwgk/ind\nex.html", "http://www.a.gov.cn/zwgk/index.html"),
        ("http://\nwww.a.gov.cn\n/", "http://www.a.gov.cn/"),
        # Cut after the host's slash, then the folder (pdftotext -raw of a narrow cell).
        ("http://www.a.gov.cn/\nfsnhscjgj/", "http://www.a.gov.cn/fsnhscjgj/"),
        ("http://\nwww.a.gov.cn/\nfsnhscjgj/", "http://www.a.gov.cn/fsnhscjgj/"),
    ],
)
def test_an_addresss_path_end_alone_on_the_next_line_is_its_own(lines: str, address: str) -> None:
    got = values(f"首页网址 {lines}\n主办单位 某县农业农村局\n", without=("首页网址",))
    assert got["homepage_url"] == address
    assert got["sponsor"] == "某县农业农村局"


def test_a_slash_alone_after_an_address_with_a_path_is_not_its_own() -> None:
    got = values("首页网址 http://www.a.gov.cn/nyj\n/\n主办单位 某局\n", without=("首页网址",))
    assert got["homepage_url"] == "http://www.a.gov.cn/nyj"


def test_slashes_alone_after_several_values_are_blank_marks() -> None:
    # One cell a line with a remarks column of slashes: the slash after the address is the
    # remark's, as those after the other rows' values are.
    got = values(
        "首页网址\nhttp://www.a.gov.cn\n/\n主办单位\n某县农业农村局\n/\n",
        without=("首页网址",),
    )
    assert got["homepage_url"] == "http://www.a.gov.cn"


def test_text_that_is_no_path_is_not_taken() -> None:
    got = values("首页网址 http://www.a.gov.cn/ny\n某局\n主办单位 某局\n", without=("首页网址",))
    assert got["homepage_url"] == "http://www.a.gov.cn/ny"
