"""A count read after its label's lone first line, the label's rest moved away (heads)."""

from __future__ import annotations

from text_reports import values

# pdftotext: 可全程在线办理政务服务事项数量's last line comes after the whole section.
SECTION = (
    "办事服务\n政务服务事项数量\n项\n63\n可全程在线办理\n{unit}\n8\n"
    "总数\n件\n9485\n政务服务事项数量\n是否使用统一平台\n"
)


def test_a_heads_own_unit_and_a_count_are_its_fields() -> None:
    got = values(SECTION.format(unit="项"))
    assert (got["service_items"], got["service_items_online"]) == (63, 8)


def test_another_fields_unit_after_the_head_reads_nothing() -> None:
    got = values(SECTION.format(unit="件"))
    assert got.get("service_items_online") != 8


def test_a_label_around_its_values_line_that_opens_with_a_piece_of_it() -> None:
    # 独立用户访问 | 量 reads as the variant 独立用户访问量 around 总 470 608; with the piece
    # opening that line it is the field's own label, the value after it.
    got = values(
        "独立用户访问\n总 470 608\n量(单位:个)\n网站总访问量(单位:次) 4 422 389\n",
    )
    assert (got["unique_visitors"], got["page_views"]) == (470608, 4422389)
