"""Find examples (file:line) of log lines that could not be parsed.

DuckDB counts every rejected line but, for lines whose fields parse yet make
no sense (a time that is not a time), cannot say where they are. These are
rare, so the files that have them are read again here, line by line with
Python, until a few examples are found.
"""

from __future__ import annotations

import datetime
import re

from nianbao.metrics.logfiles import LogFile, iter_lines
from nianbao.metrics.logformat import LogFormat, role_of

# As the SQL checks them (logsql.py): a clock 00:00:00-23:59:59, an offset of hours
# 00-23 and minutes 00-59, and a date that exists.
_OFFSET_RE = re.compile(r"^[+-]([01][0-9]|2[0-3])[0-5][0-9]$")
_CLOCK = r"([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]"
_STAMP_RE = re.compile(rf"^([0-9]{{2}}/[A-Za-z]{{3}}/[0-9]{{4}}):{_CLOCK}$")
_ISO_RE = re.compile(
    rf"^[0-9]{{4}}-[0-9]{{2}}-[0-9]{{2}}T{_CLOCK}(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9])$"
)


def line_ok(fmt: LogFormat, pattern: re.Pattern[str], raw: bytes) -> bool:
    """Whether nianbao can read a line of this format (the same tests as the SQL)."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return False
    if not text.strip():
        return True  # blank lines are not data and are not counted
    match = pattern.match(text)
    if match is None:
        return False
    values = dict(zip(fmt.variables, match.groups(), strict=True))
    for var, value in values.items():
        role = role_of(var)
        if role == "time_local":
            stamp, _, offset = value.partition(" ")
            shape = _STAMP_RE.match(stamp)
            if not shape or not _OFFSET_RE.match(offset) or not _parses(shape[1], "%d/%b/%Y"):
                return False
        elif role == "time_iso8601":
            if not _ISO_RE.match(value) or not _parses(value[:10], "%Y-%m-%d"):
                return False
        elif role == "msec":
            try:
                float(value)
            except ValueError:
                return False
        elif role == "status" and not (value.isdigit() and int(value) <= 32767):
            return False
    return True


def _parses(text: str, layout: str) -> bool:
    try:
        datetime.datetime.strptime(text, layout)
    except ValueError:
        return False
    return True


def find_examples(
    fmt: LogFormat, files: list[LogFile], wanted: int, known: set[tuple[str, int]]
) -> list[str]:
    """Up to `wanted` unreadable lines of `files`, skipping the (file, line) pairs in `known`."""
    pattern = re.compile(fmt.regex, re.DOTALL)
    found: list[str] = []
    for log in files:
        for number, raw in iter_lines(log):
            if (log.name, number) in known or line_ok(fmt, pattern, raw):
                continue
            text = raw.decode("utf-8", errors="replace")
            shown = text if len(text) <= 200 else text[:200] + "…"
            found.append(f"{log.name}:{number}: {shown}")
            if len(found) >= wanted:
                return found
    return found
