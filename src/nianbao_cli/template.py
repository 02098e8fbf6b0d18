"""`nianbao template`: a blank report file to fill in."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from nianbao.errors import UsageError
from nianbao.forms import form_for_year
from nianbao.template import blank_json, blank_yaml
from nianbao_cli.options import json_option
from nianbao_cli.output import emit_json, stdout


@click.command()
@click.option(
    "-o", "--output", type=click.Path(path_type=Path), help="写入此文件（默认输出到屏幕）。"
)
@click.option("--year", type=int, default=None, help="报表年度，预先填入并据此选择表单版本。")
@click.option("--force", is_flag=True, help="覆盖已存在的文件。")
@json_option
def template(output: Path | None, year: int | None, force: bool, as_json: bool) -> int:
    """生成空白报表文件：每个栏目带名称、单位和条款注释（YAML；.json 文件或 --json 时为 JSON）。"""
    form = form_for_year(year)
    use_json = as_json if output is None else output.suffix.lower() == ".json"
    text = blank_json(form, year) if use_json else blank_yaml(form, year)
    if output is None:
        sys.stdout.write(text)
        return 0
    if output.exists() and not force:
        raise UsageError(f"{output} 已存在，未覆盖；如要覆盖请加 --force。")
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise UsageError(f"无法写入 {output}：{exc.strerror or exc}") from None
    if as_json:
        emit_json({"output": str(output), "form": form.id, "fields": len(form.fields)})
    else:
        stdout.print(f"已写入空白报表 {output}（{len(form.fields)} 个栏目，表单版本 {form.id}）。")
    return 0
