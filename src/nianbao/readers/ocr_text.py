"""What OCR gets wrong in the text it reads, put right: tick marks it did read, letters in
numbers, Chinese brackets, spaced digits, domains and record numbers, a border read as a
character (readers.ocr runs `clean` on every recognised line and `typeset_row` on the
cells they make)."""

from __future__ import annotations

import dataclasses
import re

from nianbao.extract.document import Row
from nianbao.readers.marks import BOX_CHARS, TICKED, UNTICKED, canonical_ticks

_DIGIT_FIXES = str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1", "|": "1"})
_NUMBERISH_RE = re.compile(r"[0-9][0-9OolI|,.]*|[OolI|]+[0-9][0-9OolI|,.]*")


_SPECK_BEFORE_RE = re.compile(r"[·•'`‘’、。]\s*(?=[0-9][0-9,.]*$)")
"""A speck of dust or toner just left of a number, read as a dot or a quote (· 26)."""


def clean(text: str) -> str:
    """Tick marks OCR did read (√, □) as ☑/☐; 0/O and 1/l/I inside plain numbers; a speck
    read before a number; a dash alone read as 一 (the same stroke: a blank's mark, no
    report writes a count so)."""
    text = canonical_ticks(text.strip())
    speck = _SPECK_BEFORE_RE.match(text)
    if speck is not None:
        text = text[speck.end() :]
    if _NUMBERISH_RE.fullmatch(text):
        return text.translate(_DIGIT_FIXES)
    return "—" if text == "一" else text


# OCR reads （ and ） as ( and ), often with a space (局 (挂…牌子)): a bracket around Chinese
# text is the full-width pair Chinese typesetting uses, set without spaces after Chinese.
_PAIR_RE = re.compile(r"(\s*)[(（]\s*([\u4e00-\u9fff][^()（）]*?)\s*[)）]")
_CJK_RE = re.compile(r"[\u4e00-\u9fff]")
# Wide-set digits (full-width, as typed with a Chinese input method) come back spaced: 6 4,
# 3 43, 1 1 . 7. A cell of digit groups (one decimal point among them) one of which is a
# lone digit, or whose point stands apart, is one number.
_SPACED_RE = re.compile(r"\d+(?: \d+)*(?: ?\. ?\d+(?: \d+)*)?")


def _pair(match: re.Match[str]) -> str:
    start = match.start()
    after_cjk = start > 0 and _CJK_RE.match(match.string, start - 1) is not None
    return ("" if after_cjk else match[1]) + "（" + match[2] + "）"


# A √ set small (a screenshot's) comes back as V. In a cell of options (one with a box) a
# lone V leading a Chinese word is that tick; VR全景 keeps its V.
_V_TICK_RE = re.compile(r"(?<![A-Za-z0-9])[Vv](?=[\u4e00-\u9fff])")
# A √ against the cell's left border loses its short stroke with the border: what is left
# reads as /. Only a / opening the cell, or after a space or a box, is taken for it.
_SLASH_TICK_RE = re.compile(rf"(?<![^\s{TICKED}{UNTICKED}{BOX_CHARS}])/(?=[\u4e00-\u9fff])")
# A √ in brackets before an option ((√)是 ( )否) reads as a letter: (V)是, (W)否.
_BRACKET_TICK_RE = re.compile(r"[(（]\s*[VvWwJjYy/]\s*[)）](?=\s*[\u4e00-\u9fff])")
# …and so in a cell of 是 and 否 with no box, where the other pair OCR read half-width or
# mixed (是(v) 否 (）, 是(√) 否 ( )): the empty pair is the other's box, once one is ticked.
_YES_NO_RE = re.compile(r"是\s*[(（].*否|否\s*[(（].*是|是.*否\s*[(（]")
_EMPTY_PAIR_RE = re.compile(r"[(（]\s*[)）]")
# A cell holding only the option ticked (√是, with no 否 beside it) has no box to go by.
_LONE_TICK_RE = re.compile(r"[Vv/]\s*(?=[是否]$)")
_OPTION_BOX_RE = re.compile(f"[{TICKED}{UNTICKED}{BOX_CHARS}]")
# Every government site's domain ends in .gov.cn; OCR takes its o for a zero and its first
# dot for a colon, and capitalises the w of Www after the scheme. An ICP
# number reads 京ICP备…; OCR doubles the I or takes it for l, 1 or |.
_GOV_RE = re.compile(r"[.:]g[0Oo]v\.cn\b")
_WWW_RE = re.compile(r"(?<=//)W(?=ww)")
_ICP_RE = re.compile(r"[Il1|]{1,3}CP备")
# （单 in a bold unit read as one character: 总数（单位：条） as 总数禅位条.
_UNIT_OPEN_RE = re.compile(r"[(（]?[禅襌](?=位)")
# OCR reads a Chinese quotation mark as a straight one (移动客户端"某某通”): one that pairs
# with a curly mark around Chinese text is that mark's partner.
_OPEN_QUOTE_RE = re.compile(r'"(?=[\u4e00-\u9fff][^"“”]*”)')
_CLOSE_QUOTE_RE = re.compile(r'(“[^"“”]*[\u4e00-\u9fff])"')
# A full-width quotation mark's glyph fills half its em, the other half blank: OCR reads
# that half as a space (号 “某某发布”, ” 等). Chinese sets none beside Chinese text.
_QUOTE_BLANK_RE = re.compile(r"(?<=[\u4e00-\u9fff])\s+(?=“)|(?<=”)\s+(?=[\u4e00-\u9fff])")
# A cell border beside the text read as a character: [ or | before Chinese, never closed.
_BORDER_RE = re.compile(r"^[\[|丨]\s*(?=[\u4e00-\u9fff])")


def typeset(text: str) -> str:
    if len(text) <= 4 and _LONE_TICK_RE.match(text):
        text = "√" + text[-1]
    if ("V" in text or "v" in text or "/" in text) and _OPTION_BOX_RE.search(text):
        text = canonical_ticks(_SLASH_TICK_RE.sub("√", _V_TICK_RE.sub("√", text)))
    if ("(" in text or "（" in text) and (_OPTION_BOX_RE.search(text) or _YES_NO_RE.search(text)):
        text = _BRACKET_TICK_RE.sub("(√)", text)
        text = canonical_ticks(_EMPTY_PAIR_RE.sub("（ ）", text) if "√" in text else text)
    if "(" in text or ")" in text or " （" in text:
        text = _PAIR_RE.sub(_pair, text)
    if "v.cn" in text:
        text = _WWW_RE.sub("w", _GOV_RE.sub(".gov.cn", text))
    if "位" in text:
        text = _UNIT_OPEN_RE.sub("（单", text)
    if "CP备" in text:
        text = _ICP_RE.sub("ICP备", text)
    if '"' in text:
        text = _CLOSE_QUOTE_RE.sub(r"\1”", _OPEN_QUOTE_RE.sub("“", text))
    if "“" in text or "”" in text:
        text = _QUOTE_BLANK_RE.sub("", text)
    if text.startswith(("[", "|", "丨")) and "]" not in text:
        text = _BORDER_RE.sub("", text)
    if " " in text and _SPACED_RE.fullmatch(text) and _wide_set(text):
        text = text.replace(" ", "")
    return text


def _wide_set(text: str) -> bool:
    return " ." in text or ". " in text or any(len(g) == 1 for g in text.split())


def typeset_row(row: Row) -> Row:
    cells = tuple(dataclasses.replace(c, text=typeset(c.text)) for c in row.cells)
    if all(a.text == b.text for a, b in zip(cells, row.cells, strict=True)):
        return row
    return dataclasses.replace(row, cells=cells)
