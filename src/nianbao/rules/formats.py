"""Rule kinds about the shape of single values: codes, numbers, URLs, dates.

Every format kind accepts an optional `applies` regex: the rule looks only at
values that fully match it (a named group `code` marks the division code
inside the value), so a value with the wrong shape gets one finding from the
format rule, not one from every rule that reads it.
"""

from __future__ import annotations

import datetime
import ipaddress
import re
from collections.abc import Callable
from functools import cache, lru_cache
from typing import Any
from urllib.parse import urlsplit

from nianbao import divisions
from nianbao.forms.model import Form
from nianbao.report import Report
from nianbao.rules.findings import Finding
from nianbao.rules.kinds import Check, Ctx, Values, kind
from nianbao.rules.messages import show

_ABBREVIATIONS = "".join(
    sorted({a for abbrs in divisions.PROVINCE_ABBREVIATIONS.values() for a in abbrs})
)
_PROVINCE = f"[{_ABBREVIATIONS}]"


def _with_provinces(pattern: str) -> str:
    """A rule's pattern with {province} standing for any province abbreviation."""
    return pattern.replace("{province}", _PROVINCE)


def _regex(ctx: Ctx, name: str) -> re.Pattern[str]:
    text = _with_provinces(ctx.param(name, str))
    try:
        return re.compile(text)
    except re.error as exc:
        ctx.fail(f"`{name}` is not a valid regular expression: {exc}")
        raise  # unreachable: fail() raises


def _applies(ctx: Ctx) -> re.Pattern[str] | None:
    return _regex(ctx, "applies") if "applies" in ctx.spec.params else None


def _str_value(values: Values, key: str, applies: re.Pattern[str] | None) -> str | None:
    value = values.get(key)
    if not isinstance(value, str):
        return None
    if applies is not None and not applies.fullmatch(value):
        return None
    return value


@cache
def value_shapes(form: Form) -> dict[str, tuple[re.Pattern[str], ...]]:
    """Field key → the shapes its value must have by the form's unconditional error rules
    of shape (`pattern`, `url`): how a value is known away from its label."""
    shapes: dict[str, tuple[re.Pattern[str], ...]] = {}
    for spec in form.rules:
        key = spec.params.get("field")
        if spec.severity != "error" or spec.when is not None or not isinstance(key, str):
            continue
        if spec.kind == "pattern":
            shape = re.compile(_with_provinces(str(spec.params["pattern"])))
        elif spec.kind == "url":
            shape = _ADDRESS  # the rule wants the scheme; the address is known without it
        else:
            continue
        shapes[key] = (*shapes.get(key, ()), shape)
    return shapes


@kind("pattern")
def _pattern(ctx: Ctx) -> Check:
    """{value}. `pattern` may use {province} for any province abbreviation."""
    key, pattern = ctx.field(), _regex(ctx, "pattern")
    ctx.guard(f"{{{key}}} is None or {{@match}}({{{key}}}) is not None", match=pattern.fullmatch)

    def check(values: Values, report: Report) -> list[Finding] | None:
        value = values.get(key)
        if not isinstance(value, str) or pattern.fullmatch(value):
            return None
        return ctx.finding(values, (key,))

    return check


@kind("digit_count")
def _digit_count(ctx: Ctx) -> Check:
    """{count}: number of digits in the value."""
    key, counts, applies = ctx.field(), frozenset(ctx.param("counts", list)), _applies(ctx)
    exact = re.compile("|".join(rf"\D*(?:\d\D*){{{n}}}" for n in sorted(counts)))
    ctx.guard(
        f"{{{key}}} is None or {{@exact}}({{{key}}}) is not None"
        + (f" or {{@applies}}({{{key}}}) is None" if applies else ""),
        exact=exact.fullmatch,
        applies=applies.fullmatch if applies else None,
    )

    def check(values: Values, report: Report) -> list[Finding] | None:
        value = _str_value(values, key, applies)
        if value is None:
            return None
        count = sum(map(str.isdigit, value))
        return None if count in counts else ctx.finding(values, (key,), count=count)

    return check


_CODE_DEFAULT = re.compile(r"\D*(?P<code>\d{6})\d*\D*")


def _code_reader(ctx: Ctx) -> Callable[[Any], str | None]:
    """value → the division code inside it, by `applies` (which must name a `code` group)."""
    pattern = _applies(ctx) or _CODE_DEFAULT
    if "code" not in pattern.groupindex:
        ctx.fail("`applies` needs a named group (?P<code>...) for the division code")
    fullmatch = pattern.fullmatch

    def read(value: Any) -> str | None:
        if not isinstance(value, str):
            return None
        match = fullmatch(value)
        return match.group("code") if match else None

    return read


