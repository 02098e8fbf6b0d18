"""What reads, after the matcher's walk, the values the walk could not: lines of values
dealt to blocks of labels, cells of tall rows, values a converter's reading order moved
away from their labels. In this order: each reads what those before it left."""

from __future__ import annotations

from collections.abc import Callable

from nianbao.extract import cells, dealt
from nianbao.extract.below_label import take_below_label
from nianbao.extract.centred_cells import deal_centred
from nianbao.extract.code_around import take_code_around
from nianbao.extract.code_moves import move_codes
from nianbao.extract.codes_abreast import take_codes_abreast
from nianbao.extract.column_runs import take_column_runs
from nianbao.extract.count_above import take_counts_above
from nianbao.extract.count_wraps import take_wrapped_counts
from nianbao.extract.crossed import swap_crossed
from nianbao.extract.cut_choices import complete_cut_choices
from nianbao.extract.dealt_options import deal_options
from nianbao.extract.deferred_runs import take_deferred_runs
from nianbao.extract.fact_lines import take_fact_lines
from nianbao.extract.far_notes import take_far_notes
from nianbao.extract.far_texts import take_far_texts
from nianbao.extract.generic_moves import move_generic
from nianbao.extract.group_order import deal_groups_in_order
from nianbao.extract.heads import take_headed
from nianbao.extract.interleaved import deal_interleaved
from nianbao.extract.kind_leftovers import take_kind_leftovers
from nianbao.extract.kinds_dealt import deal_by_kind
from nianbao.extract.leftover import take_leftovers, take_notes
from nianbao.extract.levels import deal_levels, deal_stacked
from nianbao.extract.name_above import take_name_above
from nianbao.extract.name_around import take_name_around
from nianbao.extract.name_counts import deal_name_counts
from nianbao.extract.name_halves import join_name_halves
from nianbao.extract.note_around import take_note_around
from nianbao.extract.note_boxes import name_note_boxes
from nianbao.extract.notes_abreast import take_notes_abreast
from nianbao.extract.options_abreast import deal_options_abreast
from nianbao.extract.pair_levels import deal_pairs
from nianbao.extract.placement import Placement
from nianbao.extract.prose_above import take_prose_above
from nianbao.extract.quantity_rests import take_quantity_rests
from nianbao.extract.ranking import Match
from nianbao.extract.rest_notes import take_rest_notes
from nianbao.extract.section_names import take_section_names
from nianbao.extract.sections import deal_sections
from nianbao.extract.shaped import complete_heads, complete_shapes
from nianbao.extract.short_runs import take_short_runs
from nianbao.extract.signed_late import take_signed_date, take_signed_late
from nianbao.extract.slots import take_slots
from nianbao.extract.spilled_options import join_spilled_options
from nianbao.extract.stray_pieces import drop_stray_pieces
from nianbao.extract.sum_shifts import shift_sums
from nianbao.extract.sum_totals import move_sum_totals
from nianbao.extract.ticked_answers import take_ticked_answers
from nianbao.extract.titled_year import take_title_year
from nianbao.extract.unit_moves import move_by_unit, shift_back
from nianbao.extract.value_pair import take_value_pair
from nianbao.extract.values_above import take_values_above
from nianbao.extract.waiting_labels import take_waiting_labels
from nianbao.extract.wrapped_row import take_wrapped_row

AFTER_WALK: tuple[Callable[[Placement, Match, int], None], ...] = (
    join_spilled_options,
    take_below_label,
    take_deferred_runs,
    take_column_runs,
    take_short_runs,
    dealt.deal,
    cells.deal_cells,
    cells.deal_around,
    cells.deal_mixed,
    deal_levels,
    deal_pairs,
    deal_centred,
    deal_stacked,
    deal_interleaved,
    deal_sections,
    take_codes_abreast,
    complete_shapes,
    take_code_around,
    deal_options_abreast,
    take_ticked_answers,
    deal_options,
    deal_name_counts,
    take_name_around,
    deal_by_kind,
    complete_cut_choices,
    move_by_unit,
    move_generic,
    move_codes,
    take_prose_above,
    take_signed_late,
    take_signed_date,
    move_sum_totals,
    take_leftovers,
    take_kind_leftovers,
    take_section_names,
    shift_sums,
    take_headed,
    take_wrapped_counts,
    take_counts_above,
    take_values_above,
    take_wrapped_row,
    take_value_pair,
    take_waiting_labels,
    deal_groups_in_order,
    shift_back,
    take_name_above,
    take_slots,
    name_note_boxes,
    take_notes,
    take_far_notes,
    take_note_around,
    take_rest_notes,
    take_notes_abreast,
    take_far_texts,
    take_quantity_rests,
    complete_heads,
    join_name_halves,
    drop_stray_pieces,
    swap_crossed,
    take_title_year,
    take_fact_lines,
)
"""What reads the values the walk could not, after it."""
