"""The supervisor's view and open data at national scale, on PostgreSQL.

14,000 sites under a national root (31 provinces, their cities and departments), three
years of reports: the two earlier years all published, the latest in every workflow
state. gunicorn on loopback, 20 concurrent clients. Figures, p50/p95: the progress page
and the totals page of the national supervisor, the public collection column, and the
national CSV of 14,000 rows. Targets (2 cores): pages p95 < 300 ms, the CSV p95 < 1 s.

`run()` starts a throwaway PostgreSQL cluster through scripts/with-postgres.sh and runs
this file inside it (`--inner OUT`), which loads the data, serves and measures, and
writes its figures to OUT as JSON.
"""

from __future__ import annotations

import datetime
import http.client
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from harness import Result

ROOT = Path(__file__).resolve().parent.parent
SITES = 14_000
PROVINCES = 31
CITIES_PER_PROVINCE = 14
UNITS_PER_CITY = 4
YEARS = (2022, 2023, 2024)
CLIENTS = 20
PAGE_REQUESTS = int(os.environ.get("NIANBAO_BENCH_PAGE_REQUESTS", "400"))
CSV_REQUESTS = int(os.environ.get("NIANBAO_BENCH_CSV_REQUESTS", "60"))
WORKERS = str(max(2, os.cpu_count() or 2))
TIMEOUT_S = 60
"""A request that takes longer counts as taking this long (the figure is then a lower bound)."""
PAGE_TARGET_MS = 300
CSV_TARGET_MS = 1000
SITE_TYPES = ("portal", "department", "special")
LATEST_STATES = (
    # (state, share of the latest year's sites); the rest have not started
    ("published", 0.70),
    ("approved", 0.08),
    ("submitted", 0.07),
    ("returned", 0.03),
    ("draft", 0.07),
)


def run() -> list[Result]:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "figures.json"
        subprocess.run(
            [
                "bash",
                str(ROOT / "scripts" / "with-postgres.sh"),
                sys.executable,
                __file__,
                "--inner",
                str(out),
            ],
            cwd=ROOT,
            check=True,
        )
        return [Result(**item) for item in json.loads(out.read_text())]


# --- inside the throwaway cluster -------------------------------------------------------


def _setup(data_dir: str) -> None:
    os.environ.update(
        NIANBAO_DATA_DIR=data_dir,
        NIANBAO_SECRET_KEY="bench-" + "s7V" * 30,
        DJANGO_SETTINGS_MODULE="nianbao_web.config.settings",
    )
    import django  # noqa: PLC0415
    from django.core.management import call_command  # noqa: PLC0415

    django.setup()
    call_command("migrate", interactive=False, verbosity=0)


def _organisations() -> tuple[Any, list[Any]]:
    """The national root, its provinces, cities and departments; (root, units)."""
    from nianbao_web.orgs.models import Organisation  # noqa: PLC0415

    root = Organisation(code="bench-cn", name="国务院办公厅（测试）", level="province")
    root.save()

    def level(parents: list[Any], per: int, kind: str, name: str) -> list[Any]:
        made = Organisation.objects.bulk_create(
            Organisation(
                code=f"{parent.code}-{n:02d}",
                name=f"{parent.name.removesuffix('（测试）')}{name}{n}（测试）",
                level=kind,
                parent=parent,
                reviews=kind != "unit",
            )
            for parent in parents
            for n in range(1, per + 1)
        )
        for org in made:
            org.path = f"{org.parent.path}{org.pk}/"
        Organisation.objects.bulk_update(made, ["path"], batch_size=2000)
        return made

    provinces = level([root], PROVINCES, "province", "省")
    cities = level(provinces, CITIES_PER_PROVINCE, "city", "市")
    units = level(cities, UNITS_PER_CITY, "unit", "局")
    return root, units


def _load() -> tuple[Any, float]:
    """Sites, reports and published versions in bulk; (root organisation, seconds taken)."""
    from django.db import connection, transaction  # noqa: PLC0415

    from nianbao.synthetic import synthetic_report  # noqa: PLC0415
    from nianbao_web.orgs.models import Site  # noqa: PLC0415
    from nianbao_web.reports.models import Report, ReportVersion  # noqa: PLC0415

    began = time.perf_counter()
    with transaction.atomic():
        root, units = _organisations()
        sites = Site.objects.bulk_create(
            (
                Site(
                    organisation=units[n % len(units)],
                    code=f"B{n:09d}",
                    name=f"{units[n % len(units)].name.removesuffix('（测试）')}网站{n}",
                    url=f"http://s{n}.example.gov.cn/",
                    sponsor=units[n % len(units)].name,
                    site_type=SITE_TYPES[n % len(SITE_TYPES)],
                    opened=datetime.date(2015, 1, 1),
                )
                for n in range(SITES)
            ),
            batch_size=2000,
        )
        for year in YEARS:
            reports: list[Report] = []
            published: list[tuple[Report, dict[str, Any]]] = []
            for n, site in enumerate(sites):
                state = _state(n, year)
                if state is None:
                    continue
                values = synthetic_report(n, year)
                values.update(
                    site_code=site.code,
                    site_name=site.name,
                    site_type=site.site_type,
                    sponsor=site.sponsor,
                    filing_unit=site.sponsor,
                )
                filed = datetime.datetime(
                    year + 1, 1 + (n % 13 == 0), 1 + n % 28, 9, tzinfo=datetime.UTC
                )
                report = Report(
                    site=site,
                    year=year,
                    form_id="gwr-2022",
                    state=state,
                    values=values,
                    submitted_at=None if state == "draft" else filed,
                    published_at=filed if state == "published" else None,
                )
                reports.append(report)
                if state == "published":
                    published.append((report, values))
            Report.objects.bulk_create(reports, batch_size=2000)
            ReportVersion.objects.bulk_create(
                (
                    ReportVersion(
                        report=r,
                        number=1,
                        values=v,
                        published_at=r.published_at + datetime.timedelta(days=3),
                    )
                    for r, v in published
                ),
                batch_size=2000,
            )
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")
    return root, time.perf_counter() - began


