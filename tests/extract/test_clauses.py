"""A report told in sentences, several fields a cell (extract.clauses)."""

from __future__ import annotations

from nianbao.extract.clauses import _pairs, may_part
from nianbao.extract.labels import label_index
from nianbao.forms import default_form
from text_reports import read, values

INDEX = label_index(default_form())
INFO = ("info_total", "info_overview", "info_news", "info_disclosure")


def test_counts_run_into_their_labels_a_clause_each() -> None:
    got = values(
        "二、信息发布\n总数：4436条，其中概况类信息更新量13条，政务动态信息更新量1699条，"
        "信息公开目录信息更新量2563条。\n"
        "四、解读回应\n解读信息发布总数：80条（解读材料数量59条，解读产品数量21个，"
        "媒体评论文章数量0篇）\n"
    )
    assert [got.get(k) for k in INFO] == [4436, 13, 1699, 2563]
    assert [got.get(k) for k in ("interp_total", "interp_materials", "interp_products")] == [
        80, 59, 21,
    ]  # fmt: skip
    assert got.get("interp_media") == 0


def test_a_groups_name_opens_the_sentence_and_names_are_read_after_a_blank() -> None:
    got = values(
        "八、移动新媒体\n是否有移动新媒体：是\n"
        "2. 微博：名称 某某发布；信息发布量 3,412条；关注量 128,765个\n"
        "微信：名称 某某微信；信息发布量 822；订阅数 318105\n"
    )
    assert [got.get(k) for k in ("weibo_name", "weibo_posts", "weibo_followers")] == [
        "某某发布", 3412, 128765,
    ]  # fmt: skip
    assert [got.get(k) for k in ("wechat_name", "wechat_posts", "wechat_subscribers")] == [
        "某某微信", 822, 318105,
    ]  # fmt: skip


def test_a_groups_unit_none_written_and_a_dash() -> None:
    got = values(
        "五、办事服务\n办件量（单位：件）：总数 无；自然人办件量 无；法人办件量 无\n"
        "六、互动交流\n留言办理：收到留言数量0，办结留言数量0，平均办理时间—，公开答复数量0\n"
    )
    assert [got.get(k) for k in ("cases_total", "cases_natural", "cases_legal")] == [0, 0, 0]
    assert [got.get(k) for k in ("messages_received", "messages_closed", "messages_public")] == [
        0, 0, 0,
    ]  # fmt: skip
    assert "messages_avg_days" not in got


def test_a_sentence_the_lines_end_cut() -> None:
    got = read(
        "政府网站工作年度报表\n网站名称：某局网站\n首页网址：http://a.gov.cn\n独立用户访问总量：5\n"
        "网站总访问量：9\n二、信息发布\n"
        "总数：20条，其中概况类信息更新量1条，政务动态信息更新量9条，信息公开目录\n"
        "信息更新量10条。\n三、专栏专题\n维护数量：3个；新开设数量：1个。\n"
    )
    assert [got.get(k) for k in INFO] == [20, 1, 9, 10]
    assert [got.get(k) for k in ("columns_maintained", "columns_new")] == [3, 1]


def test_a_cell_with_a_clause_that_is_no_field_stays_whole() -> None:
    # Other media told in a sentence: 发布 is no label, so the cell is one text.
    text = "其他：“某某通”移动端专区；抖音号“某某发布”发布1,044条，关注量6.2万"
    assert may_part(f"\n{text}\n", INDEX)
    assert _pairs(text, INDEX) is None
    assert _pairs("网站名称：某局网站，主办单位：某局", INDEX) is None  # no count among them
    assert _pairs("总数（单位：条）：4436，其中概况类信息更新量13条", INDEX) == [
        "总数（单位：条）", "4436", "概况类信息更新量", "13条",
    ]  # fmt: skip


def test_a_name_the_sentence_quotes_is_read_without_its_quotes() -> None:
    got = values(
        "八、移动新媒体\n是否有移动新媒体：是\n"
        "微博：名称“某某文旅”，信息发布量2480条，关注量356100个。\n"
        "微信：名称：「某某发布」；信息发布量1035条；订阅数421860个\n"
        "其他：“某某人社”抖音号\n"
    )
    assert [got.get(k) for k in ("weibo_name", "weibo_posts", "weibo_followers")] == [
        "某某文旅", 2480, 356100,
    ]  # fmt: skip
    assert [got.get(k) for k in ("wechat_name", "wechat_posts")] == ["某某发布", 1035]
    assert got["other_media"] == "“某某人社”抖音号"  # quoting a part of the name: kept
