"""Letter-spacing on a PDF page (readers/letter_spacing): characters set one by one with
blanks between them read as the words they spell."""

from __future__ import annotations

import weasyprint  # type: ignore[import-untyped]

from nianbao.extract.pipeline import extract_bytes
from nianbao.readers.geometry import Run
from nianbao.readers.letter_spacing import unspaced
from text_reports import TABLE_PAIRS


def _texts(*texts: str) -> list[str]:
    runs = [Run(text, (0.0, 0.0, 1.0, 1.0)) for text in texts]
    unspaced(runs)
    return [run.text for run in runs]


def test_runs_of_three_spaced_characters_or_more_are_joined() -> None:
    # Among runs whose blanks part words (a page not spaced throughout), two-word runs stay.
    words = ["☑是 ☐否", "泉州医保 APP", "2023年 1月", "1 234"]
    assert _texts("湖 口 县 人 民 政 府", "9 8 6 1 4", "网站名称", "是 否", "5 2", *words) == [
        "湖口县人民政府", "98614", "网站名称", "是 否", "5 2", *words,
    ]  # fmt: skip
    # Words apart by more than one blank, or mostly longer than a character, stay words.
    assert _texts("某局  网站 名", "泉州医保 APP 上线", "1 234 567") == [
        "某局  网站 名", "泉州医保 APP 上线", "1 234 567",
    ]  # fmt: skip


def test_a_page_spaced_throughout_joins_its_short_runs_too() -> None:
    assert _texts("网 站 名 称", "湖 口 县", "总 数", "5 2") == ["网站名称", "湖口县", "总数", "52"]


def _spaced_page() -> bytes:
    rows = [*TABLE_PAIRS, ("主办单位", "湖口县人民政府办公室"), ("新开设数量", "52")]
    spaced = " ".join  # each character its own inline box, a gap after it
    cells = "".join(
        f"<tr><td>{spaced(f'<span>{c}</span>' for c in label)}</td>"
        f"<td>{spaced(f'<span>{c}</span>' for c in value)}</td></tr>"
        for label, value in rows
    )
    page = (
        "<html><head><meta charset=utf-8><style>td{padding:6px 10px;font-size:14px}"
        "span{margin-right:.35em}</style></head><body><h3>政府网站工作年度报表</h3>"
        f"<table>{cells}</table></body></html>"
    )
    return bytes(weasyprint.HTML(string=page).write_pdf())


def test_a_letter_spaced_pdf_reads_its_words_and_numbers() -> None:
    got = extract_bytes(_spaced_page(), "spaced.pdf").report.to_json()
    assert got["sponsor"] == "湖口县人民政府办公室"
    assert (got["unique_visitors"], got["columns_new"]) == (500, 52)