def _state(n: int, year: int) -> str | None:
    if year != YEARS[-1]:
        return "published"
    share = (n * 7919 % SITES) / SITES  # spread the states over the tree
    for state, part in LATEST_STATES:
        if share < part:
            return state
        share -= part
    return None


def _session(root: Any) -> str:
    """A logged-in session of the national supervisor, as a Cookie header value."""
    from django.contrib.auth import (  # noqa: PLC0415
        BACKEND_SESSION_KEY,
        HASH_SESSION_KEY,
        SESSION_KEY,
        get_user_model,
    )
    from django.contrib.sessions.backends.db import SessionStore  # noqa: PLC0415

    from nianbao_web.orgs.models import Membership  # noqa: PLC0415

    user = get_user_model().objects.create_user(username="bench-national", password=None)
    Membership.objects.create(user=user, organisation=root, role="supervisor")
    session = SessionStore()
    session[SESSION_KEY] = str(user.pk)
    session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session.create()
    return f"sessionid={session.session_key}"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _get(port: int, path: str, headers: dict[str, str], *, total: int) -> list[float]:
    """Latencies in ms of `total` GETs over CLIENTS concurrent connections."""
    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    per_client = max(1, total // CLIENTS)

    def client() -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=TIMEOUT_S)
        mine = []
        for _ in range(per_client):
            start = time.perf_counter()
            try:
                conn.request("GET", path, headers=headers)
                response = conn.getresponse()
                response.read()
            except TimeoutError:
                mine.append(TIMEOUT_S * 1000.0)
                conn.close()
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=TIMEOUT_S)
                continue
            if response.status != 200:
                errors.append(f"{path}: HTTP {response.status}")
                break
            mine.append((time.perf_counter() - start) * 1000)
        conn.close()
        with lock:
            latencies.extend(mine)

    threads = [threading.Thread(target=client) for _ in range(CLIENTS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if errors:
        raise RuntimeError(errors[0])
    return latencies


def _once(port: int, path: str, headers: dict[str, str]) -> tuple[float, bytes]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=300)
    start = time.perf_counter()
    conn.request("GET", path, headers=headers)
    response = conn.getresponse()
    body = response.read()
    took = (time.perf_counter() - start) * 1000
    conn.close()
    if response.status != 200:
        raise RuntimeError(f"{path}: HTTP {response.status}")
    return took, body


def _pct(values: list[float], q: int) -> float:
    return statistics.quantiles(values, n=100)[q - 1]


def _serve(port: int) -> subprocess.Popen[bytes]:
    server = subprocess.Popen(
        [sys.executable, "-m", "nianbao_cli", "serve", "--port", str(port), "--workers", WORKERS],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    for _ in range(300):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return server
        except OSError:
            time.sleep(0.2)
    server.terminate()
    raise RuntimeError("gunicorn did not start")


def inner(out: Path) -> None:
    with tempfile.TemporaryDirectory() as data_dir:
        _setup(data_dir)
        root, seconds = _load()
        cookie = {"Cookie": _session(root)}
        year, csv_year = YEARS[-1], YEARS[-2]
        figures = [Result("supervision: load 14,000 sites x 3 years", seconds, "s")]
        port = _free_port()
        server = _serve(port)
        try:
            cold, body = _once(port, f"/open-data/{csv_year}.csv", {})
            rows = body.count(b"\r\n") - 1
            if rows != SITES:
                raise RuntimeError(f"national CSV has {rows} rows, expected {SITES}")
            figures.append(Result("supervision: national CSV, first request", cold, "ms"))
            pages = (
                ("progress page", f"/supervision/?org={root.code}&year={year}", cookie),
                ("totals page", f"/supervision/statistics/?org={root.code}&year={year}", cookie),
                ("collection column", f"/collection/{year}/", {}),
            )
            for name, path, headers in pages:
                first, _ = _once(port, path, headers)
                figures.append(Result(f"supervision: {name}, first request", first, "ms"))
                _get(port, path, headers, total=2 * CLIENTS)  # every worker warm
                lat = _get(port, path, headers, total=PAGE_REQUESTS)
                figures.append(Result(f"supervision: {name} p50", _pct(lat, 50), "ms"))
                figures.append(
                    Result(
                        f"supervision: {name} p95",
                        _pct(lat, 95),
                        "ms",
                        target=PAGE_TARGET_MS,
                        lower_is_better=True,
                    )
                )
            path = f"/open-data/{csv_year}.csv"
            _get(port, path, {}, total=CLIENTS)
            lat = _get(port, path, {}, total=CSV_REQUESTS)
            csv_name = "supervision: national CSV (14,000 rows)"
            figures.append(Result(f"{csv_name} p50", _pct(lat, 50), "ms"))
            figures.append(
                Result(
                    f"{csv_name} p95",
                    _pct(lat, 95),
                    "ms",
                    target=CSV_TARGET_MS,
                    lower_is_better=True,
                )
            )
        finally:
            server.terminate()
            server.wait(timeout=30)
    out.write_text(json.dumps([f.as_dict() for f in figures]))


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--inner":
        sys.path.insert(0, str(Path(__file__).parent))
        inner(Path(sys.argv[2]))
    else:
        for result in run():
            print(result.line(), flush=True)
