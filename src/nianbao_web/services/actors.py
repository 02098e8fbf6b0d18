"""Who did something, as the history records it."""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser

from nianbao_web import policy
from nianbao_web.reports.models import Report


@dataclass(frozen=True, slots=True)
class Actor:
    user: AbstractBaseUser | AnonymousUser
    via: str = "web"
    """web | api | admin | import | system: recorded as the revision's kind prefix."""

    @property
    def user_id(self) -> int | None:
        return int(self.user.pk) if self.user.is_authenticated and self.user.pk else None

    @property
    def name(self) -> str:
        if not self.user.is_authenticated:
            return "系统"
        full = getattr(self.user, "get_full_name", lambda: "")()
        return str(full or self.user.get_username())

    def role_on(self, report: Report) -> tuple[str, str]:
        return policy.describe_role(self.user, report)
