"""A site's report for a year: its values, workflow state and published versions.

Every rule about when a report may change lives in `nianbao_web.services`;
these are rows only.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models

from nianbao_web.orgs.models import Organisation, Site


class State(models.TextChoices):
    DRAFT = "draft", "草稿"
    SUBMITTED = "submitted", "已提交待审核"
    RETURNED = "returned", "已退回"
    APPROVED = "approved", "已审核通过"
    PUBLISHED = "published", "已发布"


EDITABLE_STATES = frozenset({State.DRAFT, State.RETURNED})


class Report(models.Model):
    site = models.ForeignKey(Site, on_delete=models.PROTECT, related_name="reports")
    year = models.PositiveSmallIntegerField("报表年度")
    form_id = models.CharField("表单版本", max_length=40)
    state = models.CharField("状态", max_length=12, choices=State.choices, default=State.DRAFT)
    values = models.JSONField("填报值", default=dict, blank=True)
    """Canonical key → value as a report file writes it; a value that could not be read
    is kept as typed (a string) so nothing the user wrote is lost."""
    provenance = models.JSONField(default=dict, blank=True)
    explanations = models.JSONField("警告说明", default=dict, blank=True)
    """Rule id → the unit's written explanation of that warning."""
    version = models.PositiveIntegerField("版本", default=1)
    """Optimistic edit guard: every write names the version it was based on."""
    review_org = models.ForeignKey(
        Organisation, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    """While submitted: the organisation whose supervisors review it now."""
    reviewed_levels = models.PositiveSmallIntegerField(default=0)
    deadline_extended_to = models.DateField("延期至", null=True, blank=True)
    submitted_at = models.DateTimeField(null=True, blank=True)
    published_at = models.DateTimeField(null=True, blank=True)
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)
    demo = models.BooleanField(default=False, editable=False)

    class Meta:
        verbose_name = "年度报表"
        verbose_name_plural = "年度报表"
        ordering = (
            "site__code",
            "-year",
        )
        constraints = (
            models.UniqueConstraint(fields=["site", "year"], name="one_report_per_site_year"),
        )
        indexes = (
            # A year's reports without reading their values: the progress tally joins the
            # year's states and dates to the sites, and the supervisors' cache stamp takes
            # max(updated) and count(*) — both index-only scans on PostgreSQL (the values
            # make each row a kilobyte or more; a sequential scan reads every year).
            models.Index(
                fields=["year", "updated"],
                include=["id", "site", "state", "submitted_at", "deadline_extended_to"],
                name="report_year_progress",
            ),
        )

    def __str__(self) -> str:
        return f"{self.site.name} {self.year} 年度"


class ReportVersion(models.Model):
    """A published version; a correction after publishing adds one, the old stays visible."""

    report = models.ForeignKey(Report, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveSmallIntegerField()
    values = models.JSONField()
    published_at = models.DateTimeField()
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    note = models.CharField("更正说明", max_length=500, blank=True)

    class Meta:
        verbose_name = "发布版本"
        verbose_name_plural = "发布版本"
        ordering = (
            "report",
            "number",
        )
        constraints = (
            models.UniqueConstraint(fields=["report", "number"], name="one_version_number"),
        )
        indexes = (
            # "The current version" (no newer number of the same report), counting a year's
            # publications and their newest id and time: all without reading the values.
            models.Index(
                fields=["report", "number"],
                include=["id", "published_at"],
                name="version_current",
            ),
        )


class Notification(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notifications"
    )
    report = models.ForeignKey(Report, null=True, on_delete=models.CASCADE, related_name="+")
    site = models.ForeignKey(
        # what a notice without a report is about: a site whose report is not started
        Site,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    kind = models.CharField(max_length=20)
    message = models.CharField(max_length=500)
    created = models.DateTimeField(auto_now_add=True)
    read = models.BooleanField(default=False)

    class Meta:
        ordering = ("-created",)
        verbose_name = "通知"
        verbose_name_plural = "通知"
