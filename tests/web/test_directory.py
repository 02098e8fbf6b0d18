"""Bulk import of organisations, sites and users: plan (dry run), apply, re-import, problems."""

from __future__ import annotations

import csv
import datetime
import io
import json
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from django.contrib.admin.models import LogEntry
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from hypothesis import given
from hypothesis import strategies as st

from nianbao_cli.main import main
from nianbao_web.orgs.models import Membership, Organisation, Site, SiteEvent
from nianbao_web.reports.models import Report
from nianbao_web.services import directory

from .conftest import World

CITIES = {"4601": "海口市", "4602": "三亚市", "4604": "儋州市"}
DEPARTMENTS = ("卫生健康委员会", "教育局", "生态环境局")
ORG_HEADER = ("机构代码", "上级机构代码", "名称", "层级", "审核下级", "发布期限")
SITE_HEADER = ("网站标识码", "网站名称", "首页网址", "主办单位", "网站类型", "机构代码", "开通日期")
USER_HEADER = ("用户名", "姓名", "电子邮箱", "机构代码", "角色")
Table = list[dict[str, Any]]


def province() -> dict[str, Table]:
    """A province: 政府办公厅 → 3 city offices → 3 departments each; 31 sites; every role."""
    orgs: Table = [
        {"机构代码": "hn", "名称": "海南省人民政府办公厅", "层级": "省级", "审核下级": "是"}
    ]
    sites: Table = [
        _site("4600000001", "海南省人民政府", "www.hainan", "海南省人民政府办公厅", "hn")
    ]
    sites[0]["网站类型"] = "政府门户网站"
    users: Table = [
        {"用户名": "hn-admin", "姓名": "王管理", "角色": "管理员"},
        {
            "用户名": "hn-sup",
            "姓名": "李监管",
            "电子邮箱": "li@hainan.gov.cn",
            "机构代码": "hn",
            "角色": "监管",
        },
    ]
    for prefix, city in CITIES.items():
        office = f"hn-{prefix}"
        orgs.append(
            {
                "机构代码": office,
                "上级机构代码": "hn",
                "名称": f"{city}人民政府办公室",
                "层级": "市级",
                "审核下级": "是",
                "发布期限": "01-29",
            }
        )
        sites.append(
            _site(
                f"{prefix}000001",
                f"{city}人民政府",
                f"www.{prefix}",
                f"{city}人民政府办公室",
                office,
                "政府门户网站",
            )
        )
        users.append(
            {
                "用户名": f"sup-{prefix}",
                "姓名": f"{city}监管",
                "机构代码": office,
                "角色": "监管人员",
            }
        )
        for number, department in enumerate(DEPARTMENTS, start=1):
            unit = f"{office}-{number}"
            name = f"{city}{department}"
            orgs.append(
                {"机构代码": unit, "上级机构代码": office, "名称": name, "层级": "部门/单位"}
            )
            base = int(f"{prefix}0000{number}0")
            sites.append(_site(str(base), name, f"dept{number}.{prefix}", name, unit, "部门网站"))
            for offset, topic in ((1, "专题"), (2, "政务公开")):
                host = f"zt{number}{offset}.{prefix}"
                sites.append(_site(str(base + offset), name + topic, host, name, unit, "专项网站"))
            users.append(
                {"用户名": f"f-{unit}", "姓名": f"{name}填报", "机构代码": unit, "角色": "填报人"}
            )
            users.append({"用户名": f"r-{unit}", "机构代码": unit, "角色": "reviewer"})
    orgs.reverse()  # children before their parents: rows may come in any order
    return {"机构": orgs, "网站": sites, "用户": users}


def _site(*cells: str) -> dict[str, Any]:
    """标识码, 名称, host, 主办单位, 机构代码[, 网站类型]."""
    code, name, host, sponsor, org, *kind = cells
    return {
        "网站标识码": code,
        "网站名称": name,
        "首页网址": f"https://{host}.gov.cn/",
        "主办单位": sponsor,
        "网站类型": kind[0] if kind else "部门网站",
        "机构代码": org,
        "开通日期": "2015-03-01",
    }


