"""Runs of one OCR line whose detected boxes overlap are cut apart at the blank between
their texts (readers.ocr_crops.apart): a box reaching into its neighbour's character reads
that edge as a character of its own (审核人：刘洋 then 羊填报人：…)."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest

from locations import FIXTURES
from nianbao.readers.geometry import Run
from nianbao.readers.ocr_crops import apart as _apart


class _Engine:
    """Reads each crop as its width, so a test sees where the crops were cut."""

    def text_rec(self, crops: list[Any]) -> tuple[list[tuple[str, float]], None]:
        return [(f"w{crop.shape[1]}", 0.99) for crop in crops], None


def _line(*spans: tuple[int, int]) -> np.ndarray:
    ink = np.zeros((60, 400), dtype=bool)
    for start, end in spans:
        ink[20:40, start:end] = True
    return ink


RGB = np.full((60, 400, 3), 255, dtype=np.uint8)


def test_overlapping_boxes_are_cut_at_the_blank_between_their_texts() -> None:
    # Text at 10–150 and 200–350; the second box starts at 140, over the first's end.
    runs = [
        Run("审核人：刘洋", (10.0, 18.0, 152.0, 42.0)),
        Run("羊填报人", (140.0, 18.0, 352.0, 42.0)),
    ]
    out = _apart(_Engine(), RGB, runs, _line((10, 150), (200, 350)))
    # The second now starts in the blank, past the first's last character.
    assert out[0].box == runs[0].box
    assert 150 <= out[1].box[0] < 200
    assert out[1].box[2] == 352.0
    assert out[1].text == f"w{353 - int(out[1].box[0])}"


def test_boxes_that_do_not_overlap_are_left_alone() -> None:
    runs = [Run("刘洋", (10.0, 18.0, 152.0, 42.0)), Run("填报人", (190.0, 18.0, 352.0, 42.0))]
    assert _apart(_Engine(), RGB, runs, _line((10, 150), (200, 350))) == runs


def test_overlapping_boxes_over_unbroken_text_are_left_alone() -> None:
    # No blank to cut at: which box holds which character cannot be told.
    runs = [Run("一二三", (10.0, 18.0, 200.0, 42.0)), Run("三四五", (180.0, 18.0, 352.0, 42.0))]
    assert _apart(_Engine(), RGB, runs, _line((10, 350))) == runs


def test_a_blank_inside_the_first_text_is_no_place_to_cut() -> None:
    # The texts run into each other where the boxes overlap; the only blank near lies
    # within the first text, before the overlap.
    runs = [Run("一二 三", (10.0, 18.0, 152.0, 42.0)), Run("四五", (140.0, 18.0, 352.0, 42.0))]
    assert _apart(_Engine(), RGB, runs, _line((10, 120), (135, 350))) == runs


def test_runs_on_different_lines_are_left_alone() -> None:
    runs = [Run("上", (10.0, 0.0, 152.0, 30.0)), Run("下", (140.0, 25.0, 352.0, 58.0))]
    assert _apart(_Engine(), RGB, runs, _line((10, 150), (200, 350))) == runs


def test_a_scanned_signature_line_reads_each_name_once() -> None:
    # The line under a generated scan's table (blurred at 200 dpi), where the detector's
    # boxes overlapped: 单位负责人：肖 then 肖红萍, 联系电话：0 then 0431-…
    pytest.importorskip("rapidocr_onnxruntime")
    from PIL import Image  # noqa: PLC0415

    from nianbao.readers import ocr  # noqa: PLC0415

    page = Image.open(FIXTURES / "scans" / "footer_line.png")
    runs, _ = ocr.page_runs(ocr._engine(), page)
    texts = [run.text for run in sorted(runs, key=lambda run: run.box[0]) if run.box[0] > 130]
    assert texts[:2] == ["单位负责人：", "肖红萍"]
    assert "联系电话：" in texts
    assert "".join(texts).count("肖") == 1
