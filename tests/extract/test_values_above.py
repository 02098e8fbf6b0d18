"""Counts written on the line above the labels abreast they answer (pdfplumber without
layout): extract/values_above.py."""

from __future__ import annotations

from text_reports import values


def test_counts_above_their_labels_abreast_go_to_them_in_order() -> None:
    got = values(
        "留言办理\n640条 512条\n收到留言数量(单 办结留言数量\n位: 条) (单位: 条)\n"
        "平均办理时间(单 公开答复数量(单\n4.5天 300条\n位: 天) 位: 条)\n"
    )
    assert (got["messages_received"], got["messages_closed"]) == (640, 512)
    assert (got["messages_avg_days"], got["messages_public"]) == (4.5, 300)


def test_counts_under_labels_waiting_above_stay_theirs() -> None:
    # The counts answer the labels above them; the labels below have their own line.
    got = values("收到留言数量 办结留言数量\n640条 512条\n平均办理时间 公开答复数量\n4.5天 300条\n")
    assert (got["messages_received"], got["messages_closed"]) == (640, 512)
    assert (got["messages_avg_days"], got["messages_public"]) == (4.5, 300)