def write_xlsx(path: Path, tables: dict[str, Table]) -> Path:
    book = openpyxl.Workbook()
    book.remove(book.active)
    for sheet, rows in tables.items():
        ws = book.create_sheet(sheet)
        header = list(dict.fromkeys(k for row in rows for k in row))
        ws.append(header)
        for row in rows:
            ws.append([row.get(h) for h in header])
    book.save(path)
    return path


def write_csv(path: Path, rows: Table) -> Path:
    header = list(dict.fromkeys(k for row in rows for k in row))
    out = io.StringIO()
    writer = csv.DictWriter(out, header)
    writer.writeheader()
    writer.writerows(rows)
    path.write_text(out.getvalue(), encoding="utf-8-sig")
    return path


def counts() -> dict[str, int]:
    return {
        "orgs": Organisation.objects.count(),
        "sites": Site.objects.count(),
        "events": SiteEvent.objects.count(),
        "users": get_user_model().objects.count(),
        "memberships": Membership.objects.count(),
    }


def named(*paths: Path) -> list[tuple[Path, str]]:
    return [(p, p.name) for p in paths]


@pytest.fixture
def book(tmp_path: Path) -> Path:
    return write_xlsx(tmp_path / "海南省.xlsx", province())


@pytest.mark.django_db
def test_dry_run_writes_nothing_and_apply_creates_exactly_the_plan(book: Path) -> None:
    before = counts()
    plan = directory.plan(named(book))
    assert plan.ok, [p.text() for p in plan.problems]
    assert counts() == before
    creates = plan.counts()["create"]
    # 1 + 3 + 9 organisations, 31 sites, 23 users, 22 memberships (the administrator has none)
    by_table = {
        t: sum(c.table == t and c.action == "create" for c in plan.changes)
        for t in ("organisations", "sites", "users", "memberships")
    }
    assert by_table == {"organisations": 13, "sites": 31, "users": 23, "memberships": 22}
    assert creates == sum(by_table.values())
    assert plan.counts()["event"] == 31  # each site's 开通
    result = directory.apply(named(book))
    assert result.applied
    after = counts()
    assert after["orgs"] - before["orgs"] == 13
    assert after["sites"] - before["sites"] == 31
    assert after["users"] - before["users"] == 23
    assert after["memberships"] - before["memberships"] == 22
    assert after["events"] - before["events"] == 31
    assert set(result.passwords) == {c.key for c in plan.changes if c.table == "users"}
    user = get_user_model().objects.get(username="hn-sup")
    assert user.check_password(result.passwords["hn-sup"])
    assert get_user_model().objects.get(username="hn-admin").is_superuser
    dept = Organisation.objects.get(code="hn-4602-3")
    assert [o.code for o in dept.ancestors()] == ["hn-4602", "hn"]
    assert dept.reviews is False
    assert dept.ancestors()[0].reviews is True
    assert dept.ancestors()[0].deadline == "01-29"
    assert (
        Organisation.objects.filter(
            path__startswith=Organisation.objects.get(code="hn").path
        ).count()
        == 13
    )
    site = Site.objects.get(code="4601000020")
    assert site.site_type == "部门网站"
    assert site.organisation.code == "hn-4601-2"
    assert site.opened == datetime.date(2015, 3, 1)
    assert Membership.objects.get(user__username="r-hn-4604-1").role == "reviewer"


@pytest.mark.django_db
def test_csv_files_give_the_same_plan_as_the_workbook(book: Path, tmp_path: Path) -> None:
    tables = province()
    files = [write_csv(tmp_path / f"{name}.csv", rows) for name, rows in tables.items()]
    # the table a CSV holds is recognised from its header, whatever the file is called
    files[0] = files[0].rename(tmp_path / "a.csv")
    from_csv = directory.plan(named(*files))
    from_book = directory.plan(named(book))
    assert from_csv.ok
    assert from_csv.counts() == from_book.counts()
    assert [(c.table, c.key, c.action) for c in from_csv.changes] == [
        (c.table, c.key, c.action) for c in from_book.changes
    ]


