"""A label after a word of a value on one cell's line (extract/word_labels.py)."""

from __future__ import annotations

from nianbao.extract.labels import label_index
from nianbao.extract.pieces import segment
from nianbao.forms import default_form
from text_reports import values

INDEX = label_index(default_form())


def test_a_names_last_word_before_the_next_label() -> None:
    # pypdfium2: the site's name cut by its cell's width, its last word (网站) opening the
    # line of 首页网址 and its value; 网站首页网址 is a variant of that label too.
    pieces = [(p.kind, p.text) for p in segment("网站 首页网址", INDEX)]
    assert pieces == [("value", "网站"), ("label", "首页网址")]
    got = values(
        "网站名称 平房区人民政府门户\n网站 首页网址  http://\nzwfw170.230108.gov.cn/\n"
        "主办单位 平房区人民政府办公\n室\n",
        without=("网站名称", "首页网址"),
    )
    assert got["site_name"] == "平房区人民政府门户网站"
    assert got["homepage_url"] == "http://zwfw170.230108.gov.cn/"


def test_a_label_letter_spaced_after_a_word() -> None:
    pieces = [(p.kind, p.text) for p in segment("网站 首 页 网 址", INDEX)]
    assert pieces == [("value", "网站"), ("label", "首 页 网 址")]


def test_a_label_whose_second_word_names_other_fields_stays_whole() -> None:
    # 解读信息发布总数 (解读回应's 总数), not 解读 and 信息发布总数 (信息发布's).
    pieces = segment("解读 信息发布总数", INDEX)
    assert [p.kind for p in pieces] == ["label"]
    hit = pieces[0].hit
    assert hit is not None
    assert [f.key for f in hit.fields] == ["interp_total"]
