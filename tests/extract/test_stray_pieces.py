"""A piece of a label beside a code run into it (extract/stray_pieces.py)."""

from __future__ import annotations

from nianbao.extract.document import Document
from nianbao.extract.labels import label_index
from nianbao.extract.placement import Placement
from nianbao.extract.ranking import Candidate, Match
from nianbao.extract.stray_pieces import drop_stray_pieces
from nianbao.extract.tokens import Rows
from nianbao.forms.registry import default_form
from text_reports import values

# pdftotext -layout: 独立用户访问总量's middle line (总) on the code's first line.
LAID_OUT = """\
政府网站标识码       5203001129             ICP备案号   贵ICP备99678185号-1
                                  独立用户访问
              贵公网安备52030044242631 总
公安机关备案号                                       ６８００３
              号                   量（单位：
                                  个）
网站总访问量（单位：次）  1204900
"""


def test_a_labels_line_run_into_a_code_is_dropped() -> None:
    got = values(LAID_OUT)
    assert got.get("police_number") == "贵公网安备52030044242631号"
    assert got.get("unique_visitors") == 68003


def _dropped(raw: str) -> str:
    form = default_form()
    match = Match()
    match.candidates["police_number"] = [
        Candidate(form.by_key["police_number"], raw, "", None, 0, 3, 0.9)
    ]
    # A real Placement (of an empty document): compiled, the step checks its argument's type.
    doc, index = Document("text"), label_index(form)
    drop_stray_pieces(Placement(doc, index, Rows(doc, index)), match, 10)
    return match.candidates["police_number"][0].raw


def test_only_a_label_piece_after_a_blank_goes() -> None:
    assert _dropped("贵公网安备52030044242631 总号") == "贵公网安备52030044242631 号"
    assert _dropped("贵公网安备52030044242631号 总") == "贵公网安备52030044242631号 "
    # The code's own words, not after a blank, stay.
    assert _dropped("贵公网安备总52030044242631 号") == "贵公网安备总52030044242631 号"
    # Words of no label: nothing to drop.
    assert _dropped("贵公网安备52030044242631 某号") == "贵公网安备52030044242631 某号"
