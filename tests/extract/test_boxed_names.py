"""其他 with its box after it, at a cell's start: 创新发展's option, not 移动新媒体's row."""

from __future__ import annotations

import pytest

from text_reports import values


@pytest.mark.parametrize("box", ["（√）", "(√)", "☑", " ☑"])
def test_other_with_its_box_after_it_is_the_option(box: str) -> None:
    got = values(f"其他：\n创新发展\n搜索即服务☑\t多语言版本☐\t其他{box}：建设政务知识库\n")
    assert got["innovation"] == ["search_as_service", "other"]
    assert got["innovation_other"] == "建设政务知识库"
    assert "other_media" not in got


def test_other_without_a_box_is_the_label() -> None:
    got = values("其他\t抖音号“某县发布”\n创新发展\t☑搜索即服务\n")
    assert got["other_media"] == "抖音号“某县发布”"
    assert got["innovation"] == ["search_as_service"]


def test_other_with_its_box_after_it_inside_a_list() -> None:
    got = values("其他：\n创新发展\t搜索即服务（☑） 多语言版本（☐） 其他（☑）：政务服务专区\n")
    assert got["innovation"] == ["search_as_service", "other"]
    assert got["innovation_other"] == "政务服务专区"


@pytest.mark.parametrize("mark", ["（√）", "☑"])
def test_every_box_after_its_name_with_names_unboxed_between(mark: str) -> None:
    # A hand-typed line: ticks after the names chosen, the others left bare; 其他's box
    # moved alone would set the line's boxes before the names after them.
    line = f"搜索即服务　多语言版本　无障碍浏览{mark}　千人千网　其他{mark}：政务服务地图"
    got = values(f"创新发展\t{line}\n")
    assert got["innovation"] == ["accessibility", "other"]
    assert got["innovation_other"] == "政务服务地图"
