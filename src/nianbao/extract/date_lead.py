"""A date read with what follows it on its line: a web page printed with its tools bar
after the signature block (填报日期：2024年2月9日【打印本页】【关闭窗口】 分享到：…) sets
the page's words on the date's line. The date alone is the value; a date the text goes on
(2024年2月9日至10日, 2024-02-09 10:30) is no such case, as its rest is no date's end."""

from __future__ import annotations

import re

from nianbao.forms.model import Field

_LEAD_RE = re.compile(
    r"\s*((?:[0-9]{4}|[〇○零一二三四五六七八九]{4})\s*年\s*[0-9]{1,2}\s*月\s*[0-9]{1,2}\s*[日号]"
    r"|[0-9]{4}([./-])[0-9]{1,2}\2[0-9]{1,2})"
)
_REST_RE = re.compile(r"\s*[【\[〔]")
"""What a page's words after a date open with: a bracketed link (【打印本页】, [关闭])."""


def leading_date(f: Field, raw: str) -> str:
    """`raw`, or the date it opens with when a page's bracketed words follow it."""
    if f.type != "date":
        return raw
    found = _LEAD_RE.match(raw)
    if found is None or not _REST_RE.match(raw, found.end()):
        return raw
    return found[1]
