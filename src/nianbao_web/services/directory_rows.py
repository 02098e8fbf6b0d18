"""The directory files (an XLSX workbook or CSV files) → rows of cells by canonical column.

Which sheet or CSV file holds which table, and the headers each table accepts, come
from `directory_columns.yaml`. Files are read by `nianbao.readers.tabular` (ZIP bombs,
DTDs, sizes and encodings handled there). Every problem names the file, the sheet,
the row as the spreadsheet numbers it and the column as its header is written.
Cells are typed and checked in `directory_cells.py`, rows against each other and the
database in `directory_plan.py`. The two records an import reports, a Problem and a
planned Change, are defined here.
"""

from __future__ import annotations

import datetime
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from nianbao.errors import InputError, UsageError
from nianbao.readers import tabular

Cell = tabular.Cell
TABLES = ("organisations", "sites", "users")


@dataclass(frozen=True, slots=True)
class Problem:
    file: str
    sheet: str | None
    row: int | None
    column: str | None
    message: str
    fix: str

    @property
    def where(self) -> str:
        parts = [f"文件「{self.file}」"]
        if self.sheet:
            parts.append(f"工作表「{self.sheet}」")
        if self.row:
            parts.append(f"第 {self.row} 行")
        if self.column:
            parts.append(f"「{self.column}」列")
        return "".join(parts)

    def text(self) -> str:
        return f"{self.where}：{self.message} 修改：{self.fix}"

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class Row:
    table: str
    file: str
    sheet: str | None
    number: int
    cells: dict[str, Cell]
    """Canonical column → the cell as read (blank cells absent)."""
    headers: dict[str, str]
    """Canonical column → its header as written in the file."""

    @property
    def where(self) -> str:
        sheet = f"「{self.sheet}」" if self.sheet else ""
        return f"{self.file}{sheet} 第 {self.number} 行"

    def problem(self, column: str | None, message: str, fix: str) -> Problem:
        header = self.headers.get(column, column_label(self.table, column)) if column else None
        return Problem(self.file, self.sheet, self.number, header, message, fix)


@dataclass(slots=True)
class Sources:
    rows: dict[str, list[Row]] = field(default_factory=lambda: {t: [] for t in TABLES})
    problems: list[Problem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def display(value: Any) -> str:
    if value is None or value == "":
        return "（空）"
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, datetime.date):
        return value.isoformat()
    return str(value)


@dataclass(slots=True)
class Change:
    table: str
    """organisations | sites | events | users | memberships."""
    key: str
    """The row's code or username as stored now (a renamed site: its old code)."""
    action: str
    """create | update | unchanged | event."""
    label: str
    where: str
    fields: dict[str, tuple[str, str]] = field(default_factory=dict)
    """Field label → (old, new) as shown to people."""
    values: dict[str, Any] = field(default_factory=dict)
    """Model attribute → new value (codes for related rows): what apply writes."""

    @property
    def summary(self) -> str:
        if self.action == "create":
            return "新建"
        return "；".join(f"{name}：{old} → {new}" for name, (old, new) in self.fields.items())

    def to_dict(self) -> dict[str, Any]:
        return {
            "table": self.table,
            "key": self.key,
            "action": self.action,
            "label": self.label,
            "where": self.where,
            "fields": {name: list(pair) for name, pair in self.fields.items()},
        }


@cache
def columns() -> dict[str, Any]:
    text = Path(__file__).with_name("directory_columns.yaml").read_text(encoding="utf-8")
    data: dict[str, Any] = yaml.safe_load(text)
    return data


