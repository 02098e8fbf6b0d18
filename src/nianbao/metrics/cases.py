"""Service cases (办件) → 办件量: 总数, 自然人, 法人 (五、5).

One row per case or per step of a case: 编号, 申请人 (an id: 证件号码 or
统一社会信用代码), 申请人类型 (自然人 / 法人), 事项, 环节 (optional), 状态,
办结日期. Only completed applications count (状态 is 已办结 or another word of
config `cases.completed_statuses`), in the year of their completion date (in
the site's time zone): a case completed next January counts next year. The
same applicant's steps of the same item count once (同一用户办理同一事项的不同
环节不重复计算，只计一次): the key is (申请人类型, 申请人, 事项), so two
applications of one person for one item in the year also count once, as the
clause's words say. 总数 = 自然人 + 法人; a row whose 申请人类型 is neither is
left out of all three and reported.
"""

from __future__ import annotations

from nianbao.metrics.cellvalues import BadCells, to_text
from nianbao.metrics.config import ComputeConfig
from nianbao.metrics.content import fold
from nianbao.metrics.explain import Computed, Explain
from nianbao.metrics.records import Records
from nianbao.metrics.sitetime import SiteTime

TOTAL = "cases_total"
BY_KIND = {"natural": "cases_natural", "legal": "cases_legal"}
KIND_NAMES = {"natural": "自然人", "legal": "法人"}
ROLES = ("id", "applicant", "kind", "item", "status", "date")
OPTIONAL = ("step",)


def count_cases(
    records: Records, config: ComputeConfig, when: SiteTime, bad: BadCells, inputs: list[str]
) -> Computed:
    completed = {fold(s) for s in config.cases.completed_statuses}
    kinds = {fold(k): "natural" for k in config.cases.natural_kinds}
    kinds.update({fold(k): "legal" for k in config.cases.legal_kinds})
    skipped: dict[str, int] = {}
    counted: dict[str, set[tuple[str, str]]] = {"natural": set(), "legal": set()}
    per_kind_skip: dict[str, dict[str, int]] = {"natural": {}, "legal": {}}
    unknown_kinds: dict[str, int] = {}

    def skip(reason: str, kind: str | None = None) -> None:
        skipped[reason] = skipped.get(reason, 0) + 1
        for other, into in per_kind_skip.items():
            why = reason if kind in (None, other) else "other_kind"
            into[why] = into.get(why, 0) + 1

    for record in records:
        cells = record.cells
        kind_text = to_text(cells["kind"])
        kind = kinds.get(fold(kind_text))
        if fold(to_text(cells["status"])) not in completed:
            skip("not_completed", kind)
            continue
        day, why = records.day(record, "date", when.zone, bad)
        if day is None:
            skip(why or "no_date", kind)
            continue
        if not when.in_year(day):
            skip("outside_year", kind)
            continue
        if kind is None:
            unknown_kinds[kind_text] = unknown_kinds.get(kind_text, 0) + 1
            skip("unknown_kind")
            continue
        applicant = to_text(cells["applicant"]) or f"第{record.row}行"
        key = (fold(applicant), fold(to_text(cells["item"])))
        if key in counted[kind]:
            skip("same_applicant_item", kind)
            continue
        counted[kind].add(key)
        other = "legal" if kind == "natural" else "natural"
        per_kind_skip[other]["other_kind"] = per_kind_skip[other].get("other_kind", 0) + 1
    computed = Computed()
    statuses = "、".join(config.cases.completed_statuses[:3])
    base = (
        f"已办结（状态为{statuses}等）、办结日期（按网站所在时区）在本年度内的申请，"
        "同一申请人办理同一事项的不同环节（及重复申请）只计一次"
    )
    total = sum(len(v) for v in counted.values())
    computed.add(
        TOTAL,
        total,
        Explain(
            f"办件量总数（五、5(1)）：{base}；等于自然人与法人办件量之和。",
            inputs,
            records.rows_read,
            skipped,
        ),
    )
    for kind, figure in BY_KIND.items():
        words = "、".join(getattr(config.cases, f"{kind}_kinds")[:3])
        rule = f"{KIND_NAMES[kind]}办件量：{base}，申请人类型为{words}等。"
        computed.add(
            figure,
            len(counted[kind]),
            Explain(rule, inputs, records.rows_read, per_kind_skip[kind]),
        )
    if unknown_kinds:
        shown = "、".join(f"「{k or '（空）'}」{n} 行" for k, n in list(unknown_kinds.items())[:5])
        computed.notes.append(
            f"{records.source}：申请人类型无法识别（既非自然人也非法人）的已办结办件未计入：{shown}；"
            "请在配置 cases.natural_kinds / cases.legal_kinds 中补充。"
        )
    return computed
