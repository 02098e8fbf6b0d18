"""LabelIndex.may_start, the shortcut that spares normalising every run of words in a
running text, never rules out a text that reads as a label."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from nianbao.extract.labels import label_index, normalize_label
from nianbao.forms import default_form
from nianbao.forms.model import Group

INDEX = label_index(default_form())


def _labels() -> list[str]:
    found: list[str] = []

    def walk(group: Group) -> None:
        found.extend((group.label, *group.variants))
        for child in group.children:
            if isinstance(child, Group):
                walk(child)

    for section in INDEX.form.sections:
        walk(section)
    for f in INDEX.form.fields:
        found.extend(f.labels)
    return found


LABELS = _labels()
# What people and converters put before a label: numbering, spaces, brackets, units.
FRONT = st.text(alphabet="一二三四五六七八九十、.．()（）①② 0123456789单位：条", max_size=6)


@given(st.sampled_from(LABELS), FRONT, st.sampled_from(["", "（单位：条）", "：", " 个"]))
def test_a_text_that_reads_as_a_label_may_start_one(label: str, front: str, back: str) -> None:
    text = front + label + back
    norm = normalize_label(text)
    if norm and INDEX.lookup(norm) is not None:
        assert INDEX.may_start(text, 0), text


@given(st.text(min_size=1, max_size=12))
def test_any_text_that_reads_as_a_label_may_start_one(text: str) -> None:
    norm = normalize_label(text)
    if norm and INDEX.lookup(norm) is not None:
        assert INDEX.may_start(text, 0), text


def test_words_no_label_starts_with_are_ruled_out() -> None:
    assert not INDEX.may_start("61 万次", 0)
    assert not INDEX.may_start("下载量 61 万次", 0)
    assert not INDEX.may_start("4047 条", 0)
    assert INDEX.may_start("0 .表头", 0)
    assert INDEX.may_start("1、网站名称", 0)
    assert INDEX.may_start("网站名称", 0)
