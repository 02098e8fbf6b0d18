"""The text of WordprocessingML paragraphs as Word shows it: runs in their fonts (symbol
glyphs → ☑/☐), hidden and struck-through text left out, fields as their results,
content-control and legacy checkboxes as marks."""

from __future__ import annotations

import re

import lxml.etree

from nianbao.errors import UnsafeInputError
from nianbao.readers.emphasis import ticked_by_emphasis
from nianbao.readers.marks import (
    TICK_CHARS,
    TICKED,
    UNTICKED,
    canonical_ticks,
    symbol_glyph,
    symbol_text,
)

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
W14 = "{http://schemas.microsoft.com/office/word/2010/wordml}"
MAX_DEPTH = 40

_RPR, _FONTS, _VAL, _VANISH = f"{W}rPr", f"{W}rFonts", f"{W}val", f"{W}vanish"
_VOID = (_VANISH, f"{W}strike", f"{W}dstrike")
"""Run properties whose text is not to be read: hidden, struck through once or twice."""
STRUCK = "\x02"
"""Where struck-through text stood (no font's name, no text's character): the separator
between it and the options left (是 / ~~否~~) goes with it."""
_DOUBLED_RE = re.compile(r"([☑☐])\1+")
_STRUCK_RE = re.compile(r"(?:\s*[/／、，,|｜]\s*)?\x02(?:\s*[/／、，,|｜])?")
_FONT_NAMES = (f"{W}ascii", f"{W}hAnsi", f"{W}eastAsia")
_SHOWN = frozenset({"0", "false", "off"})


def _run_font(run: lxml.etree._Element) -> str | None:
    """The run's font ('' when it names none), or None for hidden text (w:vanish): Word
    neither shows nor prints it, and a form keeps its hints or a value replaced in it so;
    STRUCK for struck-through text, which the one filling in voids (the options that do
    not apply struck out, a figure struck and corrected beside it). One look at the run's
    properties for all: this runs for every run of the document."""
    properties = run.find(_RPR)
    if properties is None:
        return ""
    for void in _VOID:
        found = properties.find(void)
        if found is not None and found.get(_VAL, "true") not in _SHOWN:
            return None if void == _VANISH else STRUCK
    fonts = properties.find(_FONTS)
    if fonts is None:
        return ""
    return next((name for key in _FONT_NAMES if (name := fonts.get(key))), "")


def _checkbox_state(sdt: lxml.etree._Element) -> str | None:
    box = sdt.find(f"{W}sdtPr/{W14}checkbox")
    if box is None:
        return None
    checked = box.find(f"{W14}checked")
    value = checked.get(f"{W14}val", "0") if checked is not None else "0"
    return TICKED if value in ("1", "true", "on") else UNTICKED


def _legacy_checkbox(fld: lxml.etree._Element) -> str | None:
    box = fld.find(f"{W}ffData/{W}checkBox")
    if box is None:
        return None
    state = box.find(f"{W}checked")
    if state is None:
        state = box.find(f"{W}default")
    value = state.get(f"{W}val", "1") if state is not None else "0"
    return TICKED if value in ("1", "true", "on") else UNTICKED


def paragraph_text(p: lxml.etree._Element) -> str:
    parts: list[str] = []
    _inline(p, parts, 0)
    text = "".join(parts)
    if _BEGIN in text or _END in text:
        text = _fields(text)
    if STRUCK in text:
        text = _STRUCK_RE.sub(" ", text)
    text = canonical_ticks(text)
    if "☑☑" in text or "☐☐" in text:
        # One box written twice (an RTF symbol field LibreOffice keeps as the field's result
        # and its glyph): no option has two boxes.
        text = _DOUBLED_RE.sub(r"\1", text)
    return text


# A field's parts as _inline marks them: its start, the start of its shown result, its end
# (its instruction stands between the first two). Control characters, which XML text never
# holds.
_BEGIN, _RESULT, _END = "\x01", "\x03", "\x04"
_FIELD_RE = re.compile(f"{_BEGIN}([^{_BEGIN}{_END}]*?)(?:{_RESULT}([^{_BEGIN}{_END}]*))?{_END}")
_FIELD_MARKS_RE = re.compile(f"[{_BEGIN}{_RESULT}{_END}]")
# Word's and WPS's 带圈字符 (an enclosed character) is the field EQ \o\ac(□,√): the box
# and the tick drawn at one place, with no result stored. An enclosed tick is a ticked box,
# an enclosure of anything else an empty one.
_OVERLAY_RE = re.compile(r"^\s*eq\s*\\o(?:\\a[lcr])?\s*\((.*)\)\s*$", re.I | re.S)
_TICKS = frozenset(TICK_CHARS + TICKED)
_FIELD_PARTS = {"begin": _BEGIN, "separate": _RESULT, "end": _END}


