"""Record files → rows by role: which column is the id, the date, the status …

Each kind of file names the roles it needs; the column of each role is the
first of its names (from --config, then the defaults) found in the header.
Header matching ignores case, spaces and full-width forms. A missing column
is one message naming the file, the column and the names that were tried.
"""

from __future__ import annotations

import datetime
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from nianbao.errors import InputError
from nianbao.metrics.cellvalues import BadCells, CellError, to_day
from nianbao.metrics.config import ComputeConfig
from nianbao.readers.tabular import Cell, Table, read_table

ROLE_LABELS = {
    "id": "编号",
    "title": "标题",
    "column": "栏目",
    "category": "分类",
    "date": "日期",
    "external": "是否外链",
    "name": "栏目名称",
    "created": "创建日期",
    "special": "是否专栏专题",
    "applicant": "申请人",
    "kind": "申请人类型",
    "item": "事项",
    "step": "环节",
    "status": "状态",
    "received": "收到日期",
    "closed": "办结日期",
    "public": "是否公开答复",
    "start": "开始日期",
    "end": "结束日期",
    "opinions": "意见数",
    "opinion": "意见",
    "published": "结果公布",
    "messages": "网民留言数",
    "answers": "答复数",
}
KIND_LABELS = {
    "content": "信息发布（内容）",
    "columns": "栏目",
    "cases": "办件",
    "messages": "留言",
    "surveys": "征集调查",
    "interviews": "在线访谈",
}


class MissingColumnError(InputError):
    """A record file lacks a column that the figure needs."""

    code = "missing_column"


def _fold(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).lower().split())


@dataclass(frozen=True, slots=True)
class Record:
    row: int
    cells: dict[str, Cell]


@dataclass
class Records:
    table: Table
    kind: str
    columns: dict[str, int]
    """Role → index of its column, for the roles the file has."""
    rows_read: int = 0

    @property
    def source(self) -> str:
        return self.table.where

    def has(self, role: str) -> bool:
        return role in self.columns

    def column_name(self, role: str) -> str:
        return self.table.header[self.columns[role]]

    def day(
        self, record: Record, role: str, zone: datetime.tzinfo, bad: BadCells
    ) -> tuple[datetime.date | None, str | None]:
        """(day, None), or (None, why the row is skipped: `no_date` or `bad_date`)."""
        raw = record.cells.get(role)
        try:
            day = to_day(raw, zone)
        except CellError as exc:
            bad.add(self.source, self.column_name(role), record.row, raw, str(exc))
            return None, "bad_date"
        return (day, None) if day is not None else (None, "no_date")

    def bad(self, bad: BadCells, record: Record, role: str, problem: str) -> None:
        bad.add(self.source, self.column_name(role), record.row, record.cells.get(role), problem)

    def __iter__(self) -> Iterator[Record]:
        for number, cells in self.table.rows:
            self.rows_read += 1
            yield Record(
                number,
                {role: cells[i] if i < len(cells) else None for role, i in self.columns.items()},
            )


def map_columns(
    table: Table,
    kind: str,
    config: ComputeConfig,
    required: tuple[str, ...],
    optional: tuple[str, ...] = (),
) -> Records:
    names = config.columns[kind]
    folded = [_fold(h) for h in table.header]
    found: dict[str, int] = {}
    for role in (*required, *optional):
        for candidate in names[role]:
            key = _fold(candidate)
            if key in folded:
                found[role] = folded.index(key)
                break
    missing = [role for role in required if role not in found]
    if missing:
        wanted = "；".join(
            f"“{ROLE_LABELS.get(role, role)}”列（可用列名：{'、'.join(names[role])}）"
            for role in missing
        )
        present = "、".join(h for h in table.header if h) or "（没有表头）"
        keys = "、".join(f"columns.{kind}.{role}" for role in missing)
        table.close()
        raise MissingColumnError(
            f"{KIND_LABELS.get(kind, kind)}文件缺少{wanted}。文件中的列：{present}。"
            f"如列名不同，请在 --config 配置文件的 {keys} 中写明实际列名。",
            source=table.where,
        )
    return Records(table, kind, found)


def open_records(
    path: Path,
    kind: str,
    config: ComputeConfig,
    required: tuple[str, ...],
    *,
    optional: tuple[str, ...] = (),
    sheet: str | None = None,
) -> Records:
    return map_columns(read_table(path, sheet), kind, config, required, optional)
