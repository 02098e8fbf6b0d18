"""`nianbao schema`: the form's fields as a table or a JSON Schema."""

from __future__ import annotations

import click
from rich.table import Table

from nianbao.forms import form_for_year
from nianbao.schema import json_schema
from nianbao_cli.options import json_option
from nianbao_cli.output import emit_json, stdout


@click.command()
@json_option
@click.option("--year", type=int, default=None, help="报表年度（默认：最新的表单版本）。")
def schema(as_json: bool, year: int | None) -> int:
    """列出报表的全部栏目：字段名、名称、类型、单位和填写说明条款。"""
    form = form_for_year(year)
    if as_json:
        emit_json(json_schema(form))
        return 0
    table = Table(title=f"{form.title}（表单版本 {form.id}）", show_lines=False)
    for column in ("字段名", "栏目", "名称", "类型", "单位", "条款"):
        table.add_column(column)
    for field in form.fields:
        kind = field.type + ("" if field.required else "，可空")
        table.add_row(
            field.key,
            " / ".join(field.path),
            field.display,
            kind,
            field.unit or "",
            field.clause or "",
        )
    stdout.print(table)
    return 0
