"""The web application under load: gunicorn on loopback, 20 concurrent clients.

Figures: POST /api/validate throughput and p50/p95 latency, the entry form and the
published page p50/p95. Targets (2 cores): validate ≥ 300 req/s, pages p95 < 200 ms.

The machine is shared: each page is measured REPEATS times and the least disturbed run
(lowest p95) is kept, and the server's own CPU time per request (from /proc, Linux) is
given too — it does not depend on what else runs — with the load average at the start.
"""

from __future__ import annotations

import http.client
import json
import os
import re
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from harness import Result
from nianbao.synthetic import synthetic_report

CLIENTS = 20
REQUESTS = 1_500
PAGE_REQUESTS = 400
REPEATS = 3


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _load(
    port: int, method: str, path: str, body: bytes, headers: dict[str, str], *, total: int
) -> tuple[float, list[float]]:
    """(requests per second, latencies in ms) of `total` requests over CLIENTS connections."""
    latencies: list[float] = []
    lock = threading.Lock()
    per_client = total // CLIENTS

    def client() -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        mine = []
        for _ in range(per_client):
            start = time.perf_counter()
            conn.request(method, path, body=body or None, headers=headers)
            response = conn.getresponse()
            response.read()
            if response.status >= 400:
                raise RuntimeError(f"{path}: HTTP {response.status}")
            mine.append((time.perf_counter() - start) * 1000)
        conn.close()
        with lock:
            latencies.extend(mine)

    threads = [threading.Thread(target=client) for _ in range(CLIENTS)]
    began = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return len(latencies) / (time.perf_counter() - began), latencies


def _cpu_seconds(root: int) -> float | None:
    """User + system CPU seconds of process `root` and all its descendants (None off Linux)."""
    proc = Path("/proc")
    if not proc.is_dir():
        return None
    parents: dict[int, int] = {}
    times: dict[int, float] = {}
    tick = os.sysconf("SC_CLK_TCK")
    for entry in proc.iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        parents[int(entry.name)] = int(fields[1])
        times[int(entry.name)] = (int(fields[11]) + int(fields[12])) / tick
    tree, grew = {root}, True
    while grew:
        more = {pid for pid, parent in parents.items() if parent in tree} - tree
        tree |= more
        grew = bool(more)
    return sum(times.get(pid, 0.0) for pid in tree)


def _pct(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100)[int(q) - 1]


def _session(port: int) -> str:
    """Log in as the demo unit user; the session cookie."""
    conn = http.client.HTTPConnection("127.0.0.1", port)
    conn.request("GET", "/login/")
    response = conn.getresponse()
    page = response.read().decode()
    cookie = response.getheader("Set-Cookie", "").split(";")[0]
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page)
    assert token
    return cookie, token.group(1)  # type: ignore[return-value]


def run() -> list[Result]:
    root = Path(__file__).resolve().parent.parent
    with tempfile.TemporaryDirectory() as data:
        env = os.environ | {
            "NIANBAO_DATA_DIR": data,
            "NIANBAO_VALIDATE_RATE": "1000000/m",
            "NIANBAO_SECRET_KEY": "bench-" + "x9Q" * 30,
        }
        env.pop("DATABASE_URL", None)
        nb = [sys.executable, "-m", "nianbao_cli"]
        out = subprocess.run(
            [*nb, "demo", "--no-serve"],
            env=env,
            capture_output=True,
            text=True,
            check=True,
            cwd=root,
        ).stdout
        password = re.search(r"demo-unit\s+密码：(\S+)", out)
        assert password
        port = _free_port()
        server = subprocess.Popen(
            [*nb, "serve", "--port", str(port), "--workers", str(max(2, os.cpu_count() or 2))],
            env=env,
            cwd=root,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            # `nianbao serve` runs gunicorn as a child: stop the whole group, or the
            # gunicorn master and its workers outlive the benchmark.
            start_new_session=True,
        )
        load = os.getloadavg()[0]
        try:
            for _ in range(100):
                try:
                    socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                    break
                except OSError:
                    time.sleep(0.2)
            body = json.dumps(synthetic_report(1, 2023), ensure_ascii=False).encode()
            headers = {"Content-Type": "application/json"}
            _load(port, "POST", "/api/validate", body, headers, total=200)  # warm up
            rate, lat = _load(port, "POST", "/api/validate", body, headers, total=REQUESTS)
            results = [
                Result("web: POST /api/validate (20 clients)", rate, "req/s", target=300),
                Result("web: POST /api/validate p95", _pct(lat, 95), "ms"),
            ]
            published = _published_path(out, env, root)
            for name, path, cookie in (
                ("published page", published, ""),
                ("entry form", _entry_path(env, root), _login(port, password.group(1))),
            ):
                hdrs = {"Cookie": cookie} if cookie else {}
                _load(port, "GET", path, b"", hdrs, total=40)
                runs = []
                for _ in range(REPEATS):
                    before = _cpu_seconds(server.pid)
                    rate, lat = _load(port, "GET", path, b"", hdrs, total=PAGE_REQUESTS)
                    after = _cpu_seconds(server.pid)
                    cpu = (
                        (after - before) * 1000 / len(lat)
                        if before is not None and after is not None
                        else None
                    )
                    runs.append((_pct(lat, 95), _pct(lat, 50), rate, cpu))
                p95, p50, rate, cpu = min(runs, key=lambda run: run[0])
                results.append(Result(f"web: {name} p50", p50, "ms"))
                results.append(
                    Result(f"web: {name} p95", p95, "ms", target=200, lower_is_better=True)
                )
                results.append(Result(f"web: {name} throughput", rate, "req/s"))
                if cpu is not None:
                    results.append(Result(f"web: {name} server CPU per request", cpu, "ms"))
            results.append(Result("web: load average at start (1 min)", load, ""))
            return results
        finally:
            os.killpg(server.pid, signal.SIGTERM)
            server.wait(timeout=30)


def _django_query(env: dict[str, str], root: Path, code: str) -> str:
    script = (
        "import django, os; os.environ.setdefault('DJANGO_SETTINGS_MODULE', "
        "'nianbao_web.config.settings'); django.setup(); " + code
    )
    return subprocess.run(
        [sys.executable, "-c", script],
        env=env,
        cwd=root,
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()


def _published_path(_: str, env: dict[str, str], root: Path) -> str:
    return _django_query(
        env,
        root,
        (
            "from nianbao_web.reports.models import Report; "
            "r = Report.objects.filter(state='published').first(); "
            "print(f'/r/{r.site.code}/{r.year}/')"
        ),
    )


def _entry_path(env: dict[str, str], root: Path) -> str:
    return _django_query(
        env,
        root,
        (
            "from nianbao_web.reports.models import Report; "
            "print(f'/reports/{Report.objects.get(site__code=\"4601000022\").pk}/')"
        ),
    )


def _login(port: int, password: str) -> str:
    cookie, token = _session(port)
    conn = http.client.HTTPConnection("127.0.0.1", port)
    form = f"username=demo-unit&password={password}&csrfmiddlewaretoken={token}"
    conn.request(
        "POST",
        "/login/",
        body=form,
        headers={
            "Content-Type": "application/x-www-form-urlencoded",
            "Cookie": cookie,
            "Referer": f"http://127.0.0.1:{port}/login/",
        },
    )
    response = conn.getresponse()
    response.read()
    session = [
        c.split(";")[0]
        for c in response.msg.get_all("Set-Cookie") or []
        if c.startswith("sessionid")
    ]
    assert session, f"login failed: HTTP {response.status}"
    return session[0]
