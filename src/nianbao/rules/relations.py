"""The relations the form's rules set between counts, for readers that must choose between
readings of a line of numbers (5 406 5 302 104: 5406 = 5302 + 104)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

from nianbao.forms.model import Form


@dataclass(frozen=True, slots=True)
class Relation:
    """`total` equals the sum of `parts` (`exact`), or is no less than it."""

    total: str
    parts: tuple[str, ...]
    exact: bool

    @property
    def keys(self) -> tuple[str, ...]:
        return (self.total, *self.parts)

    def holds(self, values: Mapping[str, float]) -> bool:
        """Whether `values` (holding every key) keep the relation."""
        parts = sum(values[k] for k in self.parts)
        return values[self.total] == parts if self.exact else parts <= values[self.total]


@cache
def count_relations(form: Form) -> tuple[Relation, ...]:
    """The sums and bounds of the form's unconditional error rules (sum_equals,
    not_greater): what a report must keep, so what a reading of it should."""
    found: list[Relation] = []
    for spec in form.rules:
        if spec.severity != "error" or spec.when is not None:
            continue
        params = spec.params
        if spec.kind == "sum_equals":
            found.append(Relation(str(params["total"]), tuple(map(str, params["parts"])), True))
        elif spec.kind == "not_greater":
            found.append(Relation(str(params["limit"]), (str(params["field"]),), False))
    return tuple(found)
