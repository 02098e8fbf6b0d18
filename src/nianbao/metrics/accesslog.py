"""Web access logs → 独立用户访问总量 (UV, 一、8) and 网站总访问量 (PV, 一、9).

PV counts page views: requests in the report year (by the site's calendar),
with a page method (GET) and a successful status (2xx, 304), for a page
rather than a static asset, from a user agent that is not a crawler, bot or
monitor. UV counts, for each day, the visitors with at least one such page
view, and adds the days up (同一用户每日多次访问只计一次), so UV <= PV.

DuckDB streams the files (larger than memory is fine: the aggregate spills
to disk) and counts exactly — per (day, visitor), never with sketches.
"""

from __future__ import annotations

import datetime
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from nianbao.errors import InputError
from nianbao.metrics.bots import BotList, load_bots
from nianbao.metrics.config import AccessLogConfig
from nianbao.metrics.explain import Computed, Explain
from nianbao.metrics.logfiles import LogFile, sniff_all
from nianbao.metrics.logformat import LogFormat, parse_log_format
from nianbao.metrics.logsql import REASONS, days_sql, lines_sql, quote, reason_sql
from nianbao.metrics.rejects import find_examples
from nianbao.metrics.sitetime import SiteTime

PV_KEY = "page_views"
UV_KEY = "unique_visitors"
MAX_EXAMPLES = 5


@dataclass(slots=True)
class Traffic:
    page_views: int
    unique_visitors: int
    lines: int
    skipped: dict[str, int]
    repeat_visits: int
    daily: dict[datetime.date, tuple[int, int]]
    """Day → (page views, unique visitors)."""
    rejected: int
    examples: list[str] = field(default_factory=list)


def count_traffic(
    paths: list[Path], cfg: AccessLogConfig, when: SiteTime, log_format: str | None = None
) -> tuple[Traffic, LogFormat, BotList | None]:
    fmt = parse_log_format(log_format or cfg.format)
    files = sniff_all(paths)
    # The common format has no User-Agent: visitors are then told apart by address alone,
    # and crawlers cannot be recognised (the explanation says so).
    has_agent = "ua" in fmt.roles
    bots = (
        load_bots(cfg.bot_patterns, cfg.empty_user_agent_is_bot)
        if cfg.exclude_bots and has_agent
        else None
    )
    with tempfile.TemporaryDirectory(prefix="nianbao-logs-") as work:
        # In memory (writing the aggregate to a database file costs 15 %); beyond
        # memory_limit DuckDB spills to temp_directory, so a larger year still fits.
        con = duckdb.connect(":memory:")
        try:
            con.execute(f"SET memory_limit = {quote(cfg.memory_limit)}")
            if cfg.threads:
                con.execute(f"SET threads = {cfg.threads}")
            con.execute(f"SET temp_directory = {quote(str(Path(work) / 'spill'))}")
            con.execute("SET preserve_insertion_order = false")
            # DuckDB draws its progress bar on stdout, which is the JSON output.
            con.execute("SET enable_progress_bar = false")
            traffic = _run(con, fmt, files=files, cfg=cfg, when=when, bots=bots)
        except duckdb.IOException as exc:
            raise _read_error(exc, files) from None
        finally:
            con.close()
    if traffic.lines and traffic.rejected == traffic.lines:
        shown = "；".join(traffic.examples[:3])
        raise InputError(
            f"访问日志的 {traffic.lines:,} 行没有一行能按格式 {fmt.name} 解析，"
            f"请用 --log-format 指定日志实际的格式（nginx log_format 写法）。例如：{shown}",
            source=str(paths[0]),
        )
    return traffic, fmt, bots


def _read_error(exc: Exception, files: list[LogFile]) -> InputError:
    """DuckDB's I/O error, said in Chinese and pinned to the file it names."""
    text = _first_line(exc)
    source = next((f.name for f in files if f.name in text), files[0].name if files else None)
    if "GZIP" in text.upper() or "ZSTD" in text.upper():
        return InputError(
            "压缩数据已损坏或不完整（文件可能被截断，或正在写入时被复制）：请重新取得该文件，"
            f"或先用 gzip -t / zstd -t 检查。（{text}）",
            source=source,
        )
    return InputError(f"读取日志失败：{text}", source=source)


def _first_line(exc: Exception) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__


