"""Finished open-data files kept in the data directory until a publication changes them.

A national CSV is thousands of rows; made once, it is served by the web server from
the file (sendfile) to every later visitor. The key names the year, the subtree, the
format, the address the links point at, and the newest publication of the year
(newest version id and time, number of versions): publishing or correcting any report
of the year gives a new key. Files older than `MAX_AGE` seconds are remade, so a
renamed organisation or a changed site code (which no publication records) shows too.
Files are written under a temporary name and renamed into place: a reader never sees
half a file, and two workers making the same file at once waste work, nothing else.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from django.conf import settings
from django.db.models import Count, Max

from nianbao_web.config import declared
from nianbao_web.orgs.models import Organisation
from nianbao_web.reports.models import ReportVersion

MAX_AGE = 600
Writer = Callable[[str], None]
"""Writes the whole file at the given path."""


def _folder() -> Path:
    folder = declared.data_dir() / "open-data"
    folder.mkdir(exist_ok=True)
    return folder


def publication_stamp(year: int) -> str:
    newest = ReportVersion.objects.filter(report__year=year).aggregate(
        newest_id=Max("id"), at=Max("published_at"), n=Count("id")
    )
    at = newest["at"].isoformat() if newest["at"] else "-"
    return f"{newest['newest_id']}|{at}|{newest['n']}"


def cached_file(year: int, org: Organisation | None, fmt: str, base: str, write: Writer) -> str:
    """The path of the finished file, made now with `write` unless a fresh one exists."""
    database = str(settings.DATABASES["default"]["NAME"])
    scope = f"{database}|{year}|{org.pk if org else ''}|{org.path if org else ''}|{fmt}|{base}"
    prefix = hashlib.sha256(scope.encode()).hexdigest()[:24]
    version = hashlib.sha256(publication_stamp(year).encode()).hexdigest()[:16]
    folder = _folder()
    path = folder / f"{prefix}-{version}.{fmt}"
    try:
        if time.time() - path.stat().st_mtime < MAX_AGE:
            return str(path)
    except FileNotFoundError:
        pass
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=".partial-", suffix=f".{fmt}")
    os.close(fd)
    try:
        write(tmp)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    for stale in folder.glob(f"{prefix}-*.{fmt}"):
        if stale != path:
            stale.unlink(missing_ok=True)
    return str(path)
