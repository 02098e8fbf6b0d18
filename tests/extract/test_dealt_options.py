"""Options of choices one a line after their labels one a line, dealt to the choices in
turn (extract/dealt_options.py)."""

from __future__ import annotations

from text_reports import values

# pdftotext without -layout: the second choice's 是 comes between the first's options; its
# ☐否 went far down the page.
SECURITY = """\
七、安全防护
是否建立安全监测预警
机制
☑是
是否开展应急演练
是否明确网站安全责任人
☐是
☑是
☑否
八、移动新媒体
"""


def test_each_option_goes_to_the_first_choice_without_its_name() -> None:
    got = values(SECURITY)
    assert got.get("security_monitoring") is True
    assert (got.get("emergency_drill"), got.get("security_officer")) == (False, True)


def test_not_when_a_choice_ends_with_two_ticks() -> None:
    got = values(SECURITY.replace("☐是\n", "☑是\n"))
    assert got.get("emergency_drill") is None or got.get("security_officer") is None
