"""Tick boxes a PDF draws rather than writes: a web page's check boxes and radio buttons
printed by a browser, or boxes a style sheet draws, are small squares or circles of path
objects, the tick or dot a smaller shape inside the checked ones. No character of the text
layer stands for them; each becomes a run, ☑ or ☐, where it stands."""

from __future__ import annotations

from dataclasses import dataclass

from nianbao.extract.document import BBox
from nianbao.readers.geometry import Run
from nianbao.readers.marks import TICKED, UNTICKED

SMALLEST, LARGEST = 2.0, 16.0
"""Points a drawn box or its mark is wide and high (a line of text's height at most)."""
SMALLEST_BOX = 6.0
"""Points a box is wide and high at least (a radio button's dot may be smaller)."""
_SQUARE = 1.6
"""How much wider than high, or higher than wide, a box or a dot may be."""
_ENCLOSING = 1.15
"""How much larger a box is than the mark inside it (a tick of turned strokes is nearly as
wide as its box: 7.6 pt in 8.4)."""
MIN_BOXES = 2
"""Boxes on a page to read them: one small shape alone is a bullet or an ornament."""


@dataclass(frozen=True, slots=True)
class Shape:
    box: BBox
    """(x0, top, x1, bottom), from the page's top."""
    white: bool = False
    """Stroked in white: a tick drawn on a coloured box (Chromium's checked box, a white
    tick on its accent colour), never a box of its own; as wide as its box, with the
    stroke's width."""
    tick: bool = False
    """A stroke of two lines (a tick's √): the mark of a box its centre lies in however
    nearly the box it fills (a tick drawn corner to corner)."""

    @property
    def area(self) -> float:
        return (self.box[2] - self.box[0]) * (self.box[3] - self.box[1])

    def centres(self, other: Shape) -> bool:
        """Whether `other`'s centre lies inside this shape."""
        x = (other.box[0] + other.box[2]) / 2
        y = (other.box[1] + other.box[3]) / 2
        return self.box[0] <= x <= self.box[2] and self.box[1] <= y <= self.box[3]

    def holds(self, other: Shape) -> bool:
        """Whether `other`'s centre lies inside this shape, which is the larger."""
        larger = self.area >= (1.0 if other.tick and not self.tick else _ENCLOSING) * other.area
        return self.centres(other) and larger


def small_shape(width: float, height: float) -> bool:
    """Whether a path object of this size may be a drawn box or its mark."""
    if not (SMALLEST < width < LARGEST and SMALLEST < height < LARGEST):
        return False
    return max(width, height) <= _SQUARE * min(width, height)


def drawn_boxes(shapes: list[Shape]) -> list[Run]:
    """A run for each box among the page's small shapes (one no larger shape holds): ☑
    when a smaller shape lies inside it, ☐ otherwise."""
    boxes = [
        s
        for s in shapes
        if not s.white
        and min(s.box[2] - s.box[0], s.box[3] - s.box[1]) >= SMALLEST_BOX
        and not any(o.holds(s) for o in shapes if o is not s)
    ]
    if len(boxes) < MIN_BOXES:
        return []
    return [
        Run(TICKED if any(_marks(b, s) for s in shapes if s is not b) else UNTICKED, b.box)
        for b in boxes
    ]


def _marks(box: Shape, shape: Shape) -> bool:
    """Whether `shape` is the mark of `box`: smaller inside it, or a white tick on it."""
    return box.centres(shape) if shape.white else box.holds(shape)
