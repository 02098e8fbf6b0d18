"""Choices abreast answered by their ticked options alone (extract/ticked_answers.py)."""

from __future__ import annotations

from locations import FIXTURES
from nianbao.extract.pipeline import extract_document
from nianbao.extract.ticked_answers import _answers
from nianbao.forms import default_form
from nianbao.readers.text import document_from_text
from text_reports import values


def test_each_choice_abreast_takes_its_ticked_option() -> None:
    # pypdfium2 (a generated report): 是否开展应急演练 是否明确网站安全责任人 | þ否 þ是.
    text = (FIXTURES / "converted" / "pypdfium2-answers-and-name-rest.txt").read_text("utf-8")
    got = extract_document(document_from_text(text), "t").report.to_json()
    assert (got["emergency_drill"], got["security_officer"]) == (False, True)


def test_as_many_options_not_all_ticked_are_no_answers() -> None:
    got = values("是否开展应急演练 是否明确网站安全责任人\nþ否 ¨是\n八、移动新媒体\n")
    assert "security_officer" not in got


def test_each_choice_abreast_takes_its_list_of_options() -> None:
    # pypdfium2 (a generated report): the options' own two spaces part the cells as much as
    # the one space between them (☑是  ☐否 ☑是  ☐否).
    text = (FIXTURES / "converted" / "pypdfium2-choices-abreast.txt").read_text("utf-8")
    got = extract_document(document_from_text(text), "t").report.to_json()
    assert (got["emergency_drill"], got["security_officer"]) == (True, True)


def test_options_cut_where_a_name_comes_again() -> None:
    yes_no = [f for f in default_form().fields if f.key in ("emergency_drill", "smart_qa")]
    assert _answers(["☑是", "☐否", "☐是", "☑否"], yes_no) == ["☑是 ☐否", "☐是 ☑否"]
    assert _answers(["☑是", "☐否", "☐是"], yes_no) is None  # the second ticks nothing
    assert _answers(["☑是", "☑否", "☐是", "☐否"], yes_no) is None  # two ticked, none
