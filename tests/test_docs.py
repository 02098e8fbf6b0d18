"""The reference docs are generated; the committed copies must match (`make docs`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from nianbao_cli.main import cli
from nianbao_cli.reference import documents

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text("utf-8")


@pytest.mark.parametrize(("relative", "content"), sorted(documents(cli).items()))
def test_generated_doc_is_current(relative: str, content: str) -> None:
    path = ROOT / relative
    assert path.exists(), f"{relative} missing: run `make docs`"
    assert path.read_text("utf-8") == content, f"{relative} is stale: run `make docs`"


def test_readme_states_the_two_commands() -> None:
    assert "make demo" in README
    assert "make test" in README


def test_readme_names_every_command() -> None:
    for name in cli.list_commands(None):  # type: ignore[arg-type]
        assert f"nianbao {name}" in README, f"README does not show `nianbao {name}`"
