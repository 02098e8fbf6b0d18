"""When a PDF's text layer is not worth reading and its pages go to OCR instead."""

from __future__ import annotations

import pytest

from nianbao.extract.document import Cell, Document, Row
from nianbao.extract.text_layer import garbled


def _doc(*lines: str) -> Document:
    return Document(format="pdf", rows=[Row((Cell(t, 0),), f"r{i}") for i, t in enumerate(lines)])


@pytest.mark.parametrize(
    "lines",
    [
        ["网站名称 某市人民政府门户网站", "首页网址 http://www.example.gov.cn/"] * 3,
        ["Annual report of the municipal government website, page one of two"] * 2,
        ["☑是 ☐否 独立用户访问总量（单位：个） 1,234,567"] * 3,
        ["ÍøÕ¾"],  # too little to judge
    ],
    ids=["chinese", "english", "ticks-and-digits", "short"],
)
def test_readable_text_layers_are_kept(lines: list[str]) -> None:
    assert not garbled(_doc(*lines))


@pytest.mark.parametrize(
    "lines",
    [
        ["ÍøÕ¾Ãû³Æ", "Ê×Ò³ÍøÖ·", "Ö÷°ìµ¥Î»", "Õþ¸®ÍøÕ¾±êÊ¶Âë"] * 3,  # GBK read as Latin-1
        ["\ue000\ue001\ue002\ue003\ue004 \ue005\ue006\ue007"] * 8,  # private-use codes
        # Glyph numbers of a font without a ToUnicode map: controls among punctuation.
        [
            "\x01\x03\x04\x05\x06\x07\x08\x07\x08\x0e\x0f \x10\x11\x12\x13\x14",
            '"#$#%& \'()*+%),-%&("./',
        ]
        * 4,
        ["☐☐☐☐☐☐☐☐☐☐ ☐☐☐☐☐☐☐☐☐☐☐☐ ☐☐☐☐☐"] * 4,  # text drawn as outlines: each glyph a box
    ],
    ids=["latin-1", "private-use", "glyph-numbers", "outlines"],
)
def test_mojibake_text_layers_go_to_ocr(lines: list[str]) -> None:
    assert garbled(_doc(*lines))
