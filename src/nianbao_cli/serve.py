"""`nianbao serve`, `nianbao demo`, `nianbao audit verify`: the web application's commands.

Django is imported inside the commands, so the rest of the CLI stays fast and
the core never sees it.
"""

from __future__ import annotations

import datetime
import os
import signal
import subprocess
import sys
import threading

import click

from nianbao_cli.output import stderr

SETTINGS_MODULE = "nianbao_web.config.settings"


def _django() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", SETTINGS_MODULE)
    import django  # noqa: PLC0415

    django.setup()


def _migrate() -> None:
    from django.core.management import call_command  # noqa: PLC0415

    call_command("migrate", interactive=False, verbosity=0)


def _gunicorn(host: str, port: int, workers: int) -> int:
    """Serve with gunicorn (a production server, not runserver) until it stops.

    A stop signal sent to this process (systemd's and Docker's SIGTERM, a hang-up) goes
    on to gunicorn, which finishes its requests and exits; without that it would keep
    serving, orphaned, after its parent was gone.
    """
    command = [
        sys.executable,
        "-m",
        "gunicorn",
        "nianbao_web.config.wsgi:application",
        "--bind",
        f"{host}:{port}",
        "--workers",
        str(workers),
        "--threads",
        "2",
        "--access-logfile",
        "-",
    ]
    stderr.print(f"年报系统已启动：http://{host}:{port}/ （Ctrl+C 停止）")
    server = subprocess.Popen(command, env=os.environ.copy())

    def forward(signum: int, _frame: object) -> None:
        # A hang-up means the session is gone: stop (to gunicorn, SIGHUP means reload).
        server.send_signal(signal.SIGTERM if signum == signal.SIGHUP else signum)

    # Ctrl+C reaches gunicorn from the terminal itself; forwarding it too is harmless.
    forwarded = (signal.SIGTERM, signal.SIGHUP, signal.SIGINT)
    previous = {signum: signal.signal(signum, forward) for signum in forwarded}
    try:
        code = server.wait()
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
    # gunicorn exits 0 on a stop signal; a negative code means it was killed outright.
    return 0 if code < 0 and -code in forwarded else code


def _default_workers() -> int:
    return max(2, min(8, (os.cpu_count() or 1) * 2))


def _remind_daily(stop: threading.Event) -> None:
    """`nianbao remind` once at start, then just after each local midnight, until `stop`.

    Idempotent per day, so it may run beside a cron job or a second server.
    """
    from django.conf import settings  # noqa: PLC0415
    from django.db import connection  # noqa: PLC0415
    from django.utils import timezone  # noqa: PLC0415

    from nianbao_web.services import notify  # noqa: PLC0415

    while True:
        try:
            sent = notify.remind(timezone.localdate(), settings.DEADLINE_NOTICE_DAYS)
            if sent:
                stderr.print(f"发布期限提醒：已提醒 {len(sent)} 份报表的填报单位。")
        except Exception as exc:  # a failed reminder must never stop the server
            stderr.print(f"发布期限提醒失败（明天再试，也可运行 nianbao remind）：{exc}")
        finally:
            connection.close()
        if stop.wait(seconds_to_next_run(timezone.localtime())):
            return


def seconds_to_next_run(now: datetime.datetime) -> float:
    """Until five past the next local midnight."""
    tomorrow = (now + datetime.timedelta(days=1)).replace(hour=0, minute=5, second=0, microsecond=0)
    return (tomorrow - now).total_seconds()


@click.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True, help="监听地址。")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535))
@click.option("--workers", default=_default_workers, type=click.IntRange(1, 64), help="进程数。")
@click.option(
    "--no-reminders",
    is_flag=True,
    help="不在后台每天发送发布期限提醒（改由 cron 运行 nianbao remind）。",
)
def serve(host: str, port: int, workers: int, no_reminders: bool) -> int:
    """迁移 DATABASE_URL 指定的数据库（默认：用户数据目录中的 SQLite），再用 gunicorn 提供服务。

    服务期间每天在后台运行一次发布期限提醒（同 nianbao remind），除非 --no-reminders。
    """
    _django()
    _migrate()
    stop = threading.Event()
    if not no_reminders:
        thread = threading.Thread(target=_remind_daily, args=(stop,), name="remind", daemon=True)
        thread.start()
    try:
        return _gunicorn(host, port, workers)
    finally:
        stop.set()


@click.command("demo")
@click.option("--no-serve", is_flag=True, help="只装载演示数据，不启动服务。")
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535))
def demo(no_serve: bool, host: str, port: int) -> int:
    """装载演示数据（样例报表和一个约 100 个网站的演示省份；重跑只替换演示数据），然后启动服务。"""
    _django()
    _migrate()
    from nianbao_web.services import demo as demo_data  # noqa: PLC0415

    result = demo_data.load()
    click.echo(
        f"演示数据已装载：{result.sites} 个网站，{result.reports} 份报表（"
        + "，".join(f"{state} {count}" for state, count in sorted(result.states.items()))
        + "）。"
    )
    click.echo("演示账号（密码每次重新生成）：")
    for username, password in result.passwords.items():
        click.echo(f"  {username}  密码：{password}")
    if no_serve:
        return 0
    return _gunicorn(host, port, _default_workers())


@click.group("audit")
def audit() -> None:
    """审计：核验修订记录的哈希链。"""


@audit.command("verify")
def verify() -> int:
    """核验每份报表修订记录的哈希链；有断裂时退出码为 1。"""
    _django()
    from nianbao_web.services import history  # noqa: PLC0415

    checked, breaks = history.verify()
    for item in breaks:
        click.echo(f"报表 {item.report_id} 第 {item.seq} 条修订记录：{item.problem}")
    click.echo(f"已核验 {checked} 条修订记录，{len(breaks)} 处断裂。")
    return 1 if breaks else 0
