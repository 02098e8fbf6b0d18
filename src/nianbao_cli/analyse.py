"""`nianbao analyse PATH...`: totals, distributions and anomalies over many reports."""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path

import click
from rich.markup import escape
from rich.table import Table

from nianbao.analytics import Dataset, find_anomalies, summarise
from nianbao.errors import InputError
from nianbao.forms import default_form
from nianbao.loading import load_reports
from nianbao_cli.extract import expand
from nianbao_cli.options import json_option
from nianbao_cli.output import emit_json, print_error, progress, stdout


def _number(value: float | None) -> str:
    if value is None:
        return "—"
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.1f}"


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--year", type=int, default=None, help="只分析这一年度（默认：最新年度）。")
@json_option
def analyse(paths: tuple[Path, ...], year: int | None, as_json: bool) -> int:
    """汇总多份报表：各类网站每个指标的合计、中位数和四分位数，以及需要核对的异常数据。

    PATH 可以是报表文件或文件夹（递归读取）。同一网站（按政府网站标识码）有上一年度报表时，
    还会比较年度变化：年末存量（注册用户数、关注量等）与全年流量（访问量、信息发布量等）分别判断。
    """
    form = default_form()
    dataset = Dataset(form)
    unreadable: list[dict[str, str]] = []
    files = expand(paths)
    with progress(files, "读取") as items:
        for path in items:
            try:
                found = load_reports(path)
            except InputError as exc:
                unreadable.append({"source": str(path), "code": exc.code, "message": exc.message})
                if not as_json:
                    print_error(str(path), exc)
                continue
            for source, report in found:
                dataset.add(report.values, source=source)
    years = dataset.years()
    chosen = year if year is not None else (years[-1] if years else None)
    groups = summarise(dataset, chosen)
    flags = find_anomalies(dataset, chosen)
    if as_json:
        emit_json(
            {
                "year": chosen,
                "reports": len(dataset.entries),
                "groups": {g: [asdict(s) for s in rows] for g, rows in groups.items()},
                "flags": [f.to_dict() for f in flags],
                "unreadable": unreadable,
            }
        )
        return 1 if unreadable else 0
    type_field = form.by_key["site_type"]
    for group, rows in groups.items():
        title = type_field.choice_label(group) if group in type_field.choice_options() else group
        table = Table(title=f"{chosen or ''}年度 · {title}", show_lines=False)
        for column in (
            "指标",
            "填报网站数",
            "合计",
            "最小",
            "下四分位",
            "中位数",
            "上四分位",
            "最大",
        ):
            table.add_column(column, justify="left" if column == "指标" else "right")
        for s in rows:
            table.add_row(
                f"{s.label}（{s.unit}）" if s.unit else s.label,
                str(s.count),
                _number(s.total),
                *(_number(v) for v in (s.minimum, s.q1, s.median, s.q3, s.maximum)),
            )
        stdout.print(table)
    stdout.print(f"\n[bold]需要核对的数据[/]：{len(flags)} 处")
    for flag in flags:
        stdout.print(
            f"  · {escape(flag.name)}（{flag.site}）〔{flag.field}〕{escape(flag.message)}"
        )
    return 1 if unreadable else 0
