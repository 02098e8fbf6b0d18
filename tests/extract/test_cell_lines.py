"""extract.cell_lines: what a cell's lines must be to be one field's value, as the
dealings of a row's lines try cuts by it."""

from __future__ import annotations

from text_reports import values

_WECHAT = (
    "八、移动新媒体\n是否有移动新媒体\n☑是 ☐否\n微信\n"
    "名称 信息发布量（单位：条） 订阅数（单位：个）\n"
    "大化瑶族自治县市场监督\n{line}\n其他\n九、创新发展\n"
)


def test_a_names_last_word_a_number_on_the_counts_line_is_a_count() -> None:
    # pypdfium2: the name wrapped, its rest on the line of the counts, a thousands group
    # set apart by a blank (27 459): 管理局 55 is no name, nor 27 and 459 two counts.
    got = values(_WECHAT.format(line="管理局 55 27 459"))
    assert (got["wechat_name"], got["wechat_posts"], got["wechat_subscribers"]) == (
        "大化瑶族自治县市场监督管理局",
        55,
        27459,
    )


def test_counts_written_whole_still_split_from_the_name() -> None:
    got = values(_WECHAT.format(line="管理局 55 27459"))
    assert (got["wechat_posts"], got["wechat_subscribers"]) == (55, 27459)
