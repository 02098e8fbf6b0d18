"""A record number a converter wrote with blanks (滇 ICP 备 19632850 号) keeps its end: the
blank before 号 is no border between it and another cell's text."""

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