@pytest.mark.django_db
def test_reimport_is_all_unchanged_and_an_update_shows_old_and_new(
    book: Path, tmp_path: Path
) -> None:
    directory.apply(named(book))
    again = directory.plan(named(book))
    assert again.ok
    assert {c.action for c in again.changes} == {"unchanged"}
    assert again.counts()["unchanged"] == 13 + 31 + 23 + 22
    assert any("保持不变" in note for note in again.notes)
    tables = province()
    row = next(r for r in tables["网站"] if r["网站标识码"] == "4602000010")
    row["网站名称"] = "三亚市卫生健康委员会网站"
    next(r for r in tables["机构"] if r["机构代码"] == "hn-4604")["发布期限"] = "01-31"
    changed = directory.plan(named(write_xlsx(tmp_path / "v2.xlsx", tables)))
    updates = {c.key: c.fields for c in changed.changes if c.action == "update"}
    assert updates == {
        "4602000010": {"网站名称": ("三亚市卫生健康委员会", "三亚市卫生健康委员会网站")},
        "hn-4604": {"发布期限（月-日）": ("01-29", "01-31")},
    }
    directory.apply(named(tmp_path / "v2.xlsx"))
    assert Site.objects.get(code="4602000010").name == "三亚市卫生健康委员会网站"


@pytest.mark.django_db
def test_rows_absent_from_the_file_are_left_alone(world: World, book: Path) -> None:
    before = {o.code: o.name for o in Organisation.objects.all()}
    directory.apply(named(book))
    for code, name in before.items():
        assert Organisation.objects.get(code=code).name == name
    assert Site.objects.filter(pk=world.site_a.pk).exists()


def _problems(tmp_path: Path, tables: dict[str, Table]) -> list[directory.Problem]:
    plan = directory.plan(named(write_xlsx(tmp_path / "bad.xlsx", tables)))
    return plan.problems


# (sheet, row index in the table, column, bad value, words of the message)
BAD_CELLS = [
    ("机构", 0, "上级机构代码", "nowhere", "既不在文件中"),
    ("机构", 0, "层级", "乡级", "不是可用的层级"),
    ("机构", 0, "审核下级", "也许", "不是“是”或“否”"),
    ("机构", 0, "发布期限", "02-30", "不是有效的月-日"),
    ("网站", 3, "网站标识码", "46010000", "格式不对"),
    ("网站", 3, "网站标识码", "9901000022", "不是有效的行政区划代码"),
    ("网站", 3, "首页网址", "ftp:/x", "不是有效的网址"),
    ("网站", 3, "网站类型", "门户", "不是报表中的网站类型"),
    ("网站", 3, "开通日期", "2015-13-01", "日期"),
    ("网站", 3, "机构代码", "nowhere", "既不在文件中"),
    ("网站", 3, "并入网站标识码", "4699000001", "既不在文件中"),
    ("用户", 2, "角色", "局长", "不是可用的角色"),
    ("用户", 2, "电子邮箱", "not-an-email", "不是有效的电子邮箱"),
    ("用户", 2, "用户名", "有 空格", "不允许的字符"),
    ("用户", 2, "机构代码", "nowhere", "既不在文件中"),
]


@pytest.mark.django_db
@pytest.mark.parametrize("case", BAD_CELLS, ids=[f"{c[2]}={c[3]}" for c in BAD_CELLS])
def test_every_problem_names_file_sheet_row_and_column(
    tmp_path: Path, case: tuple[str, int, str, str, str]
) -> None:
    sheet, index, column, value, words = case
    tables = province()
    tables[sheet][index][column] = value
    before = counts()
    plan = directory.plan(named(write_xlsx(tmp_path / "bad.xlsx", tables)))
    assert len(plan.problems) == 1, [p.text() for p in plan.problems]
    problem = plan.problems[0]
    assert (problem.file, problem.sheet, problem.row, problem.column) == (
        "bad.xlsx",
        sheet,
        index + 2,
        column,
    )
    assert words in problem.message
    assert problem.fix
    assert "第" in problem.text()
    assert column in problem.text()
    result = directory.apply(named(tmp_path / "bad.xlsx"))
    assert not result.applied
    assert counts() == before


