"""The site's columns (栏目) → 专栏专题 维护数量 and 新开设数量 (三、1–2).

The columns table has one row per column: 栏目名称, 创建日期 and 是否专栏专题
(without that column, every row is a 专栏专题). It comes from `--columns FILE`
or from a sheet named 栏目 / 专栏专题 / columns of the content workbook.

* 维护数量: 专栏专题 with at least one item published this year (not an
  external link) in the column itself or in a column below it
  (专栏/子栏目), from the content file.
* 新开设数量: 专栏专题 whose creation date falls in this year.
"""

from __future__ import annotations

from nianbao.metrics.cellvalues import BadCells, CellError, to_flag, to_text
from nianbao.metrics.content import Items, column_path, fold
from nianbao.metrics.explain import Computed, Explain
from nianbao.metrics.records import Records
from nianbao.metrics.sitetime import SiteTime

MAINTAINED = "columns_maintained"
NEW = "columns_new"
ROLES = ("name",)
OPTIONAL = ("created", "special")
SHEETS = ("栏目", "专栏专题", "专栏", "columns")


def count_specials(
    records: Records,
    items: Items | None,
    when: SiteTime,
    bad: BadCells,
    inputs: list[str],
) -> Computed:
    specials: list[tuple[str, int]] = []
    skipped_all: dict[str, int] = {}
    new = 0
    new_skipped: dict[str, int] = {}
    seen: set[str] = set()

    def skip(into: dict[str, int], reason: str) -> None:
        into[reason] = into.get(reason, 0) + 1

    for record in records:
        cells = record.cells
        name = to_text(cells["name"])
        try:
            special = to_flag(cells.get("special")) if records.has("special") else True
        except CellError as exc:
            column = records.column_name("special")
            bad.add(records.source, column, record.row, cells.get("special"), str(exc))
            special = None
        if not special or not name:
            reason = "not_special" if special is False or not name else "bad_flag"
            skip(skipped_all, reason)
            skip(new_skipped, reason)
            continue
        if fold(name) in seen:
            skip(skipped_all, "duplicate")
            skip(new_skipped, "duplicate")
            continue
        seen.add(fold(name))
        specials.append((name, record.row))
        if records.has("created"):
            day, why = records.day(record, "created", when.zone, bad)
            if day is None:
                skip(new_skipped, why or "no_date")
            elif when.in_year(day):
                new += 1
            else:
                skip(new_skipped, "outside_year")
    computed = Computed()
    if records.has("created"):
        rule = (
            "专栏专题新开设数量（三、2）：栏目表中是专栏专题、创建日期（按网站所在时区）在本年度内的个数，"
            "按栏目名称去重。"
        )
        computed.add(NEW, new, Explain(rule, inputs, records.rows_read, new_skipped))
    if items is not None:
        maintained = 0
        for name, _ in specials:
            path = column_path(name)
            if any(_below(column, path, fold(name)) for column in items.columns):
                maintained += 1
            else:
                skip(skipped_all, "no_item_this_year")
        rule = (
            "专栏专题维护数量（三、1）：栏目表中是专栏专题、且本年度在该栏目或其下级栏目发布过"
            "至少一条信息（不含外链）的个数，按栏目名称去重。"
        )
        computed.add(MAINTAINED, maintained, Explain(rule, inputs, records.rows_read, skipped_all))
    return computed


def _below(column: str, special_path: list[str], special: str) -> bool:
    """Whether an item's column (folded text) is the 专栏 itself or lies below it."""
    if column == special:
        return True
    path = column_path(column)
    for start in range(len(path) - len(special_path) + 1):
        if path[start : start + len(special_path)] == special_path:
            return True
    return False
