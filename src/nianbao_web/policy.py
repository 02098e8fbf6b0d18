"""Who may do what to which report: the one place object permissions are decided.

A unit (填报人, 审核人 of the site's organisation) sees and edits only its own
sites' reports. A supervisor sees its subtree's reports, their values only from
submission on (never a draft's), and reviews those waiting at its organisation.
Administrators (superusers) may do everything a role may do.
"""

from __future__ import annotations

from typing import Literal

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.db.models import Q, QuerySet

from nianbao_web.orgs.models import Membership
from nianbao_web.reports.models import EDITABLE_STATES, Report, State

Action = Literal[
    "view", "view_values", "edit", "submit", "withdraw", "review", "publish", "correct", "extend"
]
User = AbstractBaseUser | AnonymousUser

UNIT_ROLES = frozenset({Membership.Role.FILLER, Membership.Role.REVIEWER})
VALUES_VISIBLE_TO_SUPERVISORS = frozenset(
    {State.SUBMITTED, State.RETURNED, State.APPROVED, State.PUBLISHED}
)


def is_admin(user: User) -> bool:
    return bool(user.is_authenticated and getattr(user, "is_superuser", False))


def memberships(user: User) -> list[Membership]:
    if not user.is_authenticated:
        return []
    cached: list[Membership] | None = getattr(user, "_nianbao_memberships", None)
    if cached is None:
        cached = list(Membership.objects.filter(user_id=user.pk).select_related("organisation"))
        setattr(user, "_nianbao_memberships", cached)  # noqa: B010 - a per-request cache
    return cached


def roles_on(user: User, report: Report) -> set[str]:
    """`filler`, `reviewer` (of the unit), `supervisor` (of a tree above it), `admin`."""
    roles: set[str] = {"admin"} if is_admin(user) else set()
    org = report.site.organisation
    for member in memberships(user):
        if member.role in UNIT_ROLES and member.organisation_id == org.pk:
            roles.add(member.role)
        elif member.role == Membership.Role.SUPERVISOR and org.path.startswith(
            member.organisation.path
        ):
            roles.add("supervisor")
    return roles


def _reviews_now(user: User, report: Report) -> bool:
    if report.state != State.SUBMITTED or report.review_org_id is None:
        return False
    return is_admin(user) or any(
        m.role == Membership.Role.SUPERVISOR and m.organisation_id == report.review_org_id
        for m in memberships(user)
    )


def can(user: User, action: Action, report: Report) -> bool:
    roles = roles_on(user, report)
    unit = bool(roles & (UNIT_ROLES | {"admin"}))
    if action == "view":
        return bool(roles)
    if action == "view_values":
        return unit or ("supervisor" in roles and report.state in VALUES_VISIBLE_TO_SUPERVISORS)
    if action == "edit":
        return unit and report.state in EDITABLE_STATES
    if action == "submit":
        return unit and report.state in EDITABLE_STATES
    if action == "withdraw":
        return unit and report.state == State.SUBMITTED and report.reviewed_levels == 0
    if action == "review":
        return _reviews_now(user, report)
    if action in ("publish", "correct"):
        wanted = State.APPROVED if action == "publish" else State.PUBLISHED
        return unit and report.state == wanted
    if action == "extend":
        return "supervisor" in roles or "admin" in roles
    raise ValueError(action)


def visible_reports(user: User) -> QuerySet[Report]:
    base = Report.objects.select_related("site", "site__organisation", "review_org")
    if not user.is_authenticated:
        return base.none()
    if is_admin(user):
        return base
    query = Q(pk__in=[])
    for member in memberships(user):
        if member.role in UNIT_ROLES:
            query |= Q(site__organisation_id=member.organisation_id)
        else:
            query |= Q(site__organisation__path__startswith=member.organisation.path)
    return base.filter(query)


def describe_role(user: User, report: Report) -> tuple[str, str]:
    """(role label, organisation name) recorded with a change made by `user`."""
    labels = dict(Membership.Role.choices) | {"admin": "管理员"}
    roles = roles_on(user, report)
    for role in ("filler", "reviewer", "supervisor", "admin"):
        if role in roles:
            org = report.site.organisation.name
            if role == "supervisor":
                org = next(
                    (
                        m.organisation.name
                        for m in memberships(user)
                        if m.role == role
                        and report.site.organisation.path.startswith(m.organisation.path)
                    ),
                    org,
                )
            return labels[role], org
    return ("系统", "")
