"""A row of a table of reports laid out as the form sets a report out: each header label
beside the row's value in its column, under the names the head rows above give the column
(信息发布 over 总数) where they change; values written short as tables of reports write
them (1/0 for 是/否, 门户 for 政府门户网站) in the form's words (extract.roster)."""

from __future__ import annotations

import dataclasses
import functools
import re

from nianbao.extract.document import Cell, Row
from nianbao.extract.labels import LabelHit, LabelIndex, normalize_label
from nianbao.extract.misread import option_labels
from nianbao.extract.prose import column_heads
from nianbao.forms.model import Field, Form

YES_OR_NO = "bool"
"""A code table's key for every yes-or-no question's codes (`roster_codes`)."""
_BIT_ANSWERS = {"1": "是", "0": "否"}
"""A yes-or-no column of a table of reports answered in bits, as systems export them."""


def _bit_answer(value: Cell, hit: LabelHit | None) -> Cell:
    """A 1 or 0 under a yes-or-no question's head as 是 or 否; other heads' stay figures."""
    if hit is None or not hit.fields or any(f.type != "bool" for f in hit.fields):
        return value
    return dataclasses.replace(value, text=_BIT_ANSWERS[value.text.strip()])


def _short_option(value: Cell, hit: LabelHit | None) -> Cell:
    """An option written short under a one-of choice's head (门户, 部门, 专项 for 网站类型) as
    the option's name: the only one whose name holds it."""
    if hit is None or len(hit.fields) != 1 or hit.fields[0].type != "enum":
        return value
    short = normalize_label(value.text)
    names = [c.label for c in hit.fields[0].choices if short and short in c.label]
    if len(names) != 1 or names[0] == short:
        return value
    return dataclasses.replace(value, text=names[0])


def _coded_answer(value: Cell, hit: LabelHit | None, codes: dict[str, dict[str, str]]) -> Cell:
    """A code under a head the table's code table names (1 under 类型) as its word."""
    if hit is None or len(hit.fields) != 1:
        return value
    field = hit.fields[0]
    table = codes.get(field.key) or (codes.get(YES_OR_NO) if field.type == "bool" else None)
    word = None if table is None else table.get(value.text.strip())
    return value if word is None else dataclasses.replace(value, text=word)


def report_pairs(
    above: list[Row],
    header: Row,
    report: Row,
    index: LabelIndex,
    before: Row | None = None,
    *,
    codes: dict[str, dict[str, str]] | None = None,
) -> list[Row]:
    values = {c.col: c for c in report.cells if not c.copy}
    for c in report.cells:
        if c.copy and c.col not in values and _carried(c, before):
            values[c.col] = dataclasses.replace(c, copy=False)  # the row's own value
    shown: list[str | None] = [None] * len(above)
    taken: frozenset[Field] | None = None  # worked out for the first head cut short
    out: list[Row] = []
    for cell in header.cells:
        if cell.copy or not cell.text.strip() or column_heads(cell.text, index.form):
            continue  # 序号: the row's number, no report's value (read as a title's year)
        label = cell
        norm = normalize_label(label.text)
        if cell.col not in values and norm in listed_options(index.form):
            continue  # an option's column left blank: not chosen (its name alone reads as one)
        hit = index.lookup(norm)
        named = displayed(index.form).get(norm)
        if named is None and hit is None:
            named = shortened(norm, index.form)
            if named is None:
                taken = _taken(header, index) if taken is None else taken
                named = shortened(norm, index.form, taken)
        if named is not None and hit is None:
            # nianbao's own name for the field (its summary's headers: 在线访谈网民留言数量),
            # or a label shortened to fit a narrow column (回应热点数量, 类型): the form's
            # groups and label, as the form sets them out.
            out.extend(dataclasses.replace(header, cells=(Cell(g, label.col),)) for g in named.path)
            label = dataclasses.replace(label, text=named.label)
        for level, row in enumerate(above):
            # A merged name keeps its text in its first column: the last one at or before.
            name = next((c.text for c in reversed(row.cells) if c.col <= label.col), None)
            if name is not None and name != shown[level]:
                shown[level] = name
                if name:  # blank where the column's own label stands at this level
                    out.append(dataclasses.replace(row, cells=(Cell(name, label.col),)))
        value = values.get(label.col)
        if value is not None:
            # The head's field, looked up once for both ways a value may be written short.
            hit = index.lookup(norm if label is cell else normalize_label(label.text))
            if codes and value.text.strip().isdigit():
                value = _coded_answer(value, hit, codes)
            if value.text.strip() in _BIT_ANSWERS:
                value = _bit_answer(value, hit)
            else:
                value = _short_option(value, hit)
        named_site = _site_and_address(label, value, header, index)
        if named_site is not None:
            out += [dataclasses.replace(report, cells=pair) for pair in named_site]
            continue
        cells = (label,) if value is None else (label, value)
        out.append(dataclasses.replace(report, cells=cells))
    return out


