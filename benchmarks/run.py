"""`make bench`: speed and memory figures, each against a named baseline.

Every benchmark module defines `run() -> list[Result]`. Figures are the best
of a few repetitions (the machine is shared; the best run is the least
disturbed one).
"""

from __future__ import annotations

import importlib
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from harness import Result

MODULES = [
    "bench_rules",
    "bench_load",
    "bench_render",
    "bench_compute",
    "bench_web",
    "bench_supervision",
    "bench_extract",
]


def main(argv: list[str]) -> int:
    wanted = argv or MODULES
    results: list[Result] = []
    for name in wanted:
        module = importlib.import_module(name)
        for result in module.run():
            print(result.line(), flush=True)
            results.append(result)
    out = Path("out")
    out.mkdir(exist_ok=True)
    (out / "bench.json").write_text(
        json.dumps([r.as_dict() for r in results], ensure_ascii=False, indent=1)
    )
    missed = [r for r in results if r.target is not None and not r.meets_target]
    print(f"\n{len(results)} figures, {len(missed)} below target (details: out/bench.json)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
