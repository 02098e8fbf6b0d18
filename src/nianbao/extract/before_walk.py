"""What mends a converter's text before the matcher's walk: lines of one cell's pieces,
which reading order set apart, put back together. In this order: each works on the text
those before it made."""

from __future__ import annotations

from collections.abc import Callable

from nianbao.extract import (
    answer_clauses,
    answer_columns,
    boxed_names,
    clauses,
    code_columns,
    code_legends,
    group_dashes,
    group_grid,
    last_year,
    leader_dots,
    listed_options,
    mark_lines,
    note_cells,
    of_which,
    option_answers,
    option_columns,
    option_heads,
    repeated_labels,
    row_numbers,
    unit_scale,
)
from nianbao.extract.answer_clauses import answer_clauses_apart
from nianbao.extract.answer_columns import name_answer_columns
from nianbao.extract.block_rests import rejoin_block_rests
from nianbao.extract.boxed_names import boxes_before_names, boxes_onto_own_names
from nianbao.extract.choice_rows import choice_rows_joined
from nianbao.extract.clauses import clauses_apart
from nianbao.extract.code_columns import codes_dropped
from nianbao.extract.code_legends import codes_decoded
from nianbao.extract.credits import credits_dropped
from nianbao.extract.document import Document
from nianbao.extract.group_dashes import split_group_dashes
from nianbao.extract.group_grid import group_grids_read
from nianbao.extract.group_pieces import lift_group_pieces
from nianbao.extract.head_levels import join_head_levels
from nianbao.extract.head_rests import join_head_rests
from nianbao.extract.label_lists import split_label_lists
from nianbao.extract.labels import LabelIndex
from nianbao.extract.last_year import last_year_dropped
from nianbao.extract.leader_dots import leaders_apart
from nianbao.extract.listed_options import listed_options_dropped
from nianbao.extract.mark_cells import marks_onto_options
from nianbao.extract.mark_lines import marks_onto_name_lines
from nianbao.extract.note_cells import notes_joined
from nianbao.extract.of_which import of_which_apart
from nianbao.extract.option_answers import option_answers_read
from nianbao.extract.option_columns import option_columns_read
from nianbao.extract.option_heads import option_heads_read
from nianbao.extract.punctuation_rests import join_punctuation_rests
from nianbao.extract.remarks_column import remarks_dropped
from nianbao.extract.repeated_labels import repeats_dropped
from nianbao.extract.row_numbers import row_numbers_dropped
from nianbao.extract.run_wraps import rejoin_run_wraps
from nianbao.extract.split_heads import join_split_heads
from nianbao.extract.spread_units import rejoin_spread_units
from nianbao.extract.unit_scale import figures_scaled
from nianbao.extract.values_first import labels_before_values


def _spread_units(doc: Document, index: LabelIndex) -> Document:
    return rejoin_spread_units(doc)  # a unit's pieces need no labels to be told


BEFORE_WALK: tuple[Callable[[Document, LabelIndex], Document], ...] = (
    leaders_apart,
    listed_options_dropped,
    credits_dropped,
    labels_before_values,
    codes_dropped,
    row_numbers_dropped,
    last_year_dropped,
    remarks_dropped,
    codes_decoded,
    notes_joined,
    figures_scaled,
    repeats_dropped,
    of_which_apart,
    _spread_units,
    join_punctuation_rests,
    clauses_apart,
    answer_clauses_apart,
    split_label_lists,
    split_group_dashes,
    marks_onto_name_lines,
    choice_rows_joined,
    option_heads_read,
    option_columns_read,
    group_grids_read,
    name_answer_columns,
    option_answers_read,
    marks_onto_options,
    boxes_onto_own_names,
    boxes_before_names,
    rejoin_run_wraps,
    lift_group_pieces,
    join_split_heads,
    rejoin_block_rests,
    join_head_rests,
    join_head_levels,
)


def _cell_text(doc: Document) -> str:
    """Every cell's text, each on a line of its own."""
    return "\n" + "\n".join(c.text.strip() for row in doc.rows for c in row.cells) + "\n"


# What a step mends shows in the cells' text: where it does not, the step is not run (one
# search of the whole text instead of a look at every row; most documents need few).
_NEEDS: dict[Callable[[Document, LabelIndex], Document], Callable[[str, LabelIndex], bool]] = {
    leaders_apart: leader_dots.may_part,
    listed_options_dropped: listed_options.may_list,
    codes_dropped: code_columns.may_drop,
    row_numbers_dropped: row_numbers.may_drop,
    last_year_dropped: last_year.may_drop,
    codes_decoded: code_legends.may_decode,
    notes_joined: note_cells.may_join,
    figures_scaled: unit_scale.may_scale,
    repeats_dropped: repeated_labels.may_repeat,
    of_which_apart: of_which.may_part,
    join_punctuation_rests: lambda text, index: "\n，" in text or "\n；" in text,
    clauses_apart: clauses.may_part,
    answer_clauses_apart: answer_clauses.may_part,
    split_group_dashes: group_dashes.may_split,
    option_heads_read: option_heads.may_head,
    option_columns_read: option_columns.may_head,
    group_grids_read: group_grid.may_grid,
    name_answer_columns: answer_columns.may_name,
    option_answers_read: option_answers.may_answer,
    marks_onto_options: lambda text, index: "\n☑\n" in text,
    marks_onto_name_lines: mark_lines.may_move,
    boxes_onto_own_names: boxed_names.may_close_up,
    boxes_before_names: boxed_names.may_move,
}


def mended(doc: Document, index: LabelIndex) -> Document:
    """`doc` after every step of BEFORE_WALK, in order, each on the text those before made
    (a step whose need is not in the text is left out)."""
    text: str | None = None  # the cells' text, worked out again only when a test needs it
    for step in BEFORE_WALK:
        needs = _NEEDS.get(step)
        if needs is not None:
            if text is None:
                text = _cell_text(doc)
            if not needs(text, index):
                continue
        before, doc = doc, step(doc, index)
        if doc is not before:
            text = None  # what a step wrote may be what a later one mends
    return doc
