"""A piece of one cell's text: a label, a value or a unit, and the marks it carries."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from nianbao.extract.document import TICKED, UNTICKED
from nianbao.extract.labels import LabelHit, LabelIndex, normalize_label

PieceKind = Literal["label", "value", "unit"]
TICKS = TICKED + UNTICKED
_TICK_SET = frozenset(TICKS)


@dataclass(frozen=True, slots=True)
class Piece:
    kind: PieceKind
    text: str
    hit: LabelHit | None = None
    unit: bool = False
    """A unit was written with or beside this label: it really was a label."""
    ticks: bool = False
    """The text holds a tick box (☑/☐)."""
    ends: bool = False
    """The text starts the form's instructions: the report table is over."""


def has_ticks(text: str) -> bool:
    """Whether a text holds a tick box (☑/☐)."""
    return not _TICK_SET.isdisjoint(text)


def make_piece(
    kind: PieceKind, text: str, index: LabelIndex, hit: LabelHit | None = None, unit: bool = False
) -> Piece:
    ticks = has_ticks(text)
    ends = bool(index.stop) and normalize_label(text).startswith(index.stop)
    return Piece(kind, text, hit, unit, ticks, ends)
