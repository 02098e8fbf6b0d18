"""Letter-spacing on a PDF page: characters set one by one with a blank between them (Word's
distributed alignment, a typesetter's tracking), which pdfium gives as blanks, so that 湖口县
人民政府 reads 湖 口 县 人 民 政 府 and 98614 reads 9 8 6 1 4."""

from __future__ import annotations

from nianbao.readers.geometry import Run

_SINGLE_SHARE = 0.8
"""Share of a run's words one character long that tells letter-spacing."""
_LEAST_WORDS = 3
"""Words a run needs to tell letter-spacing by itself (two could be two words: 是 否)."""


def _letters(text: str) -> list[str] | None:
    """The words of `text` when they are single characters, mostly, each one blank apart."""
    if " " not in text:
        return None
    words = text.split(" ")
    if "" in words:
        return None  # a wider blank (two or more) parts words
    single = sum(len(word) == 1 for word in words)
    return words if single >= _SINGLE_SHARE * len(words) else None


def unspaced(runs: list[Run]) -> None:
    """Takes the blanks of letter-spacing out of the page's runs: those of runs of three
    letter-spaced characters or more; on a page letter-spaced throughout (most runs with a
    blank so), those of shorter runs too (5 2, 总 数)."""
    spaced = [(run, words) for run in runs if (words := _letters(run.text)) is not None]
    blanked = sum(" " in run.text for run in runs)
    throughout = sum(len(words) >= _LEAST_WORDS for _, words in spaced) * 2 >= blanked > 0
    for run, words in spaced:
        if throughout or len(words) >= _LEAST_WORDS:
            run.text = "".join(words)
