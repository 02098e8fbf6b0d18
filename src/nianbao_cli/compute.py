"""`nianbao compute --year YEAR [sources]`: the figures from raw records, by the form's rules."""

from __future__ import annotations

from pathlib import Path

import click
from rich.markup import escape

from nianbao.errors import InputError, UsageError
from nianbao.forms import form_for_year
from nianbao.metrics.compute import Outcome, Sources, compute
from nianbao.metrics.config import load_config
from nianbao.metrics.explain import REASONS
from nianbao.metrics.merge import merge_into
from nianbao_cli.options import json_option
from nianbao_cli.output import emit_json, print_error, stderr, stdout

_FILE = click.Path(path_type=Path, dir_okay=False)


@click.command()
@click.option("--year", type=click.IntRange(1990, 2100), required=True, help="报表年度，如 2024。")
@click.option(
    "--access-log",
    "access_logs",
    multiple=True,
    type=_FILE,
    metavar="FILE...",
    help="网站访问日志（可多个；未压缩、gzip 或 zstd 均可）→ 独立用户访问总量、网站总访问量。",
)
@click.option(
    "--log-format",
    metavar="FORMAT",
    help="日志格式：combined（默认）、common，或 nginx log_format 写法的格式串。",
)
@click.option("--content", type=_FILE, help="内容导出（CSV/XLSX）→ 信息发布、专栏专题。")
@click.option(
    "--columns",
    type=_FILE,
    help="栏目表（CSV/XLSX）→ 专栏专题（也可放在内容工作簿的“栏目”工作表）。",
)
@click.option("--cases", type=_FILE, help="办件记录（CSV/XLSX）→ 办件量。")
@click.option("--messages", type=_FILE, help="留言记录（CSV/XLSX）→ 留言办理。")
@click.option("--surveys", type=_FILE, help="征集调查记录（CSV/XLSX）→ 征集调查。")
@click.option("--interviews", type=_FILE, help="在线访谈记录（CSV/XLSX）→ 在线访谈。")
@click.option(
    "--tz",
    default="Asia/Shanghai",
    show_default=True,
    help="网站所在时区（按其日期计年度、计日）。",
)
@click.option(
    "--config", "config_path", type=_FILE, help="配置文件（YAML）：列名、栏目分类、爬虫规则等。"
)
@click.option(
    "--into",
    "into",
    type=_FILE,
    metavar="REPORT",
    help="把算出的数写入该报表文件（JSON/YAML），其余内容不动。",
)
@click.argument("more_logs", nargs=-1, type=_FILE, metavar="[FILE...]")
@json_option
def compute_command(
    *,
    year: int,
    access_logs: tuple[Path, ...],
    log_format: str | None,
    content: Path | None,
    columns: Path | None,
    cases: Path | None,
    messages: Path | None,
    surveys: Path | None,
    interviews: Path | None,
    tz: str,
    config_path: Path | None,
    into: Path | None,
    more_logs: tuple[Path, ...],
    as_json: bool,
) -> int:
    """按填写说明的口径，从原始记录计算报表数字，并说明每个数是怎么算的。

    每种记录都是可选的；给了哪些就算哪些。--access-log 后可跟多个文件（如 logs/*.gz）。
    退出码：0 完成；1 有文件无法读取、缺少列或写入失败；2 用法错误。
    """
    if more_logs and not access_logs:
        raise click.UsageError(
            f"多余的参数：{' '.join(map(str, more_logs))}（访问日志请用 --access-log 指定）"
        )
    sources = Sources(
        access_logs=(*access_logs, *more_logs),
        log_format=log_format,
        content=content,
        columns=columns,
        cases=cases,
        messages=messages,
        surveys=surveys,
        interviews=interviews,
    )
    if sources.empty:
        raise UsageError(
            "没有给出任何记录：请至少指定 --access-log、--content、--columns、--cases、--messages、"
            "--surveys、--interviews 之一（运行 nianbao compute --help 查看说明）。"
        )
    outcome = compute(sources, year, tz, load_config(config_path))
    status = 1 if outcome.errors else 0
    record = outcome.to_json()
    if into is not None:
        if outcome.errors:
            stderr.print(f"有记录文件无法读取，没有写入 {into}。")
        elif outcome.computed.figures:
            try:
                merged = merge_into(into, outcome.computed.values, year)
            except InputError as exc:
                print_error(str(into), exc)
                status = 1
            else:
                record["into"] = {
                    "path": str(into),
                    "changed": merged.changed,
                    "added": merged.added,
                    "unchanged": merged.unchanged,
                }
                stderr.print(
                    f"已写入 {escape(str(into))}：更新 {len(merged.changed)} 项，"
                    f"新增 {len(merged.added)} 项，不变 {len(merged.unchanged)} 项；"
                    "其余内容未改动。"
                )
    if as_json:
        emit_json(record)
    else:
        _print(outcome)
    for source, problem in outcome.errors:
        print_error(source, problem)
    return status


def _print(outcome: Outcome) -> None:
    form = form_for_year(outcome.year)
    computed = outcome.computed
    stdout.print(f"[bold]{outcome.year} 年度[/]（时区 {escape(outcome.tz)}）", markup=True)
    if not computed.figures:
        stdout.print("没有算出任何数字。")
    for key, figure in computed.figures.items():
        field = form.by_key.get(key)
        label = field.display if field else key
        unit = f" {field.unit}" if field and field.unit else ""
        value = f"{figure.value:,}" if isinstance(figure.value, int) else f"{figure.value}"
        stdout.print(f"\n[bold]{escape(label)}[/]（{key}）：[bold]{value}[/]{unit}", markup=True)
        explain = figure.explain
        stdout.print(f"  口径：{escape(explain.rule)}", markup=False)
        skipped = "；".join(
            f"{REASONS.get(r, r)} {n:,}" for r, n in explain.rows_skipped.items() if n
        )
        stdout.print(
            f"  读取 {explain.rows_read:,} 行" + (f"，未计入：{skipped}" if skipped else ""),
            markup=False,
        )
    if computed.rejected_lines:
        stderr.print(f"\n无法解析的日志行：{computed.rejected_lines:,} 行，例如：", markup=False)
        for example in computed.rejected_examples:
            stderr.print(f"  {example}", markup=False)
    for note in computed.notes:
        stderr.print(f"注意：{note}", markup=False)
