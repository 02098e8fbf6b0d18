"""Tick boxes as written in text (HTML inputs, □ ■ √ (√) …) or as glyphs of symbol fonts
(Wingdings þ ¨, Wingdings 2 R £, as set in Word and WPS) → the Document's ☑ and ☐."""

from __future__ import annotations

import re
from functools import lru_cache

TICKED, UNTICKED = "☑", "☐"

_INPUT_RE = re.compile(r"<input\b[^<>]*>", re.IGNORECASE)
_CHECKED_RE = re.compile(r"\bchecked\b", re.IGNORECASE)
# Markdown's task list ticks with an x in square brackets (- [x] 是); elsewhere an x is a
# cross, so it counts in square brackets only.
# A pair ending the text counts after an option's name (… 否（√）, 其他（ ）).
_BRACKET_RE = re.compile(
    r"(?:[(（\[【]\s*([√✓✔☑■]?)\s*[)）\]】]|\[\s*([xX])\s*\])"
    r"(?=\s*[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff])[(（]\s*([√✓✔☑■]?)\s*[)）](?=\s*\Z)"
)

_BOX_LIKE_RE = re.compile(r"[(（\[【]\s*[√✓✔☑■xX]?\s*[)）\]】]")
"""What every match of _BRACKET_RE holds: searched first, since the lookbehind opening
its last branch makes the engine try that branch at every character of a line."""

# Symbol-font code points that are tick boxes, by font; keys are the low byte (a private-use
# character U+F0xx carries the same byte), values say ticked or not.
SYMBOL_FONTS: dict[str, dict[int, bool]] = {
    "wingdings": {
        0xFE: True,
        0xFD: True,
        0x78: True,
        0xFC: True,
        0x6E: True,  # ■, the filled box beside o's □
        0xA8: False,
        0x6F: False,
        0x71: False,
        0x72: False,
    },
    "wingdings 2": {
        0x52: True,
        0x54: True,
        0x51: True,
        0x50: True,
        0xA3: False,
        0x2A: False,
        0xA2: False,
    },
    "symbol": {0xD6: True},
}
# A private-use character whose font is unknown (or was replaced: LibreOffice draws a
# Wingdings 2 box in its OpenSymbol and keeps the code): the common boxes of Wingdings and
# of Wingdings 2, none of whose codes is a box of the other font.
_ANY_FONT = {0xFE: True, 0xFD: True, 0xA8: False, 0x6F: False, 0x52: True, 0xA3: False}
_PUA_RE = re.compile("[\uf000-\uf0ff]")

TICK_CHARS = "√✓✔"
"""Ticks written as text, beside a box, over one or in its place."""
BOX_CHARS = "□❏❑▢"
"""Empty boxes written as text (other than ☐ itself)."""
_MARKS = (
    dict.fromkeys(BOX_CHARS, UNTICKED)
    | {"■": TICKED, "☒": TICKED, "▣": TICKED, "◼": TICKED, "⬜": UNTICKED, "◻": UNTICKED}
    | dict.fromkeys(TICK_CHARS + "✅", TICKED)
)
# A private-use character of a symbol font whose font is unknown: read as _ANY_FONT says.
_MARKS |= {chr(0xF000 + code): TICKED if ticked else UNTICKED for code, ticked in _ANY_FONT.items()}
_CHARS = str.maketrans(_MARKS)
# Most texts hold no mark: finding none is much cheaper than translating every character.
_MARK_RE = re.compile(f"[{''.join(_MARKS)}]")


_SUBSET_RE = re.compile(r"^[A-Z]{6}\+")
_STYLE_RE = re.compile(r"(regular|bold|italic|mt)+$")


@lru_cache(maxsize=256)
def symbol_font(name: str) -> str | None:
    """The symbol font a font name stands for (`ABCDEF+Wingdings-2,` as pdfium names an
    embedded subset, `"Wingdings 2"`, `Wingdings-Regular`, `SymbolMT`, `OpenSymbol`), if
    any."""
    key = _SUBSET_RE.sub("", name.strip()).split(",")[0].lower()
    key = _STYLE_RE.sub("", re.sub(r"[^a-z0-9]", "", key))
    if key == "wingdings2":
        return "wingdings 2"
    if key in ("wingdings", "symbol"):
        return key
    if key == "opensymbol":
        # LibreOffice draws a Wingdings box in its own OpenSymbol where Wingdings is not
        # installed, keeping Wingdings' code (þ, ¨): read as a box of an unknown font.
        return key
    return None


