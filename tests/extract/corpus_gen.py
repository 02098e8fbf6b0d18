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
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from gen.companion import TITLE, media_sheet
from gen.html_out import html_writer
from gen.markdown_html import markdown_html_writer
from gen.office_out import docx_writer, xlsx_writer
from gen.pdf_out import TRUETYPE, pdf_writer, scan_writer
from gen.pdf_text import pdf_text_writer
from gen.script import traditional as in_traditional
from gen.sheet import LAYOUTS, NUMBER_STYLES, Sheet, Style, build_sheet
from gen.textual import TICK_STYLES, to_csv, to_markdown, to_spaces, to_stacked, to_tabs

from nianbao.coerce import report_from_mapping
from nianbao.synthetic import synthetic_report


@dataclass(frozen=True)
class Doc:
    name: str
    kind: str
    """text | csv (a sheet saved as CSV) | html | docx | xlsx | pdf (Noto CJK, CFF) |
    pdf_truetype | pdf_pages (other page sizes, margins, type sizes) | pdf_text (a PDF
    through a PDF-to-text tool) | markdown_html (Markdown with HTML tables, as MinerU
    writes it) | scan (clean 200-dpi) | scan_noisy (rotated, noisy)"""
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


# Long names and texts as real offices write them, so values wrap inside their cells.
_LONG_UNITS = ("（{0}档案馆）", "（{0}地方志编纂中心）", "（挂{0}大数据发展管理局牌子）")
_LONG_MEDIA = (
    "；今日头条号“{0}发布”，信息发布量 {1} 条，关注量 {2} 个",
    "；抖音号“{0}”，发布短视频 {1} 条，粉丝 {2} 人",
    "；“{0}”政务服务小程序，累计访问 {1} 万次",
)
_LONG_INNOVATION = (
    "；开通“{0}”政策问答专区，提供政策原文、解读、问答一站式查询",
    "；建设适老化专区，提供大字版、语音读屏和简洁版页面",
)


def lengthen(values: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """The same report with long names (an office with a second name in brackets) and long
    其他 texts listing several products, as the 填写说明 asks for."""
    out = dict(values)
    sponsor = str(values.get("sponsor") or "本单位")
    place = re.match(r".+?[省市县区旗州盟]", sponsor)
    short = place[0] if place else sponsor[:2]
    tail = rng.choice(_LONG_UNITS).format(short)
    for key in ("sponsor", "filing_unit"):
        if out.get(key):
            out[key] = f"{out[key]}{tail}"
    if out.get("site_name"):
        out["site_name"] = f"{out['site_name']}{tail}"
    if out.get("other_media"):
        extra = rng.sample(_LONG_MEDIA, 2)
        out["other_media"] += "".join(
            e.format(short, rng.randint(10, 9000), rng.randint(100, 90000)) for e in extra
        )
    if out.get("innovation_other"):
        out["innovation_other"] += rng.choice(_LONG_INNOVATION).format(short)
    return canonical(out)


SCANS = frozenset({"scan", "scan_noisy"})
"""Scans keep the variations their OCR levels were measured on. With every variation the
other formats get (full-width digits, labels abreast, long wrapped names) OCR measured
99.5% and at most 1 field lost a file (16 documents, seed 31; docs/extract.md)."""
SCAN_LAYOUTS = ("official", "flat", "pairs", "units")


def style_for(
    rng: random.Random, layouts: tuple[str, ...] = LAYOUTS, *, scan: bool = False
) -> Style:
    """A document's style; a scan's keeps the variations its OCR level was measured on
    (plain numbers, no labels set out with spaces) and the random draws that made them."""
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
        numbers="plain" if scan else rng.choice(NUMBER_STYLES),
        spread_labels=0.0 if scan else rng.choice((0.0, 0.0, 0.5)),
    )


Writer = Callable[[Sheet, random.Random], tuple[bytes, str]]


def _text_writer(sheet: Sheet, rng: random.Random) -> tuple[bytes, str]:
    kind = rng.choice(("tabs", "tabs", "spaces", "markdown", "stacked"))
    if kind == "stacked" and sheet.layout == "columns":
        # Labels abreast, then their values abreast, one cell a line: the pairing is lost
        # (the matcher does not read a run of labels followed by a run of values).
        kind = "tabs"
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
    sheet.made = f"{kind} {tick} {encoding}"
    return text.encode(encoding), ".md" if kind == "markdown" else ".txt"


