"""Bytes → sniff → reader → Document → matcher → Report → rules: one extraction record."""

from __future__ import annotations

import dataclasses
import importlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

from nianbao.coerce import coerce_value, report_from_mapping
from nianbao.errors import ManyReportsError, NotAReportError, UnsupportedFormatError
from nianbao.extract.cell_breaks import unbroken
from nianbao.extract.document import Document, Format, StopAt
from nianbao.extract.elsewhere import report_elsewhere
from nianbao.extract.labels import without_label_note
from nianbao.extract.layer_merge import merged
from nianbao.extract.matcher import match_document
from nianbao.extract.narrative import read_prose
from nianbao.extract.radicals import unified
from nianbao.extract.ranking import Match
from nianbao.extract.regions import own_rows
from nianbao.extract.roster import find_rosters, roster_documents
from nianbao.extract.series import (
    part_document,
    report_parts,
    same_report,
    without_leading_instructions,
)
from nianbao.extract.stops import stop_at, text_end
from nianbao.extract.text_layer import garbled, needs_ocr
from nianbao.extract.traditional import simplified
from nianbao.extract.turned_roster import turned
from nianbao.forms import default_form, form_for_year
from nianbao.forms.model import Form
from nianbao.normalize import NormalizeError
from nianbao.readers import legacy
from nianbao.readers.encrypted import OLE_MAGIC
from nianbao.readers.limits import MAX_BYTES, MAX_INPUT_BYTES, read_limited
from nianbao.readers.sniff import Kind, sniff
from nianbao.report import Report
from nianbao.rules import Finding, check_report
from nianbao.settings import RuleSettings

MIN_LABELS = 8
"""Fewer distinct field labels than this and the input is not an annual report."""


@dataclass(slots=True)
class Extraction:
    source: str
    format: Format
    report: Report
    confidence: dict[str, float]
    findings: list[Finding]
    unmatched: list[str] = field(default_factory=list)
    ocr: bool = False
    notes: list[str] = field(default_factory=list)

    def record(self) -> dict[str, Any]:
        """The `nianbao extract --json` record (shared/spec/contracts.md)."""
        values = self.report.to_json()
        provenance = {}
        for key in values:
            where = self.report.provenance.get(key)
            if where is not None:
                provenance[key] = {"page": where.page, "where": where.where, "raw": where.raw}
        out: dict[str, Any] = {
            "source": self.source,
            "format": self.format,
            "form": self.report.form.id,
            "values": values,
            "provenance": provenance,
            "confidence": {k: round(self.confidence.get(k, 0.0), 3) for k in values},
            "findings": [f.to_dict() for f in self.findings],
            "unmatched": self.unmatched,
        }
        if self.ocr:
            out["ocr"] = True
        if self.notes:
            out["notes"] = self.notes
        return out


Reader = Callable[..., Document]


# Imported on use: a text-only batch never loads lxml, pdfium or the OCR models.
_READERS: dict[str, tuple[str, str]] = {
    "text": ("nianbao.readers.text", "read_text"),
    "html": ("nianbao.readers.html", "read_html"),
    "mhtml": ("nianbao.readers.mhtml", "read_mhtml"),
    "docx": ("nianbao.readers.docx", "read_docx"),
    "xlsx": ("nianbao.readers.xlsx", "read_xlsx"),
    "pdf": ("nianbao.readers.pdf", "read_pdf"),
    "image": ("nianbao.readers.ocr", "read_image"),
}


def _reader(kind: Kind) -> Reader:
    if kind not in _READERS:
        raise UnsupportedFormatError(
            "这是报表数据文件（JSON/YAML），无需提取：请直接用 nianbao validate 检查。"
        )
    module, name = _READERS[kind]
    return cast(Reader, getattr(importlib.import_module(module), name))


_PAGED = frozenset({"pdf", "image"})


def read_document(data: bytes, source: str | None = None, form: Form | None = None) -> Document:
    """Any supported format → Document (scanned PDF pages go through OCR), in simplified
    characters whatever script the report is written in, radicals read as characters."""
    return _plain(_read_document(data, source, form))


