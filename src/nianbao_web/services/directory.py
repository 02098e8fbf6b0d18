"""Bulk import of the directory — organisations, sites, users — as a plan, then applied.

`plan(files)` reads the files (`directory_rows.py`), checks every row against the
others and the database, and lists for every row what would happen: create, update
(field old → new), unchanged, plus the site events a row implies. It writes nothing.
`apply(files)` plans again inside one transaction and carries the plan out only when
it has no problem (all or nothing). Nothing is ever deleted: what the files do not
name stays as it is, and an empty cell leaves the stored value alone.
"""

from __future__ import annotations

import hashlib
import json
import os
import secrets
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.contrib.admin.models import ADDITION, CHANGE, LogEntry
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.contrib.contenttypes.models import ContentType
from django.db import models, transaction
from django.utils import timezone

from nianbao_web.orgs.models import Membership, Organisation, Site, SiteEvent
from nianbao_web.services.directory_plan import Planner
from nianbao_web.services.directory_rows import Change, Problem, display, read_files
from nianbao_web.services.errors import ServiceError

__all__ = [
    "KEPT_NOTE",
    "Change",
    "Plan",
    "PlanChanged",
    "Problem",
    "Result",
    "apply",
    "display",
    "plan",
]


Progress = Callable[[int, int], None]


class PlanChanged(ServiceError):
    code = "plan_changed"
    status = 409


@dataclass(slots=True)
class Plan:
    changes: list[Change] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def counts(self) -> dict[str, int]:
        out = {"create": 0, "update": 0, "unchanged": 0, "event": 0}
        for change in self.changes:
            out[change.action] += 1
        return out

    @property
    def fingerprint(self) -> str:
        """Names the plan exactly: the admin applies only the plan the administrator saw."""
        body = json.dumps([c.to_dict() for c in self.changes], ensure_ascii=False, sort_keys=True)
        return hashlib.sha256(body.encode("utf-8")).hexdigest()

    def to_dict(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "counts": self.counts(),
            "fingerprint": self.fingerprint,
            "changes": [c.to_dict() for c in self.changes],
            "problems": [p.to_dict() for p in self.problems],
            "warnings": [p.to_dict() for p in self.warnings],
            "notes": self.notes,
        }


@dataclass(slots=True)
class Result:
    plan: Plan
    applied: bool
    passwords: dict[str, str] = field(default_factory=dict)
    """New user → the generated password, shown once and never stored in clear."""

    def to_dict(self) -> dict[str, Any]:
        return {**self.plan.to_dict(), "applied": self.applied, "passwords": self.passwords}


KEPT_NOTE = (
    "文件中没有列出的机构、网站和用户保持不变（导入从不删除任何数据；空白单元格不改变已有的值）。"
)


def plan(files: Iterable[tuple[Path, str]]) -> Plan:
    """What importing `files` (path, name shown in messages) would change; writes nothing."""
    files = list(files)
    sources = read_files(files)
    out = Plan(problems=list(sources.problems), notes=list(sources.notes))
    if not any(sources.rows.values()) and not sources.problems:
        out.problems.append(
            Problem(
                "、".join(n for _, n in files) or "（无文件）",
                None,
                None,
                None,
                "文件中没有任何机构、网站或用户行。",
                "请检查是否选错了文件或工作表。",
            )
        )
    planner = Planner(sources.rows)
    planner.run()
    out.changes = planner.changes
    out.problems.extend(planner.problems)
    out.warnings = planner.warnings
    out.notes.append(KEPT_NOTE)
    return out


def apply(
    files: Iterable[tuple[Path, str]],
    *,
    passwords: bool = True,
    expected: str | None = None,
    user: Any = None,
    progress: Progress | None = None,
) -> Result:
    """Plan and carry the plan out in one transaction; nothing is written when it has problems.

    `expected`: the fingerprint of the plan that was shown; a different plan raises
    PlanChanged and writes nothing. `user`: the administrator, for the admin history.
    `progress(done, total)`: called as new users' passwords are hashed (about a second each).
    """
    files = list(files)
    hashed: dict[str, tuple[str, str]] = {}
    if passwords:
        # Hashing takes about a second a user: done before the transaction, so that
        # a large import does not hold the database's write lock for minutes.
        preview = plan(files)
        if preview.ok:
            new = [c.key for c in preview.changes if c.table == "users" and c.action == "create"]
            hashed = _hash_passwords(new, progress)
    with transaction.atomic():
        current = plan(files)
        if expected is not None and current.fingerprint != expected:
            raise PlanChanged("数据库或文件在预览之后有了变化，计划已不同：请重新上传并预览。")
        if not current.ok:
            return Result(current, applied=False)
        result = Result(current, applied=True)
        _Executor(result, hashed if passwords else None, user).run()
    return result


