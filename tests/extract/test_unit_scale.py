"""Counts given in ten-thousands or hundred-millions, the multiplier in their unit
(extract.unit_scale): in a unit column or in the label."""

from __future__ import annotations

import pytest

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
