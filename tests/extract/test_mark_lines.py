"""A choice's marks on one line and its options' names on the next, or each a line of its
own, marks first (extract.mark_lines)."""

from __future__ import annotations

from text_reports import read, values

HEAD = (
    "政府网站工作年度报表\n网站名称 某局网站\n首页网址 http://a.gov.cn/\n"
    "政府网站标识码 3305000043\n"
    "独立用户访问总量 2837 个\n网站总访问量 9271 次\n信息发布 总数 231 条\n概况类信息更新量 12 条\n"
)


def test_marks_on_the_line_names_on_the_next() -> None:
    got = read(
        HEAD + "办事服务 是否发布服务事项目录 √ □\n是 否\n注册用户数 0 个\n"
        "互动交流 是否使用统一平台 □ √\n是 否\n"
        "创新发展 □ □ □ √ □\n搜索即服务 多语言版本 无障碍浏览 千人千网 其他\n单位负责人：王某\n"
    )
    assert (got["service_catalog_published"], got["unified_platform"]) == (True, False)
    assert got["innovation"] == ["personalized"]


def test_each_mark_then_each_name_a_line() -> None:
    got = values(
        "创新发展\n□\n  √\n  √\n  □\n  □\n搜索即服务\n多语言版本\n无障碍浏览\n千人千网\n其他\n"
    )
    assert got["innovation"] == ["multilingual", "accessibility"]


def test_marks_with_names_not_as_many_are_left() -> None:
    got = values(
        "创新发展 □ □ √\n搜索即服务 多语言版本 无障碍浏览 千人千网 其他\n单位负责人：王某\n"
    )
    assert got.get("innovation") != ["accessibility"]
