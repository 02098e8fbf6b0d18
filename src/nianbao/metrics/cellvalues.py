"""Cells of record files → days, yes/no flags and counts, the way people export them."""

from __future__ import annotations

import datetime

from nianbao.normalize import NormalizeError, is_blank, parse_bool, parse_date, parse_int
from nianbao.readers.tabular import Cell

_EXCEL_EPOCH = datetime.date(1899, 12, 30)
_YES = frozenset(
    {"外链", "是外链", "公开", "已公开", "公布", "已公布", "已发布", "发布", "专栏", "专题"}
)
_NO = frozenset({"不公开", "未公开", "未公布", "未发布", "内部", "非外链", "站内", "普通栏目"})


class CellError(ValueError):
    """A cell that cannot be read as what its column holds."""


def blank(raw: Cell) -> bool:
    return raw is None or (isinstance(raw, str) and is_blank(raw))


def to_day(raw: Cell, zone: datetime.tzinfo) -> datetime.date | None:
    """The calendar day, in the site's zone, of a date or date-time cell (None when blank).

    A time with an offset (2023-12-31T16:30:00+00:00) is moved to the site's
    zone first: that one is 2024-01-01 in Shanghai. Times without one are
    taken as the site's own.
    """
    if blank(raw):
        return None
    if isinstance(raw, datetime.datetime):
        return raw.astimezone(zone).date() if raw.tzinfo else raw.date()
    if isinstance(raw, datetime.date):
        return raw
    if isinstance(raw, int | float) and not isinstance(raw, bool) and 1 <= raw < 100_000:
        return _EXCEL_EPOCH + datetime.timedelta(days=int(raw))  # an Excel serial day number
    if isinstance(raw, str):
        text = raw.strip()
        if "T" in text or "+" in text[10:] or text.endswith("Z"):
            try:
                moment = datetime.datetime.fromisoformat(text.replace("Z", "+00:00"))
            except ValueError:
                pass
            else:
                return moment.astimezone(zone).date() if moment.tzinfo else moment.date()
    try:
        return parse_date(raw)
    except NormalizeError as exc:
        raise CellError(str(exc)) from None


def to_flag(raw: Cell) -> bool | None:
    if blank(raw):
        return None
    if isinstance(raw, str) and raw.strip() in _YES:
        return True
    if isinstance(raw, str) and raw.strip() in _NO:
        return False
    try:
        return parse_bool(raw)
    except NormalizeError as exc:
        raise CellError(str(exc)) from None


def to_count(raw: Cell) -> int | None:
    if blank(raw):
        return None
    if isinstance(raw, float) and raw.is_integer():
        raw = int(raw)
    try:
        value = parse_int(raw)
    except NormalizeError as exc:
        raise CellError(str(exc)) from None
    if value is not None and value < 0:
        raise CellError(f"「{raw}」是负数")
    return value


def to_text(raw: Cell) -> str:
    if blank(raw):
        return ""
    if isinstance(raw, float) and raw.is_integer():
        return str(int(raw))
    return " ".join(str(raw).split())


class BadCells:
    """Cells that could not be read: counted per column, with the first few shown."""

    def __init__(self, shown: int = 3) -> None:
        self.shown = shown
        self.counts: dict[tuple[str, str], int] = {}
        self.examples: dict[tuple[str, str], list[str]] = {}

    def add(self, source: str, column: str, row: int, raw: Cell, problem: str) -> None:
        key = (source, column)
        self.counts[key] = self.counts.get(key, 0) + 1
        examples = self.examples.setdefault(key, [])
        if len(examples) < self.shown:
            examples.append(f"第 {row} 行「{to_text(raw)[:40]}」（{problem}）")

    def notes(self) -> list[str]:
        return [
            f"{source}：“{column}”列有 {count:,} 个值无法识别，这些行未计入："
            + "；".join(self.examples[(source, column)])
            + ("…" if count > len(self.examples[(source, column)]) else "")
            for (source, column), count in self.counts.items()
        ]
