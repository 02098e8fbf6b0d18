"""Administrators see everything; value changes go through the editing service, so the
lock, the version guard and the history apply here as on every other write path."""

from __future__ import annotations

from typing import Any

from django.contrib import admin, messages
from django.http import HttpRequest

from nianbao_web.reports.models import EDITABLE_STATES, Report, ReportVersion
from nianbao_web.services import editing
from nianbao_web.services.actors import Actor
from nianbao_web.services.errors import ServiceError


@admin.register(Report)
class ReportAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ("site", "year", "state", "version", "updated")
    list_filter = ("state", "year")
    search_fields = ("site__name", "site__code")
    readonly_fields = (
        "site",
        "year",
        "form_id",
        "state",
        "version",
        "review_org",
        "reviewed_levels",
        "submitted_at",
        "published_at",
        "provenance",
    )
    fields = (
        "site",
        "year",
        "form_id",
        "state",
        "version",
        "values",
        "explanations",
        "review_org",
        "reviewed_levels",
        "deadline_extended_to",
        "submitted_at",
        "published_at",
        "provenance",
    )

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False  # created by units, so the first revision names its author

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False  # revisions reference reports; history is never deleted

    def get_readonly_fields(self, request: HttpRequest, obj: Report | None = None) -> Any:
        fields = list(self.readonly_fields)
        if obj is not None and obj.state not in EDITABLE_STATES:
            fields += ["values", "explanations", "deadline_extended_to"]
        return fields

    def save_model(self, request: HttpRequest, obj: Report, form: Any, change: bool) -> None:
        current = Report.objects.get(pk=obj.pk)
        patch = dict.fromkeys(current.values) | dict(obj.values or {})
        explanations = dict.fromkeys(current.explanations) | dict(obj.explanations or {})
        try:
            editing.save(
                Actor(request.user, "admin"),
                obj.pk,
                current.version,
                values=patch,
                explanations=explanations,
            )
        except ServiceError as exc:
            messages.error(request, exc.message)
        if obj.deadline_extended_to != current.deadline_extended_to:
            Report.objects.filter(pk=obj.pk).update(deadline_extended_to=obj.deadline_extended_to)


@admin.register(ReportVersion)
class ReportVersionAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ("report", "number", "published_at")

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False
