"""Shared output conventions: JSON Lines on stdout, messages on stderr."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from nianbao.errors import NianbaoError

T = TypeVar("T")

# Piped or redirected output has no terminal width to fit; rich would assume
# 80 columns and cut tables, so give it room instead.
stdout = Console(soft_wrap=True, highlight=False, width=None if sys.stdout.isatty() else 200)
stderr = Console(stderr=True, soft_wrap=True, highlight=False)


# Characters that json.dumps leaves raw but str.splitlines() and some JSON
# Lines readers take as line ends; escaping them keeps one record per line.
_LINE_BREAKS = str.maketrans({"\x85": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"})


def emit_json(record: dict[str, Any]) -> None:
    text = json.dumps(record, ensure_ascii=False, default=str).translate(_LINE_BREAKS)
    sys.stdout.write(text + "\n")


def error_record(source: str, error: NianbaoError) -> dict[str, Any]:
    return {"source": source, "error": {"code": error.code, "message": error.message}}


def print_error(source: str, error: NianbaoError) -> None:
    stderr.print(f"[bold red]无法读取[/] {source}：{error.message}", markup=True)


@contextmanager
def progress(items: list[T], label: str) -> Iterator[Iterable[T]]:
    """A progress bar on stderr for batches long enough to need one."""
    if len(items) < 20 or not sys.stderr.isatty():
        yield items
        return
    bar = Progress(
        TextColumn(label),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=stderr,
        transient=True,
    )
    with bar:
        yield bar.track(items, total=len(items))
