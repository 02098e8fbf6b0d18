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

_OFFSET_RE = re.compile(r"^[+-][0-9]{4}$")
# As the SQL checks it: the date must be a date; the clock only needs its shape.
_STAMP_RE = re.compile(r"^(../.../....):..:..:..$")


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
            try:
                datetime.datetime.fromisoformat(value.replace("Z", "+00:00"))
            except ValueError:
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
