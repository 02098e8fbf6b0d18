"""Scans: OCR with tick boxes read from the pixels, on the seed's official form.

One clean 200-dpi page runs in the normal suite; the scan corpus (clean, and rotated
1–2° with noise) runs under `make fuzz`/`-m slow`, against quality.yaml.
"""

from __future__ import annotations

import io
import json
import random
import sys
from pathlib import Path

import pytest
import yaml
from gen.pdf_out import rasterise, scanned
from hypothesis import settings
from PIL import Image

from locations import CORPUS
from nianbao.coerce import report_from_mapping
from nianbao.extract import extract_bytes
from nianbao.extract.evaluate import Evaluation, score
from nianbao.readers import pixels
from nianbao.render import render

pytest.importorskip("rapidocr_onnxruntime")

LEVELS = yaml.safe_load((Path(__file__).parent / "quality.yaml").read_text("utf-8"))
SLOW = settings.default.max_examples < 1000
NOTO_BOLD = "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc"  # fonts-noto-cjk


def seed_truth() -> dict[str, object]:
    data = json.loads((CORPUS / "truth" / "000.json").read_text("utf-8"))
    return {k: v for k, v in data.items() if not k.startswith("_")}


def seed_page(angle: float = 0.0, noise: float = 0.0) -> bytes:
    pdf = render(report_from_mapping(seed_truth()), "pdf")
    (image,) = rasterise(pdf, pages=1)
    image = scanned(image, random.Random(5), angle, noise)
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def test_a_clean_scan_of_the_seed_reads_back_its_values() -> None:
    extraction = extract_bytes(seed_page(), "seed.png")
    assert extraction.format == "image"
    assert extraction.ocr
    result = score("seed.png", extraction.report.to_json(), seed_truth())
    assert result.accuracy >= LEVELS["generated"]["scan"]["accuracy"], result.to_dict()
    assert result.lost <= LEVELS["generated"]["scan"]["max_lost"], result.to_dict()
    # The tick boxes come from the pixels: every yes/no and choice is right.
    truth = seed_truth()
    for key in ("site_type", "service_catalog_published", "smart_qa", "innovation"):
        assert extraction.report.to_json().get(key) == truth[key], key
    assert all(0 < c <= 1 for c in extraction.confidence.values())


@pytest.mark.parametrize("turn", [180, 270])  # 270: sideways, then upside down
def test_a_page_scanned_upside_down_or_sideways_is_turned_upright(turn: int) -> None:
    image = Image.open(io.BytesIO(seed_page())).rotate(turn, expand=True, fillcolor=255)
    out = io.BytesIO()
    image.save(out, "PNG")
    extraction = extract_bytes(out.getvalue(), "turned.png")
    result = score("turned.png", extraction.report.to_json(), seed_truth())
    assert result.accuracy >= LEVELS["generated"]["scan"]["accuracy"], result.to_dict()


def test_red_seals_over_the_text_do_not_blot_it_out() -> None:
    # Two 公章 pressed over the unit's name and the signature line, in red ink that darkens
    # what lies under it (multiplied), as a colour scan shows them.
    from PIL import Image, ImageChops, ImageDraw, ImageFont  # noqa: PLC0415

    page = Image.open(io.BytesIO(seed_page())).convert("RGB")
    seal = Image.new("RGB", page.size, "white")
    draw = ImageDraw.Draw(seal)
    font = ImageFont.truetype(NOTO_BOLD, 34)
    width, height = page.size
    red = (220, 30, 40)
    for cx, cy in ((int(width * 0.35), int(height * 0.12)), (int(width * 0.7), int(height * 0.93))):
        draw.ellipse((cx - 150, cy - 150, cx + 150, cy + 150), outline=red, width=9)
        draw.text((cx - 120, cy - 20), "海口市卫生健康委员会", fill=red, font=font)
        draw.regular_polygon((cx, cy - 70, 35), 5, fill=red)
    out = io.BytesIO()
    ImageChops.multiply(page, seal).save(out, "PNG")
    extraction = extract_bytes(out.getvalue(), "sealed.png")
    result = score("sealed.png", extraction.report.to_json(), seed_truth())
    assert result.lost <= LEVELS["generated"]["scan"]["max_lost"], result.to_dict()
    got = extraction.report.to_json()
    assert (got["sponsor"], got["homepage_url"]) == (
        seed_truth()["sponsor"],
        seed_truth()["homepage_url"],
    )


def test_a_report_pasted_into_word_as_a_picture_is_read_as_a_scan() -> None:
    import docx  # noqa: PLC0415
    from docx.shared import Cm  # noqa: PLC0415

    document = docx.Document()
    document.add_paragraph("附件")
    document.add_picture(io.BytesIO(seed_page()), width=Cm(16))
    out = io.BytesIO()
    document.save(out)
    extraction = extract_bytes(out.getvalue(), "pasted.docx")
    assert (extraction.format, extraction.ocr) == ("docx", True)
    result = score("pasted.docx", extraction.report.to_json(), seed_truth())
    assert result.lost <= LEVELS["generated"]["scan"]["max_lost"], result.to_dict()


