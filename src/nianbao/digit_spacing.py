"""Whether a writer sets numbers apart from the Chinese around them (发布信息 1179 条) or
not (发布信息1179条): a line a cell's width wrapped between the two says nothing of it
(a line may end between any two Chinese characters or digits), the rest of the text does."""

from __future__ import annotations

import re

_TIGHT_RE = re.compile(r"[\u4e00-\u9fff][0-9]|[0-9][\u4e00-\u9fff]")
_SPACED_RE = re.compile(r"[\u4e00-\u9fff] [0-9]|[0-9] [\u4e00-\u9fff]")


def joins_tight(head: str, rest: str) -> bool:
    """Whether the line `head` goes on with `rest` without a space, where one ends with a
    Chinese character and the other opens with a digit: when the two lines set numbers
    against Chinese more often without a space than with one."""
    if not _TIGHT_RE.fullmatch(head[-1:] + rest[:1]):
        return False
    both = f"{head}\n{rest}"
    return len(_TIGHT_RE.findall(both)) > len(_SPACED_RE.findall(both))
