"""Fields of a block of labels abreast (pdfplumber, pypdfium2), mended where the walk read
its labels apart from the block: a head cut at its line's end may be finished by a rest
that reads alone as another field's generic label (信息公开目录信息 | 发布量(单位:条), where 发布量
alone is 微博's), and a generic label the walk gave another group's field after such a
misread (信 息 发 布 量 under 微博 read as 微信's) belongs to the group the block's other
labels name."""

from __future__ import annotations

from nianbao.extract.labels import normalize_label
from nianbao.extract.placement import Placement
from nianbao.forms.model import Field


def without_head_rests(walk: Placement, lines: list[int], fields: list[Field]) -> list[Field]:
    """`fields`, named by the block's `lines`, less those of labels the walk read on their
    own that finish a label's head on a line above them in the block."""
    index = walk.index
    heads: list[tuple[int, str, Field]] = []
    for r in lines:
        for token in walk.rows[r]:
            if token.piece.kind != "value":
                continue
            words = token.piece.text.split()
            for k, word in enumerate(words):
                head = index.field_heads.get(normalize_label(word))
                if head is not None:
                    # With the words after it (可全程在线办理 政): its rest goes on from there.
                    heads.append((r, "".join(words[k:]), head))
    if not heads:
        return fields
    out = list(fields)
    for r in sorted(lines):  # top down: a head joined to its rest is spent first
        for token in walk.rows[r]:
            own = token.field
            if token.piece.kind != "label" or own is None or own not in out:
                continue
            joined = next(
                (at for at, (above, _, head) in enumerate(heads) if above < r and head is own),
                None,
            )
            if joined is not None:
                # The walk joined the head to its rest (可全程在线 办理 | 政务服务事项数量).
                del heads[joined]
                continue
            for at, (above, word, head) in enumerate(heads):
                hit = index.lookup(normalize_label(word + token.piece.text))
                if above < r and head is not own and hit is not None and head in hit.fields:
                    out.remove(own)
                    del heads[at]  # one rest a head (its label read twice on the line below)
                    break
    return out


def in_one_group(walk: Placement, lines: list[int], fields: list[Field]) -> list[Field]:
    """`fields` with the generic labels the walk gave another group's field (信息发布量 read
    as 微信's after a misread took 微博's) given the field of the group the block's other
    labels name, when then every field is of that one group and they follow each other in
    the form (the first such group of the block's fields); else `fields` as they are."""
    # In the block's order (a set's would change from run to run when both groups fit).
    groups = list(dict.fromkeys(f.group_ids for f in fields))
    if len(groups) < 2:
        return fields
    others: dict[str, tuple[Field, ...]] = {}  # a generic label's field → all it may be
    for r in lines:
        for token in walk.rows[r]:
            hit = token.piece.hit
            if token.field is not None and hit is not None and len(hit.fields) > 1:
                others[token.field.key] = hit.fields
    for group in groups:
        regrouped = [
            f if f.group_ids == group else _of_group(others.get(f.key, ()), group) for f in fields
        ]
        if any(f is None for f in regrouped):
            continue
        orders = sorted(f.order for f in regrouped if f is not None)
        if orders == list(range(orders[0], orders[0] + len(orders))):
            return [f for f in regrouped if f is not None]
    return fields


def _of_group(fields: tuple[Field, ...], group: tuple[str, ...]) -> Field | None:
    return next((f for f in fields if f.group_ids == group), None)
