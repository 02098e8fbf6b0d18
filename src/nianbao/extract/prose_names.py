"""Names a formal report states without their labels, in the form of words its labels give:
the unit that did what a "…单位" label names (区政府网站是某某办公室主办的政府门户网站, 由某
局主办: 主办单位 less 单位), and the thing a "…名称" label names introduced by its full name
(某某人民政府网站（以下简称区政府网站）: 网站名称 less 名称). Fields of the form's title
block and first section only, the site's own facts. Part of `narrative`."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from nianbao.extract.misread import option_alternatives
from nianbao.forms.model import Field, Form

_NAME = r"(?![在对于向从经本我由])(?:(?![其该])[\u4e00-\u9fff（）()·]){4,40}?"
"""A unit's or a site's name: Chinese characters and brackets, no clause's punctuation, not
opening with a preposition (是由某局主办), no pronoun in it (某厅在其部门网站)."""


def stated_names(
    texts: list[tuple[int, str]], form: Form, taken: set[str]
) -> Iterator[tuple[Field, str, int]]:
    """Each first-section name field's value the paragraphs `texts` (each with its first
    row: prose_paragraphs.paragraphs) state so, and its row."""
    for f, pattern in _patterns(form):
        if f.key in taken:
            continue
        for r, text in texts:
            found = pattern.search(text)
            if found is not None:
                yield f, found[1], r
                break


@cache
def _patterns(form: Form) -> tuple[tuple[Field, re.Pattern[str]], ...]:
    opening = {(section.id,) for section in form.sections[:2]}  # the title block, 基本信息
    out = []
    for f in form.fields:
        if f.type != "str" or f.identifier or f.group_ids[:1] not in opening:
            continue
        if f.label.endswith("单位") and len(f.label) > 3:
            verb = re.escape(f.label.removesuffix("单位"))  # 主办
            out.append((f, re.compile(rf"(?:由|是|系)({_NAME}){verb}(?:的|，|。|$)")))
        elif f.label.endswith("名称") and len(f.label) > 3:
            thing = re.escape(f.label.removesuffix("名称"))  # 网站
            kinds = "|".join(
                option_alternatives(e) for e in form.fields if e.type == "enum" and e.path == f.path
            )
            # Its full name, then what a report says of it first: a bracket of its short name,
            # its address or its kind, its kind, its sponsor (某局网站由某局主办).
            said = rf"[（(]\s*(?:以下简称|网址|https?://|www\.|{kinds})|(?:为|是|属)(?:{kinds})|由"
            out.append((f, re.compile(rf"(?<![\u4e00-\u9fff])({_NAME}{thing})\s*(?:{said})")))
            # A title that opens with it, its year before or after (某某网站2022年度工作报告).
            year = r"(?:(?:19|20)\d{2}\s*年度?)"
            titled = rf"^\s*{year}?\s*({_NAME}{thing})\s*{year}?\s*(?:年度)?(?:工作|运行)"
            out.append((f, re.compile(titled)))
    return tuple(out)
