"""What a line of converted text carries that is no part of the report: Markdown's and
HTML's remnants (headings, emphasis, escapes, links, <br>, formatting a converter kept),
an e-mail's quoting, a converter's NaN for an empty cell, boxes written as TeX, a page's
number on a line of its own; tick boxes made ☑/☐, a task list's box before a yes/no
question made its answer."""

from __future__ import annotations

import html
import re

from nianbao.readers.marks import canonical_ticks, lost_font_ticks
from nianbao.readers.page_chrome import PAGE_WORDS_RE
from nianbao.readers.picture_marks import picture_said_mark

MAX_LINE_CHARS = 20_000


_MD_HEADING_RE = re.compile(r"^\s{0,3}#{1,6}\s+")
_MD_EMPHASIS_RE = re.compile(r"\*\*|__")
_MD_ITALIC_RE = re.compile(r"(?<![*\w])\*(?=[^\s*])([^*\n]*?[^\s*])\*(?![*\w])")
"""Markdown's and e-mail's *emphasis* (a required field's lone *网站名称 has no pair)."""
_MD_ESCAPE_RE = re.compile(r"\\([!-/:-@\[-`{-~])|\\\s*$")
"""Markdown's backslashes: an escaped punctuation mark (\\[ \\] \\*), and a hard line break
at a line's end (pandoc: 网站名称：某局\\)."""
_BR_RE = re.compile(r"<br\s*/?>", re.IGNORECASE)
_LINK_NUMBER_RE = re.compile(r"\[\d{1,4}\](?=https?://|www\.)", re.IGNORECASE)
"""A text browser's number before a link (lynx -dump: [6]http://www.a.gov.cn/), which its
list of references at the end resolves: no part of the address."""
_INLINE_TAG_RE = re.compile(
    r"</?(?:font|span|b|strong|em|i|u|a|sup|sub|mark|small|big|code)(?:\s[^<>]*)?>", re.IGNORECASE
)
"""Formatting a Markdown converter keeps as HTML in a cell (语雀's <font style=…>): its text
is the cell's."""
_MD_LINK_RE = re.compile(r"\[([^\[\]]*)\]\([^()\s]*\)")
"""A Markdown link: its text ([http://a.gov.cn](http://a.gov.cn), [首页](/))."""
_MD_IMAGE_RE = re.compile(r"!\[([^\[\]]*)\]\(([^()\s]*)\)")
"""A Markdown image: a page's tick box pictures after html2text (![](/img/checkbox_on.png))."""
_LATEX_MARKS = {"surd": "√", "checkmark": "√", "square": "□", "Box": "□", "boxtimes": "☒"}
_LATEX_RE = re.compile(r"\$\s*\\(" + "|".join(_LATEX_MARKS) + r")\s*\$")
"""A box or tick a PDF-to-Markdown converter writes as TeX ($\\surd$, $\\square$)."""
_QUOTED_RE = re.compile(r"^\s*(?:>\s?)+")
"""An e-mail's quoting (> , >> ) or a Markdown quote before a line."""
_NO_VALUE_RE = re.compile(r"(?<![^\s|,])(?:NaN|#N/A)(?![^\s|,])")
"""What a converter writes for an empty cell (pandas' NaN, Excel's #N/A): no value."""
_AUTOLINK_RE = re.compile(r"<((?:https?|ftp)://[^<>\s]+)>", re.IGNORECASE)
"""Markdown's automatic link: <http://www.a.gov.cn/>."""
_ASKED_RE = re.compile(r"^\s*(?:[-*+]\s+)?([☑☐])\s*(是否[^\s☑☐]+)\s*$")
"""A task list's box before a yes/no question (- [x] 是否开展应急演练): the question's
answer."""
_BOXES = frozenset("☑☐")
_DASH_SEPARATOR_RE = re.compile(r"(?<=[\u4e00-\u9fff)）])[ \t\u3000]*——[ \t\u3000]*(?=[^\s—])")
"""A dash pair between a label and its value, typed in place of a colon (网站名称 —— 某局网站),
when every dash of the line is such a pair: dashes alone in a cell are a blank's mark."""
_COLON_GAP_RE = re.compile(r"(?<=[\u4e00-\u9fff)）])[ \t\u3000]+(?=[:：])")
"""Blanks between a label and its colon (主办单位　：某局), which would part the colon from its
label and leave it before the value."""
_ANSWERED_RE = re.compile(r"^(\s*\S.*?是否[^()（）]+?)\s*[(（]\s*(是|否)\s*[)）]\s*$")
"""A yes/no question with its answer in brackets after it (1.是否发布服务事项目录（是）)."""
_BLANK_LINE_RE = re.compile(r"[_＿]{3,}")
"""A line drawn to write on (其他：＿＿＿＿): nothing written."""
_DIGIT_START_RE = re.compile(r"\s*\d")
_NUMBERED_BOX_RE = re.compile(r"^\s*\d{1,2}\s*[.．、]\s*(?=[☑☐])")
"""A list's number before a line of options (1.□搜索即服务 □多语言版本): no label's."""


