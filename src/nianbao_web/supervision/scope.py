"""What a supervisor looks at: a subtree it supervises, its sites' states, its visible values.

Permission decisions stay in `nianbao_web.policy`: the subtree is one the user
supervises (or any, for an administrator), and values come only from reports in
`policy.VALUES_VISIBLE_TO_SUPERVISORS` — never a draft's.
"""

from __future__ import annotations

from django.db.models import Q, QuerySet

from nianbao.analytics import Dataset
from nianbao.forms import form_for_year
from nianbao_web import policy
from nianbao_web.orgs.models import Membership, Organisation
from nianbao_web.reports.models import Report
from nianbao_web.services.errors import Forbidden, NotFound


def supervised_roots(user: policy.User) -> list[Organisation]:
    if policy.is_admin(user):
        return list(Organisation.objects.filter(parent__isnull=True))
    return [
        m.organisation for m in policy.memberships(user) if m.role == Membership.Role.SUPERVISOR
    ]


def is_supervisor(user: policy.User) -> bool:
    return bool(supervised_roots(user))


def selection(user: policy.User, code: str | None) -> Organisation:
    """The organisation chosen by `?org=CODE` (default: the user's first subtree)."""
    roots = supervised_roots(user)
    if not roots:
        raise Forbidden("只有监管人员可以查看此页面。")
    if not code:
        return roots[0]
    for root in roots:  # the usual choice, already read with the memberships
        if root.code == code:
            return root
    org = Organisation.objects.filter(code=code).first()
    if org is None:
        raise NotFound(f"机构代码 {code} 不存在。")
    if not any(org.path.startswith(root.path) for root in roots):
        raise Forbidden(f"{org.name} 不在您监管的范围内。")
    return org


def choices(user: policy.User, selected: Organisation) -> QuerySet[Organisation]:
    """What the organisation menu offers: the user's subtrees, the way down from them to
    the selection, and the selection's children (a country's thousands of departments are
    reached level by level, not listed at once)."""
    roots = supervised_roots(user)
    above = [int(p) for p in selected.path.strip("/").split("/") if p]
    within = Q(pk__in=[r.pk for r in roots]) | Q(parent=selected)
    for root in roots:
        if selected.path.startswith(root.path):
            within |= Q(pk__in=above, path__startswith=root.path)
    return Organisation.objects.filter(within).only("code", "name", "path").order_by("path")


def subtree_reports(root: Organisation) -> QuerySet[Report]:
    return Report.objects.filter(site__organisation__path__startswith=root.path)


def visible_dataset(
    root: Organisation, years: list[int]
) -> tuple[Dataset, dict[tuple[str, int], int]]:
    """The subtree's submitted-or-later reports of `years`, and (site code, year) → report id."""
    form = form_for_year(max(years))
    data = Dataset(form)
    ids: dict[tuple[str, int], int] = {}
    rows = (
        subtree_reports(root)
        .filter(year__in=years, state__in=policy.VALUES_VISIBLE_TO_SUPERVISORS)
        .values_list("pk", "year", "values", "site__code", "site__name", "site__site_type")
        .order_by("site__code", "year")
    )
    for pk, year, values, code, name, site_type in rows.iterator(chunk_size=500):
        # The site's own record wins over typed values for identity: codes key the years.
        merged = {**values, "site_code": code, "year": year}
        merged.setdefault("site_name", name)
        if site_type and not merged.get("site_type"):
            merged["site_type"] = site_type
        data.add(merged, source=code)
        ids[(code, year)] = pk
    return data, ids
