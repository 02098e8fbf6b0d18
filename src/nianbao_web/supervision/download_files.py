"""Finished open-data files kept in the data directory until a publication changes them.

A national CSV is thousands of rows; made once, it is served by the web server from
the file (sendfile) to every later visitor. The key names the year, the subtree, the
format, the address the links point at, and the newest publication of the year
(newest version id and time, number of versions): publishing or correcting any report
of the year gives a new key. Files older than `MAX_AGE` seconds are remade, so a
renamed organisation or a changed site code (which no publication records) shows too.
Files are written under a temporary name and renamed into place: a reader never sees
half a file, and two workers making the same file at once waste work, nothing else.
Text formats get a gzip copy beside them (`path + ".gz"`, renamed into place first):
a national CSV is ~9 MB, ~1 MB compressed, and browsers ask for gzip.
"""

from __future__ import annotations

import gzip
import hashlib
import os
import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import cast

from django.conf import settings
from django.db.models import Count, Max
from isal import igzip

from nianbao_web.config import declared
from nianbao_web.orgs.models import Organisation
from nianbao_web.reports.models import ReportVersion

MAX_AGE = 600
_IGZIP = cast("Callable[..., gzip.GzipFile]", igzip.IGzipFile)  # untyped constructor
COMPRESSED = frozenset({"csv", "json"})
"""Formats kept with a gzip copy (Parquet compresses its own columns)."""
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
    packed = tmp + ".gz"
    try:
        write(tmp)
        if fmt in COMPRESSED:
            _gzip(tmp, packed)
            os.replace(packed, f"{path}.gz")  # before the plain file: it vouches for both
        os.replace(tmp, path)
    finally:
        for partial in (tmp, packed):
            if os.path.exists(partial):
                os.unlink(partial)
    for stale in folder.glob(f"{prefix}-*.{fmt}*"):
        if stale not in (path, Path(f"{path}.gz")):
            stale.unlink(missing_ok=True)
    return str(path)


def _gzip(source: str, target: str) -> None:
    # ISA-L's level 2 packs a CSV about as tightly as zlib's default, several times faster.
    with open(source, "rb") as plain, _IGZIP(target, "wb", compresslevel=2) as packed:
        shutil.copyfileobj(plain, packed, 1 << 20)