def fold(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def column_label(table: str, column: str) -> str:
    """How a column is named in messages when the file has no such header."""
    return str(columns()["tables"][table]["columns"][column][0])


def _table_of_sheet(name: str) -> str | None:
    for table, spec in columns()["tables"].items():
        if fold(name) in {fold(s) for s in spec["sheets"]}:
            return str(table)
    return None


def _table_of_header(header: Sequence[str]) -> str | None:
    folded = {fold(h) for h in header}
    for table, spec in columns()["tables"].items():
        if folded & {fold(label) for label in spec["columns"][spec["key"]]}:
            return str(table)
    return None


def read_files(files: Iterable[tuple[Path, str]]) -> Sources:
    """Read every file (path, name shown in messages); a file that cannot be read is a problem."""
    out = Sources()
    for path, name in files:
        try:
            sheets = tabular.sheet_names(path)
            if sheets:
                for sheet in sheets:
                    _read_table(path, name, sheet, out)
            else:
                _read_table(path, name, None, out)
        except (InputError, UsageError) as exc:
            fix = "请确认文件是 .xlsx 工作簿或 UTF-8/GBK 编码的 .csv 文件，且未加密、未损坏。"
            out.problems.append(Problem(name, None, None, None, exc.message, fix))
    return out


def _read_table(path: Path, name: str, sheet: str | None, out: Sources) -> None:
    table = tabular.read_table(path, sheet)
    try:
        kind = (_table_of_sheet(sheet) if sheet else None) or _table_of_header(table.header)
        if kind is None:
            if sheet is not None:
                out.notes.append(
                    f"已忽略「{name}」的工作表「{sheet}」：工作表名和表头都不是机构、网站或用户表。"
                )
                return
            keys = "、".join(
                f"{spec['label']}表「{spec['columns'][spec['key']][0]}」"
                for spec in columns()["tables"].values()
            )
            out.problems.append(
                Problem(
                    name,
                    None,
                    1,
                    None,
                    "无法识别这是哪张表：表头中没有用于识别的列。",
                    f"请在第一行写上表头，例如{keys}。",
                )
            )
            return
        mapping = _map_header(kind, name, sheet, table.header, out)
        if mapping is None:
            return
        headers = {canonical: table.header[i] for i, canonical in mapping.items()}
        for number, cells in table.rows:
            values: dict[str, Cell] = {}
            for index, canonical in mapping.items():
                cell = cells[index] if index < len(cells) else None
                if isinstance(cell, str):
                    cell = cell.strip()
                if cell is not None and cell != "":
                    values[canonical] = cell
            if values:
                out.rows[kind].append(Row(kind, name, sheet, number, values, headers))
    finally:
        table.close()


def _map_header(
    kind: str, name: str, sheet: str | None, header: Sequence[str], out: Sources
) -> dict[int, str] | None:
    """Column index → canonical column; None (with problems recorded) when unusable."""
    spec = columns()["tables"][kind]
    by_label = {fold(label): col for col, labels in spec["columns"].items() for label in labels}
    ignored = {fold(word) for word in columns()["ignored"]}
    mapping: dict[int, str] = {}
    seen: dict[str, str] = {}
    ok = True
    for index, text in enumerate(header):
        folded = fold(str(text))
        if not folded or folded in ignored:
            continue
        canonical = by_label.get(folded)
        if canonical is None:
            known = "、".join(labels[0] for labels in spec["columns"].values())
            out.problems.append(
                Problem(
                    name,
                    sheet,
                    1,
                    str(text),
                    f"{spec['label']}表中没有「{text}」这一列。",
                    f"请改用以下列名之一：{known}；备注类的列可命名为“备注”。",
                )
            )
            ok = False
        elif canonical in seen:
            out.problems.append(
                Problem(
                    name,
                    sheet,
                    1,
                    str(text),
                    f"「{text}」与「{seen[canonical]}」是同一列，重复了。",
                    "请删去其中一列。",
                )
            )
            ok = False
        else:
            mapping[index] = canonical
            seen[canonical] = str(text)
    if spec["key"] not in seen:
        label = spec["columns"][spec["key"]][0]
        out.problems.append(
            Problem(
                name,
                sheet,
                1,
                label,
                f"{spec['label']}表缺少「{label}」列。",
                f"请在表头加上「{label}」列。",
            )
        )
        ok = False
    return mapping if ok else None
