"""Measured extraction quality: extracted values against truth files.

A value counts as correct only when it equals the truth value exactly (as
`Report.to_json()` writes it). Per field: precision = correct / extracted,
recall = correct / in truth. Per file, every key in truth or extracted that
is not correct is a lost field; accuracy = correct / keys in truth or extracted.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from nianbao.errors import InputError
from nianbao.extract.pipeline import extract_file_all


@dataclass(slots=True)
class FileScore:
    name: str
    format: str = ""
    right: list[str] = field(default_factory=list)
    """Keys extracted with exactly the truth value."""
    truth: int = 0
    extracted: int = 0
    wrong: dict[str, tuple[Any, Any]] = field(default_factory=dict)
    """key → (truth, extracted) for keys extracted with another value."""
    missing: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)
    error: str | None = None

    @property
    def correct(self) -> int:
        return len(self.right)

    @property
    def keys(self) -> int:
        return self.correct + len(self.wrong) + len(self.missing) + len(self.extra)

    @property
    def lost(self) -> int:
        return self.keys - self.correct

    @property
    def accuracy(self) -> float:
        return self.correct / self.keys if self.keys else 1.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "format": self.format,
            "accuracy": round(self.accuracy, 4),
            "correct": self.correct,
            "lost": self.lost,
            "wrong": {k: {"truth": t, "extracted": e} for k, (t, e) in self.wrong.items()},
            "missing": self.missing,
            "extra": self.extra,
            "error": self.error,
        }


def score(name: str, values: dict[str, Any], truth: dict[str, Any], fmt: str = "") -> FileScore:
    truth = {k: v for k, v in truth.items() if not k.startswith("_")}
    out = FileScore(name, fmt, truth=len(truth), extracted=len(values))
    for key in sorted(set(truth) | set(values), key=lambda k: (k not in truth, k)):
        if key not in values:
            out.missing.append(key)
        elif key not in truth:
            out.extra.append(key)
        elif _same(values[key], truth[key]):
            out.right.append(key)
        else:
            out.wrong[key] = (truth[key], values[key])
    return out


def _same(value: Any, truth: Any) -> bool:
    # JSON equality, except that true is not 1.
    return bool(value == truth) and isinstance(value, bool) == isinstance(truth, bool)


@dataclass(slots=True)
class Evaluation:
    files: list[FileScore] = field(default_factory=list)

    def add(self, file: FileScore) -> None:
        self.files.append(file)

    @property
    def correct(self) -> int:
        return sum(f.correct for f in self.files)

    @property
    def keys(self) -> int:
        return sum(f.keys for f in self.files)

    @property
    def accuracy(self) -> float:
        return self.correct / self.keys if self.keys else 1.0

    @property
    def precision(self) -> float:
        extracted = sum(f.extracted for f in self.files)
        return self.correct / extracted if extracted else 1.0

    @property
    def recall(self) -> float:
        truth = sum(f.truth for f in self.files)
        return self.correct / truth if truth else 1.0

    @property
    def max_lost(self) -> int:
        return max((f.lost for f in self.files), default=0)

    def field_table(self, keys: Iterable[str]) -> dict[str, dict[str, float | int]]:
        """Per field: correct, extracted, in truth, precision, recall."""
        table: dict[str, dict[str, float | int]] = {}
        for key in keys:
            correct = extracted = truth = 0
            for f in self.files:
                right = key in f.right
                correct += right
                truth += right or key in f.wrong or key in f.missing
                extracted += right or key in f.wrong or key in f.extra
            if truth or extracted:
                table[key] = {
                    "correct": correct,
                    "extracted": extracted,
                    "truth": truth,
                    "precision": round(correct / extracted, 4) if extracted else 1.0,
                    "recall": round(correct / truth, 4) if truth else 1.0,
                }
        return table

    def worst(self, n: int = 5) -> list[FileScore]:
        return sorted(self.files, key=lambda f: (f.error is None, f.accuracy))[:n]

    def by_format(self) -> dict[str, Evaluation]:
        out: dict[str, Evaluation] = {}
        for f in self.files:
            out.setdefault(f.format, Evaluation()).add(f)
        return out


def pairs(folder: Path) -> Iterator[tuple[Path, Path]]:
    """(raw file, truth file) with matching stems, in name order."""
    truth = {p.stem: p for p in (folder / "truth").glob("*.json")}
    for raw in sorted((folder / "raw").rglob("*")):
        if raw.is_file() and raw.stem in truth:
            yield raw, truth[raw.stem]


def evaluate_dir(folder: Path) -> Evaluation:
    result = Evaluation()
    for raw, truth_path in pairs(folder):
        truths = _truths(truth_path)
        if isinstance(truths, str):
            result.add(_failed(raw, {}, truths))
            continue
        try:
            extractions = extract_file_all(raw)
        except InputError as exc:
            for name, truth in _named(raw, truths):
                result.add(_failed(raw, truth, f"{exc.code}: {exc.message}", name))
            continue
        except Exception as exc:  # an extractor's bug: scored as such, and the run goes on
            for name, truth in _named(raw, truths):
                result.add(_failed(raw, truth, f"crash: {type(exc).__name__}: {exc}", name))
            continue
        found = [(e.report.to_json(), e.format) for e in extractions]
        if isinstance(truths, dict):
            # A file of several reports (a county's page of its sites') with one report's
            # truth: scored against the report it matches best.
            scores = [score(raw.name, values, truths, fmt) for values, fmt in found]
            result.add(max(scores, key=lambda s: s.correct))
            continue
        for file_score in _listed(raw, truths, found):
            result.add(file_score)
    return result


def _truths(path: Path) -> dict[str, Any] | list[dict[str, Any]] | str:
    """A truth file's report, or its reports in the file's order (a JSON list, for a table
    of reports), or what is wrong with it."""
    try:
        truth = json.loads(path.read_text("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        return f"truth: {path.name} 不是 UTF-8 编码的 JSON（{exc}）。"
    if isinstance(truth, dict) or (
        isinstance(truth, list) and truth and all(isinstance(t, dict) for t in truth)
    ):
        return truth
    return f"truth: {path.name} 应是一个 JSON 对象（一份报表），或对象的列表（每份报表一个）。"


def _named(
    raw: Path, truths: dict[str, Any] | list[dict[str, Any]]
) -> list[tuple[str, dict[str, Any]]]:
    if isinstance(truths, dict):
        return [(raw.name, truths)]
    return [(f"{raw.name}#{n}", truth) for n, truth in enumerate(truths, 1)]


def _listed(
    raw: Path, truths: list[dict[str, Any]], found: Sequence[tuple[dict[str, Any], str]]
) -> list[FileScore]:
    """Each truth report scored against the extracted report aligned with it: the two lists
    kept in order, pairs chosen for the most correct values (a report the extractor skipped
    or added costs its own keys only, not every later report's). Extracted reports no truth
    report pairs with are scored as all extra."""
    scores = [
        [score(f"{raw.name}#{i}", values, truth, fmt) for values, fmt in found]
        for i, truth in enumerate(truths, 1)
    ]
    # best[i][j]: most correct values pairing truths[i:] with found[j:] in order.
    best = [[0] * (len(found) + 1) for _ in range(len(truths) + 1)]
    for i in range(len(truths) - 1, -1, -1):
        for j in range(len(found) - 1, -1, -1):
            paired = scores[i][j].correct + best[i + 1][j + 1]
            best[i][j] = max(paired, best[i + 1][j], best[i][j + 1])
    out: list[FileScore] = []
    i = j = 0
    while i < len(truths) or j < len(found):
        if i < len(truths) and j < len(found):
            if best[i][j] == scores[i][j].correct + best[i + 1][j + 1]:
                out.append(scores[i][j])
                i, j = i + 1, j + 1
                continue
            if best[i][j] == best[i + 1][j]:
                out.append(_failed(raw, truths[i], None, f"{raw.name}#{i + 1}"))
                i += 1
                continue
        if i < len(truths) and j == len(found):
            out.append(_failed(raw, truths[i], None, f"{raw.name}#{i + 1}"))
            i += 1
            continue
        values, fmt = found[j]
        out.append(score(f"{raw.name}（多出的第 {j + 1} 份）", values, {}, fmt))
        j += 1
    return out


def _failed(
    raw: Path, truth: dict[str, Any], error: str | None, name: str | None = None
) -> FileScore:
    failed = score(name or raw.name, {}, truth)
    failed.error = error
    return failed
