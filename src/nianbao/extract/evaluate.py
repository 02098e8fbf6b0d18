"""Measured extraction quality: extracted values against truth files.

A value counts as correct only when it equals the truth value exactly (as
`Report.to_json()` writes it). Per field: precision = correct / extracted,
recall = correct / in truth. Per file, every key in truth or extracted that
is not correct is a lost field; accuracy = correct / keys in truth or extracted.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
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
        truth = json.loads(truth_path.read_text("utf-8"))
        try:
            extractions = extract_file_all(raw)
        except InputError as exc:
            result.add(_failed(raw, truth, f"{exc.code}: {exc.message}"))
            continue
        except Exception as exc:  # an extractor's bug: scored as such, and the run goes on
            result.add(_failed(raw, truth, f"crash: {type(exc).__name__}: {exc}"))
            continue
        # A file of several reports (a county's page of its sites'): its truth is one of
        # them, scored against the report it matches best.
        scores = [score(raw.name, e.report.to_json(), truth, e.format) for e in extractions]
        result.add(max(scores, key=lambda s: s.correct))
    return result


def _failed(raw: Path, truth: dict[str, Any], error: str) -> FileScore:
    failed = score(raw.name, {}, truth)
    failed.error = error
    return failed
