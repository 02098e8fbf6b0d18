"""A label read whole that its column's next pieces make longer (extract/label_down.py)."""

from __future__ import annotations

from text_reports import values

DOWN = (
    "              其他\n"
    "\n"
    "                                      创新发展\n"
    "\n"
    "                                   其他\n"
    "        创新  √搜索即服务   □多语言版本   √无         提供政策智能匹配与免申即享服务\n"
    "                                   （注\n"
    "        发展   障碍浏览   □千人千网  √其他            开通政策问答专区\n"
    "                                   明）\n"
    "       单位负责人：唐玉\n"
)


def test_a_label_whose_column_goes_on_to_a_longer_label_is_that_one() -> None:
    # 其他 | （注 | 明） down one column: 其他（注明）'s label, so 其他新媒体 reads nothing here.
    assert "other_media" not in values(DOWN)
