"""Cell normalisation: every accepted spelling, every kind of error, and properties."""

from __future__ import annotations

import datetime
import decimal
import time
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nianbao import cells, normalize
from nianbao.normalize import (
    BLANKS,
    NormalizeError,
    is_blank,
    parse_bool,
    parse_choices,
    parse_date,
    parse_identifier,
    parse_int,
    parse_number,
    parse_text,
    ticked_options,
)
from nianbao.numerals import cn_digits_to_int, cn_to_int

OPTIONS: dict[str, list[str]] = {
    "portal": ["政府门户网站", "门户网站"],
    "department": ["部门网站"],
    "special": ["专项网站"],
}
YES_NO = {"yes": ["是"], "no": ["否"]}

Parser = Callable[[object], object]
SCALAR_PARSERS: list[Parser] = [
    parse_int,
    parse_number,
    parse_bool,
    parse_date,
    parse_text,
    parse_identifier,
]
ALL_PARSERS: list[Parser] = [
    *SCALAR_PARSERS,
    lambda raw: parse_choices(raw, OPTIONS),
    lambda raw: ticked_options(raw, OPTIONS),  # type: ignore[arg-type]
]


def error_of(parser: Parser, raw: object) -> str:
    with pytest.raises(NormalizeError) as info:
        parser(raw)
    message = str(info.value)
    assert "\n" not in message
    assert message.endswith("。")
    return message