@pytest.mark.django_db
def test_cycles_duplicates_and_missing_columns(tmp_path: Path) -> None:
    tables = province()
    orgs = tables["机构"]
    office = next(r for r in orgs if r["机构代码"] == "hn-4601")
    office["上级机构代码"] = "hn-4601-1"  # its own department
    orgs.append(dict(orgs[0]))
    tables["网站"].append(dict(tables["网站"][5]))
    del tables["网站"][1]["网站名称"]
    tables["用户"][0]["备注"] = "首次导入"  # an ignored column
    messages = [(p.row, p.column, p.message) for p in _problems(tmp_path, tables)]
    assert any("循环" in m and c == "上级机构代码" for _, c, m in messages), messages
    assert any("重复" in m and r == len(orgs) + 1 for r, _, m in messages), messages
    assert any("重复" in m and c == "网站标识码" for _, c, m in messages), messages
    assert any("新网站必须填写" in m and c == "网站名称" and r == 3 for r, c, m in messages), (
        messages
    )
    tables = province()
    for row in tables["用户"]:
        row["职务"] = "科员"
    problems = _problems(tmp_path, tables)
    assert [(p.sheet, p.row, p.column) for p in problems] == [("用户", 1, "职务")]
    assert "没有「职务」这一列" in problems[0].message


@pytest.mark.django_db
def test_code_change_records_the_event_and_keeps_the_reports(
    world: World, book: Path, tmp_path: Path
) -> None:
    directory.apply(named(book))
    site = Site.objects.get(code="4601000010")
    report = Report.objects.create(site=site, year=2023, form_id="gwr-2022")
    tables = {
        "网站": [{"网站标识码": "4601009001", "原标识码": "4601000010", "变更日期": "2024-05-06"}]
    }
    path = write_xlsx(tmp_path / "change.xlsx", tables)
    plan = directory.plan(named(path))
    assert plan.ok, [p.text() for p in plan.problems]
    (update,) = [c for c in plan.changes if c.action == "update"]
    assert update.fields == {"网站标识码": ("4601000010", "4601009001")}
    directory.apply(named(path))
    site.refresh_from_db()
    assert site.code == "4601009001"
    assert Report.objects.get(pk=report.pk).site_id == site.pk
    event = SiteEvent.objects.get(site=site, kind=SiteEvent.Kind.CODE_CHANGED)
    assert (event.old_code, event.new_code, event.date) == (
        "4601000010",
        "4601009001",
        datetime.date(2024, 5, 6),
    )
    assert {c.action for c in directory.plan(named(path)).changes} == {"unchanged"}
    # the new code must not belong to another site already
    clash = {"网站": [{"网站标识码": "4601000020", "原标识码": "4601009001"}]}
    problems = directory.plan(named(write_xlsx(tmp_path / "clash.xlsx", clash))).problems
    assert [p.column for p in problems] == ["原标识码"]


@pytest.mark.django_db
def test_closed_and_merged_sites(book: Path, tmp_path: Path) -> None:
    directory.apply(named(book))
    tables = {
        "网站": [
            {"网站标识码": "4601000011", "关停日期": "2024-06-30", "并入网站标识码": "4601000010"},
            {"网站标识码": "4602000021", "关停日期": "2024-07-01"},
        ]
    }
    path = write_xlsx(tmp_path / "life.xlsx", tables)
    plan = directory.plan(named(path))
    events = [(c.key, c.label.split("：")[-1]) for c in plan.changes if c.action == "event"]
    assert events == [
        ("4601000011", "关停"),
        ("4601000011", "并入其他网站"),
        ("4602000021", "关停"),
    ]
    directory.apply(named(path))
    merged = Site.objects.get(code="4601000011")
    assert merged.closed == datetime.date(2024, 6, 30)
    assert merged.merged_into is not None
    assert merged.merged_into.code == "4601000010"
    event = SiteEvent.objects.get(site=merged, kind=SiteEvent.Kind.MERGED)
    assert event.other == merged.merged_into
    assert event.date == datetime.date(2024, 6, 30)
    assert {c.action for c in directory.plan(named(path)).changes} == {"unchanged"}
    bad = {"网站": [{"网站标识码": "4601000011", "关停日期": "2010-01-01"}]}
    problems = directory.plan(named(write_xlsx(tmp_path / "bad.xlsx", bad))).problems
    assert problems == []  # an earlier 关停 than 开通 only if both are in the row
    bad["网站"][0]["开通日期"] = "2015-03-01"
    problems = directory.plan(named(write_xlsx(tmp_path / "bad.xlsx", bad))).problems
    assert [p.column for p in problems] == ["关停日期"]


