"""What OCR gets wrong in how text is set, put right before matching (no OCR run here)."""

from __future__ import annotations

import pytest

from nianbao.readers.ocr_text import clean
from nianbao.readers.ocr_text import typeset as _typeset


@pytest.mark.parametrize(
    ("read", "meant"),
    [
        (
            "某县住房和城乡建设局 (挂某县大数据发展管理局牌子)",
            "某县住房和城乡建设局（挂某县大数据发展管理局牌子）",
        ),
        ("某县交通运输局 （某县地方志编纂中心)", "某县交通运输局（某县地方志编纂中心）"),
        ("(单位:个)", "（单位:个）"),
        ("6 4", "64"),  # full-width digits, set wide
        ("3 43", "343"),
        ("1 234", "1234"),
        ("1 1 . 7", "11.7"),  # full-width １１．７
        ("11 .7", "11.7"),
        ("12 . 34", "12.34"),
        ("http://www72.220422.g0v.cn/", "http://www72.220422.gov.cn/"),
        ("www.beijing.gOv.cn", "www.beijing.gov.cn"),
        ("https://www704.370612:gov.cn/", "https://www704.370612.gov.cn/"),
        ("https://Www115.532523.gov.cn/", "https://www115.532523.gov.cn/"),
        ("川IICP备57125386号-2", "川ICP备57125386号-2"),
        ("京lCP备12号", "京ICP备12号"),
        ("[汉滨区生态环境局", "汉滨区生态环境局"),  # the cell's left border
        ("总数禅位条", "总数（单位条"),  # （单 as one character
        ("新开设数量禅位个)", "新开设数量（单位个)"),
        ("| 提供政策智能匹配", "提供政策智能匹配"),
        ('移动客户端"某某区人通”，下载量', "移动客户端“某某区人通”，下载量"),  # “ read straight
        ('开通“某县"政策问答专区', "开通“某县”政策问答专区"),
        ("今日头条号 “桂林发布”", "今日头条号“桂林发布”"),  # the mark's blank half
        ("开设“政策解读” 专栏", "开设“政策解读”专栏"),
    ],
)
def test_brackets_around_chinese_and_wide_set_digits(read: str, meant: str) -> None:
    assert _typeset(read) == meant


@pytest.mark.parametrize(
    "read",
    [
        "电话(0571)8888",
        "0931 7258473",
        "12 34",
        "12.5 34",
        "1.2.3",
        "下载量 8 万次",
        "(2024)",
        "某局（挂某中心",
        "京ICP备12号",
        "[注]见附件",
        '名为"某某通"的客户端',  # a straight pair stays straight
        'size="12”',
    ],
)
def test_text_that_is_not_chinese_typesetting_is_left_alone(read: str) -> None:
    assert _typeset(read) == read


def test_a_dash_alone_read_as_one() -> None:
    # A unit column's dash is the stroke of 一; no report writes a count as 一 alone.
    assert clean("一") == "—"
    assert clean("一级指标") == "一级指标"


@pytest.mark.parametrize(
    ("read", "meant"),
    [
        ("(W)是☐否", "☑是☐否"),
        ("☐是(V)否", "☐是☑否"),
        ("☐政府门户网站 （W）部门网站 ☐专项网站", "☐政府门户网站 ☑部门网站 ☐专项网站"),
        ("(W)是", "(W)是"),  # no box beside it: no option list to tell it by
        ("VR全景(V) ☐其他", "VR全景(V) ☐其他"),  # not before an option
        # 是（√） 否（ ）: no box, but 是 and 否 each with its brackets, read half-width.
        ("是(v) 否 (）", "是☑ 否 （ ）"),
        ("否 (W) 是 ( )", "否 ☑ 是 （ ）"),
        ("是(1) 否(2)", "是(1) 否(2)"),  # numbered, no mark
    ],
)
def test_a_tick_in_brackets_read_as_a_letter(read: str, meant: str) -> None:
    assert _typeset(read) == meant


@pytest.mark.parametrize(("read", "meant"), [("· 26", "26"), ("·1061", "1061"), ("‘5", "5")])
def test_a_speck_read_before_a_number(read: str, meant: str) -> None:
    assert clean(read) == meant


@pytest.mark.parametrize("read", ["·abc", "0.5", "、其他", "· 网站"])
def test_a_dot_before_words_stays(read: str) -> None:
    assert clean(read) == read