def full_width(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


# ---------------------------------------------------------------------------- blanks

BLANK_CELLS = [
    None,
    "",
    " ",
    "\u3000",
    "\xa0\t\n",
    "\u200b",
    "—",
    "——",
    "———",
    "-",
    "--",
    "- -",
    "－",
    "/",
    "／",
    "\\",
    "_",
    "N/A",
    "n/a",
    "Ｎ／Ａ",
    "null",
    "NULL",
    "~",
    "～",
    "空",
    " 空 ",
]


@pytest.mark.parametrize("raw", BLANK_CELLS)
def test_blank_cells_are_absent_for_every_parser(raw: object) -> None:
    assert is_blank(raw)
    for parser in SCALAR_PARSERS:
        assert parser(raw) is None
    assert parse_choices(raw, OPTIONS) == []


@pytest.mark.parametrize("raw", ["无", "0", 0, "暂无", "空白表", "--5", "a", False, [None], {}])
def test_values_that_are_not_blank(raw: object) -> None:
    assert not is_blank(raw)


def test_blanks_constant_lists_the_spec_placeholders() -> None:
    for text in ["", "—", "——", "-", "--", "－", "/", "／", "\\", "_", "N/A", "n/a", "null"]:
        assert text in BLANKS
    assert "无" not in BLANKS
    assert is_blank([])


def test_trim_set_is_exactly_unicode_whitespace() -> None:
    # The set is spelt out for import speed; this keeps it honest.
    expected = "".join(chr(c) for c in range(0x110000) if chr(c).isspace())
    assert expected == cells._WHITESPACE


# ---------------------------------------------------------------------------- int

INT_CASES: list[tuple[object, int]] = [
    (0, 0),
    (453679, 453679),
    (2.0, 2),
    ("0", 0),
    ("123", 123),
    ("00123", 123),
    (" 123 ", 123),
    ("１２３", 123),
    ("1,234", 1234),
    ("1，234", 1234),
    ("１，２３４", 1234),
    ("1,234,567", 1234567),
    ("1 234 567", 1234567),
    ("1\u3000234", 1234),
    ("1.2万", 12000),
    ("1.2 万", 12000),
    ("3亿", 300000000),
    ("3千", 3000),
    ("5百", 500),
    ("1.2345万", 12345),
    ("1.5万次", 15000),
    ("453679个", 453679),
    ("12 条", 12),
    ("7项", 7),
    ("3件", 3),
    ("12期", 12),
    ("30篇", 30),
    ("5天", 5),
    ("4人", 4),
    ("2户", 2),
    ("1家", 1),
    ("6位", 6),
    ("9名", 9),
    ("1200人次", 1200),
    ("5个工作日", 5),
    ("453679（个）", 453679),
    ("964152 (次)", 964152),
    ("3（单位：天）", 3),
    ("3.0", 3),
    ("100。", 100),
    ("2847·", 2847),  # a speck after the figure, as OCR reads it
    ("三", 3),
    ("十二", 12),
    ("一百零五", 105),
    ("两千", 2000),
    ("三个", 3),
    ("十二条", 12),
    ("一万二千", 12000),
    ("零", 0),
    ("无", 0),
    ("无。", 0),
    ("没有", 0),
    ("0个", 0),
    ("1000000000000000000", 10**18),
]


@pytest.mark.parametrize(("raw", "expected"), INT_CASES)
def test_parse_int_accepts(raw: object, expected: int) -> None:
    result = parse_int(raw)
    assert result == expected
    assert type(result) is int


INT_ERRORS: list[tuple[object, str]] = [
    ("约1000", "不是确切的整数：请只填写阿拉伯数字，例如 1000"),
    ("大约1000", "不是确切的整数"),
    ("1000+", "不是确切的整数"),
    ("1000余", "例如 1000"),
    ("1000多", "不是确切的整数"),
    (">1000", "不是确切的整数"),
    ("1千多", "例如 1000"),
    ("一千多", "例如 1000"),
    ("1000左右", "不是确切的整数"),
    ("几十", "不是确切的整数"),
    ("10-20", "是一个范围：请只填写一个确切的数，例如 10"),
    ("10~20", "是一个范围"),
    ("10至20", "是一个范围"),
    ("10—20", "是一个范围"),
    ("10 20", "包含多个数"),
    ("10、20", "包含多个数"),
    ("网站3个，栏目5个", "包含多个数"),
    ("12%", "是百分比"),
    ("12％", "是百分比"),
    ("百分之十二", "是百分比"),
    ("-5", "是负数：数量不能小于 0"),
    ("－5", "是负数"),
    ("−5", "是负数"),
    ("负五", "是负数"),
    (-5, "是负数"),
    (-0.5, "是负数"),
    ("1.5", "不是整数：请填写不带小数的整数"),
    ("1.23456万", "不是整数"),
    (2.5, "不是整数"),
    ("暂无", "如果没有，请填写 0"),
    ("无数据", "如果没有，请填写 0"),
    ("abc", "不是整数：请只填写阿拉伯数字"),
    ("1,23", "不是整数"),
    ("12,34", "不是整数"),
    ("1 2", "包含多个数"),
    ("三四", "不是整数"),
    ("1e3", "包含多个数"),
    ("2小时", "不是整数"),
    ("99999999999999999999", "数值过大"),
    ("1" * 500, "数值过大"),
    (10**19, "数值过大"),
    (1e300, "数值过大"),
    (float("nan"), "不是数字"),
    (float("inf"), "不是数字"),
    (True, "是真假值，不是数量"),
    (False, "是真假值"),
    ([1], "不是数字"),
    ({"a": 1}, "不是数字"),
    (datetime.date(2023, 1, 1), "不是数字"),
    (decimal.Decimal(1), "不是数字"),
]


@pytest.mark.parametrize(("raw", "fragment"), INT_ERRORS)
def test_parse_int_rejects(raw: object, fragment: str) -> None:
    message = error_of(parse_int, raw)
    assert fragment in message
    if isinstance(raw, str) and len(raw) < 40:
        assert f"「{raw}」" in message


@pytest.mark.pure_python
def test_int_fast_paths_need_no_regex(monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(_: str) -> None:
        raise AssertionError("slow path taken")

    monkeypatch.setattr(normalize, "_scan_number", boom)
    big = 10**12
    assert parse_int(big) is big
    assert parse_int("453679") == 453679
    assert parse_number(7) == 7
    assert parse_number("2024") == 2024


# ---------------------------------------------------------------------------- number

NUMBER_CASES: list[tuple[object, int | float]] = [
    ("2.5", 2.5),
    ("2.50", 2.5),
    ("０.５", 0.5),
    ("3.0", 3),
    ("3", 3),
    (3, 3),
    (2.5, 2.5),
    (4.0, 4),
    ("1.5天", 1.5),
    ("2.5个工作日", 2.5),
    ("1.23456万", 12345.6),
    ("1,234.5", 1234.5),
    ("无", 0),
    ("十", 10),
]


@pytest.mark.parametrize(("raw", "expected"), NUMBER_CASES)
def test_parse_number_accepts(raw: object, expected: float) -> None:
    result = parse_number(raw)
    assert result == expected
    assert type(result) is type(expected)


NUMBER_ERRORS: list[tuple[object, str]] = [
    ("约2.5", "不是确切的数字：请只填写阿拉伯数字，例如 2.5"),
    ("2-3", "是一个范围"),
    ("-0.5", "是负数：数值不能小于 0"),
    (-1.5, "是负数"),
    ("50%", "是百分比：这里要填写数值"),
    ("半天", "不是数字"),
    ("暂无", "如果没有，请填写 0"),
    (True, "是真假值"),
    ("1." + "1" * 40, "不是数字"),
]


@pytest.mark.parametrize(("raw", "fragment"), NUMBER_ERRORS)
def test_parse_number_rejects(raw: object, fragment: str) -> None:
    message = error_of(parse_number, raw)
    assert fragment in message
    if isinstance(raw, str) and len(raw) < 40:
        assert f"「{raw}」" in message


@given(st.integers(min_value=0, max_value=10**15))
def test_int_round_trips_through_written_forms(n: int) -> None:
    grouped = f"{n:,}"
    for text in [
        str(n),
        grouped,
        grouped.replace(",", "，"),
        grouped.replace(",", " "),
        full_width(str(n)),
        full_width(grouped),
        f"{n}个",
        f" {grouped} 次 ",
    ]:
        assert parse_int(text) == n, text
        assert parse_number(text) == n, text


@given(st.integers(min_value=0, max_value=10**9), st.integers(min_value=1, max_value=6))
def test_decimal_round_trips(whole: int, places: int) -> None:
    text = f"{whole / 10**places:.{places}f}"
    assert parse_number(text) == float(text)
    assert parse_number(full_width(text)) == float(text)


@given(st.integers(min_value=0, max_value=99999), st.sampled_from(["万", "亿"]))
def test_multiplier_is_exact(n: int, unit: str) -> None:
    scale = 10**4 if unit == "万" else 10**8
    text = f"{n // 10}.{n % 10}{unit}"
    assert parse_int(text) == n * scale // 10


# ---------------------------------------------------------------------------- numerals

DIGITS = "零一二三四五六七八九"


def to_chinese(n: int) -> str:
    """Standard written form, built independently of the parser under test."""

    def group(g: int) -> str:
        out, zero = "", False
        for place, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
            d = g // place % 10
            if d == 0:
                zero = zero or bool(out)
                continue
            out += ("零" if zero else "") + DIGITS[d] + unit
            zero = False
        return out

    if n == 0:
        return "零"
    out, zero = "", False
    for g, unit in ((n // 10**8, "亿"), (n // 10**4 % 10**4, "万"), (n % 10**4, "")):
        if g == 0:
            zero = zero or bool(out)
            continue
        if out and (zero or g < 1000):
            out += "零"
        out += group(g) + unit
        zero = False
    return out


@given(st.integers(min_value=0, max_value=10**12 - 1), st.booleans())
def test_chinese_numerals_round_trip(n: int, drop_leading_one: bool) -> None:
    text = to_chinese(n)
    if drop_leading_one and text.startswith("一十"):
        text = text[1:]
    assert cn_to_int(text) == n, text
    assert parse_int(text) == n


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("十", 10),
        ("十五", 15),
        ("二十", 20),
        ("一百一", 110),
        ("两千五", 2500),
        ("一万五", 15000),
        ("一万零五", 10005),
        ("一万零五百", 10500),
        ("一亿零一", 100000001),
        ("壹佰贰拾", 120),
        ("两万三千四百五十六", 23456),
        ("三四", None),
        ("一二", None),
        ("零五", None),
        ("一千零零五", None),
        ("万", None),
        ("一万零五千", None),
        ("百十", None),
        ("", None),
        ("一" * 50, None),
        ("abc", None),
    ],
)
def test_cn_to_int(text: str, expected: int | None) -> None:
    assert cn_to_int(text) == expected


def test_cn_digits_to_int() -> None:
    assert cn_digits_to_int("二〇二四") == 2024
    assert cn_digits_to_int("二零二三") == 2023
    assert cn_digits_to_int("二○二四") == 2024
    assert cn_digits_to_int("二十") is None
    assert cn_digits_to_int("") is None


# ---------------------------------------------------------------------------- bool

BOOL_CASES: list[tuple[object, bool]] = [
    (True, True),
    (False, False),
    (1, True),
    (0, False),
    ("是", True),
    ("否", False),
    (" 是。", True),
    ("有", True),
    ("没有", False),
    ("无", False),
    ("yes", True),
    ("No", False),
    ("Y", True),
    ("n", False),
    ("TRUE", True),
    ("false", False),
    ("1", True),
    ("0", False),
    ("√", True),
    ("✓", True),
    ("✔", True),
    ("☑", True),
    ("☒", True),
    ("■", True),
    ("☐", False),
    ("□", False),
    ("○", False),
    ("×", False),
    ("☑是 □否", True),
    ("□是 ☑否", False),
    ("√是 否", True),
    ("是 √否", False),
    ("是√", True),
    ("否√", False),
    ("是√ 否", True),
    ("(√)是 ( )否", True),
    ("（√）是 （ ）否", True),
    ("( )是 (√)否", False),
    ("是（√）", True),
    ("是（√）否（ ）", True),
    ("是( )否(√)", False),
    ("[x] 是 [ ] 否", True),
    ("[ ]是 [X]否", False),
    ("■是 □否", True),
    ("⊠是 ☐否", True),
    ("☑有 ☐没有", True),
    ("☐有 ☑没有", False),
    ('<input checked="" type="checkbox"/> 是 <input type="checkbox"/> 否', True),
    ('<input type="checkbox"/> 是 <input checked="checked" type="checkbox"/> 否', False),
    ('<INPUT TYPE="checkbox" CHECKED> 是 <input type="checkbox"> 否', True),
    ("是否开设：☑是 □否", True),
]


@pytest.mark.parametrize(("raw", "expected"), BOOL_CASES)
def test_parse_bool_accepts(raw: object, expected: bool) -> None:
    assert parse_bool(raw) is expected


BOOL_ERRORS: list[tuple[object, str]] = [
    ("☑是 ☑否", "同时勾选了“是”和“否”：请只勾选一项"),
    ("√是 √否", "同时勾选了"),
    ('<input checked="" type="checkbox"/> 是 <input checked="" type="checkbox"/> 否', "同时勾选了"),
    ("☐是 ☐否", "没有勾选任何一项"),
    ("( )是 ( )否", "没有勾选任何一项"),
    ("也许", "不是“是”或“否”：请填写 是 或 否"),
    ("是 否", "不是“是”或“否”"),
    ("☑ 对", "勾选的「对」"),
    (2, "不是“是”或“否”"),
    (0.5, "不是“是”或“否”"),
    ([True], "不是“是”或“否”"),
]


@pytest.mark.parametrize(("raw", "fragment"), BOOL_ERRORS)
def test_parse_bool_rejects(raw: object, fragment: str) -> None:
    message = error_of(parse_bool, raw)
    assert fragment in message
    if isinstance(raw, str) and "<" not in raw:
        assert f"「{raw}」" in message


# ---------------------------------------------------------------------------- date

D = datetime.date
DATE_CASES: list[tuple[object, datetime.date]] = [
    ("2023.01.11", D(2023, 1, 11)),
    ("2023.1.11", D(2023, 1, 11)),
    ("2023-1-11", D(2023, 1, 11)),
    ("2023/01/11", D(2023, 1, 11)),
    ("20230111", D(2023, 1, 11)),
    (20230111, D(2023, 1, 11)),
    ("2023年1月11日", D(2023, 1, 11)),
    ("2023年01月11日", D(2023, 1, 11)),
    ("2023 年 1 月 11 日", D(2023, 1, 11)),
    ("2023年1月11号", D(2023, 1, 11)),
    ("2023年1月11", D(2023, 1, 11)),
    ("２０２３年１月１１日", D(2023, 1, 11)),
    ("２０２３－０１－１１", D(2023, 1, 11)),
    ("二〇二四年一月二十三日", D(2024, 1, 23)),
    ("二零二三年十二月三十一日", D(2023, 12, 31)),
    ("二○二四年十月十日", D(2024, 10, 10)),
    ("2023年元月5日", D(2023, 1, 5)),
    ("2023-01-11 00:00:00", D(2023, 1, 11)),
    ("2023-01-11T08:30", D(2023, 1, 11)),
    ("2024.02.29", D(2024, 2, 29)),
    (" 2023.1.11。", D(2023, 1, 11)),
    (datetime.datetime(2023, 1, 2, 3, 4), D(2023, 1, 2)),
    (D(2023, 1, 1), D(2023, 1, 1)),
]


@pytest.mark.parametrize(("raw", "expected"), DATE_CASES)
def test_parse_date_accepts(raw: object, expected: datetime.date) -> None:
    result = parse_date(raw)
    assert result == expected
    assert type(result) is datetime.date


DATE_ERRORS: list[tuple[object, str]] = [
    ("2023.02.30", "不是真实的日期：请按 2023-01-31 或 2023年1月31日 的格式填写"),
    ("2023-13-01", "不是真实的日期"),
    ("2023.02.29", "不是真实的日期"),
    ("二〇二三年二月三十日", "不是真实的日期"),
    ("2023年1月", "不是完整的日期"),
    ("2023-01", "不是完整的日期"),
    ("23.1.11", "不是日期"),
    ("2023.1-11", "不是日期"),
    ("明天", "不是日期"),
    ("2023111", "不是日期"),
    ("0202-01-01", "年份不对"),
    (20230230, "不是真实的日期"),
    (2023, "不是日期"),
    (True, "不是日期"),
    (45000.0, "不是日期"),
    ([2023, 1, 1], "不是日期"),
]


@pytest.mark.parametrize(("raw", "fragment"), DATE_ERRORS)
def test_parse_date_rejects(raw: object, fragment: str) -> None:
    message = error_of(parse_date, raw)
    assert fragment in message
    if isinstance(raw, str):
        assert f"「{raw}」" in message


def cn_small(n: int) -> str:
    tens, ones = divmod(n, 10)
    head = "" if tens == 0 else "十" if tens == 1 else DIGITS[tens] + "十"
    return head + (DIGITS[ones] if ones else "") if n else "零"


@given(
    st.dates(min_value=D(1900, 1, 1), max_value=D(2100, 12, 31)),
    st.sampled_from(["iso", "dots", "slash", "compact", "cn", "cn-numerals", "fw", "spaced"]),
)
def test_dates_round_trip(day: datetime.date, style: str) -> None:
    y, m, d = day.year, day.month, day.day
    text = {
        "iso": day.isoformat(),
        "dots": f"{y}.{m}.{d}",
        "slash": f"{y}/{m:02}/{d:02}",
        "compact": f"{y}{m:02}{d:02}",
        "cn": f"{y}年{m}月{d}日",
        "cn-numerals": "".join("〇一二三四五六七八九"[int(c)] for c in str(y))
        + f"年{cn_small(m)}月{cn_small(d)}日",
        "fw": full_width(f"{y}-{m}-{d}"),
        "spaced": f"{y} 年 {m} 月 {d} 日",
    }[style]
    assert parse_date(text) == day


# ---------------------------------------------------------------------------- text

TEXT_CASES: list[tuple[object, str]] = [
    ("无", "无"),
    ("  无 ", "无"),
    ("\u3000海南省人民政府\xa0", "海南省人民政府"),
    ("\ufeff海口 市\u200b", "海口 市"),
    ("下载量\xa051\u2009万次", "下载量 51 万次"),  # no-break and thin spaces are spaces
    ("a\nb", "a\nb"),
    (12, "12"),
    (1.5, "1.5"),
    (D(2023, 1, 2), "2023-01-02"),
]


@pytest.mark.parametrize(("raw", "expected"), TEXT_CASES)
def test_parse_text_accepts(raw: object, expected: str) -> None:
    assert parse_text(raw) == expected


@pytest.mark.parametrize(
    ("raw", "fragment"),
    [
        (True, "不是文字"),
        ([1], "不是文字"),
        ({"a": "b"}, "不是文字"),
        (float("nan"), "不是文字"),
        ("ab\ud800c", "包含无法识别的字符"),
        ("字" * 10_001, "内容过长"),
    ],
)
def test_parse_text_rejects(raw: object, fragment: str) -> None:
    assert fragment in error_of(parse_text, raw)


# ---------------------------------------------------------------------------- identifier

IDENTIFIER_CASES: list[tuple[object, str]] = [
    ("琼 ICP 备 19003404 号-2", "琼ICP备19003404号-2"),
    ("琼ICP备19003404号－2", "琼ICP备19003404号-2"),
    ("琼ＩＣＰ备１９００３４０４号—２", "琼ICP备19003404号-2"),
    ("46010502000257 号", "46010502000257号"),
    ("琼公网安备 46010502000257号", "琼公网安备46010502000257号"),
    ("0898 - 6533\u300012345", "0898-653312345"),
    ("ｈｔｔｐｓ：／／ｗｗｗ．ｈａｉｎａｎ．ｇｏｖ．ｃｎ", "https://www.hainan.gov.cn"),
    (" 4600000001\u200b ", "4600000001"),
    ("琼公网安备 46010502000257号。", "琼公网安备46010502000257号"),
    ("http://www.hainan.gov.cn/；", "http://www.hainan.gov.cn/"),
    (46010502000257, "46010502000257"),
    (46010502000257.0, "46010502000257"),
]


@pytest.mark.parametrize(("raw", "expected"), IDENTIFIER_CASES)
def test_parse_identifier_accepts(raw: object, expected: str) -> None:
    assert parse_identifier(raw) == expected


@pytest.mark.parametrize(
    ("raw", "fragment"),
    [(True, "不是编号"), (1.5, "不是编号"), (-1, "不是编号"), (["a"], "不是编号")],
)
def test_parse_identifier_rejects(raw: object, fragment: str) -> None:
    assert fragment in error_of(parse_identifier, raw)


# ---------------------------------------------------------------------------- choices

CHOICE_CASES: list[tuple[object, list[str]]] = [
    ("department", ["department"]),
    ("部门网站", ["department"]),
    (" 部门 网站 ", ["department"]),
    ("政府门户网站", ["portal"]),
    ("门户网站", ["portal"]),
    (["专项网站", "portal"], ["portal", "special"]),
    (("部门网站",), ["department"]),
    (["部门网站", "部门网站", "department"], ["department"]),
    (["部门网站", None, ""], ["department"]),
    ("专项网站、部门网站", ["department", "special"]),
    ("专项网站,部门网站", ["department", "special"]),
    ("专项网站，部门网站", ["department", "special"]),
    ("专项网站;部门网站；门户网站", ["portal", "department", "special"]),
    ("专项网站/部门网站", ["department", "special"]),
    ("专项网站和政府门户网站", ["portal", "special"]),
    ("部门网站及专项网站", ["department", "special"]),
    ("门户网站 部门网站", ["portal", "department"]),
    ("special portal", ["portal", "special"]),
    ("☐政府门户网站 ☑部门网站 ☐专项网站", ["department"]),
    ("☑政府门户网站 ☑部门网站 ☐专项网站", ["portal", "department"]),
    ("☐政府门户网站 ☐部门网站 ☐专项网站", []),
    ("政府门户网站√ 部门网站 专项网站√", ["portal", "special"]),
    (
        '<input type="checkbox"/> 政府门户网站 <input checked="" type="checkbox"/> 部门网站',
        ["department"],
    ),
    ("网站类型：☑专项网站", ["special"]),
    ([], []),
    (None, []),
]


@pytest.mark.parametrize(("raw", "expected"), CHOICE_CASES)
def test_parse_choices_accepts(raw: object, expected: list[str]) -> None:
    assert parse_choices(raw, OPTIONS) == expected


@pytest.mark.parametrize(
    ("raw", "item"),
    [
        ("其他网站", "其他网站"),
        ("省政府门户网站", "省政府门户网站"),
        ("部门网站、其他", "其他"),
        ("门户网站x", "门户网站x"),
        ("Portal", "Portal"),
        ("☑其他网站 ☐部门网站", "其他网站"),
        ([1], "1"),
        ([["部门网站"]], "一组值"),
        ({"portal": True}, "一组键值"),
    ],
)
def test_parse_choices_rejects_unknown_items(raw: object, item: str) -> None:
    message = error_of(lambda r: parse_choices(r, OPTIONS), raw)
    assert f"「{item}」不是可选的项" in message
    assert "请从 政府门户网站、部门网站、专项网站 中选择" in message


def test_longest_label_wins() -> None:
    options = {"other": ["其他"], "other_noted": ["其他（注明）"], "a": ["网站"], "b": ["门户网站"]}
    assert parse_choices("其他（注明）", options) == ["other_noted"]
    assert parse_choices("其他", options) == ["other"]
    assert parse_choices("门户网站", options) == ["b"]
    assert ticked_options("☑其他（注明） ☐其他", options) == ["other_noted"]


def test_options_given_as_plain_strings() -> None:
    assert parse_choices("部门网站", {"department": "部门网站"}) == ["department"]


def test_no_options_at_all() -> None:
    assert "没有可以选择的项" in error_of(lambda r: parse_choices(r, {}), "x")


LABEL_FORMS = {key: [key, *labels] for key, labels in OPTIONS.items()}


@given(
    st.permutations(list(OPTIONS)).flatmap(
        lambda keys: st.tuples(st.just(keys), st.integers(min_value=1, max_value=len(keys)))
    ),
    st.data(),
)
def test_parse_choices_returns_options_order(picked: tuple[list[str], int], data: Any) -> None:
    keys, count = picked
    chosen = keys[:count]
    written = [data.draw(st.sampled_from(LABEL_FORMS[k])) for k in chosen]
    separator = data.draw(
        st.sampled_from(["、", ",", "，", ";", "；", "/", " ", "和", "及", " 、 "])
    )
    expected = [k for k in OPTIONS if k in chosen]
    assert parse_choices(separator.join(written), OPTIONS) == expected
    assert parse_choices(written, OPTIONS) == expected
    assert parse_choices(written + written, OPTIONS) == expected


# ---------------------------------------------------------------------------- tick marks

TICKS = ["☑", "✓", "✔", "√", "■", "☒", "⊠", "⬛", "(√)", "（√）", "[√]", "[x]", "[X]"]
TICKS_HTML = ['<input checked="" type="checkbox"/>', '<input type="checkbox" checked="checked">']
UNTICKS = ["☐", "□", "○", "◯", "( )", "（ ）", "[ ]", '<input type="checkbox"/>']


@pytest.mark.parametrize("tick", TICKS + TICKS_HTML)
def test_every_tick_mark_before_a_label(tick: str) -> None:
    assert ticked_options(f"{tick}是 ☐否", YES_NO) == ["yes"]
    assert ticked_options(f"☐是 {tick} 否", YES_NO) == ["no"]


@pytest.mark.parametrize("untick", UNTICKS)
def test_every_untick_mark(untick: str) -> None:
    assert ticked_options(f"{untick}是 ☑否", YES_NO) == ["no"]
    assert ticked_options(f"{untick} 是 {untick} 否", YES_NO) == []


@pytest.mark.parametrize("text", ["是", "部门网站", "是否", "（注明）", "x 是", "", "  "])
def test_no_marks_means_none(text: str) -> None:
    assert ticked_options(text, YES_NO) is None


@given(
    st.lists(st.booleans(), min_size=3, max_size=3),
    st.sampled_from(["before", "after"]),
    st.sampled_from(TICKS + TICKS_HTML),
    st.sampled_from(UNTICKS),
    st.sampled_from(["", " ", "  "]),
)
def test_ticked_options_finds_exactly_the_ticked(
    ticked: list[bool], side: str, tick: str, untick: str, gap: str
) -> None:
    if side == "after" and "<" in tick + untick:
        return  # HTML checkboxes always precede their label
    parts = []
    for key, on in zip(OPTIONS, ticked, strict=True):
        mark = tick if on else untick
        label = OPTIONS[key][0]
        parts.append(f"{mark}{gap}{label}" if side == "before" else f"{label}{mark}")
    result = ticked_options(" ".join(parts), OPTIONS)
    assert result == [k for k, on in zip(OPTIONS, ticked, strict=True) if on]


def test_ticked_options_rejects_non_text() -> None:
    assert "不是文字" in error_of(lambda r: ticked_options(r, YES_NO), 5)  # type: ignore[arg-type]


# ---------------------------------------------------------------------------- robustness

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats()
    | st.text()
    | st.text(st.characters(categories=["Cs"])),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=3),
    max_leaves=12,
)
TOKENS = [
    *"0123456789１２万亿千百十零一二两三〇年月日号元.,，、 -－—~%+约多余是否有无√☑☐□()（）[]x/",
    "<input checked>",
    "<input type='checkbox'>",
    "政府门户网站",
    "门户网站",
    "部门网站",
    "\u3000",
    "\x00",
    "\ud800",
    "N/A",
]
cell_texts = st.lists(st.sampled_from(TOKENS), max_size=12).map("".join)
odd_objects = st.sampled_from(
    [
        decimal.Decimal("1.5"),
        complex(1, 2),
        b"123",
        {1, 2},
        object(),
        range(3),
        D(2023, 1, 1),
        datetime.time(1, 2),
        ...,
        int,
    ]
)


