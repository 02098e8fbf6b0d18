"""`nianbao import-directory` as a user runs it: a fresh SQLite database, exit codes, JSON."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from nianbao_cli.main import main

ORGS = (  # the child before its parent
    "机构代码,上级机构代码,名称,层级\n"
    "hn-4601,hn,海口市人民政府办公室,市级\n"
    "hn,,海南省人民政府办公厅,省级\n"
)
SITES = (
    "网站标识码,网站名称,首页网址,主办单位,网站类型,机构代码\n"
    "4600000001,海南省人民政府,https://www.hainan.gov.cn/,海南省人民政府办公厅,政府门户网站,hn\n"
    "4601000001,海口市人民政府,https://www.haikou.gov.cn/,海口市人民政府办公室,政府门户网站,hn-4601\n"
)
USERS = "username,name,organisation,role\nsup,李监管,hn,supervisor\nf1,王填报,hn-4601,filler\n"


def nianbao(data: Path, *args: str) -> tuple[int, str, str]:
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env["NIANBAO_DATA_DIR"] = str(data)
    env.pop("DJANGO_SETTINGS_MODULE", None)
    done = subprocess.run(
        [sys.executable, "-m", "nianbao_cli", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    return done.returncode, done.stdout, done.stderr


@pytest.fixture
def files(tmp_path: Path) -> list[str]:
    out = []
    for name, text in (("orgs.csv", ORGS), ("sites.csv", SITES), ("users.csv", USERS)):
        (tmp_path / name).write_text(text, encoding="utf-8")
        out.append(str(tmp_path / name))
    return out


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["import-directory"]) == 2
    assert main(["import-directory", "--bogus", "a.csv"]) == 2
    assert "import-directory" in capsys.readouterr().err


def test_a_fresh_database_bad_file_dry_run_apply_reimport(tmp_path: Path, files: list[str]) -> None:
    data = tmp_path / "data"
    bad = tmp_path / "bad.csv"
    bad.write_text(SITES.replace("https://www.haikou.gov.cn/", "www haikou"), encoding="utf-8")
    code, out, _ = nianbao(data, "import-directory", files[0], str(bad), files[2])
    assert code == 1
    assert "bad.csv" in out
    assert "第 3 行" in out
    assert "「首页网址」列" in out
    assert "没有写入任何数据" in out
    code, out, err = nianbao(data, "import-directory", "--dry-run", "--json", *files)
    assert code == 0, err
    plan = json.loads(out)
    assert plan["counts"] == {"create": 8, "update": 0, "unchanged": 0, "event": 0}, "none written"
    assert plan["dry_run"] is True
    assert plan["applied"] is False
    code, out, err = nianbao(data, "import-directory", *files)
    assert code == 0, err
    assert "已导入：新建 8" in out, "the dry run wrote nothing"
    assert "sup  密码：" in out
    assert "f1  密码：" in out
    code, out, _ = nianbao(
        data, "import-directory", "--json", *files, str(tmp_path / "missing.csv")
    )
    record = json.loads(out)
    assert code == 1
    assert "不存在" in record["problems"][0]["message"]
    assert record["counts"] == {"create": 0, "update": 0, "unchanged": 8, "event": 0}
    assert record["passwords"] == {}
    code, out, _ = nianbao(data, "remind", "--json", "--today", "2025-01-30")
    assert code == 0
    # No 2024 report yet: the Haikou site's filler (f1) is reminded; the province has no
    # filler or reviewer to remind.
    reminders = json.loads(out)["reminders"]
    assert [(r["site_code"], r["state"], r["users"]) for r in reminders] == [
        ("4600000001", "not_started", 0),
        ("4601000001", "not_started", 1),
    ]
