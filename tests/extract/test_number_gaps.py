"""Blanks between Chinese and numbers in free text: the writer's, kept; a page's
typesetting's (a gap pdfium fills with a space of its own) or a line end's, not."""

from __future__ import annotations

from pathlib import Path

import pytest
from gen.libreoffice import word_table_pdf
from gen.pdf_out import html_to_pdf
from hypothesis import given
from hypothesis import strategies as st

from nianbao.digit_spacing import joins_tight
from nianbao.extract.pipeline import extract_bytes
from nianbao.extract.prose import joined
from nianbao.readers import legacy
from text_reports import TABLE_PAIRS

GAP = "<span style='margin-left: 0.25em'></span>"
"""A quarter em set between two characters, as LibreOffice and Word set it between
Chinese and Latin text: no character of its own in the page's text."""


def _other_media(text: str, made_by: str = "Microsoft Word") -> str:
    """The 其他 text read from a PDF whose Creator is `made_by`."""
    rows = [*TABLE_PAIRS, ("其他", text)]
    cells = "".join(f"<tr><td>{label}</td><td>{value}</td></tr>" for label, value in rows)
    data = html_to_pdf(
        f"<html><head><meta name='generator' content='{made_by}'></head>"
        "<body style='font-family: Noto Sans CJK SC'>"
        "<style>td { border: 1px solid black; padding: 2pt 6pt }"
        f" table {{ border-collapse: collapse }}</style><table>{cells}</table></body></html>"
    )
    value = extract_bytes(data, "gaps.pdf").report.to_json()["other_media"]
    assert isinstance(value, str)
    return value


def test_gaps_the_typesetting_set_between_chinese_and_numbers_are_no_blanks() -> None:
    got = _other_media(f"发布短视频{GAP}66{GAP}条，粉丝{GAP}34260{GAP}人")
    assert got == "发布短视频66条，粉丝34260人"


def test_a_producer_that_sets_no_gaps_of_its_own_keeps_them() -> None:
    # A browser sets only the blanks typed: a gap it leaves is the writer's, however drawn.
    got = _other_media(f"发布短视频{GAP}66{GAP}条", made_by="Chromium")
    assert got == "发布短视频 66 条"


def test_blanks_the_writer_typed_between_chinese_and_numbers_are_kept() -> None:
    assert _other_media("发布短视频 66 条，粉丝 34260 人") == "发布短视频 66 条，粉丝 34260 人"


@pytest.mark.parametrize(
    ("head", "rest", "whole"),
    [
        ("今日头条号“某县”，发布信息", "1179条", "今日头条号“某县”，发布信息1179条"),
        ("发布短视频", "533条，粉丝55145人", "发布短视频533条，粉丝55145人"),
        ("累计访问 973", "万次", "累计访问 973 万次"),
        ("发布信息", "1179 条，粉丝 5 人", "发布信息 1179 条，粉丝 5 人"),
        ("发布信息", "1179", "发布信息 1179"),  # nothing tells: as a line end stands
        ("Open", "Data", "Open Data"),
    ],
)
def test_a_line_end_between_chinese_and_a_number_follows_the_writers_habit(
    head: str, rest: str, whole: str
) -> None:
    assert joined(head, rest) == whole


_CJK = st.text(st.characters(min_codepoint=0x4E00, max_codepoint=0x4E80), min_size=1, max_size=4)
_NUMBER = st.integers(0, 99999).map(str)


@given(st.lists(st.tuples(_CJK, _NUMBER), min_size=2, max_size=5), st.booleans())
def test_text_typed_one_way_keeps_that_way_over_a_line_end(
    parts: list[tuple[str, str]], spaced: bool
) -> None:
    sep = " " if spaced else ""
    words = [f"{word}{sep}{number}" for word, number in parts]
    text = sep.join(words)
    # A line end before any number of the text: joined back, the text as typed.
    for k in range(1, len(words)):
        head = sep.join(words[:k]) + sep + parts[k][0]
        rest = parts[k][1] + sep + sep.join(words[k + 1 :])
        head, rest = head.rstrip(), rest.rstrip()
        assert joins_tight(head, rest) is not spaced
        assert joined(head, rest) == text.rstrip()


def test_a_gap_wider_than_typesetting_sets_is_a_blank() -> None:
    # Cells set apart on one line (电话：0451-8979852    填报日期), no typesetting's gap.
    wide = "<span style='margin-left: 1.2em'></span>"
    assert _other_media(f"粉丝34260{wide}人") == "粉丝34260 人"


def test_gaps_set_around_latin_words_and_in_text_read_again_in_line_order() -> None:
    # Around a Latin word as around a number (泉州医保 APP); and with Chinese quotes, which
    # LibreOffice draws after their line, so the page is read again in line order.
    assert _other_media(f"泉州医保{GAP}APP，注册用户32.5万人") == "泉州医保APP，注册用户32.5万人"
    got = _other_media(f"今日头条号“安吉发布”，发布信息{GAP}1268{GAP}条")
    assert got == "今日头条号“安吉发布”，发布信息1268条"


@pytest.mark.skipif(legacy.converter() is None, reason="LibreOffice is not installed")
def test_libreoffices_set_gaps_and_typed_blanks_in_a_line_read_again(tmp_path: Path) -> None:
    # LibreOffice draws a Chinese line's “ ” after it, so the line is read again in line
    # order: its set gaps go, a typed blank (and the gap set beside it) stays.
    for typed, whole in (
        ("头条号“安吉”发布1268条", "头条号“安吉”发布1268条"),
        ("客户端“农通”下载量 23 万次", "客户端“农通”下载量 23 万次"),
    ):
        pdf = word_table_pdf([*TABLE_PAIRS, ("其他", typed)], tmp_path)
        assert extract_bytes(pdf, "gaps.pdf").report.to_json()["other_media"] == whole