def symbol_glyph(font: str, code: int) -> str | None:
    """☑/☐ for a code point of a symbol font (w:sym), None when it is no tick box. The
    font may be named in any of the ways `symbol_font` knows."""
    table = SYMBOL_FONTS.get(symbol_font(font) or "", _ANY_FONT)
    ticked = table.get(code & 0xFF)
    if ticked is None:
        return None
    return TICKED if ticked else UNTICKED


def symbol_text(text: str, font: str) -> str:
    """Text set in `font`: private-use characters U+F0xx → ☑/☐ (others dropped), and in a
    known symbol font the plain characters that are its tick boxes (R £ in Wingdings 2)."""
    known = symbol_font(font) is not None
    if not known and not _PUA_RE.search(text):
        return text
    out = []
    for ch in text:
        code = ord(ch)
        if 0xF000 <= code <= 0xF0FF:
            out.append(symbol_glyph(font, code) or "")
        elif known and code < 0x100:
            out.append(symbol_glyph(font, code) or ch)
        else:
            out.append(ch)
    return "".join(out)


# Text taken from a PDF without its fonts (pdftotext, copy and paste) keeps a symbol font's
# box as the plain character of its code: þ是 ¨否, R是 £否. Such a character counts as a box
# where it opens an option (before a Chinese word, after a blank, a colon, a tag's end or
# another option) and the line holds at least two of them, or one alone before 是 or 否.
# The pattern starts with the box, so that a text without one is passed over quickly;
# what stands before is checked after.
_LOST_BOX = "[" + "".join(chr(code) for code in _ANY_FONT) + "]"
_LOST_FONT_RE = re.compile(_LOST_BOX + "(?=[\u4e00-\u9fff])")
# Or a box alone before 是 or 否, a cell of its own (only the ticked answer shown: þ是),
# the line's whole text or set off by blanks (是否有政务新媒体 R是).
_LONE_BOX_RE = re.compile(r"(?<!\S)" + _LOST_BOX + r"[是否有无](?!\S)")


# On a line of such boxes, one ending it (after a blank) is one too: þ政府门户网站 ¨部门网站 ¨;
# or one between blanks, the next cell's text after it (þ无障碍浏览 ¨ 提供政策… | 千人千网).
_END_BOX_RE = re.compile(r"(?<=\s)" + _LOST_BOX + r"\s*$")
_APART_BOX_RE = re.compile(r"(?<=\s)" + _LOST_BOX + r"(?=\s)")


def _lost_boxes(text: str) -> list[int]:
    """Where the characters that are boxes of a lost symbol font stand."""
    out = []
    for match in _LOST_FONT_RE.finditer(text):
        at = match.start()
        before = text[at - 1] if at else " "
        if before.isspace() or before in ":：>" or "\u4e00" <= before <= "\u9fff":
            out.append(at)
    return out


def lost_fonts(text: str) -> bool:
    """Whether a text may hold tick boxes whose symbol font was lost (`lost_font_ticks`):
    one pass over the whole text spares one per line."""
    return len(_lost_boxes(text)) >= 2


def lost_font_ticks(line: str, *, lone: bool = False) -> str:
    """A line's tick boxes whose symbol font was lost (þ是 ¨否) as ☑/☐; other lines
    unchanged. With `lone` (the text holds such boxes elsewhere), one box alone before a
    word counts too: a list of options wrapped onto this line (网 R其他, 站 ¨专项网站)."""
    found = _lost_boxes(line)
    # Alone on a line of no box, no box, unless the text holds boxes elsewhere: a list of
    # options wrapped, its box's name opening the next line (站 R | 部门网站).
    end = _END_BOX_RE.search(line) if found or lone else None
    if end is not None and end.start() not in found:
        found.append(end.start())  # the last box, its option's name wrapped onto the next line
    if len(found) > 1 or (found and lone):
        found += [m.start() for m in _APART_BOX_RE.finditer(line) if m.start() not in found]
    if len(found) == 1 and not lone:
        answer = _LONE_BOX_RE.search(line, found[0])
        if answer is None or answer.start() != found[0]:
            return line
    elif not found:
        return line
    chars = list(line)
    for at in found:
        chars[at] = TICKED if _ANY_FONT[ord(chars[at])] else UNTICKED
    return "".join(chars)


# A tick set over a box (Word's and WPS's 带圈字符, □ enclosing √): the two characters are
# drawn at one place, and text taken from the page gives them one after the other, in
# either order.
_EMPTY_BOXES = BOX_CHARS + UNTICKED
_OVERLAID_RE = re.compile(f"[{_EMPTY_BOXES}][{TICK_CHARS}]|[{TICK_CHARS}][{_EMPTY_BOXES}]")


