"""A text is read up to a little past the instructions' title that closes its report
(stops.text_end): the instructions, often longer than the report, are never cleaned,
split into cells nor mended, and what is extracted stays the same."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from locations import CORPUS
from nianbao.extract.pipeline import extract_bytes, extract_document, read_document
from nianbao.extract.signed_late import ROWS
from nianbao.extract.stops import text_end
from nianbao.forms import default_form
from nianbao.readers.text import read_text

FORM = default_form()
SEED = (CORPUS / "raw" / "000.txt").read_text("utf-8")
TITLE = FORM.instructions
END = text_end(FORM)
REPORT, INSTRUCTIONS = SEED[: SEED.index(TITLE)], SEED[SEED.index(TITLE) :]


def _line(text: str, at: int) -> int:
    return text.count("\n", 0, at) + 1


def test_the_seed_is_read_to_a_little_past_its_instructions_title() -> None:
    whole = read_text(SEED.encode())
    cut = read_document(SEED.encode(), "seed.txt")
    title = _line(SEED, SEED.index(TITLE))
    last = int(cut.rows[-1].where.split()[1])
    assert title + ROWS < last < _line(SEED, len(SEED)) - 20
    assert len(cut.rows) < len(whole.rows)
    # The same values, confidences and findings as the text read whole.
    read = extract_bytes(SEED.encode(), "seed.txt")
    full = extract_document(whole, "seed.txt")
    assert read.report.to_json() == full.report.to_json()
    assert read.confidence == full.confidence
    assert [f.to_dict() for f in read.findings] == [f.to_dict() for f in full.findings]


def test_the_lines_the_signatures_may_stand_on_are_kept() -> None:
    cut = END(SEED)
    assert cut is not None
    after = SEED[SEED.index(TITLE) : cut].splitlines()[1:]
    assert len([line for line in after if line.strip()]) > ROWS
    assert SEED[cut - 1] == "\n"


def test_a_heading_set_out_in_markup_or_spaces_ends_the_text() -> None:
    for heading in (
        f"## {TITLE}",
        f"**{TITLE}**",
        "政府网站工作年度报表  填写说明",
        "  政 府 网 站 工 作 年 度 报 表 填 写 说 明",
    ):
        text = SEED.replace(TITLE, heading)
        assert END(text) is not None, heading


def test_what_may_hold_a_report_after_the_title_is_read_whole() -> None:
    # A template's instructions before its report.
    assert END(INSTRUCTIONS + "\n" + REPORT) is None
    # A second report after the instructions.
    assert END(SEED + "\n" + SEED) is None
    # The title named inside a sentence, a report's table after it.
    named = REPORT.replace("网站名称", f"请按《{TITLE}》填报\n网站名称", 1)
    assert END(named + INSTRUCTIONS) == END(SEED) + len(named) - len(REPORT)
    # No form title before the instructions' (a report without one, a page of them).
    untitled = REPORT.replace(FORM.title, "某某", 1)
    assert FORM.title not in untitled
    assert END(untitled + INSTRUCTIONS) is None
    # A few lines over the instructions: a template's opening, not a report.
    assert END(f"{FORM.title}\n附件1\n" + INSTRUCTIONS + "\n" * 30 + REPORT) is None


def test_a_text_without_a_closing_title_is_read_whole() -> None:
    assert END(REPORT) is None
    assert END(REPORT + INSTRUCTIONS[:200]) is None  # too few lines past the title


_LINES = st.sampled_from(
    ["", "  ", FORM.title, TITLE, f"# {TITLE}", "网站名称 某局", "说明", "\u3000", "|  |"]
)


@given(st.lists(_LINES, max_size=120))
def test_a_cut_is_a_line_end_past_the_instructions_title(lines: list[str]) -> None:
    text = "\n".join(lines)
    cut = END(text)
    if cut is not None:
        assert 0 < cut < len(text)
        assert text[cut - 1] == "\n"
        assert TITLE in text[:cut].replace(" ", "").replace("#", "")