def assert_only_normalize_errors(raw: object) -> None:
    for parser in ALL_PARSERS:
        message = ""
        try:
            parser(raw)
        except NormalizeError as error:
            message = str(error)
        assert "\n" not in message


@given(json_values | cell_texts | odd_objects | st.text(st.characters(codec=None)))
@settings(suppress_health_check=[HealthCheck.too_slow])
def test_nothing_but_normalize_error_escapes(raw: object) -> None:
    assert_only_normalize_errors(raw)


@given(cell_texts)
def test_blank_agrees_with_parsers(raw: str) -> None:
    if is_blank(raw):
        for parser in SCALAR_PARSERS:
            assert parser(raw) is None


def test_deeply_nested_list_is_refused_without_recursion() -> None:
    nested: list[object] = []
    for _ in range(100_000):
        nested = [nested]
    assert_only_normalize_errors(nested)
    assert not is_blank(nested)


class Hostile:
    def __str__(self) -> str:
        raise RuntimeError("never call me")

    __repr__ = __str__

    def __eq__(self, other: object) -> bool:
        raise RuntimeError("never call me")

    __hash__ = object.__hash__


def test_hostile_object_is_never_touched() -> None:
    assert_only_normalize_errors(Hostile())
    assert_only_normalize_errors([Hostile()])


