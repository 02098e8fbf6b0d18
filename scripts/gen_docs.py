"""Write the generated reference docs (`make docs`)."""

from __future__ import annotations

from pathlib import Path

from nianbao_cli.main import cli
from nianbao_cli.reference import documents

ROOT = Path(__file__).resolve().parent.parent

for relative, content in documents(cli).items():
    path = ROOT / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(content, encoding="utf-8")
    print(f"wrote {relative}")