@kind("division_code")
def _division_code(ctx: Ctx) -> Check:
    """{code}, {name}, {last_seen}. `status`: unknown (not a code) or retired."""
    key, code_of = ctx.field(), _code_reader(ctx)
    status = ctx.param("status", str)
    if status not in ("unknown", "retired"):
        ctx.fail("`status` is unknown or retired")
    code = f"(_code := {{@code_of}}({{{key}}})) is None"
    if status == "unknown":
        ctx.guard(f"{code} or _code in {{@table}}", code_of=code_of, table=divisions.table())
    else:
        ctx.guard(
            f"{code} or (_d := {{@get}}(_code)) is None or _d.current",
            code_of=code_of,
            get=divisions.table().get,
        )

    def check(values: Values, report: Report) -> list[Finding] | None:
        code = code_of(values.get(key))
        if code is None:
            return None
        division = divisions.lookup(code)
        if status == "unknown" and division is None:
            return ctx.finding(values, (key,), code=code)
        if status == "retired" and division is not None and not division.current:
            return ctx.finding(
                values, (key,), code=code, name=division.name, last_seen=division.last_seen
            )
        return None

    return check


@lru_cache(maxsize=8192)
def _own_names(code: str) -> tuple[str, ...]:
    """Ways a unit's name starts with the division of `code` itself: 海口市, 海南省海口市."""
    division = divisions.lookup(code)
    if division is None:
        return ()
    chain = [d.name for d in map(divisions.lookup, divisions.ancestors(code)) if d]
    return tuple("".join(chain[i:]) + division.name for i in range(len(chain) + 1))


@kind("division_matches_sponsor")
def _division_matches_sponsor(ctx: Ctx) -> Check:
    """{code}, {name}, {sponsor}, {places}."""
    key, sponsor_key, code_of = ctx.field(), ctx.field("sponsor"), _code_reader(ctx)
    ctx.guard(
        f"(_code := {{@code_of}}({{{key}}})) is None or type({{{sponsor_key}}}) is not str"
        f" or {{{sponsor_key}}}.startswith({{@own_names}}(_code))",
        code_of=code_of,
        own_names=_own_names,
    )

    def check(values: Values, report: Report) -> list[Finding] | None:
        code, sponsor = code_of(values.get(key)), values.get(sponsor_key)
        if code is None or not isinstance(sponsor, str):
            return None
        if sponsor.startswith(_own_names(code)):
            return None  # the usual case, told without parsing the sponsor's name
        division = divisions.lookup(code)
        places = divisions.places_at_start(sponsor)
        if division is None or not places:
            return None
        if any(divisions.related(code, place.code) for place in places):
            return None
        return ctx.finding(
            values,
            (key, sponsor_key),
            code=code,
            name=division.name,
            sponsor=sponsor,
            places="、".join(f"{p.name} {p.code}" for p in places),
        )

    return check


_LEADING_DIGITS = re.compile(r"\d{2}")


@kind("province_matches_code")
def _province_matches_code(ctx: Ctx) -> Check:
    """{abbr}, {province}: the value's province against the code field's province."""
    key, code_key, applies = ctx.field(), ctx.field("code_field"), _applies(ctx)
    ctx.guard(
        f"{{{key}}} is None or type({{{code_key}}}) is not str"
        f" or {{@province}}({{{key}}}[0]) == {{{code_key}}}[:2]"
        f" or {{{key}}}[:2] == {{{code_key}}}[:2]",
        province=divisions.province_of_abbreviation,
    )

    def check(values: Values, report: Report) -> list[Finding] | None:
        value, code = _str_value(values, key, applies), values.get(code_key)
        if not value or not isinstance(code, str) or not code[:6].isdigit():
            return None
        own = divisions.province_of_abbreviation(value[0])
        abbr = value[0]
        if own is None and _LEADING_DIGITS.match(value):
            own, abbr = value[:2], value[:2]
        if own is None or own == code[:2]:
            return None
        province = divisions.lookup(code[:2] + "0000")
        return ctx.finding(
            values,
            (key, code_key),
            abbr=abbr,
            province=province.name if province else code[:2],
        )

    return check


_HOST_LABEL = re.compile(r"(?!-)[a-z0-9-]{1,63}(?<!-)", re.IGNORECASE)


# Nearly every homepage looks like this; such a value needs no further parsing.
_HOST_ON = (
    r"(?P<host>(?:(?!-)[a-z0-9-]{1,63}(?<!-)\.)+[a-z]{2,63})\.?(?::\d{1,5})?"
    r"(?:[/?#][^\s\u3000-\u9fff\uff00-\uffef]*)?"
)
"""A web address after its scheme: host, port, path. A path of Chinese characters is
left to the full check (`url_problem`): known away from its label, a web address that
ends in Chinese (…gov.cn/室) is run into the next cell's text."""
_ADDRESS = re.compile(r"(?:https?://)?" + _HOST_ON, re.IGNORECASE)
_PLAIN_URL = re.compile(r"https?://" + _HOST_ON, re.IGNORECASE)


def url_host(value: str) -> str | None:
    """The host of a valid http(s) URL, lower-cased, or None when the URL is not valid."""
    plain = _PLAIN_URL.fullmatch(value)
    if plain:
        return plain.group("host").lower()
    if url_problem(value) is not None:
        return None
    return (urlsplit(value).hostname or "").rstrip(".").lower()