def _plain(doc: Document) -> Document:
    """Radicals as the characters they stand for, then traditional characters as
    simplified, both told from the document's opening, read once."""
    opening = doc.opening()
    plain = unified(doc, opening)
    if plain is not doc:
        opening = plain.opening()
    return simplified(plain, opening)


def _read_document(data: bytes, source: str | None, form: Form | None) -> Document:
    kind = sniff(data, source)
    if legacy.convertible(kind):
        doc = _read_document(legacy.convert(data, kind, source), source, form)
        target = legacy.TARGETS[kind]
        doc.notes.append(f"{legacy.described(kind)}，由 LibreOffice 转换为 .{target} 后读取。")
        return doc
    stop = stop_at(form or default_form())
    reader = _reader(kind)
    if kind in _PAGED:
        doc = reader(data, source, stop=stop)
    elif kind == "text":
        doc = reader(data, source, end=text_end(form or default_form()))
    else:
        doc = reader(data, source)
    if kind == "pdf" and doc.format == "pdf" and (needs_ocr(doc) or garbled(doc)):
        return _pdf_scans(data, source, stop)
    if kind == "pdf" and doc.format == "pdf" and doc.scanned:
        return _with_scanned_pages(doc, data, source)
    if kind in ("docx", "xlsx") and needs_ocr(doc):
        # The report pasted in as pictures (scans, screenshots): read them as scans.
        ocr = importlib.import_module("nianbao.readers.ocr")
        what = "Word " if kind == "docx" else "Excel "
        found = importlib.import_module("nianbao.readers.ooxml").pictures(
            data, source, what, ocr.MAX_PAGES
        )
        if found:
            return cast(Document, ocr.read_pictures(found, source, kind, stop=stop))
    return doc


def _with_scanned_pages(doc: Document, data: bytes, source: str | None) -> Document:
    """A PDF of text pages and scanned ones, the scans read (OCR) and set in their pages'
    places; labels may then be misread, as in any scan."""
    ocr = importlib.import_module("nianbao.readers.ocr")
    scans = cast(Document, ocr.read_pdf_pages(data, source, doc.scanned))
    rows = sorted([*doc.rows, *scans.rows], key=lambda row: row.page or 0)
    doc.notes.append(f"第 {'、'.join(map(str, doc.scanned))} 页是扫描图片，已按扫描件识别。")
    return dataclasses.replace(doc, rows=rows, fuzzy=True)


def _pdf_scans(data: bytes, source: str | None, stop: StopAt) -> Document:
    """A PDF's pages read as scans (OCR)."""
    read_pdf_scans = cast(Reader, importlib.import_module("nianbao.readers.ocr").read_pdf_scans)
    scanned = read_pdf_scans(data, source, stop=stop)
    scanned.format = "pdf"
    return scanned


def report_from_match(match: Match, form: Form, source: str | None) -> Report:
    mapping = {
        key: unbroken(form.by_key[key], without_label_note(c.raw))
        for key, c in match.chosen.items()
    }
    report = report_from_mapping(
        mapping, form=form, source=source, locate=lambda key: match.chosen[key].where
    )
    for key, prov in list(report.provenance.items()):
        page = match.chosen[key].page
        if page is not None:
            report.provenance[key] = dataclasses.replace(prov, page=page)
    return report


def _form_for(match: Match, form: Form) -> Form:
    year = match.chosen.get("year")
    if year is None or "year" not in form.by_key:
        return form
    try:
        value = coerce_value(form.by_key["year"], year.raw)
    except NormalizeError:
        return form
    return form_for_year(value if isinstance(value, int) else None)


