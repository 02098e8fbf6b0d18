"""Markdown definition lists: a term, its definition after a colon (readers.definition_lists)."""

from __future__ import annotations

from nianbao.readers.definition_lists import definitions_joined
from text_reports import read

PAIRS = [
    ("网站名称", "赤峰市旅游政务网"),
    ("首页网址", "https://lyzw.chifeng.gov.cn/"),
    ("政府网站标识码", "1504000696"),
    ("独立用户访问总量（单位：个）", "51,204"),
    ("网站总访问量（单位：次）", "310,117"),
    ("注册用户数（单位：个）", "0"),
    ("政务服务事项数量（单位：项）", "12"),
    ("收到意见数量（单位：条）", "3"),
    ("安全检测评估次数（单位：次）", "4"),
    ("网站类型", "☐政府门户网站　☐部门网站　☑专项网站"),
]


def test_terms_take_their_definitions() -> None:
    text = "### 一、基本信息\n\n" + "\n\n".join(f"{t}\n:   {d}" for t, d in PAIRS) + "\n"
    got = read(text)
    assert got["site_name"] == "赤峰市旅游政务网"
    assert got["homepage_url"] == "https://lyzw.chifeng.gov.cn/"
    assert got["unique_visitors"] == 51204
    assert got["site_type"] == "special"
    assert got["service_items"] == 12


def test_lines_keep_their_numbers() -> None:
    lines = ["网站名称", "", ":   某网", "其他", ":\t甲", ":   乙", "", "", ": 丙"]
    assert definitions_joined(lines) == [
        "网站名称\t某网",
        "",
        "",
        "其他\t甲\t乙",
        "",
        "",
        "",
        "",
        ": 丙",
    ]
    assert definitions_joined(["a: b", "c"]) == ["a: b", "c"]
