"""Values of a laid-out text (pdftotext -layout) that are whole as they stand: a record
number a converter wrote with blanks (滇 ICP 备 19632850 号) keeps its end, the blank
before 号 no border between it and another cell's text; a none word (无) is no name cut
short by its cell, to be finished by the value under it."""

from __future__ import annotations

from text_reports import read

# pdftotext -layout of a table whose ICP row is wider than the page's other rows.
LAYOUT = """\
                    政府网站工作年度报表
                              (2023 年度)

                网站名称                      某市 12345 政务服务便民热线网
                首页网址                        http://rx.qj.gov.cn/
                主办单位                      某市政务服务和大数据管理局
              政府网站标识码                             5303000006
ICP 备案号 滇 ICP 备 19632850 号   公安机关备案号      滇 公网安备 53030002874544 号
          独立用户访问总量(单位: 个)                           1787263
           网站总访问量(单位: 次)                            11836711
                       总数                             1151
信息发布(单            概况类信息更新量                             39
 位: 条)           政务动态信息更新量                            879
                信息公开目录信息更新量                            46
专栏专题(单               维护数量                              13
 位: 个)              新开设数量                              8
"""


def test_a_record_numbers_end_after_a_blank_is_its_own() -> None:
    found = read(LAYOUT)
    assert found["icp_number"] == "滇ICP备19632850号"
    assert found["police_number"] == "滇公网安备53030002874544号"
    assert found["unique_visitors"] == 1787263


# A none word is whole: the next row's 无 under it is that row's value, not its rest.
MEDIA = """\
移动新媒体   是否有移动新媒体            是☑ 否☐
        微博     名称           无
               信息发布量（单位：    无
               条）
               关注量（单位：个）    0
        微信     名称           某区政府办
               信息发布量（单位：    1372
               条）
               订阅数（单位：个）    241
"""


def test_a_none_word_is_no_name_cut_short() -> None:
    found = read(LAYOUT + MEDIA)
    assert found["weibo_name"] == "无"
    assert found["weibo_posts"] == 0
    assert found["wechat_posts"] == 1372


def test_a_note_after_boxes_after_their_names_goes_on_below() -> None:
    found = read(
        LAYOUT + MEDIA + "创新发展    搜索即服务□ 多语言版本□ 无障碍浏览□ 千人千网☑ 其他☑：建\n"
        "        设政策文件库，实现政策智能匹配与精准推送\n\n单位负责人：覃颖\n"
    )
    assert found["innovation"] == ["personalized", "other"]
    assert found["innovation_other"] == "建设政策文件库，实现政策智能匹配与精准推送"
