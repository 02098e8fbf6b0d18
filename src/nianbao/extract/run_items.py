"""What a column run's count item may be, shared by the runs' strict pairing
(`column_runs`) and their alignment (`column_align`)."""

from __future__ import annotations

import re

from nianbao.extract.kinds import fits_unit
from nianbao.extract.ranking import readable
from nianbao.extract.tokens import Token
from nianbao.forms.model import Field, Form

BLANKS = frozenset({"/", "／", "—", "－", "-", "——"})
"""A count's cell left blank, as forms write it."""

BARE_COUNT_RE = re.compile(r"\s*\d[\d,，]*\s*")
"""A whole number alone, thousands separators allowed."""


def count_fits(f: Field, token: Token, form: Form) -> bool:
    """Whether `token` may be count field f's item: a number f can hold in f's unit, 无
    (none, a count of 0) or a blank's mark."""
    text = token.piece.text.strip()
    if text in BLANKS or text == "无":
        return True
    return text[:1].isdigit() and readable(f, text) and fits_unit(f, token, form)
