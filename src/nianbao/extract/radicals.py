"""CJK radicals in extracted text (⽹站名称, ⻔户网站), read as the characters they stand for.

Some PDF producers map a glyph back to the radical that shares it rather than to the
character (the font draws 网 and ⽹ alike), so text taken from such a page, and every text
or web page made from it, reads ⽹站名称. People see no difference; the matcher and the
dataset do. The table (nianbao/data/radicals.tsv, built by scripts/build_radicals.py)
holds Unicode's own mapping where there is one, else the character a Simplified Chinese
font draws with the radical's glyph.
"""

from __future__ import annotations

import re
from functools import cache
from importlib.resources import files

from nianbao.extract.document import Document
from nianbao.extract.traditional import simplifier

_RADICAL_RE = re.compile("[\u2e80-\u2eff\u2f00-\u2fdf]")


@cache
def _table() -> dict[int, str]:
    """Each radical's character, in its simplified form: Unicode maps ⼾ to 戶, where a
    Simplified Chinese font draws 户 with ⼾'s glyph (and the report is read in simplified
    characters whatever its script)."""
    text = files("nianbao").joinpath("data").joinpath("radicals.tsv").read_text("utf-8")
    to_simplified = simplifier()
    table: dict[int, str] = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            radical, character, _ = line.split("\t")
            table[ord(radical)] = to_simplified.convert(character)
    return table


def unified(doc: Document, opening: str | None = None) -> Document:
    """`doc` with each radical that stands for a character replaced by it; `doc` itself
    when its opening (`opening`, when the caller has it) holds none: a producer that gives
    radicals gives them for every 网 and 人 of the labels, so the first labels show them."""
    sample = doc.opening() if opening is None else opening
    if not _RADICAL_RE.search(sample):
        return doc
    table = _table()
    return doc.with_texts(
        lambda text: text.translate(table), "文字中的部首字符（如 ⽹、⻔）已换成对应的汉字。"
    )