def _csv_writer(sheet: Sheet, rng: random.Random) -> tuple[bytes, str]:
    tick = rng.choice(("unicode", "square", "bracket"))
    # Excel in Chinese saves CSV in GBK unless asked for "CSV UTF-8" (with a BOM).
    encoding = rng.choice(("gb18030", "utf-8-sig"))
    sheet.made = f"csv {tick} {encoding}"
    return to_csv(sheet, rng, tick).encode(encoding), ".csv"


def writers() -> dict[str, Writer]:
    return {
        "text": _text_writer,
        "csv": _csv_writer,
        "html": html_writer,
        "docx": docx_writer,
        "xlsx": xlsx_writer,
        "pdf": pdf_writer,
        "pdf_truetype": functools.partial(pdf_writer, fonts=TRUETYPE),
        "pdf_pages": functools.partial(pdf_writer, pages=True),
        "pdf_text": pdf_text_writer,
        "markdown_html": markdown_html_writer,
        "scan": functools.partial(scan_writer, clean=True),
        "scan_noisy": functools.partial(scan_writer, clean=False),
    }


def documents(
    kind: str,
    count: int,
    *,
    seed: int = 2024,
    corpus: Path | None = None,
    traditional: bool = False,
) -> Iterator[Doc]:
    """`count` synthetic documents of one kind (plus one per corpus truth file); written in
    traditional characters when `traditional` (the truth stays simplified)."""
    writer = writers()[kind]
    rng = random.Random(f"{kind}:{seed}")
    for name, given in value_sets(corpus, count, seed):
        if kind in SCANS:
            style, values = style_for(rng, SCAN_LAYOUTS, scan=True), given
        else:
            style = style_for(rng)
            values = lengthen(given, rng) if rng.random() < 0.3 else given
        sheet = build_sheet(values, style)
        down = _down(sheet, kind=kind, seed=seed, name=name)
        companion = _companion(sheet, style, values, kind=kind, seed=seed, name=name)
        if traditional:
            in_traditional(sheet)
        data, suffix = writer(sheet, rng)
        # For people reading a lost field: how the document was made (`_` keys are comments).
        made = {"_layout": style.layout, "_numbers": style.numbers, "_writer": sheet.made}
        if companion:
            made["_companion"] = companion
        if down:
            made["_down"] = True
        yield Doc(f"{kind}-{name}", kind, data, {**values, **made}, suffix)


DOWN = 0.25
"""Share of documents (text and scans aside) whose tall cells' names stand one character a
line, as in many offices' templates: a narrow first column (基 | 本 | 信 | 息)."""
DOWN_KINDS = frozenset(
    {"html", "docx", "xlsx", "csv", "pdf", "pdf_truetype", "pdf_pages", "pdf_text", "markdown_html"}
)


def _down(sheet: Sheet, *, kind: str, seed: int, name: str) -> bool:
    """Maybe set the names of the sheet's tall cells down them; says whether. Drawn from a
    generator of its own, as `_companion`'s."""
    rng = random.Random(f"down:{kind}:{seed}:{name}")
    if kind not in DOWN_KINDS or rng.random() >= DOWN:
        return False
    tall = [
        c for row in sheet.rows for c in row if c.kind in ("section", "group") and c.rowspan > 1
    ]
    for cell in tall:
        cell.down = True
    return bool(tall)


COMPANIONS = 0.2
"""Share of documents (scans aside) that hold another form's report too (gen/companion)."""


def _companion(
    sheet: Sheet, style: Style, values: dict[str, Any], *, kind: str, seed: int, name: str
) -> str:
    """Maybe give the sheet a companion report, before or after it; says which. Drawn from
    a generator of its own, so the other documents stay as they were."""
    rng = random.Random(f"companion:{kind}:{seed}:{name}")
    if kind in SCANS or rng.random() >= COMPANIONS:
        return ""
    sheet.companion = media_sheet(rng, style, values)
    sheet.companion_first = rng.random() < 0.3
    sheet.companion_rng = rng
    return f"{TITLE} {'before' if sheet.companion_first else 'after'}"


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
