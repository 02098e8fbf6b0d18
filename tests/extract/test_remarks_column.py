"""A table's remarks column (指标 | 数值 | 备注) holds no values (extract/remarks_column)."""

from __future__ import annotations

from nianbao.extract.pipeline import extract_bytes
from text_reports import TABLE_PAIRS


def _page(rows: list[tuple[str, str, str]], heads: str = "指标 数值 备注") -> bytes:
    cells = "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for a, b, c in rows)
    head = "".join(f"<th>{name}</th>" for name in heads.split())
    return (
        "<html><meta charset=utf-8><body><p>政府网站工作年度报表</p><table>"
        f"<tr>{head}</tr>{cells}</table></body></html>"
    ).encode()


def test_a_remark_beside_a_blank_value_is_no_value() -> None:
    rows = [(label, value, "") for label, value in TABLE_PAIRS]
    rows += [
        ("其他", "", "未开设其他移动新媒体"),
        ("收到留言数量（单位：条）", "12", "截至12月31日"),
    ]
    got = extract_bytes(_page(rows), "p.html").report.to_json()
    assert "other_media" not in got
    assert got["messages_received"] == 12


def test_a_templates_instructions_beside_each_row_are_no_values() -> None:
    rows = [(label, value, "请按实际情况填写。") for label, value in TABLE_PAIRS]
    rows += [("其他", "", "包括产品类型、平台名称、产品名称、信息发布量、用户关注量/下载量等。")]
    got = extract_bytes(_page(rows, "指标 填报内容 填报说明"), "p.html").report.to_json()
    assert "other_media" not in got


def test_options_run_into_the_remarks_column_stay_a_value() -> None:
    # A too-small print's options overflowing into the remark beside them.
    note = "☑部门网站 ☐政府门户网站 ☐专项网站请按照网站类型勾选“政府门户网站”、“部门网站”。"
    rows = [(label, value, "") for label, value in TABLE_PAIRS] + [("网站类型", "", note)]
    got = extract_bytes(_page(rows, "指标 数值 填报说明"), "p.html").report.to_json()
    assert got["site_type"] == "department"


def test_text_by_position_keeps_a_value_its_groups_push_into_the_remarks_place() -> None:
    # pdftotext -layout: a row of group | label | value has as many cells as one of
    # label | value | remark; only the place across the page tells a remark.
    lines = ["政府网站工作年度报表（2023年度）", f"{'指标':<30}{'填报内容':<30}备注"]
    lines += [f"{label:<30}{value:<30}" for label, value in TABLE_PAIRS]
    lines += [
        f"{'总数':<30}{'2818':<30}不含外链信息60条",
        f"{'信息发布（单':<8}{'概况类信息更新量':<22}{'2':<30}",
        f"{'位：条）':<8}{'政务动态信息更新量':<22}{'1725':<30}",
        f"{'其他':<60}未开设其他移动新媒体",
    ]
    got = extract_bytes("\n".join(lines).encode(), "p.txt").report.to_json()
    assert (got["info_total"], got["info_overview"], got["info_news"]) == (2818, 2, 1725)
    assert "other_media" not in got


def test_a_values_head_naming_two_words() -> None:
    rows = [(label, value, "") for label, value in TABLE_PAIRS]
    rows += [("其他", "", "未开设其他移动新媒体")]
    got = extract_bytes(_page(rows, "指标 数值/情况 备注"), "p.html").report.to_json()
    assert "other_media" not in got


def test_the_signatures_under_the_table_are_no_remarks() -> None:
    # The line under the table sets its last item where the remarks column stood.
    rows = [(label, value, "") for label, value in TABLE_PAIRS]
    page = _page(rows).replace(
        b"</table>",
        "</table><table><tr><td>填报人：王芳</td><td>联系电话：0553-7580108</td>"
        "<td>填报日期：2026年1月20日</td></tr></table>".encode(),
    )
    got = extract_bytes(page, "p.html").report.to_json()
    assert got["fill_date"] == "2026-01-20"
