"""Every module of the core library imports on its own, first in a fresh interpreter: no
import cycle hides behind the order in which the others happen to be imported (a reader
imports the extract package's document model, whose package imports the pipeline)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src"

_SCRIPT = """
import importlib, sys
failed = []
for name in sys.argv[1:]:
    for loaded in [m for m in sys.modules if m == "nianbao" or m.startswith("nianbao.")]:
        del sys.modules[loaded]
    try:
        importlib.import_module(name)
    except ImportError as exc:
        failed.append(f"{name}: {exc}")
print("\\n".join(failed))
"""


def test_every_core_module_imports_first() -> None:
    names = sorted(
        ".".join(path.relative_to(SRC).with_suffix("").parts).removesuffix(".__init__")
        for path in (SRC / "nianbao").rglob("*.py")
    )
    # The source tree itself (not a compiled copy): cycles are a property of the source.
    done = subprocess.run(
        [sys.executable, "-c", _SCRIPT, *names],
        capture_output=True,
        text=True,
        timeout=300,
        env={"PYTHONPATH": str(SRC), "PATH": "/usr/bin:/bin"},
        check=True,
    )
    assert done.stdout.strip() == "", done.stdout
