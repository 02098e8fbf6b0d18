"""Content export (the CMS's list of published items) → 信息发布 (二、1–4).

One row per published item: 编号, 标题, 栏目, 分类 (optional), 发布日期,
是否外链 (optional). An item counts in the year of its publication date (in
the site's time zone); external links (外链) never count (二、1). The same
编号 on several rows (an item shown in several columns) is one item for the
total, and counts once in each category it belongs to — the form allows the
three categories to overlap. An item's category is its 分类 cell when that
names one (概况类 / 政务动态 / 信息公开目录), else the category of its
column, or of any column above it in the column path, from the config's
`content.categories`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field

from nianbao.metrics.cellvalues import BadCells, CellError, to_flag, to_text
from nianbao.metrics.config import ComputeConfig
from nianbao.metrics.explain import Computed, Explain
from nianbao.metrics.records import Records
from nianbao.metrics.sitetime import SiteTime

TOTAL = "info_total"
CATEGORY_KEYS = {
    "overview": "info_overview",
    "news": "info_news",
    "disclosure": "info_disclosure",
}
CATEGORY_NAMES = {"overview": "概况类", "news": "政务动态", "disclosure": "信息公开目录"}
CATEGORY_CLAUSES = {"overview": "二、2", "news": "二、3", "disclosure": "二、4"}
ROLES = ("id", "column", "date")
OPTIONAL = ("title", "category", "external")
_PATH_SPLIT = re.compile(r"\s*(?:/|>|＞|》|\\|→)\s*")


def fold(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).lower().split())


def column_path(text: str) -> list[str]:
    """The column and the columns above it: 信息公开/机构职能 → [信息公开, 机构职能]."""
    return [fold(p) for p in _PATH_SPLIT.split(text) if p.strip()]


@dataclass
class Items:
    """What the content file says, once read: this year's items, and the rows skipped."""

    rows_read: int = 0
    skipped: dict[str, int] = field(default_factory=dict)
    kept: list[tuple[str, frozenset[str]]] = field(default_factory=list)
    """(编号, categories) of each row published this year that is not an external link."""
    columns: dict[str, int] = field(default_factory=dict)
    """Folded column text → items published in it this year (for 专栏专题)."""

    def skip(self, reason: str) -> None:
        self.skipped[reason] = self.skipped.get(reason, 0) + 1


def _categoriser(config: ComputeConfig) -> Callable[[str, str], frozenset[str]]:
    """(分类 cell, column) → the categories the item belongs to."""
    words = {fold(w): cat for cat, ws in config.content.category_words.items() for w in ws}
    names = {fold(n): cat for cat, ns in config.content.categories.items() for n in ns}

    def categories(category: str, column: str) -> frozenset[str]:
        if category and fold(category) in words:
            return frozenset({words[fold(category)]})
        return frozenset(names[p] for p in [*column_path(column), fold(column)] if p in names)

    return categories


def read_items(records: Records, config: ComputeConfig, when: SiteTime, bad: BadCells) -> Items:
    items = Items()
    categories_of = _categoriser(config)
    for record in records:
        items.rows_read += 1
        cells = record.cells
        day, why = records.day(record, "date", when.zone, bad)
        if day is None:
            items.skip(why or "no_date")
            continue
        if not when.in_year(day):
            items.skip("outside_year")
            continue
        try:
            external = to_flag(cells.get("external")) or False
        except CellError as exc:
            name = records.column_name("external")
            bad.add(records.source, name, record.row, cells.get("external"), str(exc))
            items.skip("bad_flag")
            continue
        if external:
            items.skip("external_link")
            continue
        item_id = to_text(cells["id"]) or f"第{record.row}行"
        column = to_text(cells["column"])
        items.columns[fold(column)] = items.columns.get(fold(column), 0) + 1
        items.kept.append((item_id, categories_of(to_text(cells.get("category")), column)))
    return items


def _tally(items: Items, category: str | None) -> tuple[int, dict[str, int]]:
    """Distinct 编号 among the kept rows (of one category, or all), and why the others are out."""
    skipped = dict(items.skipped)
    seen: set[str] = set()
    for item_id, categories in items.kept:
        if category is not None and category not in categories:
            skipped["not_in_category"] = skipped.get("not_in_category", 0) + 1
        elif item_id in seen:
            skipped["duplicate"] = skipped.get("duplicate", 0) + 1
        else:
            seen.add(item_id)
    return len(seen), skipped


def count_content(items: Items, inputs: list[str]) -> Computed:
    computed = Computed()
    total, skipped = _tally(items, None)
    total_rule = (
        "信息发布总数（二、1）：发布日期（按网站所在时区）在本年度内的信息条数，按编号去重"
        "（同一信息出现在多个栏目只计一次），不包括外链信息（“是否外链”为是的行）。"
    )
    computed.add(TOTAL, total, Explain(total_rule, inputs, items.rows_read, skipped))
    for category, key in CATEGORY_KEYS.items():
        count, skipped = _tally(items, category)
        rule = (
            f"{CATEGORY_NAMES[category]}信息更新量（{CATEGORY_CLAUSES[category]}）：本年度、非外链、"
            "按编号去重的信息中，"
            f"“分类”列为{CATEGORY_NAMES[category]}，或所属栏目（含上级栏目）在配置 "
            f"content.categories.{category} 中的条数；同一信息可同时计入几类。"
        )
        computed.add(key, count, Explain(rule, inputs, items.rows_read, skipped))
    unsorted = {item_id for item_id, categories in items.kept if not categories}
    if unsorted:
        computed.notes.append(
            f"内容文件中有 {len(unsorted):,} 条本年度信息不属于概况类、政务动态或信息公开目录"
            "（只计入总数）；如有遗漏，请在配置 content.categories 中补充栏目名称。"
        )
    return computed
