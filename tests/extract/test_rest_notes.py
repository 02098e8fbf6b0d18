"""extract.rest_notes: a text going on after its wrapped label's rest (pdfplumber)."""

from __future__ import annotations

from pathlib import Path

from nianbao.extract.pipeline import extract_document
from nianbao.readers.text import document_from_text

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
