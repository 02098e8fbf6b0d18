"""Access log formats in nginx `log_format` syntax, turned into a way to split lines.

A format is a sequence of literal text and `$variables`. nianbao needs a few
of the variables (address, time, request, status, user agent, cookies);
every other one is read and ignored. Two ways to split a line come out of it:

* a column layout for DuckDB's CSV reader, when the format is fields
  separated by single spaces, each bare (`$status`), quoted (`"$request"`)
  or bracketed (`[$time_local]`) — true of combined, common and most custom
  formats, and about three times faster than a regular expression;
* a regular expression with one group per variable (RE2 and Python `re`
  syntax at once), for any other format, and to find the lines that did not
  parse when they must be shown.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from nianbao.errors import UsageError

PRESETS = {
    "combined": (
        '$remote_addr - $remote_user [$time_local] "$request" $status $body_bytes_sent '
        '"$http_referer" "$http_user_agent"'
    ),
    "common": '$remote_addr - $remote_user [$time_local] "$request" $status $body_bytes_sent',
}

# Variables nianbao reads, by the role they play. `cookie_NAME` variables are
# roles of their own (`cookie:NAME`); every other variable is ignored.
ROLES = {
    "remote_addr": "ip",
    "time_local": "time_local",
    "time_iso8601": "time_iso8601",
    "msec": "msec",
    "request": "request",
    "request_method": "method",
    "request_uri": "uri",
    "uri": "uri",
    "status": "status",
    "http_user_agent": "ua",
    "http_cookie": "cookie_header",
}
TIME_ROLES = ("time_local", "time_iso8601", "msec")

# Values of these variables contain spaces, so they need quotes (or brackets)
# around them for a space-separated layout to work.
_SPACED = frozenset({"time_local", "request", "http_user_agent", "http_cookie", "http_referer"})
_VAR_RE = re.compile(r"\$(?:\{([A-Za-z0-9_]+)\}|([A-Za-z0-9_]+))")
_REGEX_SPECIAL = frozenset("\\.^$|?*+()[]{}")


@dataclass(frozen=True, slots=True)
class Column:
    """One column of the space-separated layout."""

    name: str
    variable: str | None
    """The variable it holds, or None for literal text (such as the `-` of combined)."""
    part: str = ""
    """For $time_local, which is split by its inner space: `stamp` or `offset`."""
    bracketed: bool = False
    """Written in [brackets], which stay in the column's text."""


@dataclass(frozen=True, slots=True)
class LogFormat:
    text: str
    """The log_format string."""
    name: str
    """`combined`, `common` or `custom`."""
    variables: tuple[str, ...]
    regex: str
    columns: tuple[Column, ...] | None
    """The space-separated layout, or None when the format needs the regular expression."""

    @property
    def roles(self) -> dict[str, str]:
        """Role → the variable that plays it."""
        found: dict[str, str] = {}
        for var in self.variables:
            role = role_of(var)
            if role is not None:
                found.setdefault(role, var)
        return found

    @property
    def time_role(self) -> str | None:
        roles = self.roles
        return next((r for r in TIME_ROLES if r in roles), None)


def role_of(variable: str) -> str | None:
    if variable.startswith("cookie_") and len(variable) > len("cookie_"):
        return "cookie:" + variable[len("cookie_") :]
    return ROLES.get(variable)


def parse_log_format(spec: str) -> LogFormat:
    """`combined`, `common` or a log_format string such as '$remote_addr [$time_local] ...'."""
    name = spec.strip().lower()
    text = PRESETS.get(name)
    if text is None:
        name = "custom"
        text = spec.strip().strip("'")
    parts = _split(text)
    variables = tuple(p for kind, p in parts if kind == "var")
    if not variables:
        raise UsageError(
            f"日志格式「{spec}」里没有变量：请写 combined、common，或 nginx log_format 的写法，"
            "例如 '$remote_addr - $remote_user [$time_local] \"$request\" $status ...'。"
        )
    duplicated = sorted({v for v in variables if variables.count(v) > 1})
    if duplicated:
        raise UsageError(f"日志格式中变量 ${duplicated[0]} 出现了不止一次。")
    if not any(role_of(v) in TIME_ROLES for v in variables):
        raise UsageError(
            "日志格式中没有时间变量：需要 $time_local、$time_iso8601 或 $msec 之一，"
            "否则无法按年度、按日统计。"
        )
    return LogFormat(text, name, variables, _regex(parts), _columns(text))


def _split(text: str) -> list[tuple[str, str]]:
    parts: list[tuple[str, str]] = []
    pos = 0
    for match in _VAR_RE.finditer(text):
        if match.start() > pos:
            parts.append(("lit", text[pos : match.start()]))
        parts.append(("var", match.group(1) or match.group(2)))
        pos = match.end()
    if pos < len(text):
        parts.append(("lit", text[pos:]))
    for i in range(1, len(parts)):
        if parts[i - 1][0] == "var" and parts[i][0] == "var":
            raise UsageError(
                f"日志格式中 ${parts[i - 1][1]} 与 ${parts[i][1]} 之间没有分隔符，无法区分两个值。"
            )
    return parts


def _escape(text: str) -> str:
    """Escape for RE2 and Python alike (re.escape writes `\\ `, which RE2 refuses)."""
    return "".join("\\" + c if c in _REGEX_SPECIAL else c for c in text)


def _regex(parts: list[tuple[str, str]]) -> str:
    out = ["^"]
    for i, (kind, value) in enumerate(parts):
        if kind == "lit":
            out.append(_escape(value))
            continue
        before = parts[i - 1][1] if i > 0 else ""
        after = parts[i + 1][1] if i + 1 < len(parts) else ""
        if before.endswith('"') and after.startswith('"'):
            out.append(r'((?:[^"\\]|\\.)*)')
        elif before.endswith("[") and after.startswith("]"):
            out.append(r"([^\]]*)")
        elif value == "time_local":
            out.append(r"([^ ]+ [+-][0-9]{4})")
        elif i + 1 == len(parts):
            out.append("(.*)")
        elif value in _SPACED:
            out.append("(.*?)")
        else:
            out.append(r"([^ ]*)")  # a space ends it, as in the CSV layout
    # Formats often get fields appended (nginx "main" adds $http_x_forwarded_for);
    # whatever follows a space after the last field is ignored, as GoAccess does.
    out.append("(?: .*)?$")
    return "".join(out)


def _columns(text: str) -> tuple[Column, ...] | None:
    columns: list[Column] = []
    for index, token in enumerate(text.split(" ")):
        name = f"c{index}"
        found = _VAR_RE.fullmatch(token.strip('"[]'))
        var = (found.group(1) or found.group(2)) if found else None
        quoted = len(token) >= 2 and token[0] == token[-1] == '"'
        bracketed = token.startswith("[") and token.endswith("]")
        if not token:
            return None  # two spaces in a row: empty columns would shift
        if "$" not in token:
            if '"' in token.strip('"') or (token.count('"') not in (0, 2)):
                return None
            columns.append(Column(name, None))
        elif var is None:
            return None  # a variable glued to text, e.g. rt=$request_time
        elif var == "time_local" and (bracketed or token == "$time_local"):
            columns.append(Column(name, var, "stamp", bracketed))
            columns.append(Column(f"{name}_offset", var, "offset", bracketed))
        elif quoted or (token == "$" + var or token == "${" + var + "}"):
            if not quoted and var in _SPACED:
                return None
            columns.append(Column(name, var))
        else:
            return None
    return tuple(columns)
