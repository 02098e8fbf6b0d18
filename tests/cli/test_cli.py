"""The command line against the contracts: output shapes and exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from nianbao.loading import check_file
from nianbao_cli.main import main

FIXTURES = Path(__file__).parent.parent / "fixtures"
SEED = FIXTURES / "seed-2022.yaml"
VALID = FIXTURES / "valid-2022.yaml"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_validate_seed_prints_findings_by_section(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "validate", str(SEED))
    assert code == 1
    assert "1 个错误，1 个警告" in out
    assert "【解读回应】" in out
    assert "〔四、1(1)〕" in out
    assert "【移动新媒体】" in out
    assert "〔八、3(3)〕" in out
    assert out.index("【解读回应】") < out.index("【移动新媒体】")


def test_validate_valid_report_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "validate", str(VALID))
    assert code == 0
    assert "未发现问题" in out


def test_validate_json_lines_in_input_order(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    missing = tmp_path / "nope.json"
    code, out, _ = run(capsys, "validate", "--json", str(VALID), str(missing), str(SEED))
    assert code == 1
    records = [json.loads(line) for line in out.splitlines()]
    assert [r["source"] for r in records] == [str(VALID), str(missing), str(SEED)]
    assert records[0]["findings"] == []
    assert records[1]["error"]["code"] == "unreadable"
    assert "不存在" in records[1]["error"]["message"]
    finding = records[2]["findings"][0]
    assert set(finding) == {"rule", "severity", "fields", "clause", "message", "fix"}
    assert finding["rule"] == "interp_sum"


@pytest.mark.parametrize(
    ("content", "code"),
    [
        (b"[1, 2, 3]", "not_a_report"),
        (b"\x00\x01binary", "not_a_report"),
        (b"{not json", "unreadable"),
        (b"key: [unclosed", "unreadable"),
        (b"[" * 10_000 + b"]" * 10_000, "unsafe"),
    ],
)
def test_unreadable_inputs_get_error_records(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, content: bytes, code: str
) -> None:
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    status, out, _ = run(capsys, "validate", "--json", str(path))
    assert status == 1
    (record,) = [json.loads(line) for line in out.splitlines()]
    assert record["error"]["code"] == code


def test_too_large_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "big.yaml"
    path.write_bytes(b"#" * (3 * 1024 * 1024))
    status, out, _ = run(capsys, "validate", "--json", str(path))
    assert status == 1
    assert json.loads(out)["error"]["code"] == "too_large"


@pytest.mark.parametrize(
    "args",
    [
        ("validate",),
        ("validate", "--bogus", "x"),
        ("nosuchcommand",),
        ("validate", "--deadline", "13-40", "f"),
    ],
)
def test_usage_errors_exit_2_with_one_line(
    capsys: pytest.CaptureFixture[str], args: tuple[str, ...]
) -> None:
    code, out, err = run(capsys, *args)
    assert code == 2
    assert out == ""
    assert len(err.strip().splitlines()) == 1, err
    assert "Traceback" not in err


def test_deadline_setting(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    text = VALID.read_text("utf-8").replace("fill_date: 2023-01-11", "fill_date: 2023-01-30")
    path = tmp_path / "late.yaml"
    path.write_text(text, "utf-8")
    _, out, _ = run(capsys, "validate", "--json", str(path))
    assert json.loads(out)["findings"] == []
    _, out, _ = run(capsys, "validate", "--json", "--deadline", "01-29", str(path))
    assert [f["rule"] for f in json.loads(out)["findings"]] == ["fill_date_deadline"]


def test_schema_json_is_a_valid_draft_2020_12_schema(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "schema", "--json")
    assert code == 0
    schema = json.loads(out)
    jsonschema.Draft202012Validator.check_schema(schema)
    props = schema["properties"]
    assert len(props) == 62
    assert list(props)[:3] == ["year", "filing_unit", "site_name"]
    assert props["interp_total"]["x-clause"] == "四、1(1)"
    assert props["interp_total"]["x-section"] == "解读回应/解读信息发布"
    assert props["interp_total"]["x-unit"] == "条"
    assert props["interp_total"]["title"] == "总数"
    assert props["interp_total"]["description"].startswith("总数：请填写本年度网站发布或转载")
    jsonschema.validate(check_file(VALID).report.to_json(), schema)


def test_schema_validates_the_corpus_truth(
    capsys: pytest.CaptureFixture[str], corpus_truth: Path
) -> None:
    _, out, _ = run(capsys, "schema", "--json")
    schema = json.loads(out)
    for path in corpus_truth.glob("*.json"):
        jsonschema.validate(json.loads(path.read_text("utf-8")), schema)


def test_schema_table(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "schema")
    assert code == 0
    assert "interp_total" in out
    assert "四、1(1)" in out


def test_template_round_trip(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    target = tmp_path / "blank.yaml"
    code, out, _ = run(capsys, "template", "--year", "2024", "-o", str(target))
    assert code == 0
    assert "已写入" in out
    text = target.read_text("utf-8")
    assert "# 解读信息发布总数（整数，单位：条） 〔四、1(1)〕" in text
    code, out, _ = run(capsys, "validate", "--json", str(target))
    record = json.loads(out)
    assert code == 1
    rules = {f["rule"] for f in record["findings"]}
    assert rules == {"required"}
    assert "year" not in {f["fields"][0] for f in record["findings"]}
    code, _, err = run(capsys, "template", "-o", str(target))
    assert code == 2
    assert "--force" in err


def test_template_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "template", "--json")
    assert code == 0
    blank = json.loads(out)
    assert len(blank) == 62
    assert all(v is None for v in blank.values())


def test_show_prints_the_official_table(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "show", str(SEED))
    assert code == 1
    for text in (
        "政府网站工作年度报表",
        "2022年度",
        "填报单位：海口市卫生健康委员会",
        "☑部门网站",
        "解读信息发布",
        "填报日期：2023-01-11",
    ):
        assert text in out, text


def test_show_json_has_provenance(capsys: pytest.CaptureFixture[str]) -> None:
    _code, out, _ = run(capsys, "show", "--json", str(SEED))
    record = json.loads(out)
    assert record["values"]["icp_number"] == "琼ICP备19003404号-2"
    assert record["provenance"]["icp_number"]["raw"] == "琼 ICP 备 19003404 号-2"
    assert record["provenance"]["icp_number"]["where"].startswith("第 ")
