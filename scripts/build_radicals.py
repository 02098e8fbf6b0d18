"""Build src/nianbao/data/radicals.tsv: each CJK radical character (Kangxi Radicals,
U+2F00–U+2FD5, and CJK Radicals Supplement, U+2E80–U+2EF3) and the unified ideograph it
stands for in extracted text.

Some PDF producers map a character's glyph back to the radical that shares it (the font
draws 网 and ⽹ alike), so text taken from the page reads ⽹站名称 and ⻔户. The table
comes from Unicode's own compatibility mapping (NFKC) where there is one, else from a
Simplified Chinese font in which the radical and exactly one unified ideograph share a
glyph (Noto Sans CJK SC). Radicals with neither are left out: they stay as they are.

    python scripts/build_radicals.py [FONT.ttc]
"""

from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

from fontTools.ttLib import TTCollection

FONT = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
OUT = Path(__file__).resolve().parent.parent / "src" / "nianbao" / "data" / "radicals.tsv"
RADICALS = [*range(0x2E80, 0x2EF4), *range(0x2F00, 0x2FD6)]


def _unified(cp: int) -> bool:
    return 0x4E00 <= cp <= 0x9FFF


def main(font_path: Path) -> None:
    collection = TTCollection(str(font_path))
    font = next(f for f in collection.fonts if f["name"].getDebugName(4) == "Noto Sans CJK SC")
    cmap = font.getBestCmap()
    by_glyph: dict[str, list[int]] = {}
    for cp, glyph in cmap.items():
        if _unified(cp):
            by_glyph.setdefault(glyph, []).append(cp)
    rows = []
    for cp in RADICALS:
        radical = chr(cp)
        if not unicodedata.name(radical, ""):
            continue
        folded = unicodedata.normalize("NFKC", radical)
        if len(folded) == 1 and _unified(ord(folded)):
            rows.append((radical, folded, "nfkc"))
            continue
        same = by_glyph.get(cmap.get(cp, ""), [])
        if len(same) == 1:
            rows.append((radical, chr(same[0]), "glyph"))
    header = [
        "# CJK radicals as extracted text gives them, and the ideograph each stands for",
        f"# source: Unicode NFKC (Python {sys.version.split()[0]}), else the glyph a radical "
        f"shares with one ideograph in {font_path.name} (Noto Sans CJK SC)",
        "# built by scripts/build_radicals.py",
        "# columns: radical, ideograph, how (nfkc|glyph)",
    ]
    OUT.write_text("\n".join(header + ["\t".join(row) for row in rows]) + "\n", encoding="utf-8")
    print(f"{len(rows)} radicals → {OUT}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else FONT)
