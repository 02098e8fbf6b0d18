"""A ticked option's note and the line under it (extract/note_rests): the value of a label
standing before it on its line is no rest of the note."""

from __future__ import annotations

import weasyprint  # type: ignore[import-untyped]

from nianbao.extract.pipeline import extract_bytes
from text_reports import TABLE_PAIRS


def test_a_value_after_its_label_under_a_short_note_is_that_labels() -> None:
    # Two pairs a row; 创新发展's options span the row, its note short; the signatures'
    # row below sets 段光明 where the note's rest would start.
    pairs = [*TABLE_PAIRS, ("网站类型", "☑政府门户网站 ☐部门网站 ☐专项网站")]
    rows = "".join(
        f"<tr><td>{a}</td><td>{b}</td><td>{c}</td><td>{d}</td></tr>"
        for (a, b), (c, d) in zip(pairs[::2], pairs[1::2], strict=False)
    )
    rows += (
        "<tr><td>创新发展</td><td colspan=3>☐搜索即服务 ☑多语言版本 ☐无障碍浏览 ☐千人千网 "
        "☑其他：提供白族语服务指南</td></tr>"
        "<tr><td>单位负责人</td><td>段光明</td><td>审核人</td><td>杨秀英</td></tr>"
    )
    page = (
        "<html><head><meta charset=utf-8><style>td{border:1px solid #000;padding:4px;"
        "font-size:12px}table{border-collapse:collapse;width:100%}</style></head><body>"
        f"<h3>政府网站工作年度报表</h3><table>{rows}</table></body></html>"
    )
    got = extract_bytes(bytes(weasyprint.HTML(string=page).write_pdf()), "a.pdf").report
    values = got.to_json()
    assert values["innovation_other"] == "提供白族语服务指南"
    assert (values["head"], values["reviewer"]) == ("段光明", "杨秀英")
