"""Whether new readings of some counts break a relation the form's error rules set between
fields (办件量总数 = 自然人办件量 + 法人办件量) that the readings they would replace keep: a
line of values dealt one way when the walk read it another (总数(单位: 件) 7 271 | 自然人办件量
4 054 | 法人办件量 3 217: not 7 for the label before and 271 for 总数)."""

from __future__ import annotations

from collections.abc import Mapping

from nianbao.extract.ranking import Match
from nianbao.forms.model import Form
from nianbao.normalize import NormalizeError, parse_number
from nianbao.rules import count_relations


def breaks_kept(form: Form, match: Match, new: Mapping[str, str]) -> bool:
    """Whether reading the fields of `new` (key → text) so breaks a relation of an error
    rule that the current readings keep."""
    for relation in count_relations(form):
        if not relation.strict or not any(key in new for key in relation.keys):
            continue
        before = _numbers(match, relation.keys, {})
        after = _numbers(match, relation.keys, new)
        if before is None or after is None:
            continue
        if relation.holds(before) and not relation.holds(after):
            return True
    return False


def _numbers(
    match: Match, keys: tuple[str, ...], new: Mapping[str, str]
) -> dict[str, float] | None:
    """Each key's count, `new`'s text or its first reading that is a number; None when one
    has none."""
    found: dict[str, float] = {}
    for key in keys:
        texts = [new[key]] if key in new else [c.raw for c in match.candidates.get(key, ())]
        for text in texts:
            try:
                number = parse_number(text)
            except NormalizeError:
                continue
            if number is not None:
                found[key] = number
                break
        else:
            return None
    return found