@pytest.mark.django_db
def test_moving_an_organisation_repaths_its_subtree(book: Path, tmp_path: Path) -> None:
    directory.apply(named(book))
    move = {"机构": [{"机构代码": "hn-4604", "上级机构代码": "hn-4601"}]}
    directory.apply(named(write_xlsx(tmp_path / "move.xlsx", move)))
    dept = Organisation.objects.get(code="hn-4604-2")
    assert [o.code for o in dept.ancestors()] == ["hn-4604", "hn-4601", "hn"]
    haikou = Organisation.objects.get(code="hn-4601")
    assert Organisation.objects.filter(path__startswith=haikou.path).count() == 8


@pytest.mark.django_db
def test_existing_passwords_are_never_touched_and_no_passwords_leaves_them_unusable(
    world: World, tmp_path: Path
) -> None:
    tables = {
        "用户": [
            {"用户名": "filler_a", "姓名": "张三", "机构代码": "ua", "角色": "填报人"},
            {"用户名": "newbie", "机构代码": "ub", "角色": "审核人"},
        ]
    }
    path = write_xlsx(tmp_path / "users.xlsx", tables)
    result = directory.apply(named(path), passwords=False)
    assert result.applied
    assert result.passwords == {}
    assert get_user_model().objects.get(username="filler_a").check_password("pw-filler_a-Long1")
    assert get_user_model().objects.get(username="filler_a").get_full_name() == "张三"
    assert not get_user_model().objects.get(username="newbie").has_usable_password()


@pytest.mark.django_db
def test_admin_history_is_written_when_an_administrator_applies(world: World, book: Path) -> None:
    directory.apply(named(book), user=world.users["admin"])
    assert LogEntry.objects.filter(user=world.users["admin"]).count() == 13 + 31 + 23


@pytest.mark.django_db
def test_a_changed_plan_is_refused(book: Path) -> None:
    shown = directory.plan(named(book))
    Organisation(code="hn", name="别的名字", level="province").save()
    with pytest.raises(directory.PlanChanged):
        directory.apply(named(book), expected=shown.fingerprint)
    assert not Site.objects.exists()


