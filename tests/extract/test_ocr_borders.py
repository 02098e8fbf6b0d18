"""Lone zeros and borders in OCR (readers.ocr, ocr_crops.zeros and ring, pixels.ruled):
recognition reads crops of a page whose table borders are cleared, since a border at a
crop's edge is read as 1 or I and a lone 0 beside one is not read at all; and a lone 0
that recognition takes for a full stop (。, o at a low score) is told by its ink."""

from __future__ import annotations

import numpy as np
import pytest

from locations import FIXTURES
from nianbao.readers import ocr_text, pixels
from nianbao.readers.frames import frames
from nianbao.readers.geometry import Run
from nianbao.readers.ocr_crops import recover, ring, zeros


def test_ruled_marks_short_rulings_and_long_lines_with_their_edges() -> None:
    lines = np.zeros((40, 60), dtype=bool)
    lines[5, :] = True  # a long line of the light mask
    # A vertical ruling one row high: too short for the line mask, a border all the same.
    out = pixels.ruled(lines, [(30.0, 0.0, 60.0)], [(20.0, 5.0, 30.0)])
    assert out[4:7, :].all()
    assert out[29:32, :].all()
    assert out[5:30, 19:22].all()
    assert not out[15, [17, 23]].any()
    assert not out[10, 40]


def _rectangle(mask: np.ndarray, x0: int, y0: int, x1: int, y1: int) -> None:
    mask[y0, x0:x1] = mask[y1 - 1, x0:x1] = True
    mask[y0:y1, x0] = mask[y0:y1, x1 - 1] = True


def test_frames_are_rectangles_a_line_high_and_wider_than_a_character() -> None:
    mask = np.zeros((80, 300), dtype=bool)
    _rectangle(mask, 10, 10, 70, 46)  # a framed option, 36 high for lines 25 high
    mask[20:36, 20:60] = True  # its word, the frame apart
    _rectangle(mask, 100, 14, 120, 34)  # a check box: as wide as it is high
    _rectangle(mask, 140, 5, 200, 75)  # too high for one line: a cell of three
    mask[50:53, 210:290] = True  # a thick rule, no sides
    out = frames(mask, 25)
    for edge in (out[10, 10:70], out[45, 10:70], out[10:46, 10], out[10:46, 69]):
        assert edge.all()
    assert not out[22:34, 22:58].any()
    assert not out[:, 95:295].any()


def test_a_solid_block_is_no_frame() -> None:
    mask = np.zeros((60, 100), dtype=bool)
    mask[10:50, 10:90] = True
    assert not frames(mask, 25).any()


def _page(*shapes: tuple[str, int, int, int, int]) -> np.ndarray:
    """A 60×200 page with rings (an ellipse's outline) and discs drawn at given boxes."""
    yy, xx = np.mgrid[0:60, 0:200]
    page = np.zeros((60, 200), dtype=bool)
    for kind, x0, y0, x1, y1 in shapes:
        cy, cx, ry, rx = (y0 + y1) / 2, (x0 + x1) / 2, (y1 - y0) / 2, (x1 - x0) / 2
        d = ((yy - cy) / ry) ** 2 + ((xx - cx) / rx) ** 2
        page |= (d <= 1) & ((d >= 0.55) if kind == "ring" else True)
    return page


def test_a_digit_tall_loop_is_a_ring() -> None:
    assert ring(_page(("ring", 10, 20, 24, 40)), 25)


@pytest.mark.parametrize(
    "shape",
    [
        ("ring", 10, 30, 19, 39),  # a full stop: half a line high
        ("disc", 10, 20, 24, 40),  # no hole
        ("ring", 10, 20, 60, 40),  # wider than tall twice over
    ],
)
def test_what_is_no_digit_ring(shape: tuple[str, int, int, int, int]) -> None:
    assert not ring(_page(shape), 25)


def test_a_ring_is_judged_without_the_border_end_beside_it() -> None:
    page = _page(("ring", 10, 20, 24, 40))
    page[10:50, 2] = True  # a border's end, apart from the ring
    assert ring(page, 25)


def test_a_full_stop_over_a_ring_is_a_zero_and_other_reads_stay() -> None:
    ink = _page(("ring", 10, 20, 24, 40), ("ring", 60, 30, 69, 39), ("disc", 100, 20, 114, 40))
    runs = [
        Run("。", (8.0, 18.0, 26.0, 42.0)),
        Run("。", (58.0, 28.0, 71.0, 41.0)),
        Run("o", (98.0, 18.0, 116.0, 42.0)),
        Run("01", (8.0, 18.0, 26.0, 42.0)),
    ]
    assert [run.text for run in zeros(runs, ink, 25)] == ["0", "。", "o", "01"]


