"""docs/compute.md stays true: it names every setting, column role and skip reason there is."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from nianbao.metrics.config import DEFAULTS_PATH
from nianbao.metrics.explain import REASONS

DOC = (Path(__file__).resolve().parents[2] / "docs" / "compute.md").read_text("utf-8")
DEFAULTS = yaml.safe_load(DEFAULTS_PATH.read_text("utf-8"))


@pytest.mark.parametrize(
    "key",
    [
        f"{section}.{key}"
        for section in ("access_log", "content", "cases")
        for key in DEFAULTS[section]
    ],
)
def test_every_setting_is_documented(key: str) -> None:
    assert f"`{key.split('.', 1)[1]}`" in DOC or f"`{key}`" in DOC, key


@pytest.mark.parametrize(
    ("kind", "role"),
    [(kind, role) for kind, roles in DEFAULTS["columns"].items() for role in roles],
)
def test_every_column_role_is_documented(kind: str, role: str) -> None:
    assert f"`{kind}`" in DOC
    assert f"`{role}`" in DOC, f"{kind}.{role}"


@pytest.mark.parametrize("reason", sorted(REASONS))
def test_every_skip_reason_is_documented(reason: str) -> None:
    assert f"`{reason}`" in DOC
