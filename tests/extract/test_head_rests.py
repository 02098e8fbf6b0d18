"""A label's head alone on a line, its rest after another row's value on the next line
(extract/head_rests.py)."""

from __future__ import annotations

import pytest

from nianbao.extract.head_rests import join_head_rests
from nianbao.extract.labels import label_index
from nianbao.forms.registry import default_form
from nianbao.readers.text import document_from_text
from text_reports import values


def test_a_head_goes_onto_its_rest_after_a_code() -> None:
    # pdftotext: 独立用户访问总量 wrapped over three lines around 公安机关备案号's row.
    got = values(
        "ICP备案号\n辽ICP备45133901号-1\n独立用户访问\n"
        "公安机关备案编号 辽公网安备21100421390120号 总量（单位：\n个）\n\n２１８６３４\n"
        "网站访问总量（单\n４１６１９７\n位：次）\n"
    )
    assert got["police_number"] == "辽公网安备21100421390120号"
    assert got["unique_visitors"] == 218634


def test_a_head_goes_onto_its_rest_between_two_counts() -> None:
    # pdfplumber: 概况类信息更新量 wrapped around 总数's line, its value after its rest.
    got = values("信息发布\n概况类信息更\n总数（单位：条） 1 212 新量（单位： 54\n条）\n")
    assert (got["info_total"], got["info_overview"]) == (1212, 54)


def test_a_letter_spaced_head_goes_onto_its_spaced_rest() -> None:
    # pdfplumber: 信 息 发 布 量 letter-spaced in its tall cell, wrapped around 名称's line.
    got = values(
        "微博\n信 息 发\n名称 某区人社发布 布 量（单位： 68条\n条）\n"
        "关 注 量（单位：\n39662个\n个）\n"
    )
    assert (got["weibo_name"], got["weibo_posts"]) == ("某区人社发布", 68)


@pytest.mark.parametrize(
    "text",
    [
        "概况类信息更\n总数（单位：条） 1212 新闻（单位：条）\n",  # 概况类信息更新闻: no label
        "网站名称\n首页网址 http://a.gov.cn 称\n",  # a label whole above: no head
        "概况类信息更\n总数（单位：条）\t1212\t新量\n",  # cells apart: each its own
    ],
)
def test_lines_with_no_head_and_rest_stay(text: str) -> None:
    doc = document_from_text(text)
    assert join_head_rests(doc, label_index(default_form())) is doc
