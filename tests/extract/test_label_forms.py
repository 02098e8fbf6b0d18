"""A label's normal form: what it takes off, and the short cut for plain texts."""

from __future__ import annotations

import unicodedata

from hypothesis import example, given, settings
from hypothesis import strategies as st

from nianbao.extract.labels import (
    _DROP_RE,
    _NUMBERING_RE,
    LABEL_NOTE_RE,
    UNIT_RE,
    _normalized,
    label_normal_form,
    normalize_label,
)

# Chinese characters and ASCII digits, with what numbering and units are made of.
TEXTS = st.text(alphabet=list("一二三十单位个条项网站名称0123456789、.（）(): ：①"), max_size=12)


@settings(max_examples=1000)
@given(TEXTS)
@example("二、网站")
@example("1、10")
def test_short_cut_changes_nothing(text: str) -> None:
    assert label_normal_form(text) == _normalized(text) == normalize_label(text)


def test_what_is_taken_off() -> None:
    assert normalize_label("一、网站访问量（单位：次）") == "网站访问量"
    assert normalize_label("新  开  设  数  量(单位: 个)") == "新开设数量"
    assert normalize_label("１０４６５") == "10465"
    assert normalize_label("粤ICP备49323992号-1") == "粤icp备49323992号1"
    assert normalize_label("2,289") == "2289"
    assert normalize_label("网站名称") == "网站名称"
    # The web's name for a count in brackets after it, with or without the unit.
    assert normalize_label("独立访客量（UV）") == "独立访客量"
    assert normalize_label("网站总访问量（PV，单位：次）") == "网站总访问量"


def _unskipped(text: str) -> str:
    """_normalized with every step run, whatever the text holds."""
    text = unicodedata.normalize("NFKC", text)
    text = LABEL_NOTE_RE.sub("", UNIT_RE.sub("", text))
    text = "".join(text.split())
    while (match := _NUMBERING_RE.match(text)) is not None:
        text = text[match.end() :]
    return _DROP_RE.sub("", text).casefold()


@given(st.text(alphabet="（）()[]【】单位：: 个条次项名称网站1２一、.签字章盖可多选", max_size=24))
@example("独立用户访问总量（单位：个）")
@example("法人办件量(单位:")
@example("单位：条 总数")
@example("填报单位【盖章】")
@example("独立访客量（UV，单位：个）")
def test_normal_form_skips_no_step_that_would_change_the_text(text: str) -> None:
    # _normalized runs the unit and note regexes only when the text holds a bracket (or
    # 单); the result is the one running them always gives.
    assert _normalized(text) == _unskipped(text)
