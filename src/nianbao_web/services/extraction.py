"""An uploaded file → the `nianbao extract --json` record, through `nianbao.extract`."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.files.uploadedfile import UploadedFile

from nianbao.errors import InputError
from nianbao.extract import extract_bytes
from nianbao_web.services.errors import ServiceError
from nianbao_web.services.imports import ALLOWED_SUFFIXES, UploadRefused


def record(upload: UploadedFile) -> dict[str, Any]:
    name = upload.name or "upload"
    if upload.size is not None and upload.size > settings.UPLOAD_MAX_BYTES:
        raise UploadRefused(f"文件「{name}」超过上限 {settings.UPLOAD_MAX_BYTES} 字节。")
    suffix = Path(name).suffix.lower()
    if suffix not in ALLOWED_SUFFIXES:
        raise ServiceError(
            f"不支持「{suffix or '无扩展名'}」文件。", {"allowed": sorted(ALLOWED_SUFFIXES)}
        )
    data = upload.read()
    try:
        return extract_bytes(data, name).record()
    except InputError as exc:
        return {"source": name, "error": {"code": exc.code, "message": exc.message}}
    except Exception as exc:  # a reader library failing on a malformed file
        message = f"文件已损坏或格式异常，无法读取（{type(exc).__name__}）。"
        return {"source": name, "error": {"code": "unreadable", "message": message}}
