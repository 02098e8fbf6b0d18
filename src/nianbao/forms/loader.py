"""Read a form file and its rules file into the frozen model, strictly.

A mistake in these data files is a developer's mistake, so the loader refuses
anything it does not expect and names the file and line of the problem.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, ValidationError, model_validator

from nianbao.errors import FormDefinitionError, InputError
from nianbao.forms.model import Choice, Condition, Field, Form, Group, RuleSpec
from nianbao.readers.yamldoc import YamlDocument, parse_yaml

_M = TypeVar("_M", bound=BaseModel)


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class _Condition(_Strict):
    field: str
    equals: Any


class _Choice(_Strict):
    key: str
    label: str
    variants: list[str] = []


class _Node(_Strict):
    # A node is a group (has `group`) or a field (has `key`); one schema keeps
    # the YAML flat and the error paths short.
    group: str | None = None
    key: str | None = None
    label: str
    display: str | None = None
    type: Literal["int", "number", "bool", "str", "enum", "list", "date"] | None = None
    unit: str | None = None
    variants: list[str] = []
    choices: list[_Choice] = []
    clause: str | None = None
    clause_text: str | None = None
    required: bool = True
    optional_when: _Condition | None = None
    identifier: bool = False
    proper_name: bool = False
    max_length: int | None = None
    min: int | None = None
    period: Literal["stock", "flow"] | None = None
    children: list[_Node] = []

    @model_validator(mode="after")
    def _group_or_field(self) -> _Node:
        if (self.group is None) == (self.key is None):
            raise ValueError("a node needs exactly one of `group` (a group) or `key` (a field)")
        if self.key is not None:
            if self.type is None:
                raise ValueError(f"field {self.key!r} needs a `type`")
            if self.children:
                raise ValueError(f"field {self.key!r} cannot have `children`")
            if (self.type in ("enum", "list")) != bool(self.choices):
                raise ValueError(f"field {self.key!r}: `choices` go with type enum or list only")
        elif not self.children:
            raise ValueError(f"group {self.group!r} has no `children`")
        return self


class _FormHead(_Strict):
    id: str
    title: str
    instructions: str
    serves_from_year: int
    source: str
    other_forms: list[str] = []
    column_heads: list[str] = []


class _FormFile(_Strict):
    form: _FormHead
    sections: list[_Node]


class _Rule(BaseModel):
    # Kind-specific parameters are extra keys; kinds.py checks them.
    model_config = ConfigDict(extra="allow", frozen=True)
    id: str
    kind: str
    severity: Literal["error", "warning"]
    clause: str
    message: str
    fix: str
    when: _Condition | None = None


class _RulesFile(_Strict):
    rules: list[_Rule]


def load_form(form_path: Path, rules_path: Path) -> Form:
    form_doc = _read(form_path)
    raw_form = _validate(_FormFile, form_doc, form_path)
    rules_doc = _read(rules_path)
    raw_rules = _validate(_RulesFile, rules_doc, rules_path)

    counter = iter(range(10_000))
    sections = tuple(_build_group(node, (), (), counter) for node in raw_form.sections)
    rules = tuple(
        _build_rule(raw, rules_doc.line(("rules", index)) or 0)
        for index, raw in enumerate(raw_rules.rules)
    )
    form = Form(
        id=raw_form.form.id,
        title=raw_form.form.title,
        instructions=raw_form.form.instructions,
        serves_from_year=raw_form.form.serves_from_year,
        source=raw_form.form.source,
        other_forms=tuple(raw_form.form.other_forms),
        column_heads=tuple(raw_form.form.column_heads),
        sections=sections,
        rules=rules,
    )
    _check_consistency(form, form_path, rules_path)
    return form


def _read(path: Path) -> YamlDocument:
    try:
        return parse_yaml(path.read_text(encoding="utf-8"), typed=True, source=str(path))
    except (OSError, InputError) as exc:
        raise FormDefinitionError(f"cannot read form data: {exc}", source=str(path)) from exc


def _validate(model: type[_M], doc: YamlDocument, path: Path) -> _M:
    try:
        return model.model_validate(doc.data)
    except ValidationError as exc:
        problems = []
        for err in exc.errors():
            loc = tuple(err["loc"])
            line = doc.line(loc) or 0
            dotted = ".".join(str(part) for part in loc)
            problems.append(f"{path}:{line}: {dotted}: {err['msg']}")
        raise FormDefinitionError("\n".join(problems)) from None


def _build_group(node: _Node, path: tuple[str, ...], ids: tuple[str, ...], counter: Any) -> Group:
    assert node.group is not None
    inner_path = (*path, node.label)
    inner_ids = (*ids, node.group)
    children: list[Group | Field] = []
    for child in node.children:
        if child.group is not None:
            children.append(_build_group(child, inner_path, inner_ids, counter))
        else:
            children.append(_build_field(child, inner_path, inner_ids, node.unit, counter))
    return Group(
        id=node.group,
        label=node.label,
        path=path,
        children=tuple(children),
        clause=node.clause,
        clause_text=node.clause_text,
        unit=node.unit,
        variants=tuple(node.variants),
    )


def _build_field(
    node: _Node, path: tuple[str, ...], ids: tuple[str, ...], unit: str | None, counter: Any
) -> Field:
    assert node.key is not None
    assert node.type is not None
    when = node.optional_when
    return Field(
        key=node.key,
        label=node.label,
        type=node.type,
        display=node.display or node.label,
        path=path,
        group_ids=ids,
        order=next(counter),
        unit=node.unit or unit,
        variants=tuple(node.variants),
        choices=tuple(Choice(c.key, c.label, tuple(c.variants)) for c in node.choices),
        clause=node.clause,
        clause_text=node.clause_text,
        required=node.required,
        optional_when=Condition(when.field, when.equals) if when else None,
        identifier=node.identifier,
        proper_name=node.proper_name,
        max_length=node.max_length,
        min=node.min,
        period=node.period,
    )


def _build_rule(raw: _Rule, line: int) -> RuleSpec:
    when = raw.when
    return RuleSpec(
        id=raw.id,
        kind=raw.kind,
        severity=raw.severity,
        clause=raw.clause,
        message=raw.message,
        fix=raw.fix,
        when=Condition(when.field, when.equals) if when else None,
        params=dict(raw.model_extra or {}),
        line=line,
    )


def _check_consistency(form: Form, form_path: Path, rules_path: Path) -> None:
    problems: list[str] = []
    seen: set[str] = set()
    for f in form.fields:
        if f.key in seen:
            problems.append(f"{form_path}: field key {f.key!r} is defined twice")
        seen.add(f.key)
        if f.optional_when and f.optional_when.field not in form.by_key:
            problems.append(
                f"{form_path}: {f.key}.optional_when names unknown {f.optional_when.field!r}"
            )
    rule_ids: set[str] = set()
    for spec in form.rules:
        if spec.id in rule_ids:
            problems.append(f"{rules_path}:{spec.line}: rule id {spec.id!r} is used twice")
        rule_ids.add(spec.id)
        if spec.when and spec.when.field not in form.by_key:
            problems.append(f"{rules_path}:{spec.line}: rule {spec.id}: `when` names unknown field")
    if problems:
        raise FormDefinitionError("\n".join(problems))
