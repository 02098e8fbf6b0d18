"""Error pages; under /api/ every error is the JSON envelope."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render


def envelope(status: int, code: str, message: str, details: Any = None) -> JsonResponse:
    body = {"error": {"code": code, "message": message, "details": details}}
    return JsonResponse(body, status=status, json_dumps_params={"ensure_ascii": False})


def _page(request: HttpRequest, status: int, code: str, message: str) -> HttpResponse:
    if request.path.startswith("/api/"):
        return envelope(status, code, message)
    return render(
        request, "pages/error.html", {"status": status, "message": message}, status=status
    )


def csrf_failure(request: HttpRequest, reason: str = "") -> HttpResponse:
    return _page(request, 403, "csrf", "安全校验失败（CSRF）：请刷新页面后重试。")


def not_found(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return _page(request, 404, "not_found", "页面不存在：请检查网址。")


def forbidden(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return _page(request, 403, "forbidden", "您没有访问此页面的权限。")


def bad_request(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return _page(request, 400, "bad_request", "请求无效。")


def server_error(request: HttpRequest) -> HttpResponse:
    return _page(request, 500, "server_error", "服务器内部错误，已记录；请稍后重试。")


def refused(request: HttpRequest, status: int, message: str) -> HttpResponse:
    """A service refusal on a page: 403/404 as an error page (no button leads there)."""
    return render(
        request, "pages/error.html", {"status": status, "message": message}, status=status
    )
