"""Options shared by several commands, declared once."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import click

from nianbao.settings import DEADLINE, RuleSettings

F = TypeVar("F", bound=Callable[..., Any])

json_option = click.option(
    "--json", "as_json", is_flag=True, help="输出 JSON Lines（每个输入一行），供脚本使用。"
)


def deadline_option(func: F) -> F:
    return click.option(
        "--deadline",
        envvar=DEADLINE.env,
        default=DEADLINE.default,
        show_default=True,
        metavar="MM-DD",
        help=DEADLINE.help,
    )(func)


def rule_settings(deadline: str) -> RuleSettings:
    return RuleSettings.parse_deadline(deadline)