def _run(
    con: duckdb.DuckDBPyConnection,
    fmt: LogFormat,
    *,
    files: list[LogFile],
    cfg: AccessLogConfig,
    when: SiteTime,
    bots: BotList | None,
) -> Traffic:
    sql, reject_tables, f = lines_sql(fmt, files, cfg, when, "nb")
    vid = "g.vid" if f.visitor_id else "NULL::VARCHAR AS vid"
    con.execute(f"CREATE TABLE groups AS {sql}")
    con.execute(f"CREATE TABLE days AS {days_sql(f, when, 'groups')}")
    con.execute(
        f"""CREATE VIEW lines AS
        SELECT {reason_sql(when)} AS reason, t.day, g.ip, g.ua, {vid},
               CASE WHEN g.code = 0 THEN g.dkey END AS file, g.n
        FROM groups g LEFT JOIN days t
          ON g.dkey = t.dkey AND g.hkey = t.hkey AND g.off = t.off"""
    )
    skipped = dict.fromkeys(REASONS, 0)
    for reason, count in con.execute(
        "SELECT reason, sum(n) FROM lines WHERE reason <> 'page' GROUP BY reason"
    ).fetchall():
        skipped[reason] = int(count)
    csv_rejected, examples, known = _csv_rejects(con, reject_tables)
    skipped["rejected"] += csv_rejected
    (unplaced,) = con.execute(
        "SELECT count(*) FROM lines WHERE reason = 'rejected' AND file IS NULL"
    ).fetchone() or (0,)
    suspects = {
        str(file)
        for (file,) in con.execute(
            "SELECT DISTINCT file FROM lines WHERE reason = 'rejected' AND file IS NOT NULL"
        ).fetchall()
    }
    if (suspects or unplaced) and len(examples) < MAX_EXAMPLES:
        # Lines whose time text was well-formed but is not a date carry no file name.
        chosen = files if unplaced else [f for f in files if f.name in suspects]
        examples += find_examples(fmt, chosen, MAX_EXAMPLES - len(examples), known)
    bot_sql = bots.sql_predicate("ua") if bots is not None else "false"
    con.execute(
        f"CREATE TABLE agents AS SELECT ua, {bot_sql} AS bot "
        "FROM (SELECT DISTINCT ua FROM lines WHERE reason = 'page')"
    )
    (one_day_each,) = con.execute(
        "SELECT count(*) = count(DISTINCT day) FROM days WHERE day IS NOT NULL"
    ).fetchone() or (False,)
    if cfg.visitor == "ip+ua" and one_day_each:
        # Each date text is its own day, so the groups are already one per (day, ip, ua).
        visitor = "*"
    elif cfg.visitor == "ip+ua":
        visitor = "DISTINCT (l.ip, l.ua)"
    else:
        visitor = "DISTINCT coalesce('id:' || l.vid, concat_ws(chr(0), 'ip', l.ip, l.ua))"
    daily_rows = con.execute(
        f"""SELECT l.day, sum(l.n), count({visitor})
        FROM lines l JOIN agents a ON l.ua IS NOT DISTINCT FROM a.ua
        WHERE l.reason = 'page' AND NOT a.bot GROUP BY l.day ORDER BY l.day"""
    ).fetchall()
    (bot_views,) = con.execute(
        "SELECT coalesce(sum(n), 0) FROM lines l JOIN agents a ON l.ua IS NOT DISTINCT FROM a.ua "
        "WHERE l.reason = 'page' AND a.bot"
    ).fetchone() or (0,)
    (lines,) = con.execute("SELECT coalesce(sum(n), 0) FROM lines").fetchone() or (0,)
    daily = {day: (int(pv), int(uv)) for day, pv, uv in daily_rows}
    skipped["bot"] = int(bot_views)
    page_views = sum(pv for pv, _ in daily.values())
    unique = sum(uv for _, uv in daily.values())
    return Traffic(
        page_views=page_views,
        unique_visitors=unique,
        lines=int(lines) + csv_rejected,
        skipped=skipped,
        repeat_visits=page_views - unique,
        daily=daily,
        rejected=skipped["rejected"],
        examples=sorted(examples, key=_example_order)[:MAX_EXAMPLES],
    )


