"""The --config file and the record-file reader (CSV/XLSX) with its limits."""

from __future__ import annotations

import datetime
import zipfile
from pathlib import Path

import pytest
from record_files import write_csv, write_xlsx

from nianbao.errors import InputError, UnsafeInputError, UnsupportedFormatError, UsageError
from nianbao.metrics.bots import load_bots
from nianbao.metrics.config import default_config, load_config
from nianbao.readers.tabular import read_table


def _config(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "config.yaml"
    path.write_text(text, "utf-8")
    return path


def test_defaults() -> None:
    config = default_config()
    assert config.access_log.methods == ("GET",)
    assert config.access_log.statuses == ("2xx", "304")
    assert "css" in config.access_log.asset_extensions
    assert config.columns["content"]["title"][0] == "标题"


def test_overrides(tmp_path: Path) -> None:
    config = load_config(
        _config(
            tmp_path,
            "access_log:\n  methods: [get, head]\n  statuses: [200]\n  visitor: cookie:uid\n"
            "  bot_patterns: [MyMonitor]\ncolumns:\n  content:\n    title: 题名\n",
        )
    )
    assert config.access_log.methods == ("GET", "HEAD")
    assert config.access_log.statuses == ("200",)
    assert config.access_log.visitor == "cookie:uid"
    assert config.columns["content"]["title"][:2] == ("题名", "标题")
    assert config.access_log.exclude_assets is True  # not named: the default


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("acces_log: {}\n", "未知的键：acces_log"),
        ("access_log:\n  method: [GET]\n", "access_log 下有未知的键：method"),
        ("access_log:\n  statuses: [ok]\n", "状态码列表"),
        ("access_log:\n  exclude_bots: maybe\n", "true 或 false"),
        ("access_log:\n  visitor: everyone\n", "access_log.visitor"),
        ("columns:\n  content:\n    titel: x\n", "未知的角色：titel"),
        ("columns:\n  news: {}\n", "未知的文件种类：news"),
        ("- a\n", "映射"),
        ("a: [\n", "不是有效的 YAML"),
    ],
)
def test_bad_config_is_a_usage_error(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(UsageError, match=message):
        load_config(_config(tmp_path, text))


def test_bad_bot_pattern(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="不是有效的正则表达式"):
        load_bots(("(unclosed",), (), True)


def test_csv_semicolons_and_quotes(tmp_path: Path) -> None:
    table = read_table(write_csv(tmp_path / "a.csv", '编号;标题\n1;"a; b"\n2;c'))
    assert table.header == ["编号", "标题"]
    assert list(table.rows) == [(2, ["1", "a; b"]), (3, ["2", "c"])]


def test_xlsx_first_non_empty_row_is_the_header(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "a.xlsx",
        {"S": [(None, None), ("编号", "日期", None), (1, datetime.datetime(2024, 1, 2), None)]},
    )
    table = read_table(path)
    assert table.header == ["编号", "日期"]
    assert list(table.rows) == [(3, [1, datetime.datetime(2024, 1, 2)])]


def test_old_excel_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "a.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100)
    with pytest.raises(UnsupportedFormatError, match="另存为"):
        read_table(path)


def test_xlsx_with_entities_is_refused(tmp_path: Path) -> None:
    good = write_xlsx(tmp_path / "good.xlsx", {"S": [("编号",), (1,)]})
    bad = tmp_path / "bad.xlsx"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(bad, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(
                    b"<worksheet", b'<!DOCTYPE x [<!ENTITY a "aaaa">]><worksheet', 1
                )
            target.writestr(info, data)
    with pytest.raises(UnsafeInputError, match="DTD"):
        read_table(bad)


def test_broken_files(tmp_path: Path) -> None:
    fake = tmp_path / "a.xlsx"
    fake.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(InputError, match="损坏"):
        read_table(fake)
    binary = tmp_path / "b.csv"
    binary.write_bytes(bytes(range(256)) * 50)
    with pytest.raises(InputError):
        list(read_table(binary).rows)
    with pytest.raises(InputError, match="不存在"):
        read_table(tmp_path / "nope.csv")
