"""A short label after a blank in the value of a field of its group (extract.sibling_labels)."""

from __future__ import annotations

import pytest

from nianbao.extract.labels import label_index
from nianbao.extract.pieces import segment
from nianbao.forms import default_form
from text_reports import values

INDEX = label_index(default_form())


def test_a_groups_labels_and_values_set_apart_by_single_blanks() -> None:
    # A row of cells as OCR or a copied text writes it: a short label after a blank is the
    # next field's when it is a field of the group of the label before.
    got = values(
        "单位负责人 沈建国 审核人 朱晓燕 填报人 钱佳怡\n"
        "联系电话 0535-6789012 填报日期 2021年1月22日\n"
    )
    assert (got["head"], got["reviewer"], got["filler"]) == ("沈建国", "朱晓燕", "钱佳怡")
    assert (got["phone"], got["fill_date"]) == ("0535-6789012", "2021-01-22")
    # A label of another group's field stays the value's word (关注量 is 微博's and 微信's).
    got = values("其他 头条号 某县发布 关注量 300\n")
    assert got["other_media"] == "头条号 某县发布 关注量 300"


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        ("单位负责人：沈建国 审核人朱晓燕", ["单位负责人", "沈建国", "审核人", "朱晓燕"]),
        ("审核人：韩冬梅 填报人许浩然", ["审核人", "韩冬梅", "填报人", "许浩然"]),
    ],
)
def test_ocr_a_sibling_label_run_into_its_name(text: str, pieces: list[str]) -> None:
    # OCR loses the colon between a label and the name after it.
    assert [p.text for p in segment(text, INDEX, fuzzy=True)] == pieces
    # Exact text keeps such a word whole: a label there needs its colon or a blank.
    assert [p.text for p in segment(text, INDEX)][-1] != pieces[-1]
