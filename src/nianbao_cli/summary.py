"""`nianbao summary FILE... -o summary.xlsx`: many reports in one workbook (汇总表)."""

from __future__ import annotations

from pathlib import Path

import click

from nianbao.errors import InputError
from nianbao.loading import check_files
from nianbao.render.summary_book import FINDINGS_SHEET, SummaryBook
from nianbao.settings import RuleSettings
from nianbao_cli.options import deadline_option, json_option, rule_settings
from nianbao_cli.output import emit_json, error_record, print_error, progress, stderr, stdout
from nianbao_cli.render import write_atomically, write_problem


@click.command("summary")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path, dir_okay=False),
    default=Path("summary.xlsx"),
    show_default=True,
    help="汇总表文件（xlsx）。",
)
@json_option
@deadline_option
def summary(files: tuple[Path, ...], output: Path, as_json: bool, deadline: str) -> int:
    """把多份报表汇总成一个 Excel 文件：每份报表一行，末行合计；检查结果另成一表。

    无法读取的文件列在“检查结果”表和标准错误输出上，其余照常汇总。

    退出码：0 全部可读且没有错误；1 有文件无法读取或有报表有错误；2 用法错误。
    """
    settings = rule_settings(deadline)
    book = SummaryBook()
    try:
        errors = _add_all(book, files, settings, output, as_json)
    except BaseException:
        book.discard()
        raise
    try:
        write_atomically(output, book.save)
    except OSError as exc:
        book.discard()
        stderr.print(
            f"无法写入 {output}：{write_problem(exc)}。请检查文件夹与写权限，或用 -o 换一个位置。",
            markup=False,
        )
        return 1
    note = f"已汇总 {book.reports} 份报表到 {output}"
    if errors:
        note += f"；其中 {errors} 份有错误，详见“{FINDINGS_SHEET}”表"
    if book.unreadable:
        note += f"；{book.unreadable} 个文件无法读取，已列在“{FINDINGS_SHEET}”表"
    (stderr if as_json else stdout).print(note + "。", markup=False)
    return 1 if book.unreadable or errors else 0


def _add_all(
    book: SummaryBook, files: tuple[Path, ...], settings: RuleSettings, output: Path, as_json: bool
) -> int:
    """Stream every file into the book; the number of reports with rule errors."""
    errors = 0
    with progress(list(files), "汇总") as items:
        for path in items:
            try:
                found = check_files(path, settings)
            except InputError as exc:
                book.add_unreadable(str(path), exc.code, exc.message)
                emit_json(error_record(str(path), exc)) if as_json else print_error(str(path), exc)
                continue
            for source, checked in found:
                book.add(source, checked.report, checked.findings)
                errors += 1 if checked.errors else 0
                if as_json:
                    emit_json(
                        {
                            "source": source,
                            "output": str(output),
                            "row": book.reports + 2,
                            "findings": len(checked.findings),
                            "counts": {"error": checked.errors, "warning": checked.warnings},
                        }
                    )
    return errors
