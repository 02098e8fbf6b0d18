"""A cell of a line laid out with spaces, and where it stands."""

from __future__ import annotations

from dataclasses import dataclass


# Not frozen, as extract.document.Cell: made in numbers, never changed.
@dataclass(slots=True)
class Spaced:
    """A cell set apart by spaces, with where it starts and ends on the line: in display
    columns (a Chinese character two wide, as a terminal shows it) and in characters (as
    pdftotext -layout counts them)."""

    text: str
    start: int
    end: int
    at: int
    to: int

    # Written out, as extract.document.Cell's: a text makes hundreds.
    def __init__(self, text: str, start: int, end: int, at: int, to: int) -> None:
        self.text = text
        self.start = start
        self.end = end
        self.at = at
        self.to = to
