"""Screenshots: a report's page captured from a browser or a viewer at screen resolution
(text 13 to 16 pixels high), with a browser's solid check boxes and options set in frames,
read by OCR as well as a 200-dpi scan."""

from __future__ import annotations

import io

import numpy as np
import pytest

from nianbao.readers import pixels
from nianbao.readers.ocr_text import typeset

pytest.importorskip("rapidocr_onnxruntime")


def _mask(art: list[str]) -> np.ndarray:
    width = max(len(line) for line in art)
    return np.array([[ch == "#" for ch in line.ljust(width, ".")] for line in art])


# Chromium's ticked check box, 13 pixels, enlarged to 22: a solid square with the tick cut
# out in white (the corners rounded).
_SOLID_TICK = (
    ["........"]
    + ["......" + "." + "#" * 20 + "." + "......"]
    + ["......" + "#" * 22 + "......"] * 5
    + ["......" + "#" * 15 + ".." + "#" * 5 + "......"]
    + ["......" + "#" * 14 + ".." + "#" * 6 + "......"]
    + ["......" + "#" * 13 + ".." + "#" * 7 + "......"]
    + ["......" + "#" * 4 + ".." + "#" * 6 + ".." + "#" * 8 + "......"]
    + ["......" + "#" * 5 + ".." + "#" * 4 + ".." + "#" * 9 + "......"]
    + ["......" + "#" * 6 + ".." + "#" * 2 + ".." + "#" * 10 + "......"]
    + ["......" + "#" * 7 + "...." + "#" * 11 + "......"]
    + ["......" + "#" * 8 + ".." + "#" * 12 + "......"]
    + ["......" + "#" * 22 + "......"] * 6
    + ["......" + "." + "#" * 20 + "." + "......"]
    + ["........"]
)


def test_a_solid_check_box_with_its_tick_cut_out_is_ticked() -> None:
    boxes = pixels.tick_boxes(_mask(_SOLID_TICK), 13, 40)
    assert [b.ticked for b in boxes] == [True]


def _rounded(art: list[str]) -> list[str]:
    """The square with its corners rounded (a larger check box's)."""
    out = list(art)
    for row, cut in ((1, 3), (2, 2), (3, 1), (-2, 3), (-3, 2), (-4, 1)):
        line = out[row]
        out[row] = line[:6] + "." * cut + line[6 + cut : 28 - cut] + "." * cut + line[28 - cut :]
    return out


def test_a_check_box_with_rounded_corners_is_ticked() -> None:
    # Chromium's check box at 18 pixels and more: the corners' blank is no counter.
    boxes = pixels.tick_boxes(_mask(_rounded(_SOLID_TICK)), 13, 40)
    assert [b.ticked for b in boxes] == [True]


def test_a_dense_character_is_no_solid_check_box() -> None:
    # 厦 or 息 set small and enlarged: at a light threshold nearly solid, but its counters
    # are several blank specks, never one cut-out tick.
    art = list(_SOLID_TICK)
    art[3] = "......" + "#" * 5 + "." + "#" * 16 + "......"
    art[6] = "......" + "#" * 17 + "." + "#" * 4 + "......"
    art[19] = "......" + "#" * 3 + "." + "#" * 18 + "......"
    assert [b.ticked for b in pixels.tick_boxes(_mask(art), 13, 40)] != [True]


def test_a_square_with_one_narrow_slit_is_no_check_box() -> None:
    # 西 set small: a square whose inside closes up but for a slit down the middle.
    art = [
        line[:16] + "#" * 10 + line[26:] if 2 <= i <= 20 else line
        for i, line in enumerate(_SOLID_TICK)
    ]
    art = [line[:15] + "." + line[16:] if 6 <= i <= 16 else line for i, line in enumerate(art)]
    assert [b.ticked for b in pixels.tick_boxes(_mask(art), 13, 40)] != [True]


def test_a_square_solid_only_at_a_light_threshold_is_no_check_box() -> None:
    # Grey strokes merge at the light threshold; at the dark one they stay apart.
    light = _mask(_SOLID_TICK)
    dark = light.copy()
    dark[3:20:3, 7:27] = False
    assert [b.ticked for b in pixels.tick_boxes(light, 13, 40, solid=dark)] != [True]
    assert [b.ticked for b in pixels.tick_boxes(light, 13, 40, solid=light)] == [True]


