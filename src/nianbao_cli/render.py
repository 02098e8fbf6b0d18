"""`nianbao render FILE --to html|pdf|docx|xlsx`: the report as the official form."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import IO

import click

from nianbao.errors import InputError
from nianbao.loading import check_file
from nianbao.render import FORMATS, Format, render
from nianbao_cli.options import deadline_option, json_option, rule_settings
from nianbao_cli.output import emit_json, error_record, print_error, stderr, stdout


def default_output(source: Path, fmt: str) -> Path:
    """STEM.EXT in the current folder, as the contract says."""
    return Path.cwd() / f"{source.stem}.{fmt}"


def write_atomically(path: Path, write: Callable[[IO[bytes]], object]) -> None:
    """Replace `path` only once `write` has written the whole file: no half files on failure."""
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            write(out)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def write_problem(exc: OSError) -> str:
    """Why a file could not be written, in the user's words."""
    if isinstance(exc, FileNotFoundError):
        return "所在文件夹不存在"
    if isinstance(exc, PermissionError):
        return "没有写权限"
    if isinstance(exc, IsADirectoryError):
        return "这是一个文件夹"
    return exc.strerror or str(exc)


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and a.samefile(b)
    except OSError:
        return False


@click.command("render")
@click.argument("file", type=click.Path(path_type=Path))
@click.option(
    "--to",
    "fmt",
    type=click.Choice(FORMATS),
    required=True,
    help="输出格式：html 网页、pdf、docx（Word）、xlsx（Excel）。",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path, dir_okay=False),
    help="输出文件；默认在当前文件夹写 文件名.格式。",
)
@json_option
@deadline_option
def render_command(
    file: Path, fmt: Format, output: Path | None, as_json: bool, deadline: str
) -> int:
    """按官方表样生成报表文件（HTML、PDF、Word、Excel）。

    有规则错误的报表也照样生成（作为草稿），并在标准错误输出上提示错误数。

    退出码：0 已生成；1 输入无法读取或无法写出；2 用法错误。
    """
    settings = rule_settings(deadline)
    source = str(file)
    try:
        checked = check_file(file, settings)
    except InputError as exc:
        emit_json(error_record(source, exc)) if as_json else print_error(source, exc)
        return 1
    target = output if output is not None else default_output(file, fmt)
    if _same_file(file, target):
        raise click.UsageError(f"输出文件 {target} 就是输入文件；请用 -o 指定另一个文件。")
    data = render(checked.report, fmt)
    try:
        write_atomically(target, lambda out: out.write(data))
    except OSError as exc:
        stderr.print(
            f"无法写入 {target}：{write_problem(exc)}。请检查文件夹与写权限，或用 -o 换一个位置。",
            markup=False,
        )
        return 1
    if checked.errors:
        stderr.print(
            f"报表有 {checked.errors} 个错误，仍已生成草稿"
            f"（运行 nianbao validate {source} 查看详情）。",
            markup=False,
        )
    if as_json:
        emit_json(
            {
                "source": source,
                "output": str(target),
                "format": fmt,
                "findings": len(checked.findings),
                "counts": {"error": checked.errors, "warning": checked.warnings},
                "bytes": len(data),
            }
        )
    else:
        stdout.print(f"已生成 {target}", markup=False)
    return 0
