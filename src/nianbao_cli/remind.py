"""`nianbao remind`: the publishing-deadline reminder, for cron or a systemd timer."""

from __future__ import annotations

import datetime

import click

from nianbao_cli.options import json_option
from nianbao_cli.output import emit_json, stderr
from nianbao_cli.serve import _django


@click.command("remind")
@click.option(
    "--today",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    default=None,
    metavar="YYYY-MM-DD",
    help="按这一天计算（默认：今天，Asia/Shanghai）。",
)
@click.option(
    "--days",
    type=click.IntRange(0, 366),
    default=None,
    help="提醒发布期限在多少天之内的报表（默认：NIANBAO_DEADLINE_NOTICE_DAYS，7）。",
)
@json_option
def remind(today: datetime.datetime | None, days: int | None, as_json: bool) -> int:
    """提醒发布期限将到的填报单位：报表尚未开始填报，或是草稿、已退回、已审核待发布。

    已提交待审核的报表不提醒（等待审核），发布过的也不提醒。

    对 DATABASE_URL 指定的数据库运行；同一天重复运行不会重复提醒。可由 cron 或
    systemd 定时器每天运行一次（见 docs/web.md）；`nianbao serve` 运行时也每天自动运行。
    """
    _django()
    from django.conf import settings  # noqa: PLC0415
    from django.db import DatabaseError  # noqa: PLC0415
    from django.utils import timezone  # noqa: PLC0415

    from nianbao_web.services import notify  # noqa: PLC0415

    day = today.date() if today is not None else timezone.localdate()
    window = settings.DEADLINE_NOTICE_DAYS if days is None else days
    try:
        sent = notify.remind(day, window)
    except DatabaseError as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        stderr.print(
            f"nianbao remind：无法读取数据库（{first}）。"
            "请确认 DATABASE_URL 正确，且已运行过 nianbao serve（它会初始化数据库）。"
        )
        return 1
    users = sum(r.users for r in sent)
    if as_json:
        emit_json(
            {
                "today": day.isoformat(),
                "days": window,
                "reports": len(sent),
                "notified": users,
                "reminders": [r.to_dict() for r in sent],
            }
        )
        return 0
    for item in sent:
        click.echo(f"  {item.site_code} {item.year} 年度：{item.due} 到期，提醒 {item.users} 人")
    click.echo(
        f"{day.isoformat()}：已提醒 {len(sent)} 份报表的填报单位，共 {users} 人"
        f"（发布期限在 {window} 天之内且尚未发布）。"
    )
    return 0
