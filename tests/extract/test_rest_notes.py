"""extract.rest_notes: a text going on after its wrapped label's rest (pdfplumber)."""

from __future__ import annotations

from pathlib import Path

from nianbao.extract.pipeline import extract_document
from nianbao.readers.text import document_from_text
from text_reports import values

# pdfplumber of a generated report: 其他（注 | 展 | 明） 解读、问答一站式查询.
_TEXT = (
    Path(__file__).parent.parent / "fixtures" / "converted" / "pdfplumber-note-after-label-rest.txt"
).read_text("utf-8")


def _note(text: str) -> str | None:
    got = extract_document(document_from_text(text), "t").report.to_json()
    return got.get("innovation_other")


def test_a_note_goes_on_after_its_labels_rest() -> None:
    assert _note(_TEXT) == (
        "提供政策智能匹配与免申即享服务；开通“某区”政策问答专区，提供政策原文、解读、问答一站式查询"
    )


def test_a_finished_note_takes_nothing_after_the_rest() -> None:
    note = _note(_TEXT.replace("提供政策原文、\n", "提供政策原文\n"))
    assert note is not None
    assert note.endswith("提供政策原文")


def test_a_note_goes_on_after_its_options_rests_and_its_labels_rest() -> None:
    # pdfplumber: the options' line, the label's and the note's each wrapped onto the next
    # line, in that order; the note cut mid-word.
    got = values(
        "创新发展\n"
        "创新 √搜索即服务 √多语言版本 √无障 其他（注 提供政策智能匹配与免申即享服务；建设适老化专\n"
        "发展 碍浏览 √千人千网 √其他 明） 区，提供大字版、语音读屏和简洁版页面\n"
        "单位负责人：杜洋洋\n"
    )
    assert got["innovation"][-1] == "other"
    assert got["innovation_other"] == (
        "提供政策智能匹配与免申即享服务；建设适老化专区，提供大字版、语音读屏和简洁版页面"
    )
