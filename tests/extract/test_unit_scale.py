"""Counts given in ten-thousands or hundred-millions, the multiplier in their unit
(extract.unit_scale): in a unit column or in the label."""

from __future__ import annotations

import pytest

from nianbao.extract import extract_bytes
from text_reports import values


@pytest.mark.parametrize(
    "line",
    [
        "独立用户访问总量（单位：万个）\t2316.59",
        "独立用户访问总量（万人次）\t2316.59",
        "独立用户访问总量\t万个\t2316.59",
        "独立用户访问总量\t（单位：万个）\t2,316.59",
    ],
)
def test_a_figure_takes_its_units_multiplier(line: str) -> None:
    got = values(line + "\n网站总访问量\t亿次\t1.27\n", without=("独立用户访问总量",))
    assert got["unique_visitors"] == 23165900
    assert got["page_views"] == 127000000


def test_a_multiplier_goes_no_further_than_its_own_label() -> None:
    # The first label's value left blank: the next label's figure keeps its own unit.
    got = values("注册用户数（单位：万个）\t\t政务服务事项数量\t5000\n")
    assert got["service_items"] == 5000
    assert "registered_users" not in got


def test_a_groups_multiplier_reaches_the_rows_of_its_tall_cell() -> None:
    # 办件量（单位：万件） spans its three rows; each row's own label stands between.
    page = (
        "<html><meta charset='utf-8'><body><p>政府网站工作年度报表</p><table>"
        "<tr><td>网站名称</td><td colspan='2'>某市人民政府门户网站</td></tr>"
        "<tr><td>独立用户访问总量（单位：个）</td><td colspan='2'>41200</td></tr>"
        "<tr><td>政务服务事项数量（单位：项）</td><td colspan='2'>873</td></tr>"
        "<tr><td rowspan='3'>办件量（单位：万件）</td><td>总数</td><td>15.36</td></tr>"
        "<tr><td>自然人办件量</td><td>12.12</td></tr>"
        "<tr><td>法人办件量</td><td>3.24</td></tr>"
        "<tr><td>注册用户数（单位：个）</td><td colspan='2'>5</td></tr>"
        "</table></body></html>"
    ).encode()
    got = extract_bytes(page, "p.html").report.to_json()
    assert (got.get("cases_total"), got.get("cases_natural"), got.get("cases_legal")) == (
        153600,
        121200,
        32400,
    )
    assert got["registered_users"] == 5
