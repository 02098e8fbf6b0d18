"""Extraction speed per format, single process and with --jobs 2, and memory.

Documents come from the test corpus generator (tests/extract/corpus_gen.py), written
to a temporary folder; timing covers reading the file, matching, coercion and rules,
exactly what `nianbao extract` does per input. Rates are measured in processes of their
own, for the compiled tree (make compiled: the targets apply to it, the build meant for
extracting in bulk) against the pure-Python package.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from harness import Result, peak_rss_mb

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "extract"))

from corpus_gen import documents

from nianbao_cli.extract import _records

# (documents, target in reports/s per core)
FORMATS = {"text": (300, 300), "html": (300, 300), "docx": (150, 100), "xlsx": (150, 100)}
PDF_COUNT, PDF_TARGET = 60, 50
SCANS, OCR_TARGET_SECONDS = 2, 3.0
MEMORY_FILES, MEMORY_FIRST, MEMORY_SOURCES = 10_000, 1_000, 200
MEMORY_GROWTH_MB = 20


def _write(folder: Path, kind: str, count: int) -> list[Path]:
    paths = []
    for doc in documents(kind, count, seed=11):
        path = folder / f"{doc.name}{doc.suffix}"
        path.write_bytes(doc.data)
        paths.append(path)
    return paths


ROOT = Path(__file__).resolve().parent.parent
COMPILED = ROOT / "build" / "compiled"
"""The tree scripts/compile.py builds (make compiled): the busiest modules through mypyc."""


def _measure(folder: Path, compiled: bool) -> dict[str, float]:
    """extract_rates.py's figures for `folder`, run on the compiled tree or on src/."""
    env = dict(os.environ)
    paths = [str(Path(__file__).parent)]
    if compiled:
        paths.insert(0, str(COMPILED))
    env["PYTHONPATH"] = os.pathsep.join(paths)
    script = Path(__file__).with_name("extract_rates.py")
    done = subprocess.run(
        [sys.executable, str(script), str(folder)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    figures: dict[str, float] = json.loads(done.stdout)
    if figures["compiled"] != compiled:
        raise RuntimeError(f"expected the {'compiled' if compiled else 'pure'} build to run")
    return figures


def _rates(kind: str, folder: Path, target: float) -> list[Result]:
    """Per-core and wall rates of the compiled tree, against the pure-Python package (of
    the pure-Python package alone when the tree has not been built)."""
    pure = _measure(folder, compiled=False)
    built = (COMPILED / "BUILT-FROM.json").exists()
    if not built:
        print("(no compiled tree: `make compiled` builds it; pure Python measured)")
    main = _measure(folder, compiled=True) if built else pure
    results = [Result(f"extract {kind}, per core (CPU time)", main["cpu"], "reports/s", target)]
    if built:
        results[0].baseline_name, results[0].baseline = "pure Python", pure["cpu"]
        results.append(Result(f"extract {kind}, per core, pure Python", pure["cpu"], "reports/s"))
    return [
        *results,
        Result(f"extract {kind}, one process (wall)", main["one"], "reports/s"),
        Result(
            f"extract {kind}, --jobs 2 (wall)",
            main["two"],
            "reports/s",
            baseline_name="one process",
            baseline=main["one"],
        ),
    ]


def _ocr(folder: Path) -> list[Result]:
    try:
        import rapidocr_onnxruntime  # type: ignore[import-untyped]  # noqa: F401, PLC0415
    except ImportError:
        return []
    from nianbao.extract.pipeline import read_document  # noqa: PLC0415

    paths = _write(folder, "scan", SCANS)
    read_document(paths[0].read_bytes(), "warm-up")  # loads the models
    best_wall = best_cpu = float("inf")
    for _ in range(2):
        pages = 0
        started, cpu = time.perf_counter(), time.process_time()
        for path in paths:
            doc = read_document(path.read_bytes(), str(path))
            pages += doc.pages or 1
        best_wall = min(best_wall, (time.perf_counter() - started) / max(1, pages))
        best_cpu = min(best_cpu, (time.process_time() - cpu) / max(1, pages))
    return [
        Result(
            "OCR, wall time per scanned page (200 dpi)",
            best_wall,
            "s/page",
            OCR_TARGET_SECONDS,
            lower_is_better=True,
        ),
        Result("OCR, CPU time per scanned page (all threads)", best_cpu, "s/page"),
    ]


def rss_mb() -> float:
    """Resident memory now (the peak never comes down, so it cannot show growth after a
    bigger earlier benchmark); the peak where /proc is missing."""
    try:
        fields = Path("/proc/self/statm").read_text().split()
    except OSError:
        return peak_rss_mb()
    return int(fields[1]) * resource.getpagesize() / 1024**2


def _memory(folder: Path) -> list[Result]:
    """Resident memory after MEMORY_FIRST and after MEMORY_FILES files of a folder, as
    `nianbao extract` reads it (records streamed, none kept): flat means nothing
    accumulates per file. The files are copies of MEMORY_SOURCES different reports."""
    sources = [p.read_bytes() for p in _write(folder, "text", MEMORY_SOURCES)]
    paths = []
    for i in range(MEMORY_FILES):
        path = folder / f"file-{i:05d}.txt"
        path.write_bytes(sources[i % len(sources)])
        paths.append(path)
    records = _records(paths, 1)
    for _ in range(MEMORY_FIRST):
        next(records)
    first = rss_mb()
    for _ in records:
        pass
    last = rss_mb()
    return [
        Result(f"memory after {MEMORY_FIRST:,} files (RSS)", first, "MB"),
        Result(f"memory after {MEMORY_FILES:,} files (RSS)", last, "MB"),
        Result(
            f"memory growth, file {MEMORY_FIRST:,} to {MEMORY_FILES:,}",
            last - first,
            "MB",
            MEMORY_GROWTH_MB,
            lower_is_better=True,
        ),
    ]


def run() -> list[Result]:
    results: list[Result] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for kind, (count, target) in FORMATS.items():
            sub = folder / kind
            sub.mkdir()
            _write(sub, kind, count)
            results += _rates(kind, sub, target)
        # Noto CJK (CFF outlines: pdfium measures every glyph afresh) and a TrueType CJK
        # font, as Word and WPS embed 宋体/仿宋 in most published reports.
        for kind in ("pdf", "pdf_truetype"):
            sub = folder / kind
            sub.mkdir()
            _write(sub, kind, PDF_COUNT)
            results += _rates(kind, sub, PDF_TARGET)
        sub = folder / "memory"
        sub.mkdir()
        results += _memory(sub)
        sub = folder / "scan"
        sub.mkdir()
        results += _ocr(sub)
    results.append(Result("peak memory of the benchmark process", peak_rss_mb(), "MB"))
    return results


if __name__ == "__main__":
    for result in run():
        print(result.line(), flush=True)
