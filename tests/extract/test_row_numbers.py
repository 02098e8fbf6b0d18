"""Text laid out by position with a 序号 column at the left edge (extract/row_numbers)."""

from __future__ import annotations

from text_reports import read


def _line(number: str, label: str, unit: str, value: str, remark: str = "") -> str:
    return f"{number:<4}{label:<16}{unit:<4}{value:<16}{remark}".rstrip()


def test_a_rows_number_on_the_line_its_label_wraps_around_is_no_value() -> None:
    lines = [
        "政府网站工作年度报表（2023年度）",
        # The head's narrow cells wrap (序 | 号, 单 | 位): its middle line has three.
        f"{'序':<20}单",
        f"{'':<4}{'指标名称':<16}{'':<4}{'填报内容':<16}备注",
        f"{'号':<20}位",
        "一、基本信息",
        _line("1", "网站名称", "", "某省乡村振兴局网站"),
        _line("2", "政府网站标识码", "", "3600000041"),
        _line("3", "独立用户访问总量", "个", "606388"),
        _line("4", "网站总访问量", "次", "3638354"),
        "二、信息发布",
        _line("1", "总数", "条", "2860", "不含外链"),
        _line("2", "概况类信息更新量", "条", "57"),
        "    政务动态信息更新",
        _line("3", "", "条", "377"),
        "    量",
        "    信息公开目录信息",
        _line("4", "", "条", "2426"),
        "    更新量",
        "三、专栏专题",
        _line("1", "维护数量", "个", "22"),
        _line("2", "新开设数量", "个", "2"),
    ]
    got = read("\n".join(lines) + "\n")
    assert (got["info_news"], got["info_disclosure"]) == (377, 2426)
    assert got["site_name"] == "某省乡村振兴局网站"
    assert got["info_total"] == 2860


def test_numbered_rows_of_a_markdown_table_keep_their_values() -> None:
    # Cells without places across the page (a pipe table): nothing to drop by.
    pairs = [
        ("网站名称", "某局网站"),
        ("政府网站标识码", "3600000041"),
        ("独立用户访问总量", "606388"),
        ("网站总访问量", "3638354"),
        ("信息发布总数", "2860"),
        ("概况类信息更新量", "57"),
        ("政务动态信息更新量", "377"),
        ("专栏专题维护数量", "22"),
    ]
    rows = "".join(f"| {n} | {label} | {value} |\n" for n, (label, value) in enumerate(pairs, 1))
    got = read(f"政府网站工作年度报表\n\n| 序号 | 指标 | 数值 |\n|---|---|---|\n{rows}")
    assert (got["site_name"], got["info_news"]) == ("某局网站", 377)


def test_a_number_a_blank_before_its_label() -> None:
    # -layout text of a table whose 序号 cell sits close to the label's: 8 其他 is one
    # cell, and 其他 after a number is no label.
    lines = ["政府网站工作年度报表（2024年度）", "八、移动新媒体"]
    pairs = [
        ("是否有移动新媒体", "☑是 ☐否"),
        ("微博名称", "大理发布"),
        ("微博信息发布量（单位：条）", "3319"),
        ("微博关注量（单位：个）", "382469"),
        ("微信名称", "大理发布"),
        ("微信信息发布量（单位：条）", "1791"),
        ("微信订阅数（单位：个）", "179084"),
        ("其他", "抖音号“大理发布”、快手号“大理发布”"),
    ]
    lines += [f"{f'{n} {label}':<32}{value}" for n, (label, value) in enumerate(pairs, 1)]
    got = read("\n".join(lines) + "\n")
    assert got["other_media"] == "抖音号“大理发布”、快手号“大理发布”"
    assert got["weibo_posts"] == 3319


def test_a_column_of_numbers_one_a_line_before_the_labels() -> None:
    # pdftotext without -layout of 序号 | 指标 | 填报内容: each number on the line before its
    # label (or opening it), the values all after the labels, a count left 无.
    from nianbao.forms import default_form  # noqa: PLC0415

    form = default_form()
    counts = [f for f in form.fields if f.type == "int" and len(f.labels[0]) > 5][:12]
    lines = ["政府网站工作年度报表（2022年度）", "序号 指标"]
    for n, f in enumerate(counts, 1):
        lines += [str(n), f.labels[0]] if n % 3 else [f"{n} {f.labels[0]}"]
    lines += ["填报内容", *(str(100 + n) for n in range(len(counts) - 2)), "/", "无"]
    got = read("\n".join(lines) + "\n单位负责人：王力\n")
    assert [got.get(f.key) for f in counts] == [*(100 + n for n in range(len(counts) - 2)), None, 0]
