"""One directory row's cells → typed values, each problem at its cell.

Codes and URLs go through the core's identifier normaliser, dates and 是/否 through its
parsers, 网站类型 through the form's choices, and 标识码/首页网址/主办单位 through the form's
own format rules, so a site here is checked exactly as in a report. Checks that need other
rows or the database are in `directory_plan.py`.
"""

from __future__ import annotations

import dataclasses
import datetime
import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from django.contrib.auth.validators import UnicodeUsernameValidator
from django.core.exceptions import ValidationError
from django.core.validators import validate_email

from nianbao import normalize
from nianbao.coerce import report_from_mapping
from nianbao.errors import UsageError
from nianbao.forms import default_form
from nianbao.rules import RuleSet
from nianbao.settings import RuleSettings
from nianbao_web.orgs.models import Organisation
from nianbao_web.services import sites
from nianbao_web.services.directory_rows import Problem, Row, columns, fold

_SPLIT_ROLES = re.compile(r"[、,，;；/\s]+")


@dataclass(slots=True)
class OrgRow:
    row: Row
    code: str
    parent: str | None = None
    name: str | None = None
    level: str | None = None
    reviews: bool | None = None
    deadline: str | None = None


@dataclass(slots=True)
class SiteRow:
    row: Row
    code: str
    old_code: str | None = None
    code_changed: datetime.date | None = None
    name: str | None = None
    url: str | None = None
    sponsor: str | None = None
    site_type: str | None = None
    organisation: str | None = None
    opened: datetime.date | None = None
    closed: datetime.date | None = None
    merged_into: str | None = None
    warnings: list[Problem] = field(default_factory=list)


@dataclass(slots=True)
class UserRow:
    row: Row
    username: str
    full_name: str | None = None
    email: str | None = None
    organisation: str | None = None
    roles: tuple[str, ...] = ()


class _Reader:
    """Reads one row's cells, collecting every problem instead of stopping at the first."""

    def __init__(self, row: Row, problems: list[Problem]) -> None:
        self.row, self.problems = row, problems

    def fail(self, column: str, message: str, fix: str) -> None:
        self.problems.append(self.row.problem(column, message, fix))

    def _parse(self, column: str, parser: Any) -> Any:
        raw = self.row.cells.get(column)
        try:
            return parser(raw)
        except normalize.NormalizeError as exc:
            message, _, fix = str(exc).partition("：")
            self.fail(column, message + "。", fix or "请更正。")
            return None

    def code(self, column: str, limit: int) -> str | None:
        value = self._parse(column, normalize.parse_identifier)
        if value is not None and len(value) > limit:
            self.fail(column, f"「{value}」超过 {limit} 个字符。", "请核对是否多抄了内容。")
            return None
        return value  # type: ignore[no-any-return]

    def text(self, column: str, limit: int) -> str | None:
        value = self._parse(column, normalize.parse_text)
        if value is not None and len(value) > limit:
            self.fail(column, f"有 {len(value)} 个字，超过 {limit} 字的上限。", "请缩短。")
            return None
        return value  # type: ignore[no-any-return]

    def date(self, column: str) -> datetime.date | None:
        return self._parse(column, normalize.parse_date)  # type: ignore[no-any-return]

    def flag(self, column: str) -> bool | None:
        return self._parse(column, normalize.parse_bool)  # type: ignore[no-any-return]

    def word(self, column: str, table: str, what: str) -> str | None:
        """A cell naming one of `table`'s words (roles, levels) → its key."""
        raw = self.text(column, 40)
        if raw is None:
            return None
        for key, words in _words(table).items():
            if fold(raw) in words:
                return key
        known = "、".join(str(words[0]) for words in columns()[table].values())
        self.fail(column, f"「{raw}」不是可用的{what}。", f"请填写{known}之一。")
        return None


@cache
def _words(table: str) -> dict[str, frozenset[str]]:
    extra: dict[str, list[str]] = {}
    if table == "levels":
        extra = {str(k): [str(k), str(v)] for k, v in Organisation.Level.choices}
    return {
        str(key): frozenset(fold(str(w)) for w in [*words, *extra.get(str(key), [])])
        for key, words in columns()[table].items()
    }


def _required(reader: _Reader, column: str, value: str | None) -> str:
    if value is None and column not in reader.row.cells:
        reader.fail(column, "没有填写。", "每一行都必须填写这一列。")
    return value or ""


