"""API tokens for scripts: shown once, stored as a sha256 digest."""

from __future__ import annotations

import hashlib
import secrets

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.utils import timezone

from nianbao_web.orgs.models import ApiToken

PREFIX = "nb_"


def digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def create(user: AbstractBaseUser | AnonymousUser, name: str) -> str:
    token = PREFIX + secrets.token_urlsafe(32)
    ApiToken.objects.create(user_id=int(str(user.pk)), name=name, digest=digest(token))
    return token


def listed(user: AbstractBaseUser | AnonymousUser) -> list[ApiToken]:
    return list(ApiToken.objects.filter(user_id=int(str(user.pk or 0))).order_by("-created"))


def user_for(token: str) -> AbstractBaseUser | None:
    row = ApiToken.objects.select_related("user").filter(digest=digest(token)).first()
    if row is None or not row.user.is_active:
        return None
    ApiToken.objects.filter(pk=row.pk).update(last_used=timezone.now())
    return row.user
