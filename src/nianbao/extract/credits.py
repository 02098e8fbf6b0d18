"""An article's editorial credits (编辑：王小川　审核：刘涛　终审：赵明), as a WeChat post or
a site's news page sets them under a report told in prose: its 审核 is the editor's, not
the report's 审核人. A row naming an editor or a proofreader and a 审核 loses the cells
that name them."""

from __future__ import annotations

import re

from nianbao.extract.cell_edits import rows_edited
from nianbao.extract.document import Cell, Document, Row
from nianbao.extract.labels import LabelIndex

_CREDIT_RE = re.compile(r"(?:责任编辑|责编|编辑|初审|复审|终审|校对|排版|美编)\s*[:：]")
_REVIEW_RE = re.compile(r"审核\s*[:：]")


def credits_dropped(doc: Document, index: LabelIndex) -> Document:
    del index
    return without_credits(doc)


def without_credits(doc: Document) -> Document:
    """`doc` without its editorial credits' cells (the same rows, for the prose reader)."""
    if not any(_credits(row) for row in doc.rows):
        return doc
    return rows_edited(doc, _without_credits)


def _credits(row: Row) -> bool:
    # One look at the cells first: most rows have no 审核 (a signature's: one row).
    if not any("审核" in c.text for c in row.cells):
        return False
    text = " ".join(c.text for c in row.cells)
    return _REVIEW_RE.search(text) is not None and _CREDIT_RE.search(text) is not None


def _without_credits(row: Row) -> tuple[Cell, ...] | None:
    if not _credits(row):
        return None
    return tuple(
        c for c in row.cells if not (_CREDIT_RE.search(c.text) or _REVIEW_RE.search(c.text))
    )
