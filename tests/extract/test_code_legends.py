"""Answers given as codes with their legend in the row (extract.code_legends): in a note
column (是否… | 1 | 1=是；0=否), in the label (网站类型（1=…，2=…） | 2), several codes
for a list (1,4 | 多选：1=搜索即服务；…)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nianbao.coerce import report_from_mapping
from nianbao.extract.code_legends import _decoded
from nianbao.extract.document import Cell
from nianbao.forms import default_form
from nianbao.synthetic import synthetic_report
from text_reports import read, values

_CHOICE_KEYS = [f.key for f in default_form().fields if f.type in ("bool", "enum", "list")]


def _coded_lines(values: dict[str, object], legend_in_label: bool) -> list[str]:
    lines = ["政府网站工作年度报表", "序号\t指标名称\t计量单位\t本期值\t备注"]
    for n, f in enumerate(default_form().fields, 1):
        value = values.get(f.key)
        note = ""
        if f.type == "bool":
            note = "1=是；0=否"
            shown = "" if value is None else ("1" if value else "0")
        elif f.type in ("enum", "list"):
            codes = {c.key: str(k) for k, c in enumerate(f.choices, 1)}
            note = ("多选：" if f.type == "list" else "") + "；".join(
                f"{k}={c.label}" for k, c in enumerate(f.choices, 1)
            )
            chosen = value if isinstance(value, list) else [value] if value else []
            shown = ",".join(codes[str(v)] for v in chosen)
        else:
            shown = "" if value is None else str(value)
        # The generic labels (总数) with their group's name: 解读信息发布-总数.
        generic = f.key in ("info_total", "interp_total", "cases_total")
        label = "-".join([*f.path[1:], f.label]) if generic else f.label
        if note and legend_in_label and f.type != "list":
            label, note = f"{label}（{note.replace('；', '，')}）", ""
        lines.append(f"{n}\t{label}\t{f.unit or ''}\t{shown}\t{note}")
    return lines


@pytest.mark.parametrize("legend_in_label", [False, True])
@pytest.mark.parametrize("seed", [3, 8])
def test_coded_answers_read_by_their_legend(seed: int, legend_in_label: bool) -> None:
    values = report_from_mapping(synthetic_report(seed)).to_json()
    got = read("\n".join(_coded_lines(values, legend_in_label)) + "\n")
    assert {k: got.get(k) for k in _CHOICE_KEYS} == {k: values.get(k) for k in _CHOICE_KEYS}


def test_a_serial_number_before_the_label_is_no_code() -> None:
    # 序号 2 before the label, the legend's 2=部门网站: the value is the one after the label.
    text = "\n".join(
        [
            "政府网站工作年度报表",
            "1\t网站名称\t\t某某网\t",
            "2\t网站类型\t\t3\t1=政府门户网站；2=部门网站；3=专项网站",
            "3\t是否有移动新媒体\t\t\t1=是；2=否",
            "4\t政府网站标识码\t\t1234567890\t",
            "5\t主办单位\t\t某局\t",
            "6\t首页网址\t\thttp://a.gov.cn\t",
            "7\t独立用户访问总量\t个\t12\t",
            "8\t网站总访问量\t次\t34\t",
        ]
    )
    got = read(text + "\n")
    assert got["site_type"] == "special"
    assert "has_new_media" not in got  # left blank: the legend's words are no answer


_WORDS = st.text(st.characters(min_codepoint=0x4E00, max_codepoint=0x4E80), min_size=1, max_size=6)


@given(st.integers(0, 120), _WORDS, _WORDS, st.sampled_from(["；", "，", "、", " "]))
def test_only_the_legends_codes_are_read(code: int, yes: str, no: str, sep: str) -> None:
    cells = (Cell("是否有移动新媒体", 0), Cell(str(code), 1), Cell(f"1={yes}{sep}0={no}", 2))
    out = _decoded(cells)
    assert out is not None
    assert [c.text for c in out] == ["是否有移动新媒体", {1: yes, 0: no}.get(code, str(code))]


def test_a_legend_the_other_way_round_and_option_rows_under_a_heading_of_dashes() -> None:
    # A statistics office's 是=1，否=0, each option of 创新发展 a coded row under the list's
    # heading, whose other cells hold dashes.
    rows = [
        ("九、创新发展", "—", "—"),
        ("　搜索即服务（是=1，否=0）", "—", "0"),
        ("　多语言版本（是=1，否=0）", "—", "1"),
        ("　其他（是=1，否=0）", "—", "1"),
        ("是否有移动新媒体（是=1，否=0）", "—", "0"),
    ]
    got = values("".join("\t".join(row) + "\n" for row in rows))
    assert got["innovation"] == ["multilingual", "other"]
    assert got["has_new_media"] is False
