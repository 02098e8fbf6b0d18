"""Test documents, part 3: a Sheet as an HTML table inside a government site page."""

from __future__ import annotations

import html
import random
from dataclasses import dataclass

from .sheet import GCell, Sheet
from .symbol_fonts import FONTS, symbol_tick

NAV = ("首页", "机构概况", "政务公开", "信息公开目录", "办事服务", "互动交流", "专题专栏")


def _ticks_html(cell: GCell, style: str) -> str:
    parts = []
    for label, ticked in cell.ticks:
        if style == "input":
            mark = (
                '<input type="checkbox" checked="checked">' if ticked else '<input type="checkbox">'
            )
        elif style == "square":
            mark = "√" if ticked else "□"
        elif style in FONTS:
            mark = symbol_tick(style, ticked)
        else:
            mark = "☑" if ticked else "☐"
        parts.append(f"{mark}{html.escape(label)}")
    text = "&nbsp;&nbsp;".join(parts)
    if "：" in cell.text and cell.ticks and cell.ticks[-1][1]:
        text += "：" + html.escape(cell.text.split("：", 1)[1])
    return text


@dataclass(frozen=True)
class Markup:
    """How a CMS editor or word processor marks a table up (varies per document)."""

    split: bool = False
    """One table per section, as editors paste a long form piece by piece."""
    label_th: bool = False
    """Labels in <th>, not only section headings."""
    wrap: str = ""
    """Each cell's text inside <p> or <span> (as pasted from Word), or bare."""
    pad: bool = False
    """Values padded with &nbsp; (centred by hand)."""

    @staticmethod
    def pick(rng: random.Random) -> Markup:
        return Markup(
            split=rng.random() < 0.3,
            label_th=rng.random() < 0.3,
            wrap=rng.choice(("", "", "p", "span")),
            pad=rng.random() < 0.2,
        )


PLAIN = Markup()


def _cell_html(cell: GCell, style: str, rng: random.Random, markup: Markup = PLAIN) -> str:
    attrs = ""
    if cell.rowspan > 1:
        attrs += f' rowspan="{cell.rowspan}"'
    if cell.colspan > 1:
        attrs += f' colspan="{cell.colspan}"'
    if cell.ticks:
        body = _ticks_html(cell, style)
        if len(cell.ticks) == 2 and rng.random() < 0.2:
            # Options in a small nested table, as some CMS editors produce.
            tds = "".join(f"<td>{p}</td>" for p in body.split("&nbsp;&nbsp;"))
            body = f'<table class="opts"><tr>{tds}</tr></table>'
    elif cell.down:
        body = "<br/>".join(html.escape(ch) for ch in cell.text)
    else:
        body = html.escape(cell.text)
        if (
            cell.kind in ("label", "section", "group")
            and len(cell.text) > 12
            and rng.random() < 0.3
        ):
            cut = len(cell.text) // 2
            body = html.escape(cell.text[:cut]) + "<br/>" + html.escape(cell.text[cut:])
    if markup.pad and cell.kind == "value" and not cell.ticks and body:
        body = f"&nbsp;{body}&nbsp;&nbsp;"
    if markup.wrap == "p":
        body = f'<p style="text-align:center;line-height:150%">{body}</p>'
    elif markup.wrap == "span":
        body = f'<span style="font-family:仿宋_GB2312;font-size:14px">{body}</span>'
    th = cell.kind == "section" or (markup.label_th and cell.kind in ("label", "group"))
    tag = "th" if th and (markup.label_th or rng.random() < 0.3) else "td"
    return f"<{tag}{attrs}>{body}</{tag}>"


def table_html(sheet: Sheet, rng: random.Random, style: str, markup: Markup = PLAIN) -> str:
    tables: list[list[str]] = [[]]
    for row in sheet.rows:
        if markup.split and tables[-1] and row[0].kind == "section":
            tables.append([])
        cells = "".join(_cell_html(c, style, rng, markup) for c in row)
        tables[-1].append(f"<tr>{cells}</tr>")
    return "\n".join(
        '<table class="report" border="1" cellspacing="0">\n' + "\n".join(rows) + "\n</table>"
        for rows in tables
    )


def _article(sheet: Sheet, rng: random.Random, style: str, markup: Markup) -> str:
    paras = "\n".join(f"<p>{html.escape(t)}</p>" for t in sheet.before)
    if rng.random() < 0.5:
        after = "\n".join(f"<p>{html.escape(t)}</p>" for t in sheet.after)
    else:
        after = (
            "<p>" + "&nbsp;&nbsp;&nbsp;&nbsp;".join(html.escape(t) for t in sheet.after) + "</p>"
        )
    return (
        f'<div class="article">\n{paras}\n{table_html(sheet, rng, style, markup)}\n{after}\n</div>'
    )


def page_html(
    sheet: Sheet,
    rng: random.Random,
    *,
    chrome: bool,
    charset: str | None,
    nested: bool,
    style: str,
    markup: Markup = PLAIN,
) -> str:
    head = f'<meta charset="{charset}">' if charset else ""
    body = _article(sheet, rng, style, markup)
    if sheet.companion is not None:
        other = _article(sheet.companion, sheet.companion_rng, style, markup)
        body = other + body if sheet.companion_first else body + other
    if chrome:
        nav = "".join(f'<li><a href="/{i}/">{n}</a></li>' for i, n in enumerate(NAV))
        town = rng.choice(("某市", "某县", "某区"))
        top = (
            f'<div class="header"><div class="logo">{town}人民政府</div>'
            f'<ul class="nav">{nav}</ul></div>'
            '<div class="crumb">当前位置：<a href="/">首页</a> &gt; '
            "<a>政务公开</a> &gt; 工作年报</div>"
            f"<h1>{html.escape(sheet.title)}</h1>"
        )
        footer = (
            '<div class="footer"><p>主办单位：某某市人民政府办公室　承办：某某市大数据中心</p>'
            "<p>网站标识码：9900000000　京ICP备00000001号　京公网安备 11010102000001号</p>"
            "<p>联系电话：010-12345678　地址：某某路1号</p></div>"
        )
        body = top + body + footer
    if nested:
        body = (
            '<table width="100%" class="layout"><tr><td class="side">'
            "<ul><li>政务公开</li><li>工作年报</li></ul></td>"
            f'<td class="content">{body}</td></tr></table>'
        )
    return (
        f"<!DOCTYPE html>\n<html>\n<head>{head}<title>{html.escape(sheet.title)}</title>"
        "<style>td{border:1px solid #000}</style><script>var x = '<td>网站名称</td>';</script>"
        f"</head>\n<body>\n{body}\n</body>\n</html>\n"
    )


def html_writer(sheet: Sheet, rng: random.Random) -> tuple[bytes, str]:
    style = rng.choice(("input", "unicode", "square", "wingdings", "wingdings2"))
    variant = rng.choice(("utf8", "utf8", "gbk-declared", "gbk-undeclared"))
    charset = {"utf8": "utf-8", "gbk-declared": "gb2312", "gbk-undeclared": None}[variant]
    text = page_html(
        sheet,
        rng,
        chrome=rng.random() < 0.8,
        charset=charset,
        nested=rng.random() < 0.3,
        style=style,
        markup=(markup := Markup.pick(rng)),
    )
    sheet.made = f"{style} {variant} {markup}"
    encoding = "utf-8" if variant == "utf8" else "gb18030"
    return text.encode(encoding), rng.choice((".html", ".htm", ".shtml"))
