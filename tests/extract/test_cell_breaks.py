"""Line breaks inside a text value's cell (extract/cell_breaks)."""

from __future__ import annotations

import pytest

from nianbao.extract.cell_breaks import unbroken
from nianbao.forms import default_form

FIELDS = default_form().by_key


@pytest.mark.parametrize(
    ("key", "text", "whole"),
    [
        ("site_name", "湖州市人民政府\n门户网站", "湖州市人民政府门户网站"),
        ("sponsor", "Huzhou Municipal\nOffice", "Huzhou Municipal Office"),
        ("other_media", "抖音号：发布186\n条", "抖音号：发布186条"),
        # A list's items keep a line each.
        (
            "other_media",
            "1.抖音号，粉丝2.3万；\n2.快手号，粉丝0.6万",
            "1.抖音号，粉丝2.3万；\n2.快手号，粉丝0.6万",
        ),
        ("other_media", "抖音号“某发布”\n（2）快手号", "抖音号“某发布”\n（2）快手号"),
        ("homepage_url", "http://www.a.\ngov.cn/", "http://www.a.gov.cn/"),
    ],
)
def test_a_cells_lines_join(key: str, text: str, whole: str) -> None:
    assert unbroken(FIELDS[key], text) == whole


def test_other_kinds_keep_their_lines() -> None:
    assert unbroken(FIELDS["innovation"], "☑搜索即服务\n☐多语言版本") == "☑搜索即服务\n☐多语言版本"
