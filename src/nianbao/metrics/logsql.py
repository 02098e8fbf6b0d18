"""The SQL that reads access logs and sorts every line into one reason.

Each line becomes one of: `rejected` (cannot be parsed), `outside_year`,
`method`, `status`, `asset` (not a page view, tested in that order) or
`page`. Reading is the costly part, so the per-line work is kept to string
tests: a line's time is kept as its date text (plus hour and minute only when
its offset differs from the site's), and the texts are turned into the
site's calendar days afterwards, once per distinct value. Page lines keep
their visitor; all other lines collapse into one row per reason and date, so
what is stored grows with the number of (day, visitor) pairs, not of lines.
Bots are decided later, once per distinct User-Agent.
"""

from __future__ import annotations

from dataclasses import dataclass

from nianbao.errors import UsageError
from nianbao.metrics.config import AccessLogConfig
from nianbao.metrics.logformat import LogFormat
from nianbao.metrics.sitetime import SiteTime

PADDING = 4
"""Spare columns at the end of a line (fields appended to the format) that are read and ignored."""

REASONS = ("rejected", "outside_year", "method", "status", "asset")
CODES = {0: "rejected", 2: "method", 3: "status", 4: "asset", 5: "page"}

# A clock that can be read (00:00:00-23:59:59), checked on every line: a regular
# expression costs some 0.1 us a line more than a LIKE of the shape, and a LIKE cannot
# refuse 10:61:00. The date is checked once per distinct date text (phase 2).
_CLOCK = "([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]"
_DATE_LOCAL = "[0-9][0-9]/[A-Za-z][A-Za-z][A-Za-z]/[0-9][0-9][0-9][0-9]"
_DATE_ISO = "[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]"


