"""The workflow: submit → city → province → approved → published; returns, locks, corrections."""

from __future__ import annotations

import datetime
from typing import Any

import pytest

from nianbao_web.audit.models import Revision
from nianbao_web.reports.models import Notification, ReportVersion, State
from nianbao_web.services import editing, history, workflow
from nianbao_web.services.actors import Actor
from nianbao_web.services.errors import Forbidden, Locked, NotReady, WorkflowError

from .conftest import World, valid_values


def ready(world: World) -> Any:
    return world.report(values=valid_values(world.site_a))


def test_a_report_with_errors_cannot_be_submitted_but_its_draft_saves(world: World) -> None:
    values = valid_values(world.site_a)
    values["interp_total"] = int(values["interp_materials"]) + 1000  # breaks interp_sum
    report = world.report(values=values)
    assert report.values["interp_total"] == values["interp_total"]
    with pytest.raises(NotReady, match="错误"):
        workflow.submit(Actor(world.users["filler_a"]), report.pk)


def test_an_unreadable_value_is_kept_as_typed(world: World) -> None:
    report = world.report(values={"page_views": "一百多万"})
    assert report.values["page_views"] == "一百多万"


def test_multi_level_review_then_publish_then_correction(world: World) -> None:
    unit, city, province = (Actor(world.users[n]) for n in ("filler_a", "city", "province"))
    report = ready(world)
    report = workflow.submit(unit, report.pk)
    assert (report.state, report.review_org) == (State.SUBMITTED, world.city)
    assert Notification.objects.filter(user=world.users["city"], kind="review").exists()
    with pytest.raises(WorkflowError):
        workflow.approve(province, report.pk)  # not its turn yet
    report = workflow.approve(city, report.pk)
    assert (report.state, report.review_org) == (State.SUBMITTED, world.province)
    with pytest.raises(WorkflowError):
        workflow.withdraw(unit, report.pk)  # review has started
    report = workflow.approve(province, report.pk)
    assert report.state == State.APPROVED
    with pytest.raises(Locked):
        editing.save(unit, report.pk, report.version, values={"page_views": 1})
    report = workflow.publish(unit, report.pk)
    assert report.state == State.PUBLISHED
    assert [v.number for v in ReportVersion.objects.filter(report=report)] == [1]
    with pytest.raises(Locked):
        editing.save(unit, report.pk, report.version, values={"page_views": 1})
    report = workflow.start_correction(unit, report.pk, "访问量统计口径有误")
    corrected = int(report.values.get("hotspot_responses", 0)) + 1
    report = editing.save(unit, report.pk, report.version, values={"hotspot_responses": corrected})
    report = workflow.submit(unit, report.pk)
    report = workflow.approve(city, report.pk)
    report = workflow.approve(province, report.pk)
    report = workflow.publish(unit, report.pk, "更正访问量")
    versions = list(ReportVersion.objects.filter(report=report).order_by("number"))
    assert [v.number for v in versions] == [1, 2]
    assert (
        versions[0].values.get("hotspot_responses")
        != versions[1].values["hotspot_responses"]
        == corrected
    )


def test_return_with_field_comments_then_resubmit(world: World) -> None:
    unit, city = Actor(world.users["filler_a"]), Actor(world.users["city"])
    report = workflow.submit(unit, ready(world).pk)
    with pytest.raises(WorkflowError, match="原因"):
        workflow.return_report(city, report.pk, "", {})
    report = workflow.return_report(city, report.pk, "请核实", {"page_views": "偏高"})
    assert report.state == State.RETURNED
    assert report.transitions.last().field_comments == {"page_views": "偏高"}
    assert Notification.objects.filter(user=world.users["filler_a"], kind="returned").exists()
    page_views = int(report.values.get("hotspot_responses", 0)) + 2
    report = editing.save(unit, report.pk, report.version, values={"hotspot_responses": page_views})
    assert workflow.submit(unit, report.pk).state == State.SUBMITTED


def test_withdraw_before_review(world: World) -> None:
    unit = Actor(world.users["filler_a"])
    report = workflow.submit(unit, ready(world).pk)
    assert workflow.withdraw(unit, report.pk).state == State.DRAFT


def test_warnings_need_an_explanation(world: World) -> None:
    unit = Actor(world.users["filler_a"])
    values = valid_values(world.site_a)
    values.update(wechat_posts=93, wechat_subscribers=1, has_new_media=True)
    report = world.report(values=values)
    with pytest.raises(NotReady, match="说明"):
        workflow.submit(unit, report.pk)
    report = editing.save(
        unit,
        report.pk,
        report.version,
        explanations={"wechat_subscribers_low": "新开通账号，订阅者确实很少。"},
    )
    assert workflow.submit(unit, report.pk).state == State.SUBMITTED


def test_foreign_unit_cannot_touch_the_report(world: World) -> None:
    report = ready(world)
    other = Actor(world.users["filler_b"])
    with pytest.raises(Exception, match="不存在"):
        editing.save(other, report.pk, report.version, values={"page_views": 1})
    with pytest.raises(Exception, match="不存在"):
        workflow.submit(other, report.pk)


def test_extend_deadline_by_supervisor(world: World) -> None:
    report = ready(world)
    report = workflow.extend_deadline(
        Actor(world.users["city"]), report.pk, datetime.date(2024, 3, 1), "系统故障"
    )
    assert report.deadline_extended_to == datetime.date(2024, 3, 1)
    with pytest.raises(Forbidden):
        workflow.extend_deadline(
            Actor(world.users["filler_a"]), report.pk, datetime.date(2024, 4, 1), "自己延"
        )


def test_history_chain_verifies_and_detects_tampering(world: World) -> None:
    report = ready(world)
    editing.save(
        Actor(world.users["filler_a"]), report.pk, report.version, values={"page_views": 5}
    )
    checked, breaks = history.verify([report.pk])
    assert checked >= 2
    assert breaks == []
    Revision.objects.filter(report=report, seq=1).update(actor_name="别人")
    _, breaks = history.verify([report.pk])
    assert [b.seq for b in breaks] == [1]
