"""`nianbao import-directory`: organisations, sites and users from XLSX/CSV, with a dry run."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from nianbao_cli.options import json_option
from nianbao_cli.output import emit_json, stderr
from nianbao_cli.serve import _django, _migrate

if TYPE_CHECKING:
    from nianbao_web.services.directory import Plan

ACTIONS = {"create": "新建", "update": "修改", "unchanged": "不变", "event": "事件"}
TABLES = {
    "organisations": "机构",
    "sites": "网站",
    "events": "网站变更",
    "users": "用户",
    "memberships": "角色",
}


@click.command("import-directory")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--dry-run", is_flag=True, help="只列出将要做的修改，不写入数据库。")
@click.option(
    "--no-passwords", is_flag=True, help="新用户不生成初始密码（之后由管理员在管理后台设置）。"
)
@json_option
def import_directory(
    files: tuple[Path, ...], dry_run: bool, no_passwords: bool, as_json: bool
) -> int:
    """从 XLSX 工作簿（工作表：机构、网站、用户）或 CSV 文件批量导入机构、网站和用户。

    --dry-run 只列出每一行将新建、修改（旧值 → 新值）还是不变，不写入。

    不带 --dry-run 时在一个事务中全部写入；有任何问题则一行也不写（退出码 1）。

    从不删除数据：文件中没有的机构、网站和用户保持不变。新用户的初始密码只在输出中显示一次。

    使用 DATABASE_URL 指定的数据库（先迁移，与 nianbao serve 相同）。
    """
    _django()
    _migrate()
    from nianbao_web.services import directory  # noqa: PLC0415

    named = [(path, str(path)) for path in files]
    if dry_run:
        plan = directory.plan(named)
        record: dict[str, Any] = {**plan.to_dict(), "applied": False, "passwords": {}}
    else:
        with _password_progress() as progress:
            result = directory.apply(named, passwords=not no_passwords, progress=progress)
        plan, record = result.plan, result.to_dict()
    if as_json:
        emit_json({"sources": [str(f) for f in files], "dry_run": dry_run, **record})
    else:
        _print_plan(plan, dry_run=dry_run, applied=bool(record["applied"]))
        if record["passwords"]:
            click.echo("新用户的初始密码（只显示这一次，请转交本人并提醒其登录后修改）：")
            for username, password in record["passwords"].items():
                click.echo(f"  {username}  密码：{password}")
    return 0 if plan.ok else 1


def _print_plan(plan: Plan, *, dry_run: bool, applied: bool) -> None:
    for table, title in TABLES.items():
        changes = [c for c in plan.changes if c.table == table]
        if not changes:
            continue
        click.echo(f"【{title}】")
        for change in changes:
            name = change.label if change.key == change.label else f"{change.key} {change.label}"
            click.echo(f"  {ACTIONS[change.action]}  {name}（{change.where}）")
            if change.action in ("update", "event"):
                for name, (old, new) in change.fields.items():
                    shown = f"{old} → {new}" if old else new
                    click.echo(f"        {name}：{shown}")
    for warning in plan.warnings:
        click.echo(f"提醒：{warning.text()}")
    for problem in plan.problems:
        click.echo(f"问题：{problem.text()}")
    for note in plan.notes:
        click.echo(f"说明：{note}")
    counts = plan.counts()
    summary = "，".join(f"{ACTIONS[a]} {n}" for a, n in counts.items())
    if plan.problems:
        count = len(plan.problems)
        click.echo(f"发现 {count} 个问题，没有写入任何数据：请按上面的说明修改文件后重试。")
    elif dry_run:
        click.echo(f"演练（--dry-run），没有写入任何数据。计划：{summary}。")
    elif applied:
        click.echo(f"已导入：{summary}。")


@contextmanager
def _password_progress() -> Iterator[Callable[[int, int], None] | None]:
    """Hashing a new user's password takes about a second: hundreds of users need a bar."""
    if not sys.stderr.isatty():
        yield None
        return
    bar = Progress(
        TextColumn("生成新用户的初始密码"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=stderr,
        transient=True,
    )
    task: list[Any] = []

    def update(done: int, total: int) -> None:
        if not task:
            task.append(bar.add_task("", total=total))
        bar.update(task[0], completed=done)

    with bar:
        yield update
