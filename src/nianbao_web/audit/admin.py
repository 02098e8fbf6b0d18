from typing import Any

from django.contrib import admin
from django.http import HttpRequest

from nianbao_web.audit.models import Revision, Transition


class ReadOnly(admin.ModelAdmin):  # type: ignore[type-arg]
    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(Revision)
class RevisionAdmin(ReadOnly):
    list_display = ("report", "seq", "actor_name", "role", "at", "kind")


@admin.register(Transition)
class TransitionAdmin(ReadOnly):
    list_display = ("report", "action", "from_state", "to_state", "actor_name", "at")
