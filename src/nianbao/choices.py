"""Tick marks, yes/no and choices: which options a cell says are ticked."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import lru_cache

from nianbao.cells import (
    _FOLD,
    NormalizeError,
    _fail,
    _fold,
    _prepare,
    _show,
)

# --------------------------------------------------------------------------- tick marks

_TICK, _UNTICK = "☑", "☐"
_TICK_CHARS = "☑✓✔√■☒⊠⬛✅●◉"
# × ✗ ✘ mark a wrong answer on Chinese forms, so next to an option they mean "not this one".
_UNTICK_CHARS = "☐□○◯×✗✘"
_INPUT_RE = re.compile(r"<input\b[^<>]*>", re.IGNORECASE)
_CHECKED_RE = re.compile(r"\bchecked\b", re.IGNORECASE)
_BRACKET_RE = re.compile(r"[(\[] *([√✓✔☑■xX*×✗✘]?) *[)\]]")
_MARK_RE = f"[{_TICK_CHARS}{_UNTICK_CHARS}]"
_SEP_RE = r"[、,;/|。]+|和|及"
_SEP_SPLIT_RE = re.compile(_SEP_RE)
_NOTE_OPENERS = "(:"
"""What opens a note written after an option's name (folded: full-width forms are ASCII)."""

_OptionsKey = tuple[tuple[str, tuple[str, ...]], ...]


def _options_key(options: Mapping[str, Sequence[str]]) -> _OptionsKey:
    return tuple((k, (v,) if isinstance(v, str) else tuple(v)) for k, v in options.items())


@lru_cache(maxsize=256)
def _option_index(key: _OptionsKey) -> tuple[dict[str, str], re.Pattern[str], re.Pattern[str]]:
    """Label → key, plus the tick-scanning and choice-scanning patterns for these options."""
    lookup: dict[str, str] = {}
    for option, labels in key:
        for label in (option, *labels):
            compact = "".join(label.translate(_FOLD).split())
            if compact:
                lookup.setdefault(compact, option)
    # Longest first, so 政府门户网站 wins over its variant 门户网站 at the same position.
    alternatives = "|".join(map(re.escape, sorted(lookup, key=len, reverse=True))) or "(?!)"
    ticks = re.compile(f"(?P<mark>{_MARK_RE})|(?P<label>{alternatives})")
    choices = re.compile(f"(?P<label>{alternatives})|(?P<sep>{_SEP_RE})")
    return lookup, ticks, choices


def _canonical_marks(folded: str) -> str:
    """HTML checkboxes and bracketed marks ((√), [x], ( )) as the single characters ☑ and ☐."""
    if "<" in folded:
        folded = _INPUT_RE.sub(lambda m: _TICK if _CHECKED_RE.search(m[0]) else _UNTICK, folded)
    if "(" in folded or "[" in folded:
        folded = _BRACKET_RE.sub(lambda m: _UNTICK if m[1] in "×✗✘" else _TICK, folded)
    return folded


def _scan_ticks(text: str, options: Mapping[str, Sequence[str]]) -> tuple[list[str], str] | None:
    """Ticked keys in options order and the text beside a tick that names no option ("" if
    none); None when the folded text carries no tick marks."""
    lookup, pattern, _ = _option_index(_options_key(options))
    chunks = _canonical_marks(text).split()
    compact = "".join(chunks)
    gaps: set[int] = set()  # positions in compact that had whitespace before them
    at = 0
    for chunk in chunks:
        gaps.add(at)
        at += len(chunk)
    tokens = [(m.lastgroup == "mark", m[0], m.start(), m.end()) for m in pattern.finditer(compact)]
    marks = [i for i, tok in enumerate(tokens) if tok[0]]
    if not marks:
        return None

    def neighbour(i: int, step: int) -> str | None:
        j = i + step
        if not 0 <= j < len(tokens) or tokens[j][0]:
            return None
        touching = tokens[j][2] == tokens[i][3] if step > 0 else tokens[j][3] == tokens[i][2]
        return lookup[tokens[j][1]] if touching else None

    after = {i: neighbour(i, 1) for i in marks}
    before = {i: neighbour(i, -1) for i in marks}
    # A mark belongs to the label after it (☑是) or before it (是√); the whole cell uses one
    # convention, so decide it once from where all the marks sit.
    style = "after" if all(after.values()) else "before" if all(before.values()) else "nearest"
    if style == "after" and all(before.values()):
        # Every mark sits between two labels (是√否): whitespace shows which one it hugs.
        votes = sum(
            (tokens[i][2] in gaps and tokens[i][3] not in gaps)
            - (tokens[i][3] in gaps and tokens[i][2] not in gaps)
            for i in marks
        )
        style = "after" if votes > 0 or (votes == 0 and tokens[0][0]) else "before"
    # Under mixed marks, a label a mark stands before is that mark's: a box closing the text
    # (☑是 ☐否 ☑) ticks none of them.
    owned = {after[i] for i in marks if after[i]} if style == "nearest" else set()
    ticked: set[str] = set()
    stray = ""
    for i in marks:
        behind = before[i] if before[i] not in owned else None
        target = before[i] if style == "before" else after[i] or behind
        if tokens[i][1] in _UNTICK_CHARS:
            continue
        if target is not None:
            ticked.add(target)
        elif not stray:
            end = tokens[i + 1][2] if i + 1 < len(tokens) else len(compact)
            start = tokens[i - 1][3] if i > 0 else 0
            stray = compact[tokens[i][3] : end] or compact[start : tokens[i][2]] or tokens[i][1]
    return [k for k in options if k in ticked], stray


