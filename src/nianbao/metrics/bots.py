"""Known crawlers, bots and monitors, recognised by their User-Agent.

The list is crawler-user-agents (monperrus/crawler-user-agents), a
maintained set of about 1,500 patterns: the installed `crawleruseragents`
package when present (it is refreshed by upgrading it), otherwise the copy
shipped in data/ (source, version and date inside the file). The config adds
patterns of its own. Patterns are RE2 syntax, matched case-sensitively unless
they say `(?i)`; DuckDB applies them once per distinct User-Agent.
"""

from __future__ import annotations

import importlib.util
import json
from dataclasses import dataclass
from functools import cache
from importlib import metadata
from pathlib import Path

import duckdb

from nianbao.errors import UsageError

SHIPPED = Path(__file__).parent / "data" / "crawler-user-agents.json"


@dataclass(frozen=True, slots=True)
class BotList:
    patterns: tuple[str, ...]
    origin: str
    """Where the list came from, for the explanation: name, version and date."""
    added: tuple[str, ...]
    empty_is_bot: bool

    def regex(self) -> str:
        return "|".join(f"(?:{p})" for p in (*self.patterns, *self.added))

    def sql_predicate(self, ua: str) -> str:
        """SQL that is true when the User-Agent expression `ua` is a bot's."""
        pattern = self.regex().replace("'", "''")
        test = f"regexp_matches({ua}, '{pattern}')"
        if self.empty_is_bot:
            return f"({ua} IS NULL OR trim({ua}) IN ('', '-') OR {test})"
        return f"coalesce({test}, false)"

    def describe(self) -> str:
        text = f"{self.origin} 的 {len(self.patterns)} 条规则"
        if self.added:
            text += f"，另加配置的 {len(self.added)} 条"
        if self.empty_is_bot:
            text += "；User-Agent 为空或“-”的请求也算作程序访问"
        return text


@cache
def _installed() -> tuple[tuple[str, ...], str] | None:
    spec = importlib.util.find_spec("crawleruseragents")
    if spec is None or spec.origin is None:
        return None
    data_file = Path(spec.origin).parent / "crawler-user-agents.json"
    try:
        entries = json.loads(data_file.read_text("utf-8"))
        patterns = tuple(str(e["pattern"]) for e in entries)
    except (OSError, ValueError, KeyError, TypeError):
        return None
    try:
        found = metadata.version("crawler-user-agents")
    except metadata.PackageNotFoundError:
        found = "?"
    return patterns, f"crawler-user-agents {found}（已安装的包）"


@cache
def _shipped() -> tuple[tuple[str, ...], str]:
    data = json.loads(SHIPPED.read_text("utf-8"))
    origin = f"crawler-user-agents {data['version']}（随 nianbao 附带，{data['retrieved']} 取得）"
    return tuple(data["patterns"]), origin


def load_bots(added: tuple[str, ...], empty_is_bot: bool) -> BotList:
    patterns, origin = _installed() or _shipped()
    _check_patterns(added)
    return BotList(patterns, origin, added, empty_is_bot)


def _check_patterns(patterns: tuple[str, ...]) -> None:
    con = duckdb.connect()
    try:
        for pattern in patterns:
            try:
                con.execute("SELECT regexp_matches('', ?)", [pattern]).fetchall()
            except duckdb.Error as exc:
                raise UsageError(
                    f"配置 access_log.bot_patterns 中的「{pattern}」不是有效的正则表达式"
                    f"（RE2 语法）：{str(exc).splitlines()[0]}"
                ) from None
    finally:
        con.close()
