"""A year of synthetic web traffic whose right answers are known by construction.

Every line is generated for one purpose: a counted page view, or a request
that must not count for exactly one reason (in nianbao's order of reasons:
rejected, outside_year, method, status, asset, bot). The expected figures
come from the list of events, with Python's own time-zone conversion — not
from any code under test.
"""

from __future__ import annotations

import datetime
import gzip
import random
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from zoneinfo import ZoneInfo

import zstandard

SHANGHAI = ZoneInfo("Asia/Shanghai")
YEAR = 2024
HUMAN_AGENTS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/120.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.1 Safari/605.1.15",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like "
    "Gecko) Mobile/15E148 MicroMessenger/8.0.44(0x18002c2f) NetType/WIFI Language/zh_CN",
    "Mozilla/5.0 (Linux; Android 13; V2183A) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/108.0.5359.128 Mobile Safari/537.36",
    "Mozilla/5.0 (Windows NT 6.1; WOW64; Trident/7.0; rv:11.0) like Gecko",
]
BOT_AGENTS = [
    "Mozilla/5.0 (compatible; Baiduspider/2.0; +http://www.baidu.com/search/spider.html)",
    "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
    "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
    "Mozilla/5.0+(compatible; UptimeRobot/2.0; http://www.uptimerobot.com/)",
    "python-requests/2.31.0",
    "-",
]
PAGES = ["/", "/xxgk/art_{n}.html", "/index.jsp?id={n}", "/news/", "/col/col{n}/index.html"]
ASSETS = [
    "/static/app.{n}.css",
    "/static/app.{n}.js?v=3",
    "/images/banner{n}.PNG",
    "/fonts/a{n}.woff2",
    "/favicon.ico",
]
OFFSETS = [8 * 60] * 6 + [0, -5 * 60, 5 * 60 + 30, 9 * 60]


@dataclass(frozen=True)
class Visitor:
    ip: str
    ua: str


@dataclass
class Traffic:
    lines: list[tuple[str, str]] = field(default_factory=list)
    """(line, reason) with reason `page` for a counted page view."""
    views: list[tuple[Visitor, datetime.datetime]] = field(default_factory=list)

    @property
    def page_views(self) -> int:
        return len(self.views)

    def daily_visitors(self) -> dict[datetime.date, int]:
        days: dict[datetime.date, set[Visitor]] = {}
        for visitor, moment in self.views:
            days.setdefault(moment.astimezone(SHANGHAI).date(), set()).add(visitor)
        return {day: len(v) for day, v in sorted(days.items())}

    @property
    def unique_visitors(self) -> int:
        return sum(self.daily_visitors().values())

    def reasons(self) -> Counter[str]:
        return Counter(reason for _, reason in self.lines if reason != "page")


def stamp(moment: datetime.datetime, offset_minutes: int) -> str:
    zone = datetime.timezone(datetime.timedelta(minutes=offset_minutes))
    return moment.astimezone(zone).strftime("%d/%b/%Y:%H:%M:%S %z")


def line(
    visitor: Visitor,
    moment: datetime.datetime,
    path: str,
    *,
    method: str = "GET",
    status: int = 200,
    offset: int = 480,
) -> str:
    return (
        f'{visitor.ip} - - [{stamp(moment, offset)}] "{method} {path} HTTP/1.1" {status} 512 '
        f'"https://www.example.gov.cn/" "{visitor.ua}"'
    )