def scan_pdf(lines: list[str], size: float = 1.0, shown: bool = False) -> bytes:
    """The seed page scanned into a PDF, under an invisible text layer of `lines` (`size`:
    the share of the page's width and height the picture takes, from its top; `shown`: the
    lines visible)."""
    import ctypes  # noqa: PLC0415

    import pypdfium2 as pdfium  # type: ignore[import-untyped]  # noqa: PLC0415
    from PIL import Image  # noqa: PLC0415

    pdf = pdfium.PdfDocument.new()
    width, height = 595.0, 842.0
    page = pdf.new_page(width, height)
    picture = pdfium.PdfImage.new(pdf)
    picture.set_bitmap(pdfium.PdfBitmap.from_pil(Image.open(io.BytesIO(seed_page()))))
    picture.set_matrix(
        pdfium.PdfMatrix().scale(width * size, height * size).translate(0, height * (1 - size))
    )
    page.insert_obj(picture)
    for i, line in enumerate(lines):
        text = pdfium.raw.FPDFPageObj_NewTextObj(pdf.raw, b"Helvetica", 9.0)
        buffer = ctypes.create_string_buffer((line + "\0").encode("utf-16-le"))
        pdfium.raw.FPDFText_SetText(text, ctypes.cast(buffer, ctypes.POINTER(ctypes.c_ushort)))
        if not shown:
            pdfium.raw.FPDFTextObj_SetTextRenderMode(text, pdfium.raw.FPDF_TEXTRENDERMODE_INVISIBLE)
        pdfium.raw.FPDFPageObj_Transform(text, 1, 0, 0, 1, 60, height - 80 - 18 * i)
        pdfium.raw.FPDFPage_InsertObject(page.raw, text)
    page.gen_content()
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


@pytest.mark.parametrize(
    "lines",
    [
        # A font without a usable Unicode map: GBK bytes read as Latin-1 (网站名称 → ÍøÕ¾Ãû³Æ).
        [
            label.encode("gbk").decode("latin-1")
            for label in ["网站名称", "首页网址", "主办单位", "政府网站标识码", "独立用户访问总量"]
            * 4
        ],
        # Readable, but no report: a title and a caption over the scanned table.
        ["Scanned by the office copier, 2025-01-20, 300 dpi, colour, page 1 of 1"],
    ],
    ids=["mojibake", "not-a-report"],
)
def test_a_scanned_pdf_under_a_useless_text_layer_is_read_as_a_scan(lines: list[str]) -> None:
    extraction = extract_bytes(scan_pdf(lines), "scanned.pdf")
    assert (extraction.format, extraction.ocr) == ("pdf", True)
    result = score("scanned.pdf", extraction.report.to_json(), seed_truth())
    assert result.lost <= LEVELS["generated"]["scan"]["max_lost"], result.to_dict()


def _searchable(lines: list[str]) -> bytes:
    """The seed page scanned into a PDF under an OCR layer of `lines` (invisible text)."""
    import pypdfium2 as pdfium  # noqa: PLC0415
    import weasyprint  # type: ignore[import-untyped]  # noqa: PLC0415

    page_html = "".join(f"<p>{line}</p>" for line in lines)
    pdf = pdfium.PdfDocument(weasyprint.HTML(string=f"<meta charset=utf-8>{page_html}").write_pdf())
    page = pdf[0]
    for obj in list(page.get_objects()):
        if obj.type == pdfium.raw.FPDF_PAGEOBJ_TEXT:
            pdfium.raw.FPDFTextObj_SetTextRenderMode(
                obj.raw, pdfium.raw.FPDF_TEXTRENDERMODE_INVISIBLE
            )
    width, height = page.get_size()
    picture = pdfium.PdfImage.new(pdf)
    picture.set_bitmap(pdfium.PdfBitmap.from_pil(Image.open(io.BytesIO(seed_page()))))
    picture.set_matrix(pdfium.PdfMatrix().scale(width, height))
    page.insert_obj(picture)
    page.gen_content()
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


def test_a_searchable_scans_ocr_layer_of_the_printed_form_only() -> None:
    # A scanner's OCR layer holding the form's printed labels, not the figures written in:
    # the pictures, read, hold more.
    truth = seed_truth()
    labels = [f"网站名称 {truth['site_name']}", f"主办单位 {truth['sponsor']}", "首页网址"]
    labels += ["政府网站标识码", "ICP备案号", "公安机关备案号", "独立用户访问总量（单位：个）"]
    labels += ["网站总访问量（单位：次）", "注册用户数（单位：个）", "政务服务事项数量（单位：项）"]
    extraction = extract_bytes(_searchable(labels), "searchable.pdf")
    assert (extraction.format, extraction.ocr) == ("pdf", True)
    result = score("searchable.pdf", extraction.report.to_json(), seed_truth())
    assert result.lost <= LEVELS["generated"]["scan"]["max_lost"], result.to_dict()


