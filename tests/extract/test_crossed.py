"""Two values read on one line, each fitting the other's field (extract/crossed.py)."""

from __future__ import annotations

from nianbao.extract.crossed import swap_crossed
from nianbao.extract.document import Document
from nianbao.extract.labels import label_index
from nianbao.extract.placement import Placement
from nianbao.extract.ranking import Candidate, Match
from nianbao.extract.tokens import Rows
from nianbao.forms.registry import default_form
from text_reports import values

# pdfplumber's layout: 独立用户访问总量 wrapped around the code's line, its head over the
# code; the walk reads the code for it and its count for the code's label.
CROSSED = """\
       政府网站标识码          5134354082    ICP备案号           川ICP备96509154号-2
                                      独立用户访问总
       公安机关备案号          51343543888019号                166402个
                                      量(单位: 个)
       网站总访问量(单位:   次)  1204900次
"""


def test_each_value_goes_to_the_field_it_fits() -> None:
    got = values(CROSSED)
    assert got.get("police_number") == "51343543888019号"
    assert got.get("unique_visitors") == 166402
    assert got.get("page_views") == 1204900


def _swapped(police: str, visitors: str, rows: tuple[int, int] = (3, 3)) -> tuple[str, str]:
    form = default_form()
    match = Match()
    for key, raw, row in (
        ("police_number", police, rows[0]),
        ("unique_visitors", visitors, rows[1]),
    ):
        match.candidates[key] = [Candidate(form.by_key[key], raw, "", None, 0, row, 0.9)]
    # A real Placement (of an empty document): compiled, the step checks its argument's type.
    doc, index = Document("text"), label_index(form)
    swap_crossed(Placement(doc, index, Rows(doc, index)), match, 10)
    return match.candidates["police_number"][0].raw, match.candidates["unique_visitors"][0].raw


def test_only_values_failing_their_own_field_and_fitting_the_other_move() -> None:
    assert _swapped("166402个", "51343543888019号") == ("51343543888019号", "166402个")
    # The count fits its own field: nothing moves.
    assert _swapped("166402个", "3000个") == ("166402个", "3000个")
    # On different lines: no crossing.
    assert _swapped("166402个", "51343543888019号", (3, 4)) == ("166402个", "51343543888019号")