def generate(
    seed: int = 7, *, offsets: list[int] | None = None, visitors: int = 40, garbage: bool = True
) -> Traffic:
    """The year's traffic; `offsets` (minutes) are the UTC offsets timestamps are written in."""
    rng = random.Random(seed)
    choices = offsets or OFFSETS
    ips = [
        f"10.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}" for _ in range(25)
    ]
    # Fewer addresses than visitors: some share an address (NAT), told apart by their browser.
    drawn = [Visitor(rng.choice(ips), rng.choice(HUMAN_AGENTS)) for _ in range(visitors)]
    people = list(dict.fromkeys(drawn))  # in drawing order, so a seed gives the same year
    bots = [Visitor(rng.choice(ips), ua) for ua in BOT_AGENTS]
    traffic = Traffic()

    def add(
        visitor: Visitor,
        moment: datetime.datetime,
        reason: str,
        *,
        method: str = "GET",
        status: int = 200,
    ) -> None:
        path = rng.choice(ASSETS if reason == "asset" else PAGES).format(n=rng.randrange(50))
        offset = rng.choice(choices)
        text = line(visitor, moment, path, method=method, status=status, offset=offset)
        traffic.lines.append((text, reason))
        if reason == "page":
            traffic.views.append((visitor, moment))

    day = datetime.date(YEAR, 1, 1)
    while day.year == YEAR:
        start = datetime.datetime(day.year, day.month, day.day, tzinfo=SHANGHAI)
        for visitor in rng.sample(people, rng.randrange(2, 7)):
            for _ in range(rng.choice([1, 1, 2, 3, 5])):  # returning the same day
                moment = start + datetime.timedelta(seconds=rng.randrange(86400))
                add(visitor, moment, "page", status=rng.choice([200, 200, 200, 304, 206]))
            moment = start + datetime.timedelta(seconds=rng.randrange(86400))
            add(visitor, moment, "asset")
            if rng.random() < 0.3:
                add(visitor, moment, "status", status=rng.choice([404, 500, 301, 403]))
            if rng.random() < 0.2:
                add(visitor, moment, "method", method=rng.choice(["POST", "HEAD", "OPTIONS"]))
        # Someone who only loaded assets (a cached page): no view, no visitor that day.
        add(rng.choice(people), start + datetime.timedelta(hours=12), "asset")
        for bot in rng.sample(bots, 2):
            add(bot, start + datetime.timedelta(seconds=rng.randrange(86400)), "bot")
        day += datetime.timedelta(days=1)
    _edges(people, add)
    for text in (
        ()
        if not garbage
        else (
            "garbage",
            '10.0.0.1 - - [31/Foo/2024:10:00:00 +0800] "GET / HTTP/1.1" 200 5 "-" "x"',
            '10.0.0.1 - - [31/Jan/2024:10:00 +0800] "GET / HTTP/1.1" 200 5 "-" "x"',
            '10.0.0.1 - - [31/Jan/2024:10:00:00 +0800] "GET / HTTP/1.1" 200 5 "-"',
            '10.0.0.1 - - [31/Jan/2024:10:00:00 +08:00] "GET / HTTP/1.1" 200 5 "-" "x"',
            '10.0.0.1 - - [31/Jan/2024:10:00:00 +0800] "GET / HTTP/1.1" OK 5 "-" "x"',
        )
    ):
        traffic.lines.append((text, "rejected"))
    rng.shuffle(traffic.lines)
    return traffic


def _edges(people: list[Visitor], add: Callable[[Visitor, datetime.datetime, str], None]) -> None:
    """Midnight and year-boundary cases, written in offsets that move them across days."""
    utc = datetime.UTC
    a, b = people[0], people[1]
    # 2023-12-31T16:30:00+00:00 is 2024-01-01 00:30 in Shanghai: counts.
    add(a, datetime.datetime(2023, 12, 31, 16, 30, tzinfo=utc), "page")
    # 2023-12-31T15:59:59+00:00 is 2023-12-31 23:59:59 in Shanghai: last year.
    add(a, datetime.datetime(2023, 12, 31, 15, 59, 59, tzinfo=utc), "outside_year")
    # 2024-12-31T16:00:00+00:00 is 2025-01-01 00:00 in Shanghai: next year.
    add(b, datetime.datetime(2024, 12, 31, 16, 0, tzinfo=utc), "outside_year")
    add(b, datetime.datetime(2024, 12, 31, 15, 59, 59, tzinfo=utc), "page")
    # A visitor at 23:59:59 and at 00:00:00 in Shanghai: two days, two visitors.
    for moment in (
        datetime.datetime(2024, 6, 1, 23, 59, 59, tzinfo=SHANGHAI),
        datetime.datetime(2024, 6, 2, 0, 0, 0, tzinfo=SHANGHAI),
    ):
        add(a, moment, "page")
    for days in (1, 30, 400):
        moment = datetime.datetime(YEAR - 1, 12, 31, 12, tzinfo=SHANGHAI) - datetime.timedelta(
            days=days
        )
        add(b, moment, "outside_year")
        add(b, moment + datetime.timedelta(days=days + 367), "outside_year")


def write(
    traffic: Traffic, folder: Path, kinds: tuple[str, ...] = ("plain", "gzip", "zstd")
) -> list[Path]:
    """The lines spread over one file per kind; names do not tell the compression."""
    paths = []
    for index, kind in enumerate(kinds):
        text = "".join(f"{text}\n" for text, _ in traffic.lines[index :: len(kinds)])
        data = text.encode("utf-8")
        if kind == "gzip":
            data = gzip.compress(data, 1)
        elif kind == "zstd":
            data = zstandard.ZstdCompressor().compress(data)
        path = folder / f"access-{index}.log"
        path.write_bytes(data)
        paths.append(path)
    return paths
