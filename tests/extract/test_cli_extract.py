"""`nianbao extract` and `nianbao eval` against the contracts (shared/spec/contracts.md)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from locations import CORPUS
from nianbao.coerce import report_from_mapping
from nianbao.extract import evaluate
from nianbao.extract.evaluate import evaluate_dir
from nianbao.extract.pipeline import Extraction
from nianbao.render.summary_book import SummaryBook
from nianbao.synthetic import synthetic_report
from nianbao_cli.main import main

SEED = CORPUS / "raw" / "000.txt"
LAYOUTS = Path(__file__).parent / "layouts"
RECORD_KEYS = {"source", "format", "values", "provenance", "confidence", "findings", "unmatched"}


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def records(out: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in out.splitlines()]


def test_extract_json_record_has_the_contract_shape(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "extract", "--json", str(SEED))
    assert code == 1  # the seed has an error finding (interp_sum)
    (record,) = records(out)
    assert set(record) >= RECORD_KEYS
    assert record["source"] == str(SEED)
    assert record["format"] == "text"
    truth = json.loads((CORPUS / "truth" / "000.json").read_text("utf-8"))
    assert record["values"] == {k: v for k, v in truth.items() if not k.startswith("_")}
    assert set(record["provenance"]) == set(record["values"]) == set(record["confidence"])
    for prov in record["provenance"].values():
        assert set(prov) == {"page", "where", "raw"}
        assert prov["page"] is None  # plain text has no pages
        assert prov["where"].startswith("第 ")
    assert all(0.0 <= c <= 1.0 for c in record["confidence"].values())
    finding = record["findings"][0]
    assert set(finding) == {"rule", "severity", "fields", "clause", "message", "fix"}
    assert record["unmatched"] == []


def test_folders_are_read_recursively_in_order_and_broken_files_do_not_stop_the_batch(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    (tmp_path / "a").mkdir()
    shutil.copy(SEED, tmp_path / "a" / "1-seed.txt")
    (tmp_path / "a" / "2-garbage.pdf").write_bytes(bytes(range(256)) * 4)
    (tmp_path / "a" / "3-broken.pdf").write_bytes(b"%PDF-1.7\n" + b"\x00garbage" * 50)
    (tmp_path / "b.txt").write_text("这是一封普通的信。\n没有任何报表栏目。\n", "utf-8")
    shutil.copy(LAYOUTS / "pairs.txt", tmp_path / "c-pairs.txt")
    code, out, _ = run(capsys, "extract", "--json", str(tmp_path))
    got = records(out)
    assert code == 1
    assert [Path(r["source"]).name for r in got] == [
        "1-seed.txt",
        "2-garbage.pdf",
        "3-broken.pdf",
        "b.txt",
        "c-pairs.txt",
    ]
    assert got[1]["error"]["code"] == "unsupported_format"
    assert got[2]["error"]["code"] == "unreadable"
    assert got[3]["error"]["code"] == "not_a_report"
    assert "栏目" in got[3]["error"]["message"]
    assert got[4]["values"]["site_name"] == "某县人民政府门户网站"


def test_jobs_and_output_file_keep_input_order(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    files = [str(p) for p in sorted(LAYOUTS.iterdir()) if p.suffix != ".yaml"] + [str(SEED)]
    _, single, _ = run(capsys, "extract", "--json", *files)
    out_file = tmp_path / "out.jsonl"
    _, parallel, _ = run(capsys, "extract", "--json", "--jobs", "2", "-o", str(out_file), *files)
    assert records(parallel) == records(single)
    assert records(out_file.read_text("utf-8")) == records(single)
    assert [r["source"] for r in records(single)] == files


def test_human_output_lists_values_and_findings(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "extract", str(SEED))
    assert code == 1
    assert "读出 60 个栏目" in out
    assert "网站类型：部门网站" in out
    assert "〔四、1(1)〕" in out


def test_extract_usage_errors(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert run(capsys, "extract")[0] == 2
    assert run(capsys, "extract", "--jobs", "0", str(SEED))[0] == 2
    assert run(capsys, "extract", str(tmp_path))[0] == 2  # an empty folder


def test_validate_reads_any_format_extract_reads(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys, "validate", "--json", str(SEED), str(LAYOUTS / "merged_sections.html")
    )
    seed, html = records(out)
    assert code == 1
    assert [f["rule"] for f in seed["findings"] if f["severity"] == "error"] == ["interp_sum"]
    assert "findings" in html


def test_eval_on_the_shared_corpus(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "eval", str(CORPUS), "--min-accuracy", "0.99")
    assert code == 0
    assert "准确率 100.00%" in out
    code, out, _ = run(capsys, "eval", "--json", str(CORPUS))
    (summary,) = records(out)
    assert summary["accuracy"] == 1.0
    assert summary["fields"]["interp_total"]["recall"] == 1.0
    assert summary["formats"] == {"text": {"files": 1, "accuracy": 1.0}}


def test_eval_reports_wrong_values_and_fails_below_the_minimum(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    (tmp_path / "raw").mkdir()
    (tmp_path / "truth").mkdir()
    shutil.copy(SEED, tmp_path / "raw" / "x.txt")
    truth = json.loads((CORPUS / "truth" / "000.json").read_text("utf-8"))
    truth["page_views"] = 1
    (tmp_path / "truth" / "x.json").write_text(json.dumps(truth, ensure_ascii=False), "utf-8")
    code, out, err = run(capsys, "eval", "--json", "--min-accuracy", "0.999", str(tmp_path))
    assert code == 1
    assert "低于" in err
    (summary,) = records(out)
    assert summary["worst"][0]["wrong"] == {"page_views": {"truth": 1, "extracted": 964152}}
    assert summary["fields"]["page_views"]["precision"] == 0.0
    assert run(capsys, "eval", str(tmp_path / "raw"))[0] == 2


def test_a_table_of_reports_gives_a_record_per_report(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    book = SummaryBook()
    for n in range(3):
        book.add(f"r{n}.json", report_from_mapping(synthetic_report(n)), [])
    table = tmp_path / "a-汇总.xlsx"
    book.save(table)
    shutil.copy(SEED, tmp_path / "z-seed.txt")
    _, single, _ = run(capsys, "extract", "--json", str(tmp_path))
    _, parallel, _ = run(capsys, "extract", "--json", "--jobs", "2", str(tmp_path))
    got = records(single)
    assert records(parallel) == got
    assert [r["source"] for r in got] == [
        f"{table}#1",
        f"{table}#2",
        f"{table}#3",
        str(tmp_path / "z-seed.txt"),
    ]
    assert got[1]["values"]["site_name"] == synthetic_report(1)["site_name"]
    assert got[1]["provenance"]["site_name"]["where"].startswith("工作表「汇总」第 4 行")
    # validate, summary and analyse take every report of the file.
    _, out, _ = run(capsys, "validate", "--json", str(table))
    assert [r["source"] for r in records(out)] == [f"{table}#{n}" for n in (1, 2, 3)]
    again = tmp_path / "again.xlsx"
    _, out, _ = run(capsys, "summary", "--json", "-o", str(again), str(table))
    assert [r["row"] for r in records(out)] == [3, 4, 5]
    _, out, _ = run(capsys, "analyse", "--json", str(table))
    assert records(out)[0]["reports"] == 3
    # Where one report is due, the table is refused with what to do instead.
    code, _, err = run(capsys, "show", str(table))
    assert code == 1
    assert "3 份报表" in err
    assert "nianbao extract" in err


def _table_of_three(folder: Path) -> None:
    """An evaluation folder holding raw/table.xlsx, a table of three synthetic reports."""
    (folder / "raw").mkdir()
    (folder / "truth").mkdir()
    book = SummaryBook()
    for n in range(3):
        book.add(f"r{n}.json", report_from_mapping(synthetic_report(n)), [])
    book.save(folder / "raw" / "table.xlsx")


def test_eval_scores_a_file_of_reports_by_the_one_its_truth_is(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _table_of_three(tmp_path)
    truth = report_from_mapping(synthetic_report(1)).to_json()
    (tmp_path / "truth" / "table.json").write_text(json.dumps(truth, ensure_ascii=False), "utf-8")
    shutil.copy(SEED, tmp_path / "raw" / "seed.txt")
    shutil.copy(CORPUS / "truth" / "000.json", tmp_path / "truth" / "seed.json")
    result = evaluate_dir(tmp_path)
    assert [(f.name, f.lost, f.error) for f in result.files] == [
        ("seed.txt", 0, None),
        ("table.xlsx", 0, None),
    ]
    # An extractor's bug on one file is scored as its error, and the others are read.
    real = evaluate.extract_file_all

    def broken(path: Path) -> list[Extraction]:
        if path.suffix == ".txt":
            raise IndexError("list index out of range")
        return real(path)

    monkeypatch.setattr(evaluate, "extract_file_all", broken)
    seed, table = evaluate_dir(tmp_path).files
    assert seed.error == "crash: IndexError: list index out of range"
    assert seed.lost == seed.truth > 0
    assert table.lost == 0


def test_eval_scores_a_list_of_truths_against_the_reports_in_order(tmp_path: Path) -> None:
    _table_of_three(tmp_path)
    # The truth leaves out the table's second report: the third is still scored against
    # the third, and the second is scored as extracted in excess.
    truths = [report_from_mapping(synthetic_report(n)).to_json() for n in (0, 2)]
    (tmp_path / "truth" / "table.json").write_text(json.dumps(truths, ensure_ascii=False))
    (tmp_path / "raw" / "bad.txt").write_text("x")
    (tmp_path / "truth" / "bad.json").write_text("3")
    files = evaluate_dir(tmp_path).files
    assert [(f.name, f.lost, not f.extra) for f in files] == [
        ("bad.txt", 0, True),
        ("table.xlsx#1", 0, True),
        ("table.xlsx（多出的第 2 份）", files[2].extracted, False),
        ("table.xlsx#2", 0, True),
    ]
    assert files[0].error is not None
    assert "JSON 对象" in files[0].error
