"""Reading + normalising + validating report files from disk."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import yaml

from harness import Result, best_rate, peak_rss_mb
from nianbao.loading import check_file
from nianbao.synthetic import synthetic_report

COUNT = 3_000


def run() -> list[Result]:
    results = []
    with tempfile.TemporaryDirectory() as folder:
        for suffix in ("json", "yaml"):
            paths = []
            for seed in range(COUNT):
                path = Path(folder) / f"r{seed}.{suffix}"
                values = synthetic_report(seed)
                text = (
                    json.dumps(values, ensure_ascii=False)
                    if suffix == "json"
                    else yaml.safe_dump(values, allow_unicode=True)
                )
                path.write_text(text, "utf-8")
                paths.append(path)

            def load_all(paths: list[Path] = paths) -> None:
                for path in paths:
                    check_file(path)

            results.append(
                Result(
                    f"load + normalise + validate {suffix.upper()} files",
                    best_rate(COUNT, load_all, repeat=3),
                    "files/s",
                )
            )
    results.append(Result("peak memory of the benchmark process", peak_rss_mb(), "MB"))
    return results
