"""A text's last characters alone on the next line (extract/lone_tails.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from gen.libreoffice import word_table_pdf

from nianbao.extract.pipeline import extract_bytes
from nianbao.readers import legacy
from text_reports import TABLE_PAIRS, values


def test_a_tail_before_a_choices_options_goes_on_the_text() -> None:
    # pdftotext: the note of 其他（注明）, its 服务 cut to the next line, before the answers
    # of choices whose labels reading order set elsewhere.
    got = values("其他（注明）\n提供政策智能匹配与免申即享\n服务\n☐否\n☐否\n移动新媒体\n")
    assert got["innovation_other"] == "提供政策智能匹配与免申即享服务"


def test_not_before_a_line_of_another_value() -> None:
    got = values("其他（注明）\n提供政策智能匹配与免申即享\n服务\n某某\n移动新媒体\n")
    assert got["innovation_other"] == "提供政策智能匹配与免申即享"


def test_the_next_sections_number_is_no_tail() -> None:
    # Numbered rows: the next section's number in the numbers' column, before its name.
    got = values(
        "53\t其他\t移动客户端“定西市APP”，下载量6728次\n九\t创新发展\n"
        "54\t创新发展\t☐搜索即服务 ☑多语言版本\n"
    )
    assert got["other_media"] == "移动客户端“定西市APP”，下载量6728次"


@pytest.mark.skipif(legacy.converter() is None, reason="LibreOffice is not installed")
def test_a_pdfs_free_lines_a_counts_unit_alone_on_the_next(tmp_path: Path) -> None:
    # A Word table without borders through LibreOffice: its cells' lines are a page's free
    # lines, and the line's end cut a free text's last count from its unit (…1268 | 条).
    pdf = word_table_pdf([*TABLE_PAIRS, ("其他", "今日头条号“安吉发布”，发布信息1268条")], tmp_path)
    got = extract_bytes(pdf, "tail.pdf").report.to_json()
    assert got["other_media"] == "今日头条号“安吉发布”，发布信息1268条"
