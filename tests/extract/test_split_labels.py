"""A label in three pieces with its value's line between the second and third, laid out
(extract/broken.py, `three_lines`). The texts are generated reports cut down, by a script,
to the lines that tell."""

from __future__ import annotations

from text_reports import read


def test_a_labels_value_line_between_its_second_and_third_pieces() -> None:
    # pdftotext -layout: 信息公开目录信 | 息 | (427) 354 | 更新量（单位：.
    got = read(
        "总数（单             概况类信息更新\n位：条）             量（单位：条）\n"
        "政务动态信            信息公开目录信\n息更新量             息\n"
        "         427               354\n（单位：             更新量（单位：\n维护数量\n"
        "                 新开设数量\n总数（单             解读材料数量\n"
    )
    assert (got["info_news"], got["info_disclosure"]) == (427, 354)


def test_not_past_a_units_rest() -> None:
    # pypdfium2 (cells two spaces apart): 注册用户数(单位: | 个) 1189 | 政务服务事项数 | 量…
    # is no 注册用户数量 in three pieces.
    got = read(
        "总数(单位:条)  68   解读材料数量(单位:\n条)  54  \n解读产品数量(单\n"
        "位:个)  14   媒体评论文章数\n量(单位:篇)  0  \n注册用户数(单位:\n个)  1189  \n"
        "政务服务事项数\n量(单位:项)  47  \n可全程在线办理政\n务服务事项数量(单\n"
    )
    assert (got["registered_users"], got["service_items"]) == (1189, 47)
