"""A generic label read for the wrong group, its field's own label read too
(extract/generic_moves.py)."""

from __future__ import annotations

from text_reports import values

# pdftotext without -layout: 微信 set before 微博's last label 关注量, which 微信订阅数 may
# also be called; 微信's own 订阅数 follows.
EARLY = (
    "八、移动新媒体\n微博\n名称\n无\n信息发布量(单位: 条)\n0\n微信\n关注量(单位: 个)\n０\n"
    "名称\n昆玉市人民政府办公室\n信 息 发 布 量(单位: 条)\n４３７\n订阅数(单位: 个)\n３５１７９\n"
    "其他\n创新发展\n"
)


def test_a_generic_labels_value_goes_to_the_other_field_it_names() -> None:
    got = values(EARLY)
    assert got["weibo_followers"] == 0
    assert got["wechat_subscribers"] == 35179
    assert got["wechat_posts"] == 437


def test_without_the_fields_own_label_the_generic_reading_stands() -> None:
    got = values(EARLY.replace("订阅数(单位: 个)\n３５１７９\n", ""))
    assert got["wechat_subscribers"] == 0
    assert "weibo_followers" not in got
