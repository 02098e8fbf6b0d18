"""Frozen, typed objects for one version of the form and its rules.

They are built once by `loader.py` from the YAML data files and shared by
every layer; nothing here knows about files.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, fields
from typing import Any, Literal

FieldType = Literal["int", "number", "bool", "str", "enum", "list", "date"]
Severity = Literal["error", "warning"]
Period = Literal["stock", "flow"]

NUMERIC_TYPES: frozenset[str] = frozenset({"int", "number"})


def _reduced(obj: Any) -> tuple[Any, tuple[Any, ...]]:
    # Compiled by mypyc, a frozen dataclass unpickles (and deep-copies) through its
    # __setattr__, which refuses; rebuilding it from its fields goes through __init__.
    return (type(obj), tuple(getattr(obj, f.name) for f in fields(obj)))


@dataclass(frozen=True, slots=True)
class Choice:
    key: str
    label: str
    variants: tuple[str, ...] = ()

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return _reduced(self)

    @property
    def labels(self) -> tuple[str, ...]:
        return (self.label, *self.variants)


@dataclass(frozen=True, slots=True)
class Condition:
    """`field` currently holds `equals` (a present value; absent never matches)."""

    field: str
    equals: Any

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return _reduced(self)


@dataclass(frozen=True, slots=True)
class Field:
    key: str
    label: str
    type: FieldType
    display: str
    path: tuple[str, ...]
    """Labels of the groups above the field, outermost first (e.g. 解读回应, 解读信息发布)."""
    group_ids: tuple[str, ...]
    order: int
    unit: str | None = None
    variants: tuple[str, ...] = ()
    choices: tuple[Choice, ...] = ()
    clause: str | None = None
    clause_text: str | None = None
    required: bool = True
    optional_when: Condition | None = None
    identifier: bool = False
    proper_name: bool = False
    """A name (a unit's, a site's, an account's, a person's): a blank between two Chinese
    characters is layout (a line break, 王　伟 spaced to the width of three), no text."""
    max_length: int | None = None
    min: int | None = None
    period: Period | None = None

    def __hash__(self) -> int:
        # The generated hash would hash every attribute, choices and all, on each lookup of
        # a field in a set or dict (thousands a report); equal fields share their key.
        return hash(self.key)

    def __eq__(self, other: object) -> bool:
        # Written out: the generated one builds a tuple of every attribute, and under mypyc
        # stays interpreted, on each `field in hit.fields` (a hundred and more a report).
        # Most comparisons meet the very field, or one of another key.
        if self is other:
            return True
        if not isinstance(other, Field):
            return NotImplemented
        return self.key == other.key and _reduced(self) == _reduced(other)

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return _reduced(self)

    @property
    def section(self) -> str:
        return self.path[0]

    @property
    def labels(self) -> tuple[str, ...]:
        return (self.label, *self.variants)

    @property
    def numeric(self) -> bool:
        return self.type in NUMERIC_TYPES

    def choice_options(self) -> dict[str, tuple[str, ...]]:
        """Option key → its labels, in form order, as `normalize.parse_choices` takes them."""
        return {c.key: c.labels for c in self.choices}

    def choice_label(self, key: str) -> str:
        for choice in self.choices:
            if choice.key == key:
                return choice.label
        return key


@dataclass(frozen=True, slots=True)
class Group:
    id: str
    label: str
    path: tuple[str, ...]
    children: tuple[Group | Field, ...]
    clause: str | None = None
    clause_text: str | None = None
    unit: str | None = None
    variants: tuple[str, ...] = ()

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return _reduced(self)

    def fields(self) -> Iterator[Field]:
        for child in self.children:
            if isinstance(child, Field):
                yield child
            else:
                yield from child.fields()

    def groups(self) -> Iterator[Group]:
        yield self
        for child in self.children:
            if isinstance(child, Group):
                yield from child.groups()


@dataclass(frozen=True, slots=True)
class RuleSpec:
    """One declarative rule as written in the rules file."""

    id: str
    kind: str
    severity: Severity
    clause: str
    message: str
    fix: str
    when: Condition | None = None
    params: Mapping[str, Any] = field(default_factory=dict)
    line: int = 0
    """Line of the rules file where the rule starts, for error messages."""

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return _reduced(self)


@dataclass(frozen=True, eq=False)  # identity: forms are singletons, used as cache keys
class Form:
    id: str
    title: str
    instructions: str
    serves_from_year: int
    source: str
    sections: tuple[Group, ...]
    rules: tuple[RuleSpec, ...]
    other_forms: tuple[str, ...] = ()
    """Titles of other forms published with this one, whose tables share its labels."""
    column_heads: tuple[str, ...] = ()
    """Words publishers head the table's columns with (项目 | 单位 | 数值): layout, no
    field's label nor value."""
    fields: tuple[Field, ...] = field(init=False)
    by_key: Mapping[str, Field] = field(init=False)

    def __post_init__(self) -> None:
        fields = tuple(f for section in self.sections for f in section.fields())
        object.__setattr__(self, "fields", fields)
        object.__setattr__(self, "by_key", {f.key: f for f in fields})

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(f.key for f in self.fields)

    def field(self, key: str) -> Field:
        return self.by_key[key]

    def groups(self) -> Iterator[Group]:
        for section in self.sections:
            yield from section.groups()

    def rule(self, rule_id: str) -> RuleSpec:
        for spec in self.rules:
            if spec.id == rule_id:
                return spec
        raise KeyError(rule_id)
