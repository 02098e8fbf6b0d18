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
from nianbao.metrics import logfeed
from nianbao.metrics.bots import BotList, load_bots
from nianbao.metrics.config import AccessLogConfig
from nianbao.metrics.explain import Computed, Explain
from nianbao.metrics.logfiles import LogFile, sniff_all
from nianbao.metrics.logformat import LogFormat, parse_log_format
from nianbao.metrics.logsql import REASONS, days_sql, fields, lines_sql, quote, reason_sql
from nianbao.metrics.rejects import find_examples
from nianbao.metrics.sitetime import SiteTime

PV_KEY = "page_views"
UV_KEY = "unique_visitors"
MAX_EXAMPLES = 5
FILES_PER_BATCH = 256
"""Files read by one query: each compressed one has a thread feeding it while the query runs."""


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
        load_bots(cfg.bot_patterns, cfg.bot_patterns_removed, cfg.empty_user_agent_is_bot)
        if cfg.exclude_bots and has_agent
        else None
    )
    read_as: dict[str, str] = {}
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
            rejects = _read_lines(con, fmt, files, cfg=cfg, when=when, work=work, read_as=read_as)
            traffic = _run(
                con,
                fmt,
                files,
                cfg=cfg,
                when=when,
                bots=bots,
                read_as=read_as,
                reject_tables=rejects,
            )
        except duckdb.IOException as exc:
            raise _read_error(exc, files, read_as) from None
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


def _read_lines(
    con: duckdb.DuckDBPyConnection,
    fmt: LogFormat,
    files: list[LogFile],
    *,
    cfg: AccessLogConfig,
    when: SiteTime,
    work: str,
    read_as: dict[str, str],
) -> list[str]:
    """Phase 1 into table `groups`, a batch of files at a time.

    Fills `read_as` (path read → file name) and returns the tables of the lines
    DuckDB's CSV reader refused.

    Compressed files reach DuckDB decompressed, through pipes fed by nianbao's threads
    (logfeed.py); plain files are read directly. A batch bounds the number of threads.
    """
    batches = [files[i : i + FILES_PER_BATCH] for i in range(0, len(files), FILES_PER_BATCH)]
    rejects: list[str] = []
    for index, batch in enumerate(batches):
        piped = [f for f in batch if f.compression != "none"] if logfeed.available() else []
        folder = Path(tempfile.mkdtemp(prefix=f"batch{index}-", dir=work))
        feeds = logfeed.Feeds(piped, folder)
        fed = feeds.paths
        sources = [(f.name, f.compression) for f in batch if f not in piped]
        read_as |= {name: name for name, _ in sources}
        sources += [(pipe, "none") for pipe in fed]
        read_as |= {pipe: log.name for pipe, log in fed.items()}
        sql, tables, _ = lines_sql(fmt, sources, cfg, when, f"nb{index}")
        rejects += tables
        with feeds:
            try:
                con.execute(
                    ("CREATE TABLE groups AS " if index == 0 else "INSERT INTO groups ") + sql
                )
            except duckdb.Error:
                con.close()  # lets go of the pipes, so that the feeding threads stop
                feeds.check()
                raise
        feeds.check()
    if len(batches) > 1:
        # A visitor's lines of one day can lie in files of different batches.
        con.execute(
            "CREATE TABLE regrouped AS "
            "SELECT * EXCLUDE (n), sum(n)::BIGINT AS n FROM groups GROUP BY ALL"
        )
        con.execute("DROP TABLE groups")
        con.execute("ALTER TABLE regrouped RENAME TO groups")
    return rejects


def _read_error(exc: Exception, files: list[LogFile], read_as: dict[str, str]) -> InputError:
    """DuckDB's I/O error, said in Chinese and pinned to the file it names."""
    text = _first_line(exc)
    named = [name for path, name in read_as.items() if path in text]
    named += [f.name for f in files if f.name in text]
    source = named[0] if named else (files[0].name if files else None)
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
    files: list[LogFile],
    *,
    cfg: AccessLogConfig,
    when: SiteTime,
    bots: BotList | None,
    read_as: dict[str, str],
    reject_tables: list[str],
) -> Traffic:
    """Phases 2 and 3 over table `groups`: days, reasons, bots, daily PV and UV."""
    f = fields(fmt, cfg, when)
    vid = "g.vid" if f.visitor_id else "NULL::VARCHAR AS vid"
    con.execute(f"CREATE TABLE days AS {days_sql(f, when, 'groups')}")
    con.execute(
        f"""CREATE VIEW lines AS
        SELECT {reason_sql(when)} AS reason, t.day, g.ip, g.ua, {vid},
               CASE WHEN g.code = 0 THEN g.dkey END AS file, g.n
        FROM groups g LEFT JOIN days t
          ON g.dkey = t.dkey AND g.hkey = t.hkey AND g.off = t.off"""
    )
    # Each pass over `lines` joins every group to its day: three passes in all.
    skipped = {**dict.fromkeys(REASONS, 0), "bot": 0}
    lines = unplaced = 0
    suspects: set[str] = set()
    for reason, count, without_file, with_file in con.execute(
        """SELECT reason, sum(n), count(*) FILTER (WHERE file IS NULL),
                  list(DISTINCT file) FILTER (WHERE file IS NOT NULL)
        FROM lines GROUP BY reason"""
    ).fetchall():
        lines += int(count)
        if reason != "page":
            skipped[reason] = int(count)
        if reason == "rejected":
            unplaced = int(without_file)
            suspects = {read_as.get(str(file), str(file)) for file in with_file or []}
    csv_rejected, examples, known = _csv_rejects(con, reject_tables, read_as)
    skipped["rejected"] += csv_rejected
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
    daily: dict[datetime.date, tuple[int, int]] = {}
    for day, bot, views, visitors in con.execute(
        f"""SELECT l.day, a.bot, sum(l.n), count({visitor})
        FROM lines l JOIN agents a ON l.ua IS NOT DISTINCT FROM a.ua
        WHERE l.reason = 'page' GROUP BY l.day, a.bot ORDER BY l.day"""
    ).fetchall():
        if bot:
            skipped["bot"] += int(views)
        else:
            daily[day] = (int(views), int(visitors))
    page_views = sum(pv for pv, _ in daily.values())
    unique = sum(uv for _, uv in daily.values())
    return Traffic(
        page_views=page_views,
        unique_visitors=unique,
        lines=lines + csv_rejected,
        skipped=skipped,
        repeat_visits=page_views - unique,
        daily=daily,
        rejected=skipped["rejected"],
        examples=sorted(examples, key=_example_order)[:MAX_EXAMPLES],
    )


def _csv_rejects(
    con: duckdb.DuckDBPyConnection, tables: list[str], read_as: dict[str, str]
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
        named = [
            (read_as.get(str(path), str(path)), int(line), text) for path, line, text, _ in rows
        ]
        examples += [f"{name}:{line}: {_clip(text)}" for name, line, text in named]
        known |= {(name, line) for name, line, _ in named}
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
    if bots is not None and bots.unknown_removed:
        computed.notes.append(
            f"配置 access_log.bot_patterns_removed 中的 {'、'.join(bots.unknown_removed)} "
            f"不是 {bots.origin} 列表中的规则（须与列表中的写法完全一致），没有去掉任何规则。"
        )
    if traffic.rejected:
        computed.notes.append(
            f"访问日志中有 {traffic.rejected:,} 行无法按格式 {fmt.name} 解析，未计入"
            f"（共读取 {traffic.lines:,} 行）；请检查 --log-format 是否与日志一致。"
        )
    return computed
