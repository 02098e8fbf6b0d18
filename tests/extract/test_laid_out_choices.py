"""Choices in text laid out in columns (pdfplumber's layout, pdftotext -layout): a label's
options stop where the next cell's choice names them again, and a label wrapped around
its value's line, its first line parted by a wide gap, owns the options right of it."""

from __future__ import annotations

from text_reports import values

SECURITY = """\
       安全防护
       安全检测评估次数                          发现问题数量
                       6次                             3个
       （次）                               （个）
                                         是否建立  安
       问题整改数量（个）       2个                             þ是 ¨否
                                         全监测预警机制
                                         是否明  确网站安
       是否开展应急演练        ¨是 þ否                          þ是 ¨否
                                         全责任人
       移动新媒体
"""


def test_a_choice_ends_where_the_next_cells_options_start() -> None:
    # ☑是 ☐否 names 是 and 否 again: another cell's choice, whose label is read apart.
    got = values("安全防护\n是否开展应急演练        ☐是 ☑否                 ☑是 ☐否\n移动新媒体\n")
    assert got["emergency_drill"] is False
    assert values(SECURITY)["emergency_drill"] is False


def test_a_label_wrapped_around_its_values_line_owns_the_options_right_of_it() -> None:
    got = values(SECURITY)
    assert got["security_monitoring"] is True
    assert got["security_officer"] is True
