"""A filled file (any format `nianbao.loading.load_report` reads) → the report's draft values."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.files.uploadedfile import UploadedFile

from nianbao.errors import InputError
from nianbao.loading import load_report
from nianbao.report import Report as CoreReport
from nianbao_web.reports.models import Report
from nianbao_web.services import editing
from nianbao_web.services.actors import Actor
from nianbao_web.services.errors import ServiceError

ALLOWED_SUFFIXES = frozenset(
    {
        ".txt",
        ".text",
        ".html",
        ".htm",
        ".docx",
        ".xlsx",
        ".doc",  # read through LibreOffice when it is installed (nianbao.readers.legacy)
        ".xls",
        ".pdf",
        ".json",
        ".yaml",
        ".yml",
        ".png",
        ".jpg",
        ".jpeg",
    }
)


class UploadRefused(ServiceError):
    code = "upload_refused"
    status = 413


def read_upload(upload: UploadedFile) -> CoreReport:
    """Check size and type, then read it with the core. Raises ServiceError with the reason."""
    name = upload.name or "upload"
    suffix = Path(name).suffix.lower()
    if upload.size is not None and upload.size > settings.UPLOAD_MAX_BYTES:
        raise UploadRefused(
            f"文件「{name}」有 {upload.size} 字节，超过上限 {settings.UPLOAD_MAX_BYTES} 字节。"
        )
    if suffix not in ALLOWED_SUFFIXES:
        allowed = "、".join(sorted(ALLOWED_SUFFIXES))
        raise ServiceError(
            f"不支持「{suffix or '无扩展名'}」文件：请上传 {allowed} 之一。",
            {"code": "unsupported_format"},
        )
    with tempfile.TemporaryDirectory(prefix="nianbao-upload-") as folder:
        path = Path(folder) / f"upload{suffix}"
        with path.open("wb") as out:
            for chunk in upload.chunks():
                out.write(chunk)
        try:
            report = load_report(path)
        except InputError as exc:
            raise ServiceError(f"无法读取「{name}」：{exc.message}", {"code": exc.code}) from None
        except Exception as exc:  # a reader library failing on a malformed file
            raise ServiceError(
                f"无法读取「{name}」：文件已损坏或格式异常（{type(exc).__name__}）。",
                {"code": "unreadable"},
            ) from None
    report.source = name
    return report


def provenance_of(report: CoreReport, name: str) -> dict[str, Any]:
    return {
        key: {"source": name, "where": p.where, "raw": p.raw, "page": p.page}
        for key, p in report.provenance.items()
    }


def import_into(actor: Actor, report_id: int, based_on: int, upload: UploadedFile) -> Report:
    core = read_upload(upload)
    values: dict[str, Any] = {}
    for key, value in core.to_json().items():
        values[key] = value
    for problem in core.problems:  # unreadable values are kept as written, so nothing is lost
        if problem.key in core.form.by_key and problem.key not in values:
            values[problem.key] = problem.raw
    values.pop("year", None)  # the report's year is the record's, not the file's
    current = Report.objects.get(pk=report_id)
    patch: dict[str, Any] = {key: None for key in current.values if key != "year"}
    patch.update(values)
    return editing.save(
        actor,
        report_id,
        based_on,
        values=patch,
        provenance=provenance_of(core, upload.name or "upload"),
        kind="import",
    )
