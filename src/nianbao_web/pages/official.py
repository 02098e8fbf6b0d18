"""The rendered official table (a whole HTML document) made fit to sit inside a page.

`nianbao.render` writes a standalone document: its own <main>, an <h1>, and a style sheet
for `html`, `body` and bare elements. Inside the site's page that would give two main
landmarks, two level-1 headings and restyle the whole page, so the body is unwrapped, the
title demoted to <h2>, and every style rule confined to the `.official` container.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_BODY = re.compile(r"<body[^>]*>(.*)</body>", re.S)
_STYLE = re.compile(r"<style[^>]*>(.*?)</style>", re.S)
_MAIN = re.compile(r"</?main\b[^>]*>")
_H1 = re.compile(r"<(/?)h1\b")
_COMMENT = re.compile(r"/\*.*?\*/", re.S)
_H1_SELECTOR = re.compile(r"\bh1\b")
_ROOTS = frozenset({"html", "body", ":root"})


@dataclass(frozen=True, slots=True)
class Embedded:
    body: str
    css: str


def embeddable(document: str, scope: str = ".official") -> Embedded:
    found = _BODY.search(document)
    body = found.group(1) if found else document
    body = _H1.sub(r"<\1h2", _MAIN.sub("", body))
    css = "\n".join(_STYLE.findall(document))
    return Embedded(body.strip(), scoped(css, scope))


def _selector(selector: str, scope: str) -> str:
    selector = " ".join(selector.split())
    first, _, rest = selector.partition(" ")
    if first in _ROOTS:
        return f"{scope} {rest}".strip()
    return f"{scope} {_H1_SELECTOR.sub('h2', selector)}"


def scoped(css: str, scope: str) -> str:
    """Each rule's selectors prefixed with `scope`; @page dropped; @media blocks recursed."""
    css = _COMMENT.sub("", css)
    out: list[str] = []
    pos = 0
    while True:
        brace = css.find("{", pos)
        if brace < 0:
            break
        head = css[pos:brace].strip()
        depth, end = 1, brace + 1
        while depth and end < len(css):
            depth += {"{": 1, "}": -1}.get(css[end], 0)
            end += 1
        inner = css[brace + 1 : end - 1]
        if head.startswith("@media"):
            out.append(f"{head} {{\n{scoped(inner, scope)}\n}}")
        elif not head.startswith("@"):  # @page and the like apply to the whole page only
            selectors = ", ".join(_selector(s, scope) for s in head.split(",") if s.strip())
            out.append(f"{selectors} {{{inner}}}")
        pos = end
    return "\n".join(out)
