"""No input file, however malformed, makes `validate` crash."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nianbao.forms import default_form
from nianbao_cli.main import main

KEYS = st.sampled_from([*default_form().keys, "_note", "unknown", ""])
SCALARS = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=40)
    | st.sampled_from(
        ["是", "否", "☑是 ☐否", "1.2万", "—", "无", "二〇二四年一月二十三日", "１２３", "1,234"]
    )
)
JSON_VALUES = st.recursive(
    SCALARS,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=5), inner, max_size=4)
    ),
    max_leaves=12,
)
MAPPINGS = st.dictionaries(KEYS | st.text(max_size=10), JSON_VALUES, max_size=70)


def _validate(
    content: bytes, suffix: str, capsys: pytest.CaptureFixture[str]
) -> list[dict[str, Any]]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"report{suffix}"
        path.write_bytes(content)
        code = main(["validate", "--json", str(path)])
    out, err = capsys.readouterr()
    assert code in (0, 1), err
    assert "Traceback" not in err
    records = [json.loads(line) for line in out.splitlines()]
    assert len(records) == 1
    return records


@given(MAPPINGS)
def test_any_json_mapping(capsys: pytest.CaptureFixture[str], mapping: dict[str, Any]) -> None:
    content = json.dumps(mapping, ensure_ascii=False, allow_nan=True).encode()
    (record,) = _validate(content, ".json", capsys)
    assert "findings" in record


@given(st.binary(max_size=300))
def test_any_bytes(capsys: pytest.CaptureFixture[str], content: bytes) -> None:
    _validate(content, ".json", capsys)


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=300))
def test_any_yaml_text(capsys: pytest.CaptureFixture[str], text: str) -> None:
    _validate(text.encode("utf-8", "surrogatepass"), ".yaml", capsys)


@given(st.lists(st.tuples(KEYS, st.text(max_size=20)), max_size=30))
def test_yaml_like_lines(capsys: pytest.CaptureFixture[str], pairs: list[tuple[str, str]]) -> None:
    text = "\n".join(f"{key}: {value}" for key, value in pairs)
    _validate(text.encode(), ".yaml", capsys)


def test_yaml_alias_bomb(capsys: pytest.CaptureFixture[str]) -> None:
    lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]']
    for i in range(1, 12):
        lines.append(f"a{i}: &a{i} [*a{'' if i == 1 else i - 1}, *a{'' if i == 1 else i - 1}] ")
    lines.append("innovation: *a11")
    (record,) = _validate("\n".join(lines).encode(), ".yaml", capsys)
    assert "findings" in record