def test_a_table_pasted_as_a_picture_under_a_title_is_read_as_a_scan() -> None:
    # A Word file printed to PDF: a title and a note as text, the table a screenshot
    # taking a third of the page (less than a scan's whole page).
    data = scan_pdf(["Annual report of the website, see the table above"], 0.6, shown=True)
    extraction = extract_bytes(data, "pasted.pdf")
    assert (extraction.format, extraction.ocr) == ("pdf", True)
    result = score("pasted.pdf", extraction.report.to_json(), seed_truth())
    assert result.accuracy >= 0.9, result.to_dict()


def test_deskew_finds_the_rotation_of_a_page() -> None:
    import numpy as np  # noqa: PLC0415
    from PIL import Image  # noqa: PLC0415

    image = Image.open(io.BytesIO(seed_page(angle=1.5))).convert("L")
    assert pixels.deskew_angle(np.asarray(image)) == pytest.approx(-1.5, abs=0.1)


@pytest.mark.slow
@pytest.mark.skipif(SLOW, reason="the scan corpus takes minutes: make fuzz")
@pytest.mark.parametrize(("kind", "count"), [("scan", 10), ("scan_noisy", 6)])
def test_scan_corpus_quality(kind: str, count: int) -> None:
    from corpus_gen import documents  # noqa: PLC0415

    result = Evaluation()
    for doc in documents(kind, count, corpus=CORPUS):
        extraction = extract_bytes(doc.data, doc.name + doc.suffix)
        result.add(score(doc.name, extraction.report.to_json(), doc.truth, extraction.format))
    level = LEVELS["generated"][kind]
    assert result.accuracy >= level["accuracy"], [f.to_dict() for f in result.worst(3)]
    assert result.max_lost <= level["max_lost"], [f.to_dict() for f in result.worst(3)]


def test_without_the_ocr_extra_scans_get_a_clear_message(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from nianbao.errors import UnsupportedFormatError  # noqa: PLC0415
    from nianbao.readers import ocr  # noqa: PLC0415

    monkeypatch.setitem(sys.modules, "rapidocr_onnxruntime", None)
    with pytest.raises(UnsupportedFormatError, match=r"nianbao\[ocr\]"):
        ocr._engine.__wrapped__()


def _table_pdf(rows: list[tuple[str, str]], title: str = "") -> bytes:
    import weasyprint  # noqa: PLC0415

    cells = "".join(f"<tr><td>{label}</td><td>{value}</td></tr>" for label, value in rows)
    page = (
        "<meta charset=utf-8><style>td{border:1px solid #000;padding:4px 8px;font-size:14pt}"
        f"table{{border-collapse:collapse}}</style>{title}<table>{cells}</table>"
    )
    return bytes(weasyprint.HTML(string=page).write_pdf())


def test_a_scanned_page_among_text_pages_is_read_as_a_scan() -> None:
    # The printed pages saved as text, the signed last page scanned in as a picture.
    import pypdfium2 as pdfium  # noqa: PLC0415

    first = _table_pdf(
        [
            ("网站名称", "某县人民政府门户网站"),
            ("首页网址", "http://www.mx.gov.cn/"),
            ("政府网站标识码", "3607000001"),
            ("独立用户访问总量（单位：个）", "1516565"),
            ("网站总访问量（单位：次）", "3710118"),
            ("信息发布总数（单位：条）", "2932"),
            ("注册用户数（单位：个）", "5"),
            ("政务服务事项数量（单位：项）", "761"),
        ],
        "<h3>政府网站工作年度报表（2023年度）</h3>",
    )
    (picture,) = rasterise(
        _table_pdf([("收到留言数量（单位：条）", "139"), ("办结留言数量（单位：条）", "122")]),
        pages=1,
    )
    pdf = pdfium.PdfDocument.new()
    pdf.import_pages(pdfium.PdfDocument(first), [0])
    width, height = pdf[0].get_size()
    page = pdf.new_page(width, height)
    image = pdfium.PdfImage.new(pdf)
    image.set_bitmap(pdfium.PdfBitmap.from_pil(picture.convert("RGB")))
    image.set_matrix(pdfium.PdfMatrix().scale(width, height))
    page.insert_obj(image)
    page.gen_content()
    out = io.BytesIO()
    pdf.save(out)
    extraction = extract_bytes(out.getvalue(), "mixed.pdf")
    got = extraction.report.to_json()
    assert (got.get("site_name"), got.get("unique_visitors")) == ("某县人民政府门户网站", 1516565)
    assert (got.get("messages_received"), got.get("messages_closed")) == (139, 122)
    assert extraction.ocr
