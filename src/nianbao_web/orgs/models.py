"""The organisation tree, its websites and who plays which role where."""

from __future__ import annotations

import datetime
from typing import Any

from django.conf import settings
from django.db import models

from nianbao.settings import DEADLINE


class Organisation(models.Model):
    class Level(models.TextChoices):
        PROVINCE = "province", "省级"
        CITY = "city", "市级"
        COUNTY = "county", "县级"
        UNIT = "unit", "部门/单位"

    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="children"
    )
    code = models.CharField("机构代码", max_length=40, unique=True)
    name = models.CharField("名称", max_length=200)
    level = models.CharField("层级", max_length=12, choices=Level.choices)
    reviews = models.BooleanField(
        "审核下级报表", default=False, help_text="本机构的监管人员按层级审核下级提交的报表。"
    )
    deadline = models.CharField(
        "发布期限（月-日）", max_length=5, default=DEADLINE.default, help_text=DEADLINE.help
    )
    path = models.CharField(max_length=500, db_index=True, editable=False, default="")
    """`/id/id/…/`, root first: subtree queries are one prefix match."""
    demo = models.BooleanField(default=False, editable=False)

    class Meta:
        verbose_name = "机构"
        verbose_name_plural = "机构"
        ordering = ("path",)

    def __str__(self) -> str:
        return self.name

    def save(self, *args: Any, **kwargs: Any) -> None:
        # The path is structure, not a business rule: kept with the row it describes.
        if self.pk is None:
            super().save(*args, **kwargs)
            kwargs = {}
        prefix = self.parent.path if self.parent else "/"
        self.path = f"{prefix}{self.pk}/"
        super().save(*args, **kwargs)

    def ancestors(self) -> list[Organisation]:
        """Nearest first, this organisation excluded."""
        ids = [int(p) for p in self.path.strip("/").split("/") if p][:-1]
        by_id = {o.pk: o for o in Organisation.objects.filter(pk__in=ids)}
        return [by_id[i] for i in reversed(ids) if i in by_id]


class SiteQuerySet(models.QuerySet["Site"]):
    def expected_in(self, year: int) -> SiteQuerySet:
        """Sites that must report for `year`: all but those closed before it began."""
        return self.exclude(closed__lt=datetime.date(year, 1, 1))


class Site(models.Model):
    organisation = models.ForeignKey(
        Organisation, on_delete=models.PROTECT, related_name="sites", verbose_name="所属机构"
    )
    code = models.CharField("网站标识码", max_length=20, unique=True)
    name = models.CharField("网站名称", max_length=200)
    url = models.URLField("首页网址", max_length=300)
    sponsor = models.CharField("主办单位", max_length=200)
    site_type = models.CharField("网站类型", max_length=40, blank=True)
    opened = models.DateField("开通日期", null=True, blank=True)
    closed = models.DateField("关停日期", null=True, blank=True)
    merged_into = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.PROTECT, verbose_name="并入网站"
    )
    demo = models.BooleanField(default=False, editable=False)

    objects = SiteQuerySet.as_manager()

    class Meta:
        verbose_name = "网站"
        verbose_name_plural = "网站"
        ordering = ("code",)

    def __str__(self) -> str:
        return f"{self.name}（{self.code}）"


class SiteEvent(models.Model):
    class Kind(models.TextChoices):
        OPENED = "opened", "开通"
        CLOSED = "closed", "关停"
        MERGED = "merged", "并入其他网站"
        CODE_CHANGED = "code_changed", "标识码变更"

    site = models.ForeignKey(Site, on_delete=models.CASCADE, related_name="events")
    kind = models.CharField(max_length=16, choices=Kind.choices)
    date = models.DateField()
    old_code = models.CharField(max_length=20, blank=True)
    new_code = models.CharField(max_length=20, blank=True)
    other = models.ForeignKey(
        Site, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    note = models.CharField(max_length=300, blank=True)

    class Meta:
        verbose_name = "网站变更"
        verbose_name_plural = "网站变更"
        ordering = (
            "date",
            "pk",
        )


class Membership(models.Model):
    class Role(models.TextChoices):
        FILLER = "filler", "填报人"
        REVIEWER = "reviewer", "审核人"
        SUPERVISOR = "supervisor", "监管人员"

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships"
    )
    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="memberships"
    )
    role = models.CharField(max_length=12, choices=Role.choices)

    class Meta:
        verbose_name = "角色"
        verbose_name_plural = "角色"
        constraints = (
            models.UniqueConstraint(fields=["user", "organisation", "role"], name="one_role_once"),
        )

    def __str__(self) -> str:
        return f"{self.user} · {self.organisation} · {self.get_role_display()}"


class ApiToken(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="api_tokens"
    )
    name = models.CharField(max_length=100)
    digest = models.CharField(max_length=64, unique=True)
    """sha256 of the token: the token itself is shown once and never stored."""
    created = models.DateTimeField(auto_now_add=True)
    last_used = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = "API 令牌"
        verbose_name_plural = "API 令牌"
