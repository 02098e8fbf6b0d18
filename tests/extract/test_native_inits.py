"""The dataclasses that write their __init__ out (so that mypyc compiles it: the one
@dataclass generates stays interpreted, about seven times slower to call) take exactly
their fields, in order, with the fields' defaults, and set each one. A field added to
the class but not to its __init__ fails here, on the pure package and the compiled tree."""

from __future__ import annotations

import dataclasses
import importlib
import inspect
import pkgutil
from typing import Any

import pytest

import nianbao
from nianbao.extract import matcher
from nianbao.extract.document import Cell, Row
from nianbao.extract.piece import Piece
from nianbao.extract.ranking import Candidate
from nianbao.extract.tokens import Token
from nianbao.forms import default_form
from nianbao.readers.spaced import Spaced

_FIELD = default_form().fields[0]
_CELL = Cell("甲", 3)
_PIECE = Piece("value", "甲")

# Each class with every field given, each value unlike the field's default.
WRITTEN: dict[type, tuple[Any, ...]] = {
    Cell: ("网站名称", 2, (1.0, 2.0, 3.0, 4.0), True, 0.5),
    Row: ((_CELL,), "第 3 行", 2, 7, True),
    Token: (4, _CELL, _PIECE, True, _FIELD),
    Candidate: (_FIELD, "12", "第 3 行 第 2 格", 1, 2, 3, 0.75, False),
    Spaced: ("甲乙", 1, 5, 2, 9),
}


@pytest.mark.parametrize("cls", list(WRITTEN), ids=lambda c: c.__qualname__)
def test_written_init_sets_every_field(cls: type) -> None:
    values = WRITTEN[cls]
    fields = dataclasses.fields(cls)
    assert len(values) == len(fields)
    made = cls(*values)
    assert [getattr(made, f.name) for f in fields] == list(values)
    assert made == cls(**{f.name: v for f, v in zip(fields, values, strict=True)})


@pytest.mark.parametrize("cls", list(WRITTEN), ids=lambda c: c.__qualname__)
def test_written_init_keeps_the_fields_defaults(cls: type) -> None:
    fields = dataclasses.fields(cls)
    required = [v for f, v in zip(fields, WRITTEN[cls], strict=True) if _no_default(f)]
    made = cls(*required)
    for f in fields:
        if not _no_default(f):
            assert getattr(made, f.name) == f.default, f.name


def _no_default(f: dataclasses.Field[Any]) -> bool:
    return f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING


def _written_inits() -> set[type]:
    """The package's dataclasses whose __init__ is its own, not the one @dataclass wrote
    (which the dataclasses module compiles from a string: its code comes from <string>)."""
    found: set[type] = set()
    for info in pkgutil.walk_packages(nianbao.__path__, "nianbao."):
        module = importlib.import_module(info.name)
        for obj in vars(module).values():
            if not (inspect.isclass(obj) and dataclasses.is_dataclass(obj)):
                continue
            if obj.__module__ != info.name or "__init__" not in vars(obj):
                continue
            code = getattr(obj.__init__, "__code__", None)
            if code is None or code.co_filename != "<string>":
                found.add(obj)
    return found


def test_every_written_init_is_checked_here() -> None:
    if not matcher.__file__.endswith(".py"):
        pytest.skip("the compiled tree's __init__ carry no code to tell written from made")
    assert _written_inits() == set(WRITTEN)
