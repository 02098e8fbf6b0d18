"""How each computed figure was arrived at: the rule, the inputs, what was read and skipped."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# Why rows did not count, by the code used in `rows_skipped`. The CLI shows the Chinese.
REASONS = {
    "rejected": "无法解析的行",
    "outside_year": "不在本年度",
    "method": "不是 GET 等页面请求方法",
    "status": "状态码不计（非 2xx/304 等）",
    "asset": "静态资源（css、js、图片等）",
    "bot": "爬虫、机器人或监测程序",
    "repeat_same_day": "同一用户当天的重复访问",
    "external_link": "外链信息",
    "duplicate": "编号重复，只计一次",
    "no_date": "没有日期",
    "bad_date": "日期无法识别",
    "not_completed": "未办结",
    "same_applicant_item": "同一用户同一事项的其他环节或重复申请",
    "unknown_kind": "申请人类型无法识别（既非自然人也非法人）",
    "not_in_category": "不属于该类信息",
    "not_special": "不是专栏专题",
    "no_item_this_year": "本年度没有信息更新",
    "not_closed": "本年度未办结",
    "not_public": "未公开答复",
    "not_published": "本年度未公布结果",
    "bad_flag": "是/否列的值无法识别",
    "other_kind": "属于另一类申请人",
}


@dataclass(slots=True)
class Explain:
    rule: str
    inputs: list[str]
    rows_read: int = 0
    rows_skipped: dict[str, int] = field(default_factory=dict)

    def skip(self, reason: str, count: int = 1) -> None:
        if count:
            self.rows_skipped[reason] = self.rows_skipped.get(reason, 0) + count

    def to_dict(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "inputs": list(self.inputs),
            "rows_read": self.rows_read,
            "rows_skipped": {k: v for k, v in self.rows_skipped.items() if v},
        }


@dataclass(slots=True)
class Figure:
    """One computed value with its explanation."""

    value: int | float
    explain: Explain


@dataclass(slots=True)
class Computed:
    """What a source (or all of them) gives: figures by canonical key."""

    figures: dict[str, Figure] = field(default_factory=dict)
    rejected_lines: int = 0
    rejected_examples: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    """Warnings for the person running the command (rows that need a look)."""

    def add(self, key: str, value: int | float, explain: Explain) -> None:
        self.figures[key] = Figure(value, explain)

    def merge(self, other: Computed) -> None:
        self.figures.update(other.figures)
        self.rejected_lines += other.rejected_lines
        self.rejected_examples.extend(other.rejected_examples)
        self.notes.extend(other.notes)

    @property
    def values(self) -> dict[str, int | float]:
        return {k: f.value for k, f in self.figures.items()}
