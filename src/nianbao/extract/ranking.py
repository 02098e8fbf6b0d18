"""Field candidates, and the choice of one per field when a document gives several."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Collection
from dataclasses import dataclass, field

from nianbao.coerce import coerce_value
from nianbao.extract.document import Cell, Document
from nianbao.forms.model import Field

FOOTNOTE_RE = re.compile(r"[*＊※\s]*(?:备注|附注|说明|注)\s*\d*\s*[:：]")
"""A footnote's opening (注：…, *注：…*, 备注：…, 说明：…): a remark on the form under the
table, no field's text."""


# Not frozen: a report makes dozens, and a frozen dataclass takes several times longer to
# build. Nothing changes one once made (a new confidence is a dataclasses.replace copy).
@dataclass(slots=True)
class Candidate:
    field: Field
    raw: str
    where: str
    page: int | None
    block: int
    row: int
    confidence: float
    explicit: bool = True
    """Found beside its own label (not inferred from another field's cell)."""

    # Written out, as extract.document.Cell's: a report makes dozens.
    def __init__(  # noqa: PLR0917 (the dataclass's own signature, positional)
        self,
        field: Field,
        raw: str,
        where: str,
        page: int | None,
        block: int,
        row: int,
        confidence: float,
        explicit: bool = True,
    ) -> None:
        self.field = field
        self.raw = raw
        self.where = where
        self.page = page
        self.block = block
        self.row = row
        self.confidence = confidence
        self.explicit = explicit

    @classmethod
    def at(
        cls,
        doc: Document,
        f: Field,
        raw: str,
        place: tuple[int, Cell],
        confidence: float,
        *,
        explicit: bool = True,
    ) -> Candidate:
        """A candidate read at `place`: (row, cell) of `doc`."""
        r, cell = place
        row = doc.rows[r]
        # Candidate(...), not cls(...): the compiled tree calls a named class's __init__ directly.
        return Candidate(f, raw, row.cell_where(cell), row.page, row.block, r, confidence, explicit)


@dataclass(slots=True)
class Match:
    chosen: dict[str, Candidate] = field(default_factory=dict)
    candidates: dict[str, list[Candidate]] = field(default_factory=dict)
    seen: set[str] = field(default_factory=set)
    """Fields whose label was found, with or without a value."""
    unmatched: list[str] = field(default_factory=list)

    def read(self, f: Field, outside: Collection[int] = ()) -> bool:
        """Whether a value f can read was found for it (on a row not in `outside`)."""
        return any(
            c.row not in outside and readable(f, c.raw) for c in self.candidates.get(f.key, ())
        )

    def holds(self, row: int, text: str) -> bool:
        """Whether a value read on line `row`, of any field, holds `text`."""
        return any(
            c.row == row and text in c.raw for found in self.candidates.values() for c in found
        )

    def add(self, candidate: Candidate) -> None:
        self.candidates.setdefault(candidate.field.key, []).append(candidate)

    def drop(
        self, unwanted: Callable[[Candidate], bool], keys: Collection[str] | None = None
    ) -> None:
        """Drops the candidates `unwanted` picks (of the fields `keys` names, if given), and
        the fields they leave without any."""
        for key in list(self.candidates) if keys is None else keys:
            found = self.candidates.get(key)
            if not found:
                continue
            kept = [c for c in found if not unwanted(c)]
            if len(kept) == len(found):
                continue
            if kept:
                self.candidates[key] = kept
            else:
                del self.candidates[key]


def _mates(match: Match, f: Field) -> list[int]:
    """The rows of the one candidate each of the other fields of f's group have."""
    return [
        found[0].row
        for key, found in match.candidates.items()
        if len(found) == 1 and key != f.key and found[0].field.group_ids == f.group_ids
    ]


def footnote(c: Candidate) -> bool:
    """Whether a free text read is a remark on the form under it (注：…), whatever layout
    put it by a label."""
    f = c.field
    return f.type == "str" and not f.identifier and FOOTNOTE_RE.match(c.raw) is not None


def choose(match: Match, doc: Document, head: str | None = None) -> None:
    """One candidate per field: the one in the densest block of labels; outside it, the one
    in the denser block (the report's other tables before a page footer's 主办单位), then
    the nearest. The fields of section `head` (the form's head: the year, the unit) stand
    above the table: outside it, one above beats one below (a page's links to the unit's
    reports of other years, 某局2020年度政府网站工作年度报表, under the report)."""
    per_block: dict[int, set[str]] = {}
    for key, found in match.candidates.items():
        for c in found:
            per_block.setdefault(c.block, set()).add(key)
    if not per_block:
        return
    main = max(per_block, key=lambda b: len(per_block[b]))
    main_rows = [i for i, row in enumerate(doc.rows) if row.block == main]
    first, last = (main_rows[0], main_rows[-1]) if main_rows else (0, 0)

    for key, found in match.candidates.items():
        if len(found) == 1:  # most fields: nothing to rank, no other raw text
            match.chosen[key] = found[0]
            continue
        mates = _mates(match, found[0].field)
        top = head is not None and found[0].field.group_ids[:1] == (head,)
        ranked = sorted(
            found,
            key=lambda c: _rank(c, mates, main, (first, last), per_block, top),
            reverse=True,
        )
        # A value that cannot be read loses to one that can (a title's neighbour, a stray
        # repeat); when none can, the best-placed one stays so its problem is reported.
        best = ranked[0]
        if len(ranked) > 1:
            best = next((c for c in ranked if readable(c.field, c.raw)), best)
        others = {c.raw for c in found if c.explicit} - {best.raw}
        if others and best.explicit:
            best = dataclasses.replace(best, confidence=best.confidence * 0.7)
        match.chosen[key] = best


def _rank(  # noqa: PLR0917
    c: Candidate,
    mates: list[int],
    main: int,
    ends: tuple[int, int],
    per_block: dict[int, set[str]],
    top: bool,
) -> tuple[bool, bool, bool, int, int, int, int]:
    """How well placed c is: explicit, in the main block (or nearest its ends `ends`), in a
    denser block, then nearest the values of its own group (a signature's date among the
    signature, not another report's date that reading order set in the table).

    A function of its own, not a closure over choose()'s names: compiled, a nested function
    that a lambda calls sits in the environment they share, a cycle that keeps the match
    alive until the collector runs."""
    distance = 0 if c.block == main else min(abs(c.row - ends[0]), abs(c.row - ends[1]))
    apart = min((abs(c.row - r) for r in mates), default=0)
    above = top and c.row < ends[0]
    return (c.explicit, c.block == main, above, len(per_block[c.block]), -distance, -apart, -c.row)


def fails(f: Field, raw: str) -> bool:
    try:
        coerce_value(f, raw)
    except Exception:  # NormalizeError, or more than one option ticked for a single choice
        return True
    return False


def readable(f: Field, raw: str) -> bool:
    try:
        return coerce_value(f, raw) is not None
    except Exception:  # NormalizeError, or more than one option ticked for a single choice
        return False
