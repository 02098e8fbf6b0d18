"""`nianbao show FILE`: the report as the official table, in the terminal."""

from __future__ import annotations

from pathlib import Path

import click
from rich.markup import escape
from rich.table import Table

from nianbao.errors import InputError
from nianbao.loading import check_file
from nianbao.render.layout import frame_fields, table_rows, value_text
from nianbao_cli.options import deadline_option, json_option, rule_settings
from nianbao_cli.output import emit_json, error_record, print_error, stdout


@click.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@json_option
@deadline_option
def show(files: tuple[Path, ...], as_json: bool, deadline: str) -> int:
    """按官方表样显示报表（--json 时输出读入的数值及其出处）。"""
    settings = rule_settings(deadline)
    status = 0
    for path in files:
        try:
            checked = check_file(path, settings)
        except InputError as exc:
            status = 1
            emit_json(error_record(str(path), exc)) if as_json else print_error(str(path), exc)
            continue
        report = checked.report
        status = max(status, 1 if checked.errors else 0)
        if as_json:
            emit_json(
                {
                    "source": str(path),
                    "form": report.form.id,
                    "values": report.to_json(),
                    "provenance": {
                        k: {"page": p.page, "where": p.where, "raw": p.raw}
                        for k, p in report.provenance.items()
                    },
                    "counts": {"error": checked.errors, "warning": checked.warnings},
                }
            )
            continue
        form = report.form
        head = {
            f.key: escape(value_text(f, report.values.get(f.key)))
            for f in frame_fields(form, "header")
        }
        table = Table(
            title=f"{form.title}\n（{head.get('year') or '____'}年度）",
            caption=f"填报单位：{head.get('filing_unit', '')}",
            caption_justify="left",
            show_lines=True,
        )
        for column in ("栏目", "", "指标", "填报内容", "单位"):
            table.add_column(column)
        last_section = last_sub = None
        for row in table_rows(report):
            table.add_row(
                row.section if row.section != last_section else "",
                row.subsection if (row.section, row.subsection) != (last_section, last_sub) else "",
                row.field.label,
                escape(row.text) if row.text else "[dim]（未填）[/]",
                row.field.unit or "",
            )
            last_section, last_sub = row.section, row.subsection
        stdout.print(table)
        signature = [
            f"{f.label}：{escape(value_text(f, report.values.get(f.key))) or '____'}"
            for f in frame_fields(form, "signature")
        ]
        stdout.print("    ".join(signature))
        stdout.print(
            f"[dim]规则检查：{checked.errors} 个错误，{checked.warnings} 个警告"
            f"（nianbao validate {path} 查看详情）[/]"
        )
    return status
