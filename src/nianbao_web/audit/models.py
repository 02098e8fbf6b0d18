"""What changed, who changed it, and the chain that makes tampering visible."""

from __future__ import annotations

from django.conf import settings
from django.db import models

from nianbao_web.reports.models import Report


class Revision(models.Model):
    """One change of a report's values or explanations; rows are never updated or deleted.

    `hash` = sha256 of this row's content and `prev_hash` (the previous row of the
    same report), so an edited or removed row breaks the chain (`nianbao audit verify`).
    """

    report = models.ForeignKey(Report, on_delete=models.PROTECT, related_name="revisions")
    seq = models.PositiveIntegerField()
    version = models.PositiveIntegerField()
    """The report version this revision produced."""
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    actor_name = models.CharField(max_length=150)
    role = models.CharField(max_length=40)
    organisation = models.CharField(max_length=200)
    at = models.DateTimeField()
    kind = models.CharField(max_length=20)
    diff = models.JSONField()
    """{"values": {key: [old, new]}, "explanations": {rule: [old, new]}}; null = absent."""
    prev_hash = models.CharField(max_length=64)
    hash = models.CharField(max_length=64)

    class Meta:
        ordering = (
            "report",
            "seq",
        )
        verbose_name = "修订记录"
        verbose_name_plural = "修订记录"
        constraints = (models.UniqueConstraint(fields=["report", "seq"], name="one_seq"),)


class Transition(models.Model):
    report = models.ForeignKey(Report, on_delete=models.PROTECT, related_name="transitions")
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    actor_name = models.CharField(max_length=150)
    organisation = models.CharField(max_length=200, blank=True)
    from_state = models.CharField(max_length=12)
    to_state = models.CharField(max_length=12)
    action = models.CharField(max_length=20)
    reason = models.TextField(blank=True)
    field_comments = models.JSONField(default=dict, blank=True)
    at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = (
            "report",
            "at",
            "pk",
        )
        verbose_name = "流转记录"
        verbose_name_plural = "流转记录"