def quote(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def re_literal(text: str) -> str:
    return "".join("\\" + c if c in "\\.^$|?*+()[]{}" else c for c in text)


@dataclass(frozen=True, slots=True)
class TimeKey:
    """Per-line SQL for the time's texts, and the SQL that turns them into site-local time."""

    ok: str
    dkey: str
    hkey: str
    """'' when the line's offset is the site's (the date text alone gives the day), else HH:MM."""
    off: str
    local: str
    """Over columns dkey, hkey, off: the site's wall-clock TIMESTAMP, NULL when not a time."""


@dataclass(frozen=True, slots=True)
class Fields:
    """Per-line SQL, over the raw columns, of what a line says."""

    time: TimeKey
    complete: str
    request: str | None
    method: str | None
    uri: str | None
    status: str | None
    ip: str | None
    ua: str | None
    visitor_id: str | None


def _offset_minutes(text: str, iso: bool) -> str:
    """Minutes east of UTC from +0800 (time_local) or +08:00 / Z (ISO 8601); NULL when malformed.

    Hours 00-23 and minutes 00-59, as Python's %z reads them (rejects.py agrees).
    """
    hours, minutes = ("[2:3]", "[5:6]") if iso else ("[2:3]", "[4:5]")
    shape = "[+-][0-9][0-9]:[0-9][0-9]" if iso else "[+-][0-9][0-9][0-9][0-9]"
    value = (
        f"(CASE WHEN {text}[1] = '-' THEN -1 ELSE 1 END) * "
        f"(TRY_CAST({text}{hours} AS INTEGER) * 60 + TRY_CAST({text}{minutes} AS INTEGER))"
    )
    zulu = f"WHEN {text} = 'Z' THEN 0 " if iso else ""
    return (
        f"(CASE {zulu}WHEN {text} SIMILAR TO '{shape}' "
        f"AND TRY_CAST({text}{hours} AS INTEGER) < 24 "
        f"AND TRY_CAST({text}{minutes} AS INTEGER) < 60 THEN {value} END)"
    )


def _site_offset_text(when: SiteTime, iso: bool) -> str | None:
    """The site's offset as a log writes it (+0800 / +08:00), if it has only one."""
    if not when.fixed:
        return None
    minutes = when.offsets[0][1]
    sign = "+" if minutes >= 0 else "-"
    hours, rest = divmod(abs(minutes), 60)
    return f"{sign}{hours:02d}:{rest:02d}" if iso else f"{sign}{hours:02d}{rest:02d}"


def _time_key(fmt: LogFormat, raw: dict[str, str], when: SiteTime) -> TimeKey:
    role = fmt.time_role
    if role == "time_local":
        if fmt.columns is not None:
            stamp, off_col = raw["time_local:stamp"], raw["time_local:offset"]
            bracketed = next(c.bracketed for c in fmt.columns if c.variable == "time_local")
            start = 2 if bracketed else 1
            shape = ("\\[" if bracketed else "") + f"{_DATE_LOCAL}:{_CLOCK}"
            ok = f"regexp_full_match({stamp}, {quote(shape)})"
            off = off_col
            site = _site_offset_text(when, iso=False)
            site_raw = f"{site}{']' if bracketed else ''}" if site else None
            offset_text = "rtrim(off, ']')" if bracketed else "off"
        else:
            group = raw["time_local"]
            stamp, start, off = group, 1, f"substr({group}, 22)"
            ok = f"regexp_full_match({group}, {quote(f'{_DATE_LOCAL}:{_CLOCK} [+-][0-9]{{4}}')})"
            site = _site_offset_text(when, iso=False)
            site_raw = site
            offset_text = "off"
        dkey = f"substr({stamp}, {start}, 11)"
        minute = f"substr({stamp}, {start + 12}, 5)"
        hkey = (
            f"CASE WHEN {off} = {quote(site_raw)} THEN '' ELSE {minute} END" if site_raw else minute
        )
        clock = "CASE WHEN hkey = '' THEN '00:00' ELSE hkey END"
        stamp_sql = f"try_strptime(dkey || ':' || {clock}, '%d/%b/%Y:%H:%M')"
        local = when.shift_sql(stamp_sql, _offset_minutes(offset_text, iso=False))
        return TimeKey(ok, dkey, hkey, off, local)
    if role == "time_iso8601":
        group = raw[fmt.roles["time_iso8601"]]
        ok = f"regexp_matches({group}, {quote(f'^{_DATE_ISO}T{_CLOCK}')})"
        off = f"substr({group}, 20)"
        site = _site_offset_text(when, iso=True)
        minute = f"substr({group}, 12, 5)"
        hkey = f"CASE WHEN {off} = {quote(site)} THEN '' ELSE {minute} END" if site else minute
        clock = "CASE WHEN hkey = '' THEN '00:00' ELSE hkey END"
        stamp_sql = f"try_strptime(dkey || 'T' || {clock}, '%Y-%m-%dT%H:%M')"
        local = when.shift_sql(stamp_sql, _offset_minutes("off", iso=True))
        return TimeKey(ok, f"substr({group}, 1, 10)", hkey, off, local)
    group = raw[fmt.roles["msec"]]
    seconds = f"TRY_CAST({group} AS DOUBLE)"
    minute = f"CAST(floor({seconds} / 60) AS BIGINT)::VARCHAR"
    local = when.local_sql("make_timestamp(TRY_CAST(hkey AS BIGINT) * 60000000)")
    return TimeKey(f"{seconds} IS NOT NULL", "''", minute, "''", local)


def _raw(fmt: LogFormat) -> dict[str, str]:
    """Variable (or variable:part) → the column holding it."""
    if fmt.columns is not None:
        found: dict[str, str] = {}
        for column in fmt.columns:
            if column.variable is not None:
                key = column.variable + (":" + column.part if column.part else "")
                found[key] = column.name
        return found
    return {var: f"g{i}" for i, var in enumerate(fmt.variables)}


def fields(fmt: LogFormat, cfg: AccessLogConfig, when: SiteTime) -> Fields:
    raw = _raw(fmt)
    roles = fmt.roles

    def column_of(role: str) -> str | None:
        var = roles.get(role)
        return raw[var] if var is not None else None

    visitor_id = None
    kind, _, name = cfg.visitor.partition(":")
    if kind == "cookie":
        if f"cookie:{name}" in roles:
            visitor_id = column_of(f"cookie:{name}")
        elif "cookie_header" in roles:
            pattern = quote(f"(?:^|;\\s*){re_literal(name)}=([^;]*)")
            visitor_id = f"regexp_extract({column_of('cookie_header')}, {pattern}, 1)"
        else:
            raise UsageError(
                f"配置 access_log.visitor 为 {cfg.visitor}，但日志格式中既没有 $cookie_{name} "
                "也没有 $http_cookie：请在日志格式中加入，或改用 ip+ua。"
            )
    elif kind == "var":
        if name not in fmt.variables:
            raise UsageError(
                f"配置 access_log.visitor 为 {cfg.visitor}，但日志格式中没有 ${name}。"
            )
        visitor_id = raw[name]
    if visitor_id is not None:
        visitor_id = f"nullif(nullif(trim({visitor_id}), '-'), '')"
    complete = f"{fmt.columns[-1].name} IS NOT NULL" if fmt.columns is not None else "true"
    return Fields(
        time=_time_key(fmt, raw, when),
        complete=complete,
        request=column_of("request"),
        method=column_of("method"),
        uri=column_of("uri"),
        status=column_of("status"),
        ip=column_of("ip"),
        ua=column_of("ua"),
        visitor_id=visitor_id,
    )


def _method_ok(f: Fields, cfg: AccessLogConfig) -> str:
    if not cfg.methods:
        return "true"
    if f.method is not None:
        return f"{f.method} IN ({', '.join(quote(m) for m in cfg.methods)})"
    if f.request is not None:
        return (
            "(" + " OR ".join(f"prefix({f.request}, {quote(m + ' ')})" for m in cfg.methods) + ")"
        )
    raise UsageError(
        "日志格式中没有 $request 或 $request_method，无法只计 GET 请求："
        "请在格式中加入，或在配置中把 access_log.methods 设为 []。"
    )


def status_sql(cfg: AccessLogConfig, status: str) -> str:
    arms = []
    for code in cfg.statuses:
        if code.endswith("xx"):
            low = int(code[0]) * 100
            arms.append(f"{status} BETWEEN {low} AND {low + 99}")
        else:
            arms.append(f"{status} = {int(code)}")
    return "(" + " OR ".join(arms) + ")" if arms else "true"


def _asset(f: Fields, cfg: AccessLogConfig) -> str:
    if not cfg.exclude_assets or not cfg.asset_extensions:
        return "false"
    extensions = "|".join(re_literal(e) for e in cfg.asset_extensions)
    if f.request is not None:
        pattern = f"^[^ ]+ [^ ?#;]*\\.(?i:{extensions})(?:[?#; ]|$)"
        return f"regexp_matches({f.request}, {quote(pattern)})"
    if f.uri is not None:
        pattern = f"^[^?#;]*\\.(?i:{extensions})(?:[?#;]|$)"
        return f"regexp_matches({f.uri}, {quote(pattern)})"
    raise UsageError(
        "日志格式中没有 $request、$request_uri 或 $uri，无法区分页面与静态资源："
        "请在格式中加入，或在配置中把 access_log.exclude_assets 设为 false。"
    )


def _check_needs(f: Fields, cfg: AccessLogConfig) -> None:
    if cfg.statuses and f.status is None:
        raise UsageError(
            "日志格式中没有 $status，无法只计成功的请求：请在格式中加入，"
            "或在配置中把 access_log.statuses 设为 []。"
        )
    if f.ip is None and f.ua is None and f.visitor_id is None:
        raise UsageError(
            "日志格式中既没有 $remote_addr 也没有 $http_user_agent，无法识别用户："
            "请在格式中加入，或在配置 access_log.visitor 中改用 cookie:名称。"
        )


def sources_sql(fmt: LogFormat, sources: list[tuple[str, str]], tag: str) -> tuple[str, list[str]]:
    """A UNION of read_csv calls over (path, compression) pairs, one per compression kind,
    and the reject tables they fill."""
    groups: dict[str, list[str]] = {}
    for name, compression in sources:
        groups.setdefault(compression, []).append(name)
    selects = []
    rejects = []
    for index, (compression, names) in enumerate(sorted(groups.items())):
        table = f"{tag}_rej{index}"
        rejects.append(table)
        common = (
            f"header=false, auto_detect=false, compression={quote(compression)}, "
            f"ignore_errors=true, store_rejects=true, rejects_table={quote(table)}, "
            f"rejects_scan={quote(table + '_scan')}, filename=true, max_line_size=1048576"
        )
        listed = "[" + ", ".join(quote(n) for n in names) + "]"
        if fmt.columns is not None:
            names_ = [c.name for c in fmt.columns] + [f"pad{i}" for i in range(PADDING)]
            columns = "{" + ", ".join(f"{quote(n)}: 'VARCHAR'" for n in names_) + "}"
            selects.append(
                f"SELECT * FROM read_csv({listed}, columns={columns}, delim=' ', quote='\"', "
                f"escape='\\', null_padding=true, allow_quoted_nulls=false, {common})"
            )
        else:
            groups_ = "[" + ", ".join(quote(f"g{i}") for i in range(len(fmt.variables))) + "]"
            selects.append(
                f"SELECT filename, unnest(regexp_extract(line, {quote(fmt.regex)}, {groups_})) "
                f"FROM read_csv({listed}, columns={{'line': 'VARCHAR'}}, delim='\\x01', "
                f"quote='', escape='', {common})"
            )
    return " UNION ALL ".join(selects), rejects


def lines_sql(
    fmt: LogFormat,
    sources: list[tuple[str, str]],
    cfg: AccessLogConfig,
    when: SiteTime,
    tag: str,
) -> tuple[str, list[str], Fields]:
    """Phase 1, over every line: (dkey, hkey, off, code, ip, ua, [vid,] n) groups.

    `sources` are (path, compression) pairs. Rejected lines (code 0) keep the path they
    were read from in `dkey`, to find examples of them.
    """
    f = fields(fmt, cfg, when)
    _check_needs(f, cfg)
    source, rejects = sources_sql(fmt, sources, tag)
    t = f.time
    status = f"TRY_CAST({f.status} AS SMALLINT)" if f.status else "0::SMALLINT"
    null = "NULL::VARCHAR"
    # Grouping is most of the cost per line: only carry the visitor id when it is used.
    vid = "CASE WHEN code = 5 THEN vid END AS vid," if f.visitor_id else ""
    sql = f"""
    WITH src AS ({source}),
    parsed AS (
        SELECT filename, {t.dkey} AS dkey, {t.hkey} AS hkey, {t.off} AS off, {status} AS st,
               ({f.complete}) AND {t.ok} AS ok,
               {f.request or null} AS request, {f.method or null} AS method,
               {f.uri or null} AS uri, {f.ip or null} AS ip, {f.ua or null} AS ua,
               {f.visitor_id or null} AS vid
        FROM src),
    coded AS (
        SELECT *,
            CASE WHEN NOT coalesce(ok, false) OR st IS NULL THEN 0
                 WHEN NOT coalesce({_method_ok(_named(f), cfg)}, false) THEN 2
                 WHEN NOT coalesce({status_sql(cfg, "st")}, false) THEN 3
                 WHEN coalesce({_asset(_named(f), cfg)}, false) THEN 4
                 ELSE 5 END AS code
        FROM parsed)
    SELECT CASE WHEN code <> 0 THEN dkey ELSE filename END AS dkey,
           CASE WHEN code <> 0 THEN hkey END AS hkey,
           CASE WHEN code <> 0 THEN off END AS off,
           code,
           CASE WHEN code = 5 THEN ip END AS ip,
           CASE WHEN code = 5 THEN ua END AS ua,
           {vid}
           count(*) AS n
    FROM coded GROUP BY ALL
    """
    return sql, rejects, f


def _named(f: Fields) -> Fields:
    """The same fields, named as the `parsed` step names its columns."""
    return Fields(
        f.time,
        f.complete,
        "request" if f.request else None,
        "method" if f.method else None,
        "uri" if f.uri else None,
        "st" if f.status else None,
        "ip" if f.ip else None,
        "ua" if f.ua else None,
        "vid" if f.visitor_id else None,
    )


def days_sql(f: Fields, when: SiteTime, groups: str) -> str:
    """Phase 2, once per distinct time text: the site-local day (NULL: not a time)."""
    return f"""
    SELECT dkey, hkey, off, CAST({f.time.local} AS DATE) AS day
    FROM (SELECT DISTINCT dkey, hkey, off FROM {groups} WHERE code <> 0)
    """


def reason_sql(when: SiteTime) -> str:
    """The reason of a phase-1 group joined to its day (`g` and `t`)."""
    first, last = when.first_day.isoformat(), when.last_day.isoformat()
    return f"""CASE WHEN g.code = 0 OR t.day IS NULL THEN 'rejected'
         WHEN t.day < DATE '{first}' OR t.day > DATE '{last}' THEN 'outside_year'
         WHEN g.code = 2 THEN 'method' WHEN g.code = 3 THEN 'status'
         WHEN g.code = 4 THEN 'asset' ELSE 'page' END"""
