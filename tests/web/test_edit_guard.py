"""The optimistic edit guard under real concurrency, and replaying the history.

The control run shows the lost update a plain read-modify-write suffers; the guarded
runs show exactly one winner per round and exactly one history entry per success.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable
from typing import Any

import pytest
from django.db import connection, connections

from nianbao_web.audit.models import Revision
from nianbao_web.reports.models import Report
from nianbao_web.services import editing, history
from nianbao_web.services.actors import Actor
from nianbao_web.services.errors import StaleEdit

from .conftest import World, valid_values

ROUNDS = 50


def _race(work: list[Callable[[], Any]]) -> list[Any]:
    """Run the callables at the same moment in threads; their results (or exceptions)."""
    barrier = threading.Barrier(len(work))
    results: list[Any] = [None] * len(work)

    def run(index: int) -> None:
        try:
            barrier.wait()
            results[index] = work[index]()
        except Exception as exc:
            results[index] = exc
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(work))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return results


@pytest.mark.django_db(transaction=True)
def test_control_without_the_guard_loses_an_update(world: World) -> None:
    report = world.report()
    read_both = threading.Barrier(2)

    def unguarded(key: str, value: int) -> None:
        values = dict(Report.objects.get(pk=report.pk).values)
        read_both.wait()  # both have read the same values before either writes
        values[key] = value
        if key == "columns_new":  # the second writer
            threading.Event().wait(0.2)
        Report.objects.filter(pk=report.pk).update(values=values)

    _race([lambda: unguarded("columns_maintained", 11), lambda: unguarded("columns_new", 22)])
    final = Report.objects.get(pk=report.pk).values
    assert final.get("columns_new") == 22
    assert "columns_maintained" not in final, "the first writer's change was silently lost"


@pytest.mark.django_db(transaction=True)
def test_two_simultaneous_saves_one_wins_every_round(world: World) -> None:
    report = world.report()
    actors = [Actor(world.users["filler_a"]), Actor(world.users["reviewer_a"])]
    for round_number in range(ROUNDS):
        base = Report.objects.get(pk=report.pk).version
        before = Revision.objects.filter(report=report).count()
        keys = ("columns_maintained", "columns_new")
        results = _race(
            [
                functools.partial(
                    editing.save, actor, report.pk, base, values={keys[i]: round_number * 10 + i}
                )
                for i, actor in enumerate(actors)
            ]
        )
        wins = [r for r in results if isinstance(r, Report)]
        stale = [r for r in results if isinstance(r, StaleEdit)]
        assert (len(wins), len(stale)) == (1, 1), results
        assert Revision.objects.filter(report=report).count() == before + 1
        message = stale[0].message
        assert "修改" in message
        assert "filler_a" in message or "reviewer_a" in message
        assert stale[0].details["changes"], "the refusal names what changed"
    values, _ = history.replay(Report.objects.get(pk=report.pk))
    assert values == Report.objects.get(pk=report.pk).values
    _, breaks = history.verify([report.pk])
    assert breaks == []
    connection.close()


@pytest.mark.django_db
def test_replaying_the_history_reproduces_the_values(world: World) -> None:
    unit = Actor(world.users["filler_a"])
    report = world.report(values=valid_values(world.site_a))
    report = editing.save(
        unit,
        report.pk,
        report.version,
        values={"page_views": None, "innovation": ["无障碍浏览"]},
        explanations={"some_rule": "说明"},
    )
    report = editing.save(
        unit,
        report.pk,
        report.version,
        values={"page_views": "很多"},
        explanations={"some_rule": None},
    )
    values, explanations = history.replay(report)
    assert values == report.values
    assert explanations == report.explanations
    assert report.values["page_views"] == "很多"


@pytest.mark.django_db
def test_stale_save_names_who_changed_what(world: World) -> None:
    report = world.report()
    editing.save(
        Actor(world.users["reviewer_a"]), report.pk, report.version, values={"columns_new": 3}
    )
    with pytest.raises(StaleEdit) as caught:
        editing.save(
            Actor(world.users["filler_a"]), report.pk, report.version, values={"columns_new": 4}
        )
    assert "reviewer_a" in caught.value.message
    assert "专栏专题新开设数量" in caught.value.message
