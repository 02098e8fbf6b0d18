from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from locations import CORPUS, FIXTURES

# capsys is read out after every example, so sharing it across examples is safe.
settings.register_profile(
    "default",
    max_examples=100,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
settings.register_profile(
    "fuzz", max_examples=20_000, deadline=None, suppress_health_check=list(HealthCheck)
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))


def _compiled() -> bool:
    """Whether the tests run on the compiled tree (PYTHONPATH=build/compiled)."""
    from nianbao.extract import matcher  # noqa: PLC0415

    return not str(matcher.__file__).endswith(".py")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if not _compiled():
        return
    # Compiled code calls its module's functions directly: a patched global goes unseen.
    skip = pytest.mark.skip(reason="pure-Python internals; the compiled tree calls directly")
    for item in items:
        if item.get_closest_marker("pure_python"):
            item.add_marker(skip)


@pytest.fixture
def fixtures() -> Path:
    return FIXTURES


@pytest.fixture
def corpus_truth() -> Path:
    truth = CORPUS / "truth"
    if not truth.is_dir():
        pytest.fail(f"corpus not found at {truth}; set NIANBAO_SHARED to the shared/ folder")
    return truth
