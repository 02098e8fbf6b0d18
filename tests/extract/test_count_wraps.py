"""extract.count_wraps: a count wrapped in its cell around its label's line (pdftotext
-layout centres a row's cells; full-width digits fill a narrow cell)."""

from __future__ import annotations

from pathlib import Path

from nianbao.extract.pipeline import extract_document
from nianbao.readers.text import document_from_text
from text_reports import values

CONVERTED = Path(__file__).parent.parent / "fixtures" / "converted"

_ROWS = (
    "办事服务\n"
    "                        √   □                                       ９４８\n"
    "是否发布服务事项目录                          注册用户数（单位：个）\n"
    "                        是   否                                       ６\n"
    "政务服务事项数量（单位：                        可全程在线办理政务服务事项数量（单位：\n"
    "                    １                                               ０\n"
    "项）                                  项）\n"
    "办件量\n"
    "                                                                    ３２０\n"
    "总数（单位：件）            ５０３３            自然人办件量（单位：件）\n"
    "                                                                    １\n"
    "法人办件量（单位：件）         １８３２\n"
    "互动交流\n"
)


def test_a_counts_lines_around_its_label_are_one_count() -> None:
    got = values(_ROWS)
    assert (got["registered_users"], got["cases_natural"]) == (9486, 3201)


def test_a_count_read_as_another_fields_is_no_head() -> None:
    # ６ is 注册用户数's last digit, not the head of 可全程在线办理…'s ０.
    got = values(_ROWS)
    assert (got["service_items"], got["service_items_online"]) == (1, 0)


def test_a_count_beside_a_label_above_is_that_labels() -> None:
    # 21 is 新开设数量's, on its line: no head of 总数's 12 below 总数（单.
    got = values(
        "           总数                          1,532\n"
        "信息发布       概况类信息更新量                    33\n"
        "（单位：\n"
        "条）         政务动态信息更新量                   935\n"
        "           信息公开目录信息更新量                 539\n"
        "专栏专题       维护数量                        45\n"
        "（单位：\n"
        "个）         新开设数量                       21\n"
        "\n"
        "                         总数（单\n"
        "                                       12\n"
        "                         位：条）\n"
        "                         解读材料数\n"
        "                         量（单位：         1\n"
        "                         条）\n"
        "           解读信息发         解读产品数\n"
        "           布             量（单位：         1\n"
        "解读回应\n"
        "                         个）\n"
    )
    assert (got["columns_new"], got["interp_total"]) == (21, 12)


def test_a_count_after_a_label_ending_its_line_is_that_labels() -> None:
    # pypdfium2: 10 is 办结留言数量's, after its unit set down a piece a line; no head of
    # 平均办理时间's 9 below (10 | 平均办理时间 (单位: 天) | 9   公开答复数量).
    text = (CONVERTED / "pypdfium2-units-down.txt").read_text("utf-8")
    got = extract_document(document_from_text(text), "t").report.to_json()
    assert (got["messages_closed"], got["messages_avg_days"]) == (10, 9)


_TAIL_BELOW = (
    "                                                                    独立用户访问\n"
    "政府网站标识码                ICP备案号                   公安机关备案号\n"
    "                                                                    总量（个）\n"
    "                                                赣公网安备               ３３３１７\n"
    " 3607044616            赣ICP备39801496号\n"
    "                                                36070482369630号     ５\n"
    "网站总访问量（次）\n"
    "２１７６９４３\n"
    "二、信息发布\n"
)


def test_a_full_width_counts_last_digit_wrapped_below_other_columns() -> None:
    got = values(_TAIL_BELOW)
    assert got["unique_visitors"] == 333175
    assert got["page_views"] == 2176943


def test_a_half_width_count_below_is_no_tail() -> None:
    got = values(_TAIL_BELOW.replace("３３３１７", "33317 ").replace("５", "5"))
    assert got["unique_visitors"] == 33317


def test_a_count_over_a_label_without_its_value_is_no_tail() -> None:
    # ４０ stands over 可全程在线办理政务服务事项数量, whose count it is.
    got = values(
        "注册用户数(单位: 个)      ６８００２\n"
        "政务服务事项数量(单位: 项)   １１６\n"
        "                  ４０\n"
        "可全程在线办理政务服务事项\n"
        "数量(单位: 项)\n"
        "办件量\n"
    )
    assert (got["service_items"], got["service_items_online"]) == (116, 40)
