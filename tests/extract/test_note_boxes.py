"""extract.note_boxes: a choice's box that names no option, the note's option's name wrapped
past the note's cell."""

from __future__ import annotations

import pytest

from nianbao.extract.notes import named_note_box
from nianbao.forms import default_form
from text_reports import values

FORM = default_form()
INNOVATION = FORM.by_key["innovation"]
_HEAD = "九、创新发展\n创新发展 其他（注明）\n"
_SIGNED = "单 位 负 责 人：蔡静强\n"


@pytest.mark.parametrize(
    "options",
    [
        # pdfplumber: the note's cell between 其他's box and its name, which the cell wrapped.
        "☑搜索即服务 ☐多语言版\n本 ☐无障碍浏览 ☐千人千网 ☑ 提供政策智能匹配与免申即享服务\n",
        # On one line, the labels' line deals the note apart from the box.
        "☑搜索即服务 ☐多语言版本 ☐无障碍浏览 ☐千人千网 ☑ 提供政策智能匹配与免申即享服务\n",
    ],
)
def test_a_box_before_the_note_its_options_name_on_the_next_line(options: str) -> None:
    got = values(_HEAD + options + "其他\n" + _SIGNED)
    assert got["innovation"] == ["search_as_service", "other"]
    assert got["innovation_other"] == "提供政策智能匹配与免申即享服务"


def test_only_the_one_option_left_unnamed_and_taking_a_note_names_a_box() -> None:
    named = named_note_box(INNOVATION, "☑搜索即服务 ☐多语言版本 ☐千人千网 ☑ 政策匹配", FORM)
    assert named == "☑搜索即服务 ☐多语言版本 ☐千人千网 ☑ 政策匹配"  # 无障碍浏览 unnamed too
    named = named_note_box(INNOVATION, "☑搜索即服务 ☐多语言版本 ☐无障碍浏览 ☐千人千网 ☑其", FORM)
    assert named.endswith("☑其")  # the name's head, its line's end cut
    named = named_note_box(INNOVATION, "☑搜索即服务 ☐多语言版本 ☐无障碍浏览 ☐千人千网 ☑", FORM)
    assert named.endswith("☑其他")
