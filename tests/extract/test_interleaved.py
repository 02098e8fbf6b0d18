"""A run of lone labels, then their cells' lines interleaved by reading order
(extract/interleaved.py)."""

from __future__ import annotations

from text_reports import values

LABELS = "网站名称\n首页网址\n主办单位\n网站类型\n"
NEXT = "政府网站标识码\nICP备案号\n"
BASIC = ("网站名称", "首页网址")


def test_a_cells_line_and_a_list_of_options_on_one_line() -> None:
    # pdftotext without -layout: the sponsor's first line and the options' first line
    # merged into one, their rests on the lines after.
    got = values(
        LABELS + "龙山区人力资源和社会\n保障局\nhttp://\njyj824.220402.gov.cn/\n"
        "龙山区人力资源和社会保 ☐政府门户网站 ☑部门网站 ☐\n障局\n专项网站\n" + NEXT,
        without=BASIC,
    )
    assert got["site_name"] == "龙山区人力资源和社会保障局"
    assert got["sponsor"] == "龙山区人力资源和社会保障局"
    assert got["homepage_url"] == "http://jyj824.220402.gov.cn/"
    assert got["site_type"] == "department"


def test_lines_of_three_cells_taken_in_turns() -> None:
    # A name and a web address on one line; an option's name cut by its line's end.
    got = values(
        LABELS + "渭城区文化广电旅 https://\n游局\nzwfw118.610404.gov.cn/\n"
        "渭城区文化广电旅游局\n☐政府门户网站 ☑部门\n网站 ☐专项网站\n" + NEXT,
        without=BASIC,
    )
    assert got["site_name"] == "渭城区文化广电旅游局"
    assert got["homepage_url"] == "https://zwfw118.610404.gov.cn/"
    assert got["sponsor"] == "渭城区文化广电旅游局"
    assert got["site_type"] == "department"


def test_two_names_that_could_swap_begin_in_their_labels_order() -> None:
    # The first line holds the first lines of two cells, read left to right: the name's
    # comes first, so the sponsor's is the later one, though their lines could swap.
    got = values(
        LABELS + "从江县人民政府门户 http://\n网站\nscjg903.522633.gov.cn/\n"
        "从江县人民政府办公室\n☑政府门户网站 ☐部门\n网站 ☐专项网站\n" + NEXT,
        without=BASIC,
    )
    assert got["site_name"] == "从江县人民政府门户网站"
    assert got["sponsor"] == "从江县人民政府办公室"


def test_two_names_that_could_swap_each_line_alone_stay_unread() -> None:
    # No line holds two cells' lines: nothing tells which name comes first.
    got = values(
        LABELS + "从江县人民政府门户\nhttp://\n网站\nscjg903.522633.gov.cn/\n"
        "从江县人民政府办公室\n☑政府门户网站 ☐部门网站 ☐专项网站\n" + NEXT,
        without=BASIC,
    )
    assert "site_name" not in got or got["site_name"] == "从江县人民政府门户网站"
    assert got.get("sponsor") != "从江县人民政府门户网站"


def test_two_names_that_may_swap_are_left_unread() -> None:
    # Two ways read the lines alike well: the name's head is the site's or the sponsor's.
    got = values(
        "网站名称\n首页网址\n主办单位\n合水县市场监督管理\nhttp://\n局\nscjg258.621024.gov.cn/\n"
        + NEXT,
        without=BASIC,
    )
    assert got.get("site_name") != "合水县市场监督管理"
    assert got.get("sponsor") != "局"


def test_a_line_no_cell_can_take_leaves_the_block_unread() -> None:
    # A count after the web address is no line of it: another label's value.
    got = values(
        "首页网址\n政府网站类型\nICP备案号\nhttp://www821.513432.gov.cn/\n"
        "☑政府门户网站 ☐部门网站 ☐专项网\n站\n川ICP备83890585号\n263 004\n" + NEXT,
        without=BASIC,
    )
    assert got.get("homepage_url") != "http://www821.513432.gov.cn/263004"


def test_the_first_rows_cells_when_the_second_rows_values_come_later() -> None:
    # Two rows' labels in one run, the first row's cells' lines next (a name and a web
    # address in turns), the second row's values after the next run of labels.
    got = values(
        LABELS
        + "宁陵县自然资源\nhttps://\n局\nzrzy415.411423.gov.cn/\n"
        + NEXT
        + "4114230012\n豫ICP备12345678号\n宁陵县自然资源局\n☐政府门户网站 ☑部门网站 ☐专项网站\n",
        without=BASIC,
    )
    assert got["site_name"] == "宁陵县自然资源局"
    assert got["homepage_url"] == "https://zrzy415.411423.gov.cn/"
    assert got["sponsor"] == "宁陵县自然资源局"
    assert got["site_type"] == "department"


def test_two_names_of_as_many_lines_each_begin_in_their_labels_order() -> None:
    # Each cell two lines, read a band at a time: the name's lines come first in each.
    got = values(
        "网站名称\n首页网址\n主办单位\n克山县人民政府门户网站（克\nhttp://\n克山县人民政府办公室\n"
        "山县融媒体中心）\nsthj301.230229.gov.cn/\n（克山县融媒体中心）\n" + NEXT,
        without=BASIC,
    )
    assert got["site_name"] == "克山县人民政府门户网站（克山县融媒体中心）"
    assert got["sponsor"] == "克山县人民政府办公室（克山县融媒体中心）"


def test_the_cells_before_a_list_of_options_set_after_the_next_labels() -> None:
    # The type's options come after the next run of labels; a bracket opening inside an
    # open one is another cell's line (…办公室（剑河 | （剑河县地方志编纂中心）).
    got = values(
        LABELS
        + "剑河县人民政府门户网站\nhttp://\n剑河县人民政府办公室（剑河\n（剑河县地方志编纂中心）\n"
        "zwfw617.522629.gov.cn/\n县地方志编纂中心）\n" + NEXT + "5226290017\n黔ICP备20481736号-2\n"
        "☑政府门户网\n站 ☐部门网\n站 ☐专项网站\n",
        without=BASIC,
    )
    assert got["site_name"] == "剑河县人民政府门户网站（剑河县地方志编纂中心）"
    assert got["sponsor"] == "剑河县人民政府办公室（剑河县地方志编纂中心）"
    assert got["homepage_url"] == "http://zwfw617.522629.gov.cn/"
