"""Directory rows + the database → the changes an import would make, and the problems.

Checks that need more than one row live here: unknown parents and cycles, duplicate
codes, a 标识码 change, unknown organisations and merge targets, a user's rows that
disagree. Rows may come in any order (a child before its parent).
"""

from __future__ import annotations

from typing import Any

from django.contrib.auth import get_user_model
from django.utils import timezone

from nianbao_web.orgs.models import Membership, Organisation, Site, SiteEvent
from nianbao_web.services.directory_cells import (
    OrgRow,
    SiteRow,
    UserRow,
    org_row,
    site_row,
    user_row,
)
from nianbao_web.services.directory_rows import Change, Problem, Row, display

ROLE_LABELS = {str(k): str(v) for k, v in Membership.Role.choices} | {"admin": "管理员"}
LEVEL_LABELS = {str(k): str(v) for k, v in Organisation.Level.choices}


def _verbose(model: Any, attr: str) -> str:
    return str(model._meta.get_field(attr).verbose_name)


class Planner:
    def __init__(self, rows: dict[str, list[Row]]) -> None:
        self.rows = rows
        self.changes: list[Change] = []
        self.problems: list[Problem] = []
        self.warnings: list[Problem] = []
        self.orgs = {o.code: o for o in Organisation.objects.select_related("parent")}
        self.sites = {s.code: s for s in Site.objects.select_related("organisation", "merged_into")}

    def run(self) -> None:
        orgs = [org_row(r, self.problems) for r in self.rows["organisations"]]
        sites = [site_row(r, self.problems) for r in self.rows["sites"]]
        users = [user_row(r, self.problems) for r in self.rows["users"]]
        self.org_codes = set(self.orgs) | {o.code for o in orgs if o.code}
        self._plan_orgs([o for o in orgs if o.code])
        self._plan_sites([s for s in sites if s.code])
        self._plan_users([u for u in users if u.username])

    # ------------------------------------------------------------------ organisations

    def _plan_orgs(self, rows: list[OrgRow]) -> None:
        first: dict[str, OrgRow] = {}
        for row in rows:
            if row.code in first:
                self._duplicate(row.row, "code", row.code, first[row.code].row)
                continue
            first[row.code] = row
        parent_of = {code: (o.parent.code if o.parent else None) for code, o in self.orgs.items()}
        for row in first.values():
            if row.parent is not None:
                parent_of[row.code] = row.parent
        for row in first.values():
            if row.parent is not None and row.parent not in self.org_codes:
                self._fail(
                    row.row,
                    "parent",
                    f"上级机构代码「{row.parent}」既不在文件中，也不在系统中。",
                    "请核对代码，或在机构表中加上这个上级机构。",
                )
            elif (loop := _loop(row.code, parent_of)) is not None:
                self._fail(
                    row.row,
                    "parent",
                    f"上级机构形成循环：{' → '.join(loop)}。",
                    "一个机构不能是自己的上级或下级：请更正上级机构代码。",
                )
        ordered = sorted(first.values(), key=lambda r: _depth(r.code, parent_of))
        for row in ordered:
            self._plan_org(row)

    def _plan_org(self, row: OrgRow) -> None:
        existing = self.orgs.get(row.code)
        wanted: dict[str, Any] = {}
        for attr in ("name", "level", "reviews", "deadline", "parent"):
            value = getattr(row, attr)
            if value is not None:
                wanted[attr] = value
        if existing is None:
            for attr in ("name", "level"):
                if attr not in wanted and attr not in row.row.cells:
                    self._fail(row.row, attr, "新机构必须填写这一列。", "请填写名称和层级。")
            if "reviews" not in wanted and "level" in wanted:
                # Government offices review the level below; departments do not.
                wanted["reviews"] = wanted["level"] != Organisation.Level.UNIT
            wanted.setdefault("parent", None)
        label = str(wanted.get("name") or (existing.name if existing else row.code))
        current = _org_state(existing) if existing else {}
        self._record("organisations", row.code, label, row.row, (Organisation, current, wanted))

    # ------------------------------------------------------------------ sites

    def _plan_sites(self, rows: list[SiteRow]) -> None:
        first: dict[str, SiteRow] = {}
        for row in rows:
            if row.code in first:
                self._duplicate(row.row, "code", row.code, first[row.code].row)
                continue
            first[row.code] = row
        final_codes = set(self.sites)
        for row in first.values():
            final_codes.add(row.code)
            if row.old_code and row.old_code in first and row.old_code != row.code:
                self._fail(
                    row.row,
                    "old_code",
                    f"原标识码「{row.old_code}」又作为另一行网站的标识码出现。",
                    "一个标识码只能属于一个网站：请删去其中一行或更正原标识码。",
                )
        for row in first.values():
            self.warnings.extend(row.warnings)
            self._plan_site(row, final_codes)

    def _plan_site(self, row: SiteRow, final_codes: set[str]) -> None:
        existing = self.sites.get(row.code)
        renamed = False
        if row.old_code and row.old_code != row.code and row.old_code in self.sites:
            if existing is not None:
                self._fail(
                    row.row,
                    "old_code",
                    f"原标识码「{row.old_code}」和新标识码「{row.code}」在系统中是两个网站。",
                    "请核对：标识码变更只适用于同一个网站；两个网站合并请用“并入网站标识码”。",
                )
                return
            existing, renamed = self.sites[row.old_code], True
        wanted: dict[str, Any] = {}
        for attr in ("name", "url", "sponsor", "site_type", "organisation", "opened", "closed"):
            value = getattr(row, attr)
            if value is not None:
                wanted[attr] = value
        if renamed:
            wanted["code"] = row.code
        if existing is None:
            wanted["code"] = row.code
            for attr in ("name", "url", "sponsor", "organisation"):
                if attr not in wanted and attr not in row.row.cells:
                    self._fail(
                        row.row,
                        attr,
                        "新网站必须填写这一列。",
                        "请填写网站名称、首页网址、主办单位和机构代码。",
                    )
        if "organisation" in wanted and wanted["organisation"] not in self.org_codes:
            self._fail(
                row.row,
                "organisation",
                f"机构代码「{wanted['organisation']}」既不在文件中，也不在系统中。",
                "请核对代码，或在机构表中加上这个机构。",
            )
        if row.merged_into is not None:
            if row.merged_into == row.code:
                self._fail(
                    row.row, "merged_into", "网站不能并入自己。", "请填写另一个网站的标识码。"
                )
            elif row.merged_into not in final_codes:
                self._fail(
                    row.row,
                    "merged_into",
                    f"并入网站标识码「{row.merged_into}」既不在文件中，也不在系统中。",
                    "请核对标识码，或在网站表中加上被并入的网站。",
                )
            else:
                wanted["merged_into"] = row.merged_into
        key = existing.code if existing else row.code
        label = str(wanted.get("name") or (existing.name if existing else row.code))
        current = _site_state(existing) if existing else {}
        self._record("sites", key, label, row.row, (Site, current, wanted))
        self._plan_events(row, existing, current, wanted, label)

    def _plan_events(
        self,
        row: SiteRow,
        existing: Site | None,
        current: dict[str, Any],
        wanted: dict[str, Any],
        label: str,
    ) -> None:
        events: list[dict[str, Any]] = []
        today = timezone.localdate()
        if row.old_code and row.old_code != row.code:
            known = (
                existing is not None
                and SiteEvent.objects.filter(
                    site=existing,
                    kind=SiteEvent.Kind.CODE_CHANGED,
                    old_code=row.old_code,
                    new_code=row.code,
                ).exists()
            )
            if not known:
                events.append(
                    {
                        "kind": SiteEvent.Kind.CODE_CHANGED,
                        "date": row.code_changed or today,
                        "old_code": row.old_code,
                        "new_code": row.code,
                    }
                )
        for attr, kind in (("opened", SiteEvent.Kind.OPENED), ("closed", SiteEvent.Kind.CLOSED)):
            if wanted.get(attr) is not None and current.get(attr) is None:
                events.append({"kind": kind, "date": wanted[attr]})
        if wanted.get("merged_into") and current.get("merged_into") != wanted["merged_into"]:
            events.append(
                {
                    "kind": SiteEvent.Kind.MERGED,
                    "other": wanted["merged_into"],
                    "date": wanted.get("closed") or current.get("closed") or today,
                }
            )
        for event in events:
            kind_label = SiteEvent.Kind(event["kind"]).label
            detail = {"日期": ("", display(event["date"]))}
            if event.get("old_code"):
                detail["标识码"] = (event["old_code"], event["new_code"])
            if event.get("other"):
                detail["并入网站"] = ("", event["other"])
            self.changes.append(
                Change(
                    "events",
                    row.code,
                    "event",
                    f"{label}：{kind_label}",
                    row.row.where,
                    detail,
                    {"site": row.code, **event},
                )
            )

    # ------------------------------------------------------------------ users

    def _plan_users(self, rows: list[UserRow]) -> None:
        model = get_user_model()
        by_name: dict[str, list[UserRow]] = {}
        for row in rows:
            by_name.setdefault(row.username, []).append(row)
        existing = {u.username: u for u in model.objects.filter(username__in=list(by_name))}
        memberships = set(
            Membership.objects.filter(user__username__in=list(by_name)).values_list(
                "user__username", "organisation__code", "role"
            )
        )
        for username, group in by_name.items():
            wanted: dict[str, Any] = {}
            for attr, target in (("full_name", "first_name"), ("email", "email")):
                for row in group:
                    value = getattr(row, attr)
                    if value is None:
                        continue
                    if target in wanted and wanted[target] != value:
                        self._fail(
                            row.row,
                            attr,
                            f"与同一用户前面一行的「{wanted[target]}」不一致。",
                            "同一用户的各行须写相同的姓名和邮箱（或留空）。",
                        )
                    wanted.setdefault(target, value)
            if any("admin" in row.roles for row in group):
                wanted.update(is_staff=True, is_superuser=True)
            user = existing.get(username)
            current = _user_state(user) if user else {}
            self._record(
                "users",
                username,
                wanted.get("first_name") or username,
                group[0].row,
                (model, current, wanted),
            )
            seen: set[tuple[str, str]] = set()
            for row in group:
                self._plan_memberships(row, memberships, seen)

    def _plan_memberships(
        self, row: UserRow, memberships: set[tuple[str, str, str]], seen: set[tuple[str, str]]
    ) -> None:
        org = row.organisation
        if org is not None and org not in self.org_codes:
            self._fail(
                row.row,
                "organisation",
                f"机构代码「{org}」既不在文件中，也不在系统中。",
                "请核对代码，或在机构表中加上这个机构。",
            )
            return
        for role in row.roles:
            if role == "admin" or org is None or (org, role) in seen:
                continue
            seen.add((org, role))
            action = "unchanged" if (row.username, org, role) in memberships else "create"
            label = f"{row.username} · {org} · {ROLE_LABELS[role]}"
            values = {"username": row.username, "organisation": org, "role": role}
            self.changes.append(
                Change("memberships", label, action, label, row.row.where, {}, values)
            )

    # ------------------------------------------------------------------ shared

    def _record(
        self,
        table: str,
        key: str,
        label: str,
        row: Row,
        state: tuple[Any, dict[str, Any], dict[str, Any]],
    ) -> None:
        """`state`: the model, its stored values (empty: a new row) and the row's values."""
        model, current, wanted = state
        if not current:
            shown = {_label(model, a): ("", _show(a, v)) for a, v in wanted.items()}
            self.changes.append(Change(table, key, "create", label, row.where, shown, wanted))
            return
        diff = {a: v for a, v in wanted.items() if current.get(a) != v}
        shown = {_label(model, a): (_show(a, current.get(a)), _show(a, v)) for a, v in diff.items()}
        action = "update" if diff else "unchanged"
        self.changes.append(Change(table, key, action, label, row.where, shown, diff))

    def _fail(self, row: Row, column: str, message: str, fix: str) -> None:
        self.problems.append(row.problem(column, message, fix))

    def _duplicate(self, row: Row, column: str, code: str, first: Row) -> None:
        self._fail(
            row,
            column,
            f"「{code}」与第 {first.number} 行重复。",
            "每个代码只能出现一次：请删去或合并重复的行。",
        )


