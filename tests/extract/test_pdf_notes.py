"""What a printed form adds around its values: its instructions in small print under a
label (readers.geometry), its page numbers in words (readers.page_chrome), and boxes after
their options' names with blanks between (extract.option_lists)."""

from __future__ import annotations

from nianbao.extract.document import Cell, Row
from nianbao.extract.option_lists import boxes_first
from nianbao.forms import default_form
from nianbao.readers.geometry import Rulings, Run, page_rows
from nianbao.readers.page_chrome import without_page_words


def test_a_labels_instructions_in_small_print_are_no_part_of_it() -> None:
    rulings = Rulings.build(
        [(100, 10, 400), (140, 10, 400)], [(10, 100, 140), (200, 100, 140), (400, 100, 140)]
    )
    runs = [
        Run("网站名称", (20, 104, 80, 112.4)),
        Run("请填写网站的中文名称。", (20, 116, 150, 122.3)),  # 6.5 pt under 10.5 pt
        Run("某县人民政府网", (210, 110, 300, 118.4)),
    ]
    rows = page_rows(runs, rulings, 1, 0)
    assert [c.text for c in rows[0].cells] == ["网站名称", "某县人民政府网"]
    # The same words at the label's size, or small words that are no sentence, stay.
    runs[1] = Run("请填写网站的中文名称。", (20, 116, 150, 124.4))
    assert page_rows(runs, rulings, 1, 0)[0].cells[0].text == "网站名称请填写网站的中文名称。"
    runs[1] = Run("（单位：万个）", (20, 116, 150, 122.3))
    assert page_rows(runs, rulings, 1, 0)[0].cells[0].text == "网站名称（单位：万个）"


def test_a_pages_number_in_words_is_dropped_wherever_it_stands() -> None:
    rows = [
        Row((Cell("创新发展", 0), Cell("☑其他：适老化改造", 1)), "1", 1, 1),
        Row((Cell("第1页共2页", 0),), "2", 1, 0),
        Row((Cell("12", 0),), "3", 1, 0),  # a number alone may be a value: kept
    ]
    assert [r.where for r in without_page_words(rows)] == ["1", "3"]


def test_each_name_then_its_box_with_blanks_between() -> None:
    f = default_form().by_key["security_officer"]
    assert boxes_first(f, "是 ☑ 否 ☐") == "☑是 ☐否"
    assert boxes_first(f, "是 ☐ 否 ☑") == "☐是 ☑否"
    assert boxes_first(f, "是 ☑否") == "是 ☑否"  # no box before 是: 否's box
