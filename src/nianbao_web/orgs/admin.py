"""The admin, and its 「批量导入」 page: upload, see the dry-run plan, confirm to apply."""

from __future__ import annotations

import json
import re
import secrets
import shutil
import time
from pathlib import Path
from typing import Any

from django.conf import settings
from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.core.files.uploadedfile import UploadedFile
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.urls import URLPattern, path

from nianbao_web.config import declared
from nianbao_web.orgs.models import ApiToken, Membership, Organisation, Site, SiteEvent
from nianbao_web.services import directory

DIRECTORY_SUFFIXES = (".xlsx", ".csv")
STAGING_HOURS = 24
_TOKEN = re.compile(r"^[0-9a-f]{32}$")


@admin.register(Organisation)
class OrganisationAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ("name", "code", "level", "parent", "reviews", "deadline")
    search_fields = ("name", "code")
    list_filter = ("level", "reviews")
    change_list_template = "admin/orgs/organisation/change_list.html"

    def get_urls(self) -> list[URLPattern]:
        view = self.admin_site.admin_view(self.import_view)
        return [path("import/", view, name="orgs_directory_import"), *super().get_urls()]

    def import_view(self, request: HttpRequest) -> HttpResponse:
        """Upload → the dry-run plan; confirm → plan again from the same stored files and
        apply only if the plan is the one shown (its fingerprint)."""
        if not request.user.is_superuser:
            raise PermissionDenied("只有系统管理员可以批量导入。")
        context: dict[str, Any] = {
            **self.admin_site.each_context(request),
            "title": "批量导入机构、网站和用户",
            "opts": self.model._meta,
            "max_mb": settings.UPLOAD_MAX_BYTES // (1024 * 1024),
            "suffixes": "、".join(DIRECTORY_SUFFIXES),
        }
        if request.method == "POST":
            context.update(_handle(request))
        return TemplateResponse(request, "admin/orgs/directory_import.html", context)


@admin.register(Site)
class SiteAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ("code", "name", "organisation", "opened", "closed")
    search_fields = ("code", "name", "sponsor")


@admin.register(SiteEvent)
class SiteEventAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ("site", "kind", "date", "old_code", "new_code")


@admin.register(Membership)
class MembershipAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ("user", "organisation", "role")
    list_filter = ("role",)


@admin.register(ApiToken)
class ApiTokenAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ("user", "name", "created", "last_used")
    readonly_fields = ("digest",)


def _handle(request: HttpRequest) -> dict[str, Any]:
    no_passwords = request.POST.get("no_passwords") == "on"
    if request.POST.get("action") == "apply":
        token = request.POST.get("token", "")
        folder = _staged(token, request.user.pk)
        if folder is None:
            return {"error": "上传的文件已过期或不存在：请重新上传。"}
        files = _files_in(folder)
        try:
            result = directory.apply(
                files,
                passwords=not no_passwords,
                expected=request.POST.get("fingerprint", ""),
                user=request.user,
            )
        except directory.PlanChanged as exc:
            plan = directory.plan(files)
            return {
                "error": exc.message,
                "plan": plan,
                "token": token,
                "no_passwords": no_passwords,
            }
        if not result.applied:
            return {"error": "文件有问题，没有写入任何数据。", "plan": result.plan}
        shutil.rmtree(folder, ignore_errors=True)
        return {"result": result, "plan": result.plan}
    uploads = request.FILES.getlist("files")
    refused = _refused(uploads)
    if refused:
        return {"error": refused}
    token, folder = _stage(uploads, request.user.pk)
    return {"plan": directory.plan(_files_in(folder)), "token": token, "no_passwords": no_passwords}


def _refused(uploads: list[UploadedFile]) -> str | None:
    if not uploads:
        return "请选择要导入的文件。"
    for upload in uploads:
        name = upload.name or "upload"
        if Path(name).suffix.lower() not in DIRECTORY_SUFFIXES:
            return f"不支持文件「{name}」：请上传 {'、'.join(DIRECTORY_SUFFIXES)} 文件。"
        if upload.size is not None and upload.size > settings.UPLOAD_MAX_BYTES:
            limit = settings.UPLOAD_MAX_BYTES
            return f"文件「{name}」有 {upload.size} 字节，超过上限 {limit} 字节。"
    return None


def _staging_root() -> Path:
    return declared.data_dir() / "directory-imports"


def _stage(uploads: list[UploadedFile], user_id: Any) -> tuple[str, Path]:
    """Keep the uploaded bytes until confirmed, so the confirmation plans from the same content."""
    root = _staging_root()
    root.mkdir(mode=0o700, exist_ok=True)
    cutoff = time.time() - STAGING_HOURS * 3600
    for old in root.iterdir():
        if old.is_dir() and old.stat().st_mtime < cutoff:
            shutil.rmtree(old, ignore_errors=True)
    token = secrets.token_hex(16)
    folder = root / token
    folder.mkdir(mode=0o700)
    names = []
    for index, upload in enumerate(uploads):
        suffix = Path(upload.name or "").suffix.lower()
        with (folder / f"{index}{suffix}").open("wb") as out:
            for chunk in upload.chunks():
                out.write(chunk)
        names.append(Path(upload.name or f"file{index}{suffix}").name)
    manifest = {"user": user_id, "names": names}
    (folder / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False), "utf-8")
    return token, folder


def _staged(token: str, user_id: Any) -> Path | None:
    if not _TOKEN.match(token):
        return None
    folder = _staging_root() / token
    try:
        manifest = json.loads((folder / "manifest.json").read_text("utf-8"))
    except (OSError, ValueError):
        return None
    return folder if manifest.get("user") == user_id else None


def _files_in(folder: Path) -> list[tuple[Path, str]]:
    names = json.loads((folder / "manifest.json").read_text("utf-8"))["names"]
    stored = sorted((p for p in folder.iterdir() if p.name != "manifest.json"), key=_index)
    return [(p, str(names[_index(p)])) for p in stored]


def _index(path: Path) -> int:
    return int(path.stem)
