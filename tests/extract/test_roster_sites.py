"""A roster's site name column holding the site's address too (extract.roster_pairs)."""

from __future__ import annotations

import pytest

from nianbao.extract.pipeline import extract_all

_COUNTS = (
    "政府网站标识码,独立用户访问总量,网站总访问量,信息发布总数,注册用户数,收到留言数量,办结留言数量,"
    "公开答复数量"
)
_ROWS = ["4100000001,5200,125000,930,12,40,38,30", "4100000002,800,3600,120,0,3,3,2"]
_LAST = "丙县人民政府网,4100000003,700,2900,88,1,2,2,1\n"  # a roster of three sites at least


@pytest.mark.parametrize(
    ("head", "names"),
    [
        (
            "网站名称",
            ["甲市人民政府（http://www.jia.gov.cn/）", "乙市教育局网站 www.yi.gov.cn/jyj/"],
        ),
        (
            "网站名称及首页网址",
            ["甲市人民政府 http://www.jia.gov.cn/", "乙市教育局网站 www.yi.gov.cn/jyj/"],
        ),
    ],
)
def test_a_names_cell_with_the_address_after_it_gives_both(head: str, names: list[str]) -> None:
    text = "2023年度全市政府网站工作年度报表汇总表\n" + f"{head},{_COUNTS}\n"
    text += "".join(f"{name},{row}\n" for name, row in zip(names, _ROWS, strict=True)) + _LAST
    found = [e.report.to_json() for e in extract_all(text.encode(), "t.csv")]
    assert [r.get("site_name") for r in found[:2]] == ["甲市人民政府", "乙市教育局网站"]
    assert [r.get("homepage_url") for r in found[:2]] == [
        "http://www.jia.gov.cn/",
        "www.yi.gov.cn/jyj/",
    ]


def test_an_address_column_of_its_own_leaves_the_name_as_written() -> None:
    text = "2023年度全市政府网站工作年度报表汇总表\n" + f"网站名称,首页网址,{_COUNTS}\n"
    text += f"甲市人民政府（http://www.jia.gov.cn/）,http://www.jia.gov.cn/,{_ROWS[0]}\n"
    text += f"乙市教育局网站,http://www.yi.gov.cn/,{_ROWS[1]}\n"
    text += "丙县人民政府网,http://www.bing.gov.cn/," + _LAST.split(",", 1)[1]
    found = [e.report.to_json() for e in extract_all(text.encode(), "t.csv")]
    assert found[0].get("homepage_url") == "http://www.jia.gov.cn/"
    assert found[1].get("site_name") == "乙市教育局网站"
