"""Settings of the core, each declared once with its default and a help line.

The CLI and the web layer read them from the environment (or flags) through
this one table, so a setting means the same everywhere.
"""

from __future__ import annotations

import datetime
import os
import re
from dataclasses import dataclass

from nianbao.errors import UsageError


@dataclass(frozen=True, slots=True)
class Setting:
    env: str
    default: str
    help: str


DEADLINE = Setting(
    env="NIANBAO_DEADLINE",
    default="01-31",
    help=(
        "年度报表的发布期限（MM-DD，报表年度的下一年）；"
        "国办函〔2018〕12号定为 1 月 31 日，部分省份定为 1 月 29 日。"
    ),
)

ALL_SETTINGS = (DEADLINE,)

_MONTH_DAY = re.compile(r"^(\d{1,2})-(\d{1,2})$")


@dataclass(frozen=True, slots=True)
class RuleSettings:
    """What the rules need to know beyond the form: the publishing deadline."""

    deadline_month: int = 1
    deadline_day: int = 31

    def deadline_for(self, report_year: int) -> datetime.date:
        return datetime.date(report_year + 1, self.deadline_month, self.deadline_day)

    @classmethod
    def parse_deadline(cls, text: str) -> RuleSettings:
        match = _MONTH_DAY.match(text.strip())
        try:
            if not match:
                raise ValueError
            month, day = int(match.group(1)), int(match.group(2))
            datetime.date(2001, month, day)  # a real day of a non-leap year
        except ValueError:
            raise UsageError(
                f"发布期限「{text}」不是有效的月-日：请写成 MM-DD，例如 01-31。"
            ) from None
        return cls(month, day)

    @classmethod
    def from_env(cls) -> RuleSettings:
        return cls.parse_deadline(os.environ.get(DEADLINE.env, DEADLINE.default))
