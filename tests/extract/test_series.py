"""Several reports one after another in one file: each read as a report of its own."""

from __future__ import annotations

import io
import re
import sys
from pathlib import Path

import pytest
from openpyxl import Workbook

from locations import CORPUS
from nianbao.coerce import report_from_mapping
from nianbao.errors import ManyReportsError
from nianbao.extract import pipeline
from nianbao.extract.document import Document
from nianbao.extract.pipeline import extract_all, extract_bytes
from nianbao.extract.series import Part, same_report
from nianbao.forms.model import Form
from nianbao.synthetic import synthetic_report

sys.path.insert(0, str(Path(__file__).parent))
from corpus_gen import documents

PAIRS = (Path(__file__).parent / "layouts" / "pairs.txt").read_text("utf-8")
SEED = (CORPUS / "raw" / "000.txt").read_text("utf-8")


def _figures(text: str, n: int) -> str:
    """The text with other figures in its cells of counts: another site's."""
    return re.sub(r"(?<=\t)\d{1,7}(?=\t|$)", lambda m: str(int(m[0]) * 3 + n), text, flags=re.M)


def _site(n: int) -> str:
    """The pairs layout for the nth site: its own name and figures."""
    text = PAIRS.replace("某县人民政府门户网站", f"第{n}县人民政府门户网站")
    return _figures(text.replace("4300000001", f"430000000{n}"), n)


def test_reports_one_after_another_in_a_text() -> None:
    found = extract_all("\n\n".join(_site(n) for n in (1, 2, 3)).encode(), "all.txt")
    assert [e.source for e in found] == ["all.txt#1", "all.txt#2", "all.txt#3"]
    for n, extraction in enumerate(found, 1):
        values = extraction.report.to_json()
        assert values["site_name"] == f"第{n}县人民政府门户网站"
        assert values["info_total"] == 1200 * 3 + n
        assert values["site_code"] == f"430000000{n}"
        assert extraction.notes[-1].startswith(f"文件中的第 {n} 份报表：")
    with pytest.raises(ManyReportsError, match="有 3 份报表"):
        extract_bytes("\n\n".join(_site(n) for n in (1, 2, 3)).encode(), "all.txt")


def test_reports_each_with_its_instructions() -> None:
    # The instructions name every field too, under a title holding the form's: no report.
    text = SEED + "\n" + _figures(SEED.replace("海口市卫生健康委员会", "三亚市卫生健康委员会"), 1)
    found = extract_all(text.encode(), "two.txt")
    assert len(found) == 2
    assert "三亚市" in str(found[1].report.to_json()["sponsor"])
    assert len(extract_all(SEED.encode(), "seed.txt")) == 1


def test_a_title_repeated_over_the_rest_of_the_table_is_one_report() -> None:
    lines = _site(1).splitlines()
    cut = lines.index("四、办事服务")
    # A page title over the table's own title, and the title again over the table's rest.
    text = "\n".join(["政府网站工作年度报表", *lines[:cut], lines[0], *lines[cut:]])
    found = extract_all(text.encode(), "one.txt")
    assert len(found) == 1
    assert found[0].source == "one.txt"
    assert found[0].report.to_json()["wechat_name"] == "某县微政务"


def test_one_report_a_sheet() -> None:
    book = Workbook()
    for n in (1, 2):
        sheet = book.active if n == 1 else book.create_sheet()
        for line in _site(n).splitlines()[1:]:  # no title: the sheet is the report
            sheet.append(line.split("\t"))
    out = io.BytesIO()
    book.save(out)
    found = extract_all(out.getvalue(), "book.xlsx")
    assert [e.report.to_json()["site_code"] for e in found] == ["4300000001", "4300000002"]


