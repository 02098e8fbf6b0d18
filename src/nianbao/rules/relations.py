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
    strict: bool = True
    """From an error rule; else a warning's, which a report may break for a reason."""

    @property
    def keys(self) -> tuple[str, ...]:
        return (self.total, *self.parts)

    def holds(self, values: Mapping[str, float]) -> bool:
        """Whether `values` (holding every key) keep the relation."""
        parts = sum(values[k] for k in self.parts)
        return values[self.total] == parts if self.exact else parts <= values[self.total]


@cache
def count_relations(form: Form) -> tuple[Relation, ...]:
    """The sums and bounds of the form's unconditional rules (sum_equals, sum_not_greater,
    not_greater): what a report must keep (`strict`, from an error rule) or should."""
    found: list[Relation] = []
    for spec in form.rules:
        if spec.when is not None:
            continue
        params, strict = spec.params, spec.severity == "error"
        if spec.kind in ("sum_equals", "sum_not_greater"):
            parts = tuple(map(str, params["parts"]))
            exact = spec.kind == "sum_equals"
            found.append(Relation(str(params["total"]), parts, exact, strict))
        elif spec.kind == "not_greater":
            found.append(Relation(str(params["limit"]), (str(params["field"]),), False, strict))
    return tuple(found)
