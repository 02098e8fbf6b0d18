"""Tables exported from a CMS or a service system (CSV or XLSX) → header and rows.

These are the record files of `nianbao compute` (content items, cases,
messages …): far larger than a report, so the limits here are their own.
CSV is read by DuckDB's reader (delimiter sniffed, quotes handled, every cell
as text); a GBK/GB18030 file is first transcoded to UTF-8 in a temporary
file. XLSX is read with openpyxl in read-only mode, after the ZIP has been
checked for bombs and its XML parts for DTDs and entities.
"""

from __future__ import annotations

import codecs
import datetime
import tempfile
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import duckdb
import openpyxl  # type: ignore[import-untyped]

from nianbao.errors import InputError, TooLargeError, UnsafeInputError, UnsupportedFormatError
from nianbao.readers.limits import read_limited

MAX_TABLE_BYTES = 2 * 1024**3
"""A CSV export; a year of cases of a large city is some hundreds of MB."""
MAX_XLSX_BYTES = 200 * 1024**2
MAX_XLSX_UNPACKED = 2 * 1024**3
MAX_XLSX_RATIO = 200
MAX_ROWS = 10_000_000
MAX_COLUMNS = 500
_BATCH = 10_000

Cell = str | int | float | bool | datetime.datetime | datetime.date | datetime.time | None


@dataclass
class Table:
    source: str
    header: list[str]
    rows: Iterator[tuple[int, list[Cell]]]
    """(row number as the file shows it, 1 = header row; cells in header order)."""
    sheet: str | None = None
    close: Callable[[], None] = lambda: None
    """Releases the file (reading every row does it too); safe to call twice."""

    @property
    def where(self) -> str:
        return f"{self.source}（工作表“{self.sheet}”）" if self.sheet else self.source


def _limit(head: bytes) -> tuple[int, str]:
    return (
        (MAX_XLSX_BYTES, "XLSX 文件")
        if head.startswith(b"PK\x03\x04")
        else (MAX_TABLE_BYTES, "表格文件")
    )


def _kind(path: Path) -> str:
    head = read_limited(path, MAX_TABLE_BYTES, "表格文件", limit_for=_limit, head=8)
    if head.startswith(b"PK\x03\x04"):
        return "xlsx"
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise UnsupportedFormatError(
            "这是旧版 Excel（.xls）或加密的文件：请在 Excel/WPS 中另存为 .xlsx 或 .csv 再试。",
            source=str(path),
        )
    return "csv"


def read_table(path: Path, sheet: str | None = None) -> Table:
    """The first (or the named) sheet of an XLSX file, or a CSV file."""
    if _kind(path) == "xlsx":
        return _read_xlsx(path, sheet)
    if sheet is not None:
        raise InputError("CSV 文件没有工作表。", source=str(path))
    return _read_csv(path)


def sheet_names(path: Path) -> list[str]:
    """The sheets of an XLSX file ([] for CSV)."""
    if _kind(path) != "xlsx":
        return []
    book = _open_book(path)
    try:
        return list(book.sheetnames)
    finally:
        book.close()


# --------------------------------------------------------------------------- CSV


def _utf8_copy(path: Path, folder: str) -> Path:
    """The file itself when it is UTF-8, else a UTF-8 copy of it (GB18030 is a superset of GBK)."""
    with path.open("rb") as handle:
        head = handle.read(1 << 20)
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
        return path
    except UnicodeDecodeError:
        pass
    target = Path(folder) / "utf8.csv"
    decoder = codecs.getincrementaldecoder("gb18030")(errors="strict")
    try:
        with path.open("rb") as source, target.open("w", encoding="utf-8") as out:
            while chunk := source.read(1 << 20):
                out.write(decoder.decode(chunk))
            out.write(decoder.decode(b"", final=True))
    except UnicodeDecodeError:
        raise InputError(
            "无法识别文件的文字编码（不是 UTF-8 或 GBK/GB18030）：请另存为 UTF-8 编码的 CSV。",
            source=str(path),
        ) from None
    return target


