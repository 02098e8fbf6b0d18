"""Glyphs a page draws long after the words of their line: a producer that writes a line's
characters font by font (the digits of 0512-68616052 with the text, the hyphen, in a
Latin font, last of all) sets them apart from their words in drawing order. A run standing
inside another's stretch of its line tells the page is to be read in line order."""

from __future__ import annotations

from nianbao.readers.geometry import Run


def inside_another(runs: list[Run]) -> bool:
    """Whether a run stands inside another's stretch of its line: a sign or a digit the page
    draws long after the words around it (a producer that writes a line's glyphs font by
    font: 0512 68616052 … -), which drawing order reads apart from them."""
    placed = sorted(runs, key=lambda run: run.box[1] + run.box[3])
    for i, run in enumerate(placed):
        middle = run.box[1] + run.box[3]
        for other in placed[i + 1 :]:
            reach = 2 * max(run.box[3] - run.box[1], other.box[3] - other.box[1], 1.0)
            if other.box[1] + other.box[3] - middle > reach:
                break
            if _within(run, other) or _within(other, run):
                return True
    return False


def _within(run: Run, other: Run) -> bool:
    """Whether `run` stands between the ends of `other`, at its height."""
    x0, y0, x1, y1 = other.box
    middle = (run.box[1] + run.box[3]) / 2
    return y0 <= middle <= y1 and x0 < run.box[0] and run.box[2] < x1
