"""A filling system's page saved with the figures in its form: fields, drop-downs, boxes."""

from __future__ import annotations

from nianbao.readers.html import read_html


def _rows(page: str) -> list[list[str]]:
    return [[c.text for c in row.cells if not c.copy] for row in read_html(page.encode()).rows]


def test_a_drop_down_shows_its_selected_option() -> None:
    page = (
        "<table><tr><td>网站类型</td><td><select name=t><option value=1>政府门户网站</option>"
        "<option value=2 selected>部门网站</option><option>专项网站</option></select></td></tr>"
        "<tr><td>是否使用统一平台</td><td><select><option>是</option><option>否</option>"
        "</select>（必选）</td></tr></table>"
        "<p>填报人：<select><option>张三</option><option selected>李四</option></select>"
        "审核人：王五</p>"
    )
    assert _rows(page) == [
        ["网站类型", "部门网站"],
        ["是否使用统一平台", "是 （必选）"],
        ["填报人： 李四 审核人：王五"],
    ]


def test_text_fields_show_their_values_hidden_fields_and_buttons_nothing() -> None:
    page = (
        "<table><tr><td>网站名称</td><td><input type=text value='某县人民政府门户网站'>"
        "<input type=hidden name=id value='a81f2c'><input type=submit value='提交'>"
        "<input type=button value='重置'></td></tr>"
        "<tr><td>独立用户访问总量</td><td><input value='1234'></td></tr></table>"
    )
    assert _rows(page) == [["网站名称", "某县人民政府门户网站"], ["独立用户访问总量", "1234"]]