@pytest.mark.parametrize(
    "raw",
    [
        "1" * 100_000,
        "1 " * 50_000,
        "1," * 50_000,
        "是√" * 50_000,
        "☑" * 100_000,
        "<input " * 20_000,
        "(" * 100_000,
        "\ud800" * 100_000,
        "2023-" * 20_000,
    ],
)
def test_huge_input_is_refused_quickly(raw: str) -> None:
    start = time.perf_counter()
    for parser in SCALAR_PARSERS:
        assert "内容过长" in error_of(parser, raw)
    assert "内容过长" in error_of(lambda r: parse_choices(r, OPTIONS), raw)
    assert time.perf_counter() - start < 0.5


@pytest.mark.parametrize(
    "raw",
    [
        "1" * 9_999,
        "1 " * 4_999,
        "1,0" * 3_333,
        "是√" * 4_999,
        "☑部门网站" * 1_999,
        "<input " * 1_400,
        "( " * 4_999,
        "约" * 9_999,
        "一" * 9_999,
        "1-" * 4_999,
        "2023-" * 1_999,
        "部门网站、" * 1_999,
    ],
)
def test_longest_accepted_input_stays_fast(raw: str) -> None:
    start = time.perf_counter()
    assert_only_normalize_errors(raw)
    assert time.perf_counter() - start < 1.0


