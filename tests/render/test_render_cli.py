"""`nianbao render` and `nianbao summary` against the contract."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import openpyxl
import pytest

from nianbao.render import FORMATS
from nianbao.render.summary_book import DATA_SHEET, FINDINGS_SHEET
from nianbao_cli.main import main

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
SEED = FIXTURES / "seed-2022.yaml"
VALID = FIXTURES / "valid-2022.yaml"
MAGIC = {"html": b"<!DOCTYPE html>", "pdf": b"%PDF-", "docx": b"PK", "xlsx": b"PK"}


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("fmt", FORMATS)
def test_render_writes_stem_ext_in_current_folder(
    fmt: str, capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    code, out, err = run(capsys, "render", str(SEED), "--to", fmt)
    written = tmp_path / f"seed-2022.{fmt}"
    assert code == 0
    assert written.read_bytes().startswith(MAGIC[fmt])
    assert str(written) in out
    # The seed breaks one rule: still rendered, as a draft, and said so.
    assert "报表有 1 个错误，仍已生成草稿" in err
    assert [p.name for p in tmp_path.iterdir()] == [written.name]  # no temp file left


def test_render_json_record(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    target = tmp_path / "out" / "表.docx"
    target.parent.mkdir()
    code, out, err = run(capsys, "render", str(SEED), "--to", "docx", "-o", str(target), "--json")
    assert code == 0
    record = json.loads(out)
    assert record["source"] == str(SEED)
    assert record["output"] == str(target)
    assert record["format"] == "docx"
    assert record["findings"] == 2
    assert record["counts"] == {"error": 1, "warning": 1}
    assert zipfile.is_zipfile(target)
    assert "仍已生成草稿" in err


def test_render_valid_report_is_quiet(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run(capsys, "render", str(VALID), "--to", "html", "-o", str(tmp_path / "v.html"))
    assert code == 0
    assert err == ""


def test_render_unreadable_input(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", "utf-8")
    code, out, _ = run(capsys, "render", str(broken), "--to", "pdf", "--json")
    assert code == 1
    record = json.loads(out)
    assert record["source"] == str(broken)
    assert record["error"]["code"] == "unreadable"
    assert not (tmp_path / "broken.pdf").exists()
    code, _, err = run(capsys, "render", str(tmp_path / "missing.yaml"), "--to", "html")
    assert code == 1
    assert "不存在" in err


def test_render_unwritable_output(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    target = tmp_path / "no-such-folder" / "x.html"
    code, _, err = run(capsys, "render", str(SEED), "--to", "html", "-o", str(target))
    assert code == 1
    assert "所在文件夹不存在" in err
    assert "Traceback" not in err


def test_render_usage_errors(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run(capsys, "render", str(SEED), "--to", "odt")
    assert code == 2
    assert "--to" in err
    code, _, err = run(capsys, "render", str(SEED))
    assert code == 2
    same = tmp_path / "r.html"
    same.write_text("{}", "utf-8")
    code, _, err = run(capsys, "render", str(same), "--to", "html", "-o", str(same))
    assert code == 2
    assert "就是输入文件" in err
    assert same.read_text("utf-8") == "{}"


def test_summary_goes_on_past_unreadable_files(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    missing = tmp_path / "missing.json"
    target = tmp_path / "summary.xlsx"
    code, out, err = run(capsys, "summary", str(VALID), str(missing), str(SEED), "-o", str(target))
    assert code == 1
    assert "missing.json" in err
    assert "已汇总 2 份报表" in out
    wb = openpyxl.load_workbook(target)
    assert [r[0].value for r in wb[DATA_SHEET].iter_rows(min_row=3)] == [
        str(VALID),
        str(SEED),
        "合计（平均办理时间为平均值）",
    ]
    findings = list(wb[FINDINGS_SHEET].iter_rows(min_row=2, values_only=True))
    assert (str(missing), "unreadable") in {(r[0], r[3]) for r in findings}
    assert any(r[0] == str(SEED) and r[3] == "interp_sum" for r in findings)


def test_summary_json_lines_in_input_order(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    missing = tmp_path / "missing.json"
    code, out, err = run(capsys, "summary", str(SEED), str(missing), str(VALID), "--json")
    assert code == 1
    records = [json.loads(line) for line in out.splitlines()]
    assert [r["source"] for r in records] == [str(SEED), str(missing), str(VALID)]
    assert records[0]["findings"] == 2
    assert records[0]["output"] == "summary.xlsx"
    assert records[1]["error"]["code"] == "unreadable"
    assert records[2]["counts"] == {"error": 0, "warning": 0}
    assert (tmp_path / "summary.xlsx").is_file()
    assert "已汇总 2 份报表" in err


def test_summary_of_valid_reports_exits_0(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, _, _ = run(capsys, "summary", str(VALID), str(VALID), "-o", str(tmp_path / "s.xlsx"))
    assert code == 0


def test_summary_unwritable_output(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    target = tmp_path / "no-such-folder" / "s.xlsx"
    code, _, err = run(capsys, "summary", str(VALID), "-o", str(target))
    assert code == 1
    assert "所在文件夹不存在" in err
    assert "Traceback" not in err
