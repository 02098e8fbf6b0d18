"""A part's label after 其中 and a colon (其中：概况类信息更新量, the parts of a total listed
under it): the colon would make 其中 a label and the part's label its value. It becomes a
blank, as in 其中 概况类信息更新量, which is read as the part's label."""

from __future__ import annotations

import re

from nianbao.extract.cell_edits import texts_edited
from nianbao.extract.document import Document
from nianbao.extract.labels import LabelIndex

_OF_WHICH_RE = re.compile(r"^(\s*其中)\s*[:：]\s*(?=\S)")


def may_part(text: str, index: LabelIndex) -> bool:
    """Whether `text` (cells one a line) holds a cell opening with 其中 and a colon."""
    return "\n其中：" in text or "\n其中:" in text


def of_which_apart(doc: Document, index: LabelIndex) -> Document:
    return texts_edited(
        doc,
        lambda text: _OF_WHICH_RE.sub(r"\1 ", text) if text.lstrip().startswith("其中") else text,
    )
