"""Laid out, a value after its label's unit past a line of the next columns' labels
(extract/unit_rests.py, `_past_labels_beside`)."""

from __future__ import annotations

from text_reports import read, values

# pdfplumber with its layout: tall cells centred at their own heights, 网民留言数量's line
# between 访谈期数 and the line its unit opens with its value.
LINES = (
    "       在线访谈\n"
    "       访谈期数\n"
    "                                    网民留言数量\n"
    "       （单位：     2                              120\n"
    "                                    （单位：条）\n"
    "       期）\n"
    "       答复网民\n"
    "       提问数量\n"
    "                61\n"
    "       （单位：\n"
    "       条）\n"
)
LABELS = ("访谈期数", "网民留言数量", "答复网民提问数量")


def test_a_value_after_its_labels_unit_past_the_next_columns_label() -> None:
    got = values(LINES, without=LABELS)
    assert got["interviews"] == 2
    assert got["interview_messages"] == 120


def test_not_a_value_in_the_next_columns() -> None:
    # The value under the next label's column is that label's, not this one's.
    got = values(LINES.replace("（单位：     2      ", "（单位：           "), without=LABELS)
    assert "interviews" not in got
    assert got["interview_messages"] == 120


def test_not_past_a_line_that_holds_values_too() -> None:
    # pypdfium2: the line after 征集调查期数's head holds its value beside the next label;
    # the line after is no unit's line under it.
    text = (
        "征集调查期数（单\n位：期） \xa014\xa0\xa0 收到意见数量（单\n位：条） \xa010\xa0\xa0\n"
        "公布调查结果期\n数（单位：期） \xa07\xa0\xa0\n"
        "单位负责人：肖勇\xa0\xa0\xa0\xa0\xa0审核人：胡文\xa0\xa0\xa0\xa0\xa0填报人：郭霞\xa0\xa0\xa0\xa0\xa0"
        "联系电话：010-78524575\xa0\xa0\xa0\xa0\xa0填报日期：2024.01.25\n"
    )
    got = read(text)
    assert got["surveys"] == 14


def test_a_value_beside_a_joined_label_past_a_line_of_another_columns() -> None:
    # pdftotext -layout (a generated report cut down to the lines that tell): 政务动态信息更新量
    # wrapped onto a second line (the walk joins it), the next line holding only the other
    # column's piece, the value right of the label on the line before its unit's rest.
    text = (
        "网站总访问\n           808                              3\n"
        "总数（单             概况类信息更新\n位：条）             量（单位：条）\n"
        "政务动态信            信息公开目录信\n息更新量             息\n"
        "         427               354\n条）               条）\n维护数量\n"
        "                 新开设数量\n总数（单             解读材料数量\n"
    )
    got = read(text)
    assert got["info_news"] == 427


def test_not_past_a_line_in_the_labels_column() -> None:
    # 公开答复数量 opens the next line under 平均办理时间: the 0 after it is its value.
    got = values(
        "平均办理时间(单位: 天)\n公开答复数量\n                   0\n(单位: 条)\n"
        "征集调查期数(单位: 期)      7\n收到意见数量(单位: 条)      36\n",
        without=("征集调查期数", "收到意见数量"),
    )
    assert got["messages_public"] == 0
    assert "messages_avg_days" not in got
