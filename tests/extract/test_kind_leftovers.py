"""A value far from its label, known by its kind: a count by its unit, a yes/no by its
options (extract/kind_leftovers.py)."""

from __future__ import annotations

from text_reports import values

FAR = """\
网站访问量(单位:次)
124726次
解读回应
媒体评论文章数量(单位:篇)
18篇
回应公众关注热点或重大舆情数量(单位:次)
办事服务
是否发布服务事项目录
☑是 ☐否
注册用户数(单位:个)
17673个
办件量(单位:件)
互动交流
1次
总数
11589件
自然人办件量(单位:件)
11000件
法人办件量(单位:件)
589件
是否使用统一平台
☑是 ☐否
收到留言数量(单位:条)
27条
办结留言数量(单位:条)
20条
安全防护
安全检测评估次数(单位:次)
3次
"""


def test_the_one_free_count_of_the_one_unit_left_goes_to_its_label() -> None:
    assert values(FAR)["hotspot_responses"] == 1


def test_not_while_another_count_of_the_unit_lacks_its_value() -> None:
    # 安全检测评估次数 without its 3次: the 1次 may be either's.
    assert "hotspot_responses" not in values(FAR.replace("3次\n", ""))


def test_not_nearer_to_another_label_of_its_unit() -> None:
    # A second count under 安全检测评估次数: more likely its own, misread, than one moved
    # from far away.
    text = FAR.replace("互动交流\n1次\n", "互动交流\n").replace("3次\n", "3次\n1次\n")
    text = text.replace("是否使用统一平台\n☑是 ☐否\n收到留言数量(单位:条)\n27条\n", "")
    assert "hotspot_responses" not in values(text)


YES_NO = """\
是否发布服务事项目录
☑是 ☐否
是否使用统一平台
☑是 ☐否
是否提供智能问答
安全防护
安全检测评估次数(单位:次)
3次
☐是 ☑否
发现问题数量(单位:个)
2个
问题整改数量(单位:个)
1个
是否建立安全监测预警机制
☑是 ☐否
是否开展应急演练
☑是 ☐否
是否明确网站安全责任人
☑是 ☐否
是否有移动新媒体
☑是
"""


def test_the_one_free_yes_no_left_goes_to_the_one_yes_no_without_an_answer() -> None:
    assert values(YES_NO)["smart_qa"] is False


def test_not_while_another_yes_no_lacks_its_answer() -> None:
    got = values(YES_NO.replace("是否开展应急演练\n☑是 ☐否\n", "是否开展应急演练\n"))
    assert "smart_qa" not in got
