"""Online interviews (在线访谈) → 访谈期数, 网民留言数量, 答复网民提问数量 (六、4).

One row per interview: 编号, 访谈日期, 网民留言数, 答复数. An interview counts
in the year of its date (by the site's calendar), with its messages and
answers; rows repeating an 编号 count once.
"""

from __future__ import annotations

from nianbao.metrics.cellvalues import BadCells, CellError, to_count, to_text
from nianbao.metrics.explain import Computed, Explain
from nianbao.metrics.records import Records
from nianbao.metrics.sitetime import SiteTime

INTERVIEWS = "interviews"
MESSAGES = "interview_messages"
ANSWERS = "interview_answers"
ROLES = ("id", "date")
OPTIONAL = ("messages", "answers")


def count_interviews(
    records: Records, when: SiteTime, bad: BadCells, inputs: list[str]
) -> Computed:
    held = 0
    totals = {"messages": 0, "answers": 0}
    skipped: dict[str, int] = {}
    seen: set[str] = set()
    for record in records:
        cells = record.cells
        key = to_text(cells["id"])
        if key and key in seen:
            skipped["duplicate"] = skipped.get("duplicate", 0) + 1
            continue
        seen.add(key)
        day, why = records.day(record, "date", when.zone, bad)
        if day is None or not when.in_year(day):
            reason = why or "outside_year"
            skipped[reason] = skipped.get(reason, 0) + 1
            continue
        held += 1
        for role in totals:
            if not records.has(role):
                continue
            try:
                totals[role] += to_count(cells[role]) or 0
            except CellError as exc:
                name = records.column_name(role)
                bad.add(records.source, name, record.row, cells[role], str(exc))
    rows = records.rows_read
    computed = Computed()
    computed.add(
        INTERVIEWS,
        held,
        Explain(
            "访谈期数（六、4(1)）：访谈日期（按网站所在时区）在本年度内的在线访谈期数，按编号去重。",
            inputs,
            rows,
            skipped,
        ),
    )
    if records.has("messages"):
        computed.add(
            MESSAGES,
            totals["messages"],
            Explain(
                "网民留言数量（六、4(2)）：本年度各期在线访谈“网民留言数”之和。",
                inputs,
                rows,
                skipped,
            ),
        )
    if records.has("answers"):
        computed.add(
            ANSWERS,
            totals["answers"],
            Explain(
                "答复网民提问数量（六、4(3)）：本年度各期在线访谈“答复数”之和。",
                inputs,
                rows,
                skipped,
            ),
        )
    return computed