def _csv_rejects(
    con: duckdb.DuckDBPyConnection, tables: list[str]
) -> tuple[int, list[str], set[tuple[str, int]]]:
    """Lines DuckDB's CSV reader refused (bad encoding, unbalanced quotes, too many fields)."""
    total = 0
    examples: list[str] = []
    known: set[tuple[str, int]] = set()
    for table in tables:
        scans = f"{table}_scan"
        (count,) = con.execute(
            f"SELECT count(DISTINCT (scan_id, file_id, line)) FROM {table}"
        ).fetchone() or (0,)
        total += int(count)
        rows = con.execute(
            f"""SELECT s.file_path, e.line, any_value(e.csv_line), any_value(e.error_message)
            FROM {table} e JOIN {scans} s USING (scan_id, file_id)
            GROUP BY s.file_path, e.line ORDER BY s.file_path, e.line LIMIT {MAX_EXAMPLES}"""
        ).fetchall()
        examples += [f"{path}:{line}: {_clip(text)}" for path, line, text, _ in rows]
        known |= {(str(path), int(line)) for path, line, _, _ in rows}
    return total, examples, known


def _example_order(example: str) -> tuple[str, int]:
    """file:line: text → (file, line), to list examples in file order."""
    head, _, _ = example.partition(": ")
    name, _, line = head.rpartition(":")
    return (name, int(line)) if line.isdigit() else (head, 0)


def _clip(text: object) -> str:
    shown = str(text or "").rstrip("\r\n")
    return shown if len(shown) <= 200 else shown[:200] + "…"


def explain_traffic(
    traffic: Traffic,
    fmt: LogFormat,
    *,
    cfg: AccessLogConfig,
    when: SiteTime,
    bots: BotList | None,
    inputs: list[str],
) -> Computed:
    filters = [f"本年度（按 {when.describe()} 的日期）"]
    if cfg.methods:
        filters.append(f"请求方法为 {'/'.join(cfg.methods)}")
    if cfg.statuses:
        filters.append(f"状态码为 {'、'.join(cfg.statuses)}")
    if cfg.exclude_assets and cfg.asset_extensions:
        shown = "、".join(cfg.asset_extensions[:8])
        filters.append(f"不是静态资源（按路径扩展名：{shown} 等 {len(cfg.asset_extensions)} 种）")
    if bots is not None:
        filters.append(f"不是爬虫、机器人或监测程序（{bots.describe()}）")
    has_agent = "ua" in fmt.roles
    pair = "IP 地址 + User-Agent" if has_agent else "IP 地址（日志格式中没有 User-Agent）"
    visitor = pair if cfg.visitor == "ip+ua" else f"{cfg.visitor}（没有时按 {pair}）"
    if cfg.exclude_bots and not has_agent:
        filters.append("（日志格式中没有 User-Agent，无法排除爬虫）")
    pv_rule = (
        f"网站总访问量（PV，一、9）：日志（格式 {fmt.name}）中{'、'.join(filters)}的请求数；"
        "同一用户对同一页面多次访问重复计算。无法解析的行不计，另行报告。"
    )
    uv_rule = (
        "独立用户访问总量（UV，一、8）：逐日统计至少有一次计入 PV 的页面访问的用户数，"
        f"再把各日相加；用户按 {visitor} 识别；同一用户同一天多次访问只计一次，不同日期分别计。"
    )
    skipped = {**traffic.skipped}
    computed = Computed()
    pv = Explain(pv_rule, inputs, traffic.lines, skipped)
    computed.add(PV_KEY, traffic.page_views, pv)
    uv = Explain(
        uv_rule, inputs, traffic.lines, {**skipped, "repeat_same_day": traffic.repeat_visits}
    )
    computed.add(UV_KEY, traffic.unique_visitors, uv)
    computed.rejected_lines = traffic.rejected
    computed.rejected_examples = list(traffic.examples)
    if not traffic.lines:
        computed.notes.append(
            "访问日志中没有任何一行（文件是空的？），网站总访问量和独立用户访问总量都计为 0。"
        )
    if traffic.rejected:
        computed.notes.append(
            f"访问日志中有 {traffic.rejected:,} 行无法按格式 {fmt.name} 解析，未计入"
            f"（共读取 {traffic.lines:,} 行）；请检查 --log-format 是否与日志一致。"
        )
    return computed