@pytest.mark.django_db
def test_cli_dry_run_then_apply(book: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["import-directory", "--dry-run", str(book)]) == 0
    out = capsys.readouterr().out
    assert "演练" in out
    assert "新建" in out
    assert not Site.objects.exists()
    assert main(["import-directory", "--json", str(book)]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["applied"]
    assert len(record["passwords"]) == 23
    assert record["counts"]["create"] == 13 + 31 + 23 + 22
    assert main(["import-directory", str(book)]) == 0
    out = capsys.readouterr().out
    assert "新建 0" in out
    assert "密码" not in out


@pytest.mark.django_db
def test_cli_problems_exit_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_csv(tmp_path / "sites.csv", [_site("123", "x", "x", "x", "hn")])
    assert main(["import-directory", str(path)]) == 1
    out = capsys.readouterr().out
    assert "sites.csv" in out
    assert "第 2 行" in out
    assert "格式不对" in out
    assert "没有写入" in out


@pytest.mark.django_db
@given(st.binary(max_size=400))
def test_random_csv_bytes_never_crash_the_reader(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "random.csv"
    path.write_bytes(data)
    plan = directory.plan(named(path))
    assert not plan.ok or plan.changes  # a clean problem, never an exception
    for problem in plan.problems:
        assert problem.file == "random.csv"
        assert problem.message
        assert problem.fix


@pytest.mark.django_db
def test_admin_upload_preview_then_confirm(world: World, book: Path) -> None:
    client = Client()
    client.force_login(world.users["admin"])
    url = "/admin/orgs/organisation/import/"
    assert "批量导入" in client.get("/admin/orgs/organisation/").content.decode()
    before = counts()
    with book.open("rb") as handle:
        page = client.post(url, {"action": "preview", "files": handle})
    assert page.status_code == 200
    assert counts() == before
    body = page.content.decode()
    assert "确认导入" in body
    assert "海南省人民政府办公厅" in body
    token, fingerprint = page.context["token"], page.context["plan"].fingerprint
    done = client.post(url, {"action": "apply", "token": token, "fingerprint": fingerprint})
    assert "只显示这一次" in done.content.decode()
    assert counts()["sites"] == before["sites"] + 31
    assert LogEntry.objects.filter(user=world.users["admin"]).count() == 13 + 31 + 23
    again = client.post(url, {"action": "apply", "token": token, "fingerprint": fingerprint})
    assert "已过期" in again.content.decode(), "the staged files are removed once applied"


@pytest.mark.django_db
def test_admin_applies_only_the_plan_it_showed(world: World, book: Path) -> None:
    client = Client()
    client.force_login(world.users["admin"])
    url = "/admin/orgs/organisation/import/"
    with book.open("rb") as handle:
        page = client.post(url, {"action": "preview", "files": handle})
    Organisation(code="hn", name="别的名字", level="province").save()
    token, fingerprint = page.context["token"], page.context["plan"].fingerprint
    changed = client.post(url, {"action": "apply", "token": token, "fingerprint": fingerprint})
    assert "计划已不同" in changed.content.decode()
    assert not Site.objects.filter(code="4600000001").exists()
    # another administrator cannot apply someone else's upload
    other = get_user_model().objects.create_superuser(username="admin2", password="x-Long-pw-2")
    client.force_login(other)
    fingerprint = changed.context["plan"].fingerprint
    stolen = client.post(url, {"action": "apply", "token": token, "fingerprint": fingerprint})
    assert "已过期或不存在" in stolen.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("name", "size", "words"), [("a.txt", 10, "不支持"), ("a.csv", 10**6, "超过上限")]
)
def test_admin_refuses_other_types_and_large_files(
    world: World, settings: Any, name: str, size: int, words: str
) -> None:
    settings.UPLOAD_MAX_BYTES = 1000
    client = Client()
    client.force_login(world.users["admin"])
    upload = SimpleUploadedFile(name, b"x" * size)
    page = client.post("/admin/orgs/organisation/import/", {"action": "preview", "files": upload})
    assert words in page.content.decode()
    staff = get_user_model().objects.create_user(username="staff", password="x", is_staff=True)
    client.force_login(staff)
    assert client.get("/admin/orgs/organisation/import/").status_code == 403


@pytest.mark.django_db
def test_english_sheets_and_headers_and_several_roles_in_one_cell(tmp_path: Path) -> None:
    tables = {
        "organisations": [{"code": "x", "name": "某市政府办公室", "level": "city"}],
        "users": [{"username": "both", "organisation": "x", "role": "填报人、reviewer"}],
        "说明": [{"第一列": "这一页写给人看"}],
    }
    plan = directory.plan(named(write_xlsx(tmp_path / "en.xlsx", tables)))
    assert plan.ok, [p.text() for p in plan.problems]
    roles = {c.values["role"] for c in plan.changes if c.table == "memberships"}
    assert roles == {"filler", "reviewer"}
    assert any("已忽略" in note and "说明" in note for note in plan.notes)


@pytest.mark.django_db
def test_admin_shows_problems_and_never_applies_them(world: World, tmp_path: Path) -> None:
    client = Client()
    client.force_login(world.users["admin"])
    url = "/admin/orgs/organisation/import/"
    bad = write_csv(tmp_path / "sites.csv", [_site("123", "x", "x", "x", "nowhere")])
    with bad.open("rb") as handle:
        page = client.post(url, {"action": "preview", "files": handle})
    body = page.content.decode()
    assert "不能导入" in body
    assert "确认导入" not in body
    assert "格式不对" in body
    token, fingerprint = page.context["token"], page.context["plan"].fingerprint
    forced = client.post(url, {"action": "apply", "token": token, "fingerprint": fingerprint})
    assert "没有写入任何数据" in forced.content.decode()
    assert not Site.objects.filter(code="123").exists()