def tex_marks(text: str) -> str:
    """`text` with the boxes and ticks written as TeX ($\\surd$, $\\square$) as marks."""
    return _LATEX_RE.sub(lambda m: _LATEX_MARKS[m[1]], text) if "$\\" in text else text


def markdown_plain(line: str) -> str:
    """The line without Markdown's heading marks, emphasis and backslashes."""
    line = _MD_HEADING_RE.sub("", line)
    if "**" in line or "__" in line:
        line = _MD_EMPHASIS_RE.sub("", line)
    if "*" in line and line.count("*") >= 2:
        line = _MD_ITALIC_RE.sub(r"\1", line)
    if "\\" in line:
        # In a table's row an escaped pipe stays escaped: the row's cells are split at the
        # others (readers.text), and it is that cell's text (ICP备案号\|公安机关备案号).
        row = line.strip().startswith("|") and line.strip().endswith("|")
        line = _MD_ESCAPE_RE.sub(lambda m: _unescaped(m, row), line)
    return line


def markdown_cells(row: str) -> list[str]:
    """A Markdown table row's cells (`row` stripped, its outer pipes included), split at its
    pipes but the escaped ones, which stay escaped (markitdown: ICP备案号\\|公安机关备案号)."""
    inner = row[1:-1]
    return _MD_CELL_RE.split(inner) if "\\|" in inner else inner.split("|")


_MD_CELL_RE = re.compile(r"(?<!\\)\|")
"""A Markdown table's cell boundary: a pipe not escaped."""


def _unescaped(match: re.Match[str], row: bool) -> str:
    char = match.group(1)
    return match[0] if row and char == "|" else (char or "")


def clean_line(line: str, fonts_lost: bool = False) -> str:
    """Markdown and HTML remnants off; tick boxes as ☑/☐ (`fonts_lost`: also those whose
    symbol font was lost)."""
    line = line[:MAX_LINE_CHARS]
    if "页" in line and PAGE_WORDS_RE.fullmatch(line):
        return ""
    if ">" in line and (quoted := _QUOTED_RE.match(line)):
        line = line[quoted.end() :]
    if "NaN" in line or "#N/A" in line:
        line = _NO_VALUE_RE.sub("", line)
    if "#" in line or "*" in line or "_" in line or "\\" in line:
        line = markdown_plain(line)
    if "&" in line:
        line = html.unescape(line)
    if "<" in line:
        line = _INLINE_TAG_RE.sub("", _BR_RE.sub(" ", line))
        if "://" in line:
            line = _AUTOLINK_RE.sub(r"\1", line)
    if "](" in line:
        if "![" in line:
            line = _MD_IMAGE_RE.sub(_image_mark, line)
        line = _MD_LINK_RE.sub(r"\1", line)
    if "]" in line and (":/" in line or "www." in line):
        line = _LINK_NUMBER_RE.sub("", line)
    if ":: " in line:
        line = line.replace(":: ", "：")  # an Obsidian note's field: 网站名称:: 某局网站
    line = canonical_ticks(lost_font_ticks(line, lone=True) if fonts_lost else line)
    if "是否" in line and line.lstrip(" -*+")[:1] in _BOXES and (asked := _ASKED_RE.match(line)):
        answer = "☑是 ☐否" if asked[1] == "☑" else "☐是 ☑否"
        line = f"{asked[2]}\t{answer}"
    if "——" in line and line.count("—") == 2 * len(_DASH_SEPARATOR_RE.findall(line)):
        line = _DASH_SEPARATOR_RE.sub("：", line)
    if ":" in line or "：" in line:
        line = _COLON_GAP_RE.sub("", line)
    if "是否" in line and line.rstrip()[-1:] in ")）" and (answered := _ANSWERED_RE.match(line)):
        line = f"{answered[1]}\t{answered[2]}"
    if "＿" in line or "___" in line:
        line = _BLANK_LINE_RE.sub(" ", line).rstrip()
    return _NUMBERED_BOX_RE.sub("", line) if _DIGIT_START_RE.match(line) else line


def _image_mark(image: re.Match[str]) -> str:
    """A tick box's picture as its mark; another picture as its alternative text."""
    return picture_said_mark(image[1], image[2]) or image[1]
