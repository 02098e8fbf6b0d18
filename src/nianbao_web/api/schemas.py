"""Request and response shapes of the API."""

from __future__ import annotations

from typing import Any

from ninja import Schema
from pydantic import Field


class ReportOut(Schema):
    id: int
    site_code: str
    site_name: str
    organisation: str
    year: int
    form: str
    state: str
    version: int
    values: dict[str, Any] | None
    """Null when the caller may not see the values (a supervisor and a draft)."""
    explanations: dict[str, str] | None
    review_org: str | None
    deadline: str
    late: bool
    published_versions: list[int]
    public_url: str | None


class ReportCreate(Schema):
    site_code: str
    year: int


class ReportUpdate(Schema):
    version: int
    """The version this change is based on (the optimistic edit guard)."""
    values: dict[str, Any] = Field(default_factory=dict)
    explanations: dict[str, str | None] = Field(default_factory=dict)


class TransitionIn(Schema):
    reason: str = ""
    comments: dict[str, str] = Field(default_factory=dict)
    until: str | None = None


class FindingsOut(Schema):
    findings: list[dict[str, Any]]


class RevisionOut(Schema):
    seq: int
    version: int
    actor: str
    role: str
    organisation: str
    at: str
    kind: str
    diff: dict[str, Any]
    hash: str
