"""The code table a table of reports gives over its header (网站类型：1门户 2部门 3专项；是否：1是
0否, or 1=政府门户网站 2=部门网站), read so that its coded cells (a 1 under 类型) become the
words the form answers with. Each part of the table names what it codes: a field (网站类型,
or a head cut short: 类型) or every yes-or-no question (是否, 是否类指标)."""

from __future__ import annotations

import re

from nianbao.extract.document import Row
from nianbao.extract.labels import LabelIndex, normalize_label
from nianbao.extract.roster_pairs import YES_OR_NO, shortened

_PART_SPLIT_RE = re.compile(r"[；;。\n]")
_PART_RE = re.compile(r"^\s*(?P<head>[\u4e00-\u9fff]{2,12})\s*[:：]?\s*(?P<codes>\d.*)$")
_CODE_RE = re.compile(r"(\d{1,2})\s*[=＝:：.、]?\s*([\u4e00-\u9fff]{1,8})")
_LEAD_RE = re.compile(r"^\s*(?:代码|编码|填写)?(?:说明|注)\s*[:：]\s*")


def roster_codes(lead: list[Row], index: LabelIndex) -> dict[str, dict[str, str]]:
    """Field key (or YES_OR_NO) → code → word, from the rows over a table of reports."""
    codes: dict[str, dict[str, str]] = {}
    for row in lead:
        for cell in row.cells:
            if not any(ch.isdigit() for ch in cell.text):
                continue
            for part in _PART_SPLIT_RE.split(_LEAD_RE.sub("", cell.text)):
                found = _PART_RE.match(part)
                if found is None:
                    continue
                pairs = dict(_CODE_RE.findall(found["codes"]))
                key = _coded(found["head"], index)
                if key is not None and len(pairs) >= 2:
                    codes[key] = pairs
    return codes


def _coded(head: str, index: LabelIndex) -> str | None:
    """What a part of the code table codes: a field's key, or YES_OR_NO."""
    if head.startswith("是否") and len(head) <= 5:  # 是否, 是否类, 是否类指标
        return YES_OR_NO
    norm = normalize_label(head)
    hit = index.lookup(norm)
    if hit is not None and len(hit.fields) == 1:
        return hit.fields[0].key
    field = shortened(norm, index.form)
    return None if field is None else field.key
