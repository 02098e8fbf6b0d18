"""A lone label's pieces centred in its tall cell, laid out (pdftotext -layout): the next
piece may start left of the first (extract/columns.py)."""

from __future__ import annotations

from nianbao.extract import columns
from nianbao.readers.text import document_from_text
from text_reports import values

# 新开 | 2个 | 设数量: the label's two lines centred in its cell, its value between them.
CENTRED = (
    "                     维护数量                                     9个\n"
    "                                新开\n"
    "                                                                      2个\n"
    "                            设数量\n"
    "\n"
)


def test_a_labels_centred_rest_starting_left_of_its_head_is_under_it() -> None:
    doc = document_from_text(CENTRED)
    head, rest = doc.rows[1].cells[0], doc.rows[3].cells[0]
    assert columns.under(doc, head, 1, rest, 3)
    assert values(CENTRED)["columns_new"] == 2


def test_a_wider_line_whose_middle_is_far_is_no_centred_piece() -> None:
    # 订阅 over a line of another row's labels: they overlap, their middles are far apart.
    text = (
        "                                    订阅\n"
        "名称                信息发布量（单位：条）\n"
        "                                    数（单位：个）\n"
    )
    doc = document_from_text(text)
    head, other = doc.rows[0].cells[0], doc.rows[1].cells[1]
    assert not columns.under(doc, head, 0, other, 1)
