"""Choices abreast answered by their ticked options alone (extract/ticked_answers.py)."""

from __future__ import annotations

from locations import FIXTURES
from nianbao.extract.pipeline import extract_document
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
