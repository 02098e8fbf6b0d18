"""A label's normal form: what it takes off, and the short cut for plain texts."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from nianbao.extract.labels import _normalized, label_normal_form, normalize_label

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
