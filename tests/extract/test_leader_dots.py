"""Leader dots between a label and its value (extract.leader_dots)."""

from __future__ import annotations

import pytest

from nianbao.extract.document import Cell, Document, Row
from nianbao.extract.labels import label_index
from nianbao.extract.leader_dots import leaders_apart, may_part
from nianbao.forms import default_form
from text_reports import read

LINES = [
    ("网站名称", "赤峰市交通运输局"),
    ("首页网址", "http://jtysj.chifeng.gov.cn"),
    ("主办单位", "赤峰市交通运输局"),
    ("政府网站标识码", "1504000018"),
    ("独立用户访问总量（单位：个）", "7760"),
    ("网站总访问量（单位：次）", "50579"),
    ("总数（单位：条）", "1,204"),
    ("概况类信息更新量（单位：条）", "33"),
]


@pytest.mark.parametrize("leader", ["." * 40, "…" * 12, "·" * 20, "．" * 9])
def test_a_label_its_leader_dots_and_its_value(leader: str) -> None:
    lines = [f"{label}{leader}{value}" for label, value in LINES]
    text = "\n".join([*lines[:6], "信息发布", *lines[6:]]) + "\n"
    got = read(text)
    assert got["site_name"] == "赤峰市交通运输局"
    assert got["homepage_url"] == "http://jtysj.chifeng.gov.cn"
    assert got["unique_visitors"] == 7760
    assert got["info_total"] == 1204
    assert got["info_overview"] == 33


def test_dots_of_a_value_stay() -> None:
    index = label_index(default_form())
    cells = (Cell("http://www.a.gov.cn/x..y", 0), Cell("1.5", 1), Cell("网站名称……某局", 2))
    doc = Document(format="text", rows=[Row(cells, "第 1 行")])
    assert may_part("\n".join(c.text for c in cells), index)
    got = [c.text for c in leaders_apart(doc, index).rows[0].cells]
    assert got == ["http://www.a.gov.cn/x..y", "1.5", "网站名称 某局"]
