"""A choice's label with its options listed in brackets, the answer after it
(extract.listed_options)."""

from __future__ import annotations

import pytest

from text_reports import values


@pytest.mark.parametrize(
    ("line", "key", "expected"),
    [
        ("网站类型（政府门户网站、部门网站、专项网站）：部门网站", "site_type", "department"),
        ("网站类型(政府门户网站/部门网站/专项网站)\t专项网站", "site_type", "special"),
        (
            "创新发展（搜索即服务、多语言版本、无障碍浏览、千人千网、其他）：多语言版本、千人千网",
            "innovation",
            ["multilingual", "personalized"],
        ),
        ("是否使用统一平台（是/否）：否", "unified_platform", False),
    ],
)
def test_the_listed_options_answer_nothing(line: str, key: str, expected: object) -> None:
    assert values(line + "\n")[key] == expected


def test_brackets_that_list_no_options_stay() -> None:
    # A sponsor's name with its other names in brackets is the value, brackets and all.
    got = values("主办单位：某县人民政府办公室（某县大数据中心、某县政务服务中心）\n")
    assert got["sponsor"] == "某县人民政府办公室（某县大数据中心、某县政务服务中心）"
