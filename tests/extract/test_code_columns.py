"""A statistics office's layout: a code column between labels and values
(extract.code_columns), parts' labels after 其中： (extract.of_which), 报出日期."""

from __future__ import annotations

from text_reports import read

ROWS = [
    ("网站名称", "—", "江油市人民政府"),
    ("首页网址", "—", "https://www.jiangyou.gov.cn"),
    ("政府网站标识码", "—", "5107210003"),
    ("独立用户访问总量", "个", "629859"),
    ("网站总访问量", "次", "2054273"),
    ("信息发布总数", "条", "3076"),
    ("其中：概况类信息更新量", "条", "1"),
    ("其中：政务动态信息更新量", "条", "3016"),
    ("其中：信息公开目录信息更新量", "条", "59"),
    ("专栏专题维护数量", "个", "29"),
    ("注册用户数", "个", "15"),
]


def _form(code_at: int) -> str:
    head = ["指标名称", "计量单位", "本年实际"]
    head.insert(code_at, "代码")
    lines = ["政府网站工作年度报表", "2024年", "\t".join(head), "甲\t乙\t丙\t1"]
    for n, row in enumerate(ROWS, start=1):
        cells = list(row)
        cells.insert(code_at, f"{n:02d}")
        lines.append("\t".join(cells))
    return "\n".join([*lines, "单位负责人：王五", "报出日期：2025年2月8日"]) + "\n"


def test_the_codes_are_no_values() -> None:
    for code_at in (1, 2):
        got = read(_form(code_at))
        assert got["site_name"] == "江油市人民政府"
        assert got["site_code"] == "5107210003"
        assert got["unique_visitors"] == 629859
        assert got["info_total"] == 3076
        assert got["info_overview"] == 1
        assert got["info_disclosure"] == 59
        assert got["registered_users"] == 15
        assert got["fill_date"] == "2025-02-08"


def test_a_column_of_numbers_that_do_not_count_up_stays() -> None:
    text = _form(1).replace("\t03\t", "\t01\t").replace("\t05\t", "\t01\t")
    text = text.replace("\t07\t", "\t01\t").replace("\t09\t", "\t01\t").replace("\t11\t", "\t01\t")
    text = text.replace("\t04\t", "\t01\t").replace("\t06\t", "\t01\t").replace("\t08\t", "\t01\t")
    text = text.replace("\t10\t", "\t01\t").replace("\t02\t", "\t01\t")
    assert read(text).get("site_name") != "江油市人民政府"
