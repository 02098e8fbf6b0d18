"""Every API error, whatever raised it, becomes `{"error": {"code", "message", "details"}}`."""

from __future__ import annotations

from typing import Any

from django.http import Http404, HttpRequest, HttpResponse
from ninja import NinjaAPI
from ninja.errors import AuthenticationError, AuthorizationError, HttpError, ValidationError
from ninja.throttling import BaseThrottle

from nianbao_web.pages.errors import envelope
from nianbao_web.services.errors import ServiceError

CODES = {
    400: "bad_request",
    401: "unauthenticated",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    409: "conflict",
    413: "too_large",
    422: "invalid",
    429: "rate_limited",
}


def install(api: NinjaAPI) -> None:
    @api.exception_handler(ServiceError)
    def service_error(request: HttpRequest, exc: ServiceError) -> HttpResponse:
        return envelope(exc.status, exc.code, exc.message, exc.details)

    @api.exception_handler(ValidationError)
    def validation_error(request: HttpRequest, exc: ValidationError) -> HttpResponse:
        details: Any = exc.errors
        return envelope(422, "invalid", "请求内容不符合接口要求：见 details。", details)

    @api.exception_handler(AuthenticationError)
    def unauthenticated(request: HttpRequest, exc: AuthenticationError) -> HttpResponse:
        return envelope(
            401, "unauthenticated", "需要登录或 API 令牌（请求头 Authorization: Bearer <令牌>）。"
        )

    @api.exception_handler(AuthorizationError)
    def unauthorized(request: HttpRequest, exc: AuthorizationError) -> HttpResponse:
        return envelope(403, "forbidden", "您没有执行此操作的权限。")

    @api.exception_handler(Http404)
    def not_found(request: HttpRequest, exc: Http404) -> HttpResponse:
        return envelope(404, "not_found", "资源不存在。")

    @api.exception_handler(HttpError)
    def http_error(request: HttpRequest, exc: HttpError) -> HttpResponse:
        code = CODES.get(exc.status_code, "error")
        message = str(exc) if exc.status_code != 429 else "请求过于频繁，请稍后再试。"
        return envelope(exc.status_code, code, message)

    @api.exception_handler(Exception)
    def server_error(request: HttpRequest, exc: Exception) -> HttpResponse:
        import logging  # noqa: PLC0415

        logging.getLogger("nianbao_web").exception("API error on %s", request.path)
        return envelope(500, "server_error", "服务器内部错误，已记录；请稍后重试。")


__all__ = ["BaseThrottle", "install"]
