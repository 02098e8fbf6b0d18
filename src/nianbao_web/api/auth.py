"""API authentication: a token (`Authorization: Bearer nb_…`) or the page session (with CSRF)."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from ninja.security import HttpBearer, django_auth

from nianbao_web.services import tokens


class TokenAuth(HttpBearer):
    def authenticate(self, request: HttpRequest, token: str) -> Any:
        user = tokens.user_for(token)
        if user is None:
            return None
        request.user = user  # type: ignore[assignment]
        return user


AUTH = [TokenAuth(), django_auth]
