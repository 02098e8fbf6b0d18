"""Label words a converter's stray blank split, joined (extract/split_heads.py)."""

from __future__ import annotations

from nianbao.extract.labels import label_index
from nianbao.extract.split_heads import join_split_heads
from nianbao.forms import default_form
from nianbao.readers.text import document_from_text
from text_reports import values

INDEX = label_index(default_form())


def _lines(text: str) -> list[str]:
    doc = join_split_heads(document_from_text(text), INDEX)
    return [row.cells[0].text for row in doc.rows]


def test_a_split_head_among_other_labels_is_joined() -> None:
    assert _lines("概况类信息更新量（单位： 政务动态信息更 信息公 开目录信息更新\n") == [
        "概况类信息更新量（单位： 政务动态信息更 信息公开目录信息更新"
    ]


def test_heads_abreast_names_and_spaced_labels_stay_apart() -> None:
    kept = [
        "维护数量（单位： 新开设数量（单位：个） 政务动态信息更 信息公",
        "名称 信 息 发 布 量（条） 关注量（个）",
        "微博 名称 伍家岗区人民政府 发布",
        "可全程在 线办理",  # alone on its line: the walk's
    ]
    for line in kept:
        assert _lines(line + "\n") == [line]


def test_the_block_reads_with_its_split_head_joined() -> None:
    got = values(
        "二、信息发布\n概况类信息更新量（单位： 政务动态信息更 信息公 开目录信息更新\n"
        "总数（单位：条）\n条） 新量（单位：条） 量（单位：条）\n1 561 19 1 154 317\n三、专栏专题\n"
    )
    assert (got["info_total"], got["info_overview"], got["info_news"]) == (1561, 19, 1154)
    assert got["info_disclosure"] == 317


# pdfplumber with its layout: 可全程在线办理政务服务事项数量(单位:项) wrapped in its column
# over three lines around its value's, its middle line set apart in two cells.
LAID = (
    "       是否发布服务   事项                     注册用户数(单位:                       \n"
    "                      þ是 ¨否                           0                  \n"
    "       目录                              个)                                  \n"
    "                                       可全程在线办理政务                         \n"
    "       政务服务事项数量                                                            \n"
    "                      188              服务  事项数量(单位:   8                    \n"
    "       (单位:项)                                                             \n"
    "                                       项)                                  \n"
    "       办件量                                                                 \n"
)


def test_a_wrapped_labels_line_set_apart_in_two_cells_is_joined() -> None:
    doc = join_split_heads(document_from_text(LAID), INDEX)
    assert [cell.text for cell in doc.rows[5].cells] == ["188", "服务事项数量(单位:", "8"]
    got = values(LAID)
    assert (got["service_items"], got["service_items_online"]) == (188, 8)


def test_a_counts_unit_beside_a_labels_line_stays_apart() -> None:
    text = (
        "      可全程在线办                    \n服务\n"
        "      理政务服务事   项 190           \n      项数量                \n"
    )
    doc = join_split_heads(document_from_text(text), INDEX)
    assert [cell.text for cell in doc.rows[2].cells] == ["理政务服务事", "项 190"]


# pdfplumber with its layout: a stray gap parts a label's first line, under a heading that
# opens the lines at the same place (五、办事服务 over 是否发).
GAPPED = (
    "       五、办事服务\n"
    "       是否发  布服务事项    注册用户数(单位:    政务服务事项数量(单       可全程在线办理\n"
    "       目录            个)           位: 项)            政务服务事项数量\n"
    "       √是            ８０８９         ２９６              ２８９\n"
    "       二、信息发布\n"
    "       总数(单位:    概况类信息更新量(单位:     政务动态信息更新量(单位:    信息公  开目录\n"
    "       条)        条)                条)                 信息更新量(单位:\n"
    "       １８７３      ０                 ８０８                ９２９\n"
)


def test_a_labels_line_a_stray_gap_parted_is_joined() -> None:
    doc = join_split_heads(document_from_text(GAPPED), INDEX)
    assert doc.rows[1].cells[0].text == "是否发布服务事项"
    assert doc.rows[5].cells[-1].text == "信息公开目录"