def extract_document(
    doc: Document,
    source: str,
    *,
    form: Form | None = None,
    settings: RuleSettings | None = None,
) -> Extraction:
    chosen_form = form or default_form()
    doc = without_leading_instructions(doc, chosen_form)
    own, others = own_rows(doc, chosen_form)
    match = match_document(own, chosen_form)
    if form is None:
        by_year = _form_for(match, chosen_form)
        if by_year is not chosen_form:
            chosen_form = by_year
            own, others = own_rows(doc, by_year)
            match = match_document(own, by_year)
    read_prose(own, chosen_form, match)
    if len(match.seen) < MIN_LABELS:
        found = len(match.seen)
        title = chosen_form.title
        if others:
            raise NotAReportError(
                f"不是{title}：文件中是{'、'.join(others)}，"
                f"其外只认出 {found} 个栏目名称（至少需要 {MIN_LABELS} 个）。"
                f"请提交{title}本身。",
                source=source,
            )
        raise NotAReportError(
            f"不是{title}：只认出 {found} 个栏目名称（至少需要 {MIN_LABELS} 个）。"
            "请确认文件内容是年度报表；扫描件请保证清晰。",
            source=source,
        )
    report = report_from_match(match, chosen_form, source)
    confidence = {key: c.confidence for key, c in match.chosen.items()}
    return Extraction(
        source=source,
        format=doc.format,
        report=report,
        confidence=confidence,
        findings=check_report(report, settings),
        unmatched=match.unmatched,
        notes=list(own.notes),
    )


def extract_bytes(
    data: bytes,
    source: str,
    *,
    form: Form | None = None,
    settings: RuleSettings | None = None,
) -> Extraction:
    doc = read_document(data, source, form)
    several = _several(doc, source, form, settings)
    if several is not None and len(several) == 1:
        return several[0]  # a table of one report (a system's export, a column a field)
    if several is not None:
        first, last = several[0].notes[-1], several[-1].notes[-1]
        raise ManyReportsError(
            f"这个文件有 {len(several)} 份报表（{first}；……；{last}）。"
            "请用 nianbao extract 逐份提取，或分别提交每份报表。",
            source=source,
        )
    return _extract_read(doc, data, source, form, settings)


def extract_all(
    data: bytes,
    source: str,
    *,
    form: Form | None = None,
    settings: RuleSettings | None = None,
) -> list[Extraction]:
    """Every report the file holds: one, or one per row of a table of reports or per
    report of several one after another (each `source` then ends in #N, N counting the
    reports from 1)."""
    doc = read_document(data, source, form)
    several = _several(doc, source, form, settings)
    return several or [_extract_read(doc, data, source, form, settings)]


def _several(
    doc: Document, source: str, form: Form | None, settings: RuleSettings | None
) -> list[Extraction] | None:
    """Each report of a document holding more than one."""
    chosen = form or default_form()
    rosters = find_rosters(doc, chosen)
    if not rosters and (turned_doc := turned(doc, chosen)) is not None:
        doc, rosters = turned_doc
    if rosters:
        parts = [part for roster in rosters for part in roster_documents(doc, roster)]
    else:
        found = report_parts(doc, chosen)
        if found is None:
            return None
        parts = [part_document(doc, part, n) for n, part in enumerate(found, 1)]

    def extracted(kept: list[Document]) -> list[Extraction]:
        # Each part holds a report's labels (a table's row: its header's), so none is
        # refused as no report.
        return [
            extract_document(
                part, f"{source}#{n}" if len(kept) > 1 else source, form=form, settings=settings
            )
            for n, part in enumerate(kept, 1)
        ]

    try:
        reports = extracted(parts)
    except NotAReportError:
        return None  # a part the split took for a report is none: read the file as one
    if rosters:
        return reports  # a table's rows are its reports, a row repeated included
    # The same report twice (a workbook's printed table and its data sheet) is one.
    kept = [parts[0]] + [
        part
        for part, report, before in zip(parts[1:], reports[1:], reports, strict=False)
        if not same_report(report.report, before.report)
    ]
    if len(kept) < 2:
        return None
    return reports if len(kept) == len(parts) else extracted(kept)


