"""A table comparing the year with the one before (extract.last_year)."""

from __future__ import annotations

import pytest

from text_reports import values

ROWS = [
    ("独立用户访问总量", "个", "325853", "403537", ""),
    ("网站总访问量", "次", "1507723", "1737728", ""),
    ("注册用户数", "个", "0", "12", "依托省统一身份认证平台"),
    ("是否发布服务事项目录", "", "是", "否", ""),
    ("是否使用统一平台", "", "否", "是", ""),
    ("收到留言数量", "条", "20", "31", ""),
]


@pytest.mark.parametrize(
    "heads",
    [
        ("2023年", "2022年"),
        ("本年", "上年"),
        ("上年度", "本年度"),
        ("2022年", "2023年"),
        ("本年数", "上年数"),  # what the column holds after the year
        ("上年同期数", "本年数值"),
        ("2023年数据", "2022年数据"),
    ],
)
def test_last_years_column_is_no_value(heads: tuple[str, str]) -> None:
    first_is_last = heads[0] in ("上年度", "2022年", "上年同期数")
    rows = [(a, b, d, c, e) if first_is_last else (a, b, c, d, e) for a, b, c, d, e in ROWS]
    lines = [("指标名称", "计量单位", *heads, "备注"), *rows]
    got = values("\n".join("\t".join(line) for line in lines) + "\n")
    assert got["unique_visitors"] == 325853
    assert got["registered_users"] == 0
    assert got["service_catalog_published"] is True
    assert got["unified_platform"] is False
    assert got["messages_received"] == 20


def test_two_years_not_one_apart_are_no_comparison() -> None:
    text = "指标名称\t2020年\t2023年\n独立用户访问总量\t325853\t403537\n"
    assert values(text)["unique_visitors"] == 325853


def test_a_text_written_across_both_years_columns_stays() -> None:
    # Last year's column first; a name and an address span all the figures' columns, a
    # count left blank this year keeps last year's figure out.
    from nianbao.extract.pipeline import extract_bytes  # noqa: PLC0415
    from text_reports import TABLE_PAIRS  # noqa: PLC0415

    rows = "".join(f"<tr><td>{a}</td><td colspan=3>{b}</td></tr>" for a, b in TABLE_PAIRS[:2])
    rows += "<tr><td>主办单位</td><td colspan=3>沂水县应急管理局</td></tr>"
    rows += "<tr><td>首页网址</td><td colspan=3>http://www.yishui.gov.cn/yjglj/</td></tr>"
    rows += "".join(
        f"<tr><td>{a}</td><td>{int(b) + 1}</td><td>{b}</td><td>+1</td></tr>"
        for a, b in TABLE_PAIRS[2:]
    )
    rows += "<tr><td>收到留言数量（单位：条）</td><td>31</td><td></td><td></td></tr>"
    page = (
        "<html><meta charset=utf-8><body><table><tr><th>指标</th><th>2021年</th><th>2022年</th>"
        f"<th>同比增减</th></tr>{rows}</table></body></html>"
    )
    got = extract_bytes(page.encode(), "yoy.html").report.to_json()
    assert got["sponsor"] == "沂水县应急管理局"
    assert got["homepage_url"] == "http://www.yishui.gov.cn/yjglj/"
    assert got["unique_visitors"] == 500
    assert "messages_received" not in got


def test_a_label_in_this_years_column_keeps_its_value_in_last_years() -> None:
    # The signatures under the table set out two pairs a row over its columns: 审核人 in
    # this year's column, its name in last year's.
    lines = [
        ("栏目", "指标", "本年度（2024年）", "上年度（2023年）"),
        *[("基本信息", a, b, c) for a, _, b, c, _ in ROWS],
        ("单位负责人", "陆涛", "审核人", "赵文静"),
        ("填报人", "丁建国", "联系电话", "03126840647"),
    ]
    got = values("\n".join("\t".join(line) for line in lines) + "\n")
    assert got["unique_visitors"] == 325853
    assert (got["head"], got["reviewer"]) == ("陆涛", "赵文静")
    assert (got["filler"], got["phone"]) == ("丁建国", "03126840647")
