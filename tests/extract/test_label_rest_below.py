"""A label's rest below its head, another cell's line between, that would name a field
of another section (extract/rest_below.py); a label cut so owns the value beside its head
(extract/placement.py)."""

from __future__ import annotations

from text_reports import read, values

# pdfplumber with its layout: 主办单位 | 网站类型 … | 名称 is 主办单位名称 cut around the
# line of 网站类型; 名称 is also 微博's and 微信's label.
TEXT = (
    "       基本信息\n"
    "                滁州市住房和城乡建设局（滁\n"
    "       网站名称                         首页网址       http://www598.341100.gov.cn/\n"
    "                州档案馆）\n"
    "       主办单位     滁州市住房和城乡建设局（滁\n"
    "                                    网站类型       £政府门户网站   R部门网站   £专项网站\n"
    "       名称       州档案馆）\n"
    "       政府网站\n"
    "                3411008011          ICP备案号     皖ICP备48587281号\n"
    "       标识码\n"
    "                                    独立用户访问\n"
    "       公安机关\n"
    "                34110000656545号     总量（单位：     150 287\n"
    "       备案号\n"
    "                                    个）\n"
    "       网站总访\n"
    "       问量（单     1 488 394\n"
    "       位：次）\n"
    "       信息发布\n"
    "       移动新媒体\n"
    "       是否有移\n"
    "                R是 £否\n"
    "       动新媒体\n"
    "       微博\n"
    "                                    信息发布量\n"
    "       名称       滁州市住房和城乡发布                     98\n"
    "                                    （单位：条）\n"
    "       关注量\n"
    "       （单位：     36 873\n"
    "       个）\n"
    "       微信\n"
    "                                    信息发布量\n"
    "       名称       滁州市住房和城乡建设局                    1 729\n"
    "                                    （单位：条）\n"
    "       订阅数\n"
    "       （单位：     122 007\n"
    "       个）\n"
)


def test_a_labels_rest_below_is_no_label_of_a_later_section() -> None:
    got = read(TEXT)
    assert got["sponsor"] == "滁州市住房和城乡建设局（滁州档案馆）"
    assert got["weibo_name"] == "滁州市住房和城乡发布"
    assert got["wechat_name"] == "滁州市住房和城乡建设局"


def test_the_rest_of_a_label_of_one_field_stays_its_label() -> None:
    # pypdfium2: 量, the rest of 可全程在线办理政务服务事项数量 below its head, names that
    # field alone, its value read before the label (项 389).
    text = (
        "回应公众关注热点或重大舆情数量 次 20\n是否发布服 务事项目录 þ是\n注册用户数 个 24,259\n"
        "政务服务事项数量 项 473\n项 389\n可全程在线办 理政务服务事项数\n量\n总数 件 518\n"
        "自然人办件量 件 0\n法人办件量 件 518\n"
    )
    got = read(text)
    assert got["service_items_online"] == 389


def test_a_group_name_is_not_finished_by_another_labels_rest() -> None:
    # pdfplumber: 信息发布 set down its tall cell beside 概况类信息更 | 新量, its 量 the rest
    # of that label, not of 信息发布量 (微博's, read wrongly there, and then no longer below).
    got = read(
        "网站总访问量 次 １３５０１２２\n总数 条 １３９６\n概况类信息更新\n信 量\n息\n"
        "发 政务动态信息更\n布 新量\n专 维护数量 个 ５\n移 信 息 发 布 量 条 ０\n关注量 个 ０\n"
        "名称 共青城市人民政府办公室\n"
    )
    assert got["weibo_posts"] == 0


def test_a_group_name_finished_past_a_label_the_walk_read() -> None:
    # pdftotext -layout: a head the walk read with its rest already (维护数 | １６ | 量) does
    # not keep that rest from the group's name.
    got = read(
        "三、专栏专题\n维护数\n                  １６\n量(单位:个)\n"
        "新 开 设 数 量(单位:个)   １４\n总数(单位:条)          １１６\n"
        "解读材料数量(单位:条)      １０４\n解读产品数量(单位:个)      ３\n"
        "媒体评论文章数量(单位:\n注 册 用 户 数(单位:个)   ２４５７２\n政务服务事项数量(单位:\n"
    )
    assert got["columns_maintained"] == 16


def test_a_blank_count_takes_no_value_of_a_label_cut_under_it() -> None:
    # Two pairs a row (pdftotext -layout): 注册用户数 left blank; under it a label cut at its
    # cell's end (可全程在线办理政务服务事 | 项数量) with its own count beside it.
    text = (
        "是否发布服务事项目录     √是 □否              注册用户数（单位：个）\n"
        "政务服务事项数量（单位：   1558               可全程在线办理政务服务事   881\n"
        "项）                                项数量（单位：项）\n"
        "办件量总数（单位：件）    493                自然人办件量         195\n"
    )
    got = values(text)
    assert "registered_users" not in got
    assert got["service_items_online"] == 881
