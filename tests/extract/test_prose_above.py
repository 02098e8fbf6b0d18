"""extract.prose_above: a paragraph's first line set above its label's line (pdftotext
-layout centres a tall cell's lines on its row)."""

from __future__ import annotations

from text_reports import values

_ROWS = (
    "           订阅数(单\n"
    "                    77 715\n"
    "           位: 个)\n"
    "                    移动客户端“赫章县住通”，下载量 60 万次；今日头条号“赫章县发布”，信息发\n"
    "      其他            布量 6887 条，关注量 41681 个；"
    "抖音号“赫章县”，发布短视频 4419 条，粉丝\n"
    "                    87802 人\n\n"
    "       ☑搜索即服务 ☐多语言版本 ☑无障碍浏览 ☑千人千网 ☐其他\n"
    "创新发\n"
    "展      其他（注        无\n"
    "       明）\n"
)


def test_a_paragraphs_first_line_above_its_labels_line() -> None:
    got = values(_ROWS)
    assert got["other_media"] == (
        "移动客户端“赫章县住通”，下载量 60 万次；今日头条号“赫章县发布”，信息发布量 6887 条，"
        "关注量 41681 个；抖音号“赫章县”，发布短视频 4419 条，粉丝 87802 人"
    )


def test_a_finished_sentence_above_is_another_cells() -> None:
    got = values(_ROWS.replace("，信息发\n", "。\n", 1))
    assert got["other_media"].startswith("布量 6887 条")
