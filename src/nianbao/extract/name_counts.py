"""Text of one cell a line: a name's line ending with the count of the label after it (名称
昌平区应急管理局发布 798 | 信息发布量 | (单位:条)), which a converter set beside the name
as the count's cell stands beside the name's, while the count's label wrapped below. The
walk reads the name with the count; this gives the count to that label's field when its
label was read with nothing of its own, or when its label wrapped around the name's line
and was not read at all."""

from __future__ import annotations

import dataclasses
import re

from nianbao.extract.kinds import COUNT_TYPES
from nianbao.extract.labels import normalize_label
from nianbao.extract.placement import Placement
from nianbao.extract.ranking import Candidate, Match, readable
from nianbao.forms.model import Field

# A name (not ending in a digit) and one count after a blank, maybe with its unit (650条).
_NAME_COUNT_RE = re.compile(r"(.*[^\d\s,.]) ([0-9０-９][0-9０-９,，]*)([\u4e00-\u9fff]?)")
_LABEL_LINES = 2
"""Lines below the name's that the count's label may start on."""


def deal_name_counts(walk: Placement, match: Match, walked: int) -> None:
    if walk.doc.format != "text":
        return
    form = walk.index.form
    for f in form.fields:
        if f.type != "str" or f.identifier:
            continue
        found = match.candidates.get(f.key, [])
        after = _next_count(form.fields, f)
        if len(found) != 1 or after is None or after.key in match.candidates:
            continue
        name = found[0]
        parts = _NAME_COUNT_RE.fullmatch(name.raw)
        if parts is None or not readable(after, parts[2]) or parts[3] not in ("", after.unit):
            continue
        if not (_label_below(walk, after, name) or _label_around(walk, after, name)):
            continue
        match.candidates[f.key] = [dataclasses.replace(name, raw=parts[1])]
        count = dataclasses.replace(
            name, field=after, raw=parts[2], confidence=name.confidence * 0.8
        )
        match.add(count)


def _next_count(fields: tuple[Field, ...], f: Field) -> Field | None:
    """The field after f in the form, when a count of f's group."""
    after = next((g for g in fields if g.order == f.order + 1), None)
    if after is None or after.type not in COUNT_TYPES or after.group_ids != f.group_ids:
        return None
    return after


def _label_below(walk: Placement, f: Field, name: Candidate) -> bool:
    """Whether f's label, read, opens one of the lines just below the name's."""
    for r in range(name.row + 1, min(name.row + 1 + _LABEL_LINES, len(walk.rows))):
        tokens = walk.rows[r]
        if tokens and tokens[0].field is f:
            return True
    return False


def _label_around(walk: Placement, f: Field, name: Candidate) -> bool:
    """Whether f's label, not read, wrapped around the name's line: its head alone on the
    line above, its rest opening the line below (信 息 发 布 | 名称 某局 490 | 量(单位: 条));
    its pieces are taken then."""
    if not 0 < name.row < len(walk.rows) - 1:
        return False
    above, below = walk.rows[name.row - 1], walk.rows[name.row + 1]
    if len(above) != 1 or not below or above[0].used or below[0].used:
        return False
    hit = walk.index.lookup(normalize_label(above[0].piece.text + below[0].piece.text))
    if hit is None or f not in hit.fields:
        return False
    above[0].used = below[0].used = True
    above[0].field = f
    return True