def _fields(text: str) -> str:
    """The paragraph's text with each field as it shows: its result, or its mark for an
    enclosed tick; a field that begins or ends in another paragraph keeps its result."""

    def shown(match: re.Match[str]) -> str:
        overlay = _OVERLAY_RE.match(match[1])
        if overlay is None:
            return match[2] or ""
        return TICKED if _TICKS.intersection(overlay[1]) else UNTICKED

    text = _FIELD_RE.sub(shown, text)
    # Left over: parts of a field that spans paragraphs (a table of contents). Its
    # instruction is no text; its result is.
    text = re.sub(f"{_BEGIN}[^{_RESULT}{_END}]*(?:{_RESULT}|$)", "", text)
    return _FIELD_MARKS_RE.sub("", text)


# Inline elements whose runs are part of the text: links, smart tags, tracked insertions and
# moves (the deleted and moved-away text, w:del and w:moveFrom, is not).
_CONTAINERS = frozenset(
    f"{W}{tag}" for tag in ("hyperlink", "smartTag", "ins", "moveTo", "customXml", "fldSimple")
)


def _inline(el: lxml.etree._Element, parts: list[str], depth: int) -> None:
    if depth > MAX_DEPTH:
        raise UnsafeInputError(f"Word 文档嵌套超过 {MAX_DEPTH} 层，拒绝读取。")
    for child in el:
        tag = child.tag
        if tag == f"{W}r":
            font = _run_font(child)
            if font is None or font == STRUCK:
                if font == STRUCK:
                    parts.append(STRUCK)
                continue
            for item in child:
                itag = item.tag
                if itag == f"{W}t":
                    parts.append(symbol_text(item.text or "", font))
                elif itag == f"{W}tab":
                    parts.append("\t")
                elif itag in (f"{W}br", f"{W}cr"):
                    parts.append("\n")
                elif itag == f"{W}sym":
                    code = int(item.get(f"{W}char", "0") or "0", 16) if _hex(item) else 0
                    parts.append(symbol_glyph(item.get(f"{W}font", ""), code) or "")
                elif itag == f"{W}fldChar":
                    mark = _legacy_checkbox(item)
                    if mark:
                        parts.append(mark)
                    kind = item.get(f"{W}fldCharType")
                    parts.append(_FIELD_PARTS.get(kind or "", ""))
                elif itag == f"{W}instrText":
                    parts.append(item.text or "")  # read by _fields, then dropped
                elif itag == f"{W}noBreakHyphen":
                    parts.append("-")
        elif tag == f"{W}sdt":
            mark = _checkbox_state(child)
            if mark is not None:
                parts.append(mark)
            elif not prompting(child):
                content = child.find(f"{W}sdtContent")
                if content is not None:
                    _inline(content, parts, depth + 1)
        elif tag in _CONTAINERS:
            _inline(child, parts, depth + 1)


def _hex(sym: lxml.etree._Element) -> bool:
    value = sym.get(f"{W}char", "")
    return 0 < len(value) <= 4 and all(c in "0123456789abcdefABCDEF" for c in value)


def prompting(sdt: lxml.etree._Element) -> bool:
    """Whether a content control was left empty and shows its prompt (单击或点击此处输入文字。),
    which is no value."""
    return sdt.find(f"{W}sdtPr/{W}showingPlcHdr") is not None


_PLAIN_COLOURS = frozenset({"auto", "000000", "windowText"})
_OFF = frozenset({"0", "false", "off", "none"})


def emphasis_ticks(p: lxml.etree._Element) -> str | None:
    """`emphasis.ticked_by_emphasis` for a paragraph's runs."""
    return ticked_by_emphasis(
        ["".join(t.text or "" for t in run.findall(f"{W}t")) for run in p.findall(f"{W}r")],
        [_emphasised(run) for run in p.findall(f"{W}r")],
    )


def _emphasised(run: lxml.etree._Element) -> bool:
    properties = run.find(f"{W}rPr")
    if properties is None:
        return False
    bold = properties.find(f"{W}b")
    if bold is not None and bold.get(f"{W}val", "true") not in _OFF:
        return True
    colour = properties.find(f"{W}color")
    if colour is not None and colour.get(f"{W}val", "auto") not in _PLAIN_COLOURS:
        return True
    for tag in ("highlight", "u"):
        found = properties.find(f"{W}{tag}")
        if found is not None and found.get(f"{W}val", "single") not in _OFF:
            return True
    return False