def url_problem(value: str) -> str | None:
    """Why `value` is not an http(s) URL, in Chinese, or None when it is one."""
    if _PLAIN_URL.fullmatch(value):
        return None
    try:
        parts = urlsplit(value)
        host = parts.hostname or ""
        _ = parts.port  # raises ValueError for a port that is not a number
    except ValueError:
        return "无法解析"
    if parts.scheme.lower() not in ("http", "https"):
        return "应以 http:// 或 https:// 开头"
    if not host:
        return "缺少域名"
    try:
        ipaddress.ip_address(host)
        return None
    except ValueError:
        pass
    labels = host.rstrip(".").split(".")
    if len(labels) < 2 or not all(_HOST_LABEL.fullmatch(part) for part in labels):
        try:
            # A Chinese domain such as 海口.政务 is valid in its IDNA form.
            ascii_host = host.encode("idna").decode("ascii")
        except UnicodeError:
            return f"域名「{host}」不合法"
        if (
            not all(_HOST_LABEL.fullmatch(p) for p in ascii_host.split("."))
            or "." not in ascii_host
        ):
            return f"域名「{host}」不合法"
    return None


@kind("url")
def _url(ctx: Ctx) -> Check:
    """{detail}: what is wrong with the URL."""
    key = ctx.field()
    ctx.guard(f"{{{key}}} is None or {{@plain}}({{{key}}}) is not None", plain=_PLAIN_URL.fullmatch)

    def check(values: Values, report: Report) -> list[Finding] | None:
        value = values.get(key)
        if not isinstance(value, str):
            return None
        problem = url_problem(value)
        return None if problem is None else ctx.finding(values, (key,), detail=problem)

    return check


@kind("url_domain")
def _url_domain(ctx: Ctx) -> Check:
    """{host}."""
    key, suffixes = ctx.field(), tuple(ctx.param("suffixes", list))
    ctx.guard(
        f"{{{key}}} is None or ((_url := {{@plain}}({{{key}}})) is not None"
        " and _url.group('host').lower().endswith({@suffixes}))",
        plain=_PLAIN_URL.fullmatch,
        suffixes=suffixes,
    )

    def check(values: Values, report: Report) -> list[Finding] | None:
        value = values.get(key)
        host = url_host(value) if isinstance(value, str) else None
        if host is None:
            return None
        if any(host.endswith(s) or host == s.lstrip(".") for s in suffixes):
            return None
        return ctx.finding(values, (key,), host=host)

    return check


_PHONE = re.compile(
    r"(?:\+?86-?)?1[3-9]\d{9}"  # mobile
    r"|(?:\(0\d{2,3}\)|（0\d{2,3}）|0\d{2,3}-?)[2-9]\d{6,7}(?:(?:-|转)\d{1,6})?"  # fixed line
)
_PHONE_SEPARATORS = re.compile(r"[、,，;；/／]|或")


@kind("phone")
def _phone(ctx: Ctx) -> Check:
    key = ctx.field()
    ctx.guard(f"{{{key}}} is None or {{@match}}({{{key}}}) is not None", match=_PHONE.fullmatch)

    def check(values: Values, report: Report) -> list[Finding] | None:
        value = values.get(key)
        if not isinstance(value, str):
            return None
        if _PHONE.fullmatch(value):
            return None
        parts = [p for p in _PHONE_SEPARATORS.split(value) if p]
        if len(parts) > 1 and all(_PHONE.fullmatch(p) for p in parts):
            return None
        return ctx.finding(values, (key,))

    return check


def _year_and_date(values: Values, key: str) -> tuple[int, datetime.date] | None:
    year, date = values.get("year"), values.get(key)
    if isinstance(year, int) and isinstance(date, datetime.date):
        return year, date
    return None


@kind("date_in_following_year")
def _date_in_following_year(ctx: Ctx) -> Check:
    """{year}, {next_year}."""
    key = ctx.field()
    ctx.guard(f"{{{key}}} is None or {{year}} is None or {{{key}}}.year == {{year}} + 1")

    def check(values: Values, report: Report) -> list[Finding] | None:
        pair = _year_and_date(values, key)
        if pair is None or pair[1].year == pair[0] + 1:
            return None
        return ctx.finding(values, (key, "year"), year=pair[0], next_year=pair[0] + 1)

    return check


@kind("deadline")
def _deadline(ctx: Ctx) -> Check:
    """{deadline} (ISO date), {deadline_text} (1 月 31 日)."""
    key = ctx.field()
    settings = ctx.settings
    ctx.guard(
        f"{{{key}}} is None or {{year}} is None or ({{{key}}}.year, {{{key}}}.month, {{{key}}}.day)"
        f" <= ({{year}} + 1, {settings.deadline_month}, {settings.deadline_day})"
    )

    def check(values: Values, report: Report) -> list[Finding] | None:
        pair = _year_and_date(values, key)
        if pair is None or pair[1].year != pair[0] + 1:
            return None  # outside the following year is fill_date_year's finding
        deadline = settings.deadline_for(pair[0])
        if pair[1] <= deadline:
            return None
        text = f"{deadline.month} 月 {deadline.day} 日"
        return ctx.finding(values, (key,), deadline=show(deadline), deadline_text=text)

    return check
