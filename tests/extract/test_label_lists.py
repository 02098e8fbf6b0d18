"""Several fields' labels in one cell, their values in the next in the same order."""

from __future__ import annotations

from nianbao.extract.label_lists import split_label_lists
from nianbao.extract.labels import label_index
from nianbao.forms import default_form
from nianbao.readers.text import document_from_text
from text_reports import text_cells, values

INDEX = label_index(default_form())


def _cells(text: str) -> list[list[str]]:
    doc = split_label_lists(document_from_text(text), INDEX)
    return [[c.text for c in row.cells] for row in doc.rows]


def test_three_signers_in_one_cell() -> None:
    found = values(
        "单位负责人 / 审核人 / 填报人\t付平健 / 许斌健 / 邵俊磊\t联系电话\t13930459252\n"
    )
    assert (found["head"], found["reviewer"], found["filler"]) == ("付平健", "许斌健", "邵俊磊")
    assert found["phone"] == "13930459252"


def test_two_codes_in_one_cell() -> None:
    assert _cells("ICP备案号／公安机关备案号\t琼ICP备19003404号-2／46010502000257号\n") == [
        ["ICP备案号", "琼ICP备19003404号-2", "公安机关备案号", "46010502000257号"]
    ]


def test_a_markdown_tables_escaped_pipes_and_its_empty_unit_column() -> None:
    # markitdown: two labels and two codes in one cell each, set apart by an escaped pipe,
    # an empty unit column between.
    row = (
        "| ICP备案号\\|公安机关备案号 | | 鄂ICP备05017366号-2 \\| 鄂公网安备 42060202000489号 | |\n"
    )
    got = values("| 项目 | 单位 | 数值 | 备注 |\n|---|---|---|---|\n" + row)
    assert (got["icp_number"], got["police_number"]) == (
        "鄂ICP备05017366号-2",
        "鄂公网安备42060202000489号",
    )


def test_lists_that_do_not_pair_are_left_alone() -> None:
    for text in (
        "单位负责人 / 审核人\t付平健\n",  # fewer values than labels
        "单位负责人 / 某某\t付平健 / 许斌健\n",  # a word that is no label
        "首页网址\thttp://a.gov.cn/x/y\n",  # a value's slashes
    ):
        assert _cells(text) == text_cells(text)
