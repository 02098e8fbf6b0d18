"""Settings of `nianbao compute`: shipped defaults, overridden by a --config YAML file.

The defaults live in data/defaults.yaml so that the documentation can show
them as they are; a user's file has the same shape and only names what it
changes. Column names from the user's file are tried before the defaults.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from nianbao.errors import UsageError

DEFAULTS_PATH = Path(__file__).parent / "data" / "defaults.yaml"
MAX_CONFIG_BYTES = 1024 * 1024

_STATUS_RE = re.compile(r"^[1-5](?:xx|[0-9]{2})$")
_MEMORY_RE = re.compile(r"^\d+(?:\.\d+)?\s*(?:[KMGT]i?B|B)$", re.IGNORECASE)
_VISITOR_RE = re.compile(r"^(?:ip\+ua|cookie:[A-Za-z0-9_.-]+|var:[A-Za-z0-9_]+)$")


@dataclass(frozen=True)
class AccessLogConfig:
    format: str
    visitor: str
    methods: tuple[str, ...]
    statuses: tuple[str, ...]
    exclude_assets: bool
    asset_extensions: tuple[str, ...]
    exclude_bots: bool
    bot_patterns: tuple[str, ...]
    bot_patterns_removed: tuple[str, ...]
    empty_user_agent_is_bot: bool
    memory_limit: str
    threads: int


@dataclass(frozen=True)
class ContentConfig:
    categories: dict[str, tuple[str, ...]]
    category_words: dict[str, tuple[str, ...]]


@dataclass(frozen=True)
class CasesConfig:
    completed_statuses: tuple[str, ...]
    natural_kinds: tuple[str, ...]
    legal_kinds: tuple[str, ...]


@dataclass(frozen=True)
class ComputeConfig:
    access_log: AccessLogConfig
    content: ContentConfig
    cases: CasesConfig
    columns: dict[str, dict[str, tuple[str, ...]]]
    source: str | None = None
    """The --config file, or None for the shipped defaults."""


@cache
def _defaults() -> dict[str, Any]:
    data = yaml.safe_load(DEFAULTS_PATH.read_text("utf-8"))
    assert isinstance(data, dict)
    return data


def default_config() -> ComputeConfig:
    return _build(_defaults(), {}, None)


def load_config(path: Path | None) -> ComputeConfig:
    """The defaults, overridden by the YAML file at `path` (if given)."""
    if path is None:
        return default_config()
    source = str(path)
    try:
        raw = path.read_bytes()[: MAX_CONFIG_BYTES + 1]
    except OSError as exc:
        raise UsageError(f"无法读取配置文件：{exc.strerror or exc}。", source=source) from None
    if len(raw) > MAX_CONFIG_BYTES:
        raise UsageError("配置文件超过 1 MB，不像是 nianbao compute 的配置。", source=source)
    try:
        user = yaml.safe_load(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise UsageError("配置文件不是 UTF-8 编码。", source=source) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"第 {mark.line + 1} 行：" if mark is not None else ""
        raise UsageError(
            f"配置文件不是有效的 YAML（{where}{getattr(exc, 'problem', exc)}）。", source=source
        ) from None
    if user is None:
        user = {}
    if not isinstance(user, dict):
        raise UsageError("配置文件的顶层应是“键: 值”的映射。", source=source)
    return _build(_defaults(), user, source)


def _build(defaults: dict[str, Any], user: dict[str, Any], source: str | None) -> ComputeConfig:
    unknown = sorted(set(user) - set(defaults))
    if unknown:
        raise UsageError(
            f"配置文件中有未知的键：{'、'.join(map(str, unknown))}。"
            f"可用的键：{'、'.join(defaults)}（见 docs/compute.md）。",
            source=source,
        )
    reader = _Reader(source)
    log = reader.section(defaults, user, "access_log")
    content = reader.section(defaults, user, "content")
    cases = reader.section(defaults, user, "cases")
    return ComputeConfig(
        access_log=AccessLogConfig(
            format=reader.text(log, "access_log.format"),
            visitor=reader.matching(log, "access_log.visitor", _VISITOR_RE, "ip+ua、cookie:名称"),
            methods=tuple(m.upper() for m in reader.words(log, "access_log.methods")),
            statuses=reader.statuses(log, "access_log.statuses"),
            exclude_assets=reader.flag(log, "access_log.exclude_assets"),
            asset_extensions=tuple(
                e.lower().lstrip(".") for e in reader.words(log, "access_log.asset_extensions")
            ),
            exclude_bots=reader.flag(log, "access_log.exclude_bots"),
            bot_patterns=reader.words(log, "access_log.bot_patterns"),
            bot_patterns_removed=reader.words(log, "access_log.bot_patterns_removed"),
            empty_user_agent_is_bot=reader.flag(log, "access_log.empty_user_agent_is_bot"),
            memory_limit=reader.matching(log, "access_log.memory_limit", _MEMORY_RE, "600MB"),
            threads=reader.count(log, "access_log.threads"),
        ),
        content=ContentConfig(
            categories=reader.word_map(content, "content.categories"),
            category_words=reader.word_map(content, "content.category_words"),
        ),
        cases=CasesConfig(
            completed_statuses=reader.words(cases, "cases.completed_statuses"),
            natural_kinds=reader.words(cases, "cases.natural_kinds"),
            legal_kinds=reader.words(cases, "cases.legal_kinds"),
        ),
        columns=reader.columns(defaults["columns"], user.get("columns")),
        source=source,
    )


class _Reader:
    """Typed access to the merged settings; every complaint names the key."""

    def __init__(self, source: str | None) -> None:
        self.source = source

    def fail(self, key: str, expected: str) -> UsageError:
        return UsageError(f"配置项 {key} 应为{expected}。", source=self.source)

    def section(self, defaults: dict[str, Any], user: dict[str, Any], name: str) -> dict[str, Any]:
        given = user.get(name) or {}
        if not isinstance(given, dict):
            raise self.fail(name, "一个映射（键: 值）")
        unknown = sorted(set(given) - set(defaults[name]))
        if unknown:
            raise UsageError(
                f"配置项 {name} 下有未知的键：{'、'.join(map(str, unknown))}；"
                f"可用的键：{'、'.join(defaults[name])}。",
                source=self.source,
            )
        return {**defaults[name], **given}

    def _leaf(self, section: dict[str, Any], key: str) -> Any:
        return section[key.rsplit(".", 1)[1]]

    def text(self, section: dict[str, Any], key: str) -> str:
        value = self._leaf(section, key)
        if not isinstance(value, str) or not value.strip():
            raise self.fail(key, "一段文字")
        return value.strip()

    def matching(self, section: dict[str, Any], key: str, pattern: re.Pattern[str], eg: str) -> str:
        value = self._leaf(section, key)
        text = str(value).strip() if isinstance(value, str | int) else ""
        if not pattern.match(text):
            raise self.fail(key, f"如 {eg} 的写法，而不是「{value}」")
        return text

    def flag(self, section: dict[str, Any], key: str) -> bool:
        value = self._leaf(section, key)
        if not isinstance(value, bool):
            raise self.fail(key, " true 或 false")
        return value

    def count(self, section: dict[str, Any], key: str) -> int:
        value = self._leaf(section, key)
        if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= 256:
            raise self.fail(key, " 0 到 256 之间的整数（0 表示用全部 CPU 核）")
        return value

    def words(self, section: dict[str, Any], key: str) -> tuple[str, ...]:
        value = self._leaf(section, key)
        if value is None:
            return ()
        if not isinstance(value, list) or not all(isinstance(v, str | int) for v in value):
            raise self.fail(key, "一个列表，如 [a, b]")
        return tuple(str(v).strip() for v in value if str(v).strip())

    def statuses(self, section: dict[str, Any], key: str) -> tuple[str, ...]:
        found = tuple(s.lower() for s in self.words(section, key))
        bad = [s for s in found if not _STATUS_RE.match(s)]
        if bad:
            raise self.fail(key, f"状态码列表，如 [2xx, 304]，而不是 {bad}")
        return found

    def word_map(self, section: dict[str, Any], key: str) -> dict[str, tuple[str, ...]]:
        value = self._leaf(section, key)
        if not isinstance(value, dict):
            raise self.fail(key, "一个映射")
        return {str(k): self.words(value, f"{key}.{k}") for k in value}

    def columns(
        self, defaults: dict[str, Any], given: Any
    ) -> dict[str, dict[str, tuple[str, ...]]]:
        if given is None:
            given = {}
        if not isinstance(given, dict):
            raise self.fail("columns", "一个映射（文件种类: {角色: 列名}）")
        unknown = sorted(set(given) - set(defaults))
        if unknown:
            raise UsageError(
                f"配置项 columns 下有未知的文件种类：{'、'.join(map(str, unknown))}；"
                f"可用的：{'、'.join(defaults)}。",
                source=self.source,
            )
        merged: dict[str, dict[str, tuple[str, ...]]] = {}
        for kind, roles in defaults.items():
            extra = given.get(kind) or {}
            if not isinstance(extra, dict):
                raise self.fail(f"columns.{kind}", "一个映射（角色: 列名或列名列表）")
            bad = sorted(set(extra) - set(roles))
            if bad:
                raise UsageError(
                    f"配置项 columns.{kind} 下有未知的角色：{'、'.join(map(str, bad))}；"
                    f"可用的：{'、'.join(roles)}。",
                    source=self.source,
                )
            merged[kind] = {}
            for role, names in roles.items():
                mine = extra.get(role)
                mine_list = [mine] if isinstance(mine, str) else (mine or [])
                if not isinstance(mine_list, list):
                    raise self.fail(f"columns.{kind}.{role}", "列名或列名列表")
                merged[kind][role] = tuple(str(n) for n in [*mine_list, *names])
        return merged