class _Engine:
    """Reads every crop as o at a low score, as recognition reads a lone 0."""

    def text_rec(self, crops: list[object]) -> tuple[list[tuple[str, float]], None]:
        return [("o", 0.36) for _ in crops], None


def test_recovered_blobs_at_a_low_score_are_kept_only_as_zeros() -> None:
    ink = _page(("ring", 20, 12, 34, 40), ("disc", 120, 12, 134, 40))
    rgb = np.full((60, 200, 3), 255, dtype=np.uint8)
    found = recover(_Engine(), rgb, ink, [], 25)
    assert [(run.text, run.box[0] < 100) for run in found] == [("0", True)]


def _beside(fixture: str, labels: tuple[str, ...]) -> dict[str, list[str]]:
    """What a fixture page's OCR reads right of each label, on the label's line, left to
    right (the label: the first run opening with it)."""
    pytest.importorskip("rapidocr_onnxruntime")
    from PIL import Image  # noqa: PLC0415

    from nianbao.readers import ocr  # noqa: PLC0415

    page = Image.open(FIXTURES / "scans" / fixture).convert("L")
    runs, _ = ocr.page_runs(ocr._engine(), page)
    read = {}
    for label in labels:
        head = next(run for run in runs if run.text.startswith(label))
        middle = (head.box[1] + head.box[3]) / 2
        beside = [r for r in runs if r.box[0] > head.box[2] and r.box[1] < middle < r.box[3]]
        read[label] = [run.text for run in sorted(beside, key=lambda run: run.box[0])]
    return read


def test_lone_zeros_beside_borders_in_a_screenshot_are_read() -> None:
    # Part of a generated HTML report as Chromium captures it (96 dpi, enlarged for OCR):
    # each of these rows holds a lone 0 in a cell to the right of its label.
    labels = ("解读产品数量", "注册用户数", "可全程在线办理政务服务事项数量")
    labels += ("公布调查结果期数", "网民留言数量", "答复网民提问数量")
    assert _beside("screenshot_zeros.png", labels) == {label: ["0"] for label in labels}


def test_a_tick_against_a_cells_left_border_is_read() -> None:
    # The top of a Chromium capture of a generated report (quantised to 16 greys): the √
    # of √是 □否 stands two pixels from its cell's border, and with the border in the crop
    # recognition reads the pair as nothing.
    beside = _beside("screenshot_tick.png", ("是否发布服务事项目录",))["是否发布服务事项目录"]
    assert [ocr_text.typeset(text) for text in beside] == ["☑是☐否"]


class _Blind:
    """Detects nothing (as with text in narrow cells on a screenshot) and reads each crop as
    its width, so that a test sees the crops recovered text was read from."""

    def text_det(self, image: object) -> tuple[None, None]:
        return None, None

    def text_rec(self, crops: list[np.ndarray]) -> tuple[list[tuple[str, float]], None]:
        return [(f"w{crop.shape[1]}", 0.99) for crop in crops], None


def test_text_recovered_across_a_border_is_cut_at_it() -> None:
    # Two narrow cells (200–236, 236–272) with a character each, close to the border
    # between them: the undetected ink is found as one blob over both.
    from PIL import Image  # noqa: PLC0415

    from nianbao.readers import ocr  # noqa: PLC0415

    page = np.full((160, 600), 255, dtype=np.uint8)
    page[50:52, 20:580] = page[110:112, 20:580] = 0
    for x in (20, 200, 236, 272, 579):
        page[50:112, x] = 0
    for left in (216, 240):  # a + shape, 22 pixels high
        page[69:72, left : left + 18] = 0
        page[60:82, left + 8 : left + 11] = 0
    runs, _ = ocr.page_runs(_Blind(), Image.fromarray(page))
    assert len(runs) == 2
    assert all(run.box[2] <= 236 or run.box[0] >= 236 for run in runs)


def test_options_each_in_a_frame_are_read() -> None:
    # Rows of a Chromium capture of a generated report (quantised to 16 greys) whose yes/no
    # options each stand in a bordered label: with the frames in the crop recognition read
    # □是 √否 as 是香, and √是 □否 as nothing.
    read = _beside("screenshot_frames.png", ("是否提供智能问答", "是否有政务新媒体"))
    assert {label: ocr_text.typeset("".join(texts)) for label, texts in read.items()} == {
        "是否提供智能问答": "☐是☑否",
        "是否有政务新媒体": "☑是☐否",
    }
