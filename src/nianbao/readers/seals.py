"""Red seals (公章) and red ink on a scanned page, left out before it is read: a unit's
seal is stamped over its name, the signatures and at times a column of figures, and
read as it is it blots out the print under it or reads as characters of its own."""

from __future__ import annotations

import numpy as np
from PIL import Image

RED = 60
"""How much a pixel's red must exceed its green and blue for it to be red ink: print in
black or blue, paper, even paper under a warm light, stay below (a seal's ink reaches
100 and more)."""


LIGHT = 150
"""A red pixel's red channel above this is the seal's ink on paper; darker, print under
the seal shows through it (a seal stamped over figures), and stays as the red channel
shows it."""


def without_red(image: Image.Image) -> Image.Image:
    """An RGB page in shades of grey, red ink made paper. The red channel shows black and
    blue print dark and red ink light; what is clearly red is made white, since a seal's
    red channel is still a mid grey (180–210 against paper's 240) that OCR reads as
    strokes. Print under the seal stays: black ink over red is dark in every channel."""
    rgb = np.asarray(image.convert("RGB"))
    red = rgb[..., 0]
    other = np.maximum(rgb[..., 1], rgb[..., 2])
    grey = red.copy()
    grey[(red.astype(np.int16) - other > RED) & (red > LIGHT)] = 255
    return Image.fromarray(grey)