_NAME_URL_RE = re.compile(
    r"(?P<name>[^\s(（]*[\u4e00-\u9fff][^(（]*?)\s*[（(]?\s*"
    r"(?P<url>(?:https?://|www\.)[^\s()（）]+)\s*[）)]?\s*"
)
"""A site's name with its address after it, in brackets or on a line of its own."""


def _site_and_address(
    label: Cell, value: Cell | None, header: Row, index: LabelIndex
) -> list[tuple[Cell, Cell]] | None:
    """A site's name column holding the site's address too (某市人民政府（http://…）, under
    网站名称, 网站名称（首页网址） or 网站名称及首页网址), where no column of the table is
    the address's: the name's pair and the address's."""
    form = index.form
    name_field, url_field = form.by_key.get("site_name"), form.by_key.get("homepage_url")
    if value is None or name_field is None or url_field is None:
        return None
    found = _NAME_URL_RE.fullmatch(value.text.strip())
    if found is None or not normalize_label(label.text).startswith(
        normalize_label(name_field.label)
    ):
        return None
    addressed = (index.lookup(normalize_label(c.text)) for c in header.cells if c is not label)
    if any(hit is not None and url_field in hit.fields for hit in addressed):
        return None  # the address has a column of its own: the cell's is a remark
    return [
        (
            dataclasses.replace(label, text=name_field.label),
            dataclasses.replace(value, text=found["name"].strip()),
        ),
        (
            dataclasses.replace(label, text=url_field.label),
            dataclasses.replace(value, text=found["url"]),
        ),
    ]


def _carried(cell: Cell, before: Row | None) -> bool:
    """Whether a merge's copy is a cell merged down from the report row before (主办单位
    spanning a unit's two sites): each row's value, where a copy across a row is not."""
    if before is None or not cell.text.strip():
        return False
    return any(c.col == cell.col and c.text == cell.text for c in before.cells)


@functools.cache
def listed_options(form: Form) -> frozenset[str]:
    """The options of the form's choices of several answers (搜索即服务 …), normalised."""
    return frozenset(name for f in form.fields if f.type == "list" for name in option_labels(f))


@functools.cache
def displayed(form: Form) -> dict[str, Field]:
    """Each field's display name (the name nianbao gives it in messages and in the headers
    of its summaries), normalised."""
    return {normalize_label(f.display): f for f in form.fields}


_SHORTEST = 3
"""Characters a shortened label keeps at least (2 where it is the label's end or start: 类型,
法人)."""


def shortened(norm: str, form: Form, taken: frozenset[Field] = frozenset()) -> Field | None:
    """The one field one of whose labels holds the head's characters in order (回应热点数量
    in 回应公众关注热点或重大舆情数量), when only one does: a roster's column head cut
    short. Fields whose labels hold it only as a group's generic word (数量) are many; so are
    those of 事项数 (政务服务事项数量, 可全程在线办理政务服务事项数量) until the `taken` fields
    other heads of the table name are left out."""
    if len(norm) < 2:
        return None
    found = {
        f
        for f in form.fields
        if f not in taken
        for label in f.labels
        if _holds(normalize_label(label), norm)
        and (
            len(norm) >= _SHORTEST
            or normalize_label(label).endswith(norm)
            or normalize_label(label).startswith(norm)
        )
    }
    return found.pop() if len(found) == 1 else None


def _taken(header: Row, index: LabelIndex) -> frozenset[Field]:
    """The fields a header's heads name each alone (by a label, or cut short)."""
    out: set[Field] = set()
    for cell in header.cells:
        norm = normalize_label(cell.text)
        hit = index.lookup(norm)
        field = hit.fields[0] if hit is not None and len(hit.fields) == 1 else None
        field = field or displayed(index.form).get(norm) or shortened(norm, index.form)
        if field is not None:
            out.add(field)
    return frozenset(out)


def _holds(label: str, short: str) -> bool:
    """Whether `label` holds `short`'s characters in order."""
    at = 0
    for char in short:
        at = label.find(char, at) + 1
        if not at:
            return False
    return len(short) < len(label)