def test_a_box_framed_with_its_option_is_a_box() -> None:
    # ☐否 set in a frame of its own (a bordered label): the frame's side, four pixels
    # before the box, runs well above and below it, as no stroke of a character does.
    mask = np.zeros((60, 80), dtype=bool)
    mask[5, 10:70] = mask[54, 10:70] = True
    mask[5:55, 10] = mask[5:55, 69] = True
    mask[18, 15:37] = mask[39, 15:37] = True
    mask[18:40, 15] = mask[18:40, 36] = True
    boxes = pixels.tick_boxes(mask, 13, 40)
    assert [(b.x0, b.y0, b.ticked) for b in boxes] == [(15, 18, False)]


def test_a_box_right_after_a_character_is_still_no_box() -> None:
    # 口 inside a word: the stroke before it is as tall as the character, no taller.
    mask = np.zeros((60, 80), dtype=bool)
    mask[16:42, 10] = True
    mask[18, 15:37] = mask[39, 15:37] = True
    mask[18:40, 15] = mask[18:40, 36] = True
    assert pixels.tick_boxes(mask, 13, 40) == []


def test_the_height_of_text_lines_is_read_column_by_column() -> None:
    # Two columns of lines 15 pixels high, the second offset by 10: across the page their
    # bands run together, down each column they do not.
    mask = np.zeros((400, 320), dtype=bool)
    for top in range(20, 360, 25):
        mask[top : top + 15, 20:140] = True
        mask[top + 10 : top + 25, 180:300] = True
    assert pixels.text_height(mask) == 15.0


def test_a_blank_page_has_no_text_height() -> None:
    assert pixels.text_height(np.zeros((50, 50), dtype=bool)) == 0.0


@pytest.mark.parametrize(
    ("read", "meant"),
    [
        ("V是 ☐否", "☑是 ☐否"),
        ("☐是V否", "☐是☑否"),
        ("☐政府门户网站V部门网站☐专项网站", "☐政府门户网站☑部门网站☐专项网站"),
        # A √ against the cell's left border, its short stroke cleared with the border.
        ("/搜索即服务☑多语言版本 ☐其他", "☑搜索即服务☑多语言版本 ☐其他"),
        ("☐是 /否", "☐是 ☑否"),
        # Only the option ticked, the other left out: no box, the V alone in its cell.
        ("V是", "√是"),
        ("v 否", "√否"),
    ],
)
def test_a_tick_read_as_v_among_boxes_is_a_tick(read: str, meant: str) -> None:
    assert typeset(read) == meant


@pytest.mark.parametrize(
    "read",
    [
        "V是否",
        "VR是",
        "☑VR全景",
        "☐是 ☑否 TV台",
        "/搜索即服务",
        "☐是/否",
        "☐其他 https://a.gov.cn/政务",
    ],
)
def test_a_v_that_is_no_tick_stays(read: str) -> None:
    assert typeset(read) == read


def test_the_seed_captured_at_screen_resolution_reads_back_its_values() -> None:
    # The official table at 120 dpi: its text about 13 pixels high, as a screenshot of a
    # PDF viewer shows it.
    from gen.pdf_out import rasterise  # noqa: PLC0415
    from test_ocr import LEVELS, seed_truth  # noqa: PLC0415

    from nianbao.coerce import report_from_mapping  # noqa: PLC0415
    from nianbao.extract import extract_bytes  # noqa: PLC0415
    from nianbao.extract.evaluate import score  # noqa: PLC0415
    from nianbao.render import render  # noqa: PLC0415

    pdf = render(report_from_mapping(seed_truth()), "pdf")
    (image,) = rasterise(pdf, dpi=120, pages=1)
    out = io.BytesIO()
    image.save(out, "PNG")
    extraction = extract_bytes(out.getvalue(), "screenshot.png")
    result = score("screenshot.png", extraction.report.to_json(), seed_truth())
    assert result.lost <= LEVELS["generated"]["scan"]["max_lost"], result.to_dict()
