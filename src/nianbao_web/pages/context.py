"""Template context shared by every page."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest

from nianbao_web.reports.models import Notification


def navigation(request: HttpRequest) -> dict[str, Any]:
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {"unread_notifications": 0}
    return {"unread_notifications": Notification.objects.filter(user=user, read=False).count()}
