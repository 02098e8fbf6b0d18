"""Two codes abreast, each label wrapped over two lines around a line of values, in text
of one line a row (extract/codes_abreast.py)."""

from __future__ import annotations

from text_reports import values

HEAD = "政府网站\n1403027959\n标识码\n"
TAIL = "独立用户访问总量（个） 1080648\n网站总访问量（次） 4363607\n"


def test_the_first_code_centred_over_three_lines_around_both_labels() -> None:
    # pdfplumber without layout: 晋ICP备 above the labels' heads, 号-2 below their tails.
    got = values(
        HEAD + "晋ICP备\nICP备案 公安机关备\n12400885 14030273771442号\n号 案号\n号-2\n" + TAIL
    )
    assert got["icp_number"] == "晋ICP备12400885号-2"
    assert got["police_number"] == "14030273771442号"
    assert got["unique_visitors"] == 1080648


def test_the_first_code_in_pieces_between_the_labels_halves() -> None:
    got = values(HEAD + "ICP备案 渝ICP备 公安机关备\n50015388681672号\n号 56747829号 案号\n" + TAIL)
    assert got["icp_number"] == "渝ICP备56747829号"
    assert got["police_number"] == "50015388681672号"


def test_a_label_variant_wrapped_the_same_way() -> None:
    got = values(
        HEAD + "陕ICP备\nICP备案 公安部备案\n62819837 61083139850210号\n号 号\n号-2\n" + TAIL
    )
    assert got["icp_number"] == "陕ICP备62819837号-2"
    assert got["police_number"] == "61083139850210号"


def test_words_dealt_two_ways_read_neither_way() -> None:
    # The 号 below may close either number: neither reading is taken.
    got = values(HEAD + "ICP备案 公安机关备\n京ICP备1240088512 1403027377144\n号 案号\n号\n" + TAIL)
    assert got.get("police_number") not in ("1403027377144", "1403027377144号")


def test_a_value_read_above_stays_its_fields() -> None:
    # The site code on the line above would give 公安机关备案号 a shape: it is read already.
    got = values(
        "政府网站标识码\n1403027959\nICP备案 公安机关备\n京ICP备12400885号\n号 案号\n" + TAIL
    )
    assert got["site_code"] == "1403027959"
    assert got.get("police_number") != "1403027959"
