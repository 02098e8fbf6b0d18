"""Radicals in extracted text (⽹站名称, ⻔户网站) read as the characters they stand for."""

from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

from locations import CORPUS
from nianbao.extract.document import Cell, Document, Row
from nianbao.extract.pipeline import extract_bytes
from nianbao.extract.radicals import _table, unified
from nianbao.extract.traditional import simplifier

sys.path.insert(0, str(Path(__file__).parent))
from corpus_gen import documents
from gen.pdf_out import html_to_pdf

SEED = (CORPUS / "raw" / "000.txt").read_text("utf-8")
# As some PDF producers give them back: Kangxi radicals and radicals of the supplement.
AS_RADICALS = str.maketrans(
    {"网": "⽹", "门": "⻔", "人": "⼈", "用": "⽤", "一": "⼀", "长": "⻓"}
)
NOTE = "文字中的部首字符（如 ⽹、⻔）已换成对应的汉字。"


def test_the_seed_with_radicals_reads_as_the_seed() -> None:
    text = SEED.translate(AS_RADICALS)
    assert "⽹站名称" in text
    got = extract_bytes(text.encode(), "radicals.txt")
    assert got.report.to_json() == extract_bytes(SEED.encode(), "seed.txt").report.to_json()
    assert NOTE in got.notes


def test_pages_with_radicals() -> None:
    for doc in documents("html", 2, seed=81):
        want = {k: v for k, v in doc.truth.items() if not k.startswith("_")}
        try:
            page = doc.data.decode("utf-8")
        except UnicodeDecodeError:  # a page in GB2312, GBK or GB18030, declared or not
            page = doc.data.decode("gb18030")
        radicals = re.sub(r"charset=[\"']?[\w-]+", "charset=utf-8", page.translate(AS_RADICALS))
        assert radicals != page
        got = extract_bytes(radicals.encode("utf-8"), "a.html")
        assert got.report.to_json() == want, doc.name


def test_a_pdf_whose_text_layer_gives_radicals() -> None:
    pairs = [
        ("网站名称", "某县人民政府门户网站"),
        ("首页网址", "http://www.a.gov.cn/"),
        ("主办单位", "某县人民政府办公室"),
        ("网站类型", "☐政府门户网站 ☑部门网站 ☐专项网站"),
        ("政府网站标识码", "4300000001"),
        ("独立用户访问总量（单位：个）", "1234"),
        ("网站总访问量（单位：次）", "5678"),
        ("注册用户数（单位：个）", "12"),
        ("政务服务事项数量（单位：项）", "34"),
        ("收到留言数量（单位：条）", "56"),
    ]
    rows = "".join(f"<tr><td>{label}</td><td>{value}</td></tr>" for label, value in pairs)
    style = "<style>td{border:1px solid #000;font-family:'Noto Sans CJK SC'}</style>"
    page = f"<html><head>{style}</head><body><table>{rows}</table></body></html>"
    got = extract_bytes(html_to_pdf(page.translate(AS_RADICALS)), "radicals.pdf")
    assert NOTE in got.notes  # the PDF gives ⻔ back as drawn (⽹ it gives as 网)
    values = got.report.to_json()
    assert values["site_name"] == "某县人民政府门户网站"
    assert values["sponsor"] == "某县人民政府办公室"
    assert values["site_type"] == "department"


def test_a_document_without_radicals_is_left_as_read() -> None:
    doc = Document(format="text", rows=[Row((Cell("网站名称", 0), Cell("某局", 1)), "第 1 行")])
    assert unified(doc) is doc


def test_the_table_maps_radicals_to_ideographs() -> None:
    table = _table()
    assert len(table) > 250
    assert table[ord("⽹")] == "网"
    assert table[ord("⻔")] == "门"  # no Unicode mapping: the font's shared glyph
    assert table[ord("⼾")] == "户"  # Unicode's 戶, as a Simplified Chinese font draws it
    for radical, character in table.items():
        assert 0x2E80 <= radical <= 0x2FDF
        assert 0x4E00 <= ord(character) <= 0x9FFF
        folded = unicodedata.normalize("NFKC", chr(radical))
        assert folded == chr(radical) or simplifier().convert(folded) == character