def ticked_options(text: str, options: Mapping[str, Sequence[str]]) -> list[str] | None:
    """Keys whose label has a tick beside it, in options order; None if ``text`` has no marks."""
    if not isinstance(text, str):
        raise _fail(text, "不是文字", "请填写选项的名称")
    if _prepare(text) is None:
        return None
    result = _scan_ticks(_fold(text), options)
    return None if result is None else result[0]


# --------------------------------------------------------------------------- choices

_TRUE_WORDS = frozenset({"是", "有", "yes", "y", "true", "1", *_TICK_CHARS})
_FALSE_WORDS = frozenset({"否", "无", "没有", "no", "n", "false", "0", *_UNTICK_CHARS})
_BOOL_OPTIONS = {"true": ("是", "有"), "false": ("否", "无", "没有")}
_BOOL_ADVICE = "请填写 是 或 否"


def parse_bool(raw: object) -> bool | None:
    """是/否, 有/无, yes/no, a lone tick box, or a ticked option in ☑是 □否."""
    if raw is None:
        return None
    if isinstance(raw, bool):
        return raw
    if isinstance(raw, int | float) and raw in (0, 1):
        return bool(raw)
    if not isinstance(raw, str):
        raise _fail(raw, "不是“是”或“否”", _BOOL_ADVICE)
    text = _prepare(raw)
    if text is None:
        return None
    folded = _canonical_marks(_fold(text))
    word = folded.rstrip("。.").strip().lower()
    if word in _TRUE_WORDS:
        return True
    if word in _FALSE_WORDS:
        return False
    scanned = _scan_ticks(folded, _BOOL_OPTIONS)
    if scanned is None:
        raise _fail(raw, "不是“是”或“否”", _BOOL_ADVICE)
    keys, stray = scanned
    if stray:
        raise _fail(raw, f"勾选的「{_show(stray)}」不是“是”或“否”", "请勾选“是”或“否”")
    if len(keys) == 2:
        raise _fail(raw, "同时勾选了“是”和“否”", "请只勾选一项")
    if not keys:
        raise _fail(raw, "没有勾选任何一项", "请勾选“是”或“否”")
    return keys[0] == "true"


def _unknown_choice(raw: object, item: str, options: Mapping[str, Sequence[str]]) -> NormalizeError:
    labels = [v if isinstance(v, str) else v[0] for v in options.values() if v]
    advice = f"请从 {'、'.join(labels)} 中选择" if labels else "这里没有可以选择的项"
    return _fail(item or raw, "不是可选的项", advice)


def _choice_keys(raw: str, options: Mapping[str, Sequence[str]]) -> list[str]:
    text = _prepare(raw)
    if text is None:
        return []
    folded = _fold(text)
    scanned = _scan_ticks(folded, options)
    if scanned is not None:
        keys, stray = scanned
        if stray:
            raise _unknown_choice(raw, stray, options)
        return keys
    lookup, _, pattern = _option_index(_options_key(options))
    compact = "".join(folded.split())
    keys, at, last = [], 0, ""
    for match in pattern.finditer(compact):
        if match.start() != at:
            break
        if match.lastgroup == "label":
            keys.append(lookup[match[0]])
        at, last = match.end(), match.lastgroup or ""
    if at == len(compact):
        return keys
    if last == "label" and compact[at] in _NOTE_OPENERS:
        return keys  # the last option named with a note after it: 其他（开通英文版）
    # Name the whole separated item, not just the unknown part of it (省政府门户网站, not 省).
    unknown = [p for p in _SEP_SPLIT_RE.split(compact) if p and p not in lookup]
    raise _unknown_choice(raw, unknown[0] if unknown else compact[at:], options)


def parse_choices(raw: object, options: Mapping[str, Sequence[str]]) -> list[str]:
    """The chosen option keys, in options order, from keys, labels, lists or ticked text."""
    if raw is None:
        return []
    items = raw if isinstance(raw, list | tuple) else [raw]
    if len(items) > 1000:
        raise _fail(raw, "内容过长", "选项不能超过 1000 个")
    chosen: set[str] = set()
    for item in items:
        if item is None:
            continue
        if not isinstance(item, str):
            raise _unknown_choice(item, "", options)
        chosen.update(_choice_keys(item, options))
    return [k for k in options if k in chosen]
