"""--into: computed figures go into a report file; nothing else in it changes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from nianbao.errors import InputError, UsageError
from nianbao.metrics.merge import merge_into

VALUES = {"page_views": 964152, "unique_visitors": 453679, "messages_avg_days": 3.5}

YAML = """\
# 2024 年度报表（海口市卫生健康委员会）
year: 2024
site_name: 海口市卫生健康委员会   # 网站名称
unique_visitors: 1   # from CNZZ, to be replaced
page_views:
info_total: "375"
messages_avg_days: |
  3
other_media: 无
"""


def test_yaml_keeps_every_other_byte(tmp_path: Path) -> None:
    path = tmp_path / "report.yaml"
    path.write_text(YAML, "utf-8")
    merged = merge_into(path, {**VALUES, "cases_total": 6370}, 2024)
    assert sorted(merged.changed) == ["messages_avg_days", "page_views", "unique_visitors"]
    assert merged.added == ["cases_total"]
    expected = (
        YAML.replace("unique_visitors: 1   #", "unique_visitors: 453679   #")
        .replace("page_views:\n", "page_views: 964152\n")
        .replace("messages_avg_days: |\n  3\n", "messages_avg_days: 3.5\n")
    ) + "cases_total: 6370\n"
    assert path.read_text("utf-8") == expected
    assert list(tmp_path.iterdir()) == [path]  # no temporary file left behind


def test_yaml_unchanged_values_leave_the_file_alone(tmp_path: Path) -> None:
    path = tmp_path / "r.yml"
    text = "year: 2024\r\npage_views: 964152 # same\r\n"
    path.write_bytes(b"\xef\xbb\xbf" + text.encode())
    merged = merge_into(path, {"page_views": 964152, "cases_total": 1}, 2024)
    assert merged.unchanged == ["page_views"]
    assert path.read_bytes() == b"\xef\xbb\xbf" + (text + "cases_total: 1\r\n").encode()


def test_json_keeps_other_keys_and_their_order(tmp_path: Path) -> None:
    path = tmp_path / "report.json"
    original = {
        "year": 2024,
        "site_name": "海口市卫生健康委员会",
        "page_views": 1,
        "_notes": "人工核对",
        "innovation": ["accessibility"],
        "unique_visitors": 0,
    }
    path.write_text(json.dumps(original, ensure_ascii=False, indent=4) + "\n", "utf-8")
    merge_into(path, VALUES, 2024)
    text = path.read_text("utf-8")
    after = json.loads(text)
    assert list(after) == [*original, "messages_avg_days"]
    assert after == {**original, **VALUES}
    assert text.startswith('{\n    "year"')  # the file's own indentation
    assert text.endswith("}\n")


def test_a_new_report_file_is_created(tmp_path: Path) -> None:
    path = tmp_path / "new.json"
    merge_into(path, VALUES, 2024)
    assert json.loads(path.read_text("utf-8")) == VALUES


@pytest.mark.parametrize(
    ("name", "text"), [("r.json", '{"year": 2023}'), ("r.yaml", "year: 2023\n")]
)
def test_another_year_is_refused(tmp_path: Path, name: str, text: str) -> None:
    path = tmp_path / name
    path.write_text(text, "utf-8")
    with pytest.raises(InputError, match="--year 2024 不一致"):
        merge_into(path, VALUES, 2024)
    assert path.read_text("utf-8") == text


def test_only_report_files(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match=r"\.json"):
        merge_into(tmp_path / "r.txt", VALUES, 2024)
    flow = tmp_path / "flow.yaml"
    flow.write_text("{year: 2024}\n", "utf-8")
    with pytest.raises(InputError, match="块格式"):
        merge_into(flow, VALUES, 2024)
