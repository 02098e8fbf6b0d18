"""`user|supervises`: whether to offer the supervisor pages in the navigation."""

from __future__ import annotations

from django import template

from nianbao_web import policy
from nianbao_web.supervision.scope import is_supervisor

register = template.Library()


@register.filter
def supervises(user: policy.User) -> bool:
    return bool(user.is_authenticated) and is_supervisor(user)