def _hash_passwords(usernames: list[str], progress: Progress | None) -> dict[str, tuple[str, str]]:
    """Username → (password, hash). The hasher releases the GIL: every core is used."""
    clear = {name: secrets.token_urlsafe(12) for name in usernames}
    out: dict[str, tuple[str, str]] = {}
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        digests = pool.map(make_password, clear.values())
        for done, (name, digest) in enumerate(zip(clear, digests, strict=True), start=1):
            out[name] = (clear[name], digest)
            if progress is not None:
                progress(done, len(clear))
    return out


class _Executor:
    def __init__(
        self, result: Result, hashed: dict[str, tuple[str, str]] | None, user: Any
    ) -> None:
        """`hashed`: new users' passwords made beforehand; None: new users get none."""
        self.result, self.hashed, self.user = result, hashed, user
        self.orgs = {o.code: o for o in Organisation.objects.all()}
        self.sites = {s.code: s for s in Site.objects.all()}
        self.logged: list[tuple[models.Model, int, str]] = []

    def run(self) -> None:
        changes = self.result.plan.changes
        for change in changes:
            if change.table == "organisations" and change.action != "unchanged":
                self._org(change)
        if any("parent" in c.values for c in changes if c.table == "organisations"):
            _repath()
        site_changes = [c for c in changes if c.table == "sites" and c.action != "unchanged"]
        for change in site_changes:
            self._site(change)
        for change in site_changes:  # a site may be merged into one created further down
            target = change.values.get("merged_into")
            if target is not None:
                site = self.sites[change.values.get("code", change.key)]
                site.merged_into = self.sites[target]
                site.save(update_fields=["merged_into"])
        for change in changes:
            if change.table == "events":
                self._event(change)
            elif change.table == "users" and change.action != "unchanged":
                self._user(change)
            elif change.table == "memberships" and change.action == "create":
                self._membership(change)
        self._log()

    def _org(self, change: Change) -> None:
        org = self.orgs.get(change.key) or Organisation(code=change.key)
        for attr, value in change.values.items():
            if attr == "parent":
                org.parent = self.orgs[value] if value else None
            else:
                setattr(org, attr, value)
        org.save()
        self.orgs[org.code] = org
        self.logged.append((org, ADDITION if change.action == "create" else CHANGE, change.summary))

    def _site(self, change: Change) -> None:
        site = self.sites.pop(change.key, None) or Site()
        for attr, value in change.values.items():
            if attr == "organisation":
                site.organisation = self.orgs[value]
            elif attr != "merged_into":
                setattr(site, attr, value)
        site.save()
        self.sites[site.code] = site
        self.logged.append(
            (site, ADDITION if change.action == "create" else CHANGE, change.summary)
        )

    def _event(self, change: Change) -> None:
        values = dict(change.values)
        other = values.pop("other", None)
        SiteEvent.objects.create(
            site=self.sites[values.pop("site")],
            other=self.sites[other] if other else None,
            **values,
        )

    def _user(self, change: Change) -> None:
        model = get_user_model()
        if change.action == "create":
            user = model(username=change.key)
            if self.hashed is not None:
                if change.key not in self.hashed:  # appeared since the passwords were made
                    self.hashed.update(_hash_passwords([change.key], None))
                password, user.password = self.hashed[change.key]
                self.result.passwords[change.key] = password
            else:
                user.set_unusable_password()
        else:
            user = model.objects.get(username=change.key)
        for attr, value in change.values.items():
            setattr(user, attr, value)
        user.save()
        self.logged.append(
            (user, ADDITION if change.action == "create" else CHANGE, change.summary)
        )

    def _membership(self, change: Change) -> None:
        values = change.values
        Membership.objects.create(
            user=get_user_model().objects.get(username=values["username"]),
            organisation=self.orgs[values["organisation"]],
            role=values["role"],
        )

    def _log(self) -> None:
        """The admin's own history (「历史」 on each object) when an administrator applied it."""
        if self.user is None or not getattr(self.user, "pk", None):
            return
        now = timezone.now()
        LogEntry.objects.bulk_create(
            [
                LogEntry(
                    action_time=now,
                    user_id=self.user.pk,
                    content_type=ContentType.objects.get_for_model(obj),
                    object_id=str(obj.pk),
                    object_repr=str(obj)[:200],
                    action_flag=flag,
                    change_message=f"批量导入：{summary}"[:2000],
                )
                for obj, flag, summary in self.logged
            ]
        )


def _repath() -> None:
    """Recompute every materialised path after a move in the tree (parents before children)."""
    rows = list(Organisation.objects.values_list("pk", "parent_id", "path"))
    parent_of = {pk: parent for pk, parent, _ in rows}
    paths: dict[int, str] = {}

    def path_of(pk: int) -> str:
        if pk not in paths:
            parent = parent_of[pk]
            paths[pk] = (path_of(parent) if parent else "/") + f"{pk}/"
        return paths[pk]

    for pk, _, stored in rows:
        if path_of(pk) != stored:
            Organisation.objects.filter(pk=pk).update(path=path_of(pk))