def _body(data: bytes) -> str:
    for encoding in ("utf-8", "gb18030"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        found = re.search(r"<body[^>]*>(.*)</body>", text, re.S)
        return found.group(1) if found else text
    raise AssertionError("undecodable")


def test_a_page_holding_several_generated_reports() -> None:
    docs = list(documents("html", 4, seed=5))
    page = "<html><meta charset='utf-8'><body>" + "".join(_body(d.data) for d in docs)
    found = extract_all(page.encode(), "page.html")
    truths = [{k: v for k, v in d.truth.items() if not k.startswith("_")} for d in docs]
    assert [e.report.to_json() for e in found] == truths


def test_the_same_report_twice_is_one() -> None:
    values = synthetic_report(3)
    again = dict(values, page_views=int(values["page_views"]) + 1)
    other = synthetic_report(4)
    assert same_report(report_from_mapping(values), report_from_mapping(again))
    assert not same_report(report_from_mapping(values), report_from_mapping(other))
    # A printed table and a data sheet of one report, on two sheets: one report.
    text = _site(1).splitlines()[1:]
    book = Workbook()
    for sheet in (book.active, book.create_sheet()):
        for line in text:
            sheet.append(line.split("\t"))
    out = io.BytesIO()
    book.save(out)
    (found,) = extract_all(out.getvalue(), "book.xlsx")
    assert found.source == "book.xlsx"


def test_a_sheet_of_instructions_is_no_report() -> None:
    book = Workbook()
    for line in _site(1).splitlines()[1:]:
        book.active.append(line.split("\t"))
    instructions = book.create_sheet("填写说明")
    instructions.append(["政府网站工作年度报表填写说明"])
    for line in SEED[SEED.index("一、基本信息", SEED.index("填写说明")) :].splitlines():
        instructions.append([line])
    out = io.BytesIO()
    book.save(out)
    (found,) = extract_all(out.getvalue(), "book.xlsx")
    assert found.report.to_json()["site_code"] == "4300000001"


def test_a_part_that_is_no_report_leaves_the_file_one_report(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = _site(1)

    def parts(doc: Document, form: Form) -> list[Part]:
        return [Part(doc.rows), Part(doc.rows[-2:])]  # the signature lines: no report

    monkeypatch.setattr(pipeline, "report_parts", parts)
    (found,) = extract_all(text.encode(), "one.txt")
    assert found.source == "one.txt"
    assert found.report.to_json()["site_code"] == "4300000001"


def test_two_small_sites_with_the_same_figures_are_two_reports() -> None:
    base = synthetic_report(5)
    zeros = {k: 0 if type(v) is int else v for k, v in base.items()}
    other = dict(zeros, site_name="另一县人民政府门户网站", site_code="4300000009")
    other.update(homepage_url="http://www.other.gov.cn", icp_number="湘ICP备99999999号")
    assert not same_report(report_from_mapping(zeros), report_from_mapping(other))


_INSTRUCTIONS = SEED[SEED.index("政府网站工作年度报表填写说明") :]


def test_a_report_after_its_instructions_is_read() -> None:
    # A template's instructions first: the walk stops at them, so they are set aside.
    values = extract_bytes((_INSTRUCTIONS + "\n\n" + PAIRS).encode(), "t.txt").report.to_json()
    assert values == extract_bytes(PAIRS.encode(), "t.txt").report.to_json()


def test_a_workbooks_instructions_sheet_before_the_reports() -> None:
    book = Workbook()
    notes = book.active
    assert notes is not None
    notes.title = "填写说明"
    for line in _INSTRUCTIONS.splitlines():
        notes.append([line])
    sheet = book.create_sheet("年度报表")
    for line in PAIRS.splitlines():
        sheet.append(line.split("\t"))
    out = io.BytesIO()
    book.save(out)
    values = extract_bytes(out.getvalue(), "t.xlsx").report.to_json()
    assert values["site_name"] == "某县人民政府门户网站"
    assert (
        values["info_total"]
        == extract_bytes(PAIRS.encode(), "t.txt").report.to_json()["info_total"]
    )
