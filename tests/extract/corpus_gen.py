"""The generated test corpus: real-looking documents in every format, with truth.

Values come from the shared corpus truth files and from `synthetic_report(seed)`;
layouts, tick-box notations, label variants, units and encodings vary with a
seeded random generator, so the corpus is the same on every run. `generate()`
writes DIR/raw/NAME.EXT and DIR/truth/NAME.json (the layout `nianbao eval` reads).
"""

from __future__ import annotations

import functools
import json
import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from gen.html_out import html_writer
from gen.office_out import docx_writer, xlsx_writer
from gen.pdf_out import TRUETYPE, pdf_writer, scan_writer
from gen.sheet import LAYOUTS, Sheet, Style, build_sheet
from gen.textual import TICK_STYLES, to_markdown, to_spaces, to_stacked, to_tabs

from nianbao.coerce import report_from_mapping
from nianbao.synthetic import synthetic_report


@dataclass(frozen=True)
class Doc:
    name: str
    kind: str
    """text | html | docx | xlsx | pdf (Noto CJK, CFF) | pdf_truetype | scan (clean 200-dpi) |
    scan_noisy (rotated, noisy)"""
    data: bytes
    truth: dict[str, Any]
    suffix: str


def canonical(values: dict[str, Any]) -> dict[str, Any]:
    """Values as extraction must give them back (Report.to_json of the values)."""
    values = {k: v for k, v in values.items() if not k.startswith("_")}
    return report_from_mapping(values).to_json()


def value_sets(corpus: Path | None, count: int, seed: int) -> Iterator[tuple[str, dict[str, Any]]]:
    if corpus is not None and (corpus / "truth").is_dir():
        for path in sorted((corpus / "truth").glob("*.json")):
            yield f"c{path.stem}", canonical(json.loads(path.read_text("utf-8")))
    rng = random.Random(seed)
    for _ in range(count):
        s = rng.randrange(10**6)
        yield f"s{s}", canonical(synthetic_report(s, year=rng.choice((2021, 2022, 2023, 2024))))


def style_for(rng: random.Random, layouts: tuple[str, ...] = LAYOUTS) -> Style:
    return Style(
        layout=rng.choice(layouts),
        rng=rng,
        variants=rng.choice((0.0, 0.0, 0.15)),
        unit_style=rng.choice(("（单位：{}）", "(单位: {})", "(单位:{})", "（{}）")),
        split_labels=rng.choice((0.0, 0.3)),
        only_ticked_bool=rng.choice((0.0, 0.2)),
        note_inline=rng.random() < 0.5,
        date_style=rng.randrange(3),
        instructions=rng.random() < 0.5,
    )


Writer = Callable[[Sheet, random.Random], tuple[bytes, str]]


def _text_writer(sheet: Sheet, rng: random.Random) -> tuple[bytes, str]:
    kind = rng.choice(("tabs", "tabs", "spaces", "markdown", "stacked"))
    tick = rng.choice(TICK_STYLES)
    if kind == "tabs":
        text = to_tabs(sheet, rng, tick)
    elif kind == "spaces":
        text = to_spaces(sheet, rng, tick if tick != "input" else "unicode")
    elif kind == "markdown":
        text = to_markdown(sheet, rng, tick)
    else:
        text = to_stacked(sheet, rng, tick)
    encoding = rng.choice(("utf-8", "utf-8", "utf-8-sig", "gb18030"))
    return text.encode(encoding), ".md" if kind == "markdown" else ".txt"


def writers() -> dict[str, Writer]:
    return {
        "text": _text_writer,
        "html": html_writer,
        "docx": docx_writer,
        "xlsx": xlsx_writer,
        "pdf": pdf_writer,
        "pdf_truetype": functools.partial(pdf_writer, fonts=TRUETYPE),
        "scan": functools.partial(scan_writer, clean=True),
        "scan_noisy": functools.partial(scan_writer, clean=False),
    }


def documents(
    kind: str, count: int, *, seed: int = 2024, corpus: Path | None = None
) -> Iterator[Doc]:
    """`count` synthetic documents of one kind (plus one per corpus truth file)."""
    writer = writers()[kind]
    rng = random.Random(f"{kind}:{seed}")
    for name, values in value_sets(corpus, count, seed):
        style = style_for(rng)
        sheet = build_sheet(values, style)
        data, suffix = writer(sheet, rng)
        yield Doc(f"{kind}-{name}", kind, data, values, suffix)


def generate(
    folder: Path, kinds: list[str], count: int, *, seed: int = 2024, corpus: Path | None = None
) -> list[Doc]:
    (folder / "raw").mkdir(parents=True, exist_ok=True)
    (folder / "truth").mkdir(parents=True, exist_ok=True)
    docs = []
    for kind in kinds:
        for doc in documents(kind, count, seed=seed, corpus=corpus):
            (folder / "raw" / f"{doc.name}{doc.suffix}").write_bytes(doc.data)
            (folder / "truth" / f"{doc.name}.json").write_text(
                json.dumps(doc.truth, ensure_ascii=False, indent=1), "utf-8"
            )
            docs.append(doc)
    return docs
