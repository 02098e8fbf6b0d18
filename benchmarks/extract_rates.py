"""Extraction rates of one folder of documents, measured in a process of its own so that
`bench_extract` can time the pure-Python package and the compiled tree (build/compiled,
first on PYTHONPATH) alike. Prints one JSON object: per-core, one-process and --jobs 2
rates, and which build ran.

    python benchmarks/extract_rates.py FOLDER
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from harness import best_rate, cpu_rate
from nianbao.extract import extract_file, matcher
from nianbao_cli.extract import _records


def main(folder: Path) -> None:
    paths = sorted(p for p in folder.iterdir() if p.is_file())
    for path in paths[:3]:
        extract_file(path)  # warm the imports

    def single() -> None:
        for _ in _records(paths, 1):  # the command's own loop, collector settings included
            pass

    # One pass untimed: a folder of thousands of files runs with the bounded caches of label
    # forms and segmented texts filled, which the first pass over 300 files only begins
    # (text: 300 → 330 reports/s per core from the first pass to the third).
    single()

    def pooled() -> None:
        for _ in _records(paths, 2):
            pass

    count = len(paths)
    print(
        json.dumps(
            {
                "compiled": not matcher.__file__.endswith(".py"),
                "cpu": cpu_rate(count, single),
                "one": best_rate(count, single, 3),
                "two": best_rate(count, pooled, 3),
            }
        )
    )


if __name__ == "__main__":
    main(Path(sys.argv[1]))
