"""OCR misreads of option labels beside tick boxes are set right from the form."""

from __future__ import annotations

import pytest

from nianbao.extract.labels import label_index
from nianbao.extract.misread import repair_options
from nianbao.extract.pieces import segment
from nianbao.forms import default_form

FIELDS = default_form().by_key


@pytest.mark.parametrize(
    ("key", "raw", "fixed"),
    [
        ("has_new_media", "☐是 ☑香", "☐是 ☑否"),
        # The ticked box alone (only the answer printed): 香 and 杏 are 否 to the eye.
        ("emergency_drill", "☑香", "☑否"),
        ("has_new_media", "☑杏", "☑否"),
        ("site_type", "☑香", "☑香"),
        ("has_new_media", "☑是 ☐否", "☑是 ☐否"),
        ("site_type", "☐政府门户网站☑部门网姑☐专项网站", "☐政府门户网站☑部门网站☐专项网站"),
        ("innovation", "☑千人千网其☑他：政策匹配", "☑千人千网☑其他：政策匹配"),
        ("innovation", "☑搜索即服☑务多语言版本", "☑搜索即服务☑多语言版本"),
        ("innovation", "☐搜索即服务 ☑具他：政策匹配", "☐搜索即服务 ☑其他：政策匹配"),
        ("site_type", "没有勾选", "没有勾选"),
        ("innovation", "☑千人千网☑内其他：政策匹配", "☑千人千网☑其他：政策匹配"),
        ("site_type", "☐政府门户网站☑！部门网站☐专项网站", "☐政府门户网站☑部门网站☐专项网站"),
        # A √ written where the box was (√是 □否), which OCR drops: the option without a box.
        ("smart_qa", "是☐否", "☑是☐否"),
        ("smart_qa", "☐是 否", "☐是☑否"),
        ("smart_qa", "是否", "是否"),
        ("smart_qa", "☐是☐否", "☐是☐否"),
        # The same for the options of a choice: each without a box is the one ticked.
        ("site_type", "政府门户网站 ☐部门网站 ☐专项网站", "☑政府门户网站 ☐部门网站 ☐专项网站"),
        ("site_type", "☐政府门户网站 部门网站 ☐专项网站", "☐政府门户网站 ☑部门网站 ☐专项网站"),
        ("site_type", "政府门户网站 部门网站 ☐专项网站", "政府门户网站 部门网站 ☐专项网站"),
        # A list's box OCR missed may be empty as well as ticked: left as read.
        (
            "innovation",
            "搜索即服务 ☐多语言版本 无障碍浏览 ☐千人千网 ☐其他",
            "搜索即服务 ☐多语言版本 无障碍浏览 ☐千人千网 ☐其他",
        ),
        ("innovation", "搜索即服务 ☐多语言版本 无障碍浏览", "搜索即服务 ☐多语言版本 无障碍浏览"),
    ],
)
def test_repair(key: str, raw: str, fixed: str) -> None:
    assert repair_options(FIELDS[key], raw) == fixed


def test_a_box_read_as_kou_is_no_tick() -> None:
    # A box OCR read as 口 among boxes read as ☐ may be empty as well as ticked.
    raw = "☐搜索即服务口多语言版本☐无障碍浏览☐千人千网☐其他"
    assert "☑" not in repair_options(FIELDS["innovation"], raw)


def test_a_misread_label_with_its_unit_after_it_is_still_the_label() -> None:
    # OCR reads 舆情 as 奥情; the unit in brackets after the label is kept apart by segmenting.
    index = label_index(default_form())
    pieces = segment("回应公众关注热点或重大奥情数量（单位：次）", index, fuzzy=True)
    assert [(p.kind, [f.key for f in p.hit.fields] if p.hit else None) for p in pieces] == [
        ("label", ["hotspot_responses"])
    ]
