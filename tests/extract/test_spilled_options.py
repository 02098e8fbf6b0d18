"""创新发展's options where a sheet's template puts them: its last box on a row of its own under
the label 其他 (extract/spilled_options), 其他（请注明） for its note, and a list printed
bare whose last name reads as a label (extract/option_lists)."""

from __future__ import annotations

from typing import Any

from text_reports import values

KEYS = ("innovation", "innovation_other", "other_media")
FOUR = "创新发展\t☑搜索即服务\t☐多语言版本\t☑无障碍浏览\t☑千人千网\n"


def _read(text: str) -> dict[str, Any]:
    got = values(text)
    return {key: got[key] for key in KEYS if key in got}


def test_a_lists_last_box_on_the_next_row_under_the_label_other() -> None:
    assert _read(FOUR + "其他\t☐其他\n") == {
        "innovation": ["search_as_service", "accessibility", "personalized"]
    }
    assert _read(FOUR + "其他\t☑其他：政策库\n") == {
        "innovation": ["search_as_service", "accessibility", "personalized", "other"],
        "innovation_other": "政策库",
    }


def test_other_please_specify_is_the_note_of_the_section_it_stands_in() -> None:
    listed = "创新发展\t☑搜索即服务 ☐多语言版本 ☐无障碍浏览 ☐千人千网 ☑其他\n"
    assert _read(listed + "其他（请注明）\t政策库\n") == {
        "innovation": ["search_as_service", "other"],
        "innovation_other": "政策库",
    }
    assert _read("移动新媒体\t其他（请注明）\t抖音号某某\n")["other_media"] == "抖音号某某"


def test_a_list_printed_bare_whose_last_name_reads_as_a_label_is_no_answer() -> None:
    assert _read("创新发展\t搜索即服务  多语言版本  无障碍浏览  千人千网  其他：\n") == {}