def test_too_many_choices() -> None:
    assert "内容过长" in error_of(lambda r: parse_choices(r, OPTIONS), ["部门网站"] * 1001)


def test_error_quotes_are_short_and_printable() -> None:
    message = error_of(parse_int, "约" * 100 + "\x00\n")
    assert "…" in message
    assert len(message) < 120
    assert "\\u0000" in error_of(parse_int, "a\x00b")


def test_normalize_error_is_a_value_error() -> None:
    assert issubclass(NormalizeError, ValueError)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("(√)", True), ("[x]", True), ("( )", False), ('<input checked="" type="checkbox"/>', True)],
)
def test_lone_bracketed_or_html_mark_is_a_bool(raw: str, expected: bool) -> None:
    assert parse_bool(raw) is expected


def test_label_containing_a_separator() -> None:
    options = {"both": ["政策文件和解读"], "doc": ["政策文件"], "talk": ["解读"]}
    assert parse_choices("政策文件和解读", options) == ["both"]
    assert parse_choices("解读、政策文件", options) == ["doc", "talk"]


def test_mixed_numeral_is_not_called_two_numbers() -> None:
    message = error_of(parse_int, "1万2千")
    assert "多个数" not in message
    assert "「1万2千」" in message


def test_a_box_closing_a_list_ticks_no_option_another_box_stands_before() -> None:
    # ☐部门网站 is unticked: the last ☑ has no option of its own (its name went on the next
    # line), so it is no answer rather than a tick of the option before it.
    with pytest.raises(NormalizeError):
        parse_choices("☑政府门户网站 ☐部门网站 ☑", OPTIONS)
    assert parse_choices("部门网站☑ 专项网站☐", OPTIONS) == ["department"]  # marks after


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        ("1726（含转载86条）", 1726),
        ("0（本年度未开展）", 0),
        ("无（未开展）", 0),
        ("35条(含专题页)", 35),
    ],
)
def test_a_remark_in_brackets_after_a_count_leaves_the_count(raw: str, value: int) -> None:
    assert parse_int(raw) == value


def test_a_remark_alone_is_no_count() -> None:
    with pytest.raises(NormalizeError):
        parse_int("（含转载86条）")


@pytest.mark.parametrize(
    "raw", ["（请填写其他新媒体产品类型，如抖音号）", "（请注明）", "(请填写)", "（单击此处输入）"]
)
def test_a_templates_prompt_left_in_a_cell_is_blank(raw: str) -> None:
    assert is_blank(raw)
    assert parse_text(raw) is None


def test_a_value_with_a_bracketed_remark_is_no_prompt() -> None:
    assert parse_text("某局（请审核）") == "某局（请审核）"
    assert not is_blank("（含转载）")
