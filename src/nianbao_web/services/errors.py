"""Why a service refused: one exception tree, mapped to pages and the API error envelope."""

from __future__ import annotations

from typing import Any


class ServiceError(Exception):
    code = "invalid"
    status = 400

    def __init__(self, message: str, details: Any = None) -> None:
        super().__init__(message)
        self.message = message
        self.details = details


class Forbidden(ServiceError):
    code = "forbidden"
    status = 403


class NotFound(ServiceError):
    code = "not_found"
    status = 404


class Locked(ServiceError):
    """The report is under review, approved or published: no write path may change it."""

    code = "locked"
    status = 409


class StaleEdit(ServiceError):
    """The save was based on an older version; `details` names what changed and who changed it."""

    code = "stale_version"
    status = 409


class WorkflowError(ServiceError):
    code = "workflow"
    status = 409


class NotReady(ServiceError):
    """Submission refused: errors remain or a warning is unexplained."""

    code = "not_ready"
    status = 422
