"""Where a web page's report is when the page holds none: an attachment to fetch (a PDF,
a Word or Excel file, an embedded PDF viewer) or a picture of the table. An analyst who
crawled a province's collection column meets many such pages; the not_a_report message
then says what to fetch instead of only that the page is no report."""

from __future__ import annotations

import importlib
import re
from typing import TYPE_CHECKING
from urllib.parse import unquote

from nianbao.extract.document import Document
from nianbao.extract.labels import label_normal_form
from nianbao.forms.model import Form

if TYPE_CHECKING:
    from nianbao.readers.page_links import Link

SHOWN = 3
"""Links a message names at most."""
REPORT_WORDS = ("年度报表", "年报")
"""Besides the form's title, words by which a page or a link names the annual report
(2022年度网站工作年报, 年度报表.pdf)."""
# A page's own pictures: logos, badges (党政机关, 找错, the 公安备案 police badge by its
# footer's registration link: ga.png, gongan.png, beian.png), QR codes, buttons, backgrounds.
_CHROME_RE = re.compile(
    r"logo|icon|banner|qrcode|ewm|erweima|btn|button|arrow|jiucuo|dzjg|badge|bg[._-]"
    r"|(?:^|[/_-])ga\d*\.|gongan|beian|police",
    re.I,
)


def report_elsewhere(doc: Document, data: bytes, source: str | None, form: Form) -> str:
    """The sentence a page's not_a_report message ends with: where its report may be; ''
    when the page names no annual report and links none."""
    # Imported on use, as the pipeline imports readers: the HTML reader imports this
    # package's document model, and a page only comes here when it holds no report.
    links: list[Link] = importlib.import_module("nianbao.readers.page_links").page_links(
        data, source
    )
    if not links:
        return ""
    words = (label_normal_form(form.title), *REPORT_WORDS)

    def about(*texts: str) -> bool:
        return any(word in label_normal_form(unquote(text)) for text in texts for word in words)

    page_about = about(doc.text())
    files = [link for link in links if link.kind == "file"]
    named = [link for link in files if about(link.text, link.target)]
    chosen = named or (files if page_about else [])
    if chosen:
        return f"报表可能在网页的附件里：{_listed(chosen)}。请下载附件，提取附件本身。"
    if not page_about:
        return ""
    pictures = [
        link
        for link in links
        if link.kind == "picture" and not link.small and not _CHROME_RE.search(link.target)
    ]
    chosen = [link for link in pictures if about(link.text, link.target)] or pictures
    if chosen:
        return (
            f"网页上的报表可能是图片：{_listed(chosen)}。"
            "请下载图片，提取图片本身（读图片需安装 OCR 组件 nianbao[ocr]）。"
        )
    return ""


def _listed(links: list[Link]) -> str:
    shown = [f"{link.text}（{link.target}）" if link.text else link.target for link in links]
    more = f"等 {len(links)} 个" if len(links) > SHOWN else ""
    return "、".join(shown[:SHOWN]) + more
