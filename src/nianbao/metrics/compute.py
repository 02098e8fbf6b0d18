"""`nianbao compute`: every figure the given raw records allow, with how it was counted.

Each source is optional and read on its own: a source that cannot be read is
reported and the others still give their figures. The result is a partial
report (canonical keys, in form order) plus, per figure, its explanation.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from nianbao.errors import InputError
from nianbao.forms import form_for_year
from nianbao.metrics import cases, content, interviews, messages, specials, surveys
from nianbao.metrics.accesslog import count_traffic, explain_traffic
from nianbao.metrics.cellvalues import BadCells
from nianbao.metrics.config import ComputeConfig
from nianbao.metrics.explain import Computed
from nianbao.metrics.records import Records, open_records
from nianbao.metrics.sitetime import SiteTime, site_time
from nianbao.readers.tabular import sheet_names


@dataclass(frozen=True)
class Sources:
    access_logs: tuple[Path, ...] = ()
    log_format: str | None = None
    content: Path | None = None
    columns: Path | None = None
    cases: Path | None = None
    messages: Path | None = None
    surveys: Path | None = None
    interviews: Path | None = None

    @property
    def empty(self) -> bool:
        named = (self.content, self.columns, self.cases, self.messages, self.surveys)
        return not self.access_logs and all(p is None for p in (*named, self.interviews))


@dataclass
class Outcome:
    year: int
    tz: str
    computed: Computed
    errors: list[tuple[str, InputError]] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        figures = self.computed.figures
        return {
            "year": self.year,
            "tz": self.tz,
            "values": {k: f.value for k, f in figures.items()},
            "explain": {k: f.explain.to_dict() for k, f in figures.items()},
            "rejected_lines": self.computed.rejected_lines,
            "rejected_examples": list(self.computed.rejected_examples),
            "notes": list(self.computed.notes),
            "errors": [
                {"source": source, "error": {"code": exc.code, "message": exc.message}}
                for source, exc in self.errors
            ],
        }


def compute(sources: Sources, year: int, tz: str, config: ComputeConfig) -> Outcome:
    when = site_time(tz, year)
    outcome = Outcome(year, tz, Computed())
    bad = BadCells()

    def attempt(source: str, work: Callable[[], Computed]) -> None:
        try:
            outcome.computed.merge(work())
        except InputError as exc:
            outcome.errors.append((exc.source or source, exc))

    if sources.access_logs:
        attempt(str(sources.access_logs[0]), partial(_traffic, sources, config, when))
    if sources.content is not None or sources.columns is not None:
        attempt(
            str(sources.content or sources.columns), lambda: _content(sources, config, when, bad)
        )
    tables = (
        (sources.cases, "cases", cases.ROLES, cases.OPTIONAL),
        (sources.messages, "messages", messages.ROLES, messages.OPTIONAL),
        (sources.surveys, "surveys", surveys.ROLES, surveys.OPTIONAL),
        (sources.interviews, "interviews", interviews.ROLES, interviews.OPTIONAL),
    )
    for path, kind, roles, optional in tables:
        if path is not None:
            work = partial(_table, path, kind, roles, optional, config=config, when=when, bad=bad)
            attempt(str(path), work)
    outcome.computed.notes.extend(bad.notes())
    order = {key: i for i, key in enumerate(form_for_year(year).keys)}
    outcome.computed.figures = dict(
        sorted(outcome.computed.figures.items(), key=lambda kv: order.get(kv[0], len(order)))
    )
    return outcome


def _traffic(sources: Sources, config: ComputeConfig, when: SiteTime) -> Computed:
    cfg = config.access_log
    paths = list(sources.access_logs)
    traffic, fmt, bots = count_traffic(paths, cfg, when, sources.log_format)
    return explain_traffic(
        traffic, fmt, cfg=cfg, when=when, bots=bots, inputs=[str(p) for p in paths]
    )


def _content(sources: Sources, config: ComputeConfig, when: SiteTime, bad: BadCells) -> Computed:
    computed = Computed()
    items = None
    inputs: list[str] = []
    columns_path, columns_sheet = sources.columns, None
    if sources.content is not None:
        sheets = sheet_names(sources.content)
        items_sheet = next((s for s in sheets if s not in specials.SHEETS), None)
        if columns_path is None:
            columns_sheet = next((s for s in sheets if s in specials.SHEETS), None)
            columns_path = sources.content if columns_sheet else None
        records = open_records(
            sources.content,
            "content",
            config,
            content.ROLES,
            optional=content.OPTIONAL,
            sheet=items_sheet,
        )
        inputs.append(records.source)
        items = content.read_items(records, config, when, bad)
        computed.merge(content.count_content(items, inputs))
    if columns_path is not None:
        table = open_records(
            columns_path,
            "columns",
            config,
            specials.ROLES,
            optional=specials.OPTIONAL,
            sheet=columns_sheet,
        )
        computed.merge(specials.count_specials(table, items, when, bad, [*inputs, table.source]))
    return computed


def _table(
    path: Path,
    kind: str,
    roles: tuple[str, ...],
    optional: tuple[str, ...],
    *,
    config: ComputeConfig,
    when: SiteTime,
    bad: BadCells,
) -> Computed:
    records: Records = open_records(path, kind, config, roles, optional=optional)
    inputs = [records.source]
    if kind == "cases":
        return cases.count_cases(records, config, when, bad, inputs)
    if kind == "messages":
        return messages.count_messages(records, when, bad, inputs)
    if kind == "surveys":
        return surveys.count_surveys(records, when, bad, inputs)
    return interviews.count_interviews(records, when, bad, inputs)
