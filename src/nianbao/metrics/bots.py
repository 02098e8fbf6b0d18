"""Known crawlers, bots and monitors, recognised by their User-Agent.

The list is crawler-user-agents (monperrus/crawler-user-agents), a maintained
set of about 1,500 patterns, read from its PyPI package `crawler-user-agents`
(import name `crawleruseragents`), a dependency pinned by uv.lock: upgrading
the package refreshes the list, and the explanation names its version. The
config adds patterns of its own (`bot_patterns`) and can drop patterns of
the list (`bot_patterns_removed`). Patterns are RE2 syntax, matched
case-sensitively unless they say `(?i)`; the whole list is one alternation,
applied once per distinct User-Agent, never per line.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import metadata, resources

import duckdb

from nianbao.errors import UsageError

LIST_NAME = "crawler-user-agents"
LIST_URL = "https://github.com/monperrus/crawler-user-agents"


@dataclass(frozen=True, slots=True)
class BotList:
    patterns: tuple[str, ...]
    """The list's patterns still in use (those the config removed are not)."""
    version: str
    added: tuple[str, ...]
    removed: tuple[str, ...]
    """Patterns the config removed that the list does have."""
    unknown_removed: tuple[str, ...]
    """Patterns the config asked to remove that the list does not have (a typo, or dropped)."""
    empty_is_bot: bool

    @property
    def origin(self) -> str:
        return f"{LIST_NAME} {self.version}"

    def regex(self) -> str:
        return "|".join(f"(?:{p})" for p in (*self.patterns, *self.added))

    def sql_predicate(self, ua: str) -> str:
        """SQL that is true when the User-Agent expression `ua` is a bot's."""
        every = (*self.patterns, *self.added)
        test = f"regexp_matches({ua}, '{self.regex().replace(chr(39), chr(39) * 2)}')"
        if not every:
            test = "false"
        if self.empty_is_bot:
            return f"({ua} IS NULL OR trim({ua}) IN ('', '-') OR {test})"
        return f"coalesce({test}, false)"

    def describe(self) -> str:
        text = f"{self.origin}（{LIST_URL}）的 {len(self.patterns)} 条规则"
        if self.removed:
            text += f"（按配置去掉了 {len(self.removed)} 条）"
        if self.added:
            text += f"，另加配置的 {len(self.added)} 条"
        if self.empty_is_bot:
            text += "；User-Agent 为空或“-”的请求也算作程序访问"
        return text


@cache
def crawler_list() -> tuple[tuple[str, ...], str]:
    """The patterns of the installed crawler-user-agents package, and its version."""
    # The package's data file, read as its __init__ does (importing it also compiles
    # Python regexes nianbao does not use).
    data = resources.files("crawleruseragents").joinpath("crawler-user-agents.json")
    entries = json.loads(data.read_text("utf-8"))
    patterns = tuple(str(entry["pattern"]) for entry in entries)
    return patterns, metadata.version(LIST_NAME)


def load_bots(added: tuple[str, ...], removed: tuple[str, ...], empty_is_bot: bool) -> BotList:
    patterns, version = crawler_list()
    _check_patterns(added)
    dropped = set(removed)
    return BotList(
        patterns=tuple(p for p in patterns if p not in dropped),
        version=version,
        added=added,
        removed=tuple(p for p in removed if p in patterns),
        unknown_removed=tuple(p for p in removed if p not in patterns),
        empty_is_bot=empty_is_bot,
    )


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