def org_row(row: Row, problems: list[Problem]) -> OrgRow:
    r = _Reader(row, problems)
    out = OrgRow(row, _required(r, "code", r.code("code", 40)))
    out.parent = r.code("parent", 40)
    out.name = r.text("name", 200)
    out.level = r.word("level", "levels", "层级")
    out.reviews = r.flag("reviews")
    deadline = r.text("deadline", 10)
    if deadline is not None:
        try:
            rules = RuleSettings.parse_deadline(deadline)
            out.deadline = f"{rules.deadline_month:02d}-{rules.deadline_day:02d}"
        except UsageError as exc:
            message, _, fix = exc.message.partition("：")
            r.fail("deadline", message + "。", fix)
    return out


def site_row(row: Row, problems: list[Problem]) -> SiteRow:
    r = _Reader(row, problems)
    out = SiteRow(row, _required(r, "code", r.code("code", 20)))
    out.old_code = r.code("old_code", 20)
    out.code_changed = r.date("code_changed")
    out.name = r.text("name", 200)
    out.url = r.code("url", 300)
    out.sponsor = r.text("sponsor", 200)
    out.site_type = _site_type(r)
    out.organisation = r.code("organisation", 40)
    out.opened, out.closed = r.date("opened"), r.date("closed")
    out.merged_into = r.code("merged_into", 20)
    if out.opened and out.closed and out.closed < out.opened:
        r.fail("closed", f"关停日期 {out.closed} 早于开通日期 {out.opened}。", "请核对两个日期。")
    if out.code_changed and not out.old_code:
        r.fail("code_changed", "填写了标识码变更日期，但没有填写原标识码。", "请填写原标识码。")
    _site_rules(r, out)
    return out


def _site_type(r: _Reader) -> str | None:
    raw = r.text("site_type", 40)
    if raw is None:
        return None
    field_ = default_form().by_key[columns()["site_type_field"]]
    try:
        chosen = normalize.parse_choices(raw, field_.choice_options())
    except normalize.NormalizeError:
        chosen = []
    if len(chosen) != 1:
        allowed = "、".join(c.label for c in field_.choices)
        r.fail("site_type", f"「{raw}」不是报表中的网站类型。", f"请填写{allowed}之一。")
        return None
    return field_.choice_label(chosen[0])


@cache
def _site_rule_set() -> RuleSet:
    """The form's rules about one of the site's own fields (not e.g. `required` on all fields)."""
    form = default_form()
    keys = set(sites.site_fields())
    own = tuple(spec for spec in form.rules if spec.params.get("field") in keys)
    return RuleSet(dataclasses.replace(form, rules=own), RuleSettings.from_env())


def _site_rules(r: _Reader, out: SiteRow) -> None:
    """The form's own format rules for 标识码, 网址 and 主办单位 (errors block, warnings show)."""
    attr_of = sites.site_fields()
    mapping = {key: getattr(out, attr) for key, attr in attr_of.items() if getattr(out, attr)}
    report = report_from_mapping(mapping, form=default_form())
    for finding in _site_rule_set().check(report):
        if not set(finding.fields) <= set(mapping):
            continue  # a rule that needs a value the row does not give
        problem = r.row.problem(attr_of[finding.fields[0]], finding.message, finding.fix)
        if finding.is_error:
            r.problems.append(problem)
        else:
            out.warnings.append(problem)


_USERNAME = UnicodeUsernameValidator()


def user_row(row: Row, problems: list[Problem]) -> UserRow:
    r = _Reader(row, problems)
    username = _required(r, "username", r.text("username", 150))
    if username:
        try:
            _USERNAME(username)
        except ValidationError:
            r.fail(
                "username",
                f"用户名「{username}」含有不允许的字符。",
                "用户名只能用字母、数字和 @ . + - _，不能有空格。",
            )
    out = UserRow(row, username)
    out.full_name = r.text("full_name", 150)
    out.email = r.code("email", 254)
    if out.email:
        try:
            validate_email(out.email)
        except ValidationError:
            r.fail(
                "email",
                f"「{out.email}」不是有效的电子邮箱。",
                "请填写如 name@example.gov.cn 的地址。",
            )
            out.email = None
    out.organisation = r.code("organisation", 40)
    raw = r.text("role", 100)
    roles: list[str] = []
    for part in _SPLIT_ROLES.split(raw or ""):
        if not part:
            continue
        key = next((k for k, words in _words("roles").items() if fold(part) in words), None)
        if key is None:
            known = "、".join(str(words[0]) for words in columns()["roles"].values())
            r.fail("role", f"「{part}」不是可用的角色。", f"请填写{known}之一（多个用“、”分隔）。")
        elif key not in roles:
            roles.append(key)
    if raw is None and "role" not in row.cells:
        r.fail("role", "没有填写角色。", "请填写填报人、审核人、监管或管理员。")
    out.roles = tuple(roles)
    if any(k != "admin" for k in roles) and not out.organisation:
        r.fail("organisation", "填报人、审核人和监管须填写所属机构代码。", "请填写机构代码。")
    return out
