"""Where the tests find the repository, its fixtures and the shared corpus.

Test modules import these from here, never `from conftest import ...`: several test
folders have a conftest of their own, and which one a bare `conftest` names depends
on the order pytest happened to load them.
"""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
# CI lays shared/ beside the clone; a developer's checkout has it beside main/.
SHARED = Path(os.environ.get("NIANBAO_SHARED", ROOT.parent / "shared"))
CORPUS = SHARED / "corpus"
