"""Messages from the public (留言) → 留言办理 (六、2).

One row per message: 编号, 收到日期, 办结日期 (blank while open), 是否公开答复
(optional). Year boundaries, all by the site's calendar:

* 收到留言数量: messages received this year, open or not.
* 办结留言数量: messages closed this year, whenever received — one received
  in December and closed in January counts as received this year and closed
  next year; one still open at the end of the year is not closed this year.
* 平均办理时间: over the messages closed this year, the mean number of
  calendar days from the received date to the closed date (closed the same
  day = 0 days), rounded to one decimal.
* 公开答复数量: messages closed this year whose reply is public.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from nianbao.metrics.cellvalues import BadCells, CellError, to_flag, to_text
from nianbao.metrics.explain import Computed, Explain
from nianbao.metrics.records import Records
from nianbao.metrics.sitetime import SiteTime

RECEIVED = "messages_received"
CLOSED = "messages_closed"
AVERAGE = "messages_avg_days"
PUBLIC = "messages_public"
ROLES = ("id", "received", "closed")
OPTIONAL = ("public",)


def count_messages(records: Records, when: SiteTime, bad: BadCells, inputs: list[str]) -> Computed:
    received = closed = public = 0
    days_total = 0
    skip_received: dict[str, int] = {}
    skip_closed: dict[str, int] = {}
    skip_public: dict[str, int] = {}
    seen: set[str] = set()

    def skip(into: dict[str, int], reason: str) -> None:
        into[reason] = into.get(reason, 0) + 1

    def skip_all(reason: str) -> None:
        for into in (skip_received, skip_closed, skip_public):
            skip(into, reason)

    for record in records:
        cells = record.cells
        message_id = to_text(cells["id"])
        if message_id and message_id in seen:
            skip_all("duplicate")
            continue
        if message_id:
            seen.add(message_id)
        got, why = records.day(record, "received", when.zone, bad)
        if got is None:
            skip_all(why or "no_date")
            continue
        if when.in_year(got):
            received += 1
        else:
            skip(skip_received, "outside_year")
        done, why = records.day(record, "closed", when.zone, bad)
        if done is None and why == "bad_date":
            skip(skip_closed, "bad_date")
            skip(skip_public, "bad_date")
            continue
        if done is None or done.year > when.year:
            skip(skip_closed, "not_closed")
            skip(skip_public, "not_closed")
            continue
        if done.year < when.year:
            skip(skip_closed, "outside_year")
            skip(skip_public, "outside_year")
            continue
        if done < got:
            bad.add(
                records.source,
                records.column_name("closed"),
                record.row,
                cells["closed"],
                "办结日期早于收到日期",
            )
            skip(skip_closed, "bad_date")
            skip(skip_public, "bad_date")
            continue
        closed += 1
        days_total += (done - got).days
        if not records.has("public"):
            continue
        try:
            is_public = to_flag(cells["public"])
        except CellError as exc:
            bad.add(
                records.source, records.column_name("public"), record.row, cells["public"], str(exc)
            )
            skip(skip_public, "bad_flag")
            continue
        if is_public:
            public += 1
        else:
            skip(skip_public, "not_public")
    rows = records.rows_read
    computed = Computed()
    computed.add(
        RECEIVED,
        received,
        Explain(
            "收到留言数量（六、2(1)）：收到日期（按网站所在时区）在本年度内的留言条数，无论是否办结；按编号去重。",
            inputs,
            rows,
            skip_received,
        ),
    )
    computed.add(
        CLOSED,
        closed,
        Explain(
            "办结留言数量（六、2(2)）：办结日期在本年度内的留言条数，无论何时收到"
            "（上一年 12 月收到、本年 1 月办结的计入本年办结；年底仍未办结的不计）。",
            inputs,
            rows,
            skip_closed,
        ),
    )
    if closed:
        exact = Decimal(days_total) / Decimal(closed)
        average = float(exact.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))
        computed.add(
            AVERAGE,
            average,
            Explain(
                f"平均办理时间（六、2(3)）：本年度办结的 {closed} 条留言，"
                f"从收到日期到办结日期的日历天数（当天办结计 0 天）之和 {days_total} 天"
                "除以条数，四舍五入保留 1 位小数。",
                inputs,
                rows,
                skip_closed,
            ),
        )
    if records.has("public"):
        computed.add(
            PUBLIC,
            public,
            Explain(
                "公开答复数量（六、2(4)）：本年度办结、且“是否公开答复”为是的留言条数。",
                inputs,
                rows,
                skip_public,
            ),
        )
    return computed
