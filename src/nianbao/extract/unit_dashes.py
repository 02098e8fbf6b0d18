"""A dash in a unit column (序号 | 指标 | 单位 | 数值: 网站名称 | — | 某局网站): the mark
that a field has no unit, not its value; the value is the cell after it."""

from __future__ import annotations

from nianbao.cells import is_blank
from nianbao.extract.tokens import Token


def dash_before_value(tokens: list[Token], token: Token) -> bool:
    """Whether `token` is a dash (or another blank's mark) with a value right after it on
    its line: the mark of a field without a unit in a unit column, not the field's value."""
    if (
        token.piece.kind != "value"
        or not token.piece.text.strip()
        or not is_blank(token.piece.text)
    ):
        return False
    at = tokens.index(token) + 1
    after = tokens[at] if at < len(tokens) else None
    return after is not None and after.piece.kind == "value" and not is_blank(after.piece.text)
