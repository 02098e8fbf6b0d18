"""A report set out figure first, its label after it (数说 cards, "figure | label" lines):
each label is read with the figure before it (extract/values_first)."""

from __future__ import annotations

from nianbao.extract.labels import label_index
from nianbao.extract.values_first import figures_first
from nianbao.forms import default_form
from nianbao.readers.text import document_from_text
from text_reports import read

PAIRS = [
    ("某市人民政府", "网站名称"),
    ("http://www.a.gov.cn", "首页网址"),
    ("某市人民政府办公室", "主办单位"),
    ("3205840001", "政府网站标识码"),
    ("1,862,447", "独立用户访问总量（个）"),
    ("6,935,120", "网站总访问量（次）"),
    ("14,682", "信息发布总数（条）"),
    ("是", "是否发布服务事项目录"),
    ("86,315", "注册用户数（个）"),
    ("4127", "收到留言数量（条）"),
    ("2.8", "平均办理时间（天）"),
    ("否", "是否提供智能问答"),
]
EXPECTED = {
    "site_name": "某市人民政府", "homepage_url": "http://www.a.gov.cn",
    "sponsor": "某市人民政府办公室", "site_code": "3205840001",
    "unique_visitors": 1862447, "page_views": 6935120, "info_total": 14682,
    "service_catalog_published": True, "registered_users": 86315,
    "messages_received": 4127, "messages_avg_days": 2.8, "smart_qa": False,
}  # fmt: skip


def _subset(got: dict[str, object]) -> dict[str, object]:
    return {key: got.get(key) for key in EXPECTED}


def test_cards_of_a_figure_over_its_label() -> None:
    text = "数说2021丨某市政府门户网站年度工作报表\n\n▍基本信息\n"
    text += "".join(f"{value}\n{label}\n" for value, label in PAIRS)
    assert _subset(read(text)) == EXPECTED


def test_lines_of_figure_then_label() -> None:
    text = "一图读懂2021年度政府网站工作年度报表\n"
    text += "".join(f"{value} | {label}\n" for value, label in PAIRS)
    assert _subset(read(text)) == EXPECTED


def test_one_cell_a_line_label_first_stays_so() -> None:
    text = "政府网站工作年度报表\n（2021年度）\n"
    text += "".join(f"{label}\n{value}\n" for value, label in PAIRS)
    assert _subset(read(text)) == EXPECTED


def test_label_unit_value_lines_stay_label_first() -> None:
    # pdftotext's reading order of a table with a unit column: label | unit | figure. The
    # figure before a label is the last label's, and the line after it is its unit.
    form = default_form()
    counts = [f for f in form.fields if f.numeric and f.unit and len(f.labels[0]) > 3]
    text = "政府网站工作年度报表\n（2021年度）\n"
    text += "".join(f"{f.labels[0]}\n{f.unit}\n{k + 1}\n" for k, f in enumerate(counts))
    assert not figures_first(document_from_text(text), label_index(form))
    got = read(text)
    assert [got.get(f.key) for f in counts] == [k + 1 for k in range(len(counts))]


def test_yes_and_no_as_marked_statements() -> None:
    # ✔ 已发布服务事项目录 | ✘ 未提供智能问答: the form's questions told as lines of their own.
    pairs = [p for p in PAIRS if not p[1].startswith("是否")]
    text = "一图读懂2021年度政府网站工作年度报表\n"
    text += "".join(f"{value} | {label}\n" for value, label in pairs)
    text += "✔ 已发布服务事项目录\n✘ 未提供智能问答\n✘ 开展应急演练\n"
    got = read(text)
    assert (got["service_catalog_published"], got["smart_qa"]) == (True, False)
    assert got["emergency_drill"] is False


def test_cards_with_the_unit_between_figure_and_label() -> None:
    text = "数说2021丨某市政府门户网站年度工作报表\n"
    for value, label in PAIRS:
        name, _, unit = label.partition("（")
        text += f"{value}\n{unit.rstrip('）')}\n{name}\n" if unit else f"{value}\n{name}\n"
    assert _subset(read(text)) == EXPECTED


def test_two_pairs_a_row_read_raw_stay_label_first() -> None:
    # pdftotext -raw of two label/value pairs a row, labels wrapped in their cells: a pair's
    # figure opens the line of the next pair's label, whose own figure has a line of its own.
    form = default_form()
    counts = [f for f in form.fields if f.numeric and f.unit and len(f.labels[0]) > 5]
    text = "政府网站工作年度报表\n（2021年度）\n"
    for k, f in enumerate(counts[: len(counts) // 2 * 2]):
        label = f"{f.labels[0]}（单\n位：{f.unit}）"
        text += f"{k + 9} {label}\n{k + 10}\n" if k % 2 else f"{label}\n"
    got = read(text)
    assert [got.get(f.key) for f in counts[:4]] == [10, 11, 12, 13]
