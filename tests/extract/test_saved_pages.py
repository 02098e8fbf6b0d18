"""Web pages saved as one file (MHTML) and Rich Text files: read as the page or document
they hold."""

from __future__ import annotations

import sys
from collections.abc import Callable
from email.encoders import encode_base64, encode_quopri
from email.mime.image import MIMEImage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from pathlib import Path

import pytest

from nianbao.errors import InputError
from nianbao.extract.pipeline import extract_bytes
from nianbao.readers import legacy
from nianbao.readers.sniff import sniff

sys.path.insert(0, str(Path(__file__).parent))
from corpus_gen import documents
from gen.libreoffice import saved_as

PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000100ffff03000006000557bfabd40000000049454e44ae426082"
)


def _mhtml(page: bytes, encode: Callable[[MIMENonMultipart], None], header: str = "") -> bytes:
    """`page` saved as Internet Explorer and Word save one: MIME headers, the page in its
    own characters under a transfer encoding, a picture."""
    message = MIMEMultipart("related", type="text/html")
    part = MIMENonMultipart("text", "html")
    part.set_payload(page)
    encode(part)
    message.attach(part)
    picture = MIMEImage(PNG, "png")
    picture["Content-Location"] = "file:///C:/report_files/image001.png"
    message.attach(picture)
    return (header + message.as_string()).encode("ascii")


@pytest.mark.parametrize("encode", [encode_quopri, encode_base64])
def test_a_page_saved_as_one_file(encode: Callable[[MIMENonMultipart], None]) -> None:
    for doc in documents("html", 3, seed=61):
        saved = _mhtml(doc.data, encode)
        assert sniff(saved) == "mhtml"
        got = extract_bytes(saved, "report.mht")
        assert got.format == "html"
        want = {k: v for k, v in doc.truth.items() if not k.startswith("_")}
        assert got.report.to_json() == want, doc.name
        assert any("MHT" in note for note in got.notes)


def test_a_saved_page_behind_other_headers() -> None:
    page = "<html><body><table><tr><td>网站名称</td><td>甲</td></tr></table></body></html>"
    saved = _mhtml(
        page.encode(), encode_quopri, header="From: <Saved by Windows Internet Explorer 8>\n"
    )
    assert sniff(saved) == "mhtml"
    assert sniff(b"year: 2022\nsite_name: x\n") == "report"  # a YAML report is no page


def test_a_saved_page_without_a_page_part() -> None:
    message = MIMEMultipart("related")
    message.attach(MIMEImage(PNG, "png"))
    with pytest.raises(InputError, match="没有网页部分"):
        extract_bytes(message.as_bytes(), "empty.mht")


@pytest.mark.skipif(legacy.converter() is None, reason="LibreOffice is not installed")
def test_a_rich_text_file(tmp_path: Path) -> None:
    doc = next(d for d in documents("docx", 8, seed=5) if "legacy" not in d.truth["_writer"])
    data = saved_as(doc.data, ".docx", "rtf", tmp_path)
    assert sniff(data) == "rtf"
    got = extract_bytes(data, "report.rtf")
    assert got.format == "docx"
    assert got.report.to_json() == {k: v for k, v in doc.truth.items() if not k.startswith("_")}
    assert any(".rtf" in note for note in got.notes)


def test_a_rich_text_file_without_libreoffice(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(legacy, "converter", lambda: None)
    with pytest.raises(InputError) as info:
        extract_bytes(b"{\\rtf1\\ansi hello}", "report.rtf")
    assert info.value.code == "unsupported_format"
    assert ".docx" in info.value.message


def test_a_saved_page_holding_no_report_names_its_attachment() -> None:
    page = (
        "<html><body><h1>2022年政府网站工作年度报表</h1>"
        "<a href='/upload/P020230118.pdf'>年报.pdf</a></body></html>"
    )
    with pytest.raises(InputError) as info:
        extract_bytes(_mhtml(page.encode(), encode_quopri), "page.mht")
    assert info.value.code == "not_a_report"
    # The address as the page writes it, not as the transfer encoding cut it (=3D'/upload).
    assert "年报.pdf（/upload/P020230118.pdf）" in info.value.message
