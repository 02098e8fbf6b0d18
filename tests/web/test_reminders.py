"""`nianbao remind`: who is reminded of the publishing deadline, once a day, whatever the clock."""

from __future__ import annotations

import datetime
import json
import threading
from typing import Any

import pytest

from nianbao_cli import serve
from nianbao_cli.main import main
from nianbao_web.reports.models import Notification, Report
from nianbao_web.services import notify, workflow
from nianbao_web.services.actors import Actor

from .conftest import World, valid_values

DUE = datetime.date(2024, 1, 31)  # a 2023 report, the default deadline 01-31


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, dict[str, Any]]:
    code = main(["remind", "--json", *args])
    return code, json.loads(capsys.readouterr().out)


@pytest.fixture
def only_site_a(world: World) -> World:
    """site_b closed years ago: it is expected for no report year these tests use."""
    world.site_b.closed = datetime.date(2021, 6, 30)
    world.site_b.save()
    return world


def reminded(today: str) -> set[str]:
    kind = notify.reminder_kind(datetime.date.fromisoformat(today))
    return {n.user.username for n in Notification.objects.filter(kind=kind)}


@pytest.mark.django_db
def test_a_draft_is_reminded_once_a_day(
    world: World, only_site_a: World, capsys: pytest.CaptureFixture[str]
) -> None:
    world.report(world.site_a, 2023)
    code, first = run(capsys, "--today", "2024-01-26", "--days", "7")
    assert code == 0
    assert (first["reports"], first["notified"]) == (1, 2)  # the unit's filler and reviewer
    assert first["reminders"][0]["due"] == DUE.isoformat()
    assert reminded("2024-01-26") == {"filler_a", "reviewer_a"}
    note = Notification.objects.filter(kind=notify.reminder_kind(datetime.date(2024, 1, 26)))
    assert "2024年01月31日 前发布" in note.first().message  # type: ignore[union-attr]
    _, again = run(capsys, "--today", "2024-01-26", "--days", "7")
    assert again["notified"] == 0, "the same day twice notifies nobody twice"
    _, next_day = run(capsys, "--today", "2024-01-27", "--days", "7")
    assert next_day["notified"] == 2
    assert Notification.objects.filter(kind__startswith="remind:").count() == 4


@pytest.mark.django_db
def test_outside_the_window_nobody_is_reminded(
    world: World, only_site_a: World, capsys: pytest.CaptureFixture[str]
) -> None:
    world.report(world.site_a, 2023)
    assert run(capsys, "--today", "2024-01-10", "--days", "7")[1]["notified"] == 0
    assert run(capsys, "--today", "2024-02-01", "--days", "7")[1]["notified"] == 0, "overdue"
    assert run(capsys, "--today", "2024-01-24", "--days", "7")[1]["notified"] == 2


@pytest.mark.django_db
def test_submitted_and_published_reports_are_not_reminded(
    world: World, only_site_a: World, capsys: pytest.CaptureFixture[str]
) -> None:
    unit = Actor(world.users["filler_a"])
    submitted = world.report(world.site_a, 2023, valid_values(world.site_a, 2023))
    workflow.submit(unit, submitted.pk)
    assert run(capsys, "--today", "2024-01-30")[1]["notified"] == 0, "waiting for review"
    approved = world.report(world.site_a, 2022, valid_values(world.site_a, 2022))
    workflow.submit(unit, approved.pk)
    workflow.approve(Actor(world.users["city"]), approved.pk)
    workflow.approve(Actor(world.users["province"]), approved.pk)
    assert Report.objects.get(pk=approved.pk).state == "approved"
    _, record = run(capsys, "--today", "2023-01-30")
    assert [(r["year"], r["state"]) for r in record["reminders"]] == [(2022, "approved")]
    workflow.publish(unit, approved.pk)
    assert run(capsys, "--today", "2023-01-31")[1]["notified"] == 0, "published"


@pytest.mark.django_db
def test_an_extended_deadline_moves_the_reminder(
    world: World, only_site_a: World, capsys: pytest.CaptureFixture[str]
) -> None:
    report = world.report(world.site_a, 2023)
    until = datetime.date(2024, 3, 15)
    workflow.extend_deadline(Actor(world.users["city"]), report.pk, until, "网站改版")
    assert Notification.objects.filter(kind="deadline").exists()  # the extension notice
    assert run(capsys, "--today", "2024-01-28")[1]["notified"] == 0
    _, record = run(capsys, "--today", "2024-03-10", "--days", "7")
    assert record["notified"] == 2
    assert record["reminders"][0]["due"] == until.isoformat()


