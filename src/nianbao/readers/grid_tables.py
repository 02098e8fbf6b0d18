"""Markdown grid tables (pandoc's): each row between two border lines (+----+----+), its
cells' text wrapped over several lines at the column's width. A row's lines become one
Markdown table row, each cell's pieces joined back (粉丝524 | 76人 is 粉丝52476人); the
lines it took become blank borders, so the lines keep their numbers.

Tables drawn with box-drawing characters (┌──┬──┐ │ … │ ├──┼──┤, as text browsers and
console tools draw them) are grid tables in other characters: they are read as such."""

from __future__ import annotations

import re

BORDER_RE = re.compile(r"^\s*\+(?:[-=:]+\+)+\s*$")
_BULLET_RE = re.compile(r"^[-*+]\s+")


_BOX_CHARS = "─━═┌┍┎┏┐┑┒┓└┕┖┗┘┙┚┛├┝┞┟┠┡┢┣┤┥┦┧┨┩┪┫┬┭┮┯┰┱┲┳┴┵┶┷┸┹┺┻┼┽┾┿╀╁╂╃╄╅╆╇╈╉╊╋│┃║"
_BOX_DRAWN = str.maketrans(_BOX_CHARS, "---" + "+" * (len(_BOX_CHARS) - 6) + "|||")
_BOX_RE = re.compile("[┌┏╔]")


def box_drawn_as_grid(text: str) -> str:
    """`text` with tables drawn in box-drawing characters as grid tables (a corner opens
    each: text without one is returned as it is)."""
    return text.translate(_BOX_DRAWN) if _BOX_RE.search(text) else text


def grid_rows(lines: list[str]) -> list[str]:
    """The lines with each grid table row's lines made one; other lines as they are."""
    if not any(line[:2] in ("+-", "+=") and BORDER_RE.match(line) for line in lines):
        return lines
    out = list(lines)
    edges: list[int] | None = None
    start = -1
    for i, line in enumerate(lines):
        if BORDER_RE.match(line):
            if edges is not None and start >= 0:
                _merge(out, start, i, edges)
            edges = [k for k, ch in enumerate(line) if ch == "+"]
            start = -1
        elif edges is not None and line.lstrip().startswith("|"):
            start = i if start < 0 else start
        else:
            edges, start = None, -1
    return out


def _merge(out: list[str], start: int, stop: int, edges: list[int]) -> None:
    """Lines start..stop-1, one grid row, as one Markdown row at `start` (the columns of
    `edges` counted in display columns: the cells are split at their bars instead)."""
    cells: list[str] = [""] * (len(edges) - 1)
    rows = [line.strip()[1:-1].split("|") for line in out[start:stop]]
    if any(len(row) != len(cells) for row in rows):
        return  # a | inside a cell, or a merged cell: left as it is
    full = sum(sum(bool(piece.strip()) for piece in row) >= 2 for row in rows)
    if full >= 2 and 2 * full > len(rows):
        # Each line a row of its own, no border between (a group's fields beside its name's
        # cell: │信息发布│总数│1536│, │      │概况类信息更新量│46│, one value left blank at
        # most): a wrapped cell's next lines hold its pieces alone.
        return
    for row in rows:
        for k, piece in enumerate(row):
            cells[k] = _joined(cells[k], piece.strip())
    out[start] = "| " + " | ".join(cells) + " |"
    for i in range(start + 1, stop):
        out[i] = "+-+"  # a border: skipped, as the table's own


def _joined(text: str, piece: str) -> str:
    """A cell's text and its next line's piece: a list item's apart (a blank, its bullet
    dropped), Latin words apart, the rest (Chinese, digits a line end cut) run on."""
    if not piece:
        return text
    if _BULLET_RE.match(piece):
        piece = _BULLET_RE.sub("", piece)
        return f"{text} {piece}" if text else piece
    if not text:
        return piece
    if text[-1].isascii() and text[-1].isalpha() and piece[0].isascii() and piece[0].isalpha():
        return f"{text} {piece}"
    return text + piece
