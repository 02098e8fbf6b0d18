"""A web page holding no report says where its report may be: an attachment, a picture."""

from __future__ import annotations

import pytest

from locations import CORPUS
from nianbao.errors import NotAReportError
from nianbao.extract.pipeline import extract_bytes
from nianbao.readers.page_links import Link, page_links

TITLE = "海口市卫生健康委员会2022年政府网站工作年度报表"


def _page(body: str, title: str = TITLE, head: str = "") -> bytes:
    return (
        f"<html><head><meta charset='utf-8'><title>{title}</title>{head}</head><body>"
        "<div class='nav'><a href='/'>首页</a> &gt; <a href='/zwgk/'>政务公开</a></div>"
        f"<h1>{title}</h1><p>发布时间：2023-01-18</p>{body}"
        "<div class='footer'><img src='/images/dzjg.png'> 主办：海口市卫生健康委员会"
        "<img src='/images/ga.png'> 琼公网安备 46010602000283号</div>"
        "</body></html>"
    ).encode()


def _message(data: bytes) -> str:
    with pytest.raises(NotAReportError) as caught:
        extract_bytes(data, "page.html")
    return caught.value.message


def test_an_attachment_named_by_its_link() -> None:
    message = _message(
        _page(
            "<p>附件：<a href='/upload/2023/01/P020230118.pdf'>"
            "2022年政府网站工作年度报表.pdf</a></p>"
            "<p><a href='/zwgk/zcwj/2022.pdf'>关于印发工作要点的通知.pdf</a></p>"
        )
    )
    assert message.startswith("不是政府网站工作年度报表：只认出")
    assert "2022年政府网站工作年度报表.pdf（/upload/2023/01/P020230118.pdf）" in message
    assert "工作要点" not in message  # a link naming the report goes first
    assert message.endswith("请下载附件，提取附件本身。")


def test_an_embedded_viewer_on_a_page_about_the_report() -> None:
    # The link text names nothing; the page does. The file name is in the viewer's query.
    message = _message(
        _page("<iframe src='/pdfjs/web/viewer.html?file=/upload/P0230118.pdf&page=1'></iframe>")
    )
    assert "/pdfjs/web/viewer.html?file=/upload/P0230118.pdf&page=1" in message


def test_files_of_a_page_about_something_else_are_not_named() -> None:
    page = _page("<p><a href='/zwgk/2022.docx'>关于做好防汛工作的通知</a></p>", title="防汛通知")
    message = _message(page)
    assert "附件" not in message
    assert "请确认文件内容是年度报表" in message


def test_a_link_naming_the_report_on_any_page() -> None:
    page = _page("<p><a href='/upload/%E5%B9%B4%E6%8A%A5.docx'>点击下载</a></p>", title="政务公开")
    assert "点击下载（/upload/%E5%B9%B4%E6%8A%A5.docx）" in _message(page)


def test_a_picture_of_the_table() -> None:
    message = _message(
        _page(
            "<p><img src='/images/logo.png'><img src='/images/wx.jpg' width='120'>"
            "<img data-src='/upload/2023/01/W020230118.jpg' src='/images/loading.gif' "
            "width='800'></p>"
        )
    )
    assert "网页上的报表可能是图片：/upload/2023/01/W020230118.jpg" in message
    assert "loading.gif" not in message  # the lazy loader's placeholder
    assert "logo.png" not in message
    assert "wx.jpg" not in message  # set 120 pixels wide: an icon
    assert "dzjg.png" not in message  # the 党政机关 badge
    assert "ga.png" not in message  # the police badge before the 公安备案 number
    assert "OCR" in message


def test_a_picture_named_as_the_report_goes_first() -> None:
    message = _message(
        _page("<img src='/upload/a.jpg'><img src='/upload/b.png' alt='2022年度报表'>")
    )
    assert "2022年度报表（/upload/b.png）" in message
    assert "/upload/a.jpg" not in message


def test_many_attachments_are_counted() -> None:
    links = "".join(f"<a href='/upload/{n}.xls'>第{n}季度年报数据</a>" for n in range(1, 6))
    message = _message(_page(links))
    assert "第3季度年报数据" in message
    assert "第4季度" not in message
    assert "等 5 个" in message


def test_addresses_join_the_pages_base() -> None:
    links = page_links(
        _page(
            "<a href='upload/nb.pdf'>年报</a>",
            head="<base href='https://wjw.haikou.gov.cn/zwgk/'>",
        )
    )
    assert Link("年报", "https://wjw.haikou.gov.cn/zwgk/upload/nb.pdf", "file") in links


def test_links_are_listed_once_in_page_order() -> None:
    links = page_links(
        _page(
            "<a href='/a.pdf'>甲</a><a href='/a.pdf'>甲</a><a href='javascript:void(0)'>乙</a>"
            "<object data='/b.ofd'></object><embed src='/c.wps'><img src='/d.png' height='50'>"
        )
    )
    assert [(link.target, link.kind, link.small) for link in links] == [
        ("/a.pdf", "file", False),
        ("/b.ofd", "file", False),
        ("/c.wps", "file", False),
        ("/d.png", "picture", True),
        ("/images/dzjg.png", "picture", False),
        ("/images/ga.png", "picture", False),
    ]


def test_a_page_holding_the_report_is_read_whatever_it_links(seed_html: bytes) -> None:
    page = seed_html.replace(
        b"</body>", b"<a href='/nb.pdf'>2022\xe5\xb9\xb4\xe6\x8a\xa5</a></body>"
    )
    assert extract_bytes(page, "report.html").report.to_json()["site_code"] == "4601000022"


@pytest.fixture
def seed_html() -> bytes:
    rows = (CORPUS / "raw" / "000.txt").read_text("utf-8").splitlines()
    cells = "".join(
        "<tr>" + "".join(f"<td>{cell}</td>" for cell in row.split("\t")) + "</tr>" for row in rows
    )
    return f"<html><body><table>{cells}</table></body></html>".encode()
