"""Lines cut at a fixed width, whatever stood there, joined back (readers.hard_wraps)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from nianbao.display import wide_chars
from nianbao.readers.hard_wraps import hard_wraps_joined
from text_reports import read

PAIRS = [
    ("政府网站工作年度报表（2021年度）", ""),
    ("1.网站名称", "洱源县人民政府门户网站"),
    ("2.首页网址", "http://www.eryuan.gov.cn/zwgk/"),
    ("3.政府网站标识码", "5329300001"),
    ("4.ICP备案号", "滇ICP备09005123号-1"),
    ("5.独立用户访问总量（单位：个）", "45678"),
    ("6.网站总访问量（单位：次）", "234567"),
    ("7.信息发布总数（单位：条）", "1876"),
    ("8.注册用户数（单位：个）", "1234"),
    ("9.政务服务事项数量（单位：项）", "987"),
    ("10.收到留言数量（单位：条）", "87"),
    ("11.平均办理时间（单位：天）", "7.5"),
    ("12.安全检测评估次数（单位：次）", "2"),
    ("13.微信名称", "洱源发布"),
    ("14.审核人", "李春梅"),
]


def _text() -> list[str]:
    return [f"{label}：{value}" if value else label for label, value in PAIRS]


def _wrapped(lines: list[str], width: int) -> list[str]:
    """Each line cut wherever it reaches `width` columns (a Chinese character two)."""
    out = []
    for line in lines:
        cut, used = "", 0
        for ch in line:
            size = 1 + wide_chars(ch)
            if used + size > width:
                out.append(cut)
                cut, used = "", 0
            cut += ch
            used += size
        out.append(cut)
    return out


def test_a_label_cut_from_its_value_is_joined_back() -> None:
    lines = _wrapped(_text(), 30)
    assert "：45678" in lines  # the value alone on the line after its label
    joined = [line for line in hard_wraps_joined(lines) if line]
    assert joined == _text()


def test_lines_of_many_widths_are_no_wrap() -> None:
    lines = _text()
    assert hard_wraps_joined(lines) == lines
    # Laid out in columns: lines as they are, their widths whatever they be.
    laid_out = [f"{label}      {value}" for label, value in PAIRS]
    assert hard_wraps_joined(_wrapped(laid_out, 30)) == _wrapped(laid_out, 30)


@settings(max_examples=25, deadline=None)
@given(st.integers(min_value=16, max_value=35))
def test_a_text_wrapped_at_any_width_reads_as_it_was_written(width: int) -> None:
    # Any width that cuts a third of the lines or more (wider, two or three lines cut
    # among fifteen tell no wrap from lines that happen to end there).
    whole = read("\n".join(_text()) + "\n")
    assert read("\n".join(_wrapped(_text(), width)) + "\n") == whole


def test_a_text_tables_rows_are_no_wrap() -> None:
    # A grid table's rows are all as wide as its rules, by design, single blanks in them.
    rule = "+" + "-" * 10 + "+" + "-" * 10 + "+"
    lines = [rule]
    for _ in range(8):
        lines += ["| 网站名称 | 某某网站 |", rule]
    assert {len(line) + wide_chars(line) for line in lines} == {len(rule)}
    assert hard_wraps_joined(lines) == lines


def test_a_few_long_lines_among_many_short_ones_cut_at_one_width() -> None:
    # Forty short lines and eight cut at 30 columns: under a third of the lines reach the
    # width, but eight lines ending at it are no chance. A line of that width by itself,
    # followed by one opening as many lines do (a section's name), is no cut line.
    short = [f"信息发布 第{k}项（单位：条）：{k}" for k in range(40)]
    long = [f"基本信息 {label}：{value}" for label, value in PAIRS[1:9]]
    whole = short[:20] + long + short[20:] + ["信息发布 总数（单位：条）：123", "信息发布 x：1"]
    lines = _wrapped(whole, 30)
    assert len(lines) > len(whole)
    assert len(whole[-2]) + wide_chars(whole[-2]) == 30  # as wide as the wrap, not cut
    assert [line for line in hard_wraps_joined(lines) if line] == whole
