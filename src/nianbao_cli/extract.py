"""`nianbao extract PATH...`: any published report (text, HTML, DOCX, XLSX, PDF, scan) → data."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import IO, Any

import click
from rich.markup import escape

from nianbao.errors import InputError
from nianbao.extract.pipeline import extract_file_all
from nianbao.forms import default_form
from nianbao.rules import Finding
from nianbao.rules.messages import show
from nianbao_cli.batch_gc import batch_collection, start_batch
from nianbao_cli.findings_text import print_findings
from nianbao_cli.options import json_option
from nianbao_cli.output import _LINE_BREAKS, emit_json, error_record, progress, stderr, stdout

MAX_JOBS = 64


def expand(paths: Iterable[Path]) -> list[Path]:
    """Files as given, folders as every file inside them (recursively, in name order)."""
    out: list[Path] = []
    for path in paths:
        if path.is_dir():
            out.extend(
                p
                for p in sorted(path.rglob("*"))
                if p.is_file()
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
        else:
            out.append(path)
    return out


def extract_records(path: Path) -> list[dict[str, Any]]:
    """One input → its record (one per report when it holds several); never raises (a
    broken file gets an error record)."""
    source = str(path)
    try:
        return [extraction.record() for extraction in extract_file_all(path)]
    except InputError as exc:
        return [error_record(source, exc)]
    except RecursionError:
        message = "文件结构嵌套过深，拒绝读取。"
        return [{"source": source, "error": {"code": "unsafe", "message": message}}]
    except MemoryError:
        message = "文件需要的内存过多，拒绝读取。"
        return [{"source": source, "error": {"code": "too_large", "message": message}}]
    except Exception as exc:  # a reader library failing on a malformed file
        message = f"文件已损坏或格式异常，无法读取（{type(exc).__name__}）。"
        return [{"source": source, "error": {"code": "unreadable", "message": message}}]


def _records(paths: list[Path], jobs: int) -> Iterator[list[dict[str, Any]]]:
    with batch_collection():  # the pool's worker processes are forked with it
        yield from _records_collected(paths, jobs)


def _worker_collection() -> None:
    # Forked workers inherit the settings; a spawned or forkserver one starts without them.
    start_batch()


def _records_collected(paths: list[Path], jobs: int) -> Iterator[list[dict[str, Any]]]:
    if jobs <= 1 or len(paths) <= 1:
        yield from map(extract_records, paths)
        return
    done = 0
    # Big chunks spare the per-task round trips (a web page takes ~2 ms to read, as long
    # as shipping it to a worker and back); eight per worker keep the end balanced.
    chunk = max(4, min(64, len(paths) // (jobs * 8)))
    try:
        with ProcessPoolExecutor(max_workers=jobs, initializer=_worker_collection) as pool:
            for records in pool.map(extract_records, paths, chunksize=chunk):
                done += 1
                yield records
    except BrokenProcessPool:
        # A reader crashed a worker process outright: the remaining files go one by one.
        for path in paths[done:]:
            yield extract_records(path)


def _print_record(record: dict[str, Any]) -> None:
    source = record["source"]
    if "error" in record:
        stderr.print(
            f"[bold red]无法读取[/] {escape(source)}：{escape(record['error']['message'])}"
        )
        return
    form = default_form()
    values = record["values"]
    stdout.print(
        f"[bold]{escape(source)}[/]（{record['format']}）：读出 {len(values)} 个栏目",
        markup=True,
    )
    for key, value in values.items():
        label = form.by_key[key].display if key in form.by_key else key
        field = form.by_key.get(key)
        shown = show(value, field) if field else str(value)
        low = record["confidence"].get(key, 1.0) < 0.8
        mark = " [yellow]（请核对）[/]" if low else ""
        where = record["provenance"].get(key, {}).get("where", "")
        stdout.print(f"  {escape(label)}：{escape(shown)}{mark}  [dim]{escape(where)}[/]")
    if record["unmatched"]:
        stdout.print(f"  [yellow]未识别的栏目[/]：{escape('、'.join(record['unmatched']))}")
    for note in record.get("notes", []):
        stdout.print(f"  [cyan]说明[/]：{escape(note)}")  # what the reader guessed or skipped
    findings = [
        Finding(f["rule"], f["severity"], tuple(f["fields"]), f["clause"], f["message"], f["fix"])
        for f in record["findings"]
    ]
    print_findings(source, findings, form)


def _write(handle: IO[str], record: dict[str, Any]) -> None:
    handle.write(json.dumps(record, ensure_ascii=False, default=str).translate(_LINE_BREAKS))
    handle.write("\n")


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@json_option
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path, dir_okay=False),
    help="同时把 JSON Lines 写入此文件。",
)
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(1, MAX_JOBS),
    default=1,
    show_default=True,
    help="并行处理的进程数（输出顺序仍与输入一致）。",
)
def extract(paths: tuple[Path, ...], as_json: bool, output: Path | None, jobs: int) -> int:
    """从已发布的报表（文本、网页、Word、Excel、PDF、扫描件）中提取数据并检查。

    PATH 是文件或文件夹（递归读取其中所有文件）；格式由文件内容识别，与扩展名无关。

    每个输入输出一条记录（汇总表每行一份报表，各出一条，来源后加 #序号）：
    values（标准字段名 → 值）、provenance（出处）、confidence（把握）、
    findings（违反填写说明之处）、unmatched（像栏目名但未能识别的文字）。

    退出码：0 没有错误；1 有错误或有文件无法读取；2 用法错误。
    """
    files = expand(paths)
    if not files:
        raise click.UsageError("没有找到任何文件。")
    status = 0
    handle = output.open("w", encoding="utf-8") if output else None
    try:
        with progress(files, "提取") as tracked:
            for records, _ in zip(_records(files, jobs), tracked, strict=False):
                for record in records:
                    if "error" in record or any(
                        f["severity"] == "error" for f in record["findings"]
                    ):
                        status = 1
                    if handle is not None:
                        _write(handle, record)
                    if as_json:
                        emit_json(record)
                    else:
                        _print_record(record)
                sys.stdout.flush()
    finally:
        if handle is not None:
            handle.close()
    return status