def _read_csv(path: Path) -> Table:
    source = str(path)
    folder = tempfile.TemporaryDirectory(prefix="nianbao-table-")
    con = duckdb.connect()
    try:
        readable = _utf8_copy(path, folder.name)
        con.execute("SET threads = 2")
        con.execute("SET enable_progress_bar = false")  # it would write on stdout
        cursor = con.execute(
            "SELECT * FROM read_csv(?, header = true, all_varchar = true, "
            "auto_detect = true, sample_size = 20480, null_padding = true, strict_mode = false)",
            [str(readable)],
        )
        header = [str(d[0]).strip() for d in cursor.description or []]
    except duckdb.Error as exc:
        con.close()
        folder.cleanup()
        raise InputError(f"无法读取 CSV 文件：{_first_line(exc)}", source=source) from None
    except BaseException:
        con.close()
        folder.cleanup()
        raise
    if len(header) > MAX_COLUMNS:
        con.close()
        folder.cleanup()
        raise UnsafeInputError(
            f"表格有 {len(header)} 列，超过 {MAX_COLUMNS} 列的上限。", source=source
        )

    def close() -> None:
        con.close()
        folder.cleanup()

    def rows() -> Iterator[tuple[int, list[Cell]]]:
        number = 1
        try:
            while batch := cursor.fetchmany(_BATCH):
                for values in batch:
                    number += 1
                    if number > MAX_ROWS + 1:
                        raise TooLargeError(f"表格超过 {MAX_ROWS:,} 行的上限。", source=source)
                    yield number, list(values)
        except duckdb.Error as exc:
            raise InputError(
                f"读取 CSV 文件第 {number} 行附近时出错：{_first_line(exc)}", source=source
            ) from None
        finally:
            close()

    return Table(source, header, rows(), close=close)


def _first_line(exc: Exception) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


# --------------------------------------------------------------------------- XLSX


def _check_zip(path: Path) -> None:
    source = str(path)
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            total = 0
            for info in infos:
                if info.flag_bits & 0x1:
                    raise InputError("XLSX 文件已加密：请去掉密码后再读取。", source=source)
                total += info.file_size
                ratio = info.file_size / max(1, info.compress_size)
                if info.file_size > 1024**2 and ratio > MAX_XLSX_RATIO:
                    raise UnsafeInputError(
                        f"XLSX 文件中的 {info.filename} 压缩比为 {ratio:,.0f}，"
                        "疑似压缩炸弹，拒绝读取。",
                        source=source,
                    )
                if info.filename.endswith((".xml", ".rels")):
                    with archive.open(info) as part:
                        head = part.read(4096)
                    if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
                        raise UnsafeInputError(
                            f"XLSX 文件中的 {info.filename} 含有 DTD/实体声明，拒绝读取。",
                            source=source,
                        )
            if total > MAX_XLSX_UNPACKED:
                raise UnsafeInputError(
                    f"XLSX 文件解压后共 {total:,} 字节，超过 {MAX_XLSX_UNPACKED:,} 字节的上限。",
                    source=source,
                )
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        raise InputError(f"XLSX 文件已损坏，无法打开（{exc}）。", source=source) from None


def _open_book(path: Path) -> openpyxl.Workbook:
    _check_zip(path)
    try:
        return openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a broken file
        raise InputError(f"XLSX 文件无法打开：{_first_line(exc)}", source=str(path)) from None


def _read_xlsx(path: Path, sheet: str | None) -> Table:
    source = str(path)
    book = _open_book(path)
    if sheet is not None and sheet not in book.sheetnames:
        names = "、".join(book.sheetnames)
        book.close()
        raise InputError(f"XLSX 文件中没有名为“{sheet}”的工作表（有：{names}）。", source=source)
    ws = book[sheet] if sheet is not None else book.worksheets[0]
    values = ws.iter_rows(values_only=True)
    header: list[str] = []
    number = 0
    for cells in values:
        number += 1
        if any(c is not None and str(c).strip() for c in cells):
            header = ["" if c is None else str(c).strip() for c in cells]
            break
    while header and not header[-1]:
        header.pop()
    if len(header) > MAX_COLUMNS:
        book.close()
        raise UnsafeInputError(
            f"表格有 {len(header)} 列，超过 {MAX_COLUMNS} 列的上限。", source=source
        )
    width = len(header)
    start = number

    def rows() -> Iterator[tuple[int, list[Cell]]]:
        row_number = start
        try:
            for cells in values:
                row_number += 1
                if row_number > MAX_ROWS + start:
                    raise TooLargeError(f"表格超过 {MAX_ROWS:,} 行的上限。", source=source)
                row = [_cell(c) for c in cells[:width]]
                if any(c is not None and c != "" for c in row):
                    yield row_number, row + [None] * (width - len(row))
        finally:
            book.close()

    return Table(source, header, rows(), sheet=ws.title, close=book.close)


def _cell(value: object) -> Cell:
    if value is None or isinstance(value, str | int | float | bool):
        return value
    if isinstance(value, datetime.datetime | datetime.date | datetime.time):
        return value
    return str(value)
