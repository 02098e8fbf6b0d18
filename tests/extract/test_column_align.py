"""The alignment of a run of labels with the lines after it (extract.column_align), on
lines made by hand: which items a best alignment gives, and what it leaves alone."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from nianbao.extract.column_align import Line, aligned
from nianbao.extract.document import Cell
from nianbao.extract.piece import Piece, has_ticks
from nianbao.extract.tokens import Token
from nianbao.forms.registry import default_form

FORM = default_form()
WALK: Any = SimpleNamespace(index=SimpleNamespace(form=FORM))


def _lines(*texts: str) -> list[Line]:
    return [
        (Token(r, Cell(text, 1), Piece("value", text, ticks=has_ticks(text))),)
        for r, text in enumerate(texts)
    ]


def _items(keys: str, *texts: str) -> dict[str, str]:
    fields = [FORM.by_key[k] for k in keys.split()]
    return {
        f.key: " ".join(t.piece.text for t in tokens)
        for f, tokens in aligned(WALK, fields, _lines(*texts), 4)
    }


MEDIA = "security_assessments security_issues_found weibo_name weibo_posts weibo_followers"


def test_one_item_a_field() -> None:
    got = _items(MEDIA, "15", "18", "萍乡发布", "6593", "1136766")
    assert got == {
        "security_assessments": "15",
        "security_issues_found": "18",
        "weibo_name": "萍乡发布",
        "weibo_posts": "6593",
        "weibo_followers": "1136766",
    }


def test_a_name_wrapped_over_lines_is_one_item() -> None:
    got = _items(MEDIA, "15", "18", "萍乡市人民政府", "办公室", "6593", "1136766")
    assert got["weibo_name"] == "萍乡市人民政府 办公室"


def test_a_name_is_words_never_a_count() -> None:
    # The name left blank: a count in its place would shift every count after it.
    got = _items(MEDIA, "15", "18", "6593", "1136766", "萍乡发布")
    assert "weibo_name" not in got


def test_a_yes_alone_on_its_line_is_no_name_nor_its_first_line() -> None:
    # 是 (a choice's answer whose label is elsewhere) before the name.
    got = _items(MEDIA, "15", "18", "是", "萍乡发布", "6593", "1136766")
    assert got["weibo_name"] == "萍乡发布"


def test_a_count_alone_on_its_line_is_no_rest_of_a_name() -> None:
    counts = "surveys survey_opinions survey_results_published interviews interview_messages"
    keys = f"{counts} interview_answers security_assessments security_issues_found"
    texts = ("4", "521", "0", "8", "12", "3", "15", "18", "萍乡发布", "6593")
    got = _items(f"{keys} weibo_name", *texts)
    assert got["weibo_name"] == "萍乡发布"


def test_one_character_is_no_name_but_a_names_end() -> None:
    # 关注量's label not read: the name's end (局) is no other name.
    keys = "surveys survey_opinions survey_results_published interviews interview_messages"
    keys += " security_assessments security_issues_found weibo_name weibo_posts wechat_name"
    texts = ("4", "521", "0", "8", "12", "15", "18", "南昌市市场监督管理", "局", "2722")
    got = _items(f"{keys} wechat_posts wechat_subscribers", *texts, "726586", "南昌市发布", "1139")
    assert "局" not in got.values()
    assert got["weibo_name"] == "南昌市市场监督管理 局"


def test_a_choices_options_printed_none_marked_are_no_name() -> None:
    # √ before the chosen only, and none chosen: the options' names are no text's.
    keys = "surveys survey_opinions survey_results_published interviews interview_messages"
    texts = ("4", "521", "0", "8", "12", "萍乡发布", "6593", "搜索即服务 多语言版本 无障碍浏览")
    got = _items(f"{keys} weibo_name weibo_posts other_media", *texts)
    assert "other_media" not in got
    assert got["weibo_posts"] == "6593"
