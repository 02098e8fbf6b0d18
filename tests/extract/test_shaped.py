"""Registration numbers and web addresses a converter's reading order cut apart or moved
away from their labels (pdftotext without -layout), put back by the shapes the form's
rules ask of them."""

from __future__ import annotations

from pathlib import Path

from nianbao.extract.pipeline import extract_document
from nianbao.extract.shaped import has_shape, only_shape
from nianbao.forms import default_form
from nianbao.readers.text import document_from_text
from text_reports import BASIC_PAIRS, values

FORM = default_form()
BY_KEY = FORM.by_key


def test_shapes_come_from_the_forms_rules() -> None:
    assert has_shape(BY_KEY["icp_number"], "冀ICP备24928215号-1", FORM)
    assert not has_shape(BY_KEY["icp_number"], "冀ICP备", FORM)
    assert has_shape(BY_KEY["homepage_url"], "https://www.a.gov.cn/", FORM)
    assert not has_shape(BY_KEY["homepage_url"], "https://", FORM)
    assert has_shape(BY_KEY["homepage_url"], "www.a.gov.cn", FORM)  # no scheme: still an address
    assert not has_shape(BY_KEY["site_code"], "赣公网安备36040491307586号", FORM)
    assert has_shape(BY_KEY["site_name"], "某某网", FORM)  # no shape: any reading
    assert only_shape(BY_KEY["police_number"], "61072849513567号", FORM)
    assert not only_shape(BY_KEY["police_number"], "6107284721", FORM)  # a site code's too


def test_a_number_cut_around_the_next_label_is_joined() -> None:
    # The ICP number's rest comes after the police label, which took it as its value.
    got = values("ICP备案号\n冀ICP备\n公安机关备案号\n24928215号-1\n独立用户访问总量\n")
    assert got["icp_number"] == "冀ICP备24928215号-1"
    assert "police_number" not in got


def test_a_web_address_below_its_label_goes_on_on_the_next_line() -> None:
    counts = "".join(f"{label}\t{value}\n" for label, value in BASIC_PAIRS[2:])
    text = "首页网址\nhttps://\nwww129.511024.gov.cn/\n主办单位\n某县人民政府办公室\n"
    got = extract_document(document_from_text(counts + text), "t").report.to_json()
    assert got["homepage_url"] == "https://www129.511024.gov.cn/"
    assert got["sponsor"] == "某县人民政府办公室"


def test_a_numbers_closing_mark_past_the_next_label() -> None:
    got = values("ICP备案号\n陕ICP备53116314\n公安机关备案号\n号\n独立用户访问总量\n")
    assert got["icp_number"] == "陕ICP备53116314号"
    assert "police_number" not in got


def test_a_registration_number_far_below_its_label_taken_by_a_count() -> None:
    filler = "".join(f"概况类信息更新量\n{n}条\n" for n in range(12))
    got = values(
        "公安机关备案号\n独立用户访问总量\n389739个\n"
        f"{filler}媒体评论文章数量\n（篇）\n办事服务\n61072849513567号\n3篇\n"
    )
    assert got["police_number"] == "61072849513567号"


def test_a_number_of_two_fields_shapes_is_left_alone() -> None:
    got = values("公安机关备案号\n独立用户访问总量\n389739个\n网站总访问量\n5\n6107284721\n")
    assert "police_number" not in got


def test_an_answer_beside_its_label_stands() -> None:
    got = values("公安机关备案号 无\n独立用户访问总量 5\n琼公网安备46902824198117号\n")
    assert got["police_number"] == "无"


def test_a_codes_head_alone_on_the_line_before_it() -> None:
    # Reading order: the registration number's head on a line of its own before the rest.
    got = values(
        "专项网站\n政府网站标识码\nICP备案号\n公安机关备案号\n独立用户访问总\n量（单位：个）\n"
        "1306000988\n冀ICP备49482725号-2\n冀公网安备\n13060076928799号\n33971个\n"
        "总数（单位：条）\n"
    )
    assert got["police_number"] == "冀公网安备13060076928799号"


def test_a_codes_lines_around_its_label_need_only_share_columns() -> None:
    # pdftotext -layout: the head's columns are narrower than its characters.
    got = values(
        "\n"
        "   网站标识码         4115263798              ICP备案号 "
        "          豫ICP备94749101号\n"
        "\n"
        "                  豫公网安备              独立用户访问量\n"
        "  公安机关备案号                                       "
        "                121 133\n"
        "               41152620208551号            （个）\n"
        "\n"
        " 网站总访问量（次）                                 465 2"
        "69\n"
    )
    assert got["police_number"] == "豫公网安备41152620208551号"


def test_an_addresses_scheme_alone_above_its_label() -> None:
    # pdfplumber: the address wrapped around its label's line, one cell a line.
    text = (
        "网站名称 衡山县文化广电旅游局\nhttps://\n首页网址\njyj349.430423.gov.cn/\n"
        "主办单位 衡山县文化广电旅游局\n"
    )
    got = values(text, without=("网站名称", "首页网址"))
    assert got["homepage_url"] == "https://jyj349.430423.gov.cn/"


def test_a_web_addresss_scheme_two_lines_up_another_cells_text_between() -> None:
    # pdftotext: the address's two lines with the sponsor's name read between them.
    got = values(
        "网站名称\n东平县数据开放平台\n首页网址\n主办单位\n网站类型\n☐政府门户网站 ☐\n"
        "https://\n东平县人民政府办公室\nwjw22.370923.gov.cn/\n政府网站标识码\nICP备案号\n"
        "3709238837\n鲁ICP备19349716号-1\n部门网站 ☑专项网\n站\n",
        without=("网站名称", "首页网址"),
    )
    assert got["homepage_url"] == "https://wjw22.370923.gov.cn/"


def test_a_codes_head_two_lines_up_a_label_between() -> None:
    # pdftotext: the police number's head, the next label's first line, then its digits.
    got = values(
        "网站标识码\n2304034758\nICP备案号\n黑公网安备\n独立用户访问总量（单位：\n"
        "23040369937532号\n个）\n公安机关备案号\n网站总访问量（单位：次）\n",
    )
    assert got["police_number"] == "黑公网安备23040369937532号"


def test_a_codes_head_a_dropped_reading_had_used_is_free_again() -> None:
    # pdftotext of a generated report: the walk read the head for ICP备案号 and let it go.
    text = (Path(__file__).parent.parent / "fixtures" / "converted").joinpath(
        "pdftotext-code-head-apart.txt"
    )
    got = extract_document(document_from_text(text.read_text("utf-8")), "t").report.to_json()
    assert got["police_number"] == "黑公网安备23040369937532号"


def test_a_whole_address_without_digits_beside_its_label_is_not_cut() -> None:
    # A lone word on the next line is no rest of an address that has its shape already.
    got = values(
        "网站名称 某局网站\n首页网址 http://wjw.haikou.gov.cn/\n海口\n主办单位 某局\n",
        without=("网站名称", "首页网址"),
    )
    assert got["homepage_url"] == "http://wjw.haikou.gov.cn/"
