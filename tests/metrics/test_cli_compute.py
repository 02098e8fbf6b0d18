"""`nianbao compute` on the command line: output shapes, exit codes, --into."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from record_files import write_csv

from nianbao.forms import default_form
from nianbao_cli.main import main

LOG = (
    '1.1.1.1 - - [10/May/2024:10:00:00 +0800] "GET /a.html HTTP/1.1" 200 5 "-" "Mozilla/5.0 X"\n'
    '1.1.1.1 - - [10/May/2024:10:00:01 +0800] "GET /a.css HTTP/1.1" 200 5 "-" "Mozilla/5.0 X"\n'
    '1.1.1.1 - - [11/May/2024:10:00:01 +0800] "GET /b.html HTTP/1.1" 200 5 "-" "Mozilla/5.0 X"\n'
    "not a line\n"
)


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def log(tmp_path: Path) -> Path:
    path = tmp_path / "access.log"
    path.write_text(LOG, "utf-8")
    return path


def test_json_shape(capsys: pytest.CaptureFixture[str], log: Path, tmp_path: Path) -> None:
    interviews = write_csv(tmp_path / "i.csv", "编号,访谈日期,网民留言数\n1,2024-02-02,3")
    code, out, _ = run(
        capsys,
        "compute",
        "--year",
        "2024",
        "--json",
        "--access-log",
        str(log),
        "--interviews",
        str(interviews),
    )
    assert code == 0
    [line] = out.splitlines()
    record = json.loads(line)
    assert record["values"] == {
        "unique_visitors": 2,
        "page_views": 2,
        "interviews": 1,
        "interview_messages": 3,
    }
    assert list(record["values"]) == [k for k in default_form().keys if k in record["values"]]
    assert record["rejected_lines"] == 1
    assert record["rejected_examples"] == [f"{log}:4: not a line"]
    for key, explain in record["explain"].items():
        assert set(explain) == {"rule", "inputs", "rows_read", "rows_skipped"}, key
        assert isinstance(explain["rule"], str)
        assert explain["rule"]
        assert all(isinstance(n, int) for n in explain["rows_skipped"].values())
    assert record["explain"]["page_views"]["rows_skipped"] == {"rejected": 1, "asset": 1}
    assert record["explain"]["page_views"]["inputs"] == [str(log)]
    assert set(default_form().keys) >= set(record["values"])


def test_text_output(capsys: pytest.CaptureFixture[str], log: Path) -> None:
    code, out, err = run(capsys, "compute", "--year", "2024", "--access-log", str(log))
    assert code == 0
    assert "网站总访问量（page_views）：2 次" in out
    assert "读取 4 行" in out
    assert "无法解析的日志行：1 行" in err
    assert f"{log}:4: not a line" in err


def test_several_logs_after_one_flag(
    capsys: pytest.CaptureFixture[str], log: Path, tmp_path: Path
) -> None:
    other = tmp_path / "b.log"
    other.write_text(LOG, "utf-8")
    code, out, _ = run(
        capsys, "compute", "--year", "2024", "--json", "--access-log", str(log), str(other)
    )
    assert code == 0
    assert json.loads(out)["values"]["page_views"] == 4


def test_missing_column_exits_1(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = write_csv(tmp_path / "m.csv", "编号,标题\n1,x")
    code, _, err = run(capsys, "compute", "--year", "2024", "--messages", str(path))
    assert code == 1
    assert "缺少" in err
    assert "收到日期" in err
    assert str(path) in err
    code, out, _ = run(capsys, "compute", "--year", "2024", "--json", "--messages", str(path))
    assert code == 1
    assert json.loads(out)["errors"][0]["error"]["code"] == "missing_column"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["compute", "--year", "2024"], "没有给出任何记录"),
        (["compute", "--access-log", "x.log"], "--year"),
        (["compute", "--year", "2024", "--tz", "Mars/Olympus", "--access-log", "x"], "未知的时区"),
        (["compute", "--year", "2024", "x.log"], "多余的参数"),
        (["compute", "--year", "2024", "--log-format", "$status", "--access-log", "x"], "时间变量"),
    ],
)
def test_usage_errors_exit_2(
    capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    code, _, err = run(capsys, *args)
    assert code == 2
    assert message in err


def test_into_yaml(capsys: pytest.CaptureFixture[str], log: Path, tmp_path: Path) -> None:
    report = tmp_path / "report.yaml"
    report.write_text("# 报表\nyear: 2024\npage_views: 1  # 旧值\nsponsor: 某单位\n", "utf-8")
    code, _, err = run(
        capsys, "compute", "--year", "2024", "--access-log", str(log), "--into", str(report)
    )
    assert code == 0
    assert report.read_text("utf-8") == (
        "# 报表\nyear: 2024\npage_views: 2  # 旧值\nsponsor: 某单位\nunique_visitors: 2\n"
    )
    assert "更新 1 项" in err
    assert "新增 1 项" in err
    validate = main(["validate", "--json", str(report)])
    assert validate in (0, 1)  # a partial report: readable, with findings for what is missing
    capsys.readouterr()


def test_into_refuses_when_a_source_failed(
    capsys: pytest.CaptureFixture[str], log: Path, tmp_path: Path
) -> None:
    report = tmp_path / "report.json"
    report.write_text('{"year": 2024}', "utf-8")
    code, _, err = run(
        capsys,
        "compute",
        "--year",
        "2024",
        "--access-log",
        str(log),
        "--cases",
        str(tmp_path / "missing.csv"),
        "--into",
        str(report),
    )
    assert code == 1
    assert "没有写入" in err
    assert report.read_text("utf-8") == '{"year": 2024}'