def canonical_ticks(text: str) -> str:
    """Every tick-box notation as ☑/☐; other text unchanged.

    A bracket pair counts as a box only right before an option label ((√)是 ( )否), or
    after one at the text's end, so bracketed notes elsewhere are left alone.
    """
    if "<" in text:
        text = _INPUT_RE.sub(lambda m: TICKED if _CHECKED_RE.search(m[0]) else UNTICKED, text)
    if ("(" in text or "（" in text or "[" in text or "【" in text) and _BOX_LIKE_RE.search(text):
        text = _BRACKET_RE.sub(lambda m: TICKED if m[1] or m[2] or m[3] else UNTICKED, text)
    if ("●" in text or "○" in text or "◉" in text or "◯" in text) and len(
        _RADIO_RE.findall(text)
    ) >= 2:
        text = _RADIO_RE.sub(lambda m: TICKED if m[0][0] in "●◉" else UNTICKED, text)
    if not _MARK_RE.search(text):
        return text
    return _OVERLAID_RE.sub(TICKED, text).translate(_CHARS)


# Radio buttons as round marks before option names (●搜索即服务 ○多语言版本): two or more
# on a line, each before a Chinese word and after none (a bullet leads one line only; ○
# inside a year, 二○二四, follows a character).
_RADIO_RE = re.compile(r"(?<![\u4e00-\u9fff0-9])[●◉○◯]\s?(?=[\u4e00-\u9fff])")


# A box alone on its line whose option's name a converter set on the next: its symbol sits
# off the text's baseline, so text of one cell a line writes it apart (☐ | 是  ☑ | 否; R | 是
# | £ | 否 where the font was lost). A box closing a list ahead of its name on the next line
# is left to the matcher (☑政府门户网站 ☐部门网站 ☐ | 专项网站 …), unless the list is one
# such box's option.
_BOXES = frozenset(f"{TICKED}{UNTICKED}□■")
_LOST_BOXES = frozenset(chr(code) for code in _ANY_FONT)


def boxes_onto_names(lines: list[str], *, fonts_lost: bool = False) -> list[str]:
    """The lines with each box alone on one moved to the start of the next, when that
    starts with a Chinese character (the box's option's name), and then a box closing that
    line too; lines laid out in columns (indented) keep theirs. `fonts_lost`: boxes of a
    lost symbol font count (þ, ¨, R, £ …). Lines keep their places (one left blank stays)."""
    boxes = _BOXES | _LOST_BOXES if fonts_lost else _BOXES
    out = lines
    moved = False  # whether the box alone on the line before went on this line
    for i in range(len(lines) - 1):
        line = out[i].rstrip()
        # Alone on its line, or closing the line its box alone before went on (是  ☑).
        alone = len(line) == 1 or (moved and len(line) > 1 and line[-2].isspace())
        if not line or line[-1] not in boxes or not alone:
            moved = False
            continue
        # Not where the lines are laid out in columns (indented): the box is a column's.
        following = out[i + 1]
        moved = bool(following) and "\u4e00" <= following[0] <= "\u9fff"
        if moved:
            if out is lines:
                out = list(lines)
            out[i], out[i + 1] = line[:-1].rstrip(), line[-1] + following
    return out


# Boxes closing a line over their options' names on the next, one box a name in order
# (pdftotext -raw of a Word table: 是否提供智能问答 □ ■ | 是 否; 创新发展 □ □ □ □ □ | 搜索即服务
# 多语言版本 …): the symbols sit off the names' baseline, so the line of text takes them
# with the label beside them. Two boxes or more, and as many names as boxes, each opening
# with a Chinese character.
_BOX_RUN_RE = re.compile(r"(?:^|(?<=\s))([☑☐□■](?:[ \t\u3000]+[☑☐□■])+)[ \t\u3000]*$")


def boxes_over_names(lines: list[str]) -> list[str]:
    """The lines with a run of boxes closing one moved onto the names of the next, each
    box before its name (□ ■ | 是 否 → ☐是 ■否's boxes before 是 and 否); lines keep their
    places."""
    out = lines
    for i in range(len(lines) - 1):
        line = out[i].rstrip()
        run = _BOX_RUN_RE.search(line) if line[-1:] in _BOXES else None
        following = out[i + 1]
        if run is None or not following or following[0].isspace():
            continue
        boxes, names = run.group(1).split(), following.split()
        if len(names) != len(boxes) or not all(
            "\u4e00" <= name[0] <= "\u9fff" and _BOXES.isdisjoint(name) for name in names
        ):
            continue
        if out is lines:
            out = list(lines)
        out[i] = line[: run.start(1)].rstrip()
        out[i + 1] = " ".join(box + name for box, name in zip(boxes, names, strict=True))
    return out