@pytest.mark.django_db
def test_text_output_and_usage_errors(
    world: World, only_site_a: World, capsys: pytest.CaptureFixture[str]
) -> None:
    world.report(world.site_a, 2023)
    assert main(["remind", "--today", "2024-01-30", "--days", "3"]) == 0
    out = capsys.readouterr().out
    assert "已提醒 1 份报表的填报单位，共 2 人" in out
    assert world.site_a.code in out
    assert main(["remind", "--today", "30/01/2024"]) == 2
    assert main(["remind", "--days", "-1"]) == 2


def test_the_server_reminds_just_after_midnight() -> None:
    tz = datetime.timezone(datetime.timedelta(hours=8))
    now = datetime.datetime(2024, 1, 30, 23, 0, tzinfo=tz)
    assert serve.seconds_to_next_run(now) == 65 * 60
    assert serve.seconds_to_next_run(now.replace(hour=0, minute=6)) == 24 * 3600 - 60


@pytest.mark.django_db(transaction=True)
def test_the_servers_daily_loop_runs_the_reminder(
    world: World, only_site_a: World, monkeypatch: Any
) -> None:
    world.report(world.site_a, 2023)
    monkeypatch.setattr("django.utils.timezone.localdate", lambda: datetime.date(2024, 1, 30))
    stop = threading.Event()
    stop.set()  # one round, then return
    serve._remind_daily(stop)
    assert reminded("2024-01-30") == {"filler_a", "reviewer_a"}


@pytest.mark.django_db
def test_a_site_without_a_report_is_reminded_once_a_day(
    world: World, capsys: pytest.CaptureFixture[str]
) -> None:
    from .supervision.fixtures import site  # noqa: PLC0415

    world.report(world.site_a, 2023)  # site_a: a draft; site_b: nothing at all
    old = site(world.unit_b, "OLD", "已关停网站")
    old.closed = datetime.date(2022, 12, 31)  # closed before 2023: not expected
    old.save()
    _, record = run(capsys, "--today", "2024-01-26", "--days", "7")
    unstarted = [r for r in record["reminders"] if r["report_id"] is None]
    assert unstarted == [
        {
            "report_id": None,
            "site_code": world.site_b.code,
            "year": 2023,
            "state": "not_started",
            "due": DUE.isoformat(),
            "users": 1,
        }
    ]
    assert reminded("2024-01-26") == {"filler_a", "reviewer_a", "filler_b"}
    note = Notification.objects.get(user__username="filler_b")
    assert (note.site, note.report) == (world.site_b, None)
    assert "2023 年度报表尚未开始填报" in note.message
    assert run(capsys, "--today", "2024-01-26", "--days", "7")[1]["notified"] == 0
    assert run(capsys, "--today", "2024-01-20", "--days", "7")[1]["notified"] == 0, "too early"
    world.report(world.site_b, 2023)  # started: from now on reminded as a draft
    _, started = run(capsys, "--today", "2024-01-27", "--days", "7")
    assert sorted((r["site_code"], r["state"]) for r in started["reminders"]) == [
        (world.site_a.code, "draft"),
        (world.site_b.code, "draft"),
    ]


@pytest.mark.django_db
def test_reminder_mail_leaves_after_the_commit_and_never_for_a_rollback(
    world: World, only_site_a: World, django_capture_on_commit_callbacks: Any
) -> None:
    from django.core import mail  # noqa: PLC0415
    from django.db import transaction  # noqa: PLC0415

    world.users["filler_a"].email = "filler@example.gov.cn"
    world.users["filler_a"].save()
    world.report(world.site_a, 2023)
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        notify.remind(datetime.date(2024, 1, 26), 7)
        assert mail.outbox == [], "nothing is sent while the transaction is open"
    assert len(callbacks) == 1
    assert [m.to for m in mail.outbox] == [["filler@example.gov.cn"]]
    assert "2024年01月31日 前发布" in mail.outbox[0].body
    mail.outbox.clear()

    def remind_then_fail() -> None:
        with transaction.atomic():
            assert notify.remind(datetime.date(2024, 1, 27), 7)
            raise RuntimeError("rolled back")

    with django_capture_on_commit_callbacks(execute=True), pytest.raises(RuntimeError):
        remind_then_fail()
    assert mail.outbox == []
