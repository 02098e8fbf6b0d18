"""A row of wrapped labels written as all first lines, then the rests (pdftotext without
-layout): extract/block_rests.py, and the answers and counts under it (kinds.in_kinds_order)."""

from __future__ import annotations

from nianbao.extract.block_rests import rejoin_block_rests
from nianbao.extract.labels import label_index
from nianbao.forms import default_form
from nianbao.readers.text import document_from_text
from text_reports import values

ROW = (
    "五、办事服务\n是否发布服务事项\n注册用户数量（单\n政务服务事项数量（单\n"
    "可全程在线办理政务服务事项数量\n目录\n位：个）\n位：项）\n（单位：项）\n"
)


def test_a_rest_of_words_goes_back_on_its_head() -> None:
    doc = rejoin_block_rests(document_from_text(ROW), label_index(default_form()))
    lines = [row.cells[0].text for row in doc.rows]
    assert "是否发布服务事项目录" in lines
    assert "目录" not in lines
    assert "位：个）" in lines  # the units' rests stay the walk's


def test_the_row_reads_with_its_answer_split_around_a_count() -> None:
    got = values(ROW + "☐是\n5120\n☑否\n233\n75\n办件量\n")
    assert got["service_catalog_published"] is False
    assert (got["registered_users"], got["service_items"], got["service_items_online"]) == (
        5120,
        233,
        75,
    )
