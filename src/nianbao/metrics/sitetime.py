"""The site's time zone: which calendar day a moment falls on, and the report year's bounds.

Log timestamps carry their own UTC offset; the form counts by the site's
days (Asia/Shanghai by default). The SQL here turns a UTC timestamp into the
site's local wall-clock time with plain arithmetic on the zone's offsets over
the year, so DuckDB needs no time-zone extension and a fixed-offset zone such
as Asia/Shanghai costs one addition per line.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from nianbao.errors import UsageError

_UTC = datetime.UTC


@dataclass(frozen=True, slots=True)
class SiteTime:
    tz_name: str
    year: int
    offsets: tuple[tuple[datetime.datetime, int], ...]
    """(from this UTC moment on, the offset in minutes), covering the year with a day to spare."""

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.tz_name)

    def in_year(self, day: datetime.date) -> bool:
        return day.year == self.year

    @property
    def fixed(self) -> bool:
        return len({minutes for _, minutes in self.offsets}) == 1

    @property
    def first_day(self) -> datetime.date:
        return datetime.date(self.year, 1, 1)

    @property
    def last_day(self) -> datetime.date:
        return datetime.date(self.year, 12, 31)

    def local_sql(self, utc: str) -> str:
        """SQL for the site's wall-clock TIMESTAMP of the UTC TIMESTAMP expression `utc`."""
        if self.fixed:
            return f"({utc} + to_minutes({self.offsets[0][1]}))"
        arms = " ".join(
            f"WHEN {utc} < TIMESTAMP '{start.strftime('%Y-%m-%d %H:%M:%S')}' "
            f"THEN {utc} + to_minutes({previous})"
            for (start, _), (_, previous) in zip(self.offsets[1:], self.offsets, strict=False)
        )
        return f"(CASE {arms} ELSE {utc} + to_minutes({self.offsets[-1][1]}) END)"

    def shift_sql(self, local: str, offset_minutes: str) -> str:
        """SQL for the site's wall-clock time of a log's local time written at its own offset."""
        if self.fixed:
            return f"({local} + to_minutes({self.offsets[0][1]} - {offset_minutes}))"
        return self.local_sql(f"({local} - to_minutes({offset_minutes}))")

    def describe(self) -> str:
        if self.fixed:
            minutes = self.offsets[0][1]
            sign = "+" if minutes >= 0 else "-"
            hours, rest = divmod(abs(minutes), 60)
            return f"{self.tz_name}（UTC{sign}{hours:02d}:{rest:02d}）"
        return f"{self.tz_name}（含夏令时切换）"


def site_time(tz_name: str, year: int) -> SiteTime:
    try:
        zone = ZoneInfo(tz_name)
    except (ZoneInfoNotFoundError, ValueError):
        raise UsageError(
            f"未知的时区「{tz_name}」：请写 IANA 时区名，例如 Asia/Shanghai、Asia/Urumqi。"
        ) from None
    if not 1970 <= year <= 2100:
        raise UsageError(f"年度 {year} 不在 1970 至 2100 之间。")
    start = datetime.datetime(year - 1, 12, 30, tzinfo=_UTC)
    end = datetime.datetime(year + 1, 1, 2, tzinfo=_UTC)
    offsets: list[tuple[datetime.datetime, int]] = []
    moment = start
    step = datetime.timedelta(minutes=15)  # every zone changes on a quarter hour
    previous: int | None = None
    while moment <= end:
        delta = moment.astimezone(zone).utcoffset()
        minutes = int(delta.total_seconds() // 60) if delta is not None else 0
        if minutes != previous:
            offsets.append((moment.replace(tzinfo=None), minutes))
            previous = minutes
        moment += step
    return SiteTime(tz_name, year, tuple(offsets))
