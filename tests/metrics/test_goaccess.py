"""With its page, bot and status filters off, nianbao's daily unique visitors are GoAccess's.

GoAccess counts a unique visitor per (IP, date, User-Agent) — the same pair
nianbao uses — over every valid request (4xx too, with --4xx-to-unique-count),
taking each timestamp's local date as written; the logs are therefore
written in +0800, where that date is Shanghai's.
"""

from __future__ import annotations

import datetime
import json
import shutil
import subprocess
from pathlib import Path

import pytest
import synthetic_traffic as synthetic

from nianbao.metrics.accesslog import count_traffic
from nianbao.metrics.config import AccessLogConfig, default_config
from nianbao.metrics.sitetime import site_time


def _goaccess() -> str:
    found = shutil.which("goaccess") or (
        "/usr/bin/goaccess" if Path("/usr/bin/goaccess").exists() else None
    )
    if found is None:
        pytest.fail(
            "goaccess is not installed: `make test` installs it (scripts/system-deps.sh, "
            "Debian package goaccess)"
        )
    return found


def test_daily_unique_visitors_match_goaccess(tmp_path: Path) -> None:
    # Lines nianbao rejects as malformed (minute 61, an offset written +08:00 …) are left
    # out: GoAccess's parser is more lenient, and such lines are not what is compared here.
    traffic = synthetic.generate(seed=11, offsets=[8 * 60], garbage=False)
    paths = synthetic.write(traffic, tmp_path, kinds=("plain", "plain"))
    report = tmp_path / "goaccess.json"
    subprocess.run(
        [
            _goaccess(),
            *map(str, paths),
            "--no-global-config",
            "--log-format=COMBINED",
            "--4xx-to-unique-count",
            "--no-progress",
            "--max-items=1000",  # the visitors panel keeps 366 days unless told otherwise
            "-o",
            str(report),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    theirs = {
        datetime.datetime.strptime(row["data"], "%Y%m%d").date(): row["visitors"]["count"]
        for row in json.loads(report.read_text("utf-8"))["visitors"]["data"]
    }
    unfiltered = AccessLogConfig(
        **{
            **default_config().access_log.__dict__,
            "methods": (),
            "statuses": (),
            "exclude_assets": False,
            "exclude_bots": False,
        }
    )
    counted, _, _ = count_traffic(paths, unfiltered, site_time("Asia/Shanghai", 2024))
    ours = {day: uv for day, (_, uv) in counted.daily.items()}
    in_year = {day: n for day, n in theirs.items() if day.year == 2024}
    assert len(ours) == 366
    assert ours == in_year
    # With the filters on, far fewer: the comparison above is not vacuous.
    filtered, _, _ = count_traffic(
        paths, default_config().access_log, site_time("Asia/Shanghai", 2024)
    )
    assert filtered.unique_visitors < sum(ours.values())
