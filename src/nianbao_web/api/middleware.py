"""Under /api/, an error response that is not already the JSON envelope becomes one
(e.g. the 405 a router answers on its own)."""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse

from nianbao_web.api.envelope import CODES
from nianbao_web.pages.errors import envelope

MESSAGES = {405: "此地址不支持该请求方法。", 413: "请求体过大。"}


class ErrorEnvelopeMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if (
            request.path.startswith("/api/")
            and response.status_code >= 400
            and not response.get("Content-Type", "").startswith("application/json")
        ):
            status = response.status_code
            allowed = response.get("Allow")
            converted = envelope(
                status,
                CODES.get(status, "error"),
                MESSAGES.get(status, "请求未能完成。"),
                {"allow": allowed} if allowed else None,
            )
            if allowed:
                converted["Allow"] = allowed
            return converted
        return response