def _label(model: Any, attr: str) -> str:
    names = {
        "first_name": "姓名",
        "email": "电子邮箱",
        "is_superuser": "管理员",
        "is_staff": "可登录管理后台",
    }
    return names.get(attr) or _verbose(model, attr)


def _show(attr: str, value: Any) -> str:
    if attr == "level" and value is not None:
        return LEVEL_LABELS.get(str(value), str(value))
    return display(value)


def _loop(code: str, parent_of: dict[str, str | None]) -> list[str] | None:
    chain = [code]
    current = parent_of.get(code)
    while current is not None:
        if current in chain:
            return [*chain[chain.index(current) :], current]
        chain.append(current)
        current = parent_of.get(current)
    return None


def _depth(code: str, parent_of: dict[str, str | None]) -> int:
    depth, current, seen = 0, parent_of.get(code), {code}
    while current is not None and current not in seen:
        seen.add(current)
        depth += 1
        current = parent_of.get(current)
    return depth


def _org_state(org: Organisation) -> dict[str, Any]:
    return {
        "name": org.name,
        "level": org.level,
        "reviews": org.reviews,
        "deadline": org.deadline,
        "parent": org.parent.code if org.parent else None,
    }


def _site_state(site: Site) -> dict[str, Any]:
    return {
        "code": site.code,
        "name": site.name,
        "url": site.url,
        "sponsor": site.sponsor,
        "site_type": site.site_type,
        "organisation": site.organisation.code,
        "opened": site.opened,
        "closed": site.closed,
        "merged_into": site.merged_into.code if site.merged_into else None,
    }


def _user_state(user: Any) -> dict[str, Any]:
    return {
        "first_name": user.first_name,
        "email": user.email,
        "is_staff": user.is_staff,
        "is_superuser": user.is_superuser,
    }


__all__ = ["Planner"]
