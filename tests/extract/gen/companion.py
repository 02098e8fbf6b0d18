"""Test documents, part 1b: another form's report published in the same file.

Sites often publish a 政务新媒体工作年度报表 (one per account) beside the website's
report, before or after it. Its table repeats many of the website form's labels with
other figures, so a document holding one tests that none of them reach the website's
fields. The other form is not in nianbao's form files (it is not this project's form):
its rows are written out here as test data.
"""

from __future__ import annotations

import random
from typing import Any

from .sheet import GCell, Sheet, Style

TITLE = "政务新媒体工作年度报表"
_KINDS = ("微博", "微信", "移动客户端", "其他")
# (group, [(label, unit)]): the other form's counts, in its order.
_COUNTS = (
    ("信息发布", [("总数", "条"), ("其中：原创量", "条")]),
    (
        "留言办理",
        [
            ("收到留言数量", "条"),
            ("办结留言数量", "条"),
            ("平均办理时间", "天"),
            ("公开答复数量", "条"),
        ],
    ),
    ("征集调查", [("征集调查期数", "期"), ("收到意见数量", "条"), ("公布调查结果期数", "期")]),
    ("在线访谈", [("访谈期数", "期"), ("网民留言数量", "条"), ("答复网民提问数量", "条")]),
)


def _ticks(options: tuple[str, ...], ticked: str) -> GCell:
    opts = tuple((label, label == ticked) for label in options)
    text = " ".join(f"{'☑' if t else '☐'}{label}" for label, t in opts)
    return GCell(text, colspan=3, ticks=opts)


def media_sheet(rng: random.Random, style: Style, values: dict[str, Any]) -> Sheet:
    """A new-media account's report of the same unit and year, every figure drawn anew."""
    unit = str(values.get("filing_unit") or values.get("sponsor") or "某某市人民政府办公室")
    sheet = Sheet(title=TITLE, layout="companion")
    sheet.before = ["附件2", TITLE]
    if values.get("year"):
        sheet.before.append(f"（{values['year']}年度）")
    sheet.before.append(f"填报单位：{unit}")
    kind = rng.choice(_KINDS[:3])
    account = unit[:4] + rng.choice(("发布", "在线", "政务"))
    sheet.rows = [
        [GCell("名称", kind="label"), GCell(account, colspan=3)],
        [GCell("类型", kind="label"), _ticks(_KINDS, kind)],
        [GCell("主办单位", kind="label"), GCell(unit, colspan=3)],
    ]
    for group, counts in _COUNTS:
        for i, (label, unit_word) in enumerate(counts):
            row = [GCell(group, rowspan=len(counts), kind="group")] if i == 0 else []
            row.append(GCell(label + style.unit_style.format(unit_word), kind="label"))
            row.append(GCell(str(rng.randint(1, 9000)), colspan=2))
            sheet.rows.append(row)
    sheet.rows.append([GCell("创新发展", kind="label"), _ticks(("服务功能", "其他"), "其他")])
    people = rng.sample(("王大明", "李小红", "赵一平", "孙文华", "周立新"), 3)
    sheet.after = [
        f"单位负责人：{people[0]}",
        f"审核人：{people[1]}",
        f"填报人：{people[2]}",
        f"联系电话：0{rng.randint(10, 999)}-{rng.randint(1000000, 89999999)}",
        f"填报日期：{values.get('year', 2023)}-01-{rng.randint(10, 28)}",
    ]
    return sheet