def _better_read(
    extraction: Extraction,
    data: bytes,
    source: str,
    form: Form | None,
    settings: RuleSettings | None,
) -> Extraction:
    """A searchable scan's report as its OCR layer gives it or as its pictures read, which
    ever holds more values (a scanner's OCR layer may hold the printed form only, not the
    figures written on it), with what the other reading adds (extract.layer_merge)."""
    doc = _plain(_pdf_scans(data, source, stop_at(form or default_form())))
    try:
        scanned = extract_document(doc, source, form=form, settings=settings)
    except NotAReportError:
        return extraction
    scanned.ocr = True
    kept, other = extraction, scanned
    if len(scanned.report.values) > len(extraction.report.values):
        kept, other = scanned, extraction
    both = merged(kept.report, kept.confidence, other.report, other.confidence)
    if both is None:
        return kept
    report, confidence = both
    findings = check_report(report, settings)
    return dataclasses.replace(kept, report=report, confidence=confidence, findings=findings)


SPARSE = 3
"""A report holding fewer than a third of its form's fields may have its values on a page
of their own (`_pages_beside`)."""


def _sparse(extraction: Extraction) -> bool:
    return SPARSE * len(extraction.report.values) < len(extraction.report.form.fields)


def _pages_beside(
    extraction: Extraction,
    data: bytes,
    source: str,
    form: Form | None,
    settings: RuleSettings | None,
) -> Extraction:
    """A PDF's report read again with pages set side by side (a sheet printed too wide for
    its paper: the values' column on the page after the labels'), when that gives more
    values."""
    read_pdf = cast(Reader, importlib.import_module("nianbao.readers.pdf").read_pdf)
    doc = read_pdf(data, source, stop_at(form or default_form()), beside=True)
    if not doc.beside:
        return extraction
    try:
        wide = extract_document(_plain(doc), source, form=form, settings=settings)
    except NotAReportError:
        return extraction
    return wide if len(wide.report.values) > len(extraction.report.values) else extraction


def _extract_read(
    doc: Document,
    data: bytes,
    source: str,
    form: Form | None,
    settings: RuleSettings | None,
) -> Extraction:
    try:
        extraction = extract_document(doc, source, form=form, settings=settings)
        if doc.format == "pdf" and doc.ocr_layer and not doc.fuzzy:
            extraction = _better_read(extraction, data, source, form, settings)
        elif doc.format == "pdf" and (doc.pages or 0) > 1 and _sparse(extraction):
            extraction = _pages_beside(extraction, data, source, form, settings)
    except NotAReportError as exc:
        if doc.format == "html":
            hint = report_elsewhere(doc, data, source, form or default_form())
            if hint:
                first = exc.message.split("。")[0]
                raise NotAReportError(f"{first}。{hint}", source=source) from None
        if not (doc.format == "pdf" and doc.illustrated and not doc.fuzzy):
            raise
        # Scanned pages under a text layer that is no report (a title, a stamp's caption,
        # a scanner's poor OCR), or a table pasted in as a screenshot between a title and
        # the signatures: the pictures are the report.
        doc = _plain(_pdf_scans(data, source, stop_at(form or default_form())))
        extraction = extract_document(doc, source, form=form, settings=settings)
    extraction.ocr = extraction.ocr or doc.fuzzy
    return extraction


def read_input(path: Path) -> bytes:
    """The file's bytes, refusing what no reader would accept before reading it all."""
    source = str(path)
    return read_limited(
        path,
        MAX_INPUT_BYTES,
        "报表文件",
        limit_for=lambda head: (limit_for(head, source), "这种格式"),
    )


def limit_for(head: bytes, source: str | None) -> int:
    """The byte limit of the format the file's first bytes announce."""
    # Office files are classified from their whole content (the ZIP directory is at the end).
    if head.startswith((b"PK\x03\x04", OLE_MAGIC)):
        return MAX_BYTES["zip"]
    kind = sniff(head, source)
    return MAX_BYTES.get(kind, MAX_INPUT_BYTES)


def extract_file(
    path: Path, *, form: Form | None = None, settings: RuleSettings | None = None
) -> Extraction:
    source = str(path)
    return extract_bytes(read_input(path), source, form=form, settings=settings)


def extract_file_all(
    path: Path, *, form: Form | None = None, settings: RuleSettings | None = None
) -> list[Extraction]:
    """`extract_all` of a file."""
    source = str(path)
    return extract_all(read_input(path), source, form=form, settings=settings)
